"""A quiz submitted offline counts as submitted at the click, for the due date too,
within OFFLINE_SUBMIT_MAX_DELAY of its arrival (a clock wound back by days, or one
in the future, counts at the arrival)."""

import uuid
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.utils import timezone

from classes.models import Assignment, Membership
from learning.models import LessonProgress
from quizzes.models import Attempt
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup(client, klass, teacher, quiz_lesson, settings):
    settings.OFFLINE_SUBMIT_MAX_DELAY = 72 * 3600
    lesson, quiz, activity = quiz_lesson(lessons=1)
    learner = UserFactory(username="pupil-9b", display_name="Олена")
    Membership.objects.create(klass=klass, learner=learner)
    assignment = Assignment.objects.create(
        klass=klass, course=lesson.get_parent().specific, due_at=timezone.now()
    )
    return lesson, quiz, activity, learner, assignment


def passing_answers(quiz):
    choice, text = quiz.question_snapshots()
    chosen = next(o["id"] for o in choice["options"] if o["text"] == "6000")
    return {f"q-{choice['id']}": chosen, f"q-{text['id']}": "київ цифровий"}


def submit(client, lesson, quiz, activity, clicked, **extra):
    data = {"key": str(uuid.uuid4()), **passing_answers(quiz), **extra}
    if clicked is not None:
        data["clicked_at"] = str(int(clicked.timestamp() * 1000))
    return client.post(
        f"/api/quizzes/{lesson.pk}/{activity}/submit/",
        data,
        headers={"accept": "application/json"},
    )


def grid_state(_client, klass, teacher, assignment) -> str:
    """The assignment's state in the teacher's grid."""
    client = Client()
    client.force_login(teacher)
    html = BeautifulSoup(
        client.get(
            f"/teach/{klass.pk}/assignments/{assignment.pk}/",
        ).content,
        "html.parser",
    )
    (row,) = html.select("tbody tr")
    cells = [c.get_text(" ", strip=True) for c in row.find_all(["th", "td"])]
    return cells[-1]


@pytest.mark.parametrize("hours_before_due", [1, 71])
def test_a_quiz_submitted_offline_before_the_due_date_is_on_time(
    client, klass, teacher, setup, hours_before_due
):
    lesson, quiz, activity, learner, assignment = setup
    # The pupil pressed submit in a shelter before the due date; the answers reach
    # the server once the connection is back, after it.
    assignment.due_at = timezone.now() - timedelta(minutes=30)
    assignment.save()
    clicked = assignment.due_at - timedelta(hours=hours_before_due)
    clicked = clicked.replace(microsecond=0)
    client.force_login(learner)
    response = submit(client, lesson, quiz, activity, clicked)
    assert response.json()["percent"] == "100.00"
    attempt = Attempt.objects.get()
    assert attempt.submitted_at == clicked
    progress = LessonProgress.objects.get(learner=learner)
    assert progress.completed_at == clicked
    assert grid_state(client, klass, teacher, assignment) == "виконано"


def test_a_click_older_than_the_bound_counts_when_it_arrives(
    client, klass, teacher, setup, settings
):
    lesson, quiz, activity, learner, assignment = setup
    settings.OFFLINE_SUBMIT_MAX_DELAY = 3600
    assignment.due_at = timezone.now() - timedelta(minutes=30)
    assignment.save()
    # 61 minutes before its arrival: beyond the one-hour bound.
    clicked = timezone.now() - timedelta(minutes=61)
    client.force_login(learner)
    before = timezone.now()
    submit(client, lesson, quiz, activity, clicked)
    attempt = Attempt.objects.get()
    assert attempt.submitted_at >= before
    assert grid_state(client, klass, teacher, assignment) == "виконано із запізненням"


def test_a_click_within_the_bound_counts_at_the_click(
    client, klass, teacher, setup, settings
):
    lesson, quiz, activity, learner, assignment = setup
    settings.OFFLINE_SUBMIT_MAX_DELAY = 3600
    assignment.due_at = timezone.now() - timedelta(minutes=30)
    assignment.save()
    clicked = (timezone.now() - timedelta(minutes=59)).replace(microsecond=0)
    client.force_login(learner)
    submit(client, lesson, quiz, activity, clicked)
    assert Attempt.objects.get().submitted_at == clicked
    assert grid_state(client, klass, teacher, assignment) == "виконано"


def test_a_click_in_the_future_counts_when_it_arrives(client, setup):
    lesson, quiz, activity, learner, _assignment = setup
    client.force_login(learner)
    before = timezone.now()
    submit(client, lesson, quiz, activity, timezone.now() + timedelta(days=2))
    submitted = Attempt.objects.get().submitted_at
    assert before <= submitted <= timezone.now()


@pytest.mark.parametrize("value", ["-5", "1e9", "abc", "١٢٣", "9" * 16])
def test_a_malformed_click_time_is_refused_and_stores_nothing(client, setup, value):
    lesson, quiz, activity, learner, _assignment = setup
    client.force_login(learner)
    response = submit(client, lesson, quiz, activity, None, clicked_at=value)
    assert response.status_code == 400
    assert response.json()["error"] == "Запит має неправильний формат."
    assert not Attempt.objects.exists()
    assert not LessonProgress.objects.filter(status="completed").exists()
