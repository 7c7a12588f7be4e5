"""Cached report results, invalidated when new results arrive or content changes.

Every cached aggregate's key carries the reports version (civiced.versioned.REPORTS)
and the content version (CONTENT, bumped when a page is published, unpublished,
moved or deleted: the modules and their lessons are what the figures are grouped by
and counted against), both read in one round trip.
`results_changed()` is called by quizzes.progress whenever a LessonProgress row
changes; it bumps the version once the transaction commits, so the next report reads
fresh figures and old entries expire. The cache is shared (REDIS_URL) on several
servers, so the version reaches them all.
"""

import hashlib
import json
from collections.abc import Callable
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache

from civiced.versioned import CONTENT, REPORTS, read_many

VERSION_KEY = REPORTS.key
T = TypeVar("T")


def results_changed() -> None:
    """New results exist: cached reports are stale once this transaction commits."""
    REPORTS.bump_on_commit()


def cached(name: str, params: dict, compute: Callable[[], T]) -> T:
    """The value for (name, params), from the cache while results are unchanged."""
    digest = hashlib.sha256(
        json.dumps(params, sort_keys=True, default=str).encode()
    ).hexdigest()[:32]
    results, content = read_many([REPORTS, CONTENT])
    key = f"reports:{results}:{content}:{name}:{digest}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, settings.REPORTS_CACHE_SECONDS)
    return value
