"""Reading and results roll up into lesson and course progress; "My learning" shows
it, and learners can download their own data."""

import csv
import io
import json
import uuid

import pytest
from bs4 import BeautifulSoup
from django.db import transaction

from courses.models import LessonPage
from learning.models import LessonProgress
from learning.progress import update_lesson_progress
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def learner(client):
    user = UserFactory(username="uchenytsia")
    client.force_login(user)
    return user


def read(client, lesson, end=False, seconds=30, position=None):
    return client.post(
        f"/api/lessons/{lesson.pk}/reading/",
        {
            "seconds": str(seconds),
            "end": "1" if end else "0",
            "position": json.dumps(position or {"scroll": 40}),
        },
    )


def test_reading_to_the_end_completes_a_lesson_without_required_activities(
    client, make_course, learner
):
    course = make_course(lessons=2)
    lesson = LessonPage.objects.child_of(course).first()
    assert read(client, lesson).json() == {"status": "in_progress"}
    progress = LessonProgress.objects.get()
    assert progress.time_spent == 30
    assert progress.resume_position == {"scroll": 40}
    assert read(client, lesson, end=True).json() == {"status": "completed"}
    assert LessonProgress.objects.get().completed_at is not None


def test_heartbeats_cannot_inflate_time_spent(client, make_course, learner):
    lesson = LessonPage.objects.child_of(make_course(lessons=1)).first()
    read(client, lesson, seconds=100000)
    read(client, lesson, seconds=-50)
    assert LessonProgress.objects.get().time_spent == 120


def test_reading_to_the_end_does_not_complete_a_lesson_with_a_required_quiz(
    client, quiz_lesson, learner
):
    lesson, _quiz, _activity = quiz_lesson()
    assert read(client, lesson, end=True).json() == {"status": "in_progress"}


def test_malformed_reading_reports_are_refused(client, make_course, learner):
    lesson = LessonPage.objects.child_of(make_course(lessons=1)).first()
    url = f"/api/lessons/{lesson.pk}/reading/"
    assert client.post(url, {"seconds": "lots"}).status_code == 400
    assert client.post(url, {"position": "[1, 2]"}).status_code == 400
    assert (
        client.post(url, {"position": json.dumps({"x": "y" * 600})}).status_code == 400
    )
    # Python reads these, but they are not JSON (found by the fuzz tests on SQLite).
    # ...and PostgreSQL's JSON cannot hold a NUL character (found on PostgreSQL).
    for position in (
        '{"": Infinity}',
        '{"y": NaN}',
        '{"y": -Infinity}',
        '{"\\u0000": ""}',
        '{"y": "a\\u0000b"}',
    ):
        assert client.post(url, {"position": position}).status_code == 400
    assert not LessonProgress.objects.exists()


def test_my_learning_shows_courses_in_progress_and_completed(
    client, make_course, learner
):
    started = make_course(title="Петиції", slug="petitions", lessons=2)
    finished = make_course(title="Відкриті дані", slug="data", lessons=1)
    first, _second = LessonPage.objects.child_of(started)
    read(client, first, end=True)
    read(client, LessonPage.objects.child_of(finished).get(), end=True)

    html = BeautifulSoup(client.get("/learning/").content, "html.parser")
    in_progress = html.find(id="in-progress-title").find_parent("section")
    assert "Петиції" in in_progress.get_text()
    assert "1 з 2 уроків пройдено" in in_progress.get_text(" ", strip=True)
    assert in_progress.find("progress")["value"] == "50"
    completed = html.find(id="completed-title").find_parent("section")
    assert "Відкриті дані" in completed.get_text()


def test_my_learning_offers_to_continue_where_the_learner_left_off(
    client, make_course, learner
):
    course = make_course(title="Петиції", lessons=2)
    _first, second = LessonPage.objects.child_of(course)
    read(client, second)
    html = BeautifulSoup(client.get("/learning/").content, "html.parser")
    link = html.select_one(".continue a")
    assert link["href"] == second.url
    assert second.title in link.get_text()


def test_my_learning_needs_login(client):
    assert client.get("/learning/").status_code == 302


def test_a_learner_downloads_their_progress_and_answers(client, quiz_lesson, learner):
    lesson, quiz, activity = quiz_lesson(title="Петиції")
    choice, text = quiz.question_snapshots()
    right = next(o["id"] for o in choice["options"] if o["text"] == "6000")
    client.post(
        f"/api/quizzes/{lesson.pk}/{activity}/submit/",
        {"key": str(uuid.uuid4()), f"q-{choice['id']}": right, f"q-{text['id']}": "ні"},
    )
    data = client.get("/learning/export.json").json()
    assert data["learner"]["username"] == "uchenytsia"
    assert data["progress"][0]["course"] == "Петиції"
    answers = {row["answer"]: row for row in data["answers"]}
    assert answers["6000"]["result"] == "правильно"
    assert answers["ні"]["result"] == "неправильно"

    response = client.get("/learning/export.csv")
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(body.lstrip("\ufeff")), delimiter=";"))
    assert rows[0][0] == "Курс"
    assert ["Петиції", lesson.title] == rows[1][:2]
    assert any(row[7] == "6000" for row in rows[1:])


def test_learners_never_see_each_others_results(client, quiz_lesson, learner):
    lesson, _quiz, activity = quiz_lesson()
    other = UserFactory(username="inshyi")
    from django.test import Client

    other_client = Client()
    other_client.force_login(other)
    other_client.post(
        f"/api/quizzes/{lesson.pk}/{activity}/submit/", {"key": str(uuid.uuid4())}
    )
    assert client.get("/learning/export.json").json()["answers"] == []
    assert "Спроба 1" not in client.get(lesson.url).content.decode()


def submit(client, lesson, activity, quiz, right: bool):
    choice, _text = quiz.question_snapshots()
    text = "6000" if right else "100"
    option = next(o["id"] for o in choice["options"] if o["text"] == text)
    return client.post(
        f"/api/quizzes/{lesson.pk}/{activity}/submit/",
        {"key": str(uuid.uuid4()), f"q-{choice['id']}": option},
    )


@pytest.mark.parametrize(
    ("policy", "expected"), [("best", 50), ("last", 0), ("first", 0)]
)
def test_the_score_that_counts_follows_the_quiz_policy(
    client, quiz_lesson, make_quiz, learner, policy, expected
):
    lesson, quiz, activity = quiz_lesson(quiz=make_quiz(score_policy=policy))
    submit(client, lesson, activity, quiz, right=False)
    submit(client, lesson, activity, quiz, right=True)
    submit(client, lesson, activity, quiz, right=False)
    assert LessonProgress.objects.get().best_score == expected
    # Recomputed from the stored attempts alone, the score is the same.
    with transaction.atomic():
        update_lesson_progress(learner=learner, lesson=lesson)
    assert LessonProgress.objects.get().best_score == expected


def test_after_a_reset_only_the_new_attempts_count(
    client, quiz_lesson, make_quiz, learner
):
    from quizzes.models import Attempt
    from quizzes.review import reset_attempts

    lesson, quiz, activity = quiz_lesson(quiz=make_quiz(score_policy="first"))
    submit(client, lesson, activity, quiz, right=True)
    assert LessonProgress.objects.get().best_score == 50
    reset_attempts(learner=learner, lesson=lesson)
    submit(client, lesson, activity, quiz, right=False)
    submit(client, lesson, activity, quiz, right=True)
    # The numbers start again; the voided first attempt no longer counts.
    assert list(
        Attempt.objects.filter(voided=False).values_list("number", flat=True)
    ) == [1, 2]
    assert LessonProgress.objects.get().best_score == 0


def test_a_lesson_with_two_required_quizzes_counts_both(
    client, make_course, make_quiz, learner
):
    first, second = make_quiz(pass_mark=50), make_quiz(pass_mark=50)
    ids = [str(uuid.uuid4()), str(uuid.uuid4())]
    body = [
        {"type": "quiz", "id": activity, "value": {"quiz": quiz.pk, "required": True}}
        for activity, quiz in zip(ids, (first, second), strict=True)
    ]
    course = make_course(lessons=1, body=body)
    LessonPage.objects.child_of(course).update(
        completion_rule=LessonPage.ACTIVITIES_DONE
    )
    lesson = LessonPage.objects.child_of(course).get()
    submit(client, lesson, ids[0], first, right=True)
    progress = LessonProgress.objects.get()
    assert (progress.status, progress.best_score) == ("in_progress", 50)
    submit(client, lesson, ids[1], second, right=False)
    progress = LessonProgress.objects.get()
    assert (progress.status, progress.best_score) == ("in_progress", 25)
    submit(client, lesson, ids[1], second, right=True)
    progress = LessonProgress.objects.get()
    assert (progress.status, progress.best_score) == ("completed", 50)


def test_read_to_the_end_rule_also_needs_the_required_quiz_passed(
    client, quiz_lesson, make_quiz, learner
):
    lesson, quiz, activity = quiz_lesson(quiz=make_quiz(pass_mark=50))
    lesson.completion_rule = LessonPage.READ_TO_END
    lesson.save()
    submit(client, lesson, activity, quiz, right=True)
    assert LessonProgress.objects.get().status == "in_progress"
    read(client, lesson, end=True)
    assert LessonProgress.objects.get().status == "completed"


def test_module_page_offers_to_continue_and_marks_finished_lessons(
    client, make_course, learner
):
    course = make_course(title="Петиції", lessons=3)
    first, second, _third = LessonPage.objects.child_of(course)
    html = BeautifulSoup(client.get(course.url).content, "html.parser")
    assert html.find("a", string="Почати курс")["href"] == first.url
    read(client, first, end=True)
    html = BeautifulSoup(client.get(course.url).content, "html.parser")
    assert html.find("a", string="Продовжити курс")["href"] == second.url
    items = [li.get_text(" ", strip=True) for li in html.select(".lesson-list li")]
    assert items[0].endswith("завершено")
    assert "завершено" not in items[1]
    # A tick beside each finished lesson, its word for screen readers beside it.
    assert items[0].startswith("✓")
    assert "✓" not in items[1]


def test_a_reading_position_nested_too_deep_is_refused_and_changes_nothing(
    client, make_course, learner
):
    lesson = make_course().get_children().specific().first()
    deep = "[" * 5_000 + "]" * 5_000
    response = client.post(
        f"/api/lessons/{lesson.pk}/reading/",
        {"seconds": "30", "end": "1", "position": '{"scroll": ' + deep + "}"},
    )
    assert response.status_code == 400
    assert response.json()["error"]
    assert not LessonProgress.objects.filter(learner=learner).exists()
