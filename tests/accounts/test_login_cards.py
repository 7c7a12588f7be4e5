"""Passwords printed on login cards: they expire, they work until the pupil chooses
their own and never after, and until then the API refuses the account too."""

import datetime
import json
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from classes.models import Class, Institution
from h5p.models import Statement
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
User = get_user_model()
NEW_PASSWORD = "mii-vlasnyi-parol-7"


@pytest.fixture
def card(client, site_pages):
    """A pupil made from a roster: (username, the password printed on the card)."""
    teacher = UserFactory(
        username="vchytelka", groups=[Group.objects.get_or_create(name="Teachers")[0]]
    )
    school = Institution.objects.create(
        name="Ліцей", kind="school", district="pecherskyi"
    )
    klass = Class.objects.create(
        institution=school, name="6-А", academic_year="2026/2027"
    )
    klass.teachers.add(teacher)
    client.force_login(teacher)
    preview = client.post(
        f"/teach/{klass.pk}/roster/",
        {
            "file": SimpleUploadedFile(
                "klas.csv", "Зозуля;Євген\n".encode(), content_type="text/csv"
            )
        },
    )
    token = BeautifulSoup(preview.content, "html.parser").find(
        "input", {"name": "token"}
    )["value"]
    client.post(f"/teach/{klass.pk}/roster/", {"confirm": "1", "token": token})
    cards = BeautifulSoup(
        client.get(f"/teach/{klass.pk}/roster/cards/").content, "html.parser"
    )
    client.logout()
    client.cards_text = cards.get_text(" ", strip=True)
    return "yevhen.zozulia", cards.select(".login-card .mono")[1].get_text()


def log_in(client, username, password):
    return client.post("/accounts/login/", {"login": username, "password": password})


def expire(username):
    User.objects.filter(username=username).update(
        card_password_expires_at=timezone.now() - datetime.timedelta(minutes=1)
    )


def test_a_card_password_expires_after_the_days_set(client, card, settings):
    username, _password = card
    pupil = User.objects.get(username=username)
    expected = timezone.now() + datetime.timedelta(
        days=settings.LOGIN_CARD_PASSWORD_DAYS
    )
    assert pupil.must_change_password
    assert abs(pupil.card_password_expires_at - expected) < datetime.timedelta(
        minutes=1
    )


def test_the_cards_say_until_when_the_password_works(client, card):
    pupil = User.objects.get(username=card[0])
    until = timezone.localtime(pupil.card_password_expires_at).strftime("%d.%m.%Y")
    assert f"Пароль діє до {until}" in client.cards_text


def test_an_expired_card_password_no_longer_logs_in(client, card):
    username, password = card
    expire(username)
    response = log_in(client, username, password)
    assert response.status_code == 200
    text = BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)
    assert "Попросіть учителя нову картку" in text
    assert "_auth_user_id" not in client.session
    assert client.get("/learning/")["Location"].startswith("/accounts/login/")


def test_a_wrong_password_still_gets_the_usual_message(client, card):
    username, _password = card
    expire(username)
    response = log_in(client, username, "not-the-card-password")
    text = BeautifulSoup(response.content, "html.parser").get_text(" ", strip=True)
    assert "нову картку" not in text
    assert "_auth_user_id" not in client.session


def test_a_session_ends_when_the_card_password_expires(client, card):
    username, password = card
    log_in(client, username, password)
    assert client.get("/learning/")["Location"] == "/accounts/password/change/"
    expire(username)
    response = client.get("/learning/", follow=True)
    assert response.redirect_chain[0][0].startswith("/accounts/login/")
    assert "Попросіть учителя нову картку" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_after_the_change_the_card_password_is_gone(client, card):
    username, password = card
    log_in(client, username, password)
    client.post(
        "/accounts/password/change/",
        {"oldpassword": password, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    pupil = User.objects.get(username=username)
    assert not pupil.must_change_password
    assert pupil.card_password_expires_at is None
    client.post("/accounts/logout/")
    refused = log_in(client, username, password)
    assert refused.status_code == 200
    assert "_auth_user_id" not in client.session
    log_in(client, username, NEW_PASSWORD)
    assert client.get("/learning/").status_code == 200


def test_the_api_refuses_until_the_password_is_changed(client, card, h5p_lesson):
    username, password = card
    lesson, activity_id = h5p_lesson()
    log_in(client, username, password)
    statement = {
        "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
        "object": {"id": "http://example.org/activity"},
        "result": {"completion": True, "score": {"raw": 1, "max": 1}},
    }
    response = client.post(
        f"/api/h5p/{lesson.pk}/{activity_id}/xapi/",
        json.dumps(
            {"key": "0b9c5a58-3f3d-4d43-9c89-6f55a1a0a001", "statement": statement}
        ),
        content_type="application/json",
    )
    assert response.status_code == 403
    assert response["Content-Type"] == "application/json"
    assert "змініть пароль" in response.json()["error"]
    assert not Statement.objects.exists()


def test_the_api_answers_json_when_the_card_password_expired(client, card):
    username, password = card
    log_in(client, username, password)
    expire(username)
    response = client.post("/api/h5p/1/x/xapi/", "{}", content_type="application/json")
    assert response.status_code == 403
    assert "нову картку" in response.json()["error"]


def test_the_deadline_holds_for_a_user_row_kept_in_the_cache(
    client, card, settings, monkeypatch
):
    """The logged-in user's row comes from the cache (accounts.backends): the card's
    date is in it, so the session still ends once the date has passed."""
    settings.USER_CACHE_SECONDS = 300
    username, password = card
    log_in(client, username, password)
    assert client.get("/learning/")["Location"] == "/accounts/password/change/"
    later = timezone.now() + datetime.timedelta(
        days=settings.LOGIN_CARD_PASSWORD_DAYS, minutes=1
    )
    # Only the card's clock moves on (sessions keep theirs).
    monkeypatch.setattr("accounts.models.timezone", SimpleNamespace(now=lambda: later))
    response = client.get("/learning/")
    assert response["Location"] == "/accounts/login/"
    assert "_auth_user_id" not in client.session
    assert log_in(client, username, password).status_code == 200
    assert "_auth_user_id" not in client.session
