"""Certificates in the browser: a teacher finishing the demo PD module gets a
certificate, confirms the name on it, downloads it, and anyone can check it.

The first two lessons and the last quiz are done beforehand through the same
functions the quiz pages call; the last step, the course leader's grade for the
final open answer, completes the module in the browser.
"""

import io
import uuid
from datetime import timedelta

import pytest
import zxingcpp
from django.contrib.auth.models import Group
from django.utils import timezone
from playwright.sync_api import expect
from pypdf import PdfReader

from accounts.roles import TEACHERS_GROUP
from certificates.models import Certificate
from classes.models import Assignment, Class, Institution, Membership
from courses.models import CoursePage, LessonPage
from home.demo import seed
from learning.models import LessonProgress
from quizzes.demo import model_answers
from quizzes.models import Attempt
from quizzes.review import grade_open_response
from quizzes.taking import submit_responses
from tests.browser.test_quizzes import log_in, log_out
from tests.factories import UserFactory

PD_MODULE = "teaching-civic-participation"


def answer_quiz(learner, lesson):
    block = next(b for b in lesson.specific.body if b.block_type == "quiz")
    quiz = block.value["quiz"]
    submit_responses(
        learner=learner,
        lesson=lesson,
        activity_id=str(block.id),
        quiz=quiz,
        responses=model_answers(quiz.question_snapshots()),
        key=uuid.uuid4(),
    )
    return Attempt.objects.filter(learner=learner, lesson=lesson).latest("pk")


def open_question(attempt):
    return next(q for q in attempt.questions if q["type"] == "open_response")


@pytest.fixture
def pd_cohort(db):
    """The demo site; a course leader's institute group with a teacher-learner who
    has done everything but the last grade."""
    seed()
    teachers = Group.objects.get(name=TEACHERS_GROUP)
    leader = UserFactory(username="kerivnyk-kursu", groups=[teachers])
    learner = UserFactory(
        username="vchytelka",
        display_name="Ганна",
        groups=[teachers],
        last_name="Коваленко",
        first_name="Ганна",
    )
    module = CoursePage.objects.get(slug=PD_MODULE, locale__language_code="uk")
    institute = Institution.objects.create(
        name="Інститут післядипломної освіти (демо)",
        kind=Institution.INSTITUTE,
        district="obolonskyi",
    )
    klass = Class.objects.create(
        institution=institute, name="Група ПК-1", academic_year="2026/2027"
    )
    klass.teachers.add(leader)
    Membership.objects.create(klass=klass, learner=learner)
    Assignment.objects.create(
        klass=klass,
        course=module,
        available_from=timezone.now() - timedelta(days=1),
        created_by=leader,
    )
    *earlier, last = list(LessonPage.objects.live().child_of(module))
    for lesson in earlier:
        attempt = answer_quiz(learner, lesson)
        question = open_question(attempt)
        grade_open_response(
            attempt=attempt,
            question_id=question["id"],
            points=str(attempt.results[question["id"]]["max_score"]),
            comment="",
            grader=leader,
        )
    for lesson in earlier:
        progress = LessonProgress.objects.get(learner=learner, lesson=lesson)
        assert progress.status == LessonProgress.COMPLETED
    final = answer_quiz(learner, last)
    assert not Certificate.objects.exists()
    return klass, leader, learner, final


def test_a_teacher_completes_the_pd_module_and_anyone_can_check_the_certificate(
    page, live_server, pd_cohort, browser, settings
):
    settings.WAGTAILADMIN_BASE_URL = live_server.url
    klass, leader, learner, final = pd_cohort
    top = final.results[open_question(final)["id"]]["max_score"]

    # The course leader grades the last open answer: the module is complete.
    log_in(page, live_server, leader.username)
    page.goto(f"{live_server.url}/teach/{klass.pk}/learners/{learner.pk}/")
    page.audit.check()
    waiting = page.locator("details.attempt-history[open]")
    expect(waiting).to_have_count(1)
    expect(waiting).to_contain_text(final.lesson.title)
    waiting.get_by_label("Бали").fill(str(top))
    waiting.get_by_role("button", name="Зберегти оцінку").click()
    expect(page.locator("details.attempt-history[open]")).to_have_count(0)
    page.audit.check()
    certificate = Certificate.objects.get()
    assert certificate.learner == learner
    log_out(page)

    # The teacher-learner confirms the name and downloads the certificate.
    log_in(page, live_server, learner.username)
    page.get_by_role("link", name="Моє навчання").click()
    certificates = page.locator("#certificates")
    expect(certificates).to_contain_text("Як навчати громадянської участі")
    expect(certificates).to_contain_text(certificate.number)
    page.audit.check()
    certificates.get_by_role("link", name="Перевірити імʼя на сертифікаті").click()
    expect(page.get_by_label("Прізвище")).to_have_value("Коваленко")
    page.audit.check()
    # A digit is refused with the reason; nothing is fixed.
    page.get_by_label("По батькові (за наявності)").fill("Петрівна2")
    page.get_by_role("button", name="Переглянути сертифікат").click()
    expect(page.locator(".field__errors")).to_contain_text("Лише літери")
    page.audit.check()
    # The preview shows how the certificate reads; only then is the name fixed.
    page.get_by_label("По батькові (за наявності)").fill("Петрівна")
    page.get_by_role("button", name="Переглянути сертифікат").click()
    expect(page.locator("[data-preview-name]")).to_have_text("Коваленко Ганна Петрівна")
    page.audit.check()
    assert not Certificate.objects.get().has_name
    page.get_by_role("button", name="Так, надрукувати це імʼя").click()
    expect(page.get_by_role("status").or_(page.locator(".messages"))).to_contain_text(
        "Імʼя внесено до сертифіката"
    )
    page.audit.check()
    with page.expect_download() as download_info:
        page.get_by_role(
            "link", name="Завантажити сертифікат (PDF, українською)"
        ).click()
    with open(download_info.value.path(), "rb") as pdf:
        reader = PdfReader(io.BytesIO(pdf.read()))
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Коваленко Ганна Петрівна" in text
    assert len(reader.pages) == 1
    # The demo's neutral provider and hours (settings), no ECTS claim.
    assert "2 години" in text and "ЄКТС" not in text
    assert "Демонстраційний курс civiced" in text
    assert certificate.number in text
    url = zxingcpp.read_barcodes(reader.pages[0].images[0].image)[0].text
    assert url == f"{live_server.url}/certificates/verify/{certificate.number}/"

    # Anyone holding it opens the QR code's address without an account.
    visitor = browser.new_context(locale="uk-UA")
    try:
        anonymous = visitor.new_page()
        anonymous.audit = page.audit.__class__(anonymous, live_server.url)
        anonymous.goto(url)
        expect(anonymous.locator(".verdict")).to_contain_text("Дійсний.")
        main = anonymous.locator("main")
        expect(main).to_contain_text("Г. П. Коваленко")
        expect(main).to_contain_text("Як навчати громадянської участі")
        expect(main).not_to_contain_text("Ганна Петрівна")
        expect(main).not_to_contain_text(learner.username)
        anonymous.audit.check()
        assert anonymous.audit.foreign_requests == []
    finally:
        visitor.close()


def test_an_analyst_finds_and_revokes_a_certificate(page, live_server, make_course):
    from django.contrib.auth.models import Group as AuthGroup

    from accounts.roles import ANALYSTS_GROUP
    from learning.progress import record_reading

    course = make_course(
        title="Як навчати громадянської участі",
        audiences=("teacher_pd",),
        lessons=1,
        pd_hours=30,
        certificate_kind="pd",
        certificate_provider="Інститут післядипломної освіти",
        certificate_signatory_position="Директор",
    )
    holder = UserFactory(
        username="vchytel",
        last_name="Мельник",
        first_name="Олег",
        name_confirmed_at=timezone.now(),
    )
    record_reading(
        learner=holder,
        lesson=LessonPage.objects.child_of(course).get(),
        seconds=60,
        reached_end=True,
        position={},
    )
    certificate = Certificate.objects.get()
    analysts = AuthGroup.objects.get_or_create(name=ANALYSTS_GROUP)[0]
    analyst = UserFactory(username="analityk", groups=[analysts])

    log_in(page, live_server, analyst.username)
    page.get_by_role("navigation", name="Головне").get_by_role(
        "link", name="Сертифікати"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Реєстр сертифікатів")
    page.audit.check()
    page.get_by_label("Пошук", exact=True).fill("мельник")
    page.get_by_role("button", name="Показати").click()
    expect(page.locator(".result-count")).to_have_text("1 сертифікат")
    page.audit.check()
    page.get_by_role("link", name=certificate.number).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(certificate.number)
    page.audit.check()
    page.get_by_role("button", name="Анулювати сертифікат").click()
    expect(page.locator(".field__errors")).to_contain_text("Укажіть причину")
    page.get_by_label("Причина анулювання").fill("Видано помилково")
    page.get_by_role("button", name="Анулювати сертифікат").click()
    expect(page.locator("main")).to_contain_text("анульовано")
    expect(page.locator("main")).to_contain_text("Видано помилково")
    page.audit.check()
    # The name was wrong: the keeper reissues it with the corrected name, after a
    # preview; a name with a digit is refused first.
    reissue = page.locator(
        "section",
        has=page.get_by_role("heading", name="Перевидати з виправленим імʼям"),
    )
    reissue.get_by_label("Прізвище").fill("Мельник2")
    reissue.get_by_label("Причина перевидання").fill("Помилка в прізвищі")
    reissue.get_by_role("button", name="Переглянути новий сертифікат").click()
    expect(page.locator(".field__errors")).to_contain_text("Лише літери")
    page.audit.check()
    page.get_by_label("Прізвище").fill("Мельник-Бойко")
    page.get_by_role("button", name="Переглянути новий сертифікат").click()
    expect(page.locator("[data-preview-name]")).to_have_text("Мельник-Бойко Олег")
    page.audit.check()
    page.get_by_role("button", name="Перевидати з цим імʼям").click()
    new = Certificate.objects.get(replaces=certificate)
    expect(page.get_by_role("heading", level=1)).to_contain_text(new.number)
    expect(page.locator("main")).to_contain_text(certificate.number)
    page.audit.check()
    page.goto(f"{live_server.url}/certificates/registry/{certificate.number}/")
    page.get_by_role("link", name="Сторінка публічної перевірки").click()
    expect(page.locator(".verdict")).to_contain_text("Анульовано.")
    expect(page.locator(".verdict")).to_contain_text("Замість нього видано інший")
    expect(page.locator("main")).not_to_contain_text("Мельник")
    expect(page.locator("main")).not_to_contain_text(new.number)
    page.audit.check()
