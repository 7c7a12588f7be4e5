"""One rounding rule and one way to show a score's percentage (learning.scores):
1.25 of 8 points reads 15,63 % on the quiz's result, the learner's pages, the
teacher's grid and learner page, and an H5P activity's result alike."""

import json
import uuid
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation

from classes.models import Assignment, Membership
from learning.scores import percent_of, shown_percent
from tests.factories import UserFactory
from tests.quizzes.builders import item

pytestmark = pytest.mark.django_db
SHOWN = "15,63"  # Ukrainian notation: the pages' default language


def _question(kind: str, points: int, **value) -> dict:
    return {
        "type": kind,
        "id": str(uuid.uuid4()),
        "value": {"prompt": "<p>Питання</p>", "points": points, "explanation": ""}
        | value,
    }


# Four right options of five, 5 points, scored in part: one right option is 1.25;
# a true-or-false question of 3 points left unanswered.
QUESTIONS = [
    _question(
        "multiple_choice",
        5,
        scoring="partial",
        options=[
            item({"text": f"Так {n}", "correct": True, "feedback": ""})
            for n in range(4)
        ]
        + [item({"text": "Ні", "correct": False, "feedback": ""})],
    ),
    _question("true_false", 3, correct=False, feedback_true="", feedback_false=""),
]


def _text(response) -> str:
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


def test_the_rule_rounds_halves_up_and_shows_the_cent():
    assert percent_of(Decimal("1.25"), Decimal(8)) == Decimal("15.63")
    with translation.override("uk"):
        assert shown_percent(Decimal("15.625")) == "15,63"
        assert shown_percent(Decimal("50.00")) == "50"
        assert shown_percent(Decimal("12.50")) == "12,5"
        assert shown_percent(None) == ""
    with translation.override("en"):
        assert shown_percent(Decimal("15.63")) == "15.63"


def test_one_and_a_quarter_of_eight_reads_the_same_everywhere(
    client,
    quiz_lesson,
    make_quiz,
    h5p_lesson,
    klass,
    teacher,
):
    lesson, quiz, activity_id = quiz_lesson(quiz=make_quiz(questions=QUESTIONS))
    h5p, h5p_activity = h5p_lesson(rule="score", pass_percent=60)
    learner = UserFactory(username="olena", display_name="Олена")
    Membership.objects.create(klass=klass, learner=learner)
    assignment = Assignment.objects.create(
        klass=klass, course=lesson.get_parent().specific
    )
    Assignment.objects.create(klass=klass, course=h5p.get_parent().specific)
    client.force_login(learner)
    client.get(lesson.url)  # the attempt starts with the page
    choice = quiz.question_snapshots()[0]
    submitted = client.post(
        f"/api/quizzes/{lesson.pk}/{activity_id}/submit/",
        {"key": str(uuid.uuid4()), f"q-{choice['id']}": choice["options"][0]["id"]},
        headers={"accept": "application/json"},
    )
    assert submitted.json()["percent"] == "15.63"
    reported = client.post(
        f"/api/h5p/{h5p.pk}/{h5p_activity}/xapi/",
        json.dumps(
            {
                "key": str(uuid.uuid4()),
                "statement": {
                    "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
                    "object": {"id": "http://testserver/h5p", "objectType": "Activity"},
                    "result": {"score": {"raw": 1.25, "max": 8, "min": 0}},
                },
            }
        ),
        content_type="application/json",
    )
    assert reported.status_code == 200, reported.content

    # The quiz's result on the lesson page, and the learner's own page.
    assert f"Спроба 1: {SHOWN}%" in _text(client.get(lesson.url))
    assert f"{SHOWN}%" in _text(client.get(reverse("my_learning")))
    # The H5P activity's result.
    assert f"{SHOWN}%" in _text(client.get(h5p.url))

    client.force_login(teacher)
    grid = _text(client.get(f"/teach/{klass.pk}/assignments/{assignment.pk}/"))
    assert f"{SHOWN}%" in grid
    page = _text(client.get(f"/teach/{klass.pk}/learners/{learner.pk}/"))
    # Each lesson's score and each result: the quiz's attempt, the H5P statement.
    assert page.count(SHOWN) == 4
    for wrong in ("15,62", "15,6%", "16%", "15.63", "15.62"):
        assert wrong not in grid + page
