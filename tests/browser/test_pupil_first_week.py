"""A pupil's first week: a submit click that is never lost to an autosave, a result
nobody can misread, and a join link that survives signing up by the header's link."""

import re

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from classes.models import Class, Institution, Membership
from quizzes.models import Attempt
from tests.factories import UserFactory
from tests.quizzes.builders import short_text, single_choice

from .test_quizzes import log_in

# Autosaves reach the server 1.5 s late, so a click on submit lands while one is on
# its way (the blur of the text field starts it).
SLOW_AUTOSAVE = """
(() => {
  const send = window.fetch.bind(window);
  window.fetch = (url, options) => String(url).includes("/autosave/")
    ? new Promise((done) => setTimeout(done, 1500)).then(() => send(url, options))
    : send(url, options);
})();
"""


@pytest.fixture
def learner(db):
    return UserFactory(username="oksana-9b")


@pytest.fixture
def petitions_quiz(quiz_lesson, make_quiz):
    quiz = make_quiz(questions=[single_choice(), short_text()], pass_mark=60)
    return quiz_lesson(quiz=quiz, title="Петиції", slug="petitions", lessons=2)


def question(page, number):
    return page.locator("fieldset.question").nth(number - 1)


def test_a_submit_click_during_an_autosave_submits_once_and_shows_the_result(
    page, live_server, learner, petitions_quiz
):
    lesson, _quiz, _activity = petitions_quiz
    page.add_init_script(SLOW_AUTOSAVE)
    log_in(page, live_server, learner.username)
    page.goto(live_server.url + lesson.url)
    page.audit.check()
    submit = page.get_by_role("button", name="Надіслати відповіді")
    status = page.locator("[data-save-status]")
    where = submit.bounding_box()
    height = status.bounding_box()["height"]
    question(page, 1).get_by_label("6000").check()
    question(page, 2).get_by_label("Ваша відповідь").fill("Київ Цифровий")
    # The autosave starts and is still on its way: the button has not moved, the
    # status is one line and says nothing about a lost connection.
    expect(status).to_have_text("Зберігаємо…")
    assert submit.bounding_box() == where
    assert status.bounding_box()["height"] == height
    expect(status).not_to_contain_text("звʼязку")
    submit.click()
    expect(page.locator(".attempt-result")).to_contain_text("Спроба 1: 100%")
    expect(page.locator(".result-banner")).to_have_text(
        "Зараховано ✓ — можна спробувати ще"
    )
    page.audit.check()
    # The late autosave opened no new attempt behind the result.
    page.wait_for_timeout(2000)
    assert Attempt.objects.submitted().count() == 1
    assert not Attempt.objects.in_progress().exists()
    assert "Київ Цифровий" in Attempt.objects.get().responses.values()


def test_the_result_says_passed_marks_every_option_and_offers_the_next_lesson(
    page, live_server, learner, petitions_quiz
):
    lesson, _quiz, _activity = petitions_quiz
    log_in(page, live_server, learner.username)
    page.goto(live_server.url + lesson.url)
    question(page, 1).get_by_label("25000").check()
    question(page, 2).get_by_label("Ваша відповідь").fill("Київ Цифровий")
    page.get_by_role("button", name="Надіслати відповіді").click()
    banner = page.locator(".result-banner")
    expect(banner).to_have_text("Ще не зараховано: потрібно 60 %")
    result = page.locator(".attempt-result")
    expect(result.locator(".option-mark--wrong")).to_have_text(
        re.compile(r"✗\s*25000\s*обрано, неправильно")
    )
    expect(result.locator(".option-mark--right")).to_have_text(
        re.compile(r"✓\s*6000\s*правильна відповідь")
    )
    expect(page.get_by_role("link", name=re.compile("Наступний урок:"))).to_have_count(
        0
    )
    page.audit.check()

    question(page, 1).get_by_label("6000").check()
    question(page, 2).get_by_label("Ваша відповідь").fill("Київ Цифровий")
    page.get_by_role("button", name="Надіслати відповіді").click()
    expect(banner).to_have_text("Зараховано ✓ — можна спробувати ще")
    expect(result.locator(".option-mark--right")).to_have_text(
        re.compile(r"✓\s*6000\s*обрано, правильно")
    )
    # No blank form under a pass: another try is folded away.
    expect(page.get_by_role("heading", name="Спробуйте ще раз")).to_have_count(0)
    expect(page.get_by_role("button", name="Надіслати відповіді")).to_be_hidden()
    expect(page.locator("summary", has_text="Спробувати ще раз")).to_be_visible()
    page.audit.check()
    page.locator(".quiz__next").get_by_role(
        "link", name=re.compile("Наступний урок:")
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Петиції: урок 2")
    page.audit.check()


def test_checking_an_answer_marks_the_options_and_keeps_them_readable(
    page, live_server, learner, quiz_lesson, make_quiz
):
    lesson, _quiz, _activity = quiz_lesson(
        quiz=make_quiz(feedback_timing="immediate"), slug="immediate", lessons=1
    )
    log_in(page, live_server, learner.username)
    page.goto(live_server.url + lesson.url)
    first = question(page, 1)
    label = first.locator("label", has_text="25000")
    colour = label.evaluate("(node) => getComputedStyle(node).color")
    first.get_by_label("25000").check()
    first.get_by_role("button", name="Перевірити відповідь").click()
    expect(first.locator(".option-mark--wrong")).to_have_text(
        re.compile(r"✗\s*25000\s*обрано, неправильно")
    )
    expect(first.locator(".option-mark--right")).to_have_text(
        re.compile(r"✓\s*6000\s*правильна відповідь")
    )
    expect(first.get_by_label("25000")).to_be_checked()
    # The chosen answer reads as before, not greyed out.
    assert label.evaluate("(node) => getComputedStyle(node).color") == colour
    page.audit.check()


def test_a_join_link_survives_signing_up_by_the_headers_link(page, live_server):
    school = Institution.objects.create(
        name="Ліцей № 7", kind="school", district="podilskyi"
    )
    teacher = UserFactory(
        username="vchytel", groups=[Group.objects.get_or_create(name="Teachers")[0]]
    )
    klass = Class.objects.create(
        institution=school, name="8-В", academic_year="2026/2027", owner=teacher
    )
    klass.teachers.add(teacher)

    page.goto(f"{live_server.url}/join/{klass.join_code}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Увійти")
    expect(page.locator(".joining-notice")).to_contain_text(
        "Увійдіть, щоб приєднатися до класу 8-В"
    )
    page.audit.check()
    page.get_by_role("navigation", name="Головне меню").get_by_role(
        "link", name="Зареєструватися"
    ).click()
    expect(page).to_have_url(re.compile(r"/accounts/signup/$"))
    expect(page.locator(".joining-notice")).to_have_text(
        "Зареєструйтеся, щоб приєднатися до класу 8-В."
    )
    page.audit.check()
    page.get_by_label("Імʼя користувача").fill("Олена Петренко")
    page.get_by_label("Пароль", exact=True).fill("kyiv-civics-is-fun-2026")
    page.get_by_label("Пароль (ще раз)").fill("kyiv-civics-is-fun-2026")
    page.locator("main").get_by_role("button", name="Зареєструватися").click()
    expect(page.locator("main")).to_contain_text("Спробуйте «олена.петренко»")
    page.audit.check()
    page.get_by_label("Імʼя користувача").fill("олена.петренко")
    page.get_by_label("Пароль", exact=True).fill("kyiv-civics-is-fun-2026")
    page.get_by_label("Пароль (ще раз)").fill("kyiv-civics-is-fun-2026")
    page.locator("main").get_by_role("button", name="Зареєструватися").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Приєднатися до класу 8-В"
    )
    page.audit.check()
    page.locator("main").get_by_role("button", name="Приєднатися").click()
    expect(page.get_by_role("heading", name="Моє навчання")).to_be_visible()
    expect(page.locator(".messages")).to_contain_text("8-В")
    page.audit.check()
    joined = Membership.objects.current().get(klass=klass)
    assert joined.learner.username == "олена.петренко"
