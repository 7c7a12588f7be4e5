"""A teacher gives a pupil a new login card: only for an account their own class
list made, audited, and the pupil logs in with it once, then chooses their own."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from classes.models import AuditEntry, Membership, RosterAccount
from tests.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db
User = get_user_model()


def roster_pupil(klass, teacher, username="yevhen.zozulia"):
    pupil = UserFactory(username=username, display_name="Євген Зозуля")
    RosterAccount.objects.create(user=pupil, created_by=teacher, klass=klass)
    Membership.objects.create(klass=klass, learner=pupil)
    return pupil


def text_of(response) -> str:
    return BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)


def reset(client, klass, pupil):
    return client.post(
        f"/teach/{klass.pk}/learners/{pupil.pk}/", {"action": "reset_password"}
    )


def log_in(client, username, password):
    return client.post("/accounts/login/", {"login": username, "password": password})


def test_the_teacher_prints_a_new_card_and_the_pupil_logs_in_with_it(
    client, klass, teacher, site_pages
):
    pupil = roster_pupil(klass, teacher)
    client.force_login(teacher)
    page = client.get(f"/teach/{klass.pk}/learners/{pupil.pk}/")
    assert "Видати новий пароль і надрукувати картку" in text_of(page)

    response = reset(client, klass, pupil)
    assert response["Location"] == f"/teach/{klass.pk}/roster/cards/"
    cards = BeautifulSoup(client.get(response["Location"]).content, "html.parser")
    card = cards.select_one(".login-card")
    assert "Євген Зозуля" in card.get_text()
    username, password = (dd.get_text() for dd in card.select(".mono"))
    assert username == "yevhen.zozulia"
    entry = AuditEntry.objects.get(action=AuditEntry.RESET_PASSWORD)
    assert (entry.actor, entry.learner, entry.klass) == (teacher, pupil, klass)

    client.logout()
    assert log_in(client, username, DEFAULT_PASSWORD).status_code == 200
    assert "_auth_user_id" not in client.session  # the old password is gone
    log_in(client, username, password)
    assert client.session["_auth_user_id"] == str(pupil.pk)
    # As with the first card: the pupil chooses their own password first.
    assert client.get("/learning/")["Location"] == "/accounts/password/change/"


def test_the_card_is_shown_once(client, klass, teacher, site_pages):
    pupil = roster_pupil(klass, teacher)
    client.force_login(teacher)
    reset(client, klass, pupil)
    client.get(f"/teach/{klass.pk}/roster/cards/")
    again = client.get(f"/teach/{klass.pk}/roster/cards/")
    assert again["Location"] == f"/teach/{klass.pk}/"


def assert_refused(client, klass, pupil, teacher):
    before = User.objects.get(pk=pupil.pk).password
    client.force_login(teacher)
    page = client.get(f"/teach/{klass.pk}/learners/{pupil.pk}/")
    assert "Видати новий пароль" not in text_of(page)
    response = reset(client, klass, pupil)
    assert response["Location"] == f"/teach/{klass.pk}/learners/{pupil.pk}/"
    followed = client.get(response["Location"])
    assert "лише для облікового запису, який створив ваш список класу" in text_of(
        followed
    )
    assert User.objects.get(pk=pupil.pk).password == before
    assert not User.objects.get(pk=pupil.pk).must_change_password
    assert not AuditEntry.objects.filter(action=AuditEntry.RESET_PASSWORD).exists()
    assert "roster-cards" not in client.session


def test_a_self_registered_pupil_is_refused(client, klass, teacher, site_pages):
    pupil = UserFactory(username="sama.zareiestruvalasia")
    Membership.objects.create(klass=klass, learner=pupil)
    assert_refused(client, klass, pupil, teacher)


def test_another_teachers_roster_account_is_refused(
    client, klass, teacher, school, site_pages
):
    colleague = UserFactory(
        username="kolega", groups=[Group.objects.get_or_create(name="Teachers")[0]]
    )
    klass.teachers.add(colleague)
    pupil = roster_pupil(klass, colleague)
    assert_refused(client, klass, pupil, teacher)


def test_an_account_with_its_own_email_is_refused(client, klass, teacher, site_pages):
    pupil = roster_pupil(klass, teacher)
    pupil.email = "yevhen@example.org"
    pupil.save()
    assert_refused(client, klass, pupil, teacher)


def test_an_account_that_became_a_teacher_is_refused(
    client, klass, teacher, site_pages
):
    pupil = roster_pupil(klass, teacher)
    pupil.groups.add(Group.objects.get_or_create(name="Editors")[0])
    assert_refused(client, klass, pupil, teacher)


def test_the_password_reset_page_says_whom_to_ask(client, site_pages):
    text = text_of(client.get("/accounts/password/reset/"))
    assert "попросіть учителя нову картку" in text


def test_a_session_open_with_the_old_password_ends(client, klass, teacher, site_pages):
    from django.test import Client

    pupil = roster_pupil(klass, teacher)
    pupils_phone = Client()
    log_in(pupils_phone, pupil.username, DEFAULT_PASSWORD)
    assert pupils_phone.get("/learning/").status_code == 200
    client.force_login(teacher)
    reset(client, klass, pupil)
    assert pupils_phone.get("/learning/")["Location"].startswith("/accounts/login/")
