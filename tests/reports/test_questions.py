"""Question analysis: figures per question, and who may see them."""

import uuid

import pytest

from classes.models import Membership
from quizzes.models import Attempt, Quiz
from quizzes.taking import submit_responses
from tests.factories import UserFactory

from .conftest import make_class

URL = "/en/reports/questions/"


def option(question, text):
    return next(o["id"] for o in question["options"] if o["text"] == text)


@pytest.fixture
def answered(quiz_lesson, city):
    """Six pupils of the school class answer the default quiz (a single choice:
    6000 is right, 25000 and 100 wrong; a short text: "Київ Цифровий"). A pupil of
    another class answers too and must not show in the teacher's figures."""
    lesson, quiz, activity = quiz_lesson()
    quiz = Quiz.objects.get(pk=quiz.pk)  # as the lesson page loads it
    choice, text = quiz.question_snapshots()
    answers = [
        ("6000", "Київ Цифровий"),  # 100 %
        ("6000", "Київ Цифровий"),  # 100 %
        ("6000", "Дія"),  # 50 %
        ("25000", "Київ Цифровий"),  # 50 %
        ("25000", "Дія"),  # 0 %
        ("100", "Дія"),  # 0 %
    ]
    for number, (picked, typed) in enumerate(answers):
        pupil = UserFactory(username=f"pupil{number}")
        Membership.objects.create(klass=city.school_class, learner=pupil)
        submit_responses(
            learner=pupil,
            lesson=lesson,
            activity_id=activity,
            quiz=quiz,
            responses={choice["id"]: option(choice, picked), text["id"]: typed},
            key=uuid.uuid4(),
        )
    outsider = UserFactory(username="outsider")
    Membership.objects.create(klass=city.college_class, learner=outsider)
    submit_responses(
        learner=outsider,
        lesson=lesson,
        activity_id=activity,
        quiz=quiz,
        responses={choice["id"]: option(choice, "100")},
        key=uuid.uuid4(),
    )
    return quiz


def test_a_teacher_sees_the_figures_for_their_class(client, city, answered, password):
    client.login(username="olha", password=password)
    response = client.get(f"{URL}?class={city.school_class.pk}&quiz={answered.pk}")
    analysis = response.context["analysis"]
    assert analysis.attempts == 6
    choice, text = analysis.questions
    assert choice.answered == 6 and choice.correct == 3
    assert choice.share_correct == pytest.approx(50)
    assert [(o.text, o.chosen, o.correct) for o in choice.options] == [
        ("6000", 3, True),
        ("25000", 2, False),
        ("100", 1, False),
    ]
    assert choice.common_wrong == "25000"
    # Top third (two 100 % attempts) all right; bottom third (two 0 %) all wrong.
    assert choice.discrimination == pytest.approx(1.0)
    assert text.common_wrong == "Дія"
    assert text.share_correct == pytest.approx(50)
    assert not choice.edited
    html = response.content.decode()
    assert "Most common wrong answer" in html and "pupil0" not in html


def test_questions_edited_since_the_answers_are_flagged(
    client, city, answered, password
):
    answered.questions[0].value["prompt"] = type(answered.questions[0].value["prompt"])(
        "<p>Скільки підписів потрібно зібрати?</p>"
    )
    answered.save_revision().publish()
    client.login(username="olha", password=password)
    response = client.get(f"{URL}?class={city.school_class.pk}&quiz={answered.pk}")
    choice, text = response.context["analysis"].questions
    assert choice.edited and choice.answers_before_edit == 6
    assert not text.edited
    assert "Edited since 6 attempts answered it" in response.content.decode()


def test_teachers_see_only_their_own_classes(
    client, city, answered, password, teacher_group
):
    other = UserFactory(username="inshyi", groups=[teacher_group])
    make_class(city.college, "ЕМ-22", other)
    client.login(username="inshyi", password=password)
    assert client.get(f"{URL}?class={city.school_class.pk}").status_code == 404
    assert client.get(f"{URL}?class=abc").status_code == 404
    response = client.get(URL)
    assert response.context["quizzes"] == []
    client.login(username="ivan", password=password)
    assert client.get(URL).status_code == 403


def test_analysts_see_the_whole_city(
    caches_off, client, city, answered, analyst, password, django_assert_num_queries
):
    client.login(username=analyst.username, password=password)
    # The page (session, user, header, footer), the scope, the quizzes, the quiz,
    # then the analysis: count, two cut-offs, the figures, one free-text question.
    with django_assert_num_queries(19):
        response = client.get(f"{URL}?quiz={answered.pk}")
    analysis = response.context["analysis"]
    assert analysis.attempts == 7
    assert analysis.questions[0].options[2].chosen == 2
    # "Дія" was typed by three: too few to show a free-text answer city-wide.
    assert analysis.questions[1].common_wrong is None
    assert client.get(f"{URL}?quiz=999999").status_code == 404


def test_query_count_does_not_grow_with_the_attempts(
    client, city, answered, analyst, password, quiz_lesson
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.login(username=analyst.username, password=password)
    url = f"{URL}?quiz={answered.pk}"
    client.get(url)
    with CaptureQueriesContext(connection) as before:
        client.get(url)
    first = Attempt.objects.filter(quiz=answered).first()
    for number in range(10):
        pupil = UserFactory(username=f"late{number}")
        submit_responses(
            learner=pupil,
            lesson=first.lesson,
            activity_id=first.activity_id,
            quiz=answered,
            responses={},
            key=uuid.uuid4(),
        )
    with CaptureQueriesContext(connection) as after:
        response = client.get(url)
    assert response.context["analysis"].attempts == 17
    assert len(after) == len(before)
