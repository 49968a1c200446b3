"""Paragraphs a reader split in one version only: a numbered paragraph
carried over a page break whose continuation was read as a paragraph of its
own ("…présentée et examinée le" / "21 juillet 2009, lors d'une réunion…"
after French paragraph 2).

Numbered paragraphs pair by number before the order-and-length programme
runs, so the programme never sees the pair and cannot make it 2–1; it
leaves the continuation unpaired after it. Such a unit joins the numbered
pair just before it when the text it would continue stops mid-sentence (no
closing punctuation) and the pair with the unit joined (a 1–2 or 2–1 bead)
costs less, as the programme weighs it, than the pair plus a unit with no
counterpart. (A unit before a numbered paragraph is never a piece of it: the
number opens the paragraph.)
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from .dp import PARAGRAPH_MOVES, group_cost
from .numbers import numbers
from .units import Unit

#: what ends a paragraph: sentence punctuation, a colon before a list, and
#: closing quotes or brackets after them
_CLOSING = tuple(".;:!?。；：！？…") + tuple(f"{p}{q}" for p in ".;:!?。；：！？" for q in "\"'”’»)）」』")

@dataclass(slots=True)
class Group:
    """Units of each version that pair (one side empty: unpaired), and how
    the pairing was found."""
    a: list
    b: list
    method: str


def absorb_continuations(groups: list[Group], ratio: float) -> list[Group]:
    """*groups* in document order, with lone text units joined to the
    numbered pair just before them where they continue it."""
    out = list(groups)
    k = 0
    while k < len(out):
        lone = out[k]
        pair = out[k - 1] if k else None
        if pair and _is_lone_text(lone) and _is_numbered_text_pair(pair) and _stops_mid_sentence(pair, lone) \
                and _cheaper_joined(pair, lone, ratio):
            _join(pair, lone)
            del out[k]
            continue
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


def _stops_mid_sentence(pair: Group, lone: Group) -> bool:
    """Whether the side of *pair* that *lone* would continue ends without
    closing punctuation."""
    text = (pair.a if lone.a else pair.b)[-1].text.rstrip()
    return bool(text) and not text.endswith(_CLOSING)


def _join(pair: Group, lone: Group) -> None:
    if lone.a:
        pair.a = pair.a + lone.a
    else:
        pair.b = pair.b + lone.b
