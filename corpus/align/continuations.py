"""Paragraphs a reader split in one version only: a numbered paragraph
carried over a page break whose continuation was read as a paragraph of its
own ("21 juillet 2009, lors d'une réunion…" after French paragraph 2).

Numbered paragraphs pair by number before the order-and-length programme
runs, so the programme never sees the pair and cannot make it 2–1; it
leaves the continuation unpaired beside it. Here each such unit is
weighed, as the programme would, against the numbered pair next to it: if
the pair with the unit joined (a 1–2 or 2–1 bead) costs less than the pair
plus a unit with no counterpart, the unit joins the pair.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from .dp import PARAGRAPH_MOVES, group_cost
from .numbers import numbers
from .units import Unit


@dataclass(slots=True)
class Group:
    """Units of each version that pair (one side empty: unpaired), and how
    the pairing was found."""
    a: list
    b: list
    method: str


def absorb_continuations(groups: list[Group], ratio: float) -> list[Group]:
    """*groups* in document order, with lone text units joined to the
    numbered pair just before (or after) them when that costs less."""
    out = list(groups)
    k = 0
    while k < len(out):
        lone = out[k]
        if _is_lone_text(lone):
            for n in (k - 1, k + 1):
                if 0 <= n < len(out) and _is_numbered_text_pair(out[n]) and _cheaper_joined(out[n], lone, ratio):
                    _join(out[n], lone, n < k)
                    del out[k]
                    k -= 1
                    break
        k += 1
    return out


def _is_lone_text(group: Group) -> bool:
    """An unpaired unnumbered text unit (a numbered one is a paragraph of its
    own, whatever its length)."""
    units = group.a or group.b
    return (not (group.a and group.b) and len(units) == 1 and units[0].cls == "text"
            and units[0].node.get("number") is None)


def _is_numbered_text_pair(group: Group) -> bool:
    return bool(group.method == "number" and group.a and group.b and group.a[0].cls == "text" and group.b[0].cls == "text")


def _cheaper_joined(pair: Group, lone: Group, ratio: float) -> bool:
    unit: Unit = (lone.a or lone.b)[0]
    joined_a = pair.a + [unit] if lone.a else pair.a
    joined_b = pair.b if lone.a else pair.b + [unit]
    if (len(joined_a), len(joined_b)) not in PARAGRAPH_MOVES:
        return False
    apart = _cost(pair.a, pair.b, ratio) - math.log(PARAGRAPH_MOVES[(1, 0)])
    return _cost(joined_a, joined_b, ratio) < apart


def _cost(units_a: list[Unit], units_b: list[Unit], ratio: float) -> float:
    text_a = " ".join(u.text for u in units_a)
    text_b = " ".join(u.text for u in units_b)
    return group_cost(sum(u.length for u in units_a), sum(u.length for u in units_b),
                      numbers(text_a), numbers(text_b), ratio, (len(units_a), len(units_b)))


def _join(pair: Group, lone: Group, after: bool) -> None:
    if lone.a:
        pair.a = pair.a + lone.a if after else lone.a + pair.a
    else:
        pair.b = pair.b + lone.b if after else lone.b + pair.b
