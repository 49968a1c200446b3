"""Tables and contents lists among a PDF's body lines.

Why from tab stops: a table row is a line cut into several segments at wide
gaps (see :mod:`.lines`), and consecutive rows start their cells at the same
x. A numbered paragraph's hanging number also makes two segments, so a run
of lines is a table only when at least :data:`MIN_ROWS` lines share two or
more cell starts and their first cells are not paragraph numbers. A first row
in bold is the header; otherwise every row is data (UN tables often start
with data). A row whose text repeats the header after a page break is the
header repeated (furniture).

Contents lists: lines with dotted leaders (``Introduction ........ 1 - 2  5``)
and the lines that wrap into them are a table of contents, not body text.
"""
from __future__ import annotations

import re

from ...blocks import Table, Row, Inline
from .lines import Line

MIN_ROWS = 2
ALIGN = 4.0                 # points: two cells start in one column
LEADER = re.compile(r"(?:\.\s?){5,}|…{3,}|(?:·\s?){5,}")
_PARA_NUMBER = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})?[.)]?|\([a-z]{1,3}\)|[a-z]\)|[IVX]{1,5}\.|[A-Z]\.|\d{1,2}/|\*)$")


def contents_lines(lines: list[Line]) -> set[int]:
    """ids of the lines that make up contents lists (leaders, the lines
    wrapping into a leader line, and a ``CONTENTS`` / ``Paragraphs Page``
    title just above)."""
    out: set[int] = set()
    leader_idx = [i for i, ln in enumerate(lines) if LEADER.search(ln.text)]
    if len(leader_idx) < 3:
        return out
    for i in leader_idx:
        out.add(id(lines[i]))
        j = i - 1          # wrapped entry text above its leader line, on the same page
        while j >= 0 and id(lines[j]) not in out and not LEADER.search(lines[j].text) \
                and lines[j].page == lines[i].page and lines[i].baseline - lines[j].baseline < 3 * lines[i].size \
                and not lines[j].text.rstrip().endswith((".", "。")):
            out.add(id(lines[j]))
            j -= 1
    for i in leader_idx:
        j = i - 1      # titles above the first leader line of a page
        while j >= 0 and lines[j].page == lines[i].page and id(lines[j]) not in out and len(lines[j].text) < 40 \
                and (lines[j].text.isupper() or "Page" in lines[j].text or "Paragraph" in lines[j].text):
            out.add(id(lines[j]))
            j -= 1
    return out


def is_row(line: Line) -> bool:
    if len(line.segments) < 2:
        return False
    first = line.text.split("\t", 1)[0].strip()
    return not _PARA_NUMBER.match(first)


def find_tables(lines: list[Line]) -> list[tuple[int, int]]:
    """[start, end) index ranges of table rows."""
    out = []
    i, n = 0, len(lines)
    while i < n:
        if not is_row(lines[i]):
            i += 1
            continue
        j = i + 1
        cols = lines[i].seg_starts
        while j < n and is_row(lines[j]) and _aligned(cols, lines[j].seg_starts) \
                and abs(lines[j].size - lines[i].size) < 1.0:
            j += 1
        if j - i >= MIN_ROWS:
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def _aligned(cols: list[float], starts: list[float]) -> bool:
    hits = sum(1 for s in starts if any(abs(s - c) <= ALIGN for c in cols))
    return hits >= 2 or (hits >= 1 and len(starts) == 1)


def build_table(rows: list[Line], texts: list[Inline]) -> Table:
    """A Table from aligned rows; cells are the rows' tab-separated segments."""
    cols = sorted({round(s) for ln in rows for s in ln.seg_starts})
    merged: list[float] = []
    for c in cols:
        if not merged or c - merged[-1] > ALIGN:
            merged.append(c)
    body_rows = []
    header: list = []
    for k, (ln, inl) in enumerate(zip(rows, texts)):
        parts = inl.text.split("\t")
        cells = [Inline("", []) for _ in merged]
        for start, part in zip(ln.seg_starts, parts):
            col = min(range(len(merged)), key=lambda c: abs(merged[c] - start))
            cells[col] = Inline((cells[col].text + " " + part).strip(), [])
        if k == 0 and all(c.bold for c in ln.chars if c.ch != " "):
            header = cells
            continue
        body_rows.append(Row(ln.no, "data", None, cells))
    return Table(rows[0].no, rows[-1].no, None, header, body_rows)
