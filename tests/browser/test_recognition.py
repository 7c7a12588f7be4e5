"""Recognition in the browser: a course leader asks for recognition of a teacher's
work done in a face-to-face course, an analyst approves it in the registry, and
the public check shows the certificate as valid."""

from django.contrib.auth.models import Group
from django.utils import timezone
from playwright.sync_api import expect

from accounts.roles import ANALYSTS_GROUP, TEACHERS_GROUP
from certificates.models import Certificate, RecognitionRequest
from classes.models import Class, Institution, Membership
from tests.browser.test_quizzes import log_in, log_out
from tests.factories import UserFactory

MODULE = "Як навчати громадянської участі"
REASON = "Пройшла очний курс в Інституті у травні, відомість № 12."


def test_a_request_approved_in_the_registry_issues_a_valid_certificate(
    page, live_server, make_course
):
    make_course(
        title=MODULE,
        audiences=("teacher_pd",),
        lessons=2,
        pd_hours=30,
        certificate_kind="pd",
        certificate_provider="Інститут післядипломної освіти",
        certificate_signatory_position="Директор",
    )
    teachers = Group.objects.get_or_create(name=TEACHERS_GROUP)[0]
    leader = UserFactory(username="kerivnyk-kursu", groups=[teachers])
    learner = UserFactory(
        username="vchytelka",
        display_name="Ганна",
        last_name="Коваленко",
        first_name="Ганна",
        patronymic="Петрівна",
        name_confirmed_at=timezone.now(),
    )
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
    analyst = UserFactory(
        username="analityk",
        groups=[Group.objects.get_or_create(name=ANALYSTS_GROUP)[0]],
    )

    # The course leader asks from the learner's page.
    log_in(page, live_server, leader.username)
    page.goto(f"{live_server.url}/teach/{klass.pk}/learners/{learner.pk}/")
    page.audit.check()
    page.get_by_role(
        "link", name="Подати запит на визнання роботи, виконаної поза платформою"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Ганна")
    page.audit.check()
    page.get_by_role("button", name="Надіслати запит").click()
    expect(page.locator(".field__errors").first).to_contain_text("Оберіть модуль.")
    page.audit.check()
    page.get_by_label("Модуль").select_option(label=MODULE)
    page.get_by_label("Чому цю роботу слід визнати?").fill(REASON)
    page.get_by_role("button", name="Надіслати запит").click()
    expect(page.locator("main")).to_contain_text("Запит надіслано.")
    page.audit.check()
    assert RecognitionRequest.objects.get().status == RecognitionRequest.PENDING
    assert not Certificate.objects.exists()
    log_out(page)

    # The analyst approves it in the registry.
    log_in(page, live_server, analyst.username)
    page.goto(f"{live_server.url}/certificates/registry/")
    expect(page.locator("tbody")).to_contain_text("Немає сертифікатів")
    page.audit.check()
    page.get_by_role("link", name="Запити на визнання, що чекають на рішення").click()
    row = page.locator("tbody tr", has_text="Коваленко Ганна Петрівна")
    expect(row).to_contain_text(REASON)
    page.audit.check()
    row.get_by_role("link").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Запит на визнання")
    page.audit.check()
    page.get_by_label("Причина рішення").fill("Відомість перевірено.")
    page.get_by_role("button", name="Схвалити й видати сертифікат").click()
    certificate = Certificate.objects.get()
    expect(page.locator("main")).to_contain_text(
        f"Схвалено: видано сертифікат {certificate.number}."
    )
    page.audit.check()
    page.get_by_role("link", name=certificate.number).click()
    expect(page.locator("main")).to_contain_text(
        "Визнання роботи, виконаної поза платформою"
    )
    page.audit.check()

    # Anyone checks it.
    page.get_by_role("link", name="Сторінка публічної перевірки").click()
    expect(page.locator(".verdict")).to_contain_text("Дійсний.")
    expect(page.locator("main")).to_contain_text("Г. П. Коваленко")
    page.audit.check()
