"""Progress: how results and reading roll up into LessonProgress and course progress.

Every function that changes LessonProgress runs inside the caller's transaction and
locks the row, so a result and the progress it implies are stored together or not at
all. Course progress is derived in SQL from LessonProgress.
"""

from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from django.db import IntegrityError, connection, transaction
from django.db.models import Avg, Count, Max, Q
from django.utils import timezone

from certificates.issuing import issue_if_complete
from civiced.db import prepared_statements
from courses.activity import Outcome
from courses.models import CoursePage, LessonPage
from reports.cache import results_changed
from reports.rollup import month_index, refresh_learner_modules

from . import rows
from .blocks import QuizBlock
from .models import Attempt, LessonProgress, Quiz

# A heartbeat never adds more than this, so a tab left open overnight counts little.
MAX_HEARTBEAT_SECONDS = 120


# The columns named: a prepared `SELECT *` fails once a migration adds one.
_LOCKED_PROGRESS = (
    "SELECT "  # noqa: S608 (column names from the model)
    + ", ".join(f.column for f in LessonProgress._meta.concrete_fields)
    + " FROM quizzes_lessonprogress WHERE learner_id = %s AND lesson_id = %s"
)


def locked_progress(*, learner, lesson: LessonPage) -> LessonProgress:
    """The learner's progress row for the lesson, created if needed, locked."""
    # Written out (and prepared): on the learner endpoints, building the query with
    # the ORM costs more than running it. The row exists but for a learner's first
    # write.
    sql = _LOCKED_PROGRESS
    if connection.features.has_select_for_update:
        sql += " FOR UPDATE"
    with prepared_statements():
        progress = next(
            iter(LessonProgress.objects.raw(sql, [learner.pk, lesson.pk])), None
        )
    if progress is not None:
        return progress
    course_id = CoursePage.objects.filter(
        path=lesson.path[: -LessonPage.steplen]
    ).values_list("pk", flat=True)[0]
    try:
        with transaction.atomic():
            LessonProgress.objects.get_or_create(
                learner=learner, lesson=lesson, defaults={"course_id": course_id}
            )
    except IntegrityError:
        pass  # created by a concurrent request; lock it below
    return LessonProgress.objects.select_for_update().get(
        learner=learner, lesson=lesson
    )


def counting_attempt(attempts: list, policy: str):
    """The graded attempt whose score counts, by the quiz's policy (attempts or
    rows with their status, percent, passed and number)."""
    graded = [a for a in attempts if a.status == Attempt.GRADED]
    if not graded:
        return None
    if policy == Quiz.FIRST:
        return graded[0]
    if policy == Quiz.LAST:
        return graded[-1]
    return max(graded, key=lambda a: (a.percent or 0, -a.number))


class Counted(NamedTuple):
    """A submitted attempt as far as choosing the one that counts goes."""

    activity_id: str
    status: str
    percent: Decimal | None
    passed: bool | None
    number: int
    score_policy: str


# Per activity, only the submitted attempts any policy can pick or that decides the
# policy: the first, the first and last graded, and the best graded (the earliest
# among equals), so the rows read stay few however many attempts a learner makes;
# each with how many attempts count in its activity. Numbers are unique among an
# activity's attempts that count (each is the count so far plus one, under the
# progress lock). Aggregates rather than window functions: no sorting, so the cost
# grows slowly with the attempts. Written out, as PostgreSQL and SQLite run it;
# `counting_params` gives the parameters, the activities' ids formatted in as `%s`.
COUNTING_ROWS = """
SELECT a.id, a.activity_id, a.status, a.percent, a.passed, a.number, q.score_policy,
       c.attempts_done
FROM (
  SELECT c.activity_id, c.attempts_done, c.first_number, c.first_graded,
    c.last_graded, MIN(b.number) AS best_number
  FROM (
    SELECT activity_id, COUNT(*) AS attempts_done, MIN(number) AS first_number,
      MIN(CASE WHEN status = %%s THEN number END) AS first_graded,
      MAX(CASE WHEN status = %%s THEN number END) AS last_graded,
      MAX(CASE WHEN status = %%s THEN percent END) AS best_percent
    FROM quizzes_attempt
    WHERE learner_id = %%s AND lesson_id = %%s AND activity_id IN (%s)
      AND status <> %%s AND voided = %%s
    GROUP BY activity_id
  ) c
  LEFT OUTER JOIN quizzes_attempt b ON b.learner_id = %%s AND b.lesson_id = %%s
    AND b.activity_id = c.activity_id AND b.status = %%s AND b.voided = %%s
    AND b.percent = c.best_percent
  GROUP BY c.activity_id, c.attempts_done, c.first_number, c.first_graded,
    c.last_graded
) c
INNER JOIN quizzes_attempt a ON a.learner_id = %%s AND a.lesson_id = %%s
  AND a.activity_id = c.activity_id AND a.status <> %%s AND a.voided = %%s
  AND a.number IN (c.first_number, c.first_graded, c.last_graded, c.best_number)
INNER JOIN quizzes_quiz q ON q.id = a.quiz_id
"""


def counting_params(*, learner, lesson: LessonPage, activity_ids: list) -> list:
    """COUNTING_ROWS's parameters."""
    graded, open_, where = Attempt.GRADED, Attempt.IN_PROGRESS, [learner.pk, lesson.pk]
    return [
        *[graded] * 3,
        *where,
        *activity_ids,
        open_,
        False,
        *where,
        graded,
        False,
        *where,
        open_,
        False,
    ]


def counted_attempts(*, learner, lesson: LessonPage, activity_ids: list) -> list:
    """The submitted attempts that can count in the activities (see COUNTING_ROWS),
    in order of number; one query."""
    with connection.cursor() as cursor:
        cursor.execute(
            COUNTING_ROWS % ", ".join(["%s"] * len(activity_ids)),
            counting_params(learner=learner, lesson=lesson, activity_ids=activity_ids),
        )
        attempts = [
            Counted(
                activity_id,
                status,
                None if percent is None else Decimal(str(percent)),
                None if passed is None else bool(passed),
                number,
                policy,
            )
            for _pk, activity_id, status, percent, passed, number, policy, _n in cursor
        ]
    return sorted(attempts, key=lambda attempt: attempt.number)


def outcomes_of(attempts: list, values: dict) -> dict:
    """Each quiz activity's outcome from its attempts that can count, in order of
    number: passed by the attempt that counts under the quiz's policy (best by
    default), with that attempt's score."""
    by_activity: dict[str, list] = {}
    for attempt in attempts:
        by_activity.setdefault(attempt.activity_id, []).append(attempt)
    outcomes = {}
    for activity_id in values:
        tries = by_activity.get(activity_id)
        counted = counting_attempt(tries, tries[0].score_policy) if tries else None
        outcomes[activity_id] = Outcome(
            done=counted is not None and bool(counted.passed),
            percent=counted.percent if counted is not None else None,
        )
    return outcomes


def quiz_outcomes(*, learner, lesson: LessonPage, values: dict) -> dict:
    """Each quiz's outcome (see `outcomes_of`); one query."""
    ids = list(values)
    if not ids:
        return {}
    attempts = counted_attempts(learner=learner, lesson=lesson, activity_ids=ids)
    return outcomes_of(attempts, values)


def _activities_done(
    lesson: LessonPage, learner, required: list[str], quiz_attempts=None
) -> tuple[bool, Decimal | None, bool]:
    """Whether every required activity is done by its rule, the lesson's score, and
    whether either rests on a result the learner's browser reported.

    Each kind of activity block (quiz, H5P) reports its own outcomes, but for the
    quizzes' when the caller has read their attempts that can count. The score is
    the mean of the activities' scores, over those that have one.
    """
    outcomes: dict[str, Outcome] = {}
    for block, values in lesson.activity_values().values():
        if quiz_attempts is not None and isinstance(block, QuizBlock):
            outcomes.update(outcomes_of(quiz_attempts, values))
            continue
        outcomes.update(block.outcomes(learner=learner, lesson=lesson, values=values))
    scores = [o.percent for o in outcomes.values() if o.percent is not None]
    score = sum(scores) / len(scores) if scores else None
    done = all(
        activity_id in outcomes and outcomes[activity_id].done
        for activity_id in required
    )
    reported = any(
        o.reported_by_browser and (o.done or o.percent is not None)
        for o in outcomes.values()
    )
    return done, score, reported


def completion_evidence(
    *, lesson: LessonPage, learner_completed: bool, completed_offline: bool
) -> str:
    """How the lesson's completion stands (a `LessonProgress.completed_by` value).

    The learner's own completion comes first: "graded" when every required
    activity is of a kind the platform grades (quizzes), "reported" when any is
    reported by the browser (H5P), "reading" when the lesson has no required
    activity. Only when the learner has not completed it does a teacher's offline
    mark count, as "offline". Which of these a certificate accepts is
    certificates.evidence's rule.
    """
    if learner_completed:
        kinds = [
            block.graded_on_server
            for block, values in lesson.activity_values().values()
            if any(value.get("required") for value in values.values())
        ]
        if not kinds:
            return LessonProgress.READING
        return LessonProgress.GRADED if all(kinds) else LessonProgress.REPORTED
    if completed_offline:
        return LessonProgress.OFFLINE
    return ""


def _rollup_inputs(progress: LessonProgress) -> tuple:
    """What the reports' roll-up reads of a progress row (reports.rollup._sums): a
    write that changes none of it, such as a second attempt at a completed lesson
    with no better score, leaves the roll-up alone."""
    seen = progress.last_seen
    return (
        progress.status,
        progress.best_score,
        progress.completed_at,
        month_index(seen) if seen is not None else None,
    )


def update_lesson_progress(
    *,
    learner,
    lesson: LessonPage,
    progress: LessonProgress | None = None,
    quiz_attempts: list | None = None,
    with_write: rows.Write | None = None,
) -> LessonProgress:
    """Recompute the learner's status in the lesson from what is stored.

    Complete when every required activity is passed and, for lessons whose rule is
    "read to the end" (and for lessons without required activities), the learner
    has reached the end of the text. A teacher's offline mark completes it too, but
    the row records how it was completed (`completion_evidence`), and only the
    learner's own evidence can earn a certificate (certificates.evidence).

    `progress` is the row as the caller locked it (and perhaps changed it), locked
    here when not given; `quiz_attempts` the lesson's quiz attempts that can count
    (`counted_attempts`, with the caller's unsaved result among them), read here when
    not given; `with_write` a write of the caller's that is stored together with
    the progress row.
    """
    if progress is None:
        progress = locked_progress(learner=learner, lesson=lesson)
    required = lesson.required_activity_ids()
    done, score, by_browser = _activities_done(lesson, learner, required, quiz_attempts)
    must_read = lesson.completion_rule == LessonPage.READ_TO_END or not required
    learner_completed = done and (progress.read_to_end or not must_read)
    complete = progress.completed_offline or learner_completed
    evidence_before = progress.completed_by
    evidence = completion_evidence(
        lesson=lesson,
        learner_completed=learner_completed,
        completed_offline=progress.completed_offline,
    )
    if evidence or progress.status != LessonProgress.COMPLETED:
        # A completed lesson stays completed (and keeps its evidence) when an edit
        # adds a requirement the learner has not met yet.
        progress.completed_by = evidence
    reported = (progress.status, progress.best_score)
    summed = _rollup_inputs(progress)
    progress.best_score = score
    progress.reported_by_browser = by_browser
    now = timezone.now()
    progress.last_seen = now
    if complete:
        if progress.status != LessonProgress.COMPLETED:
            progress.completed_at = now
        progress.status = LessonProgress.COMPLETED
    elif progress.status != LessonProgress.COMPLETED:
        progress.status = LessonProgress.IN_PROGRESS
    saved = _PROGRESS.write(progress)
    if with_write is None:
        rows.save_rows(saved)
    else:
        rows.save_rows(saved, with_write)
    if _rollup_inputs(progress) != summed:
        refresh_learner_modules(learner_id=learner.pk)
    if progress.completed_by not in (evidence_before, "", LessonProgress.OFFLINE):
        # Newly completed, or now completed by the learner's own work: a
        # certificate may be due (an offline mark alone never earns one).
        issue_if_complete(learner=learner, course_id=progress.course_id)
    if (progress.status, progress.best_score) != reported:
        results_changed()
    return progress


_PROGRESS = rows.Table(LessonProgress)


def record_reading(
    *, learner, lesson: LessonPage, seconds: int, reached_end: bool, position: dict
) -> LessonProgress:
    """A reading heartbeat: time spent, where the learner is, whether at the end."""
    with transaction.atomic():
        progress = locked_progress(learner=learner, lesson=lesson)
        progress.time_spent += max(0, min(int(seconds), MAX_HEARTBEAT_SECONDS))
        if position:
            progress.resume_position = position
        if reached_end and not progress.read_to_end:
            progress.read_to_end = True
            return update_lesson_progress(
                learner=learner, lesson=lesson, progress=progress
            )
        progress.last_seen = timezone.now()
        if progress.status == LessonProgress.NOT_STARTED:
            progress.status = LessonProgress.IN_PROGRESS
        progress.save()
        # A visit can date the learner's start of the module.
        if refresh_learner_modules(learner_id=learner.pk):
            results_changed()
        return progress


@dataclass(frozen=True)
class CourseProgress:
    course: CoursePage
    lessons_total: int
    lessons_done: int
    average_score: Decimal | None
    last_seen: object

    @property
    def percent(self) -> int:
        if not self.lessons_total:
            return 0
        return round(100 * self.lessons_done / self.lessons_total)

    @property
    def completed(self) -> bool:
        return self.lessons_total > 0 and self.lessons_done >= self.lessons_total


def course_progress(learner) -> list[CourseProgress]:
    """Progress in every course the learner has started, in three queries."""
    rows = (
        LessonProgress.objects.for_learner(learner)
        .values("course_id")
        .annotate(
            done=Count("pk", filter=Q(status=LessonProgress.COMPLETED)),
            average=Avg("best_score"),
            last=Max("last_seen"),
        )
    )
    by_course = {row["course_id"]: row for row in rows}
    if not by_course:
        return []
    courses = list(CoursePage.objects.live().filter(pk__in=by_course))
    lesson_counts = _live_lesson_counts(courses)
    result = [
        CourseProgress(
            course=course,
            lessons_total=lesson_counts.get(course.pk, 0),
            lessons_done=by_course[course.pk]["done"],
            average_score=by_course[course.pk]["average"],
            last_seen=by_course[course.pk]["last"],
        )
        for course in courses
    ]
    result.sort(key=lambda p: p.last_seen or timezone.now(), reverse=True)
    return result


def _live_lesson_counts(courses: list[CoursePage]) -> dict[int, int]:
    """Live lessons per course, in one query over the page tree."""
    if not courses:
        return {}
    query = Q()
    for course in courses:
        query |= Q(path__startswith=course.path, depth=course.depth + 1)
    counts: dict[int, int] = {}
    paths = {course.path: course.pk for course in courses}
    for path in LessonPage.objects.live().filter(query).values_list("path", flat=True):
        course_pk = paths[path[: -LessonPage.steplen]]
        counts[course_pk] = counts.get(course_pk, 0) + 1
    return counts


@dataclass(frozen=True)
class CourseOutline:
    """A learner's way through one course: each lesson's status and where to go."""

    statuses: dict[int, str]
    next_lesson: LessonPage | None
    started: bool


def course_outline(learner, lessons: list[LessonPage]) -> CourseOutline:
    """Status per lesson and the first lesson not yet completed, in one query."""
    if not learner.is_authenticated or not lessons:
        return CourseOutline({}, lessons[0] if lessons else None, started=False)
    statuses = dict(
        LessonProgress.objects.for_learner(learner)
        .filter(lesson_id__in=[lesson.pk for lesson in lessons])
        .values_list("lesson_id", "status")
    )
    next_lesson = next(
        (x for x in lessons if statuses.get(x.pk) != LessonProgress.COMPLETED), None
    )
    return CourseOutline(statuses, next_lesson, started=bool(statuses))
