"""civiced.ratelimit: the one rate limit every view uses (join codes, certificate
checks)."""

import pytest
from django.core.cache import cache

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


def test_the_window_does_not_start_again_with_each_hit(clock):
    """Hits spread over the window do not keep pushing its end away: once the
    window is over, the key may try again."""
    cache.clear()
    first = ratelimit.window_number("join", 7, window=60)
    while ratelimit.window_number("join", 7, window=60) == first:
        clock[0] += 1  # to the first second of the key's next window
    for _ in range(3):
        assert ratelimit.hit("join", 7, limit=3, window=60)
        clock[0] += 10
    assert not ratelimit.hit("join", 7, limit=3, window=60)
    clock[0] += 30  # the window's 60 seconds are over
    assert ratelimit.hit("join", 7, limit=3, window=60)


def test_a_counter_evicted_mid_window_starts_again_rather_than_failing(clock):
    cache.clear()
    assert ratelimit.hit("join", 7, limit=1, window=60)
    cache.clear()
    assert ratelimit.hit("join", 7, limit=1, window=60)
    assert not ratelimit.hit("join", 7, limit=1, window=60)
