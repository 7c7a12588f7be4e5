"""What a certificate can rest on: the rule for which completed lessons count.

A certificate says the platform stands behind the learner's work, so it counts
only what the platform can vouch for. How each lesson was completed is kept on the
learner's progress row (`LessonProgress.completed_by`, set by
`learning.progress.completion_evidence`); this module says which of those count
towards a module's certificate:

- "graded": every required activity of the lesson is a quiz the platform graded
  itself. Always counts.
- "reading": the lesson has no required activity and the learner read it to the
  end (the lesson's reading heartbeat reached the end). Always counts: there is
  nothing to grade, and the learner did it themselves.
- "reported": a required activity is an H5P activity, whose result the learner's
  browser reports and the platform cannot check. Counts only where the module's
  editor allows H5P results (`CoursePage.certificate_accepts_h5p`, off by default).
- "offline": a teacher marked the lesson done for work done offline. Never counts
  on its own; the teacher asks for recognition instead (certificates.recognition),
  which a registry keeper decides with a reason.

A lesson the learner completes themselves after an offline mark is recorded by
their own evidence, and then counts.
"""

from django.db.models import Count, Q, QuerySet

from courses.models import CoursePage
from learning.models import LessonProgress

from .models import Certificate


def accepted_evidence(course: CoursePage) -> tuple[str, ...]:
    """The kinds of lesson completion that count towards the module's certificate."""
    if course.certificate_accepts_h5p:
        return (LessonProgress.GRADED, LessonProgress.READING, LessonProgress.REPORTED)
    return (LessonProgress.GRADED, LessonProgress.READING)


def lesson_counts(progress: LessonProgress, course: CoursePage) -> bool:
    """Whether the learner's completion of the lesson counts for the certificate."""
    return (
        progress.status == LessonProgress.COMPLETED
        and progress.completed_by in accepted_evidence(course)
    )


def evidenced_lessons(*, learner, course: CoursePage) -> QuerySet[LessonProgress]:
    """The learner's completed live lessons of the module that count (SQL's
    version of `lesson_counts`)."""
    return LessonProgress.objects.filter(
        learner=learner,
        course_id=course.pk,
        status=LessonProgress.COMPLETED,
        completed_by__in=accepted_evidence(course),
        lesson__live=True,
    )


def certificate_evidence(*, learner, course: CoursePage, lessons: int) -> str | None:
    """What the learner's certificate for the module rests on: Certificate.PLATFORM
    or PLATFORM_H5P when every one of its `lessons` live lessons counts, else None.
    One query."""
    counts = evidenced_lessons(learner=learner, course=course).aggregate(
        done=Count("pk"),
        reported=Count("pk", filter=Q(completed_by=LessonProgress.REPORTED)),
    )
    if lessons == 0 or counts["done"] < lessons:
        return None
    return Certificate.PLATFORM_H5P if counts["reported"] else Certificate.PLATFORM
