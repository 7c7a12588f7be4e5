"""The dashboard, its table exports and the full breakdown hide small counts, with
the complementary suppression of open data, and never show a rate or an average of
fewer than the threshold of learners; an attacker solving a linear program from a
published table pins no hidden count."""

import csv
import io

import numpy as np
import pytest
from bs4 import BeautifulSoup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from scipy.optimize import linprog

from reports.models import ExportJob
from reports.queries import Row
from reports.suppression import TOTAL

URL = "/en/reports/"
THRESHOLD = 5
UNBOUNDED = 10**6


@pytest.fixture
def as_analyst(client, analyst, password):
    client.login(username=analyst.username, password=password)
    return client


def table_rows(html: str, name: str) -> dict:
    """label -> {column: (text, hidden)} for one table of the page."""
    soup = BeautifulSoup(html, "html.parser")
    rows = {}
    for tr in soup.select(f"#table-{name} tbody tr"):
        cells = {
            td["data-column"]: (
                td.get_text(" ", strip=True),
                td.select_one("[data-hidden]") is not None,
            )
            for td in tr.select("td[data-column]")
        }
        rows[tr.th.get_text(strip=True)] = cells
    return rows


def shown_numbers(html: str) -> list[int]:
    """Every count the page shows in its tables and summary."""
    soup = BeautifulSoup(html, "html.parser")
    cells = soup.select(
        "td[data-column=learners], td[data-column=started], "
        "td[data-column=completed], td[data-column=pd_completions], "
        ".report-summary dd[data-measure=learners], "
        ".report-summary dd[data-measure=completions], "
        ".report-summary dd[data-measure=pd_completions]"
    )
    return [int(c.get_text(strip=True)) for c in cells if not c.select("[data-hidden]")]


def csv_rows(response) -> list[list[str]]:
    text = response.content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text), delimiter=";"))


def test_a_lone_learner_s_average_is_hidden_on_the_page_and_in_every_export(
    as_analyst, city
):
    # Oksana is the only learner of the college: her average would be 45.
    query = "?district=podilskyi"
    html = as_analyst.get(URL + query).content.decode()
    college = table_rows(html, "institution")["Коледж зв'язку"]
    for column in ("learners", "started", "completed", "rate", "average"):
        assert college[column][1], column  # the hidden marker, as open data's
    assert "45" not in college["average"][0]
    assert "Privacy: no figure counts fewer than 5 learners" in html
    assert all(n == 0 or n >= THRESHOLD for n in shown_numbers(html))

    lines = csv_rows(as_analyst.get(URL + query + "&table=institution&export=csv"))
    row = next(line for line in lines if line[0] == "Коледж зв'язку")
    assert row[1:6] == ["", "", "", "", ""]  # empty, as in open data's CSV
    sheet = load_workbook(
        io.BytesIO(
            as_analyst.get(URL + query + "&table=institution&export=xlsx").content
        )
    ).active
    row = next(r for r in sheet.iter_rows(values_only=True) if r[0] == "Коледж зв'язку")
    assert row[1:6] == (None, None, None, None, None)
    summary = csv_rows(as_analyst.get(URL + query + "&export=csv"))
    assert summary[1][:5] == ["", "", "", "", ""]


def test_a_single_pd_completion_at_a_named_institution_is_hidden(as_analyst, city):
    # Olha is the institute's only learner, with one PD completion of 30 hours.
    query = "?district=shevchenkivskyi"
    html = as_analyst.get(URL + query).content.decode()
    institute = table_rows(html, "institution")["Інститут післядипломної освіти"]
    assert institute["pd_completions"][1] and institute["pd_hours"][1]
    lines = csv_rows(as_analyst.get(URL + query + "&table=institution&export=csv"))
    row = next(line for line in lines if line[0] == "Інститут післядипломної освіти")
    assert row[6:8] == ["", ""]
    assert all(n == 0 or n >= THRESHOLD for n in shown_numbers(html))


@pytest.mark.parametrize(
    "query", ["", "?district=obolonskyi", "?kind=school", "?granularity=month"]
)
def test_no_table_shows_a_count_below_the_threshold(as_analyst, city, query):
    html = as_analyst.get(URL + query).content.decode()
    assert shown_numbers(html)  # zeros are shown
    assert all(n == 0 or n >= THRESHOLD for n in shown_numbers(html))
    for name in ("district", "kind", "module", "period"):
        lines = csv_rows(as_analyst.get(URL + query + f"&table={name}&export=csv"))
        for line in lines[1:]:
            if len(line) < 8:
                continue  # the filters, below the table
            for value in (line[1], line[2], line[3], line[6]):
                assert value == "" or int(value) == 0 or int(value) >= THRESHOLD


def test_the_full_breakdown_hides_small_cells(client, city, analyst, password):
    client.login(username=analyst.username, password=password)
    client.post("/en/reports/exports/", {"fmt": "xlsx", "granularity": "quarter"})
    job = ExportJob.objects.get()
    rows = list(
        load_workbook(io.BytesIO(bytes(job.content))).active.iter_rows(values_only=True)
    )
    assert len(rows) > 1
    for row in rows[1:]:
        counts = (row[5], row[6], row[7], row[10])
        assert all(v is None or v == 0 or v >= THRESHOLD for v in counts), row
        if row[5] is None:
            assert row[8] is None and row[9] is None  # no rate, no average
    # Ivan's own average (90) in his quarter is not there.
    assert all(row[9] is None for row in rows[1:])


@st.composite
def homes(draw):
    """Institutions' rows in a grid of districts by kinds: learners, starts,
    completions and PD completions as a city's are (learners <= starts,
    completions <= starts, PD <= completions)."""
    n_rows = draw(st.integers(1, 4))
    n_cols = draw(st.integers(1, 3))
    rows = [f"d{i}" for i in range(n_rows)]
    cols = [f"k{j}" for j in range(n_cols)]
    cells = {}
    for r in rows:
        for c in cols:
            starts = draw(st.one_of(st.just(0), st.integers(1, 4), st.integers(5, 30)))
            if not starts:
                continue
            learners = draw(st.integers(1, starts))
            done = draw(st.integers(0, starts))
            pd = draw(st.integers(0, done))
            cells[r, c] = Row(
                learners=learners, starts=starts, completions=done, pd_completions=pd
            )
    return rows, cols, cells


MEASURES = ("learners", "starts", "completions", "pd_completions")


def attack(rows, cols, cells, total, pattern, summary_hidden) -> dict:
    """The smallest and largest value of each hidden margin of each measure given
    everything the dashboard publishes for this grid (margins not hidden, the
    summary, that no cell is negative, and learners <= starts, completions <=
    starts, PD <= completions in every cell). Cells are never published."""
    index = {}
    for m in MEASURES:
        for r in rows:
            for c in cols:
                index[m, r, c] = len(index)
    n = len(index)
    eq, eq_rhs, ub, ub_rhs = [], [], [], []

    def members(m, pos):
        r, c = pos
        return [
            index[m, rr, cc]
            for rr in rows
            for cc in cols
            if (r == TOTAL or rr == r) and (c == TOTAL or cc == c)
        ]

    def value(m, pos):
        r, c = pos
        return sum(
            getattr(row, m)
            for (rr, cc), row in cells.items()
            if (r == TOTAL or rr == r) and (c == TOTAL or cc == c)
        )

    margins = [(r, TOTAL) for r in rows] + [(TOTAL, c) for c in cols]
    hidden_of = {
        m: pattern.pd if m == "pd_completions" else pattern.counts for m in MEASURES
    }
    targets = []
    for m in MEASURES:
        for pos in [*margins, (TOTAL, TOTAL)]:
            hidden = pos in hidden_of[m] or (
                pos == (TOTAL, TOTAL) and summary_hidden[m]
            )
            line = np.zeros(n)
            line[members(m, pos)] = 1
            if not hidden:
                eq.append(line)
                eq_rhs.append(value(m, pos))
            else:
                if m in ("learners", "starts") and pos != (TOTAL, TOTAL):
                    ub.append(-line)  # a listed line has a learner
                    ub_rhs.append(-1)
                if 0 < value(m, pos) < THRESHOLD:
                    targets.append((m, pos, line))
    for r in rows:
        for c in cols:
            for low, high in (
                ("learners", "starts"),
                ("completions", "starts"),
                ("pd_completions", "completions"),
            ):
                line = np.zeros(n)
                line[index[low, r, c]] = 1
                line[index[high, r, c]] = -1
                ub.append(line)
                ub_rhs.append(0)
    ranges = {}
    for m, pos, line in targets:
        kwargs = {
            "A_eq": np.array(eq) if eq else None,
            "b_eq": np.array(eq_rhs) if eq else None,
            "A_ub": np.array(ub) if ub else None,
            "b_ub": np.array(ub_rhs) if ub else None,
            "bounds": [(0, UNBOUNDED)] * n,
            "method": "highs",
        }
        lowest = linprog(line, **kwargs)
        highest = linprog(-line, **kwargs)
        assert lowest.status == 0 and highest.status == 0
        ranges[m, pos] = (lowest.fun, -highest.fun)
    return ranges


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(homes())
def test_the_attacker_pins_no_small_hidden_count_of_a_dashboard_table(home):
    from reports.dashboard import protect

    _rows, _cols, cells = home
    total = Row()
    for row in cells.values():
        total.add(row)
    present_rows = sorted({r for r, _c in cells})
    present_cols = sorted({c for _r, c in cells})
    if not cells:
        return
    pattern = protect(cells, present_rows, present_cols, total, THRESHOLD)
    summary_hidden = {
        m: (pattern.total_pd if m == "pd_completions" else pattern.total_counts)
        or 0 < getattr(total, m) < THRESHOLD
        for m in MEASURES
    }
    # Nothing small is published.
    for m in MEASURES:
        hidden = pattern.pd if m == "pd_completions" else pattern.counts
        for pos in [(r, TOTAL) for r in present_rows] + [
            (TOTAL, c) for c in present_cols
        ]:
            v = sum(
                getattr(row, m)
                for (r, c), row in cells.items()
                if pos[0] in (TOTAL, r) and pos[1] in (TOTAL, c)
            )
            assert pos in hidden or v == 0 or v >= THRESHOLD, (m, pos, v)
    ranges = attack(present_rows, present_cols, cells, total, pattern, summary_hidden)
    for (m, pos), (low, high) in ranges.items():
        assert high - low >= 1 - 1e-6, f"{m} at {pos} pinned to [{low}, {high}]"
