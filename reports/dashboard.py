"""The institute dashboard: the figures for a set of filters, as tables.

A fixed number of queries (two for the modules, three aggregates, one for institution
names when they are shown), cached until new results arrive. Rows go down to an
institution and never to a learner: no query here selects a name or an account.
"""

from dataclasses import dataclass, field

from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from classes.models import Institution

from .cache import cached
from .periods import recent_periods
from .queries import NOT_IN_A_CLASS, Catalogue, Filters, Row, aggregate

TABLES = {
    "period": gettext_lazy("By period"),
    "district": gettext_lazy("By district"),
    "kind": gettext_lazy("By kind of institution"),
    "module": gettext_lazy("By module"),
    "institution": gettext_lazy("By institution"),
}


@dataclass
class Line:
    """A row as shown: a label, an optional key for drill-down, and the measures."""

    label: str
    key: object
    row: Row
    link: str = ""


@dataclass
class Dashboard:
    total: Row
    tables: dict = field(default_factory=dict)  # name -> list[Line]


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
    can start several modules in several periods)."""
    periods = recent_periods(timezone.now(), granularity)
    homes = aggregate(
        cat=cat, filters=filters, group_by=["district", "kind", "institution"]
    )
    total = Row()
    for row in homes:
        total.add(row)
    dashboard = Dashboard(total=total)

    by_period = {
        r.dims["period"]: r
        for r in aggregate(
            cat=cat, filters=filters, group_by=["period"], periods=periods
        )
    }
    dashboard.tables["period"] = [
        Line(label=p.label, key=p.label, row=by_period.get(p.label, Row()))
        for p in periods
    ]
    if "earlier" in by_period:
        dashboard.tables["period"].insert(
            0, Line(label=_("Earlier"), key=None, row=by_period["earlier"])
        )

    order = {code: i for i, (code, _label) in enumerate(Institution.DISTRICTS)}
    districts = _rollup(homes, "district")
    dashboard.tables["district"] = [
        Line(label=_district_label(code), key=code, row=row)
        for code, row in sorted(districts.items(), key=lambda i: order.get(i[0], 99))
    ]
    order = {code: i for i, (code, _label) in enumerate(Institution.KINDS)}
    kinds = _rollup(homes, "kind")
    dashboard.tables["kind"] = [
        Line(label=_kind_label(code), key=code, row=row)
        for code, row in sorted(kinds.items(), key=lambda i: order.get(i[0], 99))
    ]

    rows = {
        r.dims["module"]: r
        for r in aggregate(cat=cat, filters=filters, group_by=["module"])
    }
    dashboard.tables["module"] = [
        Line(label=m.title, key=m.key, row=rows[m.key])
        for m in cat.modules
        if m.key in rows
    ]

    if filters.district or filters.kind or filters.institution_id:
        institutions = _rollup(homes, "institution")
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
                    row=row,
                )
                for key, row in institutions.items()
            ),
            key=lambda line: line.label,
        )
    return dashboard


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


def measures(row: Row) -> list:
    return [
        row.learners,
        row.starts,
        row.completions,
        None if row.completion_rate is None else round(row.completion_rate, 1),
        None if row.average_score is None else round(row.average_score, 1),
        row.pd_completions,
        row.pd_hours,
    ]


def export_table(dashboard: Dashboard, name: str, describe: list[str]) -> list[list]:
    """One table of the dashboard as rows of plain values: a header, the rows, then
    the filters it was made with."""
    if name == "summary":
        table = [header(), measures(dashboard.total)]
    else:
        table = [[str(TABLES[name]), *header()]]
        for line in dashboard.tables.get(name, []):
            table.append([str(line.label), *measures(line.row)])
    return [*table, [], *([line] for line in describe)]
