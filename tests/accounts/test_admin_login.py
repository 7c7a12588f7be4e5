"""The Wagtail admin's and Django admin's log-ins: only accounts that may use the
admin log in there (anyone else's right password gets the wrong-password answer and
counts as a failed log-in), under allauth's log-in limits, per client address and per
account, shared with the site's own log-in. Password resets go through allauth's."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client

from accounts.roles import EDITORS_GROUP, TEACHERS_GROUP
from civiced.settings import base as base_settings
from tests.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

WAGTAIL_LOGIN = "/admin/login/"
DJANGO_LOGIN = "/django-admin/login/"
TOO_MANY = "Занадто багато невдалих спроб входу"


@pytest.fixture
def limits_on(settings):
    """allauth's limits as production has them (tests turn them off). Through the
    settings fixture, so that a test changing other settings cannot leave them on."""
    settings.ACCOUNT_RATE_LIMITS = base_settings.ACCOUNT_RATE_LIMITS


@pytest.fixture
def editor(db):
    return UserFactory(
        username="redaktor",
        email="redaktor@example.org",
        groups=[Group.objects.get(name=EDITORS_GROUP)],
    )


@pytest.fixture
def teacher(db):
    teachers = Group.objects.get_or_create(name=TEACHERS_GROUP)[0]
    return UserFactory(username="vchytelka", groups=[teachers])


@pytest.fixture
def staff(db):
    return UserFactory(username="admin", is_staff=True, is_superuser=True)


def log_in(client, url, username, password=DEFAULT_PASSWORD, **extra):
    return client.post(url, {"username": username, "password": password}, **extra)


def errors(response) -> list[str]:
    """What the log-in page says went wrong."""
    html = BeautifulSoup(response.content, "html.parser")
    found = html.select(".messages .error, .errornote, .errorlist li")
    return [" ".join(node.get_text().split()) for node in found]


def logged_in(client) -> bool:
    return "_auth_user_id" in client.session


@pytest.mark.parametrize("who", ["pupil", "teacher"])
def test_an_account_without_admin_access_gets_the_wrong_password_answer(
    client, who, pupil, teacher
):
    account = {"pupil": pupil, "teacher": teacher}[who]
    wrong = log_in(client, WAGTAIL_LOGIN, account.username, "not-the-password")
    right = log_in(client, WAGTAIL_LOGIN, account.username)
    assert right.status_code == wrong.status_code == 200
    assert errors(right) == errors(wrong)
    assert errors(right) == ["Неправильне імʼя користувача або пароль."]
    assert not logged_in(client)


def test_an_editor_logs_in_to_the_wagtail_admin(client, editor):
    response = log_in(client, WAGTAIL_LOGIN, editor.username)
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert logged_in(client)
    assert client.get("/admin/").status_code == 200


def test_the_django_admin_refuses_non_staff_with_the_wrong_password_answer(
    client, pupil, editor, staff
):
    wrong = log_in(client, DJANGO_LOGIN, pupil.username, "not-the-password")
    for account in (pupil, editor):  # an editor is not Django admin staff
        right = log_in(client, DJANGO_LOGIN, account.username)
        assert right.status_code == 200
        assert errors(right) == errors(wrong)
        assert not logged_in(client)
    response = log_in(client, DJANGO_LOGIN, staff.username)
    assert response.status_code == 302
    assert logged_in(client)


@pytest.mark.usefixtures("limits_on")
@pytest.mark.parametrize("url", [WAGTAIL_LOGIN, DJANGO_LOGIN])
def test_failed_admin_logins_are_limited_per_account(client, url, editor, staff):
    account = editor if url == WAGTAIL_LOGIN else staff
    for _ in range(5):  # ACCOUNT_RATE_LIMITS["login_failed"]: 5 in 5 minutes
        log_in(client, url, account.username, "guess")
    # Even the right password is turned away now, from another address too.
    response = log_in(client, url, account.username, REMOTE_ADDR="198.51.100.3")
    assert any(TOO_MANY in error for error in errors(response))
    assert not logged_in(client)
    # Another account is not held back.
    other = UserFactory(username="druhyi", is_staff=True, is_superuser=True)
    assert log_in(Client(), url, other.username).status_code == 302


@pytest.mark.usefixtures("limits_on")
def test_failed_admin_logins_are_limited_per_address(client, editor):
    for n in range(10):  # ACCOUNT_RATE_LIMITS["login_failed"]: 10 a minute an address
        log_in(client, WAGTAIL_LOGIN, f"guess{n}", "guess")
    response = log_in(client, WAGTAIL_LOGIN, editor.username)
    assert any(TOO_MANY in error for error in errors(response))
    assert not logged_in(client)
    other = Client(REMOTE_ADDR="198.51.100.3")
    assert log_in(other, WAGTAIL_LOGIN, editor.username).status_code == 302


@pytest.mark.usefixtures("limits_on")
def test_the_admin_and_site_logins_count_together(client, editor):
    for url in ("/accounts/login/", "/accounts/login/", WAGTAIL_LOGIN, DJANGO_LOGIN):
        data = {"login": editor.username, "username": editor.username}
        client.post(url, data | {"password": "guess"})
    log_in(client, WAGTAIL_LOGIN, editor.username, "guess")
    response = client.post(
        "/accounts/login/", {"login": editor.username, "password": DEFAULT_PASSWORD}
    )
    assert TOO_MANY in response.content.decode()
    assert not logged_in(client)


@pytest.mark.usefixtures("limits_on")
def test_a_pupils_right_password_at_the_admin_counts_as_a_failed_login(client, pupil):
    """Else the limit would tell: four wrong guesses, then a candidate; if the next
    try is still let through, the candidate was the password."""
    for _ in range(4):
        log_in(client, WAGTAIL_LOGIN, pupil.username, "guess")
    log_in(client, WAGTAIL_LOGIN, pupil.username)  # right, but no admin access
    response = client.post(
        "/accounts/login/", {"login": pupil.username, "password": DEFAULT_PASSWORD}
    )
    assert TOO_MANY in response.content.decode()
    assert not logged_in(client)


@pytest.mark.usefixtures("limits_on")
def test_behind_the_load_balancer_one_clients_failures_do_not_lock_out_another(
    settings, user
):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    attacker = Client(REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.7")
    for n in range(20):
        attacker.post("/accounts/login/", {"login": f"guess{n}", "password": "x"})
    response = attacker.post(
        "/accounts/login/", {"login": "guess-more", "password": "x"}
    )
    assert TOO_MANY in response.content.decode()
    # Another client behind the same balancer logs in.
    colleague = Client(REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.8")
    colleague.post(
        "/accounts/login/", {"login": user.username, "password": DEFAULT_PASSWORD}
    )
    assert logged_in(colleague)
    # Writing another address before the balancer's does not make a new client.
    spoofed = Client(
        REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="192.0.2.1, 198.51.100.7"
    )
    response = spoofed.post(
        "/accounts/login/", {"login": user.username, "password": DEFAULT_PASSWORD}
    )
    assert TOO_MANY in response.content.decode()
    assert not logged_in(spoofed)
    # The admin log-in counts the same client by the same address.
    response = log_in(spoofed, WAGTAIL_LOGIN, user.username)
    assert any(TOO_MANY in error for error in errors(response))


# --- Password reset: allauth's, for editors too ---------------------------------------


def test_the_wagtail_admin_sends_editors_to_the_sites_password_reset(client, editor):
    page = BeautifulSoup(client.get(WAGTAIL_LOGIN).content, "html.parser")
    link = page.find("a", string=lambda text: text and "Забули пароль?" in text)
    assert link["href"] == "/accounts/password/reset/"
    # Django admin's log-in page offers the same way (its link is this URL's name).
    page = BeautifulSoup(client.get(DJANGO_LOGIN).content, "html.parser")
    assert page.select_one(".password-reset-link a")["href"] == "/admin/password_reset/"
    response = client.get("/admin/password_reset/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/password/reset/"
    # Wagtail's own reset is off: nothing is sent from it.
    client.post("/admin/password_reset/", {"email": editor.email})
    assert client.get("/admin/password_reset/done/").status_code == 404
    assert mail.outbox == []
    response = client.post("/accounts/password/reset/", {"email": editor.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert editor.email in mail.outbox[0].to


@pytest.mark.usefixtures("limits_on")
def test_password_resets_are_limited_per_address_and_per_account(client, editor):
    def sent_to(account) -> int:
        return len([m for m in mail.outbox if account.email in m.to])

    for _ in range(5):  # ACCOUNT_RATE_LIMITS["reset_password"]: 5 a minute an email
        client.post("/accounts/password/reset/", {"email": editor.email})
    response = client.post("/accounts/password/reset/", {"email": editor.email})
    assert response.status_code == 429
    assert "Забагато запитів" in response.content.decode()
    assert sent_to(editor) == 5
    for n in range(15):  # and 20 a minute an address
        client.post("/accounts/password/reset/", {"email": f"n{n}@example.org"})
    other = UserFactory(username="insha", email="insha@example.org")
    response = client.post("/accounts/password/reset/", {"email": other.email})
    assert response.status_code == 429
    assert sent_to(other) == 0
    response = Client(REMOTE_ADDR="198.51.100.3").post(
        "/accounts/password/reset/", {"email": other.email}
    )
    assert response.status_code == 302
    assert sent_to(other) == 1
