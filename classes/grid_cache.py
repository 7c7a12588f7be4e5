"""The progress grid page, kept in the cache until something it shows changes.

A teacher reloads the grid of a class many times while little in it changes, and a
40 × 30 grid is 1,200 cells to build and render. The page's content (everything
between the site's header and footer, and its title) is stored under a key made of
everything it depends on:

- the assignment's own fields (module or lesson, group, due date), the class's name
  and groups (the group filter), and the content version of `courses.page_cache`
  (the module's live lessons and their titles change with a publish);
- the learners it is for, with their names and extended due dates (and whether an
  interruption moved them), as one query reads
  them on every request (so joining, leaving, groups, chosen learners, extensions and
  renamed accounts change the key by themselves);
- for each of those learners a progress version (civiced.versioned.GRID_LEARNERS),
  bumped once the transaction commits whenever any of their lesson progress rows is
  saved or deleted;
- which of the due dates have passed (a cell turns overdue as time goes by);
- the sort, the group shown, the language and the time zone.

A key that matches can only hold the page as it would be built now. Entries expire
after GRID_CACHE_SECONDS (0 turns the cache off, as in the tests).

The whole page (the site's header and footer around the content) is kept as well,
under that key with the address asked for, and filled with each teacher's own parts
(see `page`). What a request reads to make the key (the assignment, found only in a
class the user teaches, and the learners) is read on every request, in two plain SQL
queries.
"""

import hashlib
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone, translation

from accounts.roles import can_access_admin
from civiced import page_shell
from civiced.versioned import GRID_LEARNERS

from .models import Assignment, Class, ClassGroup, ClassQuerySet
from .progress import db_moment

TEMPLATE = "classes/assignment_grid.html"

# Ids a plain query can take (BigAutoField); a larger one finds nothing, as with the
# ORM, rather than overflowing the database driver.
LARGEST_ID = 2**63 - 1


@dataclass(frozen=True)
class TaughtAssignment:
    """What the grid page's key needs of an assignment and its class."""

    pk: int
    klass_id: int
    course_id: int
    lesson_id: int | None
    group_id: int | None
    due_at: datetime | None
    class_name: str
    groups: tuple[tuple[int, str], ...]  # the class's groups (pk, name), by name


_TAUGHT_SQL = f"""
SELECT a.id, a.klass_id, a.course_id, a.lesson_id, a.group_id, a.due_at, k.name,
    g.id, g.name
FROM {Assignment._meta.db_table} a
INNER JOIN {Class._meta.db_table} k ON k.id = a.klass_id
LEFT OUTER JOIN {ClassGroup._meta.db_table} g ON g.klass_id = a.klass_id
WHERE a.id = %s AND a.klass_id = %s
  AND {ClassQuerySet.taught_by_sql(klass="a.klass_id", user="%s")}
ORDER BY g.name
"""  # noqa: S608 (names from the models)


def taught_assignment(
    user, klass_pk: int, assignment_pk: int
) -> TaughtAssignment | None:
    """The assignment of that class, with the class's groups, when the user teaches
    the class (as classes.permissions.classes_taught); None otherwise."""
    if not user.is_authenticated or not (
        0 < klass_pk <= LARGEST_ID and 0 < assignment_pk <= LARGEST_ID
    ):
        return None
    with connection.cursor() as cursor:
        cursor.execute(_TAUGHT_SQL, [assignment_pk, klass_pk, user.pk])
        rows = cursor.fetchall()
    if not rows:
        return None
    pk, klass_id, course_id, lesson_id, group_id, due_at, class_name = rows[0][:7]
    return TaughtAssignment(
        pk=pk,
        klass_id=klass_id,
        course_id=course_id,
        lesson_id=lesson_id,
        group_id=group_id,
        due_at=db_moment(due_at),
        class_name=class_name,
        groups=tuple((row[7], row[8]) for row in rows if row[7] is not None),
    )


def progress_changed(sender, instance, **kwargs) -> None:
    """A lesson progress row was saved or deleted: the learner's grids are stale."""
    learner_progress_changed(instance.learner_id)


def learner_progress_changed(learner_id: int) -> None:
    """The learner's grids are stale once the transaction commits."""
    GRID_LEARNERS[learner_id].bump_on_commit()


def key_for(
    assignment: TaughtAssignment,
    *,
    sort: str,
    group_id: int | None,
    learners: list,
    content_version: int,
) -> str | None:
    if settings.GRID_CACHE_SECONDS <= 0:
        return None
    now = timezone.now()
    dues = {learner[2] for learner in learners if learner[2] is not None}
    if assignment.due_at is not None:
        dues.add(assignment.due_at)
    parts = (
        assignment,
        content_version,
        sort,
        group_id,
        translation.get_language(),
        timezone.get_current_timezone_name(),
        tuple(learners),
        tuple(GRID_LEARNERS.read_many([learner[0] for learner in learners])),
        tuple(due < now for due in sorted(dues)),
    )
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()
    return f"grid:{digest}"


def page(request: HttpRequest, key: str | None, build) -> HttpResponse:
    """The grid page: its title and content (`build` makes them) in the site's layout.

    The content is kept under `key`. The layout is the same for every teacher of the
    class but for their account links and messages, so for everyone but admins (whose
    Wagtail user bar is their own) the whole page is kept too, as a shell filled with
    those parts on each request (civiced.page_shell), as a learner's lesson is.
    """

    def content() -> dict:
        title, html = get_or_build(key, build)
        return {"title": title, "content": html}

    if can_access_admin(request.user):
        return render(request, TEMPLATE, content())
    shell_key = _page_key(key, request) if key is not None else None
    entry = cache.get(shell_key) if shell_key is not None else None
    if entry is None:
        shell = page_shell.Shell()
        html = render_to_string(
            TEMPLATE,
            {**content(), page_shell.SHELL_CONTEXT: shell},
            request=request,
        )
        entry = {"html": html, "nonce": shell.nonce}
        if shell_key is not None:
            cache.set(shell_key, entry, settings.GRID_CACHE_SECONDS)
    return HttpResponse(page_shell.fill(entry, request))


def _page_key(key: str, request: HttpRequest) -> str:
    """The whole page's key: its content's and what the site's layout shows of the
    request (the language links carry its address, query included)."""
    where = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(f"{key} {where}".encode()).hexdigest()
    return f"gridpage:{digest}"


def get_or_build(key: str | None, build):
    """The cached value for the key, else built and stored."""
    if key is not None:
        found = cache.get(key)
        if found is not None:
            return found
    value = build()
    if key is not None:
        cache.set(key, value, settings.GRID_CACHE_SECONDS)
    return value
