"""Redis as a cache, not a single point of failure.

`ResilientRedisCache` is Django's own `RedisCache` (its public methods only) that
answers as an empty cache while Redis cannot be reached: a read is a miss, a write is
dropped, `incr` is a missing key. Pages are then served uncached and correct: every
version read during the outage is a fresh value (civiced.versioned), so nothing cached
is ever read under it.

- **Short timeouts, and a breaker.** The OPTIONS in base.py give Redis half a second
  to connect or answer. After a failure the process does not try Redis again for
  `RETRY_SECONDS`; the first call after that is the only one that waits, so an outage
  adds at most one timeout every two seconds to a worker, not one to every request.
- **Logged once per outage**, per process: a warning when this process first finds
  Redis unreachable, an info when it answers again.
- **Lost bumps do not bring back stale entries.** A version bump made during the
  outage was dropped, and a Redis that comes back with its old data (persisted, or
  only cut off from this server) still holds the old version and the entries built
  under it. So the first call of a process that noticed an outage, once Redis
  answers again, empties the Redis database (FLUSHDB) before anything is read from
  it: every version then starts from a fresh value. The process whose bump was lost
  noticed the outage (the bump failed); until its next call, a process that did not
  may still read what Redis kept. Redis must therefore be dedicated to the site (a
  database of its own); sessions live in the database (`cached_db`), so emptying the
  cache logs no one out, but rate-limit counts start again.

`reachable()` tells callers whether the cache answers now (the login form refuses
to check passwords without it, `/healthz` reports it); `available()` the same from
what this process already knows, without a call. Any other backend (the file cache
of `make run`, the tests' memory cache) is always reachable.
"""

import logging
import threading
import time

from django.core.cache import cache
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# How long a process leaves Redis alone after a failed call.
RETRY_SECONDS = 2.0
# What an unreachable, timing-out or misbehaving Redis raises (socket errors come
# wrapped in redis-py's ConnectionError; OSError for any that are not).
OUTAGE = (RedisError, OSError)
HEALTH_KEY = "cache-health"


class Breaker:
    """What one process knows of one Redis server, shared by its threads (Django
    makes a cache object per thread)."""

    def __init__(self, location: str):
        self.location = location
        self.lock = threading.Lock()
        # An outage this process noticed and has not yet seen the end of.
        self.down = False
        self.retry_at = 0.0

    def may_try(self) -> bool:
        """Whether a call may go to Redis now. After an outage, one thread at a time
        tries again, every RETRY_SECONDS; the others answer as an empty cache."""
        if not self.down:
            return True
        with self.lock:
            now = time.monotonic()
            if now < self.retry_at:
                return False
            self.retry_at = now + RETRY_SECONDS
            return True

    def failed(self, error: Exception) -> None:
        with self.lock:
            self.retry_at = time.monotonic() + RETRY_SECONDS
            if self.down:
                return
            self.down = True
        logger.warning(
            "Cache unreachable (%s): serving pages uncached until it answers again "
            "(%s: %s)",
            self.location,
            type(error).__name__,
            error,
        )

    def recovered(self) -> None:
        if not self.down:  # the common case, without taking the lock
            return
        with self.lock:
            if not self.down:
                return
            self.down = False
        logger.info(
            "Cache reachable again (%s): emptied it, so nothing from before the "
            "outage is read",
            self.location,
        )


_breakers: dict[str, Breaker] = {}
_breakers_lock = threading.Lock()


def breaker_for(location) -> Breaker:
    name = location if isinstance(location, str) else ",".join(location)
    with _breakers_lock:
        return _breakers.setdefault(name, Breaker(name))


def forget_outages() -> None:
    """Start every breaker afresh (tests)."""
    with _breakers_lock:
        _breakers.clear()


_MISSING = object()


class ResilientRedisCache(RedisCache):
    """Django's RedisCache answering as an empty cache during an outage (see the
    module)."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self.breaker = breaker_for(server)

    def guarded(self, call, fallback, *args, **kwargs):
        """`call(*args, **kwargs)` on Redis, or `fallback` when Redis is down."""
        breaker = self.breaker
        if not breaker.may_try():
            return fallback
        try:
            if breaker.down:
                # The first call after an outage this process noticed: empty what
                # Redis kept from before it (versions bumped meanwhile were lost).
                super().clear()
            result = call(*args, **kwargs)
        except OUTAGE as error:
            breaker.failed(error)
            return fallback
        breaker.recovered()
        return result

    def get(self, key, default=None, version=None):
        return self.guarded(super().get, default, key, default, version=version)

    def get_many(self, keys, version=None):
        return self.guarded(super().get_many, {}, keys, version=version)

    def has_key(self, key, version=None):
        return self.guarded(super().has_key, False, key, version=version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self.guarded(super().set, None, key, value, timeout, version=version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self.guarded(super().add, False, key, value, timeout, version=version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self.guarded(super().touch, False, key, timeout, version=version)

    def incr(self, key, delta=1, version=None):
        result = self.guarded(super().incr, _MISSING, key, delta, version=version)
        if result is _MISSING:
            raise ValueError(f"Key '{key}' not found (the cache is unreachable).")
        return result

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        # Django's contract: the keys that could not be stored.
        failed = list(data)
        return self.guarded(super().set_many, failed, data, timeout, version=version)

    def delete(self, key, version=None):
        return self.guarded(super().delete, False, key, version=version)

    def delete_many(self, keys, version=None):
        self.guarded(super().delete_many, None, keys, version=version)

    def clear(self):
        return self.guarded(super().clear, False)


def available() -> bool:
    """Whether the shared cache is up, as far as this process knows (no call)."""
    breaker = getattr(cache, "breaker", None)
    return breaker is None or not breaker.down


def reachable() -> bool:
    """Whether the shared cache answers now: one cheap call, none while this process
    knows Redis is down (until the breaker lets it try again)."""
    if getattr(cache, "breaker", None) is None:
        return True
    cache.has_key(HEALTH_KEY)
    return available()
