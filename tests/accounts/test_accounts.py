"""Sign-up, log-in, log-out, passwords and the profile page (django-allauth)."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import override_settings

from civiced.settings import base as base_settings
from tests.factories import UserFactory

User = get_user_model()
pytestmark = pytest.mark.django_db


def signup(client, prefix="", **data):
    form = {
        "username": "newpupil",
        "password1": "a-long-pass-phrase-42",
        "password2": "a-long-pass-phrase-42",
        **data,
    }
    return client.post(f"{prefix}/accounts/signup/", form)


def test_a_pupil_signs_up_without_an_email_and_is_logged_in(client, site_pages):
    response = signup(client)
    assert response.status_code == 302
    user = User.objects.get(username="newpupil")
    assert user.email == ""
    assert user.preferred_language == "uk"
    home = client.get("/")
    assert home.context["user"] == user


def test_signing_up_on_the_english_site_remembers_english(client, site_pages):
    response = signup(client, prefix="/en")
    assert response.status_code == 302
    assert response["Location"] == "/en/learning/"
    assert User.objects.get(username="newpupil").preferred_language == "en"


def test_signup_errors_are_shown_in_ukrainian_and_nothing_is_created(
    client, site_pages
):
    response = signup(client, password2="something-else-entirely")
    assert response.status_code == 200
    assert "один і той самий пароль" in response.content.decode()
    assert not User.objects.filter(username="newpupil").exists()


def test_an_email_can_belong_to_only_one_account(client, user, site_pages):
    # Without saying so: the answer is a new sign-up's (test_enumeration).
    response = signup(client, email=user.email)
    assert response.status_code == 302
    assert User.objects.filter(email=user.email).count() == 1
    assert not User.objects.filter(username="newpupil").exists()


@pytest.mark.parametrize("login_with", ["username", "email"])
def test_log_in_by_username_or_email(client, user, password, site_pages, login_with):
    login = getattr(user, login_with)
    response = client.post("/accounts/login/", {"login": login, "password": password})
    assert response.status_code == 302
    assert client.get("/").context["user"] == user


def test_wrong_password_is_refused_with_a_translated_message(client, user, site_pages):
    response = client.post(
        "/accounts/login/", {"login": user.username, "password": "nope"}
    )
    assert response.status_code == 200
    assert "неправильні" in response.content.decode()
    assert not client.get("/").context["user"].is_authenticated


def test_login_lands_in_the_users_preferred_language(client, password, site_pages):
    UserFactory(username="anna", preferred_language="en")
    response = client.post("/accounts/login/", {"login": "anna", "password": password})
    assert response.status_code == 302
    assert response["Location"] == "/en/learning/"


def test_logout_needs_a_post(client, user, site_pages):
    client.force_login(user)
    page = client.get("/accounts/logout/")
    assert page.status_code == 200
    assert client.get("/").context["user"] == user  # a GET logs nobody out
    response = client.post("/accounts/logout/")
    assert response.status_code == 302
    assert not client.get("/").context["user"].is_authenticated


def test_password_change(client, user, password, site_pages):
    client.force_login(user)
    response = client.post(
        "/accounts/password/change/",
        {
            "oldpassword": password,
            "password1": "another-long-phrase-77",
            "password2": "another-long-phrase-77",
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("another-long-phrase-77")


def test_password_reset_mails_a_link_to_an_account_with_email(client, user, site_pages):
    response = client.post("/accounts/password/reset/", {"email": user.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert user.email in mail.outbox[0].to
    assert "/accounts/password/reset/key/" in mail.outbox[0].body


def test_password_reset_page_explains_what_pupils_without_email_do(client, site_pages):
    response = client.get("/accounts/password/reset/")
    assert "попросіть учителя нову картку" in response.content.decode()


def test_failed_logins_are_rate_limited(client, user, password, site_pages):
    with override_settings(ACCOUNT_RATE_LIMITS=base_settings.ACCOUNT_RATE_LIMITS):
        for _attempt in range(5):
            client.post(
                "/accounts/login/", {"login": user.username, "password": "wrong"}
            )
        response = client.post(
            "/accounts/login/", {"login": user.username, "password": password}
        )
    # Even the right password is turned away until the limit expires.
    assert not client.get("/").context["user"].is_authenticated
    assert response.status_code in (200, 429)
    assert "Занадто багато невдалих спроб входу" in response.content.decode()


def test_profile_requires_login(client, site_pages):
    response = client.get("/accounts/profile/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_profile_saves_name_language_and_institution(client, user, site_pages):
    client.force_login(user)
    page = client.get("/accounts/profile/")
    assert page.status_code == 200
    assert 'name="display_name"' in page.content.decode()
    response = client.post(
        "/accounts/profile/",
        {
            "display_name": "Олена К.",
            "preferred_language": "en",
            "institution": "Ліцей № 100",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/profile/"
    user.refresh_from_db()
    assert (user.display_name, user.preferred_language, user.institution) == (
        "Олена К.",
        "en",
        "Ліцей № 100",
    )
    saved = client.get(response["Location"])
    assert "Your profile has been saved." in saved.content.decode()


def test_profile_rejects_an_unknown_language_and_changes_nothing(
    client, user, site_pages
):
    client.force_login(user)
    response = client.post(
        "/accounts/profile/",
        {"display_name": "X", "preferred_language": "xx", "institution": ""},
    )
    assert response.status_code == 200
    assert "немає серед варіантів вибору" in response.content.decode()
    user.refresh_from_db()
    assert user.preferred_language == "uk"
    assert user.display_name != "X"
