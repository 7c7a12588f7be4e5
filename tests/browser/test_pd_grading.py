"""A teacher takes a PD module alone: the quiz result and "My learning" say who
grades the open answer, a course leader grades it from their list, and the learner
sees the result."""

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from courses.models import CoursePage
from quizzes.models import Attempt
from tests.browser.test_quizzes import log_in, log_out
from tests.factories import UserFactory
from tests.quizzes.builders import open_response


@pytest.fixture
def pd_quiz(quiz_lesson, make_quiz):
    leaders = Group.objects.create(name="Керівники курсу (демо)")
    lesson, _quiz, _activity = quiz_lesson(
        quiz=make_quiz(questions=[open_response()], pass_mark=50),
        title="Як навчати громадянської участі",
        slug="pd",
        lessons=1,
        audiences=("teacher_pd",),
        certificate_kind="pd",
        pd_hours=2,
        certificate_provider="Демонстраційний курс civiced",
        certificate_signatory_position="Координатор курсу (демо)",
    )
    CoursePage.objects.filter(pk=lesson.get_parent().pk).update(grading_group=leaders)
    return lesson, leaders


def test_a_lone_teacher_is_told_who_grades_and_a_course_leader_grades(
    page, live_server, pd_quiz
):
    lesson, leaders = pd_quiz
    teacher = UserFactory(username="solo-teacher", display_name="Ганна")
    leader = UserFactory(username="kerivnyk", groups=[leaders])

    log_in(page, live_server, teacher.username)
    page.goto(live_server.url + lesson.url)
    page.get_by_label("Ваша відповідь").fill("Дискусія за правилами, з ролями.")
    page.get_by_role("button", name="Надіслати відповіді").click()
    expect(page.locator("[data-who-grades]")).to_contain_text(
        "оцінюють керівники курсу (Керівники курсу (демо))"
    )
    page.audit.check()
    page.goto(live_server.url + "/learning/")
    waiting = page.locator(
        "section",
        has=page.get_by_role("heading", name="Відповіді, що чекають на оцінку"),
    )
    expect(waiting).to_contain_text("Як навчати громадянської участі")
    page.audit.check()
    log_out(page)

    log_in(page, live_server, leader.username)
    page.goto(live_server.url + "/learning/")
    page.get_by_role("link", name="Відкриті відповіді для оцінювання").click()
    expect(page.locator("main")).to_contain_text("Дискусія за правилами, з ролями.")
    page.audit.check()
    page.get_by_label("Бали (0–").fill("5")
    page.get_by_role("button", name="Зберегти оцінку").click()
    expect(page.locator(".messages, [role=status]").first).to_contain_text("від 0 до 2")
    page.get_by_label("Бали (0–").fill("2")
    page.get_by_role("button", name="Зберегти оцінку").click()
    expect(page.locator("main")).to_contain_text(
        "Жодна відкрита відповідь не чекає на оцінку."
    )
    page.audit.check()
    assert Attempt.objects.get().status == Attempt.GRADED
