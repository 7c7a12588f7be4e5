"""A quiz result nobody can misread: a banner that says whether the quiz counts and
what mark it needs, ✓/✗ beside each option in words, the next lesson offered once
passed, and no blank "try again" form shouting over a pass."""

import uuid

import pytest
from bs4 import BeautifulSoup

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def field(question_id):
    return f"q-{question_id}"


def option_id(question, text):
    return next(o["id"] for o in question["options"] if o["text"] == text)


@pytest.fixture
def learner(client):
    user = UserFactory(username="uchen-banner")
    client.force_login(user)
    return user


def submit(client, lesson, activity, data):
    url = f"/api/quizzes/{lesson.pk}/{activity}/submit/"
    return client.post(url, {"key": str(uuid.uuid4()), **data})


def quiz_block(client, lesson):
    page = BeautifulSoup(client.get(lesson.url).content, "html.parser")
    return page.select_one("section.quiz")


def text_of(node):
    return " ".join(node.get_text(" ").split())


def test_a_pass_says_it_counts_offers_the_next_lesson_and_hides_the_blank_form(
    client, quiz_lesson, learner
):
    lesson, quiz, activity = quiz_lesson()
    choice, text = quiz.question_snapshots()
    submit(
        client,
        lesson,
        activity,
        {
            field(choice["id"]): option_id(choice, "6000"),
            field(text["id"]): "Київ Цифровий",
        },
    )
    block = quiz_block(client, lesson)
    words = text_of(block)
    assert "Зараховано ✓ — можна спробувати ще" in words
    assert "Спробуйте ще раз" not in words
    # Another try is there, folded away under its own summary.
    again = block.select_one("details.quiz__again")
    assert again is not None and not again.has_attr("open")
    assert again.select_one("form[data-quiz-form]") is not None
    following = block.select_one(".quiz__next a")
    assert following is not None
    assert "Наступний урок" in text_of(following)
    assert following["href"].rstrip("/").endswith("lesson-2")


def test_a_fail_names_the_real_pass_mark_and_offers_no_next_lesson(
    client, quiz_lesson, make_quiz, learner
):
    lesson, quiz, activity = quiz_lesson(quiz=make_quiz(pass_mark=70))
    choice, _text = quiz.question_snapshots()
    submit(client, lesson, activity, {field(choice["id"]): option_id(choice, "6000")})
    block = quiz_block(client, lesson)
    words = text_of(block)
    assert "Ще не зараховано: потрібно 70 %" in words
    assert "Зараховано ✓" not in words
    assert block.select_one(".quiz__next") is None
    assert block.select_one("details.quiz__again") is None


def test_options_are_marked_right_and_wrong_in_signs_and_words_after_submit(
    client, quiz_lesson, learner
):
    lesson, quiz, activity = quiz_lesson()
    choice, _text = quiz.question_snapshots()
    submit(client, lesson, activity, {field(choice["id"]): option_id(choice, "25000")})
    result = quiz_block(client, lesson).select_one(".attempt-result")
    marks = {
        text_of(li.select_one(".option-mark__text")): text_of(li)
        for li in result.select(".option-mark")
    }
    assert marks["25000"] == "✗ 25000 обрано, неправильно"
    assert marks["6000"] == "✓ 6000 правильна відповідь"
    assert marks["100"] == "100"


def test_checking_one_answer_marks_its_options(client, quiz_lesson, make_quiz, learner):
    lesson, quiz, activity = quiz_lesson(quiz=make_quiz(feedback_timing="immediate"))
    choice, _text = quiz.question_snapshots()
    response = client.post(
        f"/api/quizzes/{lesson.pk}/{activity}/check/",
        {"question": choice["id"], field(choice["id"]): option_id(choice, "6000")},
        headers={"accept": "application/json"},
    )
    html = BeautifulSoup(response.json()["html"], "html.parser")
    right = html.select_one(".option-mark--right")
    assert text_of(right) == "✓ 6000 обрано, правильно"
    # After a reload the checked question shows the same marks.
    block = quiz_block(client, lesson)
    assert "обрано, правильно" in text_of(block.select_one("fieldset"))


def test_the_next_lesson_is_offered_from_a_cached_lesson_shell_too(
    client, quiz_lesson, learner, shells
):
    lesson, quiz, activity = quiz_lesson()
    choice, text = quiz.question_snapshots()
    quiz_block(client, lesson)  # the shell is stored before the pass
    submit(
        client,
        lesson,
        activity,
        {
            field(choice["id"]): option_id(choice, "6000"),
            field(text["id"]): "Київ Цифровий",
        },
    )
    following = quiz_block(client, lesson).select_one(".quiz__next a")
    assert following is not None
    assert following["href"].rstrip("/").endswith("lesson-2")
