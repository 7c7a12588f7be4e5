"""The public certificate check is rate limited per client address, in a window that
slides with the clock: 60 checks in any hour, each check counted once."""

import pytest
from django.test import Client

from certificates.models import Certificate
from certificates.views import VERIFY_PER_HOUR
from civiced import ratelimit
from tests.certificates.conftest import complete

pytestmark = pytest.mark.django_db

LIMITED = "Забагато перевірок"


@pytest.fixture
def certificate(pd_course, teacher_learner):
    complete(teacher_learner, pd_course)
    return Certificate.objects.get()


@pytest.fixture
def clock(monkeypatch):
    now = [1_800_000_000.0]
    monkeypatch.setattr(ratelimit.time, "time", lambda: now[0])
    return now


def shows(response, certificate) -> bool:
    """The check answered with the certificate's status and holder."""
    page = response.content.decode()
    return response.status_code == 200 and certificate.holder_initials in page


def test_the_61st_check_in_any_hour_from_one_address_is_refused(
    client, certificate, clock
):
    assert VERIFY_PER_HOUR == 60
    url = f"/certificates/verify/{certificate.number}/"
    start = clock[0]
    for minute in range(60):  # a check a minute, across wherever an hour is cut
        clock[0] = start + minute * 59
        assert shows(client.get(url, REMOTE_ADDR="203.0.113.7"), certificate)
    clock[0] = start + 59 * 60
    limited = client.get(url, REMOTE_ADDR="203.0.113.7")
    assert limited.status_code == 429
    assert LIMITED in limited.content.decode()
    assert certificate.holder_initials not in limited.content.decode()
    assert shows(client.get(url, REMOTE_ADDR="203.0.113.8"), certificate)
    # An hour (and a minute) after the first checks, the address may check again.
    clock[0] = start + 62 * 60
    assert shows(client.get(url, REMOTE_ADDR="203.0.113.7"), certificate)


def test_a_number_typed_another_way_is_one_check_not_two(client, certificate, clock):
    typed = certificate.number.lower().replace("-", " ")
    for _ in range(VERIFY_PER_HOUR):
        response = client.get(
            f"/certificates/verify/{typed}/", REMOTE_ADDR="203.0.113.7", follow=True
        )
        assert response.redirect_chain  # to the number as it is written
        assert shows(response, certificate)
    limited = client.get(f"/certificates/verify/{typed}/", REMOTE_ADDR="203.0.113.7")
    assert limited.status_code in (302, 429)
    limited = client.get(
        f"/certificates/verify/{typed}/", REMOTE_ADDR="203.0.113.7", follow=True
    )
    assert limited.status_code == 429
    assert LIMITED in limited.content.decode()


def test_behind_the_load_balancer_each_client_is_counted_by_its_own_address(
    certificate, clock, settings
):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    client = Client(REMOTE_ADDR="10.0.0.2")
    url = f"/certificates/verify/{certificate.number}/"
    for _ in range(VERIFY_PER_HOUR):
        client.get(url, HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert shows(client.get(url, HTTP_X_FORWARDED_FOR="198.51.100.8"), certificate)
    spoofed = client.get(url, HTTP_X_FORWARDED_FOR="192.0.2.1, 198.51.100.7")
    assert spoofed.status_code == 429
