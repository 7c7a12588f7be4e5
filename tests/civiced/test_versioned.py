"""The one mechanism every cache is kept true by (civiced/versioned.py)."""

from django.core.cache import cache
from django.test import RequestFactory

from civiced import versioned
from civiced.versioned import Version
from courses import lesson_shell, live_lessons
from home import chrome
from quizzes import taking
from quizzes import views as quiz_views


def test_a_version_never_comes_back_after_the_cache_lost_it(db):
    version = Version("test:version")
    seen = {version.read()}
    for _ in range(3):
        version.bump()
        seen.add(version.read())
        cache.delete(version.key)  # evicted, or the cache restarted
        seen.add(version.read())
    assert len(seen) == 7


def test_a_bump_waits_for_the_commit(db, django_capture_on_commit_callbacks):
    version = Version("test:version")
    before = version.read()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        version.bump_on_commit()
    assert version.read() == before
    for callback in callbacks:
        callback()
    assert version.read() != before


def test_a_request_reads_a_version_once(db):
    version = Version("test:version")
    request = RequestFactory().get("/")
    first = version.for_request(request)
    version.bump()  # a change while the request runs
    assert version.for_request(request) == first
    assert version.for_request(RequestFactory().get("/")) != first


def test_one_call_empties_every_process_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300
    request = RequestFactory().get("/")
    for store in (lesson_shell._local, chrome._local, quiz_views._quizzes):
        store.put(request, "key", "value")
    live_lessons._lessons.put(request, 1, "lesson")
    live_lessons._bodies["key"] = []
    live_lessons._latest[1] = "key"
    taking._snapshots["key"] = []

    versioned.clear_process_caches()

    for store in (
        lesson_shell._local,
        chrome._local,
        quiz_views._quizzes,
        live_lessons._lessons,
    ):
        assert store.get(request, "key") is None
        assert store.found == {}
    assert live_lessons._bodies == live_lessons._latest == taking._snapshots == {}
