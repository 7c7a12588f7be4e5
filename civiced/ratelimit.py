"""Rate limits, counted in the shared cache so every worker and server counts together.

One rule for every limit the site sets itself (joining a class by code, the public
certificate check); allauth keeps its own for logging in, signing up and resetting a
password, and the admin log-ins use allauth's (accounts.admin_login). Both count per
client address as `client_address` gives it, so they agree behind a load balancer.

A limit allows `limit` hits in any `window` seconds: the window slides with the clock.
It is counted in SLICES short slices (a minute of an hour), each its own counter
(`add`, then `incr`: atomic in Redis and in the local-memory cache, so two requests at
once never both read the same count), and a hit counts against the sum of the
slices the last `window` seconds touch. So a hit stays counted for at least `window`
seconds and at most one slice longer; a fixed window instead would let `limit` hits
through at the end of one window and `limit` more at the start of the next.

A refused hit is not counted (it is given back), so a client that keeps trying is let
in again `window` seconds after the hits that were let through, and a hit refused on
one key (the address) costs nothing on another (the account).

Counts are exact with Redis (production) and the tests' memory cache. The file cache
of `make run` (a single machine) reads and writes a counter in two steps, so two hits
landing at the same instant in two processes can count once: a client that keeps as
many requests in flight as there are workers gets in practice at most about `limit`
tries per worker per window, never an unlimited number.

While Redis is unreachable nothing can be counted (civiced.cache_health): a limit
then lets requests through, or refuses every one with `fail_closed=True` (for a
limit that guards passwords).
"""

import contextlib
import ipaddress
import time
from collections.abc import Iterable
from dataclasses import dataclass

from allauth import app_settings as allauth_settings
from allauth.account.adapter import get_adapter
from django.core.cache import cache
from django.http import HttpRequest

from civiced import cache_health

SLICES = 60


def client_address(request: HttpRequest) -> str:
    """The client's address, the one every limit counts by, ours and allauth's.

    It is allauth's adapter's `get_client_ip` (behind a load balancer it reads the
    address the trusted proxies saw, ALLAUTH_TRUSTED_PROXY_COUNT or
    ALLAUTH_TRUSTED_CLIENT_IP_HEADER, set from the environment in settings), with an
    IPv6 address cut to its network as allauth's limits cut it (one household or
    phone holds a whole /64).
    """
    address = get_adapter(request).get_client_ip(request)
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if parsed.version == 6:
        prefix = allauth_settings.RATE_LIMIT_IPV6_PREFIX
        return str(ipaddress.ip_network(f"{parsed}/{prefix}", strict=False))
    return str(parsed)


def _slicing(window: int) -> tuple[int, int]:
    """The slice length, and how many slices before the current one a window
    reaches back over."""
    step = max(1, window // SLICES)
    return step, -(-window // step)


def _counter(scope: str, key: object, number: int) -> str:
    return f"ratelimit:{scope}:{key}:{number}"


def _add_one(counter: str, timeout: int) -> None:
    if not cache.add(counter, 1, timeout):
        try:
            cache.incr(counter)
            # Redis keeps the counter's expiry on incr; the file cache writes the
            # counter again with its default expiry (300 s), which would let it vanish
            # before its window ends.
            cache.touch(counter, timeout)
        except ValueError:  # expired or evicted between the two calls
            cache.add(counter, 1, timeout)


def _take_one(counter: str, timeout: int) -> None:
    # Expired or evicted since: nothing is left to give back.
    with contextlib.suppress(ValueError):
        cache.decr(counter)
        cache.touch(counter, timeout)  # as in _add_one


@dataclass(frozen=True)
class Attempt:
    """A hit let through: the counters it added one to."""

    counters: tuple[str, ...]
    timeout: int

    def give_back(self) -> None:
        """Uncount the hit: what it tried turned out not to count against the
        limit (a class code that was right, say)."""
        for counter in self.counters:
            _take_one(counter, self.timeout)


def attempt(
    scope: str,
    keys: Iterable[object],
    *,
    limit: int,
    window: int,
    fail_closed: bool = False,
) -> Attempt | None:
    """Count one hit against each of `keys` (an address, an account) in the
    `scope`'s limit.

    The hit, or None when any key would go over `limit` in the last `window` seconds
    (the caller refuses the request; nothing stays counted). While the cache is
    unreachable nothing is counted: the hit is let through, or refused with
    `fail_closed`.
    """
    step, back = _slicing(window)
    current = int(time.time()) // step
    keys = list(dict.fromkeys(keys))
    counters = tuple(_counter(scope, key, current) for key in keys)
    for counter in counters:
        _add_one(counter, timeout=window + 2 * step)
    slices = {
        key: [_counter(scope, key, current - n) for n in range(back + 1)]
        for key in keys
    }
    counts = cache.get_many([name for names in slices.values() for name in names])
    taken = Attempt(counters, window + 2 * step)
    if not cache_health.available():
        return None if fail_closed else taken
    for names in slices.values():
        if sum(int(counts.get(name) or 0) for name in names) > limit:
            taken.give_back()
            return None
    return taken


def hit(
    scope: str, key: object, *, limit: int, window: int, fail_closed: bool = False
) -> bool:
    """Count one hit of `key` (an account, an address) against the `scope`'s limit.

    True while the hit is within `limit` for the last `window` seconds; False once it
    is over (the caller refuses the request). While the cache is unreachable: True, or
    False with `fail_closed`.
    """
    taken = attempt(scope, [key], limit=limit, window=window, fail_closed=fail_closed)
    return taken is not None
