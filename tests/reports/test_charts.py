"""Chart geometry: bars in proportion to the figures, labels that fit."""

import pytest

from reports.charts import horizontal_bars, trend


def test_trend_columns_are_in_proportion_and_labels_do_not_crowd():
    items = [(f"2026-{m:02d}", 10 * m, 5 * m) for m in range(1, 13)]
    chart = trend(items)
    tallest = chart["columns"][-1]
    assert tallest.started_y + tallest.started_height == chart["bottom"]
    first = chart["columns"][0]
    assert first.started_height == pytest.approx(tallest.started_height / 12, abs=0.1)
    assert first.completed_height == pytest.approx(first.started_height / 2, abs=0.1)
    shown = [c.label for c in chart["columns"] if c.show_label]
    assert len(shown) <= 6 and shown[-1] == "2026-12"  # the latest is always named


def test_bars_scale_to_a_fixed_maximum_and_skip_missing_values():
    chart = horizontal_bars([("A", 50, "50%"), ("B", None, "—")], maximum=100)
    full = chart.width - 190 - 60
    assert chart.bars[0].width == pytest.approx(full / 2, abs=0.1)
    assert chart.bars[1].width == 0 and chart.bars[1].text == "—"


def test_a_bars_value_is_written_after_its_fractional_end():
    bar = horizontal_bars([("A", 33.3, "33 %")], maximum=100).bars[0]
    assert bar.value_x == round(bar.x + bar.width + 6, 1)
    assert bar.value_x != int(bar.value_x)
