"""The progress grid, kept in the cache until something it shows changes.

A teacher reloads the grid of a class many times while little in it changes, and a
40 × 30 grid is 1,200 cells to build and render. The built grid and its rendered rows
are stored under a key made of everything they depend on:

- the assignment's own fields (module or lesson, group, due date) and the content
  version of `courses.page_cache` (the module's live lessons change with a publish);
- the learners it is for, with their names and extended due dates, as one query reads
  them on every request (so joining, leaving, groups, chosen learners, extensions and
  renamed accounts change the key by themselves);
- for each of those learners a progress version, bumped once the transaction commits
  whenever any of their lesson progress rows is saved or deleted;
- which of the due dates have passed (a cell turns overdue as time goes by);
- the sort, the group shown and the language.

A key that matches can only hold the grid as it would be built now. Entries expire
after GRID_CACHE_SECONDS (0 turns the cache off, as in the tests).
"""

import hashlib
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone, translation

from courses import page_cache

VERSION_KEY = "grid:learner:{}"


@dataclass(frozen=True)
class Shown:
    """The grid as its page shows it besides the rendered rows."""

    lessons: list  # {"title": ...} per lesson, in order
    row_count: int
    done_per_lesson: list


def _initial() -> int:
    return time.time_ns() // 1000  # never reused after the cache is emptied


def progress_changed(sender, instance, **kwargs) -> None:
    """A lesson progress row was saved or deleted: the learner's grids are stale."""
    key = VERSION_KEY.format(instance.learner_id)

    def bump():
        try:
            cache.incr(key)
        except ValueError:  # not set yet, or evicted
            cache.set(key, _initial(), None)

    transaction.on_commit(bump)


def _versions(learner_ids: list[int]) -> list:
    keys = [VERSION_KEY.format(pk) for pk in learner_ids]
    found = cache.get_many(keys)
    missing = {key: _initial() for key in keys if key not in found}
    if missing:
        for key, value in missing.items():
            cache.add(key, value, None)
        found.update(cache.get_many(list(missing)))
    return [found.get(key) for key in keys]


def key_for(assignment, *, sort: str, group, learners: list) -> str | None:
    if settings.GRID_CACHE_SECONDS <= 0:
        return None
    now = timezone.now()
    dues = sorted({due for _pk, _name, due in learners if due} | {assignment.due_at})
    parts = (
        assignment.pk,
        assignment.course_id,
        assignment.lesson_id,
        assignment.group_id,
        assignment.due_at,
        page_cache.current_version(),
        sort,
        group.pk if group else None,
        translation.get_language(),
        tuple(learners),
        tuple(_versions([pk for pk, _name, _due in learners])),
        tuple(due is not None and due < now for due in dues),
    )
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()
    return f"grid:{digest}"


def get_or_build(key: str | None, build):
    """The cached (grid, rows HTML) for the key, else built and stored."""
    if key is not None:
        found = cache.get(key)
        if found is not None:
            return found
    value = build()
    if key is not None:
        cache.set(key, value, settings.GRID_CACHE_SECONDS)
    return value
