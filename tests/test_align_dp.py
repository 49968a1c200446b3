"""The order-and-length programme on sequences whose truth is known by
construction."""
from __future__ import annotations

import random

from councildoc.corpus.align.dp import MIN_BAND, ROW_MOVES, align_sequences


def lengths(n: int, seed: int) -> list[int]:
    rng = random.Random(seed)
    return [rng.randint(20, 400) for _ in range(n)]


def test_one_to_one_translation_with_noise():
    a = lengths(200, 1)
    rng = random.Random(2)
    b = [round(x * 1.15 * rng.uniform(0.93, 1.07)) for x in a]        # French: about 15 % longer
    beads = align_sequences(a, b, 1.15)
    assert [(x.a, x.b) for x in beads] == [((k,), (k,)) for k in range(200)]


def test_split_and_merge():
    a = [100, 200, 300, 50, 400, 120]
    # b: a[2] split in two (1-2: 300 -> 180 + 120), a[3] and a[4] merged (2-1: 50 + 400 -> 450)
    b = [100, 200, 180, 120, 450, 120]
    beads = align_sequences(a, b, 1.0)
    assert [(x.a, x.b) for x in beads] == [((0,), (0,)), ((1,), (1,)), ((2,), (2, 3)), ((3, 4), (4,)), ((5,), (5,))]


def test_banded_search_finds_the_full_grid_path(monkeypatch):
    """Versions whose best path runs far from the diagonal (12 units only B
    has at its start, 12 of A's middle missing in B): for these seeds the
    first band misses the best path (checked below), and the band, doubled
    until doubling finds nothing cheaper, gives the path a search of the
    whole grid gives."""
    from councildoc.corpus.align import dp
    cases = []
    for seed in (3, 4, 6):
        a = lengths(60, seed)
        cases.append((a, lengths(12, 100 + seed) + a[:30] + a[42:]))
    banded = [[(x.a, x.b) for x in align_sequences(a, b, 1.0)] for a, b in cases]
    monkeypatch.setattr(dp, "MIN_BAND", 1000)
    full = [[(x.a, x.b) for x in align_sequences(a, b, 1.0)] for a, b in cases]
    assert banded == full
    grids = [dp._Grid(a, b, ["text"] * 60, ["text"] * 60, [frozenset()] * 60, [frozenset()] * 60, 1.0,
                      frozenset({"text"})) for a, b in cases]
    first = [[(x.a, x.b) for x in dp._search(g, dp.PARAGRAPH_MOVES, 10)[0]] for g in grids]
    assert all(f != w for f, w in zip(first, full))


def test_classes_never_mix_and_only_text_merges():
    a, b = [10, 200, 10], [10, 100, 100, 10]
    beads = align_sequences(a, b, 1.0, cls_a=["heading", "text", "heading"], cls_b=["heading", "table", "table", "heading"])
    assert [(x.a, x.b) for x in beads if x.a and x.b] == [((0,), (0,)), ((2,), (3,))]
    beads = align_sequences([200], [100, 100], 1.0, cls_a=["table"], cls_b=["table", "table"])
    assert all(len(x.a) <= 1 and len(x.b) <= 1 for x in beads)


def test_numbers_decide_rows_of_equal_length():
    rows_a = ["1990 | 1,200", "2000 | 3,450", "2010 | 780"]
    rows_b = ["1985 | 9 999", "1990 | 1 200", "2000 | 3 450", "2010 | 780"]
    from councildoc.corpus.align.numbers import numbers
    beads = align_sequences([len(r) for r in rows_a], [len(r) for r in rows_b], 1.0,
                            nums_a=[numbers(r) for r in rows_a], nums_b=[numbers(r) for r in rows_b], moves=ROW_MOVES)
    assert [(x.a, x.b) for x in beads] == [((), (0,)), ((0,), (1,)), ((1,), (2,)), ((2,), (3,))]


def test_empty_sides():
    assert [(x.a, x.b) for x in align_sequences([], [5, 6], 1.0)] == [((), (0,)), ((), (1,))]
    assert [(x.a, x.b) for x in align_sequences([5], [], 1.0)] == [((0,), ())]


def test_inlined_grid_cost_is_the_length_model():
    """The grid computes Gale and Church's length cost inline (speed); it is
    the cost lengths.length_cost defines."""
    from councildoc.corpus.align import dp
    from councildoc.corpus.align.lengths import length_cost
    a, b = [100, 230, 17], [120, 260, 30]
    grid = dp._Grid(a, b, ["text"] * 3, ["text"] * 3, [frozenset()] * 3, [frozenset()] * 3, 1.13, frozenset({"text"}))
    for i0, i1, j0, j1 in [(0, 1, 0, 1), (0, 2, 0, 1), (1, 3, 1, 2), (2, 3, 0, 3)]:
        expected = length_cost(sum(a[i0:i1]), sum(b[j0:j1]), 1.13)
        assert abs(grid.cost(i0, i1, j0, j1) - expected) < 1e-9
