"""The span dicts every family returns, and the few helpers they share.

A family sees the original text (for surfaces) and its folded copy (for
matching, same offsets: see :mod:`.normalise`) and returns ``xref`` span dicts.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Context:
    """What a family may need beyond the text: its language (zh, en, fr, es)
    and the council of the document the text belongs to (``GB``, ``ILC`` or
    None when unknown), used for sessions cited without a body."""
    lang: str
    council: str | None = None


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
