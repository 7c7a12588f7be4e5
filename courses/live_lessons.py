"""Live lessons for the learner endpoints (autosaves, submits, xAPI statements).

These endpoints need a lesson's few columns and its activity blocks, many times a
minute per learner, not the whole page: one narrow query says whether the lesson is
live and which revision is live, and the body's stored JSON is kept in this process
keyed by that revision (its id and creation time, which no other revision shares),
so a publish is seen at once, with no invalidation to miss.

When the page cache is on, the lesson's row is also kept in this process under the
content version the request began with (`page_cache.request_version`, read with the
user's row): publishing, unpublishing, moving or deleting a page bumps the version,
so while it is unchanged the lesson is known to be live as it was, and the endpoint
asks the database nothing about it.
"""

import copy

from django.db import connection
from django.db.models import Model

from civiced import versioned

from . import live_rows, page_cache
from .models import LessonPage

# Bodies of live revisions kept per process; a few hundred lessons are plenty.
MAX_BODIES = 512
_bodies: dict[tuple, list] = versioned.register({})
# Each lesson's key in _bodies last read.
_latest: dict[int, tuple] = versioned.register({})
# The lesson's columns, without the revision's creation time at the end.
_FIELDS = live_rows.LESSON_NAMES[:-1]
# One row for a live lesson: its columns and its live revision's creation time
# (live_rows.LIVE_LESSON). Written out rather than built by the ORM on every request,
# which on these endpoints costs more than running the query.


# Live lessons this process has read, under the content version they were read at.
_lessons = page_cache.ProcessCache(MAX_BODIES)


def live_lesson(lesson_id: int, request=None) -> LessonPage | None:
    """The live lesson with its body (lazily converted), or None; one query when
    its live revision's body is already known to this process, none when the
    lesson was read under the content version `request` began with."""
    lesson = known_lesson(lesson_id, request)
    if lesson is None:
        lesson = _read(lesson_id)
        remember(lesson, request)
    return lesson


def known_lesson(lesson_id: int, request) -> LessonPage | None:
    """The live lesson as read under the content version `request` began with, if
    this process read it then (None: ask the database)."""
    lesson = _lessons.get(request, lesson_id)
    return _copy(lesson) if lesson is not None else None


def remember(lesson: LessonPage | None, request) -> None:
    """Keep a live lesson just read under the content version `request` began with."""
    if lesson is not None:
        _lessons.put(request, lesson.pk, _copy(lesson))


def _copy(lesson: LessonPage) -> LessonPage:
    """A lesson of its own for each request (its body list too; the blocks in it
    are shared and never written to)."""
    own = copy.copy(lesson)
    own.body = list(lesson.body.raw_data)
    return own


def _read(lesson_id: int) -> LessonPage | None:
    with connection.cursor() as cursor:
        cursor.execute(live_rows.LIVE_LESSON, [lesson_id, True])
        found = cursor.fetchone()
    return lesson_from_row(lesson_id, found)


def lesson_from_row(lesson_id: int, found: tuple | None) -> LessonPage | None:
    """The lesson from a row of live_rows.LIVE_LESSON's columns (None: not live)."""
    if found is None:
        return None
    row = dict(zip(_FIELDS, found[:-1], strict=True))
    key = (lesson_id, row["live_revision_id"], str(found[-1]))
    body = _bodies.get(key) if row["live_revision_id"] is not None else None
    if body is None:
        stream = (
            LessonPage.objects.filter(pk=lesson_id)
            .values_list("body", flat=True)
            .first()
        )
        body = [dict(block) for block in stream.raw_data] if stream else []
        if row["live_revision_id"] is not None:
            if len(_bodies) >= MAX_BODIES:
                _bodies.clear()
                _latest.clear()
            _bodies[key] = body
            _latest[lesson_id] = key
    # The stored blocks are shared between requests: nothing on these paths writes
    # into a block, and the lesson gets its own list.
    return LessonPage(
        id=lesson_id, page_ptr_id=lesson_id, live=True, body=list(body), **row
    )


def live_row(model: type[Model], row_id: int) -> Model | None:
    """The live row of a revisioned model (a quiz) with its live revision's
    `revision_created_at`, or None; one query (live_rows.live_row_sql)."""
    found = model.objects.raw(live_rows.live_row_sql(model), [row_id, True])
    return next(iter(found), None)


def live_lesson_with(
    lesson_id: int, request, *, model: type[Model], row_id: int | None
) -> tuple[LessonPage | None, Model | None]:
    """The live lesson (as `live_lesson` reads it, and kept like it) and the live
    row `row_id` of a revisioned model (as `live_row` reads it), in one query;
    (None, None) when the lesson is not live, (lesson, None) when the row is not."""
    sql = live_rows.lesson_and_live_row_sql(model)
    found = next(iter(model.objects.raw(sql, [row_id, True, lesson_id, True])), None)
    if found is None:
        return None, None
    lesson = lesson_from_row(
        lesson_id,
        tuple(getattr(found, f"lesson_{name}") for name in live_rows.LESSON_NAMES),
    )
    remember(lesson, request)
    return lesson, found if found.pk is not None else None


def last_seen_body(lesson_id: int) -> list | None:
    """The body of the lesson's live revision as this process last read it, which
    may be out of date: a guess at what a request will need, for fetching it in the
    same query as the lesson (see quizzes.views), never to show."""
    body = _bodies.get(_latest.get(lesson_id))
    return list(body) if body is not None else None
