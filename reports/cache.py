"""Cached report results, invalidated when new results arrive.

Every cached aggregate's key carries a version number. `results_changed()` is called
by quizzes.progress whenever a LessonProgress row changes; it bumps the version once
the transaction commits, so the next report reads fresh figures and old entries expire.
With several app servers the cache must be shared (REDIS_URL) for this to reach all.
"""

import hashlib
import json
from collections.abc import Callable
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

VERSION_KEY = "reports:version"
T = TypeVar("T")


def current_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        version = 1
        cache.add(VERSION_KEY, version, None)
    return version


def _bump() -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:  # not set yet, or evicted
        cache.set(VERSION_KEY, current_version() + 1, None)


def results_changed() -> None:
    """New results exist: cached reports are stale once this transaction commits."""
    transaction.on_commit(_bump)


def cached(name: str, params: dict, compute: Callable[[], T]) -> T:
    """The value for (name, params), from the cache while results are unchanged."""
    digest = hashlib.sha256(
        json.dumps(params, sort_keys=True, default=str).encode()
    ).hexdigest()[:32]
    key = f"reports:{current_version()}:{name}:{digest}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, settings.REPORTS_CACHE_SECONDS)
    return value
