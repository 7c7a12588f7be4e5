"""Open data: learners reached and completions by district, kind of institution,
module and quarter, with small-cell suppression. No personal data at all.

For each module and quarter the figures form a table of districts by kinds of
institution with district totals, kind totals and the module's total for the quarter.
Learners reached and completions are two such tables, suppressed together (see
reports.suppression). Hidden values are empty in CSV and null in JSON.
"""

import json
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from civiced.spreadsheets import as_csv
from classes.models import Institution

from .cache import cached
from .periods import QUARTER, recent_periods
from .queries import NOT_IN_A_CLASS, Filters, aggregate, catalogue
from .suppression import TOTAL, grid, suppress_pair

UNKNOWN = "unknown"
FIELDS = [
    ("quarter", _("Calendar quarter in Kyiv time, e.g. 2026-Q3.")),
    ("module_id", _("A stable identifier of the module (all its languages).")),
    ("module_title_uk", _("The module's title in Ukrainian.")),
    ("module_title_en", _("The module's title in English, where there is one.")),
    (
        "district",
        _(
            "The district of Kyiv (code), “unknown” for learners in no class, or "
            "“total” for all districts."
        ),
    ),
    (
        "institution_kind",
        _(
            "school, university, vocational or institute; “unknown” for learners in "
            "no class, or “total” for all kinds."
        ),
    ),
    (
        "learners_reached",
        _(
            "Learners who started the module in the quarter. Empty (null in JSON) "
            "when hidden to protect privacy."
        ),
    ),
    (
        "completions",
        _(
            "Of those learners, how many completed every lesson of the module. Empty "
            "(null in JSON) when hidden."
        ),
    ),
]
FIELD_NAMES = [name for name, _help in FIELDS]


@dataclass(frozen=True)
class OpenData:
    records: list[dict]
    quarters: list[str]
    threshold: int
    generated_at: datetime


def _code(value: str) -> str:
    return UNKNOWN if value == NOT_IN_A_CLASS else value


def build() -> OpenData:
    """Every published record, computed in three queries (cached)."""
    now = timezone.now()
    threshold = settings.REPORTS_SUPPRESSION_THRESHOLD

    def compute() -> OpenData:
        cat = catalogue()
        quarters = recent_periods(now, QUARTER)
        rows = aggregate(
            cat=cat,
            filters=Filters(),
            group_by=["module", "period", "district", "kind"],
            periods=quarters,
        )
        slices: dict = {}
        for row in rows:
            key = (row.dims["module"], row.dims["period"])
            cell = (_code(row.dims["district"]), _code(row.dims["kind"]))
            slices.setdefault(key, {})[cell] = row
        districts = [code for code, _label in Institution.DISTRICTS]
        kinds = [code for code, _label in Institution.KINDS]
        records = []
        modules = {m.key: m for m in cat.modules}
        for quarter in quarters:
            for module in cat.modules:
                cells = slices.get((module.key, quarter.label))
                if not cells or module.key not in modules:
                    continue
                present_rows = {d for d, _k in cells}
                present_cols = {k for _d, k in cells}
                table_rows = districts + ([UNKNOWN] if UNKNOWN in present_rows else [])
                table_cols = kinds + ([UNKNOWN] if UNKNOWN in present_cols else [])
                reached = grid(
                    table_rows,
                    table_cols,
                    {pos: row.learners for pos, row in cells.items()},
                )
                done = grid(
                    table_rows,
                    table_cols,
                    {pos: row.completions for pos, row in cells.items()},
                )
                hidden_reached, hidden_done = suppress_pair(reached, done, threshold)
                for district in (*table_rows, TOTAL):
                    for kind in (*table_cols, TOTAL):
                        pos = (district, kind)
                        records.append(
                            {
                                "quarter": quarter.label,
                                "module_id": module.key,
                                "module_title_uk": module.titles.get("uk", ""),
                                "module_title_en": module.titles.get("en", ""),
                                "district": district,
                                "institution_kind": kind,
                                "learners_reached": None
                                if pos in hidden_reached
                                else reached.values[pos],
                                "completions": None
                                if pos in hidden_done
                                else done.values[pos],
                            }
                        )
        return OpenData(
            records=records,
            quarters=[q.label for q in quarters],
            threshold=threshold,
            generated_at=now,
        )

    return cached(
        "open-data", {"threshold": threshold, "today": str(now.date())}, compute
    )


def as_csv_bytes(data: OpenData) -> bytes:
    table = [FIELD_NAMES] + [
        [record[name] for name in FIELD_NAMES] for record in data.records
    ]
    return as_csv(table, delimiter=",")


def as_json_bytes(data: OpenData) -> bytes:
    document = {
        "title": str(_("Participation in civic-education modules in Kyiv")),
        "generated_at": data.generated_at.isoformat(timespec="seconds"),
        "suppression_threshold": data.threshold,
        "fields": {name: str(help_text) for name, help_text in FIELDS},
        "records": data.records,
    }
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def summary(data: OpenData) -> list[dict]:
    """The module totals per quarter, newest first, as shown on the page."""
    return sorted(
        (
            r
            for r in data.records
            if r["district"] == TOTAL and r["institution_kind"] == TOTAL
        ),
        key=lambda r: (r["quarter"], r["module_title_uk"]),
        reverse=True,
    )
