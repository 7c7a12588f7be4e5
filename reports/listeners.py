"""The reports' listeners: on a learner's progress (settings.LEARNING_LISTENERS) and
on a learner joining a class (settings.CLASS_LISTENERS)."""

from learning.listeners import ProgressChange

from .cache import results_changed
from .rollup import month_index, refresh_learner_modules


def _summed(status, best_score, completed_at, last_seen) -> tuple:
    """What the roll-up reads of a progress row (reports.rollup._sums)."""
    return (
        status,
        best_score,
        completed_at,
        month_index(last_seen) if last_seen is not None else None,
    )


def refresh_rollup(change: ProgressChange) -> None:
    """Refresh the learner's roll-up rows when what it sums changed; a write that
    changes none of it, such as a second attempt at a completed lesson with no
    better score, leaves the roll-up alone. A visit always asks (it can date the
    learner's start of the module), and stales the reports when it did."""
    progress, before = change.progress, change.before
    if change.visit:
        if refresh_learner_modules(learner_id=change.learner.pk):
            results_changed()
        return
    now = _summed(
        progress.status, progress.best_score, progress.completed_at, progress.last_seen
    )
    then = _summed(
        before.status, before.best_score, before.completed_at, before.last_seen
    )
    if now != then:
        refresh_learner_modules(learner_id=change.learner.pk)


def learner_joined(*, learner_id: int) -> None:
    """A first class makes the learner's home for the reports: move their figures."""
    refresh_learner_modules(learner_id=learner_id)


def stale_reports(change: ProgressChange) -> None:
    """A lesson's status or score changed: cached reports are stale on commit."""
    if not change.visit and change.outcome_changed:
        results_changed()
