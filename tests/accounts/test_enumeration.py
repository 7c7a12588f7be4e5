"""Sign-up and password reset answer the same whether an account exists.

An email address is someone's, often a pupil's: no page may say it has an account.
A username cannot be both unique and secret; that one answer is rate limited
(README, "Accounts").
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

from tests.factories import UserFactory

User = get_user_model()
pytestmark = pytest.mark.django_db

PASSWORD = "a-long-pass-phrase-42"


def signup(client, username, email=""):
    return client.post(
        "/accounts/signup/",
        {
            "username": username,
            "email": email,
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
        follow=True,
    )


def shown(response, typed: str = "") -> str:
    """The page's main text, without the parts that differ on every request and
    with the address the visitor typed (which the page repeats) as ADDRESS."""
    page = response.content.decode()
    main = page[page.index("<main") : page.index("</main>")]
    if typed:
        main = main.replace(typed.lower(), "ADDRESS")
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", main)


def test_signing_up_with_a_taken_email_looks_exactly_like_a_new_sign_up(
    client, site_pages
):
    owner = UserFactory(username="olena", email="olena@example.org")
    fresh = signup(client, "newpupil", "someone.new@example.org")
    client.logout()
    taken = signup(client, "otherpupil", "OLENA@example.org")

    assert fresh.redirect_chain == taken.redirect_chain
    assert shown(fresh, "someone.new@example.org") == shown(taken, "olena@example.org")
    assert "Перевірте пошту" in shown(taken)
    for response in (fresh, taken):
        assert not response.context["user"].is_authenticated
    # No second account has the address; the new address got its own account.
    assert list(User.objects.filter(email__iexact="olena@example.org")) == [owner]
    assert not User.objects.filter(username="otherpupil").exists()
    assert User.objects.filter(username="newpupil").exists()
    # Each address was mailed: the new one to confirm it, the owner to be told.
    assert [message.to for message in mail.outbox] == [
        ["someone.new@example.org"],
        ["olena@example.org"],
    ]


def test_signing_up_without_an_email_still_logs_the_pupil_straight_in(
    client, site_pages
):
    response = signup(client, "pupil7b")
    assert response.context["user"].username == "pupil7b"
    assert mail.outbox == []


def test_a_taken_username_is_the_one_thing_sign_up_says(client, site_pages):
    UserFactory(username="olena")
    response = signup(client, "Olena", "fresh@example.org")
    assert response.status_code == 200
    assert response.context["form"].errors["username"]
    assert not User.objects.filter(email="fresh@example.org").exists()
    assert mail.outbox == []


def test_password_reset_answers_the_same_for_an_unknown_address(client, site_pages):
    UserFactory(username="olena", email="olena@example.org")
    known = client.post(
        "/accounts/password/reset/", {"email": "olena@example.org"}, follow=True
    )
    unknown = client.post(
        "/accounts/password/reset/", {"email": "nobody@example.org"}, follow=True
    )
    assert known.redirect_chain == unknown.redirect_chain
    assert shown(known, "olena@example.org") == shown(unknown, "nobody@example.org")
    # The owner gets the link; the unknown address is told it has no account here,
    # which only whoever reads that mailbox learns.
    assert "/accounts/password/reset/key/" in mail.outbox[0].body
    assert "/accounts/password/reset/key/" not in mail.outbox[1].body
    assert mail.outbox[1].to == ["nobody@example.org"]


def test_a_new_account_with_an_email_logs_in_before_the_address_is_confirmed(
    client, site_pages
):
    signup(client, "newpupil", "someone.new@example.org")
    response = client.post(
        "/accounts/login/", {"login": "newpupil", "password": PASSWORD}, follow=True
    )
    assert response.context["user"].username == "newpupil"
