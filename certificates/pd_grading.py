"""The professional-development path's grading: a module's course leaders (the group
named on its page) grade the open answers of teachers who take it on their own, and
such a learner is told who grades them and how to get graded."""

from dataclasses import dataclass

from django.db import transaction
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from classes.models import AuditEntry, Membership
from courses.models import CoursePage
from quizzes.models import Attempt
from quizzes.review import ReviewRefused, grade_open_response

from .permissions import can_grade_as_course_leader


class GradingRefused(Exception):
    """The grade is not allowed or its input is wrong; `message` says why."""

    def __init__(self, message) -> None:
        super().__init__(str(message))
        self.message = str(message)


@transaction.atomic
def grade_as_course_leader(
    *, leader: User, attempt: Attempt, question_id: str, points: str, comment: str
) -> Attempt:
    """A course leader's points and comment for one open answer, logged in the
    audit log (with no class) in the same transaction."""
    if not can_grade_as_course_leader(leader, attempt):
        raise GradingRefused(_("You do not grade this answer."))
    try:
        attempt = grade_open_response(
            attempt=attempt,
            question_id=question_id,
            points=points,
            comment=comment[:2000],
            grader=leader,
        )
    except ReviewRefused as refusal:
        raise GradingRefused(refusal.message) from None
    AuditEntry.objects.create(
        actor=leader,
        action=AuditEntry.GRADE,
        klass=None,
        learner=attempt.learner,
        lesson=attempt.lesson,
        details={"attempt": attempt.pk, "as": "course_leader"},
    )
    return attempt


@dataclass(frozen=True)
class WhoGrades:
    """Who grades a learner's open answers in one module, for their own pages."""

    course: CoursePage
    in_class: bool  # a class that is assigned the module: its teacher grades
    group_name: str  # the course leaders' group, "" when the module names none


def waiting_for_grades(learner: User) -> list[WhoGrades]:
    """The certifying modules in which the learner has answers waiting for a grade,
    each with who grades them; in three queries."""
    if not learner.is_authenticated:
        return []
    waiting = (
        Attempt.objects.submitted()
        .filter(learner=learner, status=Attempt.AWAITING_GRADING)
        .values_list("lesson__path", flat=True)
    )
    parents = {path[: -CoursePage.steplen] for path in waiting}
    if not parents:
        return []
    courses = list(
        CoursePage.objects.filter(path__in=parents)
        .exclude(certificate_kind=CoursePage.NO_CERTIFICATE)
        .select_related("grading_group")
        .order_by("title")
    )
    assigned = set(
        Membership.objects.current()
        .filter(
            learner=learner,
            klass__assignments__course__translation_key__in=[
                c.translation_key for c in courses
            ],
        )
        .values_list("klass__assignments__course__translation_key", flat=True)
    )
    return [
        WhoGrades(
            course=course,
            in_class=course.translation_key in assigned,
            group_name=course.grading_group.name if course.grading_group else "",
        )
        for course in courses
    ]


def led_attempts_waiting(attempts: QuerySet[Attempt]) -> QuerySet[Attempt]:
    """The attempts of a course leader's list that still wait for a grade, oldest
    first (the order to grade them in)."""
    return (
        attempts.filter(status=Attempt.AWAITING_GRADING)
        .select_related("learner", "lesson", "quiz")
        .order_by("submitted_at", "pk")
    )
