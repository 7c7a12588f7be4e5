"""The learner endpoints (xAPI, state, viewed), the player frame and package files."""

import io
import json
import uuid
import zipfile

import pytest
from django.test import Client

from h5p.demo import build_package
from h5p.models import SavedState, Statement
from h5p.store import import_package
from learning.models import LessonProgress
from tests.factories import UserFactory

from .fixtures import SAMPLES, needs_samples, statement

pytestmark = pytest.mark.django_db


def urls(lesson, activity_id):
    base = f"/api/h5p/{lesson.pk}/{activity_id}"
    return {k: f"{base}/{k}/" for k in ("xapi", "state", "viewed")}


def send(client, lesson, activity_id, data, key=None):
    body = {"key": str(key or uuid.uuid4()), "statement": data}
    return client.post(
        urls(lesson, activity_id)["xapi"],
        json.dumps(body),
        content_type="application/json",
    )


def progress(learner, lesson):
    return LessonProgress.objects.filter(learner=learner, lesson=lesson).first()


@pytest.fixture
def learner(client):
    user = UserFactory(username="uchen")
    client.force_login(user)
    return user


def test_a_scored_answer_completes_the_lesson_with_its_score(
    client, learner, h5p_lesson
):
    lesson, activity_id = h5p_lesson(rule="score", pass_percent=75)
    response = send(client, lesson, activity_id, statement(raw=2, maximum=4))
    assert response.status_code == 200
    assert response.json()["lesson_status"] == "in_progress"
    assert progress(learner, lesson).best_score == 50
    response = send(client, lesson, activity_id, statement(raw=3, maximum=4))
    assert response.json() == {
        "lesson_status": "completed",
        "lesson_score": 75.0,
        "stored": True,
        "percent": 75.0,
    }
    # A worse later attempt keeps the best score and the completion.
    send(client, lesson, activity_id, statement(raw=0, maximum=4))
    row = progress(learner, lesson)
    assert row.status == LessonProgress.COMPLETED and row.best_score == 75
    assert Statement.objects.filter(is_attempt=True).count() == 3


def test_the_actor_sent_by_the_browser_is_ignored(client, learner, h5p_lesson):
    lesson, activity_id = h5p_lesson()
    send(client, lesson, activity_id, statement(raw=1, maximum=1))
    stored = Statement.objects.get()
    assert stored.learner == learner
    assert "actor" not in stored.statement
    assert "other@example.org" not in json.dumps(stored.statement)


def test_child_statements_are_kept_but_never_complete_the_lesson(
    client, learner, h5p_lesson
):
    lesson, activity_id = h5p_lesson(rule="completed")
    send(client, lesson, activity_id, statement(raw=1, maximum=1, parent=True))
    send(client, lesson, activity_id, statement(verb="completed", parent=True))
    assert progress(learner, lesson) is None
    assert Statement.objects.filter(top_level=False).count() == 2
    send(client, lesson, activity_id, statement(verb="completed"))
    assert progress(learner, lesson).status == LessonProgress.COMPLETED


def test_viewed_rule_completes_when_the_player_opens(client, learner, h5p_lesson):
    lesson, activity_id = h5p_lesson(rule="viewed")
    response = client.post(urls(lesson, activity_id)["viewed"])
    assert response.json()["lesson_status"] == "completed"
    client.post(urls(lesson, activity_id)["viewed"])
    assert Statement.objects.count() == 1


def test_the_completed_rule_ignores_the_score(client, learner, h5p_lesson):
    lesson, activity_id = h5p_lesson(rule="completed")
    send(client, lesson, activity_id, statement(raw=0, maximum=4))
    assert progress(learner, lesson).status == LessonProgress.COMPLETED


def test_a_completion_after_a_better_unfinished_score_still_counts(
    client, learner, h5p_lesson
):
    lesson, activity_id = h5p_lesson(rule="completed")
    unfinished = statement(verb="progressed", raw=4, maximum=4, completion=False)
    response = send(client, lesson, activity_id, unfinished)
    assert response.json()["lesson_status"] == "in_progress"
    # Lower than the stored score, but the first completion: the lesson is done.
    response = send(client, lesson, activity_id, statement(raw=1, maximum=4))
    assert response.json()["lesson_status"] == "completed"
    assert response.json()["lesson_score"] == 100.0
    # Answering again changes nothing, and says where the lesson stands.
    response = send(client, lesson, activity_id, statement(raw=2, maximum=4))
    assert response.json() == {
        "lesson_status": "completed",
        "lesson_score": 100.0,
        "stored": True,
        "percent": 50.0,
    }
    assert Statement.objects.count() == 3


def test_a_statement_for_a_deleted_package_is_404(client, learner, h5p_lesson):
    lesson, activity_id = h5p_lesson()
    send(client, lesson, activity_id, statement(raw=1, maximum=2))
    Statement.objects.all().delete()
    from h5p.models import Package

    Package.objects.all().delete()
    response = send(client, lesson, activity_id, statement(raw=1, maximum=2))
    assert response.status_code == 404
    assert not Statement.objects.exists()


def test_a_retried_statement_is_stored_once(client, learner, h5p_lesson):
    lesson, activity_id = h5p_lesson()
    key = uuid.uuid4()
    for _ in range(3):
        response = send(client, lesson, activity_id, statement(raw=1, maximum=2), key)
        assert response.status_code == 200
        assert response.json()["percent"] == 50.0
    # A retry carrying another score still answers with what the key stored.
    response = send(client, lesson, activity_id, statement(raw=2, maximum=2), key)
    assert response.json()["percent"] == 50.0
    assert Statement.objects.count() == 1


def test_login_and_csrf_are_required(learner, h5p_lesson):
    lesson, activity_id = h5p_lesson()
    anonymous = Client(enforce_csrf_checks=True)
    response = anonymous.post(
        urls(lesson, activity_id)["xapi"],
        json.dumps({"key": str(uuid.uuid4()), "statement": statement()}),
        content_type="application/json",
    )
    assert response.status_code == 403
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(learner)
    for name in ("xapi", "state", "viewed"):
        response = strict.post(
            urls(lesson, activity_id)[name], "{}", content_type="application/json"
        )
        assert response.status_code == 403, name
    assert not Statement.objects.exists() and not SavedState.objects.exists()
    assert Client().get(urls(lesson, activity_id)["state"]).status_code == 403


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b"[1, 2]",
        json.dumps({"statement": statement()}).encode(),  # no key
        json.dumps({"key": "x", "statement": statement()}).encode(),
        # Fixed keys: parameters must be the same in every pytest-xdist worker.
        json.dumps({"key": str(uuid.UUID(int=1)), "statement": {"verb": 1}}).encode(),
        json.dumps(
            {
                "key": str(uuid.UUID(int=2)),
                "statement": {**statement(), "pad": "x" * 70_000},
            }
        ).encode(),
        b"\xff\xfe",
        # Nested 5,000 deep: Python's parser would recurse past its limit (a 500).
        b"[" * 5_000 + b"]" * 5_000,
        json.dumps(
            {"key": str(uuid.UUID(int=3)), "statement": {**statement(), "x": []}}
        )
        .replace("[]", "[" * 3_000 + "]" * 3_000)
        .encode(),
    ],
)
def test_malformed_or_oversized_statements_get_400_and_change_nothing(
    client, learner, h5p_lesson, body
):
    lesson, activity_id = h5p_lesson()
    response = client.post(
        urls(lesson, activity_id)["xapi"], body, content_type="application/json"
    )
    assert response.status_code == 400
    assert response.json()["error"]
    assert not Statement.objects.exists() and progress(learner, lesson) is None


def test_an_unknown_activity_is_404(client, learner, h5p_lesson):
    lesson, _activity_id = h5p_lesson()
    response = send(client, lesson, "no-such-block", statement())
    assert response.status_code == 404


def test_state_is_saved_restored_and_private(client, learner, h5p_lesson):
    lesson, activity_id = h5p_lesson()
    url = urls(lesson, activity_id)["state"]
    assert client.get(url).json() == {"data": None, "cleared": False}
    state = json.dumps({"answers": {"0": 1}, "checked": False})
    saved = client.post(
        url, json.dumps({"data": state, "seq": 2}), content_type="application/json"
    )
    assert saved.status_code == 200
    # An older save arriving late does not overwrite a newer one.
    client.post(
        url, json.dumps({"data": "{}", "seq": 1}), content_type="application/json"
    )
    assert client.get(url).json() == {"data": state, "cleared": False}

    other = Client()
    other.force_login(UserFactory(username="inshyi"))
    assert other.get(url).json() == {"data": None, "cleared": False}


@pytest.mark.parametrize(
    "body",
    [
        {"data": 5, "seq": 1},
        {"data": "not json", "seq": 1},
        {"data": "{}", "seq": "x"},
        {"data": "{}", "seq": -1},
        {"data": json.dumps({"x": "y" * 300_000}), "seq": 1},
        {"data": "[" * 5_000 + "]" * 5_000, "seq": 1},
    ],
)
def test_bad_state_is_refused(client, learner, h5p_lesson, body):
    lesson, activity_id = h5p_lesson()
    response = client.post(
        urls(lesson, activity_id)["state"],
        json.dumps(body),
        content_type="application/json",
    )
    assert response.status_code == 400
    assert not SavedState.objects.exists()


def rebuilt(changes: dict) -> io.BytesIO:
    data = build_package("uk")
    out = io.BytesIO()
    with zipfile.ZipFile(data) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            if info.filename not in changes:
                target.writestr(info, source.read(info))
        for name, content in changes.items():
            target.writestr(name, content)
    out.seek(0)
    return out


def test_replacing_a_package_keeps_completions_and_clears_changed_state(
    client, learner, h5p_lesson, h5p_package
):
    lesson, activity_id = h5p_lesson()
    url = urls(lesson, activity_id)["state"]
    send(client, lesson, activity_id, statement(raw=4, maximum=4))
    client.post(
        url,
        json.dumps({"data": '{"checked": true}', "seq": 1}),
        content_type="application/json",
    )

    # The same content again: the state is kept.
    import_package(build_package("uk"), package=h5p_package)
    assert client.get(url).json()["data"] == '{"checked": true}'

    content = json.loads(
        zipfile.ZipFile(build_package("uk")).read("content/content.json")
    )
    content["questions"] = content["questions"][:2]
    import_package(
        rebuilt({"content/content.json": json.dumps(content)}), package=h5p_package
    )
    assert client.get(url).json() == {"data": None, "cleared": True}
    assert client.get(url).json() == {"data": None, "cleared": False}
    assert progress(learner, lesson).status == LessonProgress.COMPLETED


def test_the_lesson_page_shows_the_player_slot_and_endpoints_to_learners(
    caches_off, client, learner, h5p_lesson, django_assert_max_num_queries
):
    lesson, activity_id = h5p_lesson(rule="score", pass_percent=80)
    send(client, lesson, activity_id, statement(raw=3, maximum=4))
    page = client.get(lesson.url).content.decode()
    assert f'data-xapi-url="/api/h5p/{lesson.pk}/{activity_id}/xapi/"' in page
    assert 'data-frame-url="/h5p/play/' in page
    assert "75%" in page
    anonymous = Client().get(lesson.url).content.decode()
    assert "data-frame-url" in anonymous and "data-xapi-url" not in anonymous


def test_player_frame_is_sandboxed_and_cookie_free(client, h5p_package):
    url = f"/h5p/play/{h5p_package.pk}/{h5p_package.version_key}/?lang=uk"
    response = client.get(url)
    assert response.status_code == 200
    csp = response["Content-Security-Policy"]
    assert csp.startswith("sandbox allow-scripts")
    assert "allow-same-origin" not in csp
    assert "frame-ancestors http://testserver" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "Set-Cookie" not in response and not response.cookies
    assert "Перевірити" not in response.content.decode()  # content comes as files
    assert client.get(f"/h5p/play/{h5p_package.pk}/stale/").status_code == 404


def test_package_files_are_served_safely(client, h5p_package):
    base = f"/h5p/files/{h5p_package.pk}/{h5p_package.version_key}"
    manifest = client.get(f"{base}/h5p.json")
    assert manifest.status_code == 200
    assert manifest["Content-Type"] == "application/json"
    assert manifest["X-Content-Type-Options"] == "nosniff"
    assert manifest["Content-Security-Policy"].startswith("sandbox")
    assert manifest["Access-Control-Allow-Origin"] == "*"
    script = client.get(
        f"{base}/libraries/H5P.CivicedChoice-1.0/scripts/civiced-choice.js"
    )
    assert script["Content-Type"] == "text/javascript"
    assert b"CivicedChoice" in b"".join(script.streaming_content)
    for bad in (
        "content/../h5p.json",
        "libraries/H5P.Other-1.0/library.json",
        "libraries/H5P.CivicedChoice-1.0/../../h5p.json",
        "content/content.js",
        "secret.txt",
    ):
        assert client.get(f"{base}/{bad}").status_code == 404, bad


@needs_samples
def test_the_player_gets_the_libraries_ukrainian_strings(client, media):
    with (SAMPLES / "dragtext.h5p").open("rb") as file:
        package = import_package(file)
    base = f"/h5p/files/{package.pk}/{package.version_key}"
    ukrainian = json.loads(client.get(f"{base}/lang/uk/content/content.json").content)
    assert ukrainian["checkAnswer"] == "Перевірити"
    assert ukrainian["tryAgain"] == "Повторити"
    # What the author wrote is kept as written.
    assert ukrainian["taskDescription"].startswith("<p>What are the colors")
    english = json.loads(client.get(f"{base}/lang/en/content/content.json").content)
    assert english["checkAnswer"] == "Check"
    original = client.get(f"{base}/content/content.json")
    assert json.loads(b"".join(original.streaming_content))["checkAnswer"] == "Check"
    assert client.get(f"{base}/lang/xx/content/content.json").status_code == 404


def test_query_counts_stay_fixed(
    caches_off, client, learner, h5p_lesson, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    lesson, activity_id = h5p_lesson(rule="score", pass_percent=60)

    def intake_queries():
        with CaptureQueriesContext(connection) as captured:
            assert (
                send(
                    client, lesson, activity_id, statement(raw=1, maximum=2)
                ).status_code
                == 200
            )
        return len(captured)

    intake_queries()  # the first statement also creates the progress row
    second = intake_queries()
    for _ in range(15):
        send(client, lesson, activity_id, statement(raw=1, maximum=2))
    assert intake_queries() == second == XAPI_QUERIES  # however many attempts

    client.get(lesson.url)  # warm the site caches
    with django_assert_num_queries(LESSON_QUERIES):
        client.get(lesson.url)


# Session, user, lesson, package with the learner's progress, the learner's storage
# (room taken under the cap, h5p.storage), insert: a statement that changes nothing
# in the lesson's progress leaves it (and the reports' roll-up) alone.
XAPI_QUERIES = 6
LESSON_QUERIES = 22
