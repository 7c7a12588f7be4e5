"""Server-rendered charts: pure functions that turn figures into SVG geometry.

Templates draw the shapes (templates/reports/includes/*_chart.html); every chart is
followed on the page by a table of the same figures.
"""

import math
from dataclasses import dataclass

WIDTH = 640
BAR_HEIGHT = 22
GAP = 10
LABEL_WIDTH = 190


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str
    x: float
    y: float
    width: float
    height: float

    # Where the label (left of the bar), the value (after its end) and their
    # baseline go: computed here, as the template's `add` would drop the decimals.
    @property
    def label_x(self) -> float:
        return round(self.x - 8, 1)

    @property
    def value_x(self) -> float:
        return round(self.x + self.width + 6, 1)

    @property
    def text_y(self) -> float:
        return round(self.y + 15, 1)


@dataclass(frozen=True)
class Chart:
    bars: list
    width: int
    height: int
    axis: list  # (x, text) ticks


def horizontal_bars(
    items: list[tuple[str, float | None, str]], *, maximum: float | None = None
) -> Chart:
    """One horizontal bar per (label, value, text); None draws no bar."""
    values = [v for _l, v, _t in items if v is not None]
    top = maximum or max(values, default=0) or 1
    span = WIDTH - LABEL_WIDTH - 60
    bars = []
    for index, (label, value, text) in enumerate(items):
        length = 0 if value is None else span * value / top
        bars.append(
            Bar(
                label=label,
                value=value or 0,
                text=text,
                x=LABEL_WIDTH,
                y=GAP + index * (BAR_HEIGHT + GAP),
                width=round(length, 1),
                height=BAR_HEIGHT,
            )
        )
    height = GAP + len(items) * (BAR_HEIGHT + GAP) + 20
    axis = [(round(LABEL_WIDTH + span * f, 1), _tick(top * f)) for f in (0, 0.5, 1)]
    return Chart(bars=bars, width=WIDTH, height=height, axis=axis)


@dataclass(frozen=True)
class Column:
    label: str
    started: int
    completed: int
    x: float
    started_y: float
    started_height: float
    completed_y: float
    completed_height: float
    width: float
    label_x: float
    show_label: bool


def trend(items: list[tuple[str, int | None, int | None]]) -> dict:
    """Paired columns per period: learners who started and who completed. A hidden
    figure (None) draws no column."""
    height, bottom, left = 240, 200, 40
    top = max((max(s or 0, c or 0) for _l, s, c in items), default=0) or 1
    slot = (WIDTH - left - 10) / max(len(items), 1)
    width = max(min(slot / 2 - 2, 28), 2)
    every = max(1, math.ceil(len(items) / 6))  # labels that do not overlap
    columns = []
    for index, (label, started, completed) in enumerate(items):
        x = left + index * slot + (slot - 2 * width) / 2
        s_height = (bottom - 10) * (started or 0) / top
        c_height = (bottom - 10) * (completed or 0) / top
        columns.append(
            Column(
                label=label,
                started=started,
                completed=completed,
                x=round(x, 1),
                started_y=round(bottom - s_height, 1),
                started_height=round(s_height, 1),
                completed_y=round(bottom - c_height, 1),
                completed_height=round(c_height, 1),
                width=round(width, 1),
                label_x=round(x + width, 1),
                show_label=(len(items) - 1 - index) % every == 0,
            )
        )
    ticks = [
        (round(bottom - (bottom - 10) * f, 1), _tick(top * f)) for f in (0, 0.5, 1)
    ]
    return {
        "columns": columns,
        "width": WIDTH,
        "height": height,
        "bottom": bottom,
        "left": left,
        "ticks": ticks,
    }


def _tick(value: float) -> str:
    return f"{value:.0f}" if value >= 10 or value == int(value) else f"{value:.1f}"
