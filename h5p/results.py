"""Learners' H5P results and saved state, and what they mean for the lesson.

Every write runs in one transaction with the LessonProgress update it implies,
through ``quizzes.progress.update_lesson_progress``, the code path quizzes use.
"""

import json
import uuid
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Count, Max, Q
from django.utils.translation import gettext_lazy as _

from courses.activity import Outcome
from courses.models import LessonPage
from quizzes.progress import update_lesson_progress

from .blocks import COMPLETED, SCORE, VIEWED
from .models import Package, SavedState, Statement
from .xapi import StatementError, read_statement, stored_statement


def max_state_bytes() -> int:
    return getattr(settings, "H5P_MAX_STATE_BYTES", 256 * 1024)


def record_statement(
    *,
    learner,
    lesson: LessonPage,
    activity_id: str,
    package: Package,
    rule: str,
    pass_percent: int | None,
    key: uuid.UUID,
    data: object,
) -> Statement:
    """Store one statement (once per key) and update the lesson's progress."""
    reading = read_statement(data, pass_percent=pass_percent if rule == SCORE else None)
    with transaction.atomic():
        try:
            with transaction.atomic():
                statement = Statement.objects.create(
                    learner=learner,
                    lesson=lesson,
                    activity_id=activity_id,
                    package=package,
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
        except IntegrityError:
            # A retry of a statement already stored: nothing changes.
            return Statement.objects.get(learner=learner, key=key)
        if reading.top_level:
            update_lesson_progress(learner=learner, lesson=lesson)
    return statement


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
        state.delete()
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
    """
    if isinstance(seq, bool) or not isinstance(seq, int) or not 0 <= seq < 2**31:
        raise StateError(_("“seq” must be a whole number."))
    if data is None:
        SavedState.objects.filter(
            learner=learner, lesson=lesson, activity_id=activity_id
        ).delete()
        return None
    if not isinstance(data, str):
        raise StateError(_("The state must be text."))
    if len(data.encode()) > max_state_bytes():
        raise StateError(_("The saved state is too large."))
    try:
        json.loads(data)
    except ValueError:
        raise StateError(_("The state must be JSON text.")) from None
    with transaction.atomic():
        state, created = _locked_state(learner, lesson, activity_id, package, data, seq)
        if not created and seq >= state.seq:
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
        outcomes[activity_id] = Outcome(done=done, percent=best)
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


__all__ = ["StateError", "StatementError"]
