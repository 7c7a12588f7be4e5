"""Importing a class list: preview with row errors, then all or nothing."""

import re

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile

from classes.models import Class, Institution, Membership
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
User = get_user_model()

GOOD = "Прізвище;Ім'я\nКоваленко;Олена\nЩербак;Юрій\n"


@pytest.fixture
def klass(client):
    teacher = UserFactory(
        username="vchytelka", groups=[Group.objects.get_or_create(name="Teachers")[0]]
    )
    school = Institution.objects.create(
        name="Ліцей", kind="school", district="pecherskyi"
    )
    created = Class.objects.create(
        institution=school, name="6-А", academic_year="2026/2027"
    )
    created.teachers.add(teacher)
    client.force_login(teacher)
    return created


def upload(client, klass, content: bytes, name="klas.csv"):
    return client.post(
        f"/teach/{klass.pk}/roster/",
        {"file": SimpleUploadedFile(name, content, content_type="text/csv")},
    )


def token_of(response) -> str:
    return BeautifulSoup(response.content, "html.parser").find(
        "input", {"name": "token"}
    )["value"]


def test_a_good_file_is_previewed_then_imported_with_login_cards(client, klass):
    before = User.objects.count()
    preview = upload(client, klass, ("\ufeff" + GOOD).encode("utf-8"))
    html = BeautifulSoup(preview.content, "html.parser")
    assert [td.get_text() for td in html.select("tbody tr td:nth-of-type(3)")] == [
        "Олена",
        "Юрій",
    ]
    assert User.objects.count() == before  # nothing written by the preview
    response = client.post(
        f"/teach/{klass.pk}/roster/", {"confirm": "1", "token": token_of(preview)}
    )
    assert response["Location"] == f"/teach/{klass.pk}/roster/cards/"
    olena = User.objects.get(username="olena.kovalenko")
    assert olena.email == "" and olena.must_change_password
    assert Membership.objects.current().filter(klass=klass).count() == 2
    cards = BeautifulSoup(client.get(response["Location"]).content, "html.parser")
    text = cards.select_one(".login-cards").get_text(" ", strip=True)
    assert "olena.kovalenko" in text and "yurii.shcherbak" in text
    password = cards.select(".login-card .mono")[1].get_text()
    assert olena.check_password(password)
    # Shown once.
    assert client.get(response["Location"]).status_code == 302


def test_windows_1251_files_from_excel_work(client, klass):
    preview = upload(
        client, klass, "Коваленко,Олена\nГнатюк,Ярослава\n".encode("cp1251")
    )
    assert "Ярослава" in preview.content.decode()
    client.post(
        f"/teach/{klass.pk}/roster/", {"confirm": "1", "token": token_of(preview)}
    )
    assert User.objects.filter(username="yaroslava.hnatiuk").exists()


def test_existing_accounts_are_invited_not_added(client, klass):
    # One of the teacher's pupils, from another class of theirs.
    existing = UserFactory(username="maksym", email="maksym@example.org")
    other = Class.objects.create(
        institution=klass.institution, name="6-Б", academic_year="2026/2027"
    )
    other.teachers.add(*klass.teachers.all())
    Membership.objects.create(klass=other, learner=existing)
    preview = upload(
        client, klass, "Прізвище;Ім'я;Логін\n;;maksym@example.org\n".encode()
    )
    client.post(
        f"/teach/{klass.pk}/roster/", {"confirm": "1", "token": token_of(preview)}
    )
    # Joining is the learner's own act: they are invited, and not in the class yet.
    assert not Membership.objects.filter(klass=klass).exists()
    assert klass.invitations.get().invitee == existing


def test_a_file_with_broken_rows_cannot_be_confirmed(client, klass):
    before = User.objects.count()
    preview = upload(
        client, klass, "Коваленко;Олена\nКоваленко;Олена\n;Петро\n".encode()
    )
    html = BeautifulSoup(preview.content, "html.parser")
    assert html.find("button", {"name": "confirm"}) is None
    assert len(html.select("tr.row--error")) == 3
    client.post(f"/teach/{klass.pk}/roster/", {"confirm": "1", "token": "forged"})
    assert User.objects.count() == before
    assert not Membership.objects.exists()


def test_cancelling_writes_nothing(client, klass):
    preview = upload(client, klass, GOOD.encode())
    token = token_of(preview)
    client.post(f"/teach/{klass.pk}/roster/", {"cancel": "1", "token": token})
    client.post(f"/teach/{klass.pk}/roster/", {"confirm": "1", "token": token})
    assert not Membership.objects.exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "Переданий файл порожній"),
        (b"\n ;\n", "немає жодного учня"),
        (b"PK\x03\x04binary", "збережіть файл як CSV"),
        (("Коваленко;Олена\n" * 40000).encode(), "завеликий"),
    ],
)
def test_bad_files_get_a_clear_message(client, klass, content, message):
    response = upload(client, klass, content)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Membership.objects.exists()


def test_a_card_password_works_once_then_the_pupil_chooses_their_own(client, klass):
    preview = upload(client, klass, "Зозуля;Євген\n".encode())
    client.post(
        f"/teach/{klass.pk}/roster/", {"confirm": "1", "token": token_of(preview)}
    )
    cards = BeautifulSoup(
        client.get(f"/teach/{klass.pk}/roster/cards/").content, "html.parser"
    )
    password = cards.select(".login-card .mono")[1].get_text()
    client.logout()
    client.post("/accounts/login/", {"login": "yevhen.zozulia", "password": password})
    response = client.get("/learning/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/password/change/"
    client.post(
        "/accounts/password/change/",
        {
            "oldpassword": password,
            "password1": "mii-vlasnyi-parol-7",
            "password2": "mii-vlasnyi-parol-7",
        },
    )
    pupil = User.objects.get(username="yevhen.zozulia")
    assert not pupil.must_change_password
    assert client.get("/learning/").status_code == 200
    assert re.search(r"zozulia", pupil.username)
