"""The span dicts every family returns, and the few helpers they share.

A family sees the original text (for surfaces) and its folded copy (for
matching, same offsets: see :mod:`.normalise`) and returns ``xref`` span dicts.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass


@dataclass(slots=True)
class Context:
    """What a family may need beyond the text: its language (zh, en, fr, es)
    and the council of the document the text belongs to (``GB``, ``ILC``,
    ``UN`` or None when unknown), used for sessions cited without a body."""
    lang: str
    council: str | None = None
    council_guessed: bool = False   # council read off the text itself, not the document's
    cues: object = None        # bodies.Cues of the text, shared by the families
    low: str = ""              # the folded text in lower case, for the families' cheap pre-checks


def xref(kind: str, start: int, end: int, target: str) -> dict:
    return {"type": "xref", "start": start, "end": end, "kind": kind, "target": target}


#: punctuation that ends a sentence or clause, Latin and Chinese
CLAUSE_END = ".;。；!?！？\n"


def clause_before(folded: str, pos: int, limit: int = 200) -> str:
    """The text of the clause that ends at *pos* (back to the last sentence
    punctuation, at most *limit* characters)."""
    lo = max(0, pos - limit)
    window = folded[lo:pos]
    cut = max(window.rfind(c) for c in CLAUSE_END)
    return window[cut + 1:] if cut >= 0 else window


def clause_after(folded: str, pos: int, limit: int = 120) -> str:
    window = folded[pos:pos + limit]
    cuts = [i for i in (window.find(c) for c in CLAUSE_END) if i >= 0]
    return window[:min(cuts)] if cuts else window


class Taken:
    """Ranges already claimed by a stronger pattern, asked "is *pos* inside
    one?" in O(log n), so that a text with thousands of matches stays linear."""

    __slots__ = ("starts", "ends")

    def __init__(self, spans=()):
        pairs = sorted((s["start"], s["end"]) if isinstance(s, dict) else s for s in spans)
        self.starts = [a for a, _ in pairs]
        self.ends = [b for _, b in pairs]

    def add(self, start: int, end: int) -> None:
        i = bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)

    def __contains__(self, pos: int) -> bool:
        i = bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]

    def covers(self, start: int, end: int) -> bool:
        """Whether one claimed range holds all of ``[start, end)``."""
        i = bisect_right(self.starts, start) - 1
        return i >= 0 and end <= self.ends[i]
