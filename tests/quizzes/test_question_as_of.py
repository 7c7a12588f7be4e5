"""A question whose answer can change says, beside it, the date it is right as of;
undated questions and the snapshots of earlier attempts are as they were."""

import pytest
from bs4 import BeautifulSoup

from tests.factories import UserFactory
from tests.quizzes.builders import short_text, single_choice

pytestmark = pytest.mark.django_db


def _dated():
    question = single_choice()
    question["value"]["as_of"] = "2026-02-01"
    return question


def test_the_pupil_sees_the_date_beside_a_time_sensitive_question(
    client, quiz_lesson, make_quiz
):
    client.force_login(UserFactory(username="uchen"))
    lesson, _quiz, _activity = quiz_lesson(make_quiz([_dated(), short_text()]))
    soup = BeautifulSoup(client.get(lesson.url).content, "html.parser")
    first, second = soup.select("fieldset.question")[:2]
    assert first.select_one(".question__as-of").get_text(strip=True) == (
        "станом на 1 лютого 2026 р."
    )
    assert second.select_one(".question__as-of") is None


def test_only_dated_questions_carry_a_date_in_their_snapshot(make_quiz):
    dated, undated = make_quiz([_dated(), short_text()]).question_snapshots()
    assert dated["as_of"] == "2026-02-01"
    assert "as_of" not in undated
