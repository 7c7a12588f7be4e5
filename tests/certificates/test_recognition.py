"""Recognition of work done elsewhere: a teacher asks for a learner of their class,
a registry keeper approves (which issues the certificate) or refuses, each with a
reason; the registry lists and exports the requests."""

import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from openpyxl import load_workbook

from accounts.roles import TEACHERS_GROUP
from certificates.models import Certificate, CertificateEvent, RecognitionRequest
from classes.models import Class, Institution, Membership
from tests.certificates.conftest import complete
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

REASON = "Пройшла очний курс в Інституті у травні, відомість № 12."


@pytest.fixture
def cohort(pd_course, teacher_learner):
    teacher = UserFactory(
        username="trener",
        display_name="Тренер",
        groups=[Group.objects.get_or_create(name=TEACHERS_GROUP)[0]],
    )
    institute = Institution.objects.create(
        name="Інститут", kind="university", district="shevchenkivskyi"
    )
    klass = Class.objects.create(
        institution=institute, name="Група ПК-3", academic_year="2026/2027"
    )
    klass.teachers.add(teacher)
    Membership.objects.create(klass=klass, learner=teacher_learner)
    return klass, teacher


def new_url(klass, learner):
    return f"/certificates/recognition/new/?class={klass.pk}&learner={learner.pk}"


def ask(client, klass, learner, course, reason=REASON):
    return client.post(
        new_url(klass, learner),
        {"module": str(course.translation_key), "reason": reason},
    )


def decide(client, request, decision, reason):
    return client.post(
        f"/certificates/registry/recognition/{request.pk}/",
        {"decision": decision, "reason": reason},
    )


def test_the_learner_page_links_to_the_request_form(client, cohort, teacher_learner):
    klass, teacher = cohort
    client.force_login(teacher)
    page = client.get(f"/teach/{klass.pk}/learners/{teacher_learner.pk}/")
    html = BeautifulSoup(page.content, "html.parser")
    assert html.find("a", href=new_url(klass, teacher_learner))
    form = client.get(new_url(klass, teacher_learner)).content.decode()
    assert "Як навчати громадянської участі" in form
    assert teacher_learner.get_short_name() in form


def test_requested_approved_issued_and_verifiable(
    client, cohort, pd_course, teacher_learner, analyst
):
    klass, teacher = cohort
    client.force_login(teacher)
    response = ask(client, klass, teacher_learner, pd_course)
    assert response.status_code == 302
    request = RecognitionRequest.objects.get()
    assert (request.status, request.requested_by, request.klass) == (
        RecognitionRequest.PENDING,
        teacher,
        klass,
    )
    assert not Certificate.objects.exists()

    client.force_login(analyst)
    listing = client.get("/certificates/registry/recognition/", {"status": "pending"})
    assert REASON in listing.content.decode()
    response = decide(client, request, "approve", "Відомість перевірено.")
    assert response.status_code == 302

    request.refresh_from_db()
    certificate = Certificate.objects.get()
    assert request.status == RecognitionRequest.APPROVED
    assert (request.decided_by, request.decision_reason) == (
        analyst,
        "Відомість перевірено.",
    )
    assert request.certificate == certificate
    assert certificate.learner == teacher_learner
    assert certificate.evidence == Certificate.RECOGNITION
    assert certificate.holder_name == "Коваленко Ганна Петрівна"
    event = certificate.events.get()
    assert (event.action, event.actor) == (CertificateEvent.ISSUED, analyst)

    detail = client.get(f"/certificates/registry/{certificate.number}/")
    assert "Визнання роботи, виконаної поза платформою" in detail.content.decode()
    client.logout()
    page = client.get(f"/certificates/verify/{certificate.number}/").content.decode()
    assert "Дійсний." in page
    assert "Г. П. Коваленко" in page


def test_a_recognised_certificate_can_still_be_revoked(
    client, cohort, pd_course, teacher_learner, analyst
):
    klass, teacher = cohort
    client.force_login(teacher)
    ask(client, klass, teacher_learner, pd_course)
    client.force_login(analyst)
    decide(client, RecognitionRequest.objects.get(), "approve", "Перевірено.")
    certificate = Certificate.objects.get()
    client.post(
        f"/certificates/registry/{certificate.number}/",
        {"reason": "Відомість виявилася підробленою."},
    )
    client.logout()
    page = client.get(f"/certificates/verify/{certificate.number}/").content.decode()
    assert "Анульовано." in page
    assert "Дійсний." not in page


def test_refusal_issues_nothing(client, cohort, pd_course, teacher_learner, analyst):
    klass, teacher = cohort
    client.force_login(teacher)
    ask(client, klass, teacher_learner, pd_course)
    client.force_login(analyst)
    request = RecognitionRequest.objects.get()
    # A decision needs its reason.
    response = decide(client, request, "refuse", "  ")
    assert "Поясніть рішення." in response.content.decode()
    request.refresh_from_db()
    assert request.status == RecognitionRequest.PENDING

    decide(client, request, "refuse", "Немає відомості про очний курс.")
    request.refresh_from_db()
    assert request.status == RecognitionRequest.REFUSED
    assert request.decision_reason == "Немає відомості про очний курс."
    assert not Certificate.objects.exists()
    # A decided request is not decided again.
    decide(client, request, "approve", "Передумали.")
    request.refresh_from_db()
    assert request.status == RecognitionRequest.REFUSED
    assert not Certificate.objects.exists()


def test_a_teacher_cannot_ask_for_themselves_or_a_non_member(client, cohort, pd_course):
    klass, teacher = cohort
    Membership.objects.create(klass=klass, learner=teacher)
    stranger = UserFactory(username="stranger")
    left = UserFactory(username="left")
    Membership.objects.create(klass=klass, learner=left, left_at="2026-01-01T00:00Z")
    client.force_login(teacher)
    for learner in (teacher, stranger, left):
        assert client.get(new_url(klass, learner)).status_code == 404
        assert ask(client, klass, learner, pd_course).status_code == 404
    assert not RecognitionRequest.objects.exists()


def test_only_the_class_teachers_can_ask(client, cohort, pd_course, teacher_learner):
    klass, _teacher = cohort
    other = UserFactory(
        username="inshyi", groups=[Group.objects.get(name=TEACHERS_GROUP)]
    )
    Class.objects.create(
        institution=klass.institution, name="Інша", academic_year="2026/2027"
    ).teachers.add(other)
    client.force_login(other)
    assert ask(client, klass, teacher_learner, pd_course).status_code == 404
    assert not RecognitionRequest.objects.exists()


@pytest.mark.parametrize("bad", ["", "not-a-number", "99999", "1.5", "x" * 300])
def test_bad_ids_are_not_found(client, cohort, teacher_learner, bad):
    _klass, teacher = cohort
    client.force_login(teacher)
    response = client.get(
        f"/certificates/recognition/new/?class={bad}&learner={teacher_learner.pk}"
    )
    assert response.status_code == 404


def test_a_second_pending_request_is_refused_with_a_reason(
    client, cohort, pd_course, teacher_learner
):
    klass, teacher = cohort
    client.force_login(teacher)
    ask(client, klass, teacher_learner, pd_course)
    response = ask(client, klass, teacher_learner, pd_course, reason="Ще раз.")
    assert response.status_code == 200
    assert "вже чекає на рішення" in response.content.decode()
    assert RecognitionRequest.objects.count() == 1


def test_no_request_for_a_module_the_learner_already_holds(
    client, cohort, pd_course, teacher_learner
):
    complete(teacher_learner, pd_course)
    klass, teacher = cohort
    client.force_login(teacher)
    response = ask(client, klass, teacher_learner, pd_course)
    assert "вже має сертифікат" in response.content.decode()
    assert not RecognitionRequest.objects.exists()


def test_the_form_explains_missing_fields(client, cohort, teacher_learner):
    klass, teacher = cohort
    client.force_login(teacher)
    response = client.post(
        new_url(klass, teacher_learner), {"module": "", "reason": ""}
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Оберіть модуль." in page
    assert "Поясніть, чому роботу слід визнати." in page
    assert not RecognitionRequest.objects.exists()


def test_a_non_keeper_cannot_approve(client, cohort, pd_course, teacher_learner):
    klass, teacher = cohort
    client.force_login(teacher)
    ask(client, klass, teacher_learner, pd_course)
    request = RecognitionRequest.objects.get()
    for user in (teacher, teacher_learner):
        client.force_login(user)
        assert decide(client, request, "approve", "Схвалюю.").status_code == 403
        assert client.get("/certificates/registry/recognition/").status_code == 403
    request.refresh_from_db()
    assert request.status == RecognitionRequest.PENDING
    assert not Certificate.objects.exists()


def test_the_registry_lists_and_exports_requests_by_status(
    client, cohort, pd_course, make_course, teacher_learner, analyst
):
    klass, teacher = cohort
    pupils_module = make_course(
        title="Петиції для учнів", lessons=1, certificate_kind="completion"
    )
    client.force_login(teacher)
    ask(client, klass, teacher_learner, pd_course)
    ask(client, klass, teacher_learner, pupils_module, reason="Інша причина.")
    client.force_login(analyst)
    first = RecognitionRequest.objects.order_by("pk").first()
    decide(client, first, "refuse", "Бракує підтвердження.")

    def listed(status):
        page = client.get("/certificates/registry/recognition/", {"status": status})
        return page.content.decode()

    assert "Інша причина." in listed("pending")
    assert REASON not in listed("pending")
    assert REASON in listed("refused")
    assert "Бракує підтвердження." in listed("refused")
    assert "Інша причина." not in listed("approved")
    assert "Інша причина." in listed("") and REASON in listed("")
    bad = client.get("/certificates/registry/recognition/", {"status": "nonsense"})
    assert bad.status_code == 200 and REASON not in bad.content.decode()

    csv = client.get("/certificates/registry/recognition/export.csv")
    text = csv.content.decode("utf-8")
    assert REASON in text and "Бракує підтвердження." in text
    assert "Коваленко Ганна Петрівна" in text
    xlsx = client.get(
        "/certificates/registry/recognition/export.xlsx", {"status": "refused"}
    )
    rows = list(load_workbook(io.BytesIO(xlsx.content)).active.values)
    assert len(rows) == 2
    assert REASON in rows[1]


def test_the_registry_shows_which_evidence_issued_a_certificate(
    client, pd_course, teacher_learner, analyst
):
    complete(teacher_learner, pd_course)
    client.force_login(analyst)
    page = client.get("/certificates/registry/").content.decode()
    assert "Уроки пройдено на платформі" in page
    text = client.get("/certificates/registry/export.csv").content.decode("utf-8")
    assert "Уроки пройдено на платформі" in text


def test_administrators_see_the_evidence_in_the_admin_read_only(
    client, pd_course, teacher_learner
):
    complete(teacher_learner, pd_course)
    certificate = Certificate.objects.get()
    client.force_login(UserFactory(username="root", is_superuser=True, is_staff=True))
    listing = client.get("/django-admin/certificates/certificate/").content.decode()
    assert certificate.number in listing
    assert "Уроки пройдено на платформі" in listing
    page = client.get(
        f"/django-admin/certificates/certificate/{certificate.pk}/change/"
    )
    assert page.status_code == 200
    assert 'name="_save"' not in page.content.decode()
