"""Alignment of two sequences by order and length: the dynamic programme of
Gale and Church (1993), used for unnumbered paragraphs between two anchors,
for table rows and for sentences inside a paragraph pair.

A *bead* groups consecutive units of each side: 1–1 (a translation),
2–1 / 1–2 / 3–1 / 1–3 (a paragraph split or merged in translation, such as
"The General Assembly," printed on its own line in one version and run into
the next paragraph in the other) and 1–0 / 0–1 (a unit with no counterpart).
Each move has a prior probability; a bead's cost is -log of its prior plus
the length cost of :mod:`.lengths`. The cheapest path through the grid is
the alignment. Units carry a class (heading, text, table…): a bead only
groups units of one class, and only classes in *mergeable* group several.

The grid is searched in a band around the diagonal, so a long stretch of
unnumbered text costs time linear in its length rather than quadratic.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from .lengths import length_cost
from .numbers import number_cost

#: prior probabilities of the moves (Gale and Church's, with the rare 3–1 and
#: 1–3 added; the deletions split theirs between the two sides)
PARAGRAPH_MOVES = {(1, 1): 0.89, (1, 0): 0.005, (0, 1): 0.005, (2, 1): 0.0445, (1, 2): 0.0445,
                   (3, 1): 0.003, (1, 3): 0.003}
#: table rows are never split or merged in translation
ROW_MOVES = {(1, 1): 0.98, (1, 0): 0.01, (0, 1): 0.01}

#: the band's half-width: at least this many cells either side of the diagonal
MIN_BAND = 30


@dataclass(slots=True)
class Bead:
    a: tuple[int, ...]        # indices into the first sequence (empty for 0–1)
    b: tuple[int, ...]        # indices into the second sequence (empty for 1–0)
    cost: float


def align_sequences(len_a: list[int], len_b: list[int], ratio: float, *,
                    cls_a: list[str] | None = None, cls_b: list[str] | None = None,
                    nums_a: list[frozenset] | None = None, nums_b: list[frozenset] | None = None,
                    mergeable: frozenset = frozenset({"text"}),
                    moves: dict = PARAGRAPH_MOVES) -> list[Bead]:
    """The cheapest beads covering both sequences, in order. *nums_a* and
    *nums_b*, the numbers each unit holds (:mod:`.numbers`), add their
    evidence to the lengths'."""
    n, m = len(len_a), len(len_b)
    cls_a = cls_a or ["text"] * n
    cls_b = cls_b or ["text"] * m
    grid = (len_a, len_b, cls_a, cls_b, nums_a or [frozenset()] * n, nums_b or [frozenset()] * m,
            ratio, mergeable)
    band = max(MIN_BAND, abs(n - m) + MIN_BAND // 2)
    beads = _search(grid, moves, band)
    if beads is None:          # the band was too narrow for this pair: search the whole grid
        beads = _search(grid, moves, n + m + 1)
    return beads


def _search(grid, moves, band) -> list[Bead] | None:
    len_a, len_b = grid[0], grid[1]
    n, m = len(len_a), len(len_b)
    if n == 0 or m == 0:
        return [Bead((i,), (), 0.0) for i in range(n)] + [Bead((), (j,), 0.0) for j in range(m)]
    priors = {mv: -math.log(p) for mv, p in moves.items()}
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        centre = i * m / n
        lo, hi = max(0, int(centre - band)), min(m, int(centre + band) + 1)
        for j in range(lo, hi + 1):
            if i == 0 and j == 0:
                continue
            best, move = inf, None
            for (da, db), prior in priors.items():
                pi, pj = i - da, j - db
                if pi < 0 or pj < 0 or cost[pi][pj] == inf:
                    continue
                c = _bead_cost(grid, pi, i, pj, j)
                if c is None:
                    continue
                total = cost[pi][pj] + prior + c
                if total < best:
                    best, move = total, (da, db)
            cost[i][j], back[i][j] = best, move
    if cost[n][m] == inf:
        return None
    return _trace(back, cost, n, m)


def _bead_cost(grid, i0, i1, j0, j1) -> float | None:
    """Length and number cost of grouping a[i0:i1] with b[j0:j1], None when
    the classes forbid it."""
    len_a, len_b, cls_a, cls_b, nums_a, nums_b, ratio, mergeable = grid
    classes = {cls_a[k] for k in range(i0, i1)} | {cls_b[k] for k in range(j0, j1)}
    if len(classes) > 1:
        return None
    if (i1 - i0 > 1 or j1 - j0 > 1) and not classes <= mergeable:
        return None
    if i0 == i1 or j0 == j1:
        return 0.0             # a unit with no counterpart: its prior is its whole cost, whatever its length
    cost = length_cost(sum(len_a[i0:i1]), sum(len_b[j0:j1]), ratio)
    return cost + number_cost(frozenset().union(*nums_a[i0:i1]), frozenset().union(*nums_b[j0:j1]))


def _trace(back, cost, n, m) -> list[Bead]:
    beads = []
    i, j = n, m
    while i > 0 or j > 0:
        da, db = back[i][j]
        beads.append(Bead(tuple(range(i - da, i)), tuple(range(j - db, j)), cost[i][j] - cost[i - da][j - db]))
        i, j = i - da, j - db
    beads.reverse()
    return beads

