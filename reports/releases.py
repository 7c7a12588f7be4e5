"""Open-data releases: frozen, suppressed tables, published once per closed period.

Public figures are never live tables: two downloads made hours apart of a live
table, with a few known sign-ups in between, give a suppressed cell away. So the
open data is a series of releases (reports.models.Release), each computed once,
after its period has closed, and never recomputed or changed.

The rules:

* **Quarter release** (`2026-Q3`): may be published once the quarter has ended (in
  Kyiv time), once only, and only while it is one of the last twelve quarters (a
  release can never be taken back). Its "participation" table counts, for each
  module, district and kind of institution, the learners who started the module in
  the quarter and how many of them have completed it, as they stand at publication,
  suppressed as one pair of tables (reports.suppression.suppress_pair).
* **Late results** for a quarter already released (completions by its learners
  after publication, results that reach the server late, a learner whose home
  institution is known later) never change that release. The next quarter
  release carries a "corrections" table: for every earlier quarter released, the
  learners and completions *added* to each cell since everything published about
  it (its release and the corrections since), itself suppressed as a pair, where a
  reader knows that reach bounds completions in the corrected counts. It hides
  every cell the quarter's tables hid, **zeros included** (else "10 more
  completed" of a cell of 11 gives its hidden "1 completed" away, and so does "1
  more completed", hidden but known to be at least 1, of a hidden "1 of 2
  completed": the 2 cannot have been 1); there an empty value may be 0. A
  module's corrections that nothing else protects are hidden whole, zeros
  included. Only additions are published: a count that went down (a learner's
  home moved from "unknown" to a district, results deleted with a lesson) stays as
  published and shows only in the academic year's release.
* **Correction release**: when a quarter's late results cannot wait for the next
  quarter, an analyst publishes a correction for it: a new release with only its
  corrections table, a version one higher, that says which release it supersedes.
  The next quarter's corrections then start from it.
* **Academic-year release** (`2025/2026`, from 1 September): once the year has
  ended, once only; after it, no quarter wholly inside the year can be released
  (the year counts its learners already; `publish_release --latest` releases the
  quarters first). Its participation table counts the learners who started each
  module in the year, as they stand at publication. Besides its own small cells it
  hides every cell that any release hid about a quarter overlapping the year (in a
  participation or a corrections table), zeros included: a year's cell is the sum of its
  quarters' cells, so a hidden quarter's cell must not be recoverable from the year.
  The quarters July–September straddle two years; how their learners split between
  the years is published nowhere, which leaves a reader less to go on, not more.

Why a series of releases holds: a hidden value in one table lies on a cycle of
hidden values of that table along which the counts can move by one with every
published value unchanged. Moving a quarter's counts leaves its corrections as
they are (they are changes) and moves the year's cells along the same cycle, which
the year hides too; the corrected counts must still have completions at most
reach, which the corrections keep possible by hiding what the quarter hid, zeros
included: a reader knows a hidden change there only to be at least 0, so it can
always be the one that gives way. tests/reports/test_suppression.py checks this
with a linear-programming attacker holding every release of random sequences.

Each release stores its published tables (with their schema in both languages),
the counts they were computed from (never served: the next corrections are
measured against them) and the SHA-256 of those counts.
"""

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log

from accounts.models import User
from civiced.spreadsheets import as_csv
from classes.models import Institution

from .models import Release
from .periods import (
    QUARTER,
    YEAR,
    Period,
    period_of,
    quarter_from_label,
    recent_periods,
    year_from_label,
)
from .queries import NOT_IN_A_CLASS, Catalogue, Filters, aggregate, catalogue
from .suppression import TOTAL, grid, suppress_pair

PARTICIPATION = "participation"
CORRECTIONS = "corrections"
UNKNOWN = "unknown"
PUBLISH_ACTION = "civiced.publish_release"
LANGUAGES = ("uk", "en")
QUARTER_SERIES = {Release.QUARTER, Release.CORRECTION}

_PERIOD = gettext_lazy(
    "The period: a calendar quarter in Kyiv time (2026-Q3) or an academic year "
    "from 1 September (2025/2026)."
)
_MODULE = [
    ("module_id", "string", gettext_lazy("A stable identifier of the module.")),
    ("module_title_uk", "string", gettext_lazy("The module's title in Ukrainian.")),
    (
        "module_title_en",
        "string",
        gettext_lazy("The module's title in English, where there is one."),
    ),
    (
        "module_pd_hours",
        "integer",
        gettext_lazy(
            "Professional-development hours a teacher earns by completing the "
            "module; empty for modules for learners."
        ),
    ),
    (
        "district",
        "string",
        gettext_lazy(
            "The district of Kyiv (code), “unknown” for learners in no class, or "
            "“total” for all districts."
        ),
    ),
    (
        "institution_kind",
        "string",
        gettext_lazy(
            "school, university, vocational or institute; “unknown” for learners "
            "in no class, or “total” for all kinds."
        ),
    ),
]
# Each table's columns: name, Frictionless type, description.
SCHEMAS = {
    PARTICIPATION: [
        ("period", "string", _PERIOD),
        *_MODULE,
        (
            "learners_reached",
            "integer",
            gettext_lazy(
                "Learners who started the module in the period. Empty (null in "
                "JSON) when hidden to protect privacy; in an academic year's "
                "release, where an earlier release hid the same cell, an empty "
                "value may also stand for 0."
            ),
        ),
        (
            "completions",
            "integer",
            gettext_lazy(
                "Of those learners, how many had completed every lesson of the "
                "module when the release was published. Empty (null in JSON) when "
                "hidden; in an academic year's release, where an earlier release "
                "hid the same cell, an empty value may also stand for 0."
            ),
        ),
    ],
    CORRECTIONS: [
        (
            "period",
            "string",
            gettext_lazy("The earlier quarter, already released, being corrected."),
        ),
        *_MODULE,
        (
            "learners_reached_added",
            "integer",
            gettext_lazy(
                "Learners of that quarter counted since it was last published. "
                "Empty (null in JSON) when hidden; where the quarter's release hid "
                "the same cell, an empty value may also stand for 0."
            ),
        ),
        (
            "completions_added",
            "integer",
            gettext_lazy(
                "Completions by that quarter's learners counted since it was last "
                "published. Empty (null in JSON) when hidden; where the quarter's "
                "release hid the same cell, an empty value may also stand for 0."
            ),
        ),
    ],
}
TITLES = {
    PARTICIPATION: gettext_lazy("Learners reached and completions"),
    CORRECTIONS: gettext_lazy("Corrections to earlier quarters"),
}
MEASURES = {
    PARTICIPATION: ("learners_reached", "completions"),
    CORRECTIONS: ("learners_reached_added", "completions_added"),
}


class ReleaseRefused(Exception):
    """A release that may not be published; the message says why (translated)."""


# module key -> "district|kind" -> [learners, completions]
Counts = dict[str, dict[str, list[int]]]


def _code(value: str) -> str:
    return UNKNOWN if value == NOT_IN_A_CLASS else value


def _key(district: str, kind: str) -> str:
    return f"{district}|{kind}"


def _cell(key: str) -> tuple[str, str]:
    district, _sep, kind = key.partition("|")
    return district, kind


def current_counts(cat: Catalogue, periods: list[Period]) -> dict[str, Counts]:
    """Each period's counts by module and cell as they stand, in one query."""
    rows = aggregate(
        cat=cat,
        filters=Filters(),
        group_by=["module", "period", "district", "kind"],
        periods=periods,
    )
    wanted = {p.label for p in periods}
    result: dict[str, Counts] = {label: {} for label in wanted}
    for row in rows:
        label = row.dims["period"]
        if label not in wanted or not row.dims["module"]:
            continue
        if not (row.learners or row.completions):
            continue
        cells = result[label].setdefault(row.dims["module"], {})
        key = _key(_code(row.dims["district"]), _code(row.dims["kind"]))
        learners, completions = cells.get(key, [0, 0])
        cells[key] = [learners + row.learners, completions + row.completions]
    return result


@dataclass(frozen=True)
class _Table:
    records: list[dict]
    hidden: tuple[set, set]  # (module, position) hidden in each measure


def _axes(*cell_sets) -> tuple[list, list]:
    districts = [code for code, _label in Institution.DISTRICTS]
    kinds = [code for code, _label in Institution.KINDS]
    keys = {k for cells in cell_sets for k in cells}
    rows = districts + sorted({_cell(k)[0] for k in keys} - set(districts))
    cols = kinds + sorted({_cell(k)[1] for k in keys} - set(kinds))
    return rows, cols


def _grids(cells: dict, rows: list, cols: list):
    reached = grid(rows, cols, {_cell(k): v[0] for k, v in cells.items()})
    done = grid(rows, cols, {_cell(k): v[1] for k, v in cells.items()})
    return reached, done


def _suppressed(
    name: str,
    period: str,
    titles: dict,
    counts: Counts,
    threshold: int,
    *,
    now: Counts | None = None,
    carried: tuple[set, set] = (set(), set()),
) -> _Table:
    """The records of one table (every module's grid with its totals)."""
    reach_name, done_name = MEASURES[name]
    records: list[dict] = []
    hidden_all: tuple[set, set] = (set(), set())
    for module in sorted(counts, key=lambda m: (titles.get(m, {}).get("uk", ""), m)):
        cells = counts[module]
        now_cells = (now or {}).get(module, cells)
        rows, cols = _axes(cells, now_cells)
        reached, done = _grids(cells, rows, cols)
        also = tuple({pos for m, pos in hidden if m == module} for hidden in carried)
        if now is None:
            hidden_r, hidden_d = suppress_pair(
                reached, done, threshold, also_hidden=also
            )
        else:
            reached_now, done_now = _grids(now_cells, rows, cols)
            hidden_r, hidden_d = suppress_pair(
                reached,
                done,
                threshold,
                also_hidden=also,
                reached_now=reached_now,
                done_now=done_now,
            )
        hidden_all[0].update((module, pos) for pos in hidden_r)
        hidden_all[1].update((module, pos) for pos in hidden_d)
        title = titles.get(module, {})
        for district in (*rows, TOTAL):
            for kind in (*cols, TOTAL):
                pos = (district, kind)
                records.append(
                    {
                        "period": period,
                        "module_id": module,
                        "module_title_uk": title.get("uk", ""),
                        "module_title_en": title.get("en", ""),
                        "module_pd_hours": title.get("pd_hours"),
                        "district": district,
                        "institution_kind": kind,
                        reach_name: None if pos in hidden_r else reached.values[pos],
                        done_name: None if pos in hidden_d else done.values[pos],
                    }
                )
    return _Table(records, hidden_all)


def _schema(name: str) -> list[dict]:
    """The table's columns with their descriptions in both languages."""
    fields = []
    for column, kind, description in SCHEMAS[name]:
        text = {}
        for language in LANGUAGES:
            with translation.override(language):
                text[language] = str(description)
        fields.append({"name": column, "type": kind, "description": text})
    return fields


def _titled(name: str, records: list[dict]) -> dict:
    title = {}
    for language in LANGUAGES:
        with translation.override(language):
            title[language] = str(TITLES[name])
    return {"title": title, "schema": _schema(name), "records": records}


def _titles(cat: Catalogue, releases: list[Release]) -> dict:
    """Module titles in both languages and PD hours: live ones, else as last
    published."""
    titles: dict = {}
    for release in sorted(releases, key=lambda r: r.published_at):
        for table in release.tables.values():
            for record in table["records"]:
                titles[record["module_id"]] = {
                    "uk": record["module_title_uk"],
                    "en": record["module_title_en"],
                    "pd_hours": record.get("module_pd_hours"),
                }
    for module in cat.modules:
        titles[module.key] = {
            "uk": module.titles.get("uk", ""),
            "en": module.titles.get("en", ""),
            "pd_hours": module.pd_hours or None,
        }
    return titles


def _published_so_far(label: str, releases: list[Release]) -> Counts:
    """The counts of a released quarter: its release plus every correction since."""
    total: Counts = {}
    for release in releases:
        if release.kind == Release.QUARTER and release.period_label == label:
            parts = [release.counts.get(PARTICIPATION, {})]
        else:
            parts = [release.counts.get(CORRECTIONS, {}).get(label, {})]
        for part in parts:
            for module, cells in part.items():
                into = total.setdefault(module, {})
                for key, (learners, completions) in cells.items():
                    had = into.get(key, [0, 0])
                    into[key] = [had[0] + learners, had[1] + completions]
    return total


def _additions(now: Counts, before: Counts) -> Counts:
    """What each cell gained (never less than nothing)."""
    added: Counts = {}
    for module, cells in now.items():
        for key, (learners, completions) in cells.items():
            had = before.get(module, {}).get(key, [0, 0])
            change = [max(0, learners - had[0]), max(0, completions - had[1])]
            if any(change):
                added.setdefault(module, {})[key] = change
    return added


def _corrections(
    cat: Catalogue,
    quarters: list[Release],
    releases: list[Release],
    threshold: int,
    titles: dict,
) -> tuple[dict, list[dict]]:
    """For the released quarters: what each cell gained since published, and the
    suppressed records of the corrections table."""
    if not quarters:
        return {}, []
    periods = [quarter_from_label(q.period_label) for q in quarters]
    now = current_counts(cat, periods)
    added_by_quarter: dict = {}
    records: list[dict] = []
    for quarter in sorted(quarters, key=lambda q: q.period_start):
        label = quarter.period_label
        before = _published_so_far(label, releases)
        added = _additions(now[label], before)
        if not added:
            continue
        # The counts the additions lead to: what was published, plus them.
        after: Counts = {}
        for module in set(before) | set(added):
            cells = {}
            for key in set(before.get(module, {})) | set(added.get(module, {})):
                had = before.get(module, {}).get(key, [0, 0])
                more = added.get(module, {}).get(key, [0, 0])
                cells[key] = [had[0] + more[0], had[1] + more[1]]
            after[module] = cells
        added_by_quarter[label] = added
        # What was hidden about the quarter stays hidden in its corrections: else
        # the completions added, with reach bounding completions after them, bound
        # a hidden count ("1 of 11 completed" hidden, then "10 more completed").
        carried = _hidden_in(releases, lambda period, label=label: period == label)
        table = _suppressed(
            CORRECTIONS, label, titles, added, threshold, now=after, carried=carried
        )
        records += table.records
    return added_by_quarter, records


def _checksum(counts: dict) -> str:
    canonical = json.dumps(counts, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def _overlaps(label: str, year: Period) -> bool:
    quarter = quarter_from_label(label)
    return quarter is not None and quarter.start < year.end and quarter.end > year.start


def _hidden_about(year: Period, releases: list[Release]) -> tuple[set, set]:
    """(module, position) hidden in any table about a quarter of the year."""
    return _hidden_in(releases, lambda label: _overlaps(label, year))


def _hidden_in(releases: list[Release], about) -> tuple[set, set]:
    """(module, position) hidden, reach and completions, in any table about a
    period whose label `about` accepts."""
    hidden: tuple[set, set] = (set(), set())
    for release in releases:
        for name, table in release.tables.items():
            reach_name, done_name = MEASURES[name]
            for record in table["records"]:
                if not about(record["period"]):
                    continue
                pos = (record["district"], record["institution_kind"])
                for measure, into in ((reach_name, hidden[0]), (done_name, hidden[1])):
                    if record[measure] is None:
                        into.add((record["module_id"], pos))
    return hidden


def slug_for(kind: str, label: str, version: int) -> str:
    base = label.lower().replace("/", "-")
    return base if version == 1 else f"{base}-v{version}"


def describe(kind: str, label: str) -> str:
    """The release in words: "the quarter 2026-Q3"."""
    return {
        Release.QUARTER: _("the quarter %(period)s"),
        Release.YEAR: _("the academic year %(period)s"),
        Release.CORRECTION: _("a correction to %(period)s"),
    }[kind] % {"period": label}


def period_for(kind: str, label: str) -> Period:
    """The period a release of this kind names; ReleaseRefused when the label is
    not one ("2026-Q3" for a quarter or its correction, "2025/2026" for a year)."""
    if kind not in (Release.QUARTER, Release.YEAR, Release.CORRECTION):
        raise ReleaseRefused(_("Unknown kind of release."))
    parse = year_from_label if kind == Release.YEAR else quarter_from_label
    period = parse(label[:20])
    if period is None:
        raise ReleaseRefused(
            _("“%(label)s” is not a quarter (2026-Q3) or an academic year (2025/2026).")
            % {"label": label[:20]}
        )
    return period


def publish_from_form(*, kind: str, label: str, user: User) -> Release:
    """What the analysts' button does: the release of that kind and period."""
    return publish_release(kind=kind, period=period_for(kind, label), user=user)


def correctable() -> list[Release]:
    """The quarter releases a correction may follow, newest first."""
    return list(
        Release.objects.filter(kind=Release.QUARTER)
        .only("slug", "period_label", "period_start")
        .order_by("-period_start")[:4]
    )


def publish_release(
    *,
    kind: str,
    period: Period,
    user: User | None = None,
    now: datetime | None = None,
) -> Release:
    """Compute, suppress and freeze the release of a closed quarter or academic
    year, or a correction of a released quarter. Raises ReleaseRefused (changing
    nothing) for a period not yet over, one already released, or a correction
    with nothing to correct."""
    now = now or timezone.now()
    threshold = settings.REPORTS_SUPPRESSION_THRESHOLD
    if kind not in (Release.QUARTER, Release.YEAR, Release.CORRECTION):
        raise ReleaseRefused(_("Unknown kind of release."))
    expected = YEAR if kind == Release.YEAR else QUARTER
    if period_of(period.start, expected) != period:
        raise ReleaseRefused(_("Not a quarter or an academic year."))
    if period not in recent_periods(now, expected):
        raise ReleaseRefused(
            _("%(period)s is too long ago to be released now.")
            % {"period": period.label}
        )
    if period.end > now:
        raise ReleaseRefused(
            _(
                "%(period)s has not ended yet: a release is published only once "
                "its period is over."
            )
            % {"period": period.label}
        )
    with transaction.atomic():
        releases = list(Release.objects.select_for_update().order_by("published_at"))
        cat = catalogue()
        # A quarter and its corrections are one series; a year is another.
        series = {Release.YEAR} if kind == Release.YEAR else QUARTER_SERIES
        same = [
            r for r in releases if r.period_label == period.label and r.kind in series
        ]
        supersedes = None
        if kind == Release.CORRECTION:
            if not any(r.kind == Release.QUARTER for r in same):
                raise ReleaseRefused(
                    _("%(period)s has no release to correct.")
                    % {"period": period.label}
                )
            supersedes = max(same, key=lambda r: r.version)
            version = supersedes.version + 1
        elif same:
            raise ReleaseRefused(
                _("%(period)s is already released: a release is never recomputed.")
                % {"period": period.label}
            )
        else:
            version = 1
        inside = [
            r
            for r in releases
            if kind == Release.QUARTER
            and r.kind == Release.YEAR
            and r.period_start <= period.start
            and period.end <= r.period_end
        ]
        if inside:
            # The year's release counts these learners already and hid nothing
            # for this quarter: a release of it now could give a year's count away.
            raise ReleaseRefused(
                _(
                    "%(period)s lies in the academic year %(year)s, which is "
                    "already released: its figures are in that release."
                )
                % {"period": period.label, "year": inside[0].period_label}
            )
        titles = _titles(cat, releases)
        tables: dict = {}
        counts: dict = {}
        if kind == Release.CORRECTION:
            quarter = next(r for r in same if r.kind == Release.QUARTER)
            added, records = _corrections(cat, [quarter], releases, threshold, titles)
            if not added:
                raise ReleaseRefused(
                    _("Nothing has changed in %(period)s since it was published.")
                    % {"period": period.label}
                )
            counts[CORRECTIONS] = added
            tables[CORRECTIONS] = _titled(CORRECTIONS, records)
        else:
            current = current_counts(cat, [period])[period.label]
            carried = (
                _hidden_about(period, releases)
                if kind == Release.YEAR
                else (set(), set())
            )
            table = _suppressed(
                PARTICIPATION, period.label, titles, current, threshold, carried=carried
            )
            counts[PARTICIPATION] = current
            tables[PARTICIPATION] = _titled(PARTICIPATION, table.records)
            if kind == Release.QUARTER:
                earlier = [
                    r
                    for r in releases
                    if r.kind == Release.QUARTER and r.period_end <= period.start
                ]
                added, records = _corrections(cat, earlier, releases, threshold, titles)
                counts[CORRECTIONS] = added
                tables[CORRECTIONS] = _titled(CORRECTIONS, records)
        try:
            with transaction.atomic():
                release = Release.objects.create(
                    kind=kind,
                    slug=slug_for(kind, period.label, version),
                    period_label=period.label,
                    period_start=period.start,
                    period_end=period.end,
                    version=version,
                    threshold=threshold,
                    tables=tables,
                    counts=counts,
                    input_checksum=_checksum(counts),
                    published_at=now,
                    published_by=user,
                    supersedes=supersedes,
                )
        except IntegrityError:
            raise ReleaseRefused(
                _("%(period)s is already released: a release is never recomputed.")
                % {"period": period.label}
            ) from None
        if user is not None:
            log(
                instance=release,
                action=PUBLISH_ACTION,
                user=user,
                data={"slug": release.slug, "checksum": release.input_checksum},
            )
    return release


def closed_periods(now: datetime, kind: str, count: int = 4) -> list[Period]:
    """The last `count` quarters (or academic years) that have ended, newest
    first."""
    granularity = YEAR if kind == Release.YEAR else QUARTER
    periods: list[Period] = []
    moment = now
    while len(periods) < count:
        period = period_of(moment, granularity)
        if period.end <= now:
            periods.append(period)
        # The instant before this period starts lies in the one before it.
        moment = period.start - timedelta(seconds=1)
    return periods


def _releasable(now: datetime, quarters: int, years: int) -> list[tuple[str, Period]]:
    """The last closed quarters and academic years not yet released, oldest first,
    leaving out quarters wholly inside a released year."""
    released = list(
        Release.objects.filter(kind__in=[Release.QUARTER, Release.YEAR]).values_list(
            "kind", "period_label", "period_start", "period_end"
        )
    )
    labels = {(kind, label) for kind, label, _start, _end in released}
    years_out = [
        (start, end) for kind, _label, start, end in released if kind == Release.YEAR
    ]
    choices = []
    for kind, count in ((Release.QUARTER, quarters), (Release.YEAR, years)):
        for period in reversed(closed_periods(now, kind, count)):
            if (kind, period.label) in labels:
                continue
            if kind == Release.QUARTER and any(
                start <= period.start and period.end <= end for start, end in years_out
            ):
                continue
            choices.append((kind, period))
    return choices


def publish_recent(*, quarters: int = 4, now: datetime | None = None) -> list[Release]:
    """Publish the last `quarters` quarters and the last academic year that have
    ended, those not yet released, oldest first (so the year hides what its
    quarters hid). What `make run` does; running it again publishes nothing new."""
    now = now or timezone.now()
    return [
        publish_release(kind=kind, period=period, now=now)
        for kind, period in _releasable(now, quarters, 1)
    ]


def next_due(now: datetime) -> Period:
    """The quarter whose release comes next: the one going on now (it is
    published once it has ended)."""
    return period_of(now, QUARTER)


def unreleased(now: datetime) -> list[tuple[str, Period]]:
    """Closed periods an analyst may release, for the buttons: of the last four
    quarters and the last two academic years, those not released, newest first."""
    return list(reversed(_releasable(now, 4, 2)))


def as_csv_bytes(release: Release, name: str) -> bytes:
    """The table as published: UTF-8 with a byte-order mark, hidden cells empty."""
    table = release.tables[name]
    columns = [field["name"] for field in table["schema"]]
    rows = [columns] + [[r[c] for c in columns] for r in table["records"]]
    return as_csv(rows, delimiter=",")


def as_json_bytes(release: Release, name: str) -> bytes:
    """The table as published, with its schema and the release's details."""
    table = release.tables[name]
    document = {
        "release": release.slug,
        "kind": release.kind,
        "period": release.period_label,
        "version": release.version,
        "published_at": release.published_at.isoformat(timespec="seconds"),
        "supersedes": release.supersedes.slug if release.supersedes_id else None,
        "suppression_threshold": release.threshold,
        "input_checksum": release.input_checksum,
        "title": table["title"],
        "schema": {"fields": table["schema"]},
        "records": table["records"],
    }
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
