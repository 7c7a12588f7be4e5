"""A join link or QR code survives logging in and signing up by every path: the
login and sign-up pages name the class, and afterwards the pupil is back on the join
page, where joining is still their own act."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.utils import timezone

from classes.models import Membership
from classes.views import JOIN_ATTEMPTS_PER_HOUR
from tests.factories import DEFAULT_PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def text(response) -> str:
    html = BeautifulSoup(response.content, "html.parser")
    return " ".join(html.select_one("main").get_text(" ").split())


def test_a_join_link_sends_a_visitor_to_log_in_naming_the_class(client, klass):
    response = client.get(f"/join/{klass.join_code}/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    login = client.get(response["Location"])
    assert "Увійдіть, щоб приєднатися до класу 9-Б" in text(login)
    # The header's sign-up link carries no code; the sign-up page still knows it.
    signup = client.get("/accounts/signup/")
    assert "Зареєструйтеся, щоб приєднатися до класу 9-Б" in text(signup)


def test_signing_up_by_the_headers_link_leads_back_to_the_class(client, klass):
    client.get(f"/join/{klass.join_code}/")
    response = client.post(
        "/accounts/signup/",
        {
            "username": "novyi-uchen",
            "password1": "Kashtan-2026-vesna",
            "password2": "Kashtan-2026-vesna",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == f"/join/{klass.join_code}/"
    page = client.get(response["Location"])
    assert "Приєднатися до класу 9-Б" in text(page)
    # Not in the class until the pupil joins it themselves.
    assert not Membership.objects.filter(klass=klass).exists()
    client.post("/join/", {"code": klass.join_code})
    learner = Membership.objects.current().get(klass=klass).learner
    assert learner.username == "novyi-uchen"
    # The code is used up: the next login lands where it always does.
    client.logout()
    again = client.post(
        "/accounts/login/",
        {"login": "novyi-uchen", "password": "Kashtan-2026-vesna"},
    )
    assert again["Location"] != f"/join/{klass.join_code}/"


def test_logging_in_without_the_next_address_still_leads_back_to_the_class(
    client, klass
):
    UserFactory(username="stara-uchenytsia")
    client.get(f"/join/{klass.join_code}/")
    response = client.post(
        "/accounts/login/",
        {"login": "stara-uchenytsia", "password": DEFAULT_PASSWORD},
    )
    assert response["Location"] == f"/join/{klass.join_code}/"


def test_an_english_reader_is_led_back_in_english(client, klass):
    client.get(f"/en/join/{klass.join_code}/")
    response = client.post(
        "/en/accounts/signup/",
        {
            "username": "new-pupil",
            "password1": "Kashtan-2026-vesna",
            "password2": "Kashtan-2026-vesna",
        },
    )
    assert response["Location"] == f"/en/join/{klass.join_code}/"


@pytest.mark.parametrize("setup", ["wrong", "expired"])
def test_a_wrong_or_expired_code_names_no_class(client, klass, setup):
    code = "WRONG22"
    if setup == "expired":
        klass.join_code_expires_at = timezone.now() - timedelta(minutes=1)
        klass.save()
        code = klass.join_code
    response = client.get(f"/join/{code}/")
    assert response["Location"].startswith("/accounts/login/")
    login = client.get(response["Location"])
    assert "9-Б" not in text(login)
    assert "приєднатися до класу" not in text(login)


def test_join_links_tried_without_an_account_count_in_the_join_limits(klass):
    """A visitor cannot read class names off guessed links: wrong codes count per
    address, and once over the limit even the right one names no class."""
    guesser = Client(REMOTE_ADDR="203.0.113.9")
    for number in range(JOIN_ATTEMPTS_PER_HOUR):
        guesser.get(f"/join/WRONG{number:02d}/")
    response = guesser.get(f"/join/{klass.join_code}/")
    assert "9-Б" not in text(guesser.get(response["Location"]))
    # Another address, the same link: the class is named.
    other = Client(REMOTE_ADDR="198.51.100.7")
    response = other.get(f"/join/{klass.join_code}/")
    assert "9-Б" in text(other.get(response["Location"]))
