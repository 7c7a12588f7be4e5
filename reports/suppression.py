"""Small-cell suppression for published tables of counts (pure functions).

A table is a grid of counts of learners with its row totals, column totals and grand
total, all published together. Nothing published may count fewer than `threshold`
learners, and no hidden value may be worked out exactly from what is published.

* Zeros are published: "nobody" singles no one out, and hiding zeros would hide most
  of a sparse table. So a reader knows every hidden value is at least 1.
* Primary suppression hides every value (cell or total) from 1 to threshold - 1.
* Complementary suppression then hides more values until every hidden value could be
  different: for each hidden value there is a cycle of hidden values (alternating
  along rows and columns, totals included) along which the counts can be moved by
  one, keeping every published total right and every hidden value at least 1. The
  complements chosen are the smallest counts that close such a cycle, preferring
  counts of at least `threshold`.
* Learners reached and completions are published side by side, and a reader knows
  that no cell has more completions than learners. `suppress_pair` protects the two
  tables together: moving counts round a cycle must also keep completions at most
  reach (or move both tables together round the same cycle). Where no complement
  works, every non-zero value of the pair is hidden, which always protects them.
* The difference, learners reached who have not completed, is a count too: where
  it is from 1 to threshold - 1 and both values would be published, the completions
  are hidden (and protected like any hidden value).

* Tables published later about the same learners (reports.releases) pass
  `also_hidden`, what earlier releases hid, and hide it all, **zeros included**: a
  sum of earlier tables (an academic year of quarters) or a table of changes
  (corrections) must not give a hidden value back, and a hidden change known to be
  at least 1 can (1 of 2 completed, hidden; later "1 more completed", hidden but at
  least 1: the 2 cannot have been 1). There a reader knows only that a hidden value
  is at least 0. A table of changes also passes the counts the changes lead to,
  where completions are at most reach.

tests/reports/test_suppression.py checks random tables by linear programming: for each
hidden value it computes the smallest and largest values consistent with everything
published (both tables, and completions at most reach) and finds them different; and
the same for random sequences of quarter releases, their corrections and the year's
release, all held together.
"""

from collections import deque
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass

TOTAL = "total"


@dataclass(frozen=True)
class Grid:
    """Counts by (row, column) with totals; positions use TOTAL for the margins."""

    rows: tuple
    cols: tuple
    values: dict  # (row, col) -> int, for rows + TOTAL and cols + TOTAL

    def positions(self) -> list:
        return [(r, c) for r in (*self.rows, TOTAL) for c in (*self.cols, TOTAL)]


def grid(rows: Sequence[Hashable], cols: Sequence[Hashable], cells: dict) -> Grid:
    """The grid with its totals; missing cells count zero."""
    values: dict = {}
    for r in rows:
        for c in cols:
            values[r, c] = int(cells.get((r, c), 0))
    for r in rows:
        values[r, TOTAL] = sum(values[r, c] for c in cols)
    for c in cols:
        values[TOTAL, c] = sum(values[r, c] for r in rows)
    values[TOTAL, TOTAL] = sum(values[r, TOTAL] for r in rows)
    return Grid(tuple(rows), tuple(cols), values)


def _sign(position) -> int:
    """+1 for cells and the grand total, -1 for row and column totals.

    In these signs every row and column (totals' lines included) sums to zero, so
    moving counts round a cycle adds one and takes one alternately.
    """
    row, col = position
    return -1 if (row == TOTAL) != (col == TOTAL) else 1


@dataclass(frozen=True)
class Move:
    """Which hidden positions a cycle may pass through, and whether each may go up
    or down by one without breaking what a reader knows."""

    allowed: Callable[[tuple], bool]
    up: Callable[[tuple], bool]
    down: Callable[[tuple], bool]


def _forward(pos, move: Move) -> bool:
    """Whether a cycle may pass over `pos` from its row to its column, which
    changes it by +sign (from its column to its row changes it by -sign)."""
    return move.up(pos) if _sign(pos) > 0 else move.down(pos)


def _backward(pos, move: Move) -> bool:
    return move.down(pos) if _sign(pos) > 0 else move.up(pos)


def _graphs(position, hidden: set, move: Move) -> tuple[dict, dict]:
    """The steps a cycle may take over the hidden values but `position`, from a
    row or column to another, and the same steps reversed."""
    graph: dict = {}
    reverse: dict = {}
    for pos in hidden:
        if pos == position or not move.allowed(pos):
            continue
        row, col = ("r", pos[0]), ("c", pos[1])
        if _forward(pos, move):
            graph.setdefault(row, []).append(col)
            reverse.setdefault(col, []).append(row)
        if _backward(pos, move):
            graph.setdefault(col, []).append(row)
            reverse.setdefault(row, []).append(col)
    return graph, reverse


def _on_cycle(position, hidden: set, move: Move) -> bool:
    """Whether the hidden value at `position` lies on a cycle of hidden values along
    which the counts can move by one, each step allowed by `move`."""
    if not move.allowed(position):
        return False
    graph, _reverse = _graphs(position, hidden, move)
    row, col = ("r", position[0]), ("c", position[1])
    # Round one way: over this position from row to column, then back to the row.
    return (_forward(position, move) and _reaches(graph, col, row)) or (
        _backward(position, move) and _reaches(graph, row, col)
    )


def _closing(weak, hidden: set, move: Move) -> Callable[[tuple], bool]:
    """Whether hiding one more position puts `weak` (on no cycle now) on a cycle
    `move` allows: the new position's step must join a route from where the cycle
    leaves `weak` to where it comes back. Exact, and one search per move instead
    of one per candidate."""
    if not move.allowed(weak):
        return lambda pos: False
    graph, reverse = _graphs(weak, hidden, move)
    row, col = ("r", weak[0]), ("c", weak[1])
    routes = []
    if _forward(weak, move):
        routes.append((_reached(graph, col), _reached(reverse, row)))
    if _backward(weak, move):
        routes.append((_reached(graph, row), _reached(reverse, col)))

    def closes(pos) -> bool:
        if pos == weak or not move.allowed(pos):
            return False
        r, c = ("r", pos[0]), ("c", pos[1])
        return any(
            (_forward(pos, move) and r in ahead and c in behind)
            or (_backward(pos, move) and c in ahead and r in behind)
            for ahead, behind in routes
        )

    return closes


def _reached(graph: dict, start) -> set:
    seen = {start}
    queue = deque([start])
    while queue:
        for nxt in graph.get(queue.popleft(), ()):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen


def _reaches(graph: dict, start, goal) -> bool:
    seen = {start}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        if node == goal:
            return True
        for nxt in graph.get(node, ()):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return False


def _protect(
    table: Grid,
    hidden: set,
    threshold: int,
    moves: Callable[[set], list[Move]],
    fixed: frozenset = frozenset(),
) -> set | None:
    """Add complements to `hidden` until every hidden value is on a cycle one of the
    moves allows; None when no complement helps. Positions in `fixed` are never
    complements (the moves must not pass through them either).

    The moves do not depend on the pattern, so hiding more only adds steps to the
    cycles: a position once protected stays protected, and is not checked again.
    """
    values = table.values
    hidden = set(hidden)
    positions = [p for p in table.positions() if p not in fixed]
    safe: set = set()

    def protected(pos, pattern) -> bool:
        return any(_on_cycle(pos, pattern, move) for move in moves(pattern))

    def first_weak():
        for p in sorted(hidden, key=str):
            if p in safe or values[p] == 0:
                # A hidden zero (what an earlier release hid) gives nobody away.
                continue
            if not protected(p, hidden):
                return p
            safe.add(p)
        return None

    # The smallest counts first, preferring counts of at least the threshold.
    ordered = sorted(
        (p for p in positions if values[p] > 0),
        key=lambda p: (values[p] < threshold, values[p], str(p)),
    )
    for _round in range(len(positions) + 1):
        weak = first_weak()
        if weak is None:
            return hidden
        candidates = [p for p in ordered if p not in hidden]
        closing = [_closing(weak, hidden, move) for move in moves(hidden)]
        complement = next(
            (p for p in candidates if any(closes(p) for closes in closing)), None
        )
        if complement is None:
            near = [p for p in candidates if weak[0] == p[0] or weak[1] == p[1]]
            if not near:
                return None
            complement = near[0]
        hidden.add(complement)
    return None


def _primary(table: Grid, threshold: int) -> set:
    return {pos for pos, v in table.values.items() if 0 < v < threshold}


def _non_zero(table: Grid) -> set:
    return {pos for pos, v in table.values.items() if v > 0}


def _known(table: Grid, fixed, threshold: int) -> frozenset:
    """The positions a reader knows from elsewhere that may stay published: never a
    value from 1 to threshold - 1."""
    return frozenset(
        p for p in fixed if table.values[p] == 0 or table.values[p] >= threshold
    )


def suppress(table: Grid, threshold: int, *, fixed=frozenset()) -> set:
    """The positions to hide in one table published on its own.

    `fixed`: positions the reader knows from elsewhere (a total published in
    another table): no hidden value may be protected by moving them. When nothing
    else protects the table, every non-zero value is hidden, fixed ones included:
    the caller must then hide them where they are published too.
    """
    values = table.values
    fixed = _known(table, fixed, threshold)
    alone = Move(
        allowed=lambda pos: pos not in fixed,
        up=lambda pos: True,
        down=lambda pos: values[pos] >= 2,
    )
    hidden = _protect(
        table, _primary(table, threshold), threshold, lambda h: [alone], fixed
    )
    return _non_zero(table) if hidden is None else hidden


def suppress_pair(
    reached: Grid,
    done: Grid,
    threshold: int,
    *,
    fixed_reached=frozenset(),
    fixed_done=frozenset(),
    also_hidden: tuple[set, set] = (set(), set()),
    reached_now: Grid | None = None,
    done_now: Grid | None = None,
) -> tuple[set, set]:
    """The positions to hide in the reach table and in the completions table,
    published together (completions never exceed reach). `fixed_reached` and
    `fixed_done` are as `fixed` for suppress().

    `also_hidden` names positions (reach, completions) to hide besides the small
    ones, as a release does with what earlier releases about the same learners
    hid; they are hidden even where they count zero, so that there a reader knows
    a hidden value only to be at least 0 (and the moves may take it down to 0).
    Such a later table, where nothing else protects it, is hidden whole, zeros
    included, so that a reader knows none of its values to be at least 1.
    For a table of changes (a release's corrections) `reached_now` and `done_now`
    are the counts the changes lead to: a reader knows that there, not in the
    changes, completions are at most reach.
    """
    r, d = reached.values, done.values
    fixed_reached = _known(reached, fixed_reached, threshold)
    fixed_done = _known(done, fixed_done, threshold)
    big_r = (reached_now or reached).values
    big_d = (done_now or done).values
    extra_reached = {p for p in also_hidden[0] if p in r}
    extra_done = {p for p in also_hidden[1] if p in d}

    def lowest(pos, may_be_zero) -> int:
        """The smallest value a reader allows a hidden position."""
        return 0 if pos in may_be_zero else 1

    reach_alone = Move(
        allowed=lambda pos: pos not in fixed_reached,
        up=lambda pos: True,
        # Going down must leave at least its lowest and the completions there.
        down=lambda pos: (
            r[pos] - 1 >= lowest(pos, extra_reached) and big_r[pos] - 1 >= big_d[pos]
        ),
    )
    if reached_now is not None or extra_reached or extra_done:
        # A later table that cannot be protected hides every value, zeros too: a
        # reader of a table wholly hidden knows nothing of it, not even that its
        # hidden values are at least 1 (which can bound an earlier one).
        everything = (set(reached.values), set(done.values))
    else:
        everything = (_non_zero(reached), _non_zero(done))
    hidden_reached = _protect(
        reached,
        _primary(reached, threshold) | extra_reached,
        threshold,
        lambda h: [reach_alone],
        fixed_reached,
    )
    if hidden_reached is None:
        return everything

    def done_moves(pattern) -> list[Move]:
        alone = Move(
            allowed=lambda pos: pos not in fixed_done,
            up=lambda pos: big_d[pos] + 1 <= big_r[pos],
            down=lambda pos: d[pos] - 1 >= lowest(pos, extra_done),
        )
        # Both tables moved together round a cycle hidden in both.
        together = Move(
            allowed=lambda pos: pos in hidden_reached and pos not in fixed_done,
            up=lambda pos: True,
            down=lambda pos: (
                d[pos] - 1 >= lowest(pos, extra_done)
                and r[pos] - 1 >= lowest(pos, extra_reached)
            ),
        )
        return [alone, together]

    # Reach minus completions counts the learners who have not completed: where it
    # is small and both counts would be published, the completions are hidden.
    not_completed = {
        pos
        for pos in done.values
        if pos not in hidden_reached
        and d[pos] > 0
        and 0 < big_r[pos] - big_d[pos] < threshold
    }
    hidden_done = _protect(
        done,
        _primary(done, threshold) | not_completed | extra_done,
        threshold,
        done_moves,
        fixed_done,
    )
    if hidden_done is None:
        return everything
    return hidden_reached, hidden_done
