"""Quizzes in the browser: answers survive a reload and a lost connection, a double
click submits once, the keyboard alone is enough, and finishing a course shows on
"My learning"."""

import re

import pytest
from playwright.sync_api import expect

from learning.models import LessonProgress
from quizzes.models import Attempt
from tests.factories import DEFAULT_PASSWORD, UserFactory
from tests.quizzes.builders import fill_blanks, matching, short_text, single_choice


def log_in(page, live_server, username):
    page.goto(live_server.url + "/accounts/login/")
    page.audit.check()
    page.get_by_label("Імʼя користувача або електронна пошта").fill(username)
    page.get_by_label("Пароль", exact=True).fill(DEFAULT_PASSWORD)
    page.locator("main").get_by_role("button", name="Увійти").click()
    expect(page).not_to_have_url(re.compile(r"/accounts/login/"))
    if "/admin/" in page.url:
        # Editors and methodologists land in the Wagtail admin, whose pages are
        # Wagtail's to make accessible (tests/browser/test_editors.py).
        page.audit.checked.update(url for url in page.audit.visited if "/admin/" in url)
        return
    expect(page.get_by_role("button", name="Вийти")).to_be_visible()
    page.audit.check()


def log_out(page):
    """Log out from the header and wait for the page it lands on."""
    page.get_by_role("button", name="Вийти").click()
    menu = page.get_by_role("navigation", name="Головне меню")
    expect(menu.get_by_role("link", name="Увійти")).to_be_visible()
    page.audit.check()


@pytest.fixture
def learner(db):
    return UserFactory(username="oksana-9b")


@pytest.fixture
def petitions_quiz(quiz_lesson, make_quiz):
    quiz = make_quiz(
        questions=[single_choice(), short_text(), matching(), fill_blanks()]
    )
    return quiz_lesson(quiz=quiz, title="Петиції", slug="petitions", lessons=1)


def question(page, number):
    return page.locator("fieldset.question").nth(number - 1)


def test_half_answered_quiz_comes_back_after_a_reload(
    page, live_server, learner, petitions_quiz
):
    lesson, _quiz, _activity = petitions_quiz
    log_in(page, live_server, learner.username)
    page.goto(live_server.url + lesson.url)
    page.audit.check()
    question(page, 1).get_by_label("6000").check()
    question(page, 2).get_by_label("Ваша відповідь").fill("Київ Цифровий")
    expect(page.get_by_role("status").filter(has_text="збережено")).to_be_visible()
    page.reload()
    expect(question(page, 1).get_by_label("6000")).to_be_checked()
    expect(question(page, 2).get_by_label("Ваша відповідь")).to_have_value(
        "Київ Цифровий"
    )
    page.audit.check()


def test_answers_given_offline_reach_the_server_when_back_online(
    page, live_server, learner, petitions_quiz
):
    lesson, _quiz, _activity = petitions_quiz
    log_in(page, live_server, learner.username)
    page.goto(live_server.url + lesson.url)
    page.context.set_offline(True)
    question(page, 2).get_by_label("Ваша відповідь").fill("Київ Цифровий")
    expect(page.locator("[data-save-status]")).to_have_text(
        "Збережено на цьому пристрої — надішлемо, щойно зʼявиться звʼязок."
    )
    assert not Attempt.objects.exclude(responses={}).exists()
    page.context.set_offline(False)
    page.evaluate("window.dispatchEvent(new Event('online'))")
    expect(page.locator("[data-save-status]")).to_have_text("Надіслано.")
    attempt = Attempt.objects.get()
    assert "Київ Цифровий" in attempt.responses.values()
    page.audit.check()


def test_a_double_click_on_submit_makes_one_attempt(
    page, live_server, learner, petitions_quiz
):
    lesson, _quiz, _activity = petitions_quiz
    log_in(page, live_server, learner.username)
    page.goto(live_server.url + lesson.url)
    question(page, 1).get_by_label("6000").check()
    page.get_by_role("button", name="Надіслати відповіді").dblclick()
    expect(page.locator(".attempt-result")).to_be_visible()
    page.audit.check()
    assert Attempt.objects.submitted().count() == 1


def test_a_quiz_can_be_done_with_the_keyboard_alone(
    page, live_server, learner, petitions_quiz
):
    lesson, _quiz, _activity = petitions_quiz
    log_in(page, live_server, learner.username)
    page.goto(live_server.url + lesson.url)
    first_radio = question(page, 1).locator("input[type=radio]").first
    first_radio.focus()
    # Arrow keys move through a radio group; pick the option "6000".
    for _ in range(3):
        if question(page, 1).get_by_label("6000").is_checked():
            break
        page.keyboard.press("ArrowDown")
    if not question(page, 1).get_by_label("6000").is_checked():
        page.keyboard.press("Space")
    expect(question(page, 1).get_by_label("6000")).to_be_checked()
    page.keyboard.press("Tab")
    page.keyboard.type("Київ Цифровий")
    expect(question(page, 2).get_by_label("Ваша відповідь")).to_be_focused()
    # Matching: each select is reached with Tab and set with the keyboard.
    for select_index, right in enumerate(
        ["ухвалює рішення", "виконує рішення", "воєнна адміністрація"]
    ):
        page.keyboard.press("Tab")
        select = question(page, 3).locator("select").nth(select_index)
        expect(select).to_be_focused()
        label = select.locator("option", has_text=right).get_attribute("value")
        # A focused <select> takes typed letters; set the value the way keys would.
        select.select_option(label)
    page.keyboard.press("Tab")
    page.keyboard.type("6000")
    page.keyboard.press("Tab")
    page.keyboard.type("60")
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Надіслати відповіді")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator(".attempt-result")).to_contain_text("Спроба 1")
    page.audit.check()
    attempt = Attempt.objects.submitted().get()
    assert attempt.responses  # answered by keyboard, graded on the server
    assert attempt.results


def test_finishing_a_course_shows_it_completed_on_my_learning(
    page, live_server, learner, petitions_quiz
):
    lesson, _quiz, _activity = petitions_quiz
    log_in(page, live_server, learner.username)
    page.goto(live_server.url + lesson.url)
    question(page, 1).get_by_label("6000").check()
    question(page, 2).get_by_label("Ваша відповідь").fill("київ цифровий")
    q3 = question(page, 3)
    for left, right in (
        ("Київрада", "ухвалює рішення"),
        ("КМДА", "виконує рішення"),
        ("КМВА", "воєнна адміністрація"),
    ):
        q3.get_by_label(left).select_option(label=right)
    gaps = question(page, 4).locator("input")
    gaps.nth(0).fill("6 000")
    gaps.nth(1).fill("60")
    page.get_by_role("button", name="Надіслати відповіді").click()
    expect(page.locator(".attempt-result")).to_contain_text("100%")
    expect(page.locator(".attempt-result")).to_contain_text("Зараховано")
    page.audit.check()
    assert LessonProgress.objects.get(learner=learner).status == "completed"

    page.get_by_role("link", name="Моє навчання").click()
    expect(page.get_by_role("heading", name="Завершені курси")).to_be_visible()
    completed = page.locator(
        "section", has=page.get_by_role("heading", name="Завершені курси")
    )
    expect(completed).to_contain_text("Петиції")
    expect(completed).to_contain_text("1 з 1 уроків пройдено")
    page.audit.check()


def test_checking_one_answer_shows_its_feedback_at_once(
    page, live_server, learner, quiz_lesson, make_quiz
):
    lesson, _quiz, _activity = quiz_lesson(
        quiz=make_quiz(feedback_timing="immediate"), slug="immediate", lessons=1
    )
    log_in(page, live_server, learner.username)
    page.goto(live_server.url + lesson.url)
    question(page, 1).get_by_label("25000").check()
    question(page, 1).get_by_role("button", name="Перевірити відповідь").click()
    expect(question(page, 1)).to_contain_text("Це національний.")
    expect(question(page, 1).get_by_label("6000")).to_be_disabled()
    page.audit.check()
