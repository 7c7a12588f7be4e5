"""Reporting periods: months, quarters and academic years, in Kyiv time.

Pure functions. A period is a label ("2026-09", "2026-Q3", "2026/2027") with a
half-open interval [start, end) of aware datetimes. The SQL in reports.queries buckets
dates by comparing them with these bounds, so the same code runs on SQLite and
PostgreSQL and respects the time zone.
"""

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils.translation import gettext_lazy as _

MONTH = "month"
QUARTER = "quarter"
YEAR = "year"
GRANULARITIES = [
    (QUARTER, _("Quarter")),
    (MONTH, _("Month")),
    (YEAR, _("Academic year")),
]
# How far back the periods go; older activity falls into "earlier".
HISTORY = {MONTH: 24, QUARTER: 12, YEAR: 5}
EARLIER = "earlier"
QUARTERS = ("1", "2", "3", "4")


@dataclass(frozen=True)
class Period:
    label: str
    start: datetime
    end: datetime


def _tz() -> ZoneInfo:
    return ZoneInfo(settings.TIME_ZONE)


def _month_start(year: int, month: int) -> datetime:
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    return datetime(year, month, 1, tzinfo=_tz())


def period_of(moment: datetime, granularity: str) -> Period:
    """The period that contains the moment."""
    local = moment.astimezone(_tz())
    if granularity == MONTH:
        start = _month_start(local.year, local.month)
        return Period(
            f"{local.year}-{local.month:02d}",
            start,
            _month_start(local.year, local.month + 1),
        )
    if granularity == QUARTER:
        quarter = (local.month - 1) // 3 + 1
        start = _month_start(local.year, 3 * quarter - 2)
        return Period(
            f"{local.year}-Q{quarter}", start, _month_start(local.year, 3 * quarter + 1)
        )
    # The academic year runs from 1 September to 31 August.
    first = local.year if local.month >= 9 else local.year - 1
    return Period(
        f"{first}/{first + 1}", _month_start(first, 9), _month_start(first + 1, 9)
    )


def recent_periods(now: datetime, granularity: str) -> list[Period]:
    """The last few periods up to and including the current one, oldest first."""
    periods = [period_of(now, granularity)]
    for _step in range(HISTORY[granularity] - 1):
        # Step back one period: the period holding the instant before this start.
        before = datetime.fromtimestamp(periods[0].start.timestamp() - 1, _tz())
        periods.insert(0, period_of(before, granularity))
    return periods


def find_period(label: str, granularity: str, now: datetime) -> Period | None:
    """The recent period with this label, or None for an unknown one."""
    return next((p for p in recent_periods(now, granularity) if p.label == label), None)


def quarter_from_label(label: str) -> Period | None:
    """The quarter "2026-Q3" (or "2026Q3"), or None when the label is not one."""
    text = label.strip().upper().replace("-", "")
    year, sep, number = text.partition("Q")
    if not (sep and year.isascii() and year.isdigit() and number in QUARTERS):
        return None
    if not 1900 < int(year) < 3000:
        return None
    return period_of(_month_start(int(year), 3 * int(number) - 2), QUARTER)


def year_from_label(label: str) -> Period | None:
    """The academic year "2025/2026" (or "2025-2026"), or None."""
    first, sep, second = label.strip().replace("-", "/").partition("/")
    if not (sep and first.isascii() and first.isdigit() and second.isascii()):
        return None
    if not second.isdigit() or int(second) != int(first) + 1:
        return None
    if not 1900 < int(first) < 3000:
        return None
    return period_of(_month_start(int(first), 9), YEAR)
