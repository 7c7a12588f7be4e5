"""Progress: how results and reading roll up into LessonProgress and course progress.

Every function that changes LessonProgress runs inside the caller's transaction and
locks the row, so a result and the progress it implies are stored together or not at
all. Each kind of activity (quiz, H5P) reports its outcomes through the registry in
learning.activity; whatever reacts to a result (the reports' roll-up and cache, the
certificates, the class grids) is told through learning.listeners, in the same
transaction. Course progress is derived in SQL from LessonProgress.
"""

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from django.db import IntegrityError, connection, transaction
from django.db.models import BooleanField, ExpressionWrapper, Q
from django.utils import timezone

from civiced import rows
from courses.activity import Outcome
from courses.models import CoursePage, LessonPage

from . import activity, listeners
from .listeners import Before, ProgressChange
from .models import LessonProgress

# A heartbeat never adds more than this, so a tab left open overnight counts little.
MAX_HEARTBEAT_SECONDS = 120


# The columns named, so the query says what the lock reads.
_LOCKED_PROGRESS = (
    "SELECT "  # noqa: S608 (column names from the model)
    + ", ".join(f.column for f in LessonProgress._meta.concrete_fields)
    + f" FROM {LessonProgress._meta.db_table} WHERE learner_id = %s AND lesson_id = %s"
)


# The progress columns `progress_beside` reads next to the caller's row.
_BESIDE = (
    "SELECT lp.status, lp.best_score, own.*"  # noqa: S608 (names from the model)
    " FROM ({own}) own"
    f" LEFT OUTER JOIN {LessonProgress._meta.db_table} lp"
    " ON lp.learner_id = %s AND lp.lesson_id = %s"
)
_beside_sql: dict[str, str] = {}


def progress_beside(
    *, learner_id: int, lesson_id: int, sql: str, params: list
) -> tuple | None:
    """One row of the caller's query over its own tables (`sql`, at most one row),
    with the learner's status and best score in the lesson in front of its columns
    (None, None when the learner has no progress row yet); None when `sql` finds
    nothing. One query: an endpoint learners call with every answer (H5P's xAPI
    statements) reads its own rows and the progress together, and only learning
    names the progress table."""
    full = _beside_sql.get(sql)
    if full is None:
        full = _beside_sql.setdefault(sql, _BESIDE.replace("{own}", sql))
    with connection.cursor() as cursor:
        cursor.execute(full, [*params, learner_id, lesson_id])
        found = cursor.fetchone()
    if found is None:
        return None
    status, score, *rest = found
    if score is not None and not isinstance(score, Decimal):
        score = Decimal(str(score))  # SQLite's numbers
    return (status, score, *rest)


def locked_progress(*, learner, lesson: LessonPage) -> LessonProgress:
    """The learner's progress row for the lesson, created if needed, locked."""
    # Written out (and prepared): on the learner endpoints, building the query with
    # the ORM costs more than running it. The row exists but for a learner's first
    # write.
    sql = _LOCKED_PROGRESS
    if connection.features.has_select_for_update:
        sql += " FOR UPDATE"
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


def _activities_done(
    lesson: LessonPage, learner, required: list[str], known: dict | None = None
) -> tuple[bool, Decimal | None, bool]:
    """Whether every required activity is done by its rule, the lesson's score, and
    whether either rests on a result the learner's browser reported.

    Each kind of activity (quiz, H5P) reports its own outcomes through the registry
    (learning.activity), given what the caller has read for it (`known`, by kind
    name). The score is the mean of the activities' scores, over those that have one.
    """
    known = known or {}
    outcomes: dict[str, Outcome] = {}
    for block, values in lesson.activity_values().values():
        kind = activity.kind_of(block)
        outcomes.update(
            kind.outcomes(
                learner=learner,
                lesson=lesson,
                values=values,
                known=known.get(kind.name),
            )
        )
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


def update_lesson_progress(
    *,
    learner,
    lesson: LessonPage,
    progress: LessonProgress | None = None,
    known: dict | None = None,
    with_write: rows.Write | None = None,
    at: datetime | None = None,
) -> LessonProgress:
    """Recompute the learner's status in the lesson from what is stored.

    Complete when every required activity is passed and, for lessons whose rule is
    "read to the end" (and for lessons without required activities), the learner
    has reached the end of the text. A teacher's offline mark completes it too, but
    the row records how it was completed (`completion_evidence`), and only the
    learner's own evidence can earn a certificate (certificates.evidence).

    `progress` is the row as the caller locked it (and perhaps changed it), locked
    here when not given; `known` what the caller has read for a kind of activity, by
    kind name (the quizzes': their attempts that can count, with the caller's
    unsaved result among them), read here when not given; `with_write` a write of
    the caller's that is stored together with the progress row; `at` when what
    completes the lesson was done, if not now (a quiz submitted offline counts at
    its click, quizzes.taking.submitted_moment). The listeners
    (learning.listeners) hear of the change before this returns.
    """
    if progress is None:
        progress = locked_progress(learner=learner, lesson=lesson)
    required = lesson.required_activity_ids()
    done, score, by_browser = _activities_done(lesson, learner, required, known)
    must_read = lesson.completion_rule == LessonPage.READ_TO_END or not required
    learner_completed = done and (progress.read_to_end or not must_read)
    complete = progress.completed_offline or learner_completed
    before = Before.of(progress)
    evidence = completion_evidence(
        lesson=lesson,
        learner_completed=learner_completed,
        completed_offline=progress.completed_offline,
    )
    if evidence or progress.status != LessonProgress.COMPLETED:
        # A completed lesson stays completed (and keeps its evidence) when an edit
        # adds a requirement the learner has not met yet.
        progress.completed_by = evidence
    progress.best_score = score
    progress.reported_by_browser = by_browser
    now = timezone.now()
    progress.last_seen = now
    if complete:
        if progress.status != LessonProgress.COMPLETED:
            progress.completed_at = at or now
        progress.status = LessonProgress.COMPLETED
    elif progress.status != LessonProgress.COMPLETED:
        progress.status = LessonProgress.IN_PROGRESS
    saved = _PROGRESS.write(progress)
    if with_write is None:
        rows.save_rows(saved)
    else:
        rows.save_rows(saved, with_write)
    listeners.progress_changed(
        ProgressChange(learner=learner, progress=progress, before=before)
    )
    return progress


_PROGRESS = rows.Table(LessonProgress)


# How many reading reports' keys a progress row keeps (the outbox sends them in
# order, so a repeat is one of the last few).
READING_KEYS_KEPT = 8


def record_reading(
    *,
    learner,
    lesson: LessonPage,
    seconds: int,
    reached_end: bool,
    position: dict,
    key: str = "",
) -> LessonProgress:
    """A reading heartbeat: time spent, where the learner is, whether at the end.
    A report whose `key` is among the last READING_KEYS_KEPT counts once."""
    with transaction.atomic():
        progress = locked_progress(learner=learner, lesson=lesson)
        if key:
            if key in progress.reading_keys:
                return progress
            progress.reading_keys = [*progress.reading_keys, key][-READING_KEYS_KEPT:]
        progress.time_spent += max(0, min(int(seconds), MAX_HEARTBEAT_SECONDS))
        if position:
            progress.resume_position = position
        if reached_end and not progress.read_to_end:
            progress.read_to_end = True
            return update_lesson_progress(
                learner=learner, lesson=lesson, progress=progress
            )
        before = Before.of(progress)
        progress.last_seen = timezone.now()
        if progress.status == LessonProgress.NOT_STARTED:
            progress.status = LessonProgress.IN_PROGRESS
        rows.save_rows(_PROGRESS.write(progress))
        # A visit can date the learner's start of the module.
        listeners.progress_changed(
            ProgressChange(
                learner=learner, progress=progress, before=before, visit=True
            )
        )
        return progress


# Reading this long, on its own, counts as having begun a course: a page merely
# opened does not (see `course_progress`).
BEGAN_READING_SECONDS = 120


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


def course_progress(learner, *, language: str | None = None) -> list[CourseProgress]:
    """Progress in every course the learner has begun, in four queries.

    A module and its translations (Wagtail's translation_key) are one course, shown
    in `language` where it is published in it, and a lesson done in any of its
    languages is done. A course counts as begun once a lesson in it is completed,
    scored, read to the end or read for BEGAN_READING_SECONDS; one merely opened
    does not. (Courses a teacher assigned are listed with the assignments.)
    """
    began = (
        Q(status=LessonProgress.COMPLETED)
        | Q(best_score__isnull=False)
        | Q(read_to_end=True)
        | Q(time_spent__gte=BEGAN_READING_SECONDS)
    )
    rows = list(
        LessonProgress.objects.for_learner(learner)
        .annotate(began=ExpressionWrapper(began, output_field=BooleanField()))
        .values_list(
            "course_id",
            "lesson__translation_key",
            "status",
            "best_score",
            "last_seen",
            "began",
        )
    )
    if not any(row[5] for row in rows):
        return []
    used = {
        course.pk: course
        for course in CoursePage.objects.live().filter(pk__in={row[0] for row in rows})
    }
    preferred = {}
    if language:
        preferred = {
            course.translation_key: course
            for course in CoursePage.objects.live().filter(
                translation_key__in={c.translation_key for c in used.values()},
                locale__language_code=language,
            )
        }
    groups: dict = {}
    for course_id, lesson_key, status, score, seen, has_begun in rows:
        course = used.get(course_id)
        if course is None:
            continue
        group = groups.setdefault(
            course.translation_key,
            {"course": course, "done": set(), "scores": {}, "last": None},
        )
        group["began"] = group.get("began", False) or bool(has_begun)
        if status == LessonProgress.COMPLETED:
            group["done"].add(lesson_key)
        if score is not None:
            score = Decimal(str(score))
            best = group["scores"].get(lesson_key, score)
            group["scores"][lesson_key] = max(score, best)
        if seen is not None and (group["last"] is None or seen > group["last"]):
            group["last"] = seen
            group["course"] = course  # the language last used, unless preferred
    groups = {key: group for key, group in groups.items() if group["began"]}
    shown = {
        key: preferred.get(key) or group["course"] for key, group in groups.items()
    }
    courses = list(shown.values())
    lesson_counts = _live_lesson_counts(courses)
    result = []
    for course in courses:
        group = groups[course.translation_key]
        total = lesson_counts.get(course.pk, 0)
        scores = list(group["scores"].values())
        result.append(
            CourseProgress(
                course=course,
                lessons_total=total,
                lessons_done=min(len(group["done"]), total),
                average_score=sum(scores) / len(scores) if scores else None,
                last_seen=group["last"],
            )
        )
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
