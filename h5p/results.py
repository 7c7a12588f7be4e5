"""Learners' H5P results and saved state, and what they mean for the lesson.

Every write that can change the lesson's outcome runs in one transaction with the
LessonProgress update it implies, through ``learning.progress.update_lesson_progress``,
the code path quizzes use; a statement that cannot (a question's child statement, a
retry, no better than what is stored) is one insert.
"""

import uuid
from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.db.models import Count, Max, Q
from django.utils.translation import gettext_lazy as _

from civiced import json_input
from courses.activity import Outcome
from courses.models import LessonPage
from learning.models import LessonProgress
from learning.progress import progress_beside, update_lesson_progress

from . import storage
from .blocks import COMPLETED, SCORE, VIEWED
from .models import Package, SavedState, Statement
from .storage import StorageFull
from .xapi import StatementError, read_statement, stored_statement


def max_state_bytes() -> int:
    return getattr(settings, "H5P_MAX_STATE_BYTES", 256 * 1024)


class PackageUnavailable(Exception):
    """The activity's package is gone or not ready: the statement is not taken."""


@dataclass(frozen=True)
class Received:
    """A statement taken (or the one its key already stored), and where the
    learner's lesson stands after it."""

    statement: Statement
    lesson_status: str
    lesson_score: Decimal | None


def record_statement(
    *,
    learner,
    lesson: LessonPage,
    activity_id: str,
    package_id: int,
    rule: str,
    pass_percent: int | None,
    key: uuid.UUID,
    data: object,
) -> Received:
    """Store one statement (once per key) and update the lesson's progress.

    The lesson is recomputed only when the statement can change the activity's
    outcome: a first top-level statement, a first completion, or a better score.
    Anything else (a question's child statement, a retry, a score no better than
    one already stored with a completion) is one insert, with no transaction.

    Raises ``StorageFull`` when the learner's storage has no room for the statement:
    then neither the statement nor any progress is stored.
    """
    reading = read_statement(data, pass_percent=pass_percent if rule == SCORE else None)
    found = progress_beside(
        learner_id=learner.pk,
        lesson_id=lesson.pk,
        sql=_STANDING,
        params=[
            learner.pk,
            lesson.pk,
            activity_id,
            reading.completed,
            reading.percent if reading.is_attempt else None,
            reading.percent if reading.is_attempt else None,
            package_id,
            Package.READY,
            True,
        ],
    )
    if found is None:
        raise PackageUnavailable
    status, score, covered = found
    statement = Statement(
        learner=learner,
        lesson=lesson,
        activity_id=activity_id,
        package_id=package_id,
        key=key,
        verb=reading.verb,
        top_level=reading.top_level,
        is_attempt=reading.is_attempt,
        completed=reading.completed,
        success=reading.success,
        score_raw=reading.score_raw,
        score_max=reading.score_max,
        percent=reading.percent,
        sub_content_id=reading.sub_content_id,
        statement=stored_statement(data),
    )
    size = storage.statement_bytes(statement.statement)
    status = status or LessonProgress.NOT_STARTED
    if not reading.top_level or (covered and status != LessonProgress.NOT_STARTED):
        # Without a transaction: the room is taken first (so nothing is stored past
        # the cap) and given back when the insert stores nothing.
        try:
            storage.take(learner_id=learner.pk, size=size)
        except StorageFull:
            stored = Statement.objects.filter(learner=learner, key=key).first()
            if stored is None:
                raise
            return Received(stored, status, score)  # a retry of a stored one
        try:
            inserted = _insert_once(statement)
        except BaseException:
            storage.release(learner_id=learner.pk, size=size)
            raise
        if not inserted:
            storage.release(learner_id=learner.pk, size=size)
            statement = Statement.objects.get(learner=learner, key=key)
        return Received(statement, status, score)
    with transaction.atomic():
        if not _insert_once(statement):
            # A retry of a statement already stored: nothing changes.
            return Received(
                Statement.objects.get(learner=learner, key=key), status, score
            )
        # No room: the exception undoes the insert with the transaction.
        storage.take(learner_id=learner.pk, size=size)
        lesson_progress = update_lesson_progress(learner=learner, lesson=lesson)
    return Received(statement, lesson_progress.status, lesson_progress.best_score)


# Whether the package is there (published), and whether one stored top-level
# statement of the activity already holds everything the new one would add (seen;
# completed, if it completes; this score or better, if it scores), so that the
# activity's outcome cannot change; learning.progress.progress_beside reads where
# the learner's lesson stands with it, in the same query. Written out: building it
# with the ORM costs more than running it, on an endpoint every answer calls.
_STATEMENTS = Statement._meta.db_table
_STANDING = f"""
SELECT EXISTS (
    SELECT 1 FROM {_STATEMENTS} s
    WHERE s.learner_id = %s AND s.lesson_id = %s AND s.activity_id = %s
      AND s.top_level AND (s.completed OR NOT %s)
      AND (%s IS NULL OR (s.is_attempt AND s.percent >= %s))
) AS covered
FROM {Package._meta.db_table} pkg
WHERE pkg.id = %s AND pkg.status = %s AND pkg.live = %s
"""  # noqa: S608 (table names from the models)
_COLUMNS = [f for f in Statement._meta.concrete_fields if not f.primary_key]
# The key is unique per learner: a retry inserts nothing and returns no row.
_INSERT = (
    f"INSERT INTO {_STATEMENTS} ("  # noqa: S608 (names from the model)
    + ", ".join(f.column for f in _COLUMNS)
    + ") VALUES ("
    + ", ".join(["%s"] * len(_COLUMNS))
    + ") ON CONFLICT DO NOTHING RETURNING id"
)


def _insert_once(statement: Statement) -> bool:
    """Insert the statement unless its key is stored already (no savepoint, no
    read first); True when inserted."""
    params = [
        f.get_db_prep_save(f.pre_save(statement, True), connection) for f in _COLUMNS
    ]
    with connection.cursor() as cursor:
        cursor.execute(_INSERT, params)
        row = cursor.fetchone()
    if row is None:
        return False
    statement.pk = row[0]
    statement._state.adding = False
    return True


def record_view(
    *, learner, lesson: LessonPage, activity_id: str, package: Package
) -> None:
    """The learner opened the player: enough for activities that only need a view."""
    with transaction.atomic():
        seen = Statement.objects.filter(
            learner=learner, lesson=lesson, activity_id=activity_id, top_level=True
        ).exists()
        if not seen:
            Statement.objects.create(
                learner=learner,
                lesson=lesson,
                activity_id=activity_id,
                package=package,
                key=uuid.uuid4(),
                verb=VIEWED,
            )
        update_lesson_progress(learner=learner, lesson=lesson)


@dataclass(frozen=True)
class Resume:
    data: str | None
    cleared: bool


def load_state(
    *, learner, lesson: LessonPage, activity_id: str, package: Package
) -> Resume:
    """The learner's saved state, or None; state saved against other content is
    cleared, and the caller tells the learner."""
    state = SavedState.objects.filter(
        learner=learner, lesson=lesson, activity_id=activity_id
    ).first()
    if state is None:
        return Resume(None, cleared=False)
    if state.content_hash != package.content_hash:
        with transaction.atomic():
            if SavedState.objects.filter(pk=state.pk).delete()[0]:
                storage.release(
                    learner_id=learner.pk, size=storage.state_bytes(state.data)
                )
        return Resume(None, cleared=True)
    return Resume(state.data, cleared=False)


class StateError(ValueError):
    """The state cannot be saved; the message says why, translated."""


def save_state(
    *,
    learner,
    lesson: LessonPage,
    activity_id: str,
    package: Package,
    data: object,
    seq: object,
) -> SavedState | None:
    """Keep the player's state; an older ``seq`` than the stored one is ignored.

    ``data`` is the JSON text the player produced, or null to forget the state.
    Raises ``StorageFull`` when a larger state has no room under the learner's cap:
    then the stored state stays as it was.
    """
    if isinstance(seq, bool) or not isinstance(seq, int) or not 0 <= seq < 2**31:
        raise StateError(_("“seq” must be a whole number."))
    if data is None:
        with transaction.atomic():
            forgotten = list(
                SavedState.objects.select_for_update()
                .filter(learner=learner, lesson=lesson, activity_id=activity_id)
                .values_list("pk", "data")
            )
            if forgotten:
                SavedState.objects.filter(pk__in=[row[0] for row in forgotten]).delete()
                storage.release(
                    learner_id=learner.pk,
                    size=sum(storage.state_bytes(row[1]) for row in forgotten),
                )
        return None
    if not isinstance(data, str):
        raise StateError(_("The state must be text."))
    if len(data.encode()) > max_state_bytes():
        raise StateError(_("The saved state is too large."))
    try:
        json_input.loads(data)
    except ValueError:
        raise StateError(_("The state must be JSON text.")) from None
    with transaction.atomic():
        state, created = _locked_state(learner, lesson, activity_id, package, data, seq)
        # No room: the exception undoes a new row with the transaction.
        if created:
            storage.take(learner_id=learner.pk, size=storage.state_bytes(data))
        elif seq >= state.seq:
            storage.change(
                learner_id=learner.pk,
                old=storage.state_bytes(state.data),
                new=storage.state_bytes(data),
            )
            state.data = data
            state.seq = seq
            state.package = package
            state.content_hash = package.content_hash
            state.save()
    return state


def _locked_state(learner, lesson, activity_id, package, data, seq):
    defaults = {
        "package": package,
        "content_hash": package.content_hash,
        "data": data,
        "seq": seq,
    }
    try:
        with transaction.atomic():
            state, created = SavedState.objects.get_or_create(
                learner=learner,
                lesson=lesson,
                activity_id=activity_id,
                defaults=defaults,
            )
    except IntegrityError:
        created = False
    if created:
        return state, True
    state = SavedState.objects.select_for_update().get(
        learner=learner, lesson=lesson, activity_id=activity_id
    )
    return state, False


def activity_outcomes(*, learner, lesson: LessonPage, values: dict) -> dict:
    """Each H5P activity's outcome by its completion rule, in one query."""
    rows = (
        Statement.objects.filter(
            learner=learner, lesson=lesson, activity_id__in=list(values), top_level=True
        )
        .values("activity_id")
        .annotate(
            seen=Count("pk"),
            completed=Count("pk", filter=Q(completed=True)),
            best=Max("percent", filter=Q(is_attempt=True)),
        )
    )
    found = {row["activity_id"]: row for row in rows}
    outcomes = {}
    for activity_id, value in values.items():
        row = found.get(activity_id)
        if row is None:
            outcomes[activity_id] = Outcome(done=False, percent=None)
            continue
        rule = value.get("completion_rule") or COMPLETED
        best = row["best"]
        if rule == SCORE:
            done = best is not None and best >= (value.get("pass_percent") or 0)
        elif rule == VIEWED:
            done = True
        else:
            done = row["completed"] > 0
        # Everything here came from the learner's browser.
        outcomes[activity_id] = Outcome(
            done=done, percent=best, reported_by_browser=True
        )
    return outcomes


def attempts(*, learner, lesson: LessonPage, activity_id: str) -> list[Statement]:
    """Every attempt, oldest first; ``best`` and ``last`` are read from these."""
    return list(
        Statement.objects.filter(
            learner=learner,
            lesson=lesson,
            activity_id=activity_id,
            is_attempt=True,
        ).order_by("received_at", "pk")
    )


def best_and_last(tries: list[Statement]) -> tuple[Statement | None, Statement | None]:
    scored = [s for s in tries if s.percent is not None]
    best = max(scored, key=lambda s: s.percent) if scored else None
    return best or (tries[-1] if tries else None), tries[-1] if tries else None


__all__ = ["StateError", "StatementError", "StorageFull"]


def kind_outcomes(*, learner, lesson: LessonPage, values: dict, known=None) -> dict:
    """The H5P kind's outcomes (learning.activity); nothing is read beforehand."""
    return activity_outcomes(learner=learner, lesson=lesson, values=values)


def learner_export(learner) -> dict:
    """The H5P kind's part of the learner's data export: each top-level result
    their browser reported, under `h5p_results`; one query."""
    return {
        "h5p_results": [
            {
                "lesson": s.lesson.title,
                "activity": s.package.title,
                "verb": s.verb,
                "percent": None if s.percent is None else str(s.percent),
                "completed": s.completed,
                "received_at": s.received_at.isoformat(),
            }
            for s in Statement.objects.filter(learner=learner, top_level=True)
            .select_related("lesson", "package")
            .order_by("received_at")
        ]
    }
