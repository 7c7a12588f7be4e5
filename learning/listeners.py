"""The ordered list of listeners told about a result, inside its transaction.

Whatever reacts to a change in a learner's progress (the reports' roll-up and report
cache, certificates, the class grids' versions) is named in settings
LEARNING_LISTENERS, in the order they run, as dotted paths resolved once. A result
writer calls `progress_changed` after writing the progress row, in the same
transaction, so a listener's writes commit or roll back with the result. This is
the one way learning tells the layers above it: no signals, no upward imports.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import cache

from django.conf import settings
from django.utils.module_loading import import_string


@dataclass(frozen=True)
class Before:
    """What a progress row held before the change (the listeners compare)."""

    status: str
    best_score: Decimal | None
    completed_at: datetime | None
    last_seen: datetime | None
    completed_by: str

    @classmethod
    def of(cls, progress) -> "Before":
        return cls(
            progress.status,
            progress.best_score,
            progress.completed_at,
            progress.last_seen,
            progress.completed_by,
        )


@dataclass(frozen=True)
class ProgressChange:
    """A learner's progress row written: `before` and the row as stored now.

    `visit`: a reading heartbeat that did not change the lesson's outcome (it may
    still date the learner's start of the module).
    """

    learner: object
    progress: object
    before: Before
    visit: bool = False

    @property
    def outcome_changed(self) -> bool:
        """The status or the score changed."""
        return (self.progress.status, self.progress.best_score) != (
            self.before.status,
            self.before.best_score,
        )


@cache
def listeners() -> tuple[Callable[[ProgressChange], None], ...]:
    """settings.LEARNING_LISTENERS, imported once."""
    return tuple(import_string(path) for path in settings.LEARNING_LISTENERS)


def progress_changed(change: ProgressChange) -> None:
    """Tell every listener, in order; call inside the result's transaction."""
    for listener in listeners():
        listener(change)
