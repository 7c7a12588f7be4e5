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
    # The page (session, user, header, footer), the scope, the institutions to
    # choose from, the quizzes, the quiz, then the analysis: count, two cut-offs,
    # the figures, one free-text question.
    with django_assert_num_queries(20):
        response = client.get(f"{URL}?quiz={answered.pk}")
    analysis = response.context["analysis"]
    assert analysis.attempts == 7
    choice, text = analysis.questions
    assert choice.answered == 7
    # Each option was chosen by fewer than five: hidden, and no "most common".
    assert [o.chosen for o in choice.options] == [None, None, None]
    assert choice.common_wrong is None
    # "Дія" was typed by three: too few to show a free-text answer city-wide.
    assert text.common_wrong is None
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


def answer(lesson, activity, quiz, klass, name, *, picked=None, typed=None):
    choice, text = quiz.question_snapshots()
    pupil = UserFactory(username=name)
    Membership.objects.create(klass=klass, learner=pupil)
    responses = {}
    if picked:
        responses[choice["id"]] = option(choice, picked)
    if typed is not None:
        responses[text["id"]] = typed
    submit_responses(
        learner=pupil,
        lesson=lesson,
        activity_id=activity,
        quiz=quiz,
        responses=responses,
        key=uuid.uuid4(),
    )


@pytest.fixture
def lone_pupil(quiz_lesson, city):
    """One pupil of the college class types a phone number as their answer."""
    lesson, quiz, activity = quiz_lesson()
    quiz = Quiz.objects.get(pk=quiz.pk)
    answer(
        lesson,
        activity,
        quiz,
        city.college_class,
        "lone",
        picked="100",
        typed="Оксана, 067 123 45 67",
    )
    return lesson, quiz, activity


def test_analysts_see_no_class_and_are_told_why(
    client, city, lone_pupil, analyst, password
):
    _lesson, quiz, _activity = lone_pupil
    client.login(username=analyst.username, password=password)
    for query in (
        f"class={city.college_class.pk}&quiz={quiz.pk}",
        f"class={city.college_class.pk}",
        "class=999999",
        f"class={10**30}",
        "class=abc",
    ):
        response = client.get(f"{URL}?{query}")
        html = response.content.decode()
        assert response.status_code == 404, query
        assert "question analysis of a class is for its teachers only" in html
        assert "067 123 45 67" not in html and "analysis" not in response.context


def test_an_institution_of_one_learner_shows_nothing_of_them(
    client, city, lone_pupil, analyst, password
):
    _lesson, quiz, _activity = lone_pupil
    client.login(username=analyst.username, password=password)
    for query in (f"institution={city.college.pk}&quiz={quiz.pk}", f"quiz={quiz.pk}"):
        response = client.get(f"{URL}?{query}")
        html = response.content.decode()
        assert response.status_code == 200
        assert response.context["analysis"].too_few
        assert "Fewer than 5 learners answered this quiz here" in html
        assert "067 123 45 67" not in html and 'data-measure="chosen"' not in html
    for query in ("institution=999999", f"institution={10**30}", "institution=x"):
        response = client.get(f"{URL}?{query}")
        assert response.status_code == 404
        assert "There is no such institution here" in response.content.decode()


def test_a_typed_answer_shows_when_enough_learners_typed_it_however_spelt(
    client, city, quiz_lesson, analyst, password
):
    lesson, quiz, activity = quiz_lesson()
    quiz = Quiz.objects.get(pk=quiz.pk)
    spellings = ["Кам'янець", "камʼянець", " КАМ’ЯНЕЦЬ ", "Кам'янець", "Кам'янець"]
    for number, typed in enumerate(spellings[:4]):
        answer(lesson, activity, quiz, city.school_class, f"p{number}", typed=typed)
    answer(lesson, activity, quiz, city.college_class, "q0", typed="Дія")
    client.login(username=analyst.username, password=password)
    text = client.get(f"{URL}?quiz={quiz.pk}").context["analysis"].questions[1]
    assert text.common_wrong is None  # four learners: too few
    answer(lesson, activity, quiz, city.college_class, "p4", typed=spellings[4])
    response = client.get(f"{URL}?quiz={quiz.pk}")
    text = response.context["analysis"].questions[1]
    assert text.common_wrong == "Кам'янець"  # five learners, as most typed it
    assert "Кам'янець" in response.content.decode().replace("&#x27;", "'")
    # The school's four alone are too few at the institution level.
    response = client.get(f"{URL}?institution={city.school.pk}&quiz={quiz.pk}")
    assert response.context["analysis"].too_few


def test_option_counts_are_suppressed_for_analysts_with_complements(
    client, city, quiz_lesson, analyst, password
):
    lesson, quiz, activity = quiz_lesson()
    quiz = Quiz.objects.get(pk=quiz.pk)
    picks = ["6000"] * 9 + ["25000"] * 7 + ["100"] * 2
    for number, picked in enumerate(picks):
        answer(lesson, activity, quiz, city.school_class, f"c{number}", picked=picked)
    client.login(username=analyst.username, password=password)
    response = client.get(f"{URL}?quiz={quiz.pk}")
    choice = response.context["analysis"].questions[0]
    assert choice.answered == 18
    chosen = {o.text: o.chosen for o in choice.options}
    # 2 is hidden, and so is another count: else 18 - 9 - 7 gives it away.
    assert chosen["100"] is None
    assert list(chosen.values()).count(None) == 2
    assert choice.common_wrong == "25000" or chosen["25000"] is None
    assert response.content.decode().count('data-hidden="true"') >= 2
    # Their teacher sees every count of their class.
    client.login(username="olha", password=password)
    response = client.get(f"{URL}?class={city.school_class.pk}&quiz={quiz.pk}")
    chosen = {
        o.text: o.chosen for o in response.context["analysis"].questions[0].options
    }
    assert chosen == {"6000": 9, "25000": 7, "100": 2}


def test_normalising_typed_answers():
    from reports.questions import normalise

    assert normalise("  Кам’янець   Подільський ") == "кам'янець подільський"
    assert normalise("КАМʼЯНЕЦЬ") == normalise("кам'янець") == normalise("Кам‘янець")
    assert normalise(42) == "42"
