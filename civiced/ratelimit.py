"""Rate limits, counted in the shared cache so every worker and server counts together.

One rule for every limit the site sets itself (joining a class by code, the public
certificate check); allauth keeps its own for logging in and signing up.

A limit allows `limit` hits per fixed window of `window` seconds. The window is set
by the clock, not by the hits: a hit never makes it start again, whatever the cache
backend does with a key's expiry on `incr`. Each key's windows are offset by a hash
of the key, so that not every counter starts afresh at the same moment.

Counts are exact with Redis (production) and the tests' memory cache, where add() and
incr() are each atomic. The file cache of `make run` (a single machine) reads and
writes a counter in two steps, so two hits landing at the same instant in two
processes can count once. The two steps take microseconds and a request
milliseconds, so a client that keeps as many requests in flight as there are workers
gets in practice at most about `limit` tries per worker per window (about twice the
limit with `make run`'s two workers), never an unlimited number.

While Redis is unreachable nothing can be counted (civiced.cache_health): a limit
then lets requests through, or refuses every one with `fail_closed=True` (for a
limit that guards passwords).
"""

import time
import zlib

from django.core.cache import cache

from civiced import cache_health


def window_number(scope: str, key: object, *, window: int) -> int:
    """Which of the key's windows the clock is in now."""
    offset = zlib.crc32(f"{scope}:{key}".encode()) % window
    return (int(time.time()) + offset) // window


def hit(scope: str, key: object, *, limit: int, window: int, fail_closed=False) -> bool:
    """Count one hit of `key` (an account, an address) against the `scope`'s limit.

    True while the hit is within `limit` for the current window; False once it is
    over (the caller refuses the request). While the cache is unreachable: True, or
    False with `fail_closed`.
    """
    counter = f"ratelimit:{scope}:{key}:{window_number(scope, key, window=window)}"
    # add() then incr(): each one atomic in Redis and in the local-memory cache, so
    # two requests at once never both read the same count.
    if cache.add(counter, 1, window):
        return limit >= 1
    try:
        count = cache.incr(counter)
        # Redis keeps the counter's expiry on incr; the file cache writes the counter
        # again with its default expiry (300 s), which would let it vanish mid-window.
        cache.touch(counter, window)
    except ValueError:  # evicted between the two calls: this hit starts it again
        cache.add(counter, 1, window)
        count = 1
    if not cache_health.available():  # unreachable: nothing was counted
        return not fail_closed
    return count <= limit
