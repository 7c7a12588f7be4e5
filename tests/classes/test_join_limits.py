"""Joining by code is rate limited per client address and per account, in a window
that slides with the clock: 20 wrong codes an hour, whatever account they come from.
A right code is not counted, so a whole class behind one school address joins."""

import pytest
from django.test import Client

from civiced import ratelimit
from classes.models import Membership
from classes.views import JOIN_ATTEMPTS_PER_HOUR
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SCHOOL = "203.0.113.5"
JOINED = "joined, sent to"
LIMITED = "Забагато спроб. Зачекайте годину або зверніться до вчителя."


@pytest.fixture
def clock(monkeypatch):
    now = [1_800_000_000.0]
    monkeypatch.setattr(ratelimit.time, "time", lambda: now[0])
    return now


def try_code(code: str, *, name: str, **address) -> str:
    """One try from a fresh account: the form's error, or where a joined learner
    is sent."""
    client = Client(**(address or {"REMOTE_ADDR": SCHOOL}))
    client.force_login(UserFactory(username=name))
    response = client.post("/join/", {"code": code})
    if response.status_code == 302:
        return f"{JOINED} {response['Location']}"
    return response.content.decode()


def test_the_21st_wrong_code_in_an_hour_from_one_address_is_refused_for_any_account(
    klass, clock
):
    start = clock[0]
    assert JOIN_ATTEMPTS_PER_HOUR == 20
    for minute in range(20):  # a new account for every try: sign-ups are free
        clock[0] = start + minute * 60
        assert "Жоден клас не має цього коду" in try_code("WRONG22", name=f"b{minute}")
    # 59 minutes after the first try: the right code, from yet another account.
    clock[0] = start + 59 * 60
    page = try_code(klass.join_code, name="b20")
    assert LIMITED in page
    assert not Membership.objects.exists()
    # Another address is not held back.
    page = try_code(klass.join_code, name="b21", REMOTE_ADDR="198.51.100.1")
    assert JOINED in page
    # Once the first tries are an hour old, the address may try again.
    clock[0] = start + 62 * 60
    assert JOINED in try_code(klass.join_code, name="b22")
    assert Membership.objects.count() == 2


def test_a_whole_class_behind_one_school_address_joins_in_one_lesson(klass, clock):
    for n in range(35):
        try_code(klass.join_code, name=f"pupil{n}")
    assert Membership.objects.current().filter(klass=klass).count() == 35


def test_one_account_is_held_to_the_limit_from_any_address(klass, clock):
    client = Client()
    client.force_login(UserFactory(username="mandrivnyk"))
    for n in range(20):
        client.post("/join/", {"code": "WRONG22"}, REMOTE_ADDR=f"198.51.100.{n}")
    response = client.post(
        "/join/", {"code": klass.join_code}, REMOTE_ADDR="198.51.100.200"
    )
    assert LIMITED in response.content.decode()
    assert not Membership.objects.exists()


def test_behind_the_load_balancer_each_client_is_counted_by_its_own_address(
    klass, clock, settings
):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    balancer = {"REMOTE_ADDR": "10.0.0.2"}
    for n in range(20):
        try_code(
            "WRONG22", name=f"a{n}", HTTP_X_FORWARDED_FOR="198.51.100.7", **balancer
        )
    # Another client behind the same balancer joins.
    page = try_code(
        klass.join_code, name="b", HTTP_X_FORWARDED_FOR="198.51.100.8", **balancer
    )
    assert JOINED in page
    # The first client writes an address of its own before the balancer's: still it.
    page = try_code(
        klass.join_code,
        name="c",
        HTTP_X_FORWARDED_FOR="192.0.2.99, 198.51.100.7",
        **balancer,
    )
    assert LIMITED in page
    assert Membership.objects.count() == 1
