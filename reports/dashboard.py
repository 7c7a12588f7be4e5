"""The institute dashboard: the figures for a set of filters, as tables.

A fixed number of queries (two for the modules, three aggregates, one for institution
names when they are shown), cached until new results arrive. Rows go down to an
institution and never to a learner: no query here selects a name or an account.

Every figure is suppressed before it leaves this module, with the complementary
suppression of open data (reports.suppression), so the page, each table's CSV and
XLSX and the background full export show the same thing:

* Each table is a grid whose totals are published with it: districts by kinds of
  institution (the district and kind tables are its margins; the cells are never
  shown), institutions by kind or district when institutions are shown, and modules
  and periods as one column. The summary's totals are known to a reader, so no
  hidden value may be protected by moving them.
* Learners reached, modules started and completions are hidden together on a line
  (one pattern, the union of each count's own); PD completions and PD hours are
  protected with completions (suppress_pair: PD completions never exceed them).
* A completion rate or an average score shows only on a line whose counts show and
  that counts at least the threshold of learners.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from classes.models import Institution

from .cache import cached
from .periods import recent_periods
from .queries import NOT_IN_A_CLASS, Catalogue, Filters, Row, aggregate
from .suppression import TOTAL, grid, suppress, suppress_pair

TABLES = {
    "period": gettext_lazy("By period"),
    "district": gettext_lazy("By district"),
    "kind": gettext_lazy("By kind of institution"),
    "module": gettext_lazy("By module"),
    "institution": gettext_lazy("By institution"),
}


COUNTS = ("learners", "starts", "completions")
# The columns in order: the figure, its name on the page, a percentage's decimals.
COLUMNS = (
    ("learners", "learners", None),
    ("starts", "started", None),
    ("completions", "completed", None),
    ("completion_rate", "rate", 0),
    ("average_score", "average", 1),
    ("pd_completions", "pd_completions", None),
    ("pd_hours", "pd_hours", None),
)
PD = ("pd_completions", "pd_hours")
RATES = ("completion_rate", "average_score")


@dataclass(frozen=True)
class Figures:
    """What a line publishes. A hidden figure is None and named in `hidden`; a
    rate or average with nothing to compute it from is None and not hidden."""

    learners: int | None = None
    starts: int | None = None
    completions: int | None = None
    completion_rate: float | None = None
    average_score: float | None = None
    pd_completions: int | None = None
    pd_hours: int | None = None
    hidden: frozenset = frozenset()

    @property
    def cells(self) -> dict:
        """column -> Cell, in the order of the columns (for the templates)."""
        return {
            column: Cell(getattr(self, name), name in self.hidden, decimals)
            for name, column, decimals in COLUMNS
        }


@dataclass(frozen=True)
class Cell:
    value: object
    hidden: bool
    decimals: int | None


def publish(row: Row, *, counts_hidden: bool, pd_hidden: bool, threshold: int):
    """The figures of a row as they may be shown: hidden counts withheld, and no
    rate or average over fewer than `threshold` learners (nor lessons scored)."""
    hidden = set()
    if counts_hidden:
        hidden |= {*COUNTS, *RATES}
    elif 0 < row.learners < threshold:
        hidden |= set(RATES)
    elif 0 < row.score_count < threshold:
        hidden.add("average_score")
    if pd_hidden:
        hidden |= set(PD)
    values = {
        "learners": row.learners,
        "starts": row.starts,
        "completions": row.completions,
        "completion_rate": row.completion_rate,
        "average_score": row.average_score,
        "pd_completions": row.pd_completions,
        "pd_hours": row.pd_hours,
    }
    return Figures(
        **{k: None if k in hidden else v for k, v in values.items()},
        hidden=frozenset(hidden),
    )


@dataclass
class Line:
    """A row as shown: a label, an optional key for drill-down, and the figures
    (already suppressed)."""

    label: str
    key: object
    figures: Figures
    link: str = ""


@dataclass
class Dashboard:
    total: Figures
    tables: dict = field(default_factory=dict)  # name -> list[Line]
    threshold: int = 0


@dataclass(frozen=True)
class Pattern:
    """Which positions of a grid to hide: the counts', and PD's; and whether the
    summary's counts or PD must hide too (a position equal to them is hidden)."""

    counts: frozenset
    pd: frozenset
    total_counts: bool = False
    total_pd: bool = False


def protect(
    cells: dict,
    rows: list,
    cols: list,
    total: Row,
    threshold: int,
    *,
    margins_known: bool = False,
) -> Pattern:
    """The suppression pattern of one grid of rows (row, col) -> Row, whose lines
    are published with the summary `total` (known to the reader: no hidden value
    may be protected by moving a position that equals it). With `margins_known`,
    every total of the grid counts as known (the cells of a breakdown whose totals
    the dashboard shows)."""

    def table(name):
        return grid(rows, cols, {pos: getattr(row, name) for pos, row in cells.items()})

    def known(table, value):
        if margins_known:
            return frozenset(p for p in table.values if TOTAL in p)
        if table.values[TOTAL, TOTAL] != value:
            return frozenset()
        # Values are never negative: a position equal to the total is all of it.
        return frozenset(p for p, v in table.values.items() if v == value)

    grids = {name: table(name) for name in ("learners", "starts", "completions")}
    pd = table("pd_completions")
    fixed = {name: known(g, getattr(total, name)) for name, g in grids.items()}
    fixed_pd = known(pd, total.pd_completions)
    counts = set()
    for name in ("learners", "starts"):
        counts |= suppress(grids[name], threshold, fixed=fixed[name])
    done, pd_hidden = suppress_pair(
        grids["completions"],
        pd,
        threshold,
        fixed_reached=fixed["completions"],
        fixed_done=fixed_pd,
    )
    counts |= done
    return Pattern(
        counts=frozenset(counts),
        pd=frozenset(pd_hidden),
        total_counts=any(counts & f for f in fixed.values()),
        total_pd=bool(pd_hidden & fixed_pd),
    )


def _district_label(code: str) -> str:
    if code == NOT_IN_A_CLASS:
        return _("Not in a class")
    return str(dict(Institution.DISTRICTS).get(code, code))


def _kind_label(code: str) -> str:
    if code == NOT_IN_A_CLASS:
        return _("Not in a class")
    return str(dict(Institution.KINDS).get(code, code))


def build(cat: Catalogue, filters: Filters, granularity: str) -> Dashboard:
    """The dashboard for these filters, from the cache when results are unchanged."""
    params = {
        **filters.as_key(),
        "granularity": granularity,
        "threshold": settings.REPORTS_SUPPRESSION_THRESHOLD,
        "language": translation.get_language(),
        "today": str(timezone.localdate()),
    }
    return cached("dashboard", params, lambda: _compute(cat, filters, granularity))


def _rollup(rows: list[Row], dim: str) -> dict:
    """Rows summed by one dimension. Every learner has one home institution, so
    rows about different institutions are about different learners and add up."""
    totals: dict = {}
    for row in rows:
        key = row.dims[dim]
        totals.setdefault(key, Row(dims={dim: key})).add(row)
    return totals


def _compute(cat: Catalogue, filters: Filters, granularity: str) -> Dashboard:
    """Three aggregate queries: by home institution (which adds up to the summary,
    districts and kinds), by period and by module (which do not add up: a learner
    can start several modules in several periods). Then every table is suppressed
    (in Python, over the rows already fetched: no query per row)."""
    threshold = settings.REPORTS_SUPPRESSION_THRESHOLD
    periods = recent_periods(timezone.now(), granularity)
    homes = aggregate(
        cat=cat, filters=filters, group_by=["district", "kind", "institution"]
    )
    total = Row()
    for row in homes:
        total.add(row)
    shown_institutions = bool(
        filters.district or filters.kind or filters.institution_id
    )
    patterns = []
    home_figures = _home_tables(
        homes, filters, total, threshold, patterns, institutions=shown_institutions
    )

    by_period = {
        r.dims["period"]: r
        for r in aggregate(
            cat=cat, filters=filters, group_by=["period"], periods=periods
        )
    }
    period_figures = _one_column(by_period, total, threshold, patterns)
    modules = {
        r.dims["module"]: r
        for r in aggregate(cat=cat, filters=filters, group_by=["module"])
    }
    module_figures = _one_column(modules, total, threshold, patterns)

    dashboard = Dashboard(
        total=publish(
            total,
            counts_hidden=any(p.total_counts for p in patterns),
            pd_hidden=any(p.total_pd for p in patterns),
            threshold=threshold,
        ),
        threshold=threshold,
    )
    for name in ("district", "kind"):
        figures = home_figures[name]
        if None in figures.values():
            # A dimension filtered to one value: its one line is the summary.
            hidden = publish(Row(), counts_hidden=True, pd_hidden=True, threshold=0)
            one = dashboard.total if len(figures) == 1 else hidden
            home_figures[name] = dict.fromkeys(figures, one)
    dashboard.tables["period"] = [
        Line(
            label=p.label,
            key=p.label,
            figures=period_figures.get(p.label)
            or publish(
                Row(), counts_hidden=False, pd_hidden=False, threshold=threshold
            ),
        )
        for p in periods
    ]
    if "earlier" in by_period:
        dashboard.tables["period"].insert(
            0, Line(label=_("Earlier"), key=None, figures=period_figures["earlier"])
        )

    order = {code: i for i, (code, _label) in enumerate(Institution.DISTRICTS)}
    dashboard.tables["district"] = [
        Line(label=_district_label(code), key=code, figures=figures)
        for code, figures in sorted(
            home_figures["district"].items(), key=lambda i: order.get(i[0], 99)
        )
    ]
    order = {code: i for i, (code, _label) in enumerate(Institution.KINDS)}
    dashboard.tables["kind"] = [
        Line(label=_kind_label(code), key=code, figures=figures)
        for code, figures in sorted(
            home_figures["kind"].items(), key=lambda i: order.get(i[0], 99)
        )
    ]
    dashboard.tables["module"] = [
        Line(label=m.title, key=m.key, figures=module_figures[m.key])
        for m in cat.modules
        if m.key in module_figures
    ]

    if shown_institutions:
        institutions = home_figures["institution"]
        names = dict(
            Institution.objects.filter(pk__in=list(institutions)).values_list(
                "pk", "name"
            )
        )
        dashboard.tables["institution"] = sorted(
            (
                Line(
                    label=names.get(key, _("Not in a class")),
                    key=key or None,
                    figures=figures,
                )
                for key, figures in institutions.items()
            ),
            key=lambda line: line.label,
        )
    return dashboard


def _one_column(lines: dict, total: Row, threshold: int, patterns: list) -> dict:
    """key -> Figures for lines published in one column with the summary."""
    pattern = protect(
        {(key, "all"): row for key, row in lines.items()},
        list(lines),
        ["all"],
        total,
        threshold,
    )
    patterns.append(pattern)
    return {
        key: publish(
            row,
            counts_hidden=bool({(key, "all"), (key, TOTAL)} & pattern.counts),
            pd_hidden=bool({(key, "all"), (key, TOTAL)} & pattern.pd),
            threshold=threshold,
        )
        for key, row in lines.items()
    }


def _home_tables(
    homes: list[Row],
    filters: Filters,
    total: Row,
    threshold: int,
    patterns: list,
    *,
    institutions: bool,
) -> dict:
    """name -> key -> Figures for the district, kind (and institution) tables.

    They are the margins of one grid: districts by kinds, or, when institutions
    are shown, institutions by whichever of kind and district is not filtered to
    one value. A table of the dimension left out has one line, the summary.
    """
    if institutions:
        row_dim = "institution"
        col_dim = "kind" if filters.kind is None else None
        if col_dim is None and filters.district is None:
            col_dim = "district"
    else:
        row_dim, col_dim = "district", "kind"
    cells: dict = {}
    for row in homes:
        pos = (row.dims[row_dim], row.dims[col_dim] if col_dim else "all")
        cells.setdefault(pos, Row()).add(row)
    rows = sorted({r for r, _c in cells}, key=str)
    cols = sorted({c for _r, c in cells}, key=str)
    pattern = protect(cells, rows, cols, total, threshold)
    patterns.append(pattern)

    def margins(dim: str) -> dict:
        sums = _rollup(homes, dim)
        if dim == row_dim:
            where = {key: (key, TOTAL) for key in sums}
        elif dim == col_dim:
            where = {key: (TOTAL, key) for key in sums}
        else:
            # Filtered to one value: its line is the summary (None: see _compute).
            return dict.fromkeys(sums)
        return {
            key: publish(
                row,
                counts_hidden=where[key] in pattern.counts,
                pd_hidden=where[key] in pattern.pd,
                threshold=threshold,
            )
            for key, row in sums.items()
        }

    names = ["district", "kind", *(["institution"] if institutions else [])]
    return {name: margins(name) for name in names}


def header() -> list[str]:
    return [
        _("Learners reached"),
        _("Modules started"),
        _("Completions"),
        _("Completion rate, %"),
        # Lesson scores mix quiz scores (graded here) with H5P activities' (as the
        # learners' browsers reported them): the header says so in every export.
        _("Average score, % (with H5P scores as browsers reported them)"),
        _("PD completions"),
        _("PD hours"),
    ]


def measures(figures: Figures) -> list:
    """The figures of a line for an export: hidden ones are empty cells, as in
    open data."""
    return [
        figures.learners,
        figures.starts,
        figures.completions,
        None if figures.completion_rate is None else round(figures.completion_rate, 1),
        None if figures.average_score is None else round(figures.average_score, 1),
        figures.pd_completions,
        figures.pd_hours,
    ]


def export_table(dashboard: Dashboard, name: str, describe: list[str]) -> list[list]:
    """One table of the dashboard as rows of plain values: a header, the rows, then
    the filters it was made with."""
    if name == "summary":
        table = [header(), measures(dashboard.total)]
    else:
        table = [[str(TABLES[name]), *header()]]
        for line in dashboard.tables.get(name, []):
            table.append([str(line.label), *measures(line.figures)])
    return [*table, [], *([line] for line in describe)]
