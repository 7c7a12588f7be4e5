"""The certificates' listener on a learner's progress (settings.LEARNING_LISTENERS)."""

from learning.listeners import ProgressChange
from learning.models import LessonProgress

from .issuing import issue_if_complete


def issue_certificate(change: ProgressChange) -> None:
    """Newly completed, or now completed by the learner's own work: a certificate
    may be due (an offline mark alone never earns one)."""
    evidence = change.progress.completed_by
    if evidence not in (change.before.completed_by, "", LessonProgress.OFFLINE):
        issue_if_complete(learner=change.learner, course_id=change.progress.course_id)
