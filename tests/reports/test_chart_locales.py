"""Charts draw in every language: the numbers in SVG attributes are written for
the browser (a full stop before the decimals, no thousands separator), never in the
page's language (Ukrainian writes "105,0", which the browser cannot draw)."""

import re

import pytest

from .test_commitment import modules, released  # noqa: F401 (fixtures)


@pytest.fixture
def as_analyst(client, analyst, password):
    client.login(username=analyst.username, password=password)
    return client


@pytest.fixture
def unsuppressed(settings):
    settings.REPORTS_SUPPRESSION_THRESHOLD = 1


GEOMETRY = ("x", "y", "x1", "x2", "y1", "y2", "width", "height")


def svg_numbers(html: str) -> list[str]:
    """Every coordinate written in the page's SVGs (viewBox split in four)."""
    svgs = re.findall(r"<svg.*?</svg>", html, re.S)
    assert svgs, "the page draws no chart"
    found = []
    for svg in svgs:
        for name, value in re.findall(r'\s([a-zA-Z0-9]+)="([^"]*)"', svg):
            if name in GEOMETRY:
                found.append(value)
            elif name == "viewBox":
                found.extend(value.split())
    return found


def assert_all_parse(html: str) -> None:
    numbers = svg_numbers(html)
    assert numbers
    bad = []
    for value in numbers:
        try:
            float(value)
        except ValueError:
            bad.append(value)
    assert not bad, f"coordinates the browser cannot read: {bad[:5]}"


def test_the_ukrainian_dashboard_draws_its_charts(as_analyst, city, unsuppressed):
    html = as_analyst.get("/reports/").content.decode()
    assert 'lang="uk"' in html
    assert_all_parse(html)
    # The bars have a length (a fractional one was written "105,0" before).
    widths = re.findall(r'class="chart__bar[^"]*"[^>]*\swidth="([^"]+)"', html)
    assert any(float(w) > 0 for w in widths)


def test_the_english_dashboard_draws_its_charts(as_analyst, city, unsuppressed):
    assert_all_parse(as_analyst.get("/en/reports/").content.decode())


@pytest.mark.parametrize("url", ["/open-data/uaiev0001/", "/en/open-data/uaiev0001/"])
def test_the_commitment_chart_draws_in_both_languages(client, released, url):  # noqa: F811
    assert_all_parse(client.get(url).content.decode())
