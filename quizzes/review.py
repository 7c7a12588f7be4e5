"""What teachers do to a learner's record: grade open responses, reset attempts,
mark a lesson complete for work done offline. Each runs in one transaction with the
progress update it implies; the caller checks permission and writes the audit log.
"""

from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from courses.models import LessonPage
from learning.models import LessonProgress
from learning.progress import locked_progress, update_lesson_progress
from learning.scores import percent_of

from .models import Attempt


class ReviewRefused(ValueError):
    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


def parse_points(raw: str, maximum: Decimal) -> Decimal:
    try:
        points = Decimal(str(raw).replace(",", ".").strip())
    except InvalidOperation:
        raise ReviewRefused(_("Enter the points as a number.")) from None
    if not points.is_finite() or points < 0 or points > maximum:
        raise ReviewRefused(
            _("Give between 0 and %(max)s points.") % {"max": maximum.normalize()}
        )
    return points.quantize(Decimal("0.01"))


@transaction.atomic
def grade_open_response(
    *, attempt: Attempt, question_id: str, points: str, comment: str, grader
) -> Attempt:
    """A teacher's score and comment for one open answer; the attempt is final once
    nothing waits for grading."""
    locked_progress(learner=attempt.learner, lesson=attempt.lesson)
    attempt = Attempt.objects.select_for_update().get(pk=attempt.pk)
    result = attempt.results.get(question_id)
    question = next((q for q in attempt.questions if q["id"] == question_id), None)
    if result is None or question is None or question["type"] != "open_response":
        raise ReviewRefused(_("This answer does not need a teacher's grade."))
    maximum = Decimal(result["max_score"])
    score = parse_points(points, maximum)
    status = (
        "correct"
        if score == maximum
        else ("incorrect" if score == 0 else "partially_correct")
    )
    feedback = [comment.strip()] if comment.strip() else []
    attempt.results = {
        **attempt.results,
        question_id: {
            **result,
            "status": status,
            "score": str(score),
            "feedback": feedback,
            "teacher": getattr(grader, "pk", None),
        },
    }
    waiting = [r for r in attempt.results.values() if r["status"] == "awaiting_grading"]
    total = sum(
        (
            Decimal(r["score"])
            for r in attempt.results.values()
            if r["score"] is not None
        ),
        Decimal(0),
    )
    attempt.score = total
    if not waiting:
        attempt.status = Attempt.GRADED
        attempt.percent = percent_of(total, attempt.max_score)
        attempt.passed = attempt.percent >= attempt.quiz.pass_mark
    attempt.save()
    update_lesson_progress(learner=attempt.learner, lesson=attempt.lesson)
    return attempt


@transaction.atomic
def reset_attempts(*, learner, lesson: LessonPage) -> int:
    """Void the learner's attempts in the lesson so they can start afresh."""
    progress = locked_progress(learner=learner, lesson=lesson)
    count = (
        Attempt.objects.filter(learner=learner, lesson=lesson, voided=False)
        .exclude(status=Attempt.IN_PROGRESS)
        .update(voided=True)
    )
    Attempt.objects.filter(
        learner=learner, lesson=lesson, status=Attempt.IN_PROGRESS
    ).delete()
    if not progress.completed_offline:
        progress.status = LessonProgress.IN_PROGRESS
        progress.completed_at = None
        progress.save(update_fields=["status", "completed_at"])
    update_lesson_progress(learner=learner, lesson=lesson)
    return count


@transaction.atomic
def mark_complete(*, learner, lesson: LessonPage) -> LessonProgress:
    """Record a lesson the learner did offline (e.g. on paper during an outage)."""
    progress = locked_progress(learner=learner, lesson=lesson)
    progress.completed_offline = True
    progress.save(update_fields=["completed_offline"])
    progress = update_lesson_progress(learner=learner, lesson=lesson)
    return progress
