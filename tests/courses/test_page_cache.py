"""Anonymous visitors get published lessons from the cache; changes show at once."""

import pytest
from django.core.cache import cache

from courses.models import LessonPage
from tests.conftest import publish


@pytest.fixture
def page_cache(caches_off, settings):
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def lesson(make_course):
    course = make_course(title="Петиції", lessons=2)
    return LessonPage.objects.child_of(course).first()


def test_the_second_anonymous_visit_runs_no_query(
    client, lesson, page_cache, django_assert_num_queries
):
    first = client.get(lesson.url)
    assert first.status_code == 200
    with django_assert_num_queries(0):
        second = client.get(lesson.url)
    assert second.status_code == 200
    assert second.content == first.content


def test_publishing_a_change_shows_it_at_once(
    client, lesson, page_cache, django_capture_on_commit_callbacks
):
    assert "Абзац 0." in client.get(lesson.url).content.decode()
    lesson.body = [("paragraph", "<p>Нова редакція уроку.</p>")]
    with django_capture_on_commit_callbacks(execute=True):
        publish(lesson)
    html = client.get(lesson.url).content.decode()
    assert "Нова редакція уроку." in html and "Абзац 0." not in html


def test_unpublishing_the_lesson_takes_it_away(
    client, lesson, page_cache, django_capture_on_commit_callbacks
):
    assert client.get(lesson.url).status_code == 200
    url = lesson.url
    with django_capture_on_commit_callbacks(execute=True):
        lesson.unpublish()
    assert client.get(url).status_code == 404


def test_a_logged_in_learner_never_gets_the_anonymous_copy(
    client, lesson, page_cache, user
):
    client.get(lesson.url)  # cached for anonymous visitors
    client.force_login(user)
    html = client.get(lesson.url).content.decode()
    assert "Log out" in html or "Вийти" in html
    assert "data-reading-url" in html


def test_query_strings_and_other_pages_are_not_stored(
    client, lesson, page_cache, django_assert_max_num_queries
):
    client.get(lesson.url + "?x=1")
    with django_assert_max_num_queries(50) as queries:
        client.get(lesson.url + "?x=1")
    assert len(queries) > 0
    client.get("/")
    with django_assert_max_num_queries(50) as queries:
        client.get("/")
    assert len(queries) > 0


def test_the_cache_is_off_at_zero_seconds(
    client, lesson, settings, django_assert_max_num_queries
):
    settings.PAGE_CACHE_SECONDS = 0
    cache.clear()
    client.get(lesson.url)
    with django_assert_max_num_queries(50) as queries:
        client.get(lesson.url)
    assert len(queries) > 0
