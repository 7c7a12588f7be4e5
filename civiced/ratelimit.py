"""Rate limits, counted in the shared cache so every worker and server counts together.

One rule for every limit the site sets itself (joining a class by code, the public
certificate check); allauth keeps its own for logging in and signing up.

A limit allows `limit` hits per fixed window of `window` seconds. The window is set
by the clock, not by the hits: a hit never makes it start again, whatever the cache
backend does with a key's expiry on `incr`. Each key's windows are offset by a hash
of the key, so that not every counter starts afresh at the same moment.
"""

import time
import zlib

from django.core.cache import cache


def window_number(scope: str, key: object, *, window: int) -> int:
    """Which of the key's windows the clock is in now."""
    offset = zlib.crc32(f"{scope}:{key}".encode()) % window
    return (int(time.time()) + offset) // window


def hit(scope: str, key: object, *, limit: int, window: int) -> bool:
    """Count one hit of `key` (an account, an address) against the `scope`'s limit.

    True while the hit is within `limit` for the current window; False once it is
    over (the caller refuses the request).
    """
    counter = f"ratelimit:{scope}:{key}:{window_number(scope, key, window=window)}"
    # add() then incr(): each one atomic in Redis and in the local-memory cache, so
    # two requests at once never both read the same count.
    if cache.add(counter, 1, window):
        return limit >= 1
    try:
        count = cache.incr(counter)
    except ValueError:  # evicted between the two calls: this hit starts it again
        cache.add(counter, 1, window)
        count = 1
    return count <= limit
