"""Aggregate queries for the institute dashboard and open data.

Everything is counted in SQL, in a fixed number of queries whatever the number of
learners: two small ones describe the modules, then one grouped query per table over
the roll-up that reports.rollup keeps with the results (no query here reads the
results themselves).

Definitions (also shown on the pages):

* A learner belongs to the district and kind of institution of the first class they
  joined (leaving a class keeps them there, as their results stay in aggregates).
  Learners in no class are counted under "not in a class".
* A learner *started* a module when they have progress in any of its lessons. Their
  work on the module is dated by their earliest recorded lesson activity (completion
  or last visit), so a period's figures are the cohort who started in it.
* A module is *completed* when the learner has completed every lesson it had live
  when they last made progress in it, or every lesson it has live now. A
  completion stays: a lesson published into the module later does not undo it, so
  past periods keep their figures.
* The average score is the mean lesson score over the lessons that have one.
* Teacher professional development: completions of modules that carry PD hours, and
  the hours they earn.
* The Ukrainian and English versions of a module count as one module.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import connection
from django.db.models import Q
from django.utils import translation

from classes.models import Institution
from courses.models import CoursePage, LessonPage

from .models import InstitutionCell, LearnerModule, ModuleCell, MonthCell
from .periods import EARLIER, Period
from .rollup import CENT, month_index

NOT_IN_A_CLASS = ""
DIMENSIONS = ("district", "kind", "institution", "module", "period")


@dataclass(frozen=True)
class Module:
    key: str
    title: str
    titles: dict  # language code -> title
    course_ids: tuple[int, ...]
    pd_hours: int | None


@dataclass(frozen=True)
class Catalogue:
    """The live modules: what each course counts as, and how many lessons it has."""

    modules: tuple[Module, ...]
    course_module: dict[int, str]
    course_lessons: dict[int, int]
    course_pd_hours: dict[int, int]
    # Courses not live: their results count, but under no module.
    hidden_course_ids: tuple[int, ...] = ()

    def module(self, key: str) -> Module | None:
        return next((m for m in self.modules if m.key == key), None)


def catalogue() -> Catalogue:
    """Live modules in two queries: the courses, then their live lessons."""
    language = translation.get_language() or "uk"
    every = list(
        CoursePage.objects.order_by("path").values(
            "pk",
            "title",
            "translation_key",
            "locale__language_code",
            "pd_hours",
            "path",
            "depth",
            "live",
        )
    )
    courses = [c for c in every if c["live"]]
    lessons: dict[int, int] = {}
    if courses:
        by_path = {c["path"]: c["pk"] for c in courses}
        query = Q()
        for course in courses:
            query |= Q(path__startswith=course["path"], depth=course["depth"] + 1)
        for path in (
            LessonPage.objects.live().filter(query).values_list("path", flat=True)
        ):
            pk = by_path[path[: -LessonPage.steplen]]
            lessons[pk] = lessons.get(pk, 0) + 1
    grouped: dict[str, list[dict]] = {}
    for course in courses:
        grouped.setdefault(str(course["translation_key"]), []).append(course)
    modules = []
    for key, versions in grouped.items():
        shown = next(
            (c for c in versions if c["locale__language_code"] == language),
            versions[0],
        )
        modules.append(
            Module(
                key=key,
                title=shown["title"],
                titles={c["locale__language_code"]: c["title"] for c in versions},
                course_ids=tuple(c["pk"] for c in versions),
                pd_hours=shown["pd_hours"],
            )
        )
    modules.sort(key=lambda m: m.title)
    return Catalogue(
        modules=tuple(modules),
        course_module={c["pk"]: str(c["translation_key"]) for c in courses},
        course_lessons={c["pk"]: lessons.get(c["pk"], 0) for c in courses},
        course_pd_hours={c["pk"]: c["pd_hours"] for c in courses if c["pd_hours"]},
        hidden_course_ids=tuple(c["pk"] for c in every if not c["live"]),
    )


@dataclass(frozen=True)
class Filters:
    """What the figures are restricted to; None means everything."""

    district: str | None = None
    kind: str | None = None
    institution_id: int | None = None
    module: str | None = None
    period: Period | None = None

    def as_key(self) -> dict:
        return {
            "district": self.district,
            "kind": self.kind,
            "institution": self.institution_id,
            "module": self.module,
            "period": self.period.label if self.period else None,
        }


@dataclass
class Row:
    """One line of a report table: its dimension values and measures."""

    dims: dict = field(default_factory=dict)
    learners: int = 0
    starts: int = 0
    completions: int = 0
    score_sum: Decimal = Decimal(0)
    score_count: int = 0
    pd_completions: int = 0
    pd_hours: int = 0

    def add(self, other: "Row") -> None:
        """Add the measures of a row about other learners (for totals)."""
        self.learners += other.learners
        self.starts += other.starts
        self.completions += other.completions
        self.score_sum += other.score_sum
        self.score_count += other.score_count
        self.pd_completions += other.pd_completions
        self.pd_hours += other.pd_hours

    @property
    def completion_rate(self) -> float | None:
        """Completions per module started, in percent."""
        return 100 * self.completions / self.starts if self.starts else None

    @property
    def average_score(self) -> float | None:
        return float(self.score_sum) / self.score_count if self.score_count else None


def _case(column: str, mapping: dict, *, empty: str = "NULL") -> tuple[str, list]:
    """CASE column WHEN key THEN value ... END, with parameters (`empty` if none)."""
    if not mapping:
        return empty, []
    params: list = []
    for key, value in mapping.items():
        params += [key, value]
    return f"CASE {column} {' '.join(['WHEN %s THEN %s'] * len(mapping))} END", params


def _month_case(column: str, periods: list[Period]) -> tuple[str, list]:
    """The label of the period the column's month falls in, or "earlier"."""
    params: list = []
    for period in periods:
        params += [month_index(period.start), month_index(period.end), period.label]
    whens = [f"WHEN {column} >= %s AND {column} < %s THEN %s"] * len(periods)
    if not whens:
        return "%s", [EARLIER]
    return f"CASE {' '.join(whens)} ELSE %s END", [*params, EARLIER]


def aggregate(
    *,
    cat: Catalogue,
    filters: Filters,
    group_by: Iterable[str] = (),
    periods: list[Period] | None = None,
) -> list[Row]:
    """The measures for the filtered learners, one Row per combination of group_by.

    One query over the smallest table of cells (reports.rollup) holding the
    dimensions asked for. When the cells cannot answer exactly (a period grouping
    and a period filter of different lengths, results in courses that are no
    longer live while learners are counted per module, or dated after the last
    period) it reads reports.LearnerModule instead, one row per learner and course.
    `periods` gives the buckets when grouping by period; periods are whole months,
    quarters or academic years in local time, as reports.periods makes them.
    """
    group_by = tuple(group_by)
    unknown = sorted(set(group_by) - set(DIMENSIONS))
    if unknown:
        raise ValueError(f"not a dimension: {', '.join(unknown)}")
    periods = periods or []
    for period in [*periods, *([filters.period] if filters.period else [])]:
        if _granularity(period) is None:
            # The roll-up dates work by month (reports.periods makes only these).
            raise ValueError(f"{period.label} is not a month, quarter or year")
    scale = _cell_scale(cat, filters, group_by, periods)
    if scale is not None:
        rows = _from_cells(cat, filters, group_by, periods, scale)
        if rows is not None:
            return rows
    return _from_learner_modules(cat, filters, group_by, periods)


def _granularity(period: Period) -> str | None:
    """month, quarter or year when the period is one, in local time, else None."""
    start, end = month_index(period.start), month_index(period.end)
    for bound, index in ((period.start, start), (period.end, end)):
        local = bound.astimezone(ZoneInfo(settings.TIME_ZONE))
        first = datetime(index // 12, index % 12 + 1, 1, tzinfo=local.tzinfo)
        if local != first:
            return None
    if end - start == 1:
        return "month"
    if end - start == 3 and start % 3 == 0:
        return "quarter"
    if end - start == 12 and (start - 8) % 12 == 0:
        return "year"
    return None


def _cell_scale(
    cat: Catalogue, filters: Filters, group_by: tuple, periods: list[Period]
) -> tuple[bool, str | None] | None:
    """(per module, granularity): which learner count of a cell answers, or None
    when the cells cannot answer exactly."""
    per_module = "module" in group_by or filters.module is not None
    grains = set()
    if "period" in group_by:
        grains |= {_granularity(p) for p in periods}
    if filters.period is not None:
        grains.add(_granularity(filters.period))
    if None in grains or len(grains) > 1:
        return None
    if per_module and cat.hidden_course_ids:
        # A learner is counted once per module over all its courses, live or not:
        # exact only while no results sit in a course that is not live.
        hidden = MonthCell.objects.filter(
            course_id__in=cat.hidden_course_ids, starts__gt=0
        )
        if hidden.exists():
            return None
    return per_module, (grains.pop() if grains else None)


def _from_cells(
    cat: Catalogue,
    filters: Filters,
    group_by: tuple,
    periods: list[Period],
    scale: tuple[bool, str | None],
) -> list[Row] | None:
    """aggregate() from ModuleCell; None when a period grouping meets results dated
    after its last period (then only the per-learner rows answer exactly)."""
    q = connection.ops.quote_name
    per_module, grain = scale
    # The smallest table of cells that has the dimensions asked for.
    by_home = filters.district is not None or filters.kind is not None
    by_home |= filters.institution_id is not None
    by_home |= bool({"district", "kind", "institution"} & set(group_by))
    by_month = filters.period is not None or "period" in group_by
    model = ModuleCell if by_home and by_month else MonthCell
    if by_home and not by_month:
        model = InstitutionCell
    cells = q(model._meta.db_table)
    join = Institution.join_sql(alias="i", on="c.institution_id") if by_home else ""
    bounds = [(month_index(p.start), month_index(p.end), p.label) for p in periods]
    dim_sql = {
        "district": ("COALESCE(i.district, '')", []),
        "kind": ("COALESCE(i.kind, '')", []),
        "institution": ("c.institution_id", []),
        "module": _case("c.course_id", cat.course_module),
        "period": _month_case("c.month", periods),
    }
    # Which cell column counts each learner once in a group: see reports.rollup.
    base = "first_in_module" if per_module else "first"
    if grain:
        learners = f"{base}_{grain}" if per_module else f"first_in_{grain}"
    else:
        learners = base
    if grain and "period" in group_by and filters.period is None:
        # "earlier" holds everything before the first period: there a learner is
        # counted by their earliest row.
        learners = f"CASE WHEN c.month >= %s THEN c.{learners} ELSE c.{base} END"
        learners_params = [bounds[0][0]]
    else:
        learners = f"c.{learners}"
        learners_params = []
    late = "0"
    late_params: list = []
    if "period" in group_by and bounds:
        late = "CASE WHEN c.month >= %s THEN c.starts ELSE 0 END"
        late_params = [bounds[-1][1]]

    no_number = "CAST(NULL AS INTEGER)"
    lessons_sql, lessons_params = _case(
        "c.course_id", cat.course_lessons, empty=no_number
    )
    pd_sql, pd_params = _case("c.course_id", cat.course_pd_hours, empty=no_number)
    keys = _keys(group_by)
    select = ", ".join(
        f"{dim_sql[d][0]}" if d in keys else f"MIN({dim_sql[d][0]})" for d in group_by
    )
    select_params = [v for d in group_by for v in dim_sql[d][1]]
    where, where_params = _conditions(cat, filters, "c", "c.institution_id")
    where.insert(0, "c.starts > 0")
    # By position: the CASE expressions carry parameters.
    positions = ", ".join(str(group_by.index(d) + 1) for d in keys)
    # Completed when last refreshed (kept when lessons are added), or every lesson
    # live now done (a lesson taken out completes the module).
    completed = (
        f"CASE WHEN c.completed OR c.done >= {lessons_sql} THEN c.starts ELSE 0 END"
    )
    # Only table names, fixed fragments and placeholders go into the text; every
    # value (module keys, months, filters) is a parameter.
    sql = f"""
        SELECT {select + ", " if group_by else ""}
            SUM({learners}),
            SUM(c.starts),
            SUM({completed}),
            SUM(c.score_sum),
            SUM(c.score_count),
            SUM(CASE WHEN {pd_sql} > 0 THEN {completed} ELSE 0 END),
            SUM({completed} * COALESCE({pd_sql}, 0)),
            SUM({late})
        FROM {cells} c
        {join}
        WHERE {" AND ".join(where)}
        {"GROUP BY " + positions if keys else ""}
    """  # noqa: S608
    params = [
        *select_params,
        *learners_params,
        *lessons_params,
        *pd_params,
        *lessons_params,
        *lessons_params,
        *pd_params,
        *late_params,
        *where_params,
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        fetched = cursor.fetchall()
    if any(values[-1] for values in fetched):
        return None
    return _rows(group_by, [values[:-1] for values in fetched])


def _conditions(
    cat: Catalogue, filters: Filters, table: str, institution: str
) -> tuple[list[str], list]:
    """The filters as WHERE conditions on `table` (a roll-up table with course_id
    and month) joined to the institution as `i`, with their parameters."""
    where: list[str] = []
    params: list = []
    if filters.district is not None:
        where.append("COALESCE(i.district, '') = %s")
        params.append(filters.district)
    if filters.kind is not None:
        where.append("COALESCE(i.kind, '') = %s")
        params.append(filters.kind)
    if filters.institution_id is not None:
        where.append(f"{institution} = %s")
        params.append(filters.institution_id)
    if filters.module is not None:
        module = cat.module(filters.module)
        ids = module.course_ids if module else (0,)
        where.append(f"{table}.course_id IN ({', '.join(['%s'] * len(ids))})")
        params += list(ids)
    if filters.period is not None:
        where.append(f"{table}.month >= %s AND {table}.month < %s")
        params += [month_index(filters.period.start), month_index(filters.period.end)]
    return where, params


def _keys(group_by: tuple) -> list[str]:
    """The dimensions to group on: an institution has one district and kind, so
    grouping by its id alone is enough (and cheaper)."""
    return [
        d
        for d in group_by
        if not ("institution" in group_by and d in ("district", "kind"))
    ]


def _rows(group_by: tuple, fetched: list) -> list[Row]:
    rows = []
    for values in fetched:
        dims = dict(zip(group_by, values[: len(group_by)], strict=True))
        (learners, starts, completions, score_sum, score_count, pd_done, hours) = (
            values[len(group_by) :]
        )
        if not starts:
            continue
        rows.append(
            Row(
                dims=dims,
                learners=int(learners or 0),
                starts=int(starts or 0),
                completions=int(completions or 0),
                # Scores have two decimals: their exact sum too (SQLite adds floats).
                score_sum=Decimal(str(score_sum or 0)).quantize(CENT),
                score_count=int(score_count or 0),
                pd_completions=int(pd_done or 0),
                pd_hours=int(hours or 0),
            )
        )
    return rows


def _from_learner_modules(
    cat: Catalogue, filters: Filters, group_by: tuple, periods: list[Period]
) -> list[Row]:
    """aggregate() from LearnerModule, one row per learner and course."""
    q = connection.ops.quote_name
    rollup = q(LearnerModule._meta.db_table)
    institution = Institution.join_sql(alias="i", on="p.institution_id")

    # Each CASE is a few dozen parameters at most: one per module or period.
    dim_sql = {
        "district": ("COALESCE(i.district, '')", []),
        "kind": ("COALESCE(i.kind, '')", []),
        "institution": ("COALESCE(i.id, 0)", []),
        "module": _case("p.course_id", cat.course_module),
        "period": _month_case("p.month", periods),
    }
    no_number = "CAST(NULL AS INTEGER)"
    lessons_sql, lessons_params = _case(
        "p.course_id", cat.course_lessons, empty=no_number
    )
    pd_sql, pd_params = _case("p.course_id", cat.course_pd_hours, empty=no_number)
    dims_select = "".join(f"{dim_sql[d][0]} AS d_{d}, " for d in group_by)
    select_params = [v for d in group_by for v in dim_sql[d][1]]
    select_params += lessons_params + pd_params
    keys = _keys(group_by)
    outer_select = ", ".join(
        f"t.d_{d}" if d in keys else f"MIN(t.d_{d})" for d in group_by
    )

    where, where_params = _conditions(cat, filters, "p", "i.id")
    where.insert(0, "1 = 1")

    outer_dims = ", ".join(f"t.d_{d}" for d in keys)
    # Only table names, fixed fragments and placeholders go into the text; every
    # value (module keys, dates, filters) is a parameter.
    sql = f"""
        SELECT {outer_select + ", " if group_by else ""}
            COUNT(DISTINCT t.learner_id),
            COUNT(*),
            SUM(t.completed),
            SUM(t.score_sum),
            SUM(t.score_count),
            SUM(CASE WHEN t.pd_hours > 0 THEN t.completed ELSE 0 END),
            SUM(t.completed * COALESCE(t.pd_hours, 0))
        FROM (
            SELECT {dims_select}
                p.learner_id, p.score_sum, p.score_count,
                CASE WHEN p.completed OR p.done >= {lessons_sql} THEN 1 ELSE 0 END
                    AS completed,
                {pd_sql} AS pd_hours
            FROM {rollup} p
            {institution}
            WHERE {" AND ".join(where)}
        ) t
        {"GROUP BY " + outer_dims if group_by else ""}
    """  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(sql, [*select_params, *where_params])
        fetched = cursor.fetchall()
    return _rows(group_by, fetched)
