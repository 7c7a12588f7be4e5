"""Commitment UAIEV0001's progress, read from the published releases only.

The public progress page and the quarterly report for the Coordination Council show
what the platform counted, as frozen in the releases (reports.releases): never a
live table, so the page changes only when a new release is published. A hidden
cell stays hidden: a figure that adds up several published cells (all modules of a
kind of institution, say) adds only the published ones and says so ("at least"),
and is hidden when every cell in it is; nothing hidden is ever worked out.
"""

from dataclasses import dataclass

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from classes.models import Institution

from .models import CommitmentNarrative, Release
from .releases import PARTICIPATION, UNKNOWN
from .suppression import TOTAL

CODE = "UAIEV0001"
TREND_QUARTERS = 8
# The kinds of institution the commitment names first, then the others.
KIND_ORDER = ("school", "vocational", "university", "institute")


@dataclass(frozen=True)
class Figure:
    """A published figure: `value` None when hidden; `partial` when it adds up
    published cells only, some of its cells being hidden (so it is a lower
    bound)."""

    value: int | None
    partial: bool = False

    @property
    def hidden(self) -> bool:
        return self.value is None


def _sum(values: list[int | None]) -> Figure:
    shown = [v for v in values if v is not None]
    if not shown:
        return Figure(None)
    partial = len(shown) < len(values)
    total = sum(shown)
    if partial and total == 0:
        return Figure(None)
    return Figure(total, partial)


@dataclass(frozen=True)
class Row:
    code: str
    label: str
    reached: Figure
    completed: Figure


@dataclass(frozen=True)
class ModuleRow:
    title: str
    pd_hours: int | None
    reached: Figure
    completed: Figure


@dataclass(frozen=True)
class Figures:
    release: Release
    by_kind: list[Row]
    by_district: list[Row]
    modules: list[ModuleRow]
    pd_modules: list[ModuleRow]
    total: Row


def quarter_releases() -> QuerySet[Release]:
    """The quarter releases (each with its participation table), newest first."""
    return Release.objects.filter(kind=Release.QUARTER).defer("counts")


def latest_release() -> Release | None:
    """The latest quarter's release: the page's figures."""
    return quarter_releases().order_by("-period_start").first()


def _records(release: Release) -> list[dict]:
    table = release.tables.get(PARTICIPATION)
    return table["records"] if table else []


def _title(record: dict, language: str) -> str:
    if language == "en" and record.get("module_title_en"):
        return record["module_title_en"]
    return record.get("module_title_uk") or record["module_id"]


def _rows(records: list[dict], field: str, codes: list[tuple[str, str]]) -> list[Row]:
    """One row per code of `field` (kind or district), adding up the modules."""
    other = "institution_kind" if field == "district" else "district"
    found = {r[field] for r in records if r[other] == TOTAL} - {TOTAL}
    known = [(code, label) for code, label in codes if code in found]
    extra = sorted(found - {code for code, _label in codes})
    labels = [
        *known,
        *((code, _("Not in a class") if code == UNKNOWN else code) for code in extra),
    ]
    rows = []
    for code, label in labels:
        cells = [r for r in records if r[field] == code and r[other] == TOTAL]
        rows.append(
            Row(
                code=code,
                label=str(label),
                reached=_sum([r["learners_reached"] for r in cells]),
                completed=_sum([r["completions"] for r in cells]),
            )
        )
    return rows


def _kinds() -> list[tuple[str, str]]:
    labels = dict(Institution.KINDS)
    ordered = [(code, labels[code]) for code in KIND_ORDER if code in labels]
    return ordered + [(c, lb) for c, lb in Institution.KINDS if c not in KIND_ORDER]


def figures(release: Release, language: str) -> Figures:
    """The commitment's figures as the release published them."""
    records = _records(release)
    module_totals = [
        r for r in records if r["district"] == TOTAL and r["institution_kind"] == TOTAL
    ]
    modules = [
        ModuleRow(
            title=_title(r, language),
            pd_hours=r.get("module_pd_hours"),
            reached=Figure(r["learners_reached"]),
            completed=Figure(r["completions"]),
        )
        for r in module_totals
    ]
    return Figures(
        release=release,
        by_kind=_rows(records, "institution_kind", _kinds()),
        by_district=_rows(records, "district", list(Institution.DISTRICTS)),
        modules=[m for m in modules if not m.pd_hours],
        pd_modules=[m for m in modules if m.pd_hours],
        total=Row(
            code=TOTAL,
            label=str(_("All modules")),
            reached=_sum([r["learners_reached"] for r in module_totals]),
            completed=_sum([r["completions"] for r in module_totals]),
        ),
    )


@dataclass(frozen=True)
class Point:
    label: str
    reached: Figure
    completed: Figure


def trend(until: Release | None = None) -> list[Point]:
    """The city's totals of each released quarter (the last eight up to `until`),
    oldest first."""
    releases = quarter_releases().order_by("-period_start")
    if until is not None:
        releases = releases.filter(period_start__lt=until.period_end)
    points = []
    for release in reversed(list(releases[:TREND_QUARTERS])):
        totals = [
            r
            for r in _records(release)
            if r["district"] == TOTAL and r["institution_kind"] == TOTAL
        ]
        points.append(
            Point(
                label=release.period_label,
                reached=_sum([r["learners_reached"] for r in totals]),
                completed=_sum([r["completions"] for r in totals]),
            )
        )
    return points


def chart_items(points: list[Point]) -> list[tuple[str, int, int]]:
    """The trend for reports.charts.trend: a hidden figure draws no column."""
    return [(p.label, p.reached.value or 0, p.completed.value or 0) for p in points]


def narrative(language: str) -> str:
    """The editor's narrative (rich text) in that language, or ""."""
    found = CommitmentNarrative.objects.filter(code=CODE).first()
    return found.narrative(language) if found else ""
