"""Anchors: the units both versions number the same way, paired by that
number, kept only where they agree with reading order.

A paragraph number used once in each whole version pairs across the
document whatever sections the reader found around it (so a heading missed
in one version does not unpair its paragraphs); a number used several times
(numbering that restarts article by article) pairs within its scope and by
its rank there (see :mod:`.units`). Keys in both versions that would cross
each other (paragraph 5 before 4 in one version after a reading slip) are
not all kept: the longest run in order is, the rest is left to the
order-and-length alignment.
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter

from .units import Unit


def anchor_pairs(units_a: list[Unit], units_b: list[Unit]) -> list[tuple[int, int]]:
    """Index pairs (i, j), increasing in both, of units with the same key."""
    keys_a, keys_b = _keys(units_a), _keys(units_b)
    where_b: dict = {}
    for j, key in enumerate(keys_b):
        if key is not None:
            where_b.setdefault(key, j)
    candidates = []
    used: set = set()
    for i, key in enumerate(keys_a):
        if key is not None and key in where_b and key not in used:
            used.add(key)
            candidates.append((i, where_b[key]))
    return _increasing(candidates)


def _keys(units: list[Unit]) -> list:
    """Unit keys, with paragraph numbers used once in the document reduced to
    the bare number."""
    counts = Counter(u.node.get("number") for u in units if u.key is not None and u.key[0] == "p")
    out = []
    for u in units:
        if u.key is not None and u.key[0] == "p" and counts[u.node.get("number")] == 1:
            out.append(("p", u.node.get("number")))
        else:
            out.append(u.key)
    return out


def _increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest subsequence of *pairs* (sorted by i) whose j increase."""
    tails: list[int] = []          # tails[k]: smallest j ending an increasing run of length k+1
    tail_at: list[int] = []        # index into pairs of that run's last element
    parent = [-1] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        pos = bisect_left(tails, j)
        if pos == len(tails):
            tails.append(j)
            tail_at.append(k)
        else:
            tails[pos] = j
            tail_at[pos] = k
        parent[k] = tail_at[pos - 1] if pos else -1
    run = []
    k = tail_at[-1] if tail_at else -1
    while k >= 0:
        run.append(pairs[k])
        k = parent[k]
    run.reverse()
    return run
