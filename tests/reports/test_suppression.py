"""Small-cell suppression: random tables, and an attacker who solves for every hidden
value by linear programming from everything published."""

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from scipy.optimize import linprog

from reports.suppression import TOTAL, grid, suppress, suppress_pair

THRESHOLD = 5
# Hidden cells are counts of at least 1. The attacker's linear programs bound them
# above by far more than any table here holds, so that maximising one always has an
# optimum (the solver may report an unbounded problem as infeasible); a cell whose
# maximum reaches this bound could have any size.
UNBOUNDED = 10**6


def attack(table, hidden) -> dict:
    """The smallest and largest value each hidden position can take, given every
    published value, the totals' equations and that hidden values are at least 1
    (zeros are published). Returns position -> (low, high); high may be inf."""
    hidden = sorted(hidden, key=str)
    index = {pos: i for i, pos in enumerate(hidden)}
    rows = [*table.rows, TOTAL]
    cols = [*table.cols, TOTAL]
    equations, rhs = [], []

    def line(members, total):
        # sum(members) - total = 0, with published values moved to the right.
        coefficients = np.zeros(len(hidden))
        constant = 0
        for pos, weight in [(m, 1) for m in members] + [(total, -1)]:
            if pos in index:
                coefficients[index[pos]] += weight
            else:
                constant -= weight * table.values[pos]
        if coefficients.any():
            equations.append(coefficients)
            rhs.append(constant)
        else:
            assert constant == 0

    for r in rows:
        line([(r, c) for c in table.cols], (r, TOTAL))
    for c in cols:
        line([(r, c) for r in table.rows], (TOTAL, c))
    bounds = [(1, UNBOUNDED)] * len(hidden)
    a_eq = np.array(equations) if equations else None
    b_eq = np.array(rhs) if rhs else None
    ranges = {}
    for pos, i in index.items():
        objective = np.zeros(len(hidden))
        objective[i] = 1
        low = linprog(objective, A_eq=a_eq, b_eq=b_eq, bounds=bounds, method="highs")
        high = linprog(-objective, A_eq=a_eq, b_eq=b_eq, bounds=bounds, method="highs")
        assert low.status == 0, low.message  # the true table is always feasible
        assert high.status == 0, high.message
        ranges[pos] = (low.fun, -high.fun)
    return ranges


def small_counts():
    # Mostly small counts, some zeros and some large, as a quarter's table is.
    return st.one_of(
        st.integers(0, 0), st.integers(1, 4), st.integers(5, 12), st.integers(13, 200)
    )


@st.composite
def tables(draw):
    n_rows = draw(st.integers(1, 6))
    n_cols = draw(st.integers(1, 4))
    rows = [f"d{i}" for i in range(n_rows)]
    cols = [f"k{j}" for j in range(n_cols)]
    cells = {(r, c): draw(small_counts()) for r in rows for c in cols}
    return grid(rows, cols, cells)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables())
def test_no_published_value_is_small_and_no_hidden_value_can_be_worked_out(table):
    hidden = suppress(table, THRESHOLD)
    for pos, value in table.values.items():
        if pos not in hidden:
            assert value == 0 or value >= THRESHOLD, (pos, value)
    for pos, (low, high) in attack(table, hidden).items():
        assert high - low >= 1 - 1e-6, (
            f"{pos} = {table.values[pos]} is pinned to [{low}, {high}]"
        )


def test_a_lone_small_cell_in_a_row_takes_a_partner_in_its_row_and_column():
    table = grid(
        ["a", "b"],
        ["x", "y"],
        {("a", "x"): 3, ("a", "y"): 20, ("b", "x"): 30, ("b", "y"): 40},
    )
    hidden = suppress(table, THRESHOLD)
    assert ("a", "x") in hidden
    # Without complements, 3 = 23 - 20.
    assert len([p for p in hidden if p[0] == "a"]) >= 2
    assert len([p for p in hidden if p[1] == "x"]) >= 2
    assert ("b", "y") in hidden  # the cycle closes through the opposite corner
    assert all(low < high for low, high in attack(table, hidden).values())


def test_large_tables_publish_everything():
    table = grid(["a", "b"], ["x"], {("a", "x"): 7, ("b", "x"): 5})
    assert suppress(table, THRESHOLD) == set()


def test_a_small_total_is_hidden_too():
    table = grid(["a", "b"], ["x"], {("a", "x"): 2, ("b", "x"): 1})
    hidden = suppress(table, THRESHOLD)
    assert (TOTAL, TOTAL) in hidden and ("a", TOTAL) in hidden
    assert {pos for pos, v in table.values.items() if v} == hidden


@pytest.mark.parametrize("threshold", [3, 10])
def test_the_threshold_is_a_setting(threshold):
    table = grid(["a"], ["x", "y"], {("a", "x"): 4, ("a", "y"): 40})
    assert (("a", "x") in suppress(table, threshold)) == (threshold > 4)


def coupled_attack(reached, done, hidden_reached, hidden_done) -> dict:
    """As attack(), for both tables at once, knowing that no cell or total has more
    completions than learners reached."""
    variables = [("r", p) for p in sorted(hidden_reached, key=str)] + [
        ("d", p) for p in sorted(hidden_done, key=str)
    ]
    index = {v: i for i, v in enumerate(variables)}
    tables = {"r": reached, "d": done}
    equations, rhs, upper, upper_rhs = [], [], [], []
    for name, table in tables.items():
        rows = [*table.rows, TOTAL]
        cols = [*table.cols, TOTAL]
        lines = [([(r, c) for c in table.cols], (r, TOTAL)) for r in rows]
        lines += [([(r, c) for r in table.rows], (TOTAL, c)) for c in cols]
        for members, total in lines:
            coefficients = np.zeros(len(variables))
            constant = 0
            for pos, weight in [(m, 1) for m in members] + [(total, -1)]:
                if (name, pos) in index:
                    coefficients[index[name, pos]] += weight
                else:
                    constant -= weight * table.values[pos]
            if coefficients.any():
                equations.append(coefficients)
                rhs.append(constant)
    for pos in reached.values:
        # done - reached <= 0 at every position
        coefficients = np.zeros(len(variables))
        constant = 0
        for name, weight in (("d", 1), ("r", -1)):
            if (name, pos) in index:
                coefficients[index[name, pos]] += weight
            else:
                constant -= weight * tables[name].values[pos]
        if coefficients.any():
            upper.append(coefficients)
            upper_rhs.append(constant)
    bounds = [(1, UNBOUNDED)] * len(variables)
    ranges = {}
    for variable, i in index.items():
        objective = np.zeros(len(variables))
        objective[i] = 1
        kwargs = {
            "A_eq": np.array(equations) if equations else None,
            "b_eq": np.array(rhs) if rhs else None,
            "A_ub": np.array(upper) if upper else None,
            "b_ub": np.array(upper_rhs) if upper_rhs else None,
            "bounds": bounds,
            "method": "highs",
        }
        low = linprog(objective, **kwargs)
        high = linprog(-objective, **kwargs)
        assert low.status == 0, low.message
        assert high.status == 0, high.message
        ranges[variable] = (low.fun, -high.fun)
    return ranges


@st.composite
def reached_and_done(draw):
    n_rows = draw(st.integers(1, 5))
    n_cols = draw(st.integers(1, 4))
    rows = [f"d{i}" for i in range(n_rows)]
    cols = [f"k{j}" for j in range(n_cols)]
    reached = {(r, c): draw(small_counts()) for r in rows for c in cols}
    done = {pos: draw(st.integers(0, value)) for pos, value in reached.items()}
    return grid(rows, cols, reached), grid(rows, cols, done)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reached_and_done())
def test_completions_and_reach_together_give_nothing_away(tables):
    reached, done = tables
    hidden_reached, hidden_done = suppress_pair(reached, done, THRESHOLD)
    for table, hidden in ((reached, hidden_reached), (done, hidden_done)):
        for pos, value in table.values.items():
            if pos not in hidden:
                assert value == 0 or value >= THRESHOLD, (pos, value)
    # Nor can the learners who have not completed be counted from published values.
    for pos, value in reached.values.items():
        if pos not in hidden_reached and pos not in hidden_done:
            not_completed = value - done.values[pos]
            assert not_completed == 0 or not_completed >= THRESHOLD, (pos, value)
    ranges = coupled_attack(reached, done, hidden_reached, hidden_done)
    for variable, (low, high) in ranges.items():
        assert high - low >= 1 - 1e-6, (variable, low, high)


# --- a sequence of releases -------------------------------------------------------
#
# An attacker who holds every release about the same learners: each quarter's
# release (reach and completions), the corrections published later for it (the
# learners and completions added since), and the academic year's release, which
# counts the same learners as the quarters with their corrections. They know that
# in every table completions are at most reach, and so after the corrections too;
# that published zeros are zeros and hidden values at least 1.


def sequence_attack(
    published: dict,
    equalities: list,
    inequalities: list,
    counts: dict,
    may_be_zero: frozenset = frozenset(),
) -> dict:
    """Bounds of counts. `published` maps a table's name to (grid, hidden
    positions); equalities and inequalities are lists of terms (weight, table,
    position) whose weighted sum is = 0 or <= 0; `counts` names such sums (a hidden
    value, learners reached minus completions) to bound. Hidden values are at
    least 1, but those named (table, position) in `may_be_zero`: at least 0."""
    variables = [
        (name, pos)
        for name, (_table, hidden) in sorted(published.items())
        for pos in sorted(hidden, key=str)
    ]
    index = {v: i for i, v in enumerate(variables)}

    def linear(terms):
        coefficients = np.zeros(len(variables))
        constant = 0
        for weight, name, pos in terms:
            if (name, pos) in index:
                coefficients[index[name, pos]] += weight
            else:
                constant -= weight * published[name][0].values[pos]
        return coefficients, constant

    equations, rhs, upper, upper_rhs = [], [], [], []
    for name, (table, _hidden) in published.items():
        rows, cols = [*table.rows, TOTAL], [*table.cols, TOTAL]
        lines = [([(r, c) for c in table.cols], (r, TOTAL)) for r in rows]
        lines += [([(r, c) for r in table.rows], (TOTAL, c)) for c in cols]
        for members, total in lines:
            equalities = [
                *equalities,
                [*((1, name, m) for m in members), (-1, name, total)],
            ]
    for terms in equalities:
        coefficients, constant = linear(terms)
        if coefficients.any():
            equations.append(coefficients)
            rhs.append(constant)
        else:
            assert abs(constant) < 1e-9, terms  # published values agree
    for terms in inequalities:
        coefficients, constant = linear(terms)
        if coefficients.any():
            upper.append(coefficients)
            upper_rhs.append(constant)
    kwargs = {
        "A_eq": np.array(equations) if equations else None,
        "b_eq": np.array(rhs) if rhs else None,
        "A_ub": np.array(upper) if upper else None,
        "b_ub": np.array(upper_rhs) if upper_rhs else None,
        "bounds": [(0 if v in may_be_zero else 1, UNBOUNDED) for v in variables],
        "method": "highs",
    }
    ranges = {}
    for name, terms in counts.items():
        objective, constant = linear(terms)
        if not objective.any():
            ranges[name] = (-constant, -constant)  # published
            continue
        low = linprog(objective, **kwargs)
        high = linprog(-objective, **kwargs)
        assert low.status == 0, low.message  # the truth is always feasible
        assert high.status == 0, high.message
        ranges[name] = (low.fun - constant, -high.fun - constant)
    return ranges


@st.composite
def release_sequences(draw):
    """Up to three quarters of one year: each quarter's counts at its release, then
    what was added to it before the year's release."""
    n_rows = draw(st.integers(1, 3))
    n_cols = draw(st.integers(1, 3))
    rows = [f"d{i}" for i in range(n_rows)]
    cols = [f"k{j}" for j in range(n_cols)]
    positions = [(r, c) for r in rows for c in cols]
    quarters = []
    for _q in range(draw(st.integers(1, 3))):
        reach = {p: draw(small_counts()) for p in positions}
        done = {p: draw(st.integers(0, reach[p])) for p in positions}
        more_reach = {
            p: draw(st.one_of(st.just(0), st.integers(1, 4), st.integers(5, 12)))
            for p in positions
        }
        # Late completions, by the quarter's learners old and new.
        more_done = {
            p: draw(st.integers(0, reach[p] + more_reach[p] - done[p]))
            for p in positions
        }
        quarters.append(
            tuple(grid(rows, cols, t) for t in (reach, done, more_reach, more_done))
        )
    return rows, cols, quarters


def one_quarter(rows, cols, reach, done, more_reach, more_done):
    """A sequence of one quarter: each table's non-zero cells."""
    counts = (reach, done, more_reach, more_done)
    return rows, cols, [tuple(grid(rows, cols, cells) for cells in counts)]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(release_sequences())
# 1 of 11 completed at the release (hidden), 10 more in the corrections: published,
# they gave the 1 away, since after them completions are at most 11.
@example(
    one_quarter(
        ["d0", "d1"],
        ["k0", "k1", "k2"],
        {("d0", "k2"): 11},
        {("d0", "k2"): 1},
        {},
        {("d0", "k2"): 10},
    )
)
def test_every_release_together_gives_no_small_count_away(sequence):
    assert_no_small_count_away(sequence)


@pytest.mark.parametrize(
    "sequence",
    [
        # Reach 1, 2 and 5 (the 1 and 2 hidden, going round 1+1, 2-1), 1 of the 2
        # completed; later the other completes. Completions after the correction
        # are at most reach, so the 2 cannot have been 1, and the 1 is 8 - 5 - 2.
        one_quarter(
            ["d0"],
            ["k0", "k1", "k2"],
            {("d0", "k0"): 1, ("d0", "k1"): 2, ("d0", "k2"): 5},
            {("d0", "k1"): 1},
            {},
            {("d0", "k1"): 1},
        ),
        # 3 of 4 completed (hidden); the last one completes later: the
        # correction's hidden completion can only be 1.
        one_quarter(
            ["d0", "d1", "d2"],
            ["k0", "k1", "k2"],
            {("d1", "k0"): 5, ("d1", "k2"): 1, ("d2", "k0"): 5, ("d2", "k1"): 4},
            {("d1", "k0"): 2, ("d1", "k2"): 1, ("d2", "k0"): 3, ("d2", "k1"): 3},
            {},
            {("d2", "k1"): 1},
        ),
    ],
)
def test_a_late_completion_that_completes_a_cell_gives_nothing_away(sequence):
    assert_no_small_count_away(sequence)


def assert_no_small_count_away(sequence):
    """Publish the sequence as reports.releases does and attack it."""
    rows, cols, quarters = sequence
    published: dict = {}
    # Later tables hide what earlier ones hid, zeros included: there a reader knows
    # a hidden value only to be at least 0.
    may_be_zero: set = set()
    carried: tuple[set, set] = (set(), set())
    year_reach: dict = {}
    year_done: dict = {}
    equalities, inequalities = [], []
    for q, (reach, done, more_reach, more_done) in enumerate(quarters):
        hidden = suppress_pair(reach, done, THRESHOLD)
        now_reach = grid(
            rows,
            cols,
            {p: reach.values[p] + more_reach.values[p] for p in reach.values},
        )
        now_done = grid(
            rows, cols, {p: done.values[p] + more_done.values[p] for p in done.values}
        )
        hidden_more = suppress_pair(
            more_reach,
            more_done,
            THRESHOLD,
            also_hidden=hidden,
            reached_now=now_reach,
            done_now=now_done,
        )
        published[f"q{q}-reach"] = (reach, hidden[0])
        published[f"q{q}-done"] = (done, hidden[1])
        published[f"c{q}-reach"] = (more_reach, hidden_more[0])
        published[f"c{q}-done"] = (more_done, hidden_more[1])
        for measure, name in enumerate((f"c{q}-reach", f"c{q}-done")):
            hides = set(hidden[measure])
            if hidden_more[0] == hidden_more[1] == set(now_reach.values):
                hides = set(now_reach.values)  # hidden whole: nothing is known
            may_be_zero.update((name, pos) for pos in hides)
        for measure in (0, 1):
            carried[measure].update(hidden[measure] | hidden_more[measure])
        for pos in reach.values:
            year_reach[pos] = year_reach.get(pos, 0) + now_reach.values[pos]
            year_done[pos] = year_done.get(pos, 0) + now_done.values[pos]
            # Completions at most reach, at release and after the corrections.
            inequalities.append([(1, f"q{q}-done", pos), (-1, f"q{q}-reach", pos)])
            inequalities.append(
                [
                    (1, f"q{q}-done", pos),
                    (1, f"c{q}-done", pos),
                    (-1, f"q{q}-reach", pos),
                    (-1, f"c{q}-reach", pos),
                ]
            )
    year = (
        grid(rows, cols, {p: year_reach[p] for p in year_reach}),
        grid(rows, cols, {p: year_done[p] for p in year_done}),
    )
    hidden_year = suppress_pair(*year, THRESHOLD, also_hidden=carried)
    published["year-reach"] = (year[0], hidden_year[0])
    published["year-done"] = (year[1], hidden_year[1])
    for measure, name in enumerate(("year-reach", "year-done")):
        hides = set(carried[measure])
        if hidden_year[0] == hidden_year[1] == set(year[0].values):
            hides = set(year[0].values)
        may_be_zero.update((name, pos) for pos in hides)
    for pos in year[0].values:
        for measure in ("reach", "done"):
            equalities.append(
                [(1, f"year-{measure}", pos)]
                + [(-1, f"q{q}-{measure}", pos) for q in range(len(quarters))]
                + [(-1, f"c{q}-{measure}", pos) for q in range(len(quarters))]
            )
    for name, (table, hidden) in published.items():
        for pos, value in table.values.items():
            if pos not in hidden:
                assert value == 0 or value >= THRESHOLD, (name, pos, value)
    # The small counts: hidden values from 1 to 4, and learners reached who have not
    # completed, from 1 to 4, in a period's table or after its corrections. A
    # hidden count of at least 5 may be known from other releases (a year's total
    # that is its quarters' published totals) and gives nobody away.
    small: dict = {}
    for name, (table, hidden) in published.items():
        for pos in hidden:
            if 0 < table.values[pos] < THRESHOLD:
                small[name, pos] = [(1, name, pos)]
    periods = [(f"q{q}",) for q in range(len(quarters))]
    periods += [(f"q{q}", f"c{q}") for q in range(len(quarters))] + [("year",)]
    for tables in periods:
        for pos in year[0].values:
            terms = [(1, f"{t}-reach", pos) for t in tables]
            terms += [(-1, f"{t}-done", pos) for t in tables]
            value = sum(w * published[t][0].values[p] for w, t, p in terms)
            if 0 < value < THRESHOLD:
                small["not completed", tables, pos] = terms
    ranges = sequence_attack(
        published, equalities, inequalities, small, frozenset(may_be_zero)
    )
    for count, (low, high) in ranges.items():
        assert high - low >= 1 - 1e-6, (count, low, high)
