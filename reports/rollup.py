"""The roll-up the reports read, kept with the results it sums.

Tables in reports.models: LearnerModule, one row per learner and course summed from
their LessonProgress, and the cells, those rows summed again by home institution,
course, month, lessons done and completion (ModuleCell), without the month
(InstitutionCell)
and for the whole city (MonthCell): a few rows per institution and module whatever
the number of learners, which is what the aggregates scan. The month is the local
month the learner started the course; if TIME_ZONE changes, rebuild.

Whatever writes LessonProgress or a class membership calls `refresh_learner_modules`
inside its own transaction, so the roll-up commits (or rolls back) with the results:
learning.progress does it for every quiz, H5P and reading result (through the
listener reports.listeners.refresh_rollup), classes when a
learner joins a class (their first class is their home). Bulk loads that write rows
directly (seed_load, the benchmark's data, the migration that made the tables) call
`rebuild_learner_modules` instead.

Learners are counted once per group without COUNT(DISTINCT): each LearnerModule row
carries bits saying whether it is the learner's earliest row (by month, then course)
overall, in its month, quarter and academic year, and the same within its module.
A group's learners are the sum of the bit that matches its grouping (see
reports.queries). The definitions are those of reports.queries.
"""

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection
from django.db.models import Count, F, Func, Min, OuterRef, Q, Subquery, Sum
from django.db.models.functions import Coalesce

from classes.models import Membership
from courses.models import CoursePage, LessonPage
from learning.models import LessonProgress

from .models import InstitutionCell, LearnerModule, ModuleCell, MonthCell

CENT = Decimal("0.01")
# ModuleCell's measures, in the order of Pair.cell_values().
MEASURES = (
    "starts",
    "score_sum",
    "score_count",
    "first",
    "first_in_month",
    "first_in_quarter",
    "first_in_year",
    "first_in_module",
    "first_in_module_month",
    "first_in_module_quarter",
    "first_in_module_year",
)
_BITS = (1, 2, 4, 8, 16, 32, 64, 128)  # LearnerModule.firsts, in MEASURES order
# Each table of cells, with its key as positions in a ModuleCell key.
CELL_TABLES = (
    (ModuleCell, (0, 1, 2, 3, 4)),
    (InstitutionCell, (0, 1, 3, 4)),
    (MonthCell, (1, 2, 3, 4)),
)


def month_index(moment: datetime | None) -> int:
    """The moment's month in local time as year * 12 + month - 1; 0 for none."""
    if moment is None:
        return 0
    local = moment.astimezone(ZoneInfo(settings.TIME_ZONE))
    return local.year * 12 + local.month - 1


def _buckets(month: int) -> tuple:
    """The month's month, quarter and academic year (from September), as keys."""
    if not month:
        return (None, None, None)
    return (month, month // 3, (month - 8) // 12)


@dataclass
class Pair:
    """One learner's work on one course: a LearnerModule row being computed."""

    learner_id: int
    course_id: int
    module: str  # the course's translation key: both languages are one module
    institution_id: int | None
    month: int
    done: int
    score_sum: Decimal
    score_count: int
    firsts: int = 0
    completed: bool = False

    def cell_key(self) -> tuple:
        return (
            self.institution_id or 0,
            self.course_id,
            self.month,
            self.done,
            self.completed,
        )

    def cell_values(self) -> tuple:
        bits = tuple(1 if self.firsts & bit else 0 for bit in _BITS)
        return (1, self.score_sum, self.score_count, *bits)

    def row_values(self) -> tuple:
        return (
            self.institution_id,
            self.month,
            self.done,
            self.score_sum,
            self.score_count,
            self.firsts,
            self.completed,
        )


def _mark_firsts(pairs: list[Pair]) -> None:
    """Set each pair's `firsts` bits; `pairs` are all of one learner's."""
    seen: set = set()
    for pair in sorted(pairs, key=lambda p: (p.month, p.course_id)):
        month, quarter, year = _buckets(pair.month)
        pair.firsts = 0
        for scope, shift in ((None, 0), (pair.module, 4)):
            for bit, key in ((1, ()), (2, month), (4, quarter), (8, year)):
                mark = (scope, bit, key)
                if mark not in seen:
                    seen.add(mark)
                    pair.firsts |= bit << shift


def _sums():
    """LessonProgress summed per learner and course: a LearnerModule row's values."""
    return (
        LessonProgress.objects.filter(
            status__in=[LessonProgress.IN_PROGRESS, LessonProgress.COMPLETED]
        )
        .values("learner_id", "course_id")
        .annotate(
            module=F("course__translation_key"),
            started=Min(Coalesce("completed_at", "last_seen")),
            lessons_done=Count("pk", filter=Q(status=LessonProgress.COMPLETED)),
            scores=Sum("best_score"),
            scored=Count("best_score"),
        )
    )


def _live_lessons():
    """The live lessons of the row's course, for OuterRef("course")."""
    return Subquery(
        LessonPage.objects.filter(
            live=True,
            depth=OuterRef("course__depth") + 1,
            path__startswith=OuterRef("course__path"),
        )
        .order_by()
        .annotate(n=Func("pk", function="COUNT"))
        .values("n")[:1]
    )


def _completed(done: int, lessons: int | None, before: bool) -> bool:
    """Whether the learner has completed the module: every lesson it had live when
    they last made progress in it. Once completed, it stays completed, so a lesson
    published later changes no figure of the past (README, "Counting rules")."""
    return before or bool(lessons and done >= lessons)


def _pair(values: dict, institution_id: int | None) -> Pair:
    return Pair(
        learner_id=values["learner_id"],
        course_id=values["course_id"],
        module=str(values["module"]),
        institution_id=institution_id,
        month=month_index(values["started"]),
        done=values["lessons_done"],
        score_sum=Decimal(str(values["scores"] or 0)).quantize(CENT),
        score_count=values["scored"],
    )


def _home():
    """The institution of a learner's first class, for OuterRef("learner_id")."""
    return Subquery(
        Membership.objects.filter(learner_id=OuterRef("learner_id"))
        .order_by("pk")
        .values("klass__institution_id")[:1]
    )


def refresh_learner_modules(*, learner_id: int) -> bool:
    """Recompute the learner's roll-up rows, and move their sums between cells;
    whether any figure changed.

    Call it in the transaction that changed the learner's progress or classes,
    after the change. Two queries (lock the learner and read their rows, sum their
    progress), then one to write the rows that changed and one for the cells.
    """
    old = _locked_rows(learner_id)
    new = []
    for values in (
        _sums()
        .filter(learner_id=learner_id)
        .annotate(home=_home(), lessons=_live_lessons())
        .order_by()
    ):
        pair = _pair(values, values["home"])
        had = old.get(pair.course_id)
        pair.completed = _completed(
            pair.done, values["lessons"], bool(had and had.completed)
        )
        new.append(pair)
    _mark_firsts(new)
    new_rows = {pair.course_id: pair for pair in new}
    changed = [
        pair
        for pair in new
        if pair.course_id not in old
        or old[pair.course_id].row_values() != pair.row_values()
    ]
    gone = [course_id for course_id in old if course_id not in new_rows]
    if changed:
        LearnerModule.objects.bulk_create(
            [_row(pair) for pair in changed],
            update_conflicts=True,
            unique_fields=["learner", "course"],
            update_fields=[
                "institution",
                "month",
                "done",
                "score_sum",
                "score_count",
                "firsts",
                "completed",
            ],
        )
    if gone:
        LearnerModule.objects.filter(learner_id=learner_id, course_id__in=gone).delete()
    deltas: dict[tuple, list] = {}
    for pairs, sign in ((old.values(), -1), (new, 1)):
        for pair in pairs:
            cell = deltas.setdefault(pair.cell_key(), [0] * len(MEASURES))
            for index, value in enumerate(pair.cell_values()):
                cell[index] += sign * value
    deltas = {key: v for key, v in deltas.items() if any(v)}
    _add_to_cells(deltas)
    return bool(deltas)


def _locked_rows(learner_id: int) -> dict[int, Pair]:
    """The learner's LearnerModule rows by course, after locking the learner.

    The lock on the account row serialises two results of one learner arriving at
    once (each locks only its own lesson's progress), so neither computes from
    rows the other is changing.
    """
    q = connection.ops.quote_name
    users, lock = get_user_model().locked_row_sql(alias="u")
    columns = "r.course_id, r.institution_id, r.month, r.done, "
    columns += "r.score_sum, r.score_count, r.firsts, r.completed"
    sql = f"""
        SELECT {columns}
        FROM {users}
        LEFT JOIN {q(LearnerModule._meta.db_table)} r ON r.learner_id = u.id
        WHERE u.id = %s{lock}
    """  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(sql, [learner_id])
        fetched = cursor.fetchall()
    rows = {}
    for course_id, home, month, done, score_sum, scored, firsts, completed in fetched:
        if course_id is None:
            continue
        rows[course_id] = Pair(
            learner_id=learner_id,
            course_id=course_id,
            module="",
            institution_id=home,
            month=month,
            done=done,
            score_sum=Decimal(str(score_sum)).quantize(CENT),
            score_count=scored,
            firsts=firsts,
            completed=bool(completed),
        )
    return rows


def _row(pair: Pair) -> LearnerModule:
    return LearnerModule(
        learner_id=pair.learner_id,
        course_id=pair.course_id,
        institution_id=pair.institution_id,
        month=pair.month,
        done=pair.done,
        score_sum=pair.score_sum,
        score_count=pair.score_count,
        firsts=pair.firsts,
        completed=pair.completed,
    )


def _add_to_cells(deltas: dict[tuple, list]) -> None:
    """Add the measures to their cells in each table, creating missing cells; one
    statement per table.

    Cells are written in key order so that two transactions touching the same
    cells lock them in the same order (no deadlock).
    """
    if not deltas:
        return
    for model, positions in CELL_TABLES:
        projected = {key: v for key, v in _project(deltas, positions).items() if any(v)}
        if projected:
            _add_to_table(model, projected)


def _project(cells: dict[tuple, list], positions: tuple) -> dict[tuple, list]:
    """Cells keyed by ModuleCell keys, summed by the key parts at `positions`."""
    projected: dict[tuple, list] = {}
    for key, values in cells.items():
        cell = projected.setdefault(
            tuple(key[p] for p in positions), [0] * len(MEASURES)
        )
        for index, value in enumerate(values):
            cell[index] += value
    return projected


def _add_to_table(model, deltas: dict[tuple, list]) -> None:
    q = connection.ops.quote_name
    table = q(model._meta.db_table)
    keys = list(model.KEYS)
    columns = ", ".join(q(c) for c in [*keys, *MEASURES])
    row = f"({', '.join(['%s'] * (len(keys) + len(MEASURES)))})"
    updates = ", ".join(f"{q(m)} = {table}.{q(m)} + excluded.{q(m)}" for m in MEASURES)
    params: list = []
    for key in sorted(deltas):
        params += [*key, *deltas[key]]
    sql = f"""
        INSERT INTO {table} ({columns}) VALUES {", ".join([row] * len(deltas))}
        ON CONFLICT ({", ".join(q(k) for k in keys)}) DO UPDATE SET {updates}
    """  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(sql, params)


def rebuild_learner_modules(*, batch: int = 5000) -> int:
    """Recompute every table of the roll-up from LessonProgress and memberships;
    the number of LearnerModule rows. For bulk loads that wrote rows directly; run
    it in their transaction (or alone: it replaces everything). Rows go in as plain
    tuples: model instances for a city of learners would cost more than the sums."""
    homes: dict[int, int] = {}
    for learner_id, institution_id in Membership.objects.order_by("-pk").values_list(
        "learner_id", "klass__institution_id"
    ):
        homes[learner_id] = institution_id  # the last written is the first class
    # Completions stay: a rebuild keeps every completion the rows held.
    completed_before = set(
        LearnerModule.objects.filter(completed=True).values_list(
            "learner_id", "course_id"
        )
    )
    lessons = _live_lesson_counts()
    q = connection.ops.quote_name
    row_columns = ["learner_id", "course_id", "institution_id", "month", "done"]
    row_columns += ["score_sum", "score_count", "firsts", "completed"]
    with connection.cursor() as cursor:
        for model in (LearnerModule, *(model for model, _p in CELL_TABLES)):
            cursor.execute(f"DELETE FROM {q(model._meta.db_table)}")  # noqa: S608
    cells: dict[tuple, list] = {}
    rows: list[tuple] = []
    total = 0

    def flush(pairs: list[Pair]) -> None:
        nonlocal rows, total
        _mark_firsts(pairs)
        for pair in pairs:
            rows.append((pair.learner_id, pair.course_id, *pair.row_values()))
            cell = cells.setdefault(pair.cell_key(), [0] * len(MEASURES))
            for index, value in enumerate(pair.cell_values()):
                cell[index] += value
        if len(rows) >= batch:
            total += len(rows)
            _insert(LearnerModule, row_columns, rows)
            rows = []

    learner: list[Pair] = []
    for values in _sums().order_by("learner_id").iterator(chunk_size=batch):
        if learner and learner[0].learner_id != values["learner_id"]:
            flush(learner)
            learner = []
        pair = _pair(values, homes.get(values["learner_id"]))
        pair.completed = _completed(
            pair.done,
            lessons.get(pair.course_id),
            (pair.learner_id, pair.course_id) in completed_before,
        )
        learner.append(pair)
    if learner:
        flush(learner)
    total += len(rows)
    _insert(LearnerModule, row_columns, rows)
    for model, positions in CELL_TABLES:
        projected = _project(cells, positions)
        _insert(
            model,
            [*model.KEYS, *MEASURES],
            [(*key, *values) for key, values in projected.items()],
        )
    return total


def _live_lesson_counts() -> dict[int, int]:
    """Live lessons per course, in two queries."""
    courses = {path: pk for pk, path in CoursePage.objects.values_list("pk", "path")}
    counts: dict[int, int] = {}
    for path in LessonPage.objects.live().values_list("path", flat=True):
        course = courses.get(path[: -LessonPage.steplen])
        if course is not None:
            counts[course] = counts.get(course, 0) + 1
    return counts


def _insert(model, columns: list[str], rows: list[tuple]) -> None:
    """Plain INSERTs of many rows, a few hundred per statement."""
    q = connection.ops.quote_name
    head = f"INSERT INTO {q(model._meta.db_table)} ({', '.join(map(q, columns))}) "
    one = f"({', '.join(['%s'] * len(columns))})"
    size = max(1, 900 // len(columns))  # under SQLite's limit on parameters
    with connection.cursor() as cursor:
        for start in range(0, len(rows), size):
            chunk = rows[start : start + size]
            cursor.execute(
                head + "VALUES " + ", ".join([one] * len(chunk)),
                [value for row in chunk for value in row],
            )
