"""civiced.ratelimit: the one rate limit every view uses (join codes, certificate
checks), and the client address every limit counts by."""

import pytest
from django.core.cache import cache
from django.test import RequestFactory

from civiced import ratelimit


@pytest.fixture
def clock(monkeypatch):
    """The limiter's clock, moved by hand."""
    now = [1_800_000_000.0]
    monkeypatch.setattr(ratelimit.time, "time", lambda: now[0])
    return now


def test_a_limit_allows_so_many_hits_per_window_then_refuses(clock):
    cache.clear()
    assert [ratelimit.hit("join", 7, limit=3, window=3600) for _ in range(5)] == [
        True,
        True,
        True,
        False,
        False,
    ]
    # Another key and another scope count on their own.
    assert ratelimit.hit("join", 8, limit=3, window=3600)
    assert ratelimit.hit("verify", 7, limit=3, window=3600)


def test_no_window_of_the_limits_length_lets_more_hits_through(clock):
    """The window slides: a fixed one lets `limit` hits through at the end of one
    window and `limit` more at the start of the next (40 join codes an hour for 20),
    to a client that starts trying just before a window ends."""
    cache.clear()
    start = clock[0]
    for key in range(60):  # a burst of a try a second, starting at every second
        allowed = []
        for second in range(key, key + 70):
            clock[0] = start + second
            if ratelimit.hit("join", key, limit=3, window=60):
                allowed.append(second)
        assert len(allowed) >= 3
        for first in allowed:
            assert len([s for s in allowed if first <= s < first + 60]) <= 3, allowed


def test_a_hit_is_forgotten_a_window_later_and_hits_do_not_push_it_away(clock):
    """Hits spread over the window do not keep pushing its end away: a window (and at
    most one slice) after the first hit, the key may try again."""
    cache.clear()
    start = clock[0]
    for _ in range(3):
        assert ratelimit.hit("join", 7, limit=3, window=3600)
        clock[0] += 600
    assert not ratelimit.hit("join", 7, limit=3, window=3600)
    clock[0] = start + 3599  # the first hit is still within the hour
    assert not ratelimit.hit("join", 7, limit=3, window=3600)
    clock[0] = start + 3600 + 60  # the first hit's hour (and slice) is over
    assert ratelimit.hit("join", 7, limit=3, window=3600)
    assert not ratelimit.hit("join", 7, limit=3, window=3600)


def test_a_refused_hit_is_not_counted_on_any_key(clock):
    cache.clear()
    for _ in range(3):
        assert ratelimit.attempt("join", ["address", "account-1"], limit=3, window=60)
    # The address is over: the hit is refused, and the other account's count is
    # left as it was.
    assert (
        ratelimit.attempt("join", ["address", "account-2"], limit=3, window=60) is None
    )
    for _ in range(3):
        assert ratelimit.hit("join", "account-2", limit=3, window=60)


def test_a_hit_given_back_does_not_count(clock):
    cache.clear()
    for _ in range(10):
        ratelimit.attempt("join", ["address"], limit=3, window=60).give_back()
    assert ratelimit.hit("join", "address", limit=3, window=60)


def test_a_counter_evicted_mid_window_starts_again_rather_than_failing(clock):
    cache.clear()
    assert ratelimit.hit("join", 7, limit=1, window=60)
    cache.clear()
    assert ratelimit.hit("join", 7, limit=1, window=60)
    assert not ratelimit.hit("join", 7, limit=1, window=60)


def test_the_client_address_is_allauths_and_trusts_only_the_configured_proxies(
    settings,
):
    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="6.6.6.6, 198.51.100.7"
    )
    # No proxy trusted: the header is anyone's to write, the address is the peer's.
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 0
    assert ratelimit.client_address(request) == "10.0.0.2"
    # One load balancer: the address it saw, not what the client wrote before it.
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    assert ratelimit.client_address(request) == "198.51.100.7"
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 0
    settings.ALLAUTH_TRUSTED_CLIENT_IP_HEADER = "X-Real-IP"
    request = RequestFactory().get("/", HTTP_X_REAL_IP="198.51.100.9")
    assert ratelimit.client_address(request) == "198.51.100.9"


def test_an_ipv6_client_is_counted_by_its_network_as_allauth_counts_it():
    factory = RequestFactory()
    one = factory.get("/", REMOTE_ADDR="2001:db8:1:2::1")
    other = factory.get("/", REMOTE_ADDR="2001:db8:1:2:ffff::9")
    assert ratelimit.client_address(one) == ratelimit.client_address(other)
    assert ratelimit.client_address(one) == "2001:db8:1:2::/64"
