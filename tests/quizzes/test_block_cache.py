"""A learner's quiz block is kept while their attempts are unchanged, and the lesson
the quiz endpoints check is kept while the content is unchanged: neither ever shows
or accepts what is out of date."""

import uuid

import pytest
from bs4 import BeautifulSoup
from django.middleware.csrf import _does_token_match

from courses import live_lessons
from quizzes import taking
from quizzes.blocks import QuizBlock
from quizzes.models import Attempt
from tests.courses.test_lesson_shell import answered, checked, login
from tests.factories import UserFactory
from tests.quizzes.test_taking import field, urls


@pytest.fixture
def renders(monkeypatch):
    """How many times a quiz block was rendered (its context built)."""
    calls = []
    real = taking.quiz_block_context

    def counted(value, parent_context):
        calls.append(1)
        return real(value, parent_context)

    # The block's learner view, as QuizzesConfig.ready set it (show_learners_with).
    monkeypatch.setattr(QuizBlock, "_learner_context", staticmethod(counted))
    return calls


def test_an_unchanged_block_is_served_without_rendering_it_again(
    client, quiz_page, shells, renders
):
    lesson, quiz, activity = quiz_page
    login(client, UserFactory(username="olena"))
    chosen = answered(client, lesson, quiz, activity, "6000")
    first = client.get(lesson.url).content.decode()
    second = client.get(lesson.url).content.decode()
    assert len(renders) == 1
    assert checked(first) == checked(second) == [chosen]


def test_a_reload_shows_the_answer_saved_since(client, quiz_page, shells, renders):
    lesson, quiz, activity = quiz_page
    login(client, UserFactory(username="olena"))
    first = answered(client, lesson, quiz, activity, "6000")
    assert checked(client.get(lesson.url).content.decode()) == [first]
    # The autosave moves the attempt's updated_at: the stored block is not used.
    question = quiz.question_snapshots()[0]
    autosave, _submit = urls(lesson, activity)
    later = next(o["id"] for o in question["options"] if o["text"] == "100")
    response = client.post(autosave, {field(question["id"]): later, "seq": "2"})
    assert response.status_code == 200
    assert checked(client.get(lesson.url).content.decode()) == [later]
    assert len(renders) == 2


def test_a_submitted_attempt_shows_its_result_on_the_next_load(
    client, quiz_page, shells
):
    lesson, quiz, activity = quiz_page
    login(client, UserFactory(username="olena"))
    answered(client, lesson, quiz, activity, "6000")
    before = BeautifulSoup(client.get(lesson.url).content, "html.parser")
    assert before.select_one(".attempt-result") is None
    _autosave, submit = urls(lesson, activity)
    key = before.select_one("[data-submit-key]")["value"]
    response = client.post(submit, {"key": key}, headers={"Accept": "application/json"})
    assert response.status_code == 200
    after = BeautifulSoup(client.get(lesson.url).content, "html.parser")
    assert after.select_one(".attempt-result") is not None
    # A fresh key for the next attempt: the stored form is not reused.
    assert after.select_one("[data-submit-key]")["value"] != key


def test_a_stored_block_carries_a_token_for_this_session_only(
    client, quiz_page, shells
):
    lesson, _quiz, _activity = quiz_page
    secrets = set()
    for name in ("olena", "taras"):
        browser = login(type(client)(), UserFactory(username=name))
        for _round in range(2):  # the second load is the stored block
            soup = BeautifulSoup(browser.get(lesson.url).content, "html.parser")
            form = soup.select_one("[data-quiz-form]")
            token = form.select_one("[name=csrfmiddlewaretoken]")["value"]
            secret = browser.cookies["csrftoken"].value
            assert _does_token_match(token, secret)
        secrets.add(secret)
    assert len(secrets) == 2


def test_learners_never_see_each_others_stored_answers(client, quiz_page, shells):
    lesson, quiz, activity = quiz_page
    olena = login(type(client)(), UserFactory(username="olena"))
    chosen = answered(olena, lesson, quiz, activity, "6000")
    assert checked(olena.get(lesson.url).content.decode()) == [chosen]
    taras = login(type(client)(), UserFactory(username="taras"))
    assert checked(taras.get(lesson.url).content.decode()) == []


def test_the_quiz_endpoints_see_an_unpublished_lesson_at_once(
    client,
    quiz_page,
    shells,
    django_capture_on_commit_callbacks,
    django_assert_num_queries,
):
    lesson, quiz, activity = quiz_page
    login(client, UserFactory(username="olena"))
    autosave, _submit = urls(lesson, activity)
    text = quiz.question_snapshots()[1]
    assert client.post(autosave, {field(text["id"]): "так"}).status_code == 200
    # Session, user, the open attempt, its update: the lesson is known live under
    # this content version.
    with django_assert_num_queries(4):
        response = client.post(autosave, {field(text["id"]): "можливо", "seq": "3"})
    assert response.status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        lesson.unpublish()
    assert client.post(autosave, {field(text["id"]): "ні"}).status_code == 404
    assert Attempt.objects.get().responses[text["id"]] == "можливо"


def test_the_kept_lesson_is_each_requests_own(quiz_page, shells, rf, user):
    lesson, _quiz, _activity = quiz_page
    request = rf.post("/")
    request.user = user
    first = live_lessons.live_lesson(lesson.pk, request)
    first.body = []
    again = live_lessons.live_lesson(lesson.pk, request)
    assert [block.block_type for block in again.body] == [
        "paragraph",
        "quiz",
        "discussion",
    ]


def submitter(client, lesson, activity):
    """A logged-in learner's submit of the quiz, each call with a fresh key."""
    login(client, UserFactory(username="olena"))
    _autosave, url = urls(lesson, activity)

    def submit():
        key = {"key": str(uuid.uuid4())}
        return client.post(url, key, headers={"Accept": "application/json"})

    return submit


def test_the_quiz_endpoints_see_an_unpublished_quiz_at_once(
    client, quiz_page, shells, django_capture_on_commit_callbacks
):
    lesson, quiz, activity = quiz_page
    submit = submitter(client, lesson, activity)
    assert submit().status_code == 200  # the lesson and quiz are now kept
    with django_capture_on_commit_callbacks(execute=True):
        quiz.unpublish()
    assert submit().status_code == 404
    assert Attempt.objects.filter(status=Attempt.GRADED).count() == 1


def test_a_quiz_republished_with_new_settings_applies_at_once(
    client, quiz_page, shells, django_capture_on_commit_callbacks
):
    lesson, quiz, activity = quiz_page
    submit = submitter(client, lesson, activity)
    assert submit().status_code == 200
    quiz.attempts_allowed = 1
    with django_capture_on_commit_callbacks(execute=True):
        quiz.save_revision().publish()
    assert submit().status_code in (400, 403, 409)
    assert Attempt.objects.filter(status=Attempt.GRADED).count() == 1
