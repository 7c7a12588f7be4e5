"""Versioned caches: the one way every cache of the site is kept true.

A cached entry's key carries the *version* of what it was built from, kept in the
shared cache (Redis in production) under the version's own key, so every worker of
every server reads the same one. A change bumps the version once its transaction
commits, and from then on no key built under the old version is looked up again:
nothing has to be found and deleted, and old entries simply expire.

- A version is a value never used before: the clock (nanoseconds) and a few random
  bytes. One that is missing (never set, or evicted by Redis) starts from a new
  one, never from 1, so entries kept under an earlier value cannot be read again.
  A bump is one SET of a new value (no read first).
- `Version.for_request` reads a version once per request and keeps it on the
  request, so every cache a page uses agrees on the version the request began with.
- Each process may keep what it read under a version in a `ProcessCache`, emptied
  when the version moves. Every process-level cache is registered here, so tests
  empty them all with `clear_process_caches()`.

The namespaces the site uses are declared at the bottom of this module.
"""

import secrets
import time
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

# On a user read from the cache (accounts.backends): the values read in the same
# round trip as their row, versions included.
PREFETCHED = "_civiced_prefetched"
_MEMO = "_civiced_versions"

T = TypeVar("T")


def fresh() -> str:
    """A version value no process used before."""
    return f"{time.time_ns()}-{secrets.token_hex(4)}"


class Version:
    """One version, kept in the shared cache under `key`."""

    def __init__(self, key: str):
        self.key = key

    def read(self, found: dict | None = None) -> str:
        """The current value; from `found` (a get_many that asked for this key) when
        it holds it. A missing version starts from a fresh value."""
        if found is not None and found.get(self.key) is not None:
            return found[self.key]
        return read_many([self])[0]

    def for_request(self, request) -> str:
        """The value when the request began (read once per request)."""
        if request is None:
            return self.read()
        memo = getattr(request, _MEMO, None)
        if memo is None:
            memo = {}
            setattr(request, _MEMO, memo)
        value = memo.get(self.key)
        if value is None:
            # Read with the user's row when the user came from the cache.
            user = getattr(request, "user", None)
            value = self.read(getattr(user, PREFETCHED, None))
            memo[self.key] = value
        return value

    def bump(self) -> None:
        cache.set(self.key, fresh(), None)

    def bump_on_commit(self) -> None:
        """What this version covers is stale once the transaction commits."""
        transaction.on_commit(self.bump)


def read_many(versions: list[Version]) -> list[str]:
    """The current values of these versions, in one round trip when all are set."""
    keys = [version.key for version in versions]
    found = cache.get_many(keys)
    missing = {key: fresh() for key in keys if found.get(key) is None}
    if missing:
        for key, value in missing.items():
            cache.add(key, value, None)
        # Another process may have added its own value first: theirs is kept.
        found.update(cache.get_many(list(missing)))
    return [found.get(key) or missing[key] for key in keys]


class Family:
    """One version per id (a learner's progress, say), under `prefix:id`."""

    def __init__(self, prefix: str):
        self.prefix = prefix

    def __getitem__(self, pk) -> Version:
        return Version(f"{self.prefix}:{pk}")

    def read_many(self, pks) -> list[str]:
        return read_many([self[pk] for pk in pks])


# --- process caches ---------------------------------------------------------------

_registry: list = []


def register(store: T) -> T:
    """Keep a process-level store (anything with `clear()`) where tests empty it."""
    _registry.append(store)
    return store


def clear_process_caches() -> None:
    """Empty every process-level cache (tests: between tests)."""
    for store in _registry:
        store.clear()


class ProcessCache:
    """Values this process read under a version, for requests that began under the
    same version; a new version empties it. Used only while `enabled()` (the cache
    that the version keeps true is on)."""

    def __init__(self, size: int, *, version: Version, enabled: Callable[[], bool]):
        self.size = size
        self.source = version
        self.enabled = enabled
        self.version = None
        self.found: dict = {}
        register(self)

    def get(self, request, key: Hashable) -> Any:
        if request is None or not self.enabled():
            return None
        if self.version != self.source.for_request(request):
            return None
        return self.found.get(key)

    def put(self, request, key: Hashable, value) -> None:
        if request is None or not self.enabled():
            return
        version = self.source.for_request(request)
        if self.version != version or len(self.found) >= self.size:
            self.version, self.found = version, {}
        self.found[key] = value

    def clear(self) -> None:
        self.version, self.found = None, {}


# --- the site's namespaces --------------------------------------------------------

# Published content: pages, quizzes, glossary terms, H5P packages, images, the
# site's settings (courses.page_cache bumps it).
CONTENT = Version("pages:version")
# Every user's cached roles at once: a group's permissions changed (accounts.roles).
ROLES = Version("roles:version")
# Cached report figures: new results (reports.cache).
REPORTS = Version("reports:version")
# Which files each H5P library plays: a library upgraded or rolled back
# (h5p.libraries), read by the player's file lookups.
H5P_LIBRARIES = Version("h5p:libraries:version")
# The progress grids that show a learner (classes.grid_cache).
GRID_LEARNERS = Family("grid:learner")


def page_cache_on() -> bool:
    return settings.PAGE_CACHE_SECONDS > 0


def content_cache(size: int) -> ProcessCache:
    """A process cache kept under the content version, used with the page cache on."""
    return ProcessCache(size, version=CONTENT, enabled=page_cache_on)
