"""Page furniture of a PDF: running heads and feet, page numbers, job
numbers, barcodes, the continuation mark, rotated heads — kept, never body.

Why by position and repetition: a PDF has no header/footer part. A running
head is a line at the page's top or bottom edge whose text (digits
normalised, so ``Page 2`` and ``Page 3`` agree) comes back at the same height
on other pages — odd and even pages may alternate, so the height and text are
what count, not the side. Lines that say what they are (``Page 2``, ``3/19``,
a bare page number, ``GE.09-17087``, ``25-02981 (E) 090525``, ``*2502981*``,
``/...``) are furniture at an edge even on one page. Only lines reached from
the edge inwards are considered, so a footnote or a masthead symbol deeper in
the page is never taken.
"""
from __future__ import annotations

import re

from .lines import Line

EDGE = 0.12            # share of the page height, from the top or bottom, where furniture lives
EDGE_LINES = 3         # at most this many lines from each edge
_DIGITS = re.compile(r"\d+")

PAGE_NUMBER = re.compile(r"^(?:[-–—]\s*)?(?:Page|Página|Pág\.|page|第)?\s*\d{1,4}(?:\s*页)?(?:\s*[-–—])?$"
                         r"|^\d{1,4}\s*/\s*\d{1,4}$")
JOB_NUMBER = re.compile(r"(?:^|\s)(?:GE\.)?\d{2}-\d{5}(?:\s|$)")
BARCODE = re.compile(r"^\*\d{6,}\*$")
CONTINUATION = re.compile(r"^/\s?\.\.\.$|^\.\.\./\s?$")
# a council or UN document symbol alone: A/RES/48/161, A/HRC/WG.6/7/ITA/1, A/80/6 (Sect. 24)/Corr.1
SYMBOL = re.compile(r"^[A-Z]{1,8}(?:\.\d{1,3})?(?:/[A-Za-z0-9.]{1,12}){1,6}"
                    r"(?:\s*\((?:Sect|Part|Rev|Add|Corr|Amend)\.?[^()]{0,20}\)(?:/[A-Za-z0-9.]{1,12}){0,3})?$")


def kind_of(text: str) -> str | None:
    """The furniture kind a line's text alone shows, or None."""
    t = " ".join(text.split())
    if PAGE_NUMBER.match(t):
        return "page_number"
    if len(t) <= 40 and JOB_NUMBER.search(t):
        return "job_number"
    if BARCODE.match(t):
        return "barcode"
    if CONTINUATION.match(t):
        return "continuation_mark"
    return None


def _key(line: Line) -> str:
    return _DIGITS.sub("#", " ".join(line.text.split()))


def _pages_at(places: list[tuple[int, float]], baseline: float) -> int:
    """Pages where the text comes back within 3 points of this height."""
    return len({p for p, b in places if abs(b - baseline) <= 3.0})


def _edges(lines: list[Line], height: float) -> list[Line]:
    """Lines reached from the top and bottom edges inwards (at most EDGE_LINES each)."""
    upright = sorted((ln for ln in lines if not ln.rotated), key=lambda ln: -ln.baseline)
    top = [ln for ln in upright[:EDGE_LINES] if ln.baseline > height * (1 - EDGE)]
    bottom = [ln for ln in upright[::-1][:EDGE_LINES] if ln.baseline < height * EDGE]
    return top + bottom


def find_furniture(pages: list[list[Line]], heights: list[float]) -> dict[int, str]:
    """``id(line)`` → furniture kind for every furniture line of the document."""
    seen: dict[str, list[tuple[int, float]]] = {}
    edges = []
    for i, (lines, h) in enumerate(zip(pages, heights)):
        e = _edges(lines, h)
        edges.append(e)
        for ln in e:
            seen.setdefault(_key(ln), []).append((i, ln.baseline))
    out: dict[int, str] = {}
    repeats = 2 if len(pages) < 8 else 3       # "12 Ibid." may come back at one height on two pages
    for i, (lines, h) in enumerate(zip(pages, heights)):
        for ln in lines:
            if ln.rotated:
                out[id(ln)] = "running_head"
        upright = sorted((ln for ln in lines if not ln.rotated), key=lambda ln: -ln.baseline)
        for chain in (upright, upright[::-1]):
            for ln in chain[:EDGE_LINES]:
                if ln not in edges[i]:
                    break
                kind = _furniture_kind(ln, _pages_at(seen.get(_key(ln), []), ln.baseline) >= repeats)
                if kind is None:
                    break
                out[id(ln)] = kind
    return out


def _raised_start(ln: Line) -> bool:
    """The line starts with a superscript: a footnote body, not a running line."""
    first = next((c for c in ln.chars if c.ch != " "), None)
    return first is not None and first.size < 0.85 * ln.size and first.oy > ln.baseline + 0.1 * ln.size


def _furniture_kind(ln: Line, repeated: bool) -> str | None:
    text = " ".join(ln.text.split())
    kind = kind_of(text)
    if kind is not None:
        return kind
    if repeated and not _raised_start(ln):
        return "symbol_line" if SYMBOL.match(text) else "running_head"
    return None
