"""Class progress read from quizzes.LessonProgress: the grid and assignment states.

A fixed number of queries whatever the size of the class.
"""

from dataclasses import dataclass, field
from datetime import UTC, datetime

from django.conf import settings
from django.db import connection
from django.db.models import (
    BooleanField,
    Count,
    DateTimeField,
    ExpressionWrapper,
    F,
    Max,
    OuterRef,
    Q,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext_lazy

from courses.models import LessonPage
from learning.models import LessonProgress
from quizzes.models import Attempt

from .models import Assignment, ClassGroup, Extension, Membership, m2m_columns


def assignment_lessons(assignment: Assignment) -> list[LessonPage]:
    return lessons_of([assignment])[assignment.pk]


def lessons_of(assignments) -> dict[int, list[LessonPage]]:
    """Each assignment's live lessons, in order, in one query for them all.

    Assignments need `course` and `lesson` loaded (select_related).
    """
    modules = {a.course.path: a.course for a in assignments if not a.lesson_id}
    by_module: dict[str, list[LessonPage]] = {path: [] for path in modules}
    if modules:
        query = Q()
        for course in modules.values():
            query |= Q(path__startswith=course.path, depth=course.depth + 1)
        for lesson in (
            LessonPage.objects.live()
            .filter(query)
            .only("id", "title", "slug", "url_path", "path", "depth")
            .order_by("path")
        ):
            by_module[lesson.path[: -LessonPage.steplen]].append(lesson)
    return {
        a.pk: [a.lesson] if a.lesson_id else by_module[a.course.path]
        for a in assignments
    }


# An assignment's state for a learner, in the words teachers and learners see.
STATE_WORDS = {
    "done": gettext_lazy("done"),
    "done_late": gettext_lazy("done late"),
    "missing": gettext_lazy("missing"),
    "due": gettext_lazy("to do"),
}


@dataclass(slots=True)
class Cell:
    status: str = LessonProgress.NOT_STARTED
    score: object = None
    overdue: bool = False
    # The score or completion is what the learner's browser reported (H5P).
    reported: bool = False


@dataclass(slots=True)
class Row:
    learner_id: int
    name: str  # what the teacher calls the learner: display name, else username
    cells: list[Cell] = field(default_factory=list)
    done: int = 0
    state: str = "due"  # "done", "done_late", "due", "missing"
    due_at: datetime | None = None
    # The due date was moved by a class-wide interruption (an alert, a power cut).
    interrupted: bool = False


@dataclass
class Grid:
    assignment: Assignment
    lessons: list[LessonPage]
    rows: list[Row]
    done_per_lesson: list[int]
    any_reported: bool = False  # some cell's result came from a learner's browser


def progress_grid(
    assignment: Assignment,
    *,
    sort: str = "name",
    group: ClassGroup | None = None,
    learners: list | None = None,
) -> Grid:
    """Each assigned learner's status and score per lesson, with due / late / missing.

    Reads plain values, not model instances: a 400-learner grid is 12,000 cells, and
    a teacher needs only the learners' names (never their whole account rows).
    """
    lessons = assignment_lessons(assignment)
    if learners is None:
        learners = assigned_members(assignment, group)
    # Whether each lesson was completed after the learner's due date is asked of the
    # database: cheaper than reading 1,200 timestamps to compare them here.
    due = Coalesce(
        Subquery(
            Extension.objects.filter(
                assignment_id=assignment.pk, learner_id=OuterRef("learner_id")
            ).values("due_at")[:1]
        ),
        Value(assignment.due_at, output_field=DateTimeField()),
    )
    progress = {
        (learner_id, lesson_id): (status, score, late, reported)
        for learner_id, lesson_id, status, score, late, reported in (
            LessonProgress.objects.filter(
                learner_id__in=[learner[0] for learner in learners],
                lesson_id__in=[lesson.pk for lesson in lessons],
            )
            .annotate(
                late=ExpressionWrapper(
                    Q(completed_at__gt=due), output_field=BooleanField()
                )
            )
            .values_list(
                "learner_id",
                "lesson_id",
                "status",
                "best_score",
                "late",
                "reported_by_browser",
            )
        )
    }
    now = timezone.now()
    rows = []
    done_per_lesson = [0] * len(lessons)
    lesson_ids = [lesson.pk for lesson in lessons]
    any_reported = False
    for learner_id, name, extended_due, interrupted_at in learners:
        due = extended_due or assignment.due_at
        overdue = past_due(due, now)
        row = Row(learner_id, name, due_at=due, interrupted=interrupted_at is not None)
        late = False
        for index, lesson_id in enumerate(lesson_ids):
            found = progress.get((learner_id, lesson_id))
            if found is None:
                cell = Cell(overdue=overdue)
            elif found[0] == LessonProgress.COMPLETED:
                cell = Cell(found[0], found[1], reported=bool(found[3]))
                row.done += 1
                done_per_lesson[index] += 1
                late = late or bool(found[2])
            else:
                cell = Cell(found[0], found[1], overdue, bool(found[3]))
            any_reported = any_reported or cell.reported
            row.cells.append(cell)
        row.state = assignment_state(
            done=row.done, total=len(lessons), late=late, due=due, now=now
        )
        rows.append(row)
    if sort == "progress":
        rows.sort(key=lambda r: (-r.done, r.name.lower()))
    else:
        rows.sort(key=lambda r: r.name.lower())
    return Grid(assignment, lessons, rows, done_per_lesson, any_reported)


def _members_sql(*, shown_group: bool) -> str:
    """The current members an assignment is for (AssignmentQuerySet.audience, as
    SQL), with their extended due dates (and when an interruption moved them);
    narrowed to a group of the class if asked.

    Written out: the grid asks it on every view, and the ORM took longer to compile
    the query (its Exists and Subquery annotations) than the database took to run
    it. Table and column names come from the models.
    """
    membership, user = Membership._meta, Membership.learner.field.related_model
    assignment, extension = Assignment._meta, Extension._meta
    grouped_table, group_column, user_column = m2m_columns(ClassGroup.learners.field)
    in_group = (
        f" AND EXISTS (SELECT 1 FROM {grouped_table} shown"  # noqa: S608
        f" WHERE shown.{group_column} = %s AND shown.{user_column} = m.learner_id)"
    )
    audience = Assignment.objects.audience_sql(
        assignment="a.id", group="a.group_id", learner="m.learner_id"
    )
    return (
        "SELECT m.learner_id, u.display_name, u.username, e.due_at,"  # noqa: S608
        " e.interrupted_at"
        f" FROM {membership.db_table} m"
        f" {user.join_sql(alias='u', on='m.learner_id')}"
        f" INNER JOIN {assignment.db_table} a ON a.id = %s AND a.klass_id = m.klass_id"
        f" LEFT OUTER JOIN {extension.db_table} e"
        " ON e.assignment_id = a.id AND e.learner_id = m.learner_id"
        f" WHERE m.klass_id = %s AND m.left_at IS NULL AND {audience}"
        f"{in_group if shown_group else ''}"
        " ORDER BY u.username"
    )


_MEMBERS_SQL = {shown: _members_sql(shown_group=shown) for shown in (False, True)}


def assigned_members(
    assignment: Assignment, group: ClassGroup | None
) -> list[tuple[int, str, datetime | None, datetime | None]]:
    """(id, name, extended due date, when an interruption moved it) of the current
    members the assignment is for (AssignmentQuerySet.audience), narrowed to `group`
    when given, in one query with the extensions.
    """
    return members_for(
        assignment_id=assignment.pk,
        klass_id=assignment.klass_id,
        shown_group_id=group.pk if group is not None else None,
    )


def members_for(
    *,
    assignment_id: int,
    klass_id: int,
    shown_group_id: int | None,
) -> list[tuple[int, str, datetime | None, datetime | None]]:
    """assigned_members from the assignment's ids alone (see there)."""
    params = [assignment_id, klass_id]
    if shown_group_id is not None:
        params.append(shown_group_id)
    sql = _MEMBERS_SQL[shown_group_id is not None]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [
            (
                learner_id,
                display_name or username,
                db_moment(extended_due),
                db_moment(interrupted_at),
            )
            for learner_id, display_name, username, extended_due, interrupted_at in (
                cursor.fetchall()
            )
        ]


def db_moment(value) -> datetime | None:
    """A timestamp column read through a plain cursor, as the ORM would return it.

    PostgreSQL gives aware datetimes; SQLite gives naive UTC ones (or text).
    """
    if isinstance(value, str):
        value = parse_datetime(value)
    if value is not None and settings.USE_TZ and timezone.is_naive(value):
        value = timezone.make_aware(value, UTC)
    return value


def assignment_state(
    *, done: int, total: int, late: bool, due: datetime | None, now: datetime
) -> str:
    """done / done_late / missing / due, as Google Classroom teachers know them: the
    one rule for the teacher's grid and the learner's own pages.

    `done` of `total` lessons are completed; `late`: one was completed after the
    learner's due date `due` (None: no due date).
    """
    if total and done == total:
        return "done_late" if late else "done"
    return "missing" if past_due(due, now) else "due"


def past_due(due: datetime | None, now: datetime) -> bool:
    """The learner's due date has passed: work not done by now is missing (and each
    lesson not done is marked overdue on the grid)."""
    return due is not None and due < now


@dataclass(frozen=True)
class AssignmentState:
    assignment: Assignment
    lessons_total: int
    lessons_done: int
    state: str  # "done", "done_late", "due", "missing"
    finished_at: datetime | None
    due_at: datetime | None = None
    # The due date was moved because a lesson was interrupted (an alert, a power cut).
    interrupted: bool = False


def learner_assignments(learner) -> list[AssignmentState]:
    """The learner's assignments across their classes, with due / late / missing."""
    assignments = list(
        Assignment.objects.filter(
            klass__memberships__learner=learner,
            klass__memberships__left_at__isnull=True,
            klass__archived=False,
            available_from__lte=timezone.now(),
        )
        .filter(Assignment.objects.audience(learner.pk))
        .select_related("klass", "course", "lesson")
        .distinct()
    )
    extended = {
        assignment_id: (due_at, interrupted_at is not None)
        for assignment_id, due_at, interrupted_at in Extension.objects.filter(
            learner=learner, assignment__in=[a.pk for a in assignments]
        ).values_list("assignment_id", "due_at", "interrupted_at")
    }
    lessons_by_assignment = lessons_of(assignments)
    lesson_ids = {lesson.pk for ls in lessons_by_assignment.values() for lesson in ls}
    completed = dict(
        LessonProgress.objects.completed()
        .filter(learner=learner, lesson_id__in=lesson_ids)
        .values_list("lesson_id", "completed_at")
    )
    now = timezone.now()
    states = []
    for assignment in assignments:
        lessons = lessons_by_assignment[assignment.pk]
        done = [completed[lesson.pk] for lesson in lessons if lesson.pk in completed]
        finished_at = max(done) if done and len(done) == len(lessons) else None
        due, interrupted = extended.get(assignment.pk, (assignment.due_at, False))
        state = assignment_state(
            done=len(done),
            total=len(lessons),
            late=due is not None and any(at > due for at in done),
            due=due,
            now=now,
        )
        states.append(
            AssignmentState(
                assignment,
                len(lessons),
                len(done),
                state,
                finished_at,
                due,
                interrupted,
            )
        )
    return states


@dataclass(frozen=True)
class HelpNeeded:
    learner: object
    failed_lessons: int
    overdue_assignments: int


def needs_help(klass) -> list[HelpNeeded]:
    """The class's learners who need help (see needs_help_in)."""
    return needs_help_in([klass.pk]).get(klass.pk, [])


def needs_help_in(class_ids) -> dict[int, list[HelpNeeded]]:
    """Each class's learners who need help, most in need first: those with two or
    more failed attempts in a lesson they have not passed since, or with work past
    their due date (missing: not done, the class's due date or their own extended
    one has passed).

    A fixed number of queries, whatever the number of classes.
    """
    class_ids = list(class_ids)
    members = list(
        Membership.objects.current()
        .filter(klass_id__in=class_ids)
        .select_related("learner")
    )
    ids = {m.learner_id for m in members}
    failed_lessons: dict[int, int] = {}
    if ids:
        failing = (
            Attempt.objects.submitted()
            .filter(learner_id__in=ids, passed=False)
            .values("learner_id", "lesson_id")
            .annotate(fails=Count("pk"))
            .filter(fails__gte=2)
        )
        passed_pairs = set(
            Attempt.objects.submitted()
            .filter(learner_id__in=ids, passed=True)
            .values_list("learner_id", "lesson_id")
        )
        for row in failing:
            if (row["learner_id"], row["lesson_id"]) not in passed_pairs:
                failed_lessons[row["learner_id"]] = (
                    failed_lessons.get(row["learner_id"], 0) + 1
                )
    overdue_counts = _overdue_counts(class_ids, ids)
    result: dict[int, list[HelpNeeded]] = {pk: [] for pk in class_ids}
    for m in members:
        failed = failed_lessons.get(m.learner_id, 0)
        overdue = overdue_counts.get((m.klass_id, m.learner_id), 0)
        if failed or overdue:
            result[m.klass_id].append(HelpNeeded(m.learner, failed, overdue))
    for helped in result.values():
        helped.sort(
            key=lambda h: (
                -(h.failed_lessons + h.overdue_assignments),
                h.learner.get_short_name(),
            )
        )
    return result


def _overdue_counts(class_ids: list[int], learner_ids) -> dict[tuple[int, int], int]:
    """(class id, learner id) -> how many of the class's assignments the learner
    has missing."""
    if not learner_ids:
        return {}
    now = timezone.now()
    # Past due for someone: by the class's due date or by a learner's own one.
    overdue = list(
        Assignment.objects.filter(klass_id__in=class_ids)
        .filter(Q(due_at__lt=now) | Q(extensions__due_at__lt=now))
        .select_related("course", "lesson")
        .distinct()
    )
    counts: dict[tuple[int, int], int] = {}
    if not overdue:
        return counts
    lessons_by_assignment = lessons_of(overdue)
    all_lessons = {lesson.pk for ls in lessons_by_assignment.values() for lesson in ls}
    done = set(
        LessonProgress.objects.completed()
        .filter(learner_id__in=learner_ids, lesson_id__in=all_lessons)
        .values_list("learner_id", "lesson_id")
    )
    extended = {
        (e.assignment_id, e.learner_id): e.due_at
        for e in Extension.objects.filter(assignment__in=overdue)
    }
    assigned: dict[int, list[int]] = {}
    for assignment_id, learner_id in (
        Assignment.objects.filter(pk__in=[a.pk for a in overdue])
        .filter(
            klass__memberships__learner_id__isnull=False,
            klass__memberships__left_at__isnull=True,
        )
        .annotate(member=F("klass__memberships__learner_id"))
        .filter(Assignment.objects.audience(OuterRef("member")))
        .values_list("pk", "member")
    ):
        assigned.setdefault(assignment_id, []).append(learner_id)
    for assignment in overdue:
        lessons = lessons_by_assignment[assignment.pk]
        for learner_id in assigned.get(assignment.pk, []):
            state = assignment_state(
                done=sum((learner_id, lesson.pk) in done for lesson in lessons),
                total=len(lessons),
                late=False,  # a late lesson is done: it never makes work missing
                due=extended.get((assignment.pk, learner_id), assignment.due_at),
                now=now,
            )
            if state == "missing":
                key = (assignment.klass_id, learner_id)
                counts[key] = counts.get(key, 0) + 1
    return counts


@dataclass
class ClassOverview:
    """One class at a glance, for the teacher's home."""

    klass: object
    learners: int
    next_due: list[tuple[str, datetime]]  # (what, when), the soonest first
    overdue: int  # assignments not done by their learners' due dates
    needs_help: list[HelpNeeded]
    last_activity: datetime | None


NEXT_DUE_SHOWN = 2


def class_overviews(classes) -> list[ClassOverview]:
    """Each class (a queryset of the classes a teacher teaches) with its learners,
    next due dates, overdue work, who needs help and when a learner was last active.

    A fixed number of queries, whatever the number of classes.
    """
    classes = list(
        classes.select_related("institution").annotate(
            learner_count=Count(
                "memberships",
                filter=Q(memberships__left_at__isnull=True),
                distinct=True,
            )
        )
    )
    ids = [klass.pk for klass in classes]
    if not ids:
        return []
    now = timezone.now()
    upcoming: dict[int, list[tuple[str, datetime]]] = {pk: [] for pk in ids}
    for klass_id, due_at, course, lesson in (
        Assignment.objects.filter(klass_id__in=ids, due_at__gte=now)
        .order_by("due_at")
        .values_list("klass_id", "due_at", "course__title", "lesson__title")
    ):
        if len(upcoming[klass_id]) < NEXT_DUE_SHOWN:
            upcoming[klass_id].append((lesson or course, due_at))
    last_seen = dict(
        LessonProgress.objects.filter(
            learner__memberships__klass_id__in=ids,
            learner__memberships__left_at__isnull=True,
        )
        .values("learner__memberships__klass_id")
        .annotate(last=Max("last_seen"))
        .values_list("learner__memberships__klass_id", "last")
    )
    helped = needs_help_in(ids)
    return [
        ClassOverview(
            klass=klass,
            learners=klass.learner_count,
            next_due=upcoming[klass.pk],
            overdue=sum(h.overdue_assignments for h in helped[klass.pk]),
            needs_help=helped[klass.pk],
            last_activity=last_seen.get(klass.pk),
        )
        for klass in classes
    ]
