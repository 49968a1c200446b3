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
groups units of one class, and only classes in *mergeable* group several
(a heading may pair one to one with a text unit, at a cost).

The grid is searched in a band around the diagonal, so a long stretch of
unnumbered text costs time linear in its length rather than quadratic; the
band is doubled and the search repeated until doubling it finds nothing
cheaper and the best path keeps away from its edge.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from .lengths import VARIANCE, length_cost
from .numbers import number_cost

#: prior probabilities of the moves (Gale and Church's, with the rare 3–1 and
#: 1–3 added; the deletions split theirs between the two sides)
PARAGRAPH_MOVES = {(1, 1): 0.89, (1, 0): 0.005, (0, 1): 0.005, (2, 1): 0.0445, (1, 2): 0.0445,
                   (3, 1): 0.003, (1, 3): 0.003}
_MAX_LENGTH_COST = -math.log(1e-12)

#: a heading one reader found and the other took for a paragraph (PDF) may
#: still pair, one to one, at this extra cost
CROSS_CLASS_COST = 3.0
_CROSS_CLASSES = {("heading", "text"), ("text", "heading")}

#: sentences: a translator who recasts two sentences (the second half of the
#: first moved into the second) makes a 2–2 bead
SENTENCE_MOVES = {**PARAGRAPH_MOVES, (2, 2): 0.011}

#: table rows are never split or merged in translation
ROW_MOVES = {(1, 1): 0.98, (1, 0): 0.01, (0, 1): 0.01}

#: the band's first half-width: this many cells either side of the diagonal
#: (plus the difference in length of the two sequences); doubled while the
#: doubled band finds a cheaper path or the path comes within :data:`MARGIN`
#: of the edge
MIN_BAND = 10
MARGIN = 3


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
    grid = _Grid(len_a, len_b, cls_a or ["text"] * n, cls_b or ["text"] * m,
                 nums_a or [frozenset()] * n, nums_b or [frozenset()] * m, ratio, mergeable)
    band = MIN_BAND + abs(n - m)
    beads, widest = _search(grid, moves, band)
    while band <= n + m:
        wider, wider_widest = _search(grid, moves, 2 * band)
        if beads is not None and _total(wider) >= _total(beads) - 1e-9 and widest <= band - MARGIN:
            return beads
        beads, widest, band = wider, wider_widest, 2 * band
    return beads


def _total(beads: list[Bead] | None) -> float:
    return float("inf") if beads is None else sum(b.cost for b in beads)


class _Grid:
    """The two sequences, with what every bead cost needs precomputed:
    prefix sums of lengths, and for each unit how many units of its class,
    ending with it, may be grouped."""

    def __init__(self, len_a, len_b, cls_a, cls_b, nums_a, nums_b, ratio, mergeable):
        self.n, self.m = len(len_a), len(len_b)
        self.sum_a, self.sum_b = _prefix(len_a), _prefix(len_b)
        self.cls_a, self.cls_b = cls_a, cls_b
        self.run_a, self.run_b = _runs(cls_a, mergeable), _runs(cls_b, mergeable)
        self.nums_a, self.nums_b = nums_a, nums_b
        self.ratio = ratio

    def cost(self, i0, i1, j0, j1) -> float | None:
        """Length and number cost of grouping a[i0:i1] with b[j0:j1], None
        when the classes forbid it. (The length cost of :mod:`.lengths`,
        inlined: this runs for every cell and move of the grid.)"""
        da, db = i1 - i0, j1 - j0
        if da > 1 and self.run_a[i1 - 1] < da or db > 1 and self.run_b[j1 - 1] < db:
            return None
        if da == 0 or db == 0:
            return 0.0         # a unit with no counterpart: its prior is its whole cost, whatever its length
        cost = 0.0
        if self.cls_a[i0] != self.cls_b[j0]:
            if da > 1 or db > 1 or (self.cls_a[i0], self.cls_b[j0]) not in _CROSS_CLASSES:
                return None
            cost = CROSS_CLASS_COST
        la = self.sum_a[i1] - self.sum_a[i0]
        lb = (self.sum_b[j1] - self.sum_b[j0]) / self.ratio
        if la + lb > 0:
            p = math.erfc(abs(lb - la) / math.sqrt(VARIANCE * (la + lb)))   # |delta| / sqrt(2), mean (la + lb) / 2
            cost += -math.log(p) if p > 1e-12 else _MAX_LENGTH_COST
        nums_a = self.nums_a[i0] if da == 1 else frozenset().union(*self.nums_a[i0:i1])
        if nums_a:
            nums_b = self.nums_b[j0] if db == 1 else frozenset().union(*self.nums_b[j0:j1])
            if nums_b:
                cost += number_cost(nums_a, nums_b)
        return cost


def group_cost(len_a: int, len_b: int, nums_a: frozenset, nums_b: frozenset, ratio: float,
               move: tuple[int, int], moves: dict = PARAGRAPH_MOVES) -> float:
    """The cost the programme gives a bead of *move* (say (2, 1)) whose sides
    hold these lengths and numbers."""
    return -math.log(moves[move]) + length_cost(len_a, len_b, ratio) + number_cost(nums_a, nums_b)


def _prefix(values: list[int]) -> list[int]:
    out = [0]
    for v in values:
        out.append(out[-1] + v)
    return out


def _runs(classes: list[str], mergeable: frozenset) -> list[int]:
    """For each unit, the length of the run of units of its (mergeable) class
    ending with it; 1 for a unit of a class that never groups."""
    out = []
    for k, cls in enumerate(classes):
        grows = cls in mergeable and k and classes[k - 1] == cls
        out.append(out[-1] + 1 if grows else 1)
    return out


def _search(grid: _Grid, moves: dict, band: int) -> tuple[list[Bead] | None, int]:
    """The best beads within *band* of the diagonal (None if the band holds
    no path), and how far from the diagonal that path went."""
    n, m = grid.n, grid.m
    if n == 0 or m == 0:
        return [Bead((i,), (), 0.0) for i in range(n)] + [Bead((), (j,), 0.0) for j in range(m)], 0
    priors = [(da, db, -math.log(p)) for (da, db), p in moves.items()]
    inf = float("inf")
    cost: dict = {(0, 0): 0.0}
    back: dict = {}
    for i in range(n + 1):
        centre = i * m / n
        for j in range(max(0, int(centre - band)), min(m, int(centre + band) + 1) + 1):
            if i == 0 and j == 0:
                continue
            best, move = inf, None
            for da, db, prior in priors:
                before = cost.get((i - da, j - db), inf)
                if before == inf:
                    continue
                c = grid.cost(i - da, i, j - db, j)
                if c is not None and before + prior + c < best:
                    best, move = before + prior + c, (da, db)
            if move is not None:
                cost[i, j], back[i, j] = best, move
    if (n, m) not in cost:
        return None, band
    beads = _trace(back, cost, n, m)
    widest, i, j = 0.0, 0, 0
    for bead in beads:
        i, j = i + len(bead.a), j + len(bead.b)
        widest = max(widest, abs(j - i * m / n))
    return beads, int(widest + 0.5)


def _trace(back: dict, cost: dict, n: int, m: int) -> list[Bead]:
    beads = []
    i, j = n, m
    while i > 0 or j > 0:
        da, db = back[i, j]
        beads.append(Bead(tuple(range(i - da, i)), tuple(range(j - db, j)), cost[i, j] - cost[i - da, j - db]))
        i, j = i - da, j - db
    beads.reverse()
    return beads

