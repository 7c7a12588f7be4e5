"""The written-out SQL over Wagtail's page and revision tables, built in one place.

The learner endpoints (autosaves, submits, xAPI statements) read a live lesson's few
columns, and a live revisioned model's row (a quiz), with the creation time of the
live revision, which keys what a process keeps of them. Building those queries with
the ORM costs more than running them, so they are written out here, every table and
column named from the models' `_meta`, as fixed texts with `%s` parameters. No other
module names Wagtail's tables (tests/civiced/test_raw_sql.py).
"""

from functools import cache

from django.db.models import Model
from wagtail.models import Page, Revision

from .models import LessonPage

PAGE = Page._meta.db_table
REVISION = Revision._meta.db_table
LESSON = LessonPage._meta.db_table

# The lesson's columns, in this order (courses.live_lessons reads them by position).
LESSON_COLUMNS = (
    "p.path",
    "p.depth",
    "p.url_path",
    "p.title",
    "p.slug",
    "p.locale_id",
    "l.completion_rule",
    "p.live_revision_id",
    "r.created_at",
)
_LESSON_FROM = f"""
FROM {LESSON} l
INNER JOIN {PAGE} p ON p.id = l.page_ptr_id
LEFT OUTER JOIN {REVISION} r ON r.id = p.live_revision_id
"""
_LESSON_WHERE = "WHERE l.page_ptr_id = %s AND p.live = %s"

# One row for a live lesson: its columns and its live revision's creation time.
# Parameters: the lesson's id, True.
LIVE_LESSON = f"SELECT {', '.join(LESSON_COLUMNS)} {_LESSON_FROM} {_LESSON_WHERE}"


def _columns(model: type[Model], alias: str) -> str:
    # Named, not `*`: the row is read by position.
    return ", ".join(f"{alias}.{f.column}" for f in model._meta.concrete_fields)


@cache
def live_row_sql(model: type[Model]) -> str:
    """One live row of a revisioned model (a quiz) with its live revision's
    creation time as `revision_created_at`, for `model.objects.raw`. Parameters:
    the row's id, True."""
    table, pk = model._meta.db_table, model._meta.pk.column
    return (
        f"SELECT {_columns(model, 'm')}, mr.created_at AS revision_created_at"  # noqa: S608
        f" FROM {table} m LEFT OUTER JOIN {REVISION} mr ON mr.id = m.live_revision_id"
        f" WHERE m.{pk} = %s AND m.live = %s"
    )


@cache
def lesson_and_live_row_sql(model: type[Model]) -> str:
    """A live lesson's columns (named `lesson_<column>`, LIVE_LESSON's in its
    order), with one live row of a revisioned model (a quiz) as `live_row_sql`
    gives it when there is one (its columns NULL otherwise), in one query, for
    `model.objects.raw`. Parameters: the row's id, True, the lesson's id, True."""
    table, pk = model._meta.db_table, model._meta.pk.column
    lesson = ", ".join(
        f"{column} AS lesson_{name}"
        for column, name in zip(LESSON_COLUMNS, LESSON_NAMES, strict=True)
    )
    return (
        f"SELECT {_columns(model, 'm')}, mr.created_at AS revision_created_at,"
        f" {lesson} {_LESSON_FROM}"
        f" LEFT OUTER JOIN {table} m ON m.{pk} = %s AND m.live = %s"
        f" LEFT OUTER JOIN {REVISION} mr ON mr.id = m.live_revision_id"
        f" {_LESSON_WHERE}"
    )


# The names `lesson_and_live_row_sql` gives LESSON_COLUMNS, after `lesson_`.
LESSON_NAMES = (
    "path",
    "depth",
    "url_path",
    "title",
    "slug",
    "locale_id",
    "completion_rule",
    "live_revision_id",
    "revision_created_at",
)
