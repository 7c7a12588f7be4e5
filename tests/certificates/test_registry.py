"""The institute's registry: who may use it, search and filters, revocation, exports."""

import datetime
import io

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from openpyxl import load_workbook

from accounts.roles import TEACHERS_GROUP
from certificates.models import Certificate, CertificateEvent
from tests.certificates.conftest import complete
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


# Names are letters only (certificates.names): the n-th learner's surname ends in
# the n-th letter.
LETTERS = "АБВГҐДЕЄЖЗИІЇЙКЛМНОП"


def issue_to(course, count, prefix="teacher", surname="Прізвище"):
    for index in range(count):
        learner = UserFactory(
            username=f"{prefix}-{index}",
            last_name=f"{surname}{LETTERS[index]}",
            first_name="Олена",
            name_confirmed_at=timezone.now(),
        )
        complete(learner, course)


def test_only_analysts_and_administrators_open_the_registry(client, pd_course):
    assert client.get("/certificates/registry/").status_code == 302
    teachers = Group.objects.get_or_create(name=TEACHERS_GROUP)[0]
    client.force_login(UserFactory(username="teacher", groups=[teachers]))
    assert client.get("/certificates/registry/").status_code == 403
    assert client.get("/certificates/registry/export.csv").status_code == 403
    client.force_login(UserFactory(username="root", is_superuser=True))
    assert client.get("/certificates/registry/").status_code == 200


def test_search_and_filters(client, analyst, pd_course, make_course):
    issue_to(pd_course, 3)
    other = make_course(
        title="Петиції для учнів", lessons=1, certificate_kind="completion"
    )
    issue_to(other, 2, prefix="pupil", surname="Учень")
    Certificate.objects.filter(learner__username="teacher-0").update(
        issued_at=timezone.now() - datetime.timedelta(days=40)
    )
    client.force_login(analyst)

    def listed(**query):
        response = client.get("/certificates/registry/", query)
        return {
            c.number
            for c in Certificate.objects.all()
            if c.number in response.content.decode()
        }

    everything = set(Certificate.objects.values_list("number", flat=True))
    assert listed() == everything
    pd = set(Certificate.objects.filter(kind="pd").values_list("number", flat=True))
    assert listed(module=str(pd_course.translation_key)) == pd
    recent = set(
        Certificate.objects.exclude(learner__username="teacher-0").values_list(
            "number", flat=True
        )
    )
    today = timezone.localdate()
    assert (
        listed(issued_from=(today - datetime.timedelta(days=7)).isoformat()) == recent
    )
    one = Certificate.objects.get(learner__username="teacher-1")
    assert listed(q="ПрізвищеБ") == {one.number}
    assert listed(q="прізвищеб") == {one.number}  # Cyrillic, any case
    assert listed(q=one.number.lower()) == {one.number}


def test_pupils_names_show_as_initials_only(client, analyst, make_course):
    course = make_course(title="Петиції", lessons=1, certificate_kind="completion")
    issue_to(course, 1, prefix="pupil")
    client.force_login(analyst)
    page = client.get("/certificates/registry/").content.decode()
    assert "О. ПрізвищеА" in page
    assert "Олена" not in page


def test_bad_filters_are_explained_and_show_nothing(client, analyst, pd_course):
    issue_to(pd_course, 1)
    client.force_login(analyst)
    response = client.get(
        "/certificates/registry/",
        {"issued_from": "2026-13-45", "module": "not-a-module"},
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Деякі фільтри неправильні" in page
    assert "0 сертифікатів" in page


def test_revoking_needs_a_reason_and_is_logged(client, analyst, pd_course):
    issue_to(pd_course, 1)
    certificate = Certificate.objects.get()
    client.force_login(analyst)
    url = f"/certificates/registry/{certificate.number}/"
    response = client.post(url, {"reason": "   "})
    assert "Укажіть причину анулювання." in response.content.decode()
    certificate.refresh_from_db()
    assert not certificate.is_revoked

    client.post(url, {"reason": "Підроблені результати"})
    client.post(url, {"reason": "Вдруге"})
    certificate.refresh_from_db()
    assert certificate.is_revoked
    assert certificate.revoked_by == analyst
    event = CertificateEvent.objects.get(action=CertificateEvent.REVOKED)
    assert (event.actor, event.reason) == (analyst, "Підроблені результати")
    page = client.get(url).content.decode()
    assert "Підроблені результати" in page
    assert "Анулювати сертифікат" not in page


def test_exports_list_the_filtered_certificates(client, analyst, pd_course):
    issue_to(pd_course, 2)
    client.force_login(analyst)
    csv = client.get("/certificates/registry/export.csv")
    assert csv["Content-Disposition"] == 'attachment; filename="certificates.csv"'
    text = csv.content.decode("utf-8")
    assert text.startswith('\ufeff"Номер запису";')
    assert text.count("Прізвище") == 2
    assert "ПрізвищеА Олена" in text and ';"1,5";"1,0";' in text

    xlsx = client.get("/certificates/registry/export.xlsx", {"q": "ПрізвищеБ"})
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    rows = list(sheet.values)
    assert len(rows) == 2
    assert rows[1][2] == "ПрізвищеБ Олена"
    assert rows[1][4] == 1.5  # the hours the module page states


@pytest.mark.parametrize("count", [2, 12])
def test_the_registry_page_runs_a_fixed_number_of_queries(
    caches_off, client, analyst, pd_course, count, django_assert_num_queries
):
    issue_to(pd_course, count)
    client.force_login(analyst)
    client.get("/certificates/registry/")  # warm caches (site, locales)
    with django_assert_num_queries(8):
        response = client.get("/certificates/registry/", {"q": "Прізвище"})
    assert response.status_code == 200
