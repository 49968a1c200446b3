"""The numbers a text holds (years, amounts, document symbols' digits), a
signal that survives translation: "1,200" in English is "1 200" in French
and "1,200" in Chinese, 2019 is 2019 everywhere. Two units whose numbers
differ are unlikely translations of each other, whatever their lengths,
which is what decides table rows (mostly figures) and helps paragraphs."""
from __future__ import annotations

import re

#: a number with optional thousands groups (comma, dot, space, no-break spaces) and decimals
_NUMBER = re.compile(r"\d{1,3}(?:[,.\u0020\u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?")

#: cost added to a bead whose two sides share no number at all (scaled down
#: as they share more)
MISMATCH_COST = 6.0


def numbers(text: str) -> frozenset:
    """The numbers of *text*, thousands separators removed (decimals kept as digits)."""
    return frozenset(re.sub(r"\D", "", m.group()) for m in _NUMBER.finditer(text))


def number_cost(a: frozenset, b: frozenset) -> float:
    """0 when both sides hold the same numbers (or either holds none), up to
    :data:`MISMATCH_COST` when they share none."""
    if not a or not b:
        return 0.0
    return MISMATCH_COST * (1 - len(a & b) / len(a | b))
