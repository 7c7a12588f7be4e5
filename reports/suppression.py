"""Small-cell suppression for published tables of counts (pure functions).

A table is a grid of counts of learners with its row totals, column totals and grand
total, all published together. Nothing published may count fewer than `threshold`
learners, and no hidden value may be worked out from what is published.

* Zeros are published: "nobody" singles no one out, and hiding zeros would hide most
  of a sparse table. So a reader knows every hidden value is at least 1.
* Primary suppression hides every value (cell or total) from 1 to threshold - 1.
* Complementary suppression then hides more values until every hidden value could be
  different: for each hidden value there is a cycle of hidden values (alternating
  along rows and columns, totals included) along which the counts can be moved by
  one, keeping every published total right and every hidden value at least 1. The
  complements chosen are the smallest counts that close such a cycle, preferring
  counts of at least `threshold`.

tests/reports/test_suppression.py checks random tables by linear programming: for each
hidden value it computes the smallest and largest values consistent with everything
published and finds them different.
"""

from collections import deque
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

TOTAL = "total"


@dataclass(frozen=True)
class Grid:
    """Counts by (row, column) with totals; positions use TOTAL for the margins."""

    rows: tuple
    cols: tuple
    values: dict  # (row, col) -> int, for rows + TOTAL and cols + TOTAL


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


def _protected(position, hidden: set, values: dict) -> bool:
    """Whether the hidden value at `position` lies on a cycle of hidden values along
    which the counts can move (each value that goes down is at least 2)."""

    def arcs():
        # Traversing a position from its row to its column changes it by +sign,
        # back by -sign; a change of -1 needs a value of at least 2.
        for pos in hidden:
            if pos == position:
                continue
            r, c = ("r", pos[0]), ("c", pos[1])
            up = _sign(pos)
            if up > 0 or values[pos] >= 2:
                yield r, c
            if up < 0 or values[pos] >= 2:
                yield c, r

    graph: dict = {}
    for start, end in arcs():
        graph.setdefault(start, []).append(end)
    row, col = ("r", position[0]), ("c", position[1])
    up = _sign(position)
    can_go_down = values[position] >= 2
    # Go round one way (row -> col over this position, then back to the row), or
    # the other; either changes this value, which is all that is needed.
    forward = (up > 0 or can_go_down) and _reaches(graph, col, row)
    return forward or ((up < 0 or can_go_down) and _reaches(graph, row, col))


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


def _positions(table: Grid) -> list:
    return [(r, c) for r in (*table.rows, TOTAL) for c in (*table.cols, TOTAL)]


def suppress(table: Grid, threshold: int) -> set:
    """The positions to hide in the table."""
    values = table.values
    hidden = {pos for pos, v in values.items() if 0 < v < threshold}
    positions = _positions(table)
    for _round in range(len(positions)):
        weak = next(
            (
                pos
                for pos in sorted(hidden, key=str)
                if not _protected(pos, hidden, values)
            ),
            None,
        )
        if weak is None:
            return hidden
        complement = _complement(weak, hidden, values, positions, threshold)
        if complement is None:
            break
        hidden.add(complement)
    # No complement closes a cycle: hide every non-zero value in the table, which
    # leaves no published total to work from.
    return {pos for pos, v in values.items() if v > 0}


def _complement(weak, hidden, values, positions, threshold):
    """The smallest visible count whose hiding protects `weak`, preferring counts
    of at least the threshold; else the smallest in its row or column."""
    candidates = sorted(
        (pos for pos in positions if pos not in hidden and values[pos] > 0),
        key=lambda pos: (values[pos] < threshold, values[pos], str(pos)),
    )
    for pos in candidates:
        if _protected(weak, hidden | {pos}, values):
            return pos
    near = [p for p in candidates if p[0] == weak[0] or p[1] == weak[1]]
    return near[0] if near else None
