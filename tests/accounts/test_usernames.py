"""Usernames may be Ukrainian; a name with spaces gets a friendly suggestion, not
the validator's list of signs."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model

from accounts.forms import username_suggestion

User = get_user_model()
pytestmark = pytest.mark.django_db


def signup(client, username):
    return client.post(
        "/accounts/signup/",
        {
            "username": username,
            "password1": "a-long-pass-phrase-42",
            "password2": "a-long-pass-phrase-42",
        },
    )


def errors(response) -> str:
    html = BeautifulSoup(response.content, "html.parser")
    return " ".join(html.select_one("main").get_text(" ").split())


def test_a_ukrainian_username_is_accepted_and_logs_in(client, site_pages):
    response = signup(client, "олена_петренко")
    assert response.status_code == 302
    user = User.objects.get(username="олена_петренко")
    client.logout()
    login = client.post(
        "/accounts/login/",
        {"login": "Олена_Петренко", "password": "a-long-pass-phrase-42"},
    )
    assert login.status_code == 302
    assert client.get("/").context["user"] == user


def test_a_full_name_as_username_gets_a_suggestion_and_creates_nothing(
    client, site_pages
):
    response = signup(client, "Олена Петренко")
    assert response.status_code == 200
    text = errors(response)
    assert "Імʼя користувача не може містити пробілів" in text
    assert "«олена.петренко»" in text
    assert "@/./+/-/_" not in text
    assert not User.objects.exists()


@pytest.mark.parametrize(
    ("typed", "suggested"),
    [
        ("Олена Петренко", "олена.петренко"),
        ("  Ґанна   Їжак ", "ґанна.їжак"),
        ("Olena Petrenko!", "olena.petrenko"),
        ("олена_петренко", None),
        ("!!", None),
    ],
)
def test_suggestions(typed, suggested):
    assert username_suggestion(typed) == suggested
