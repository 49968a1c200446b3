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

from ...blocks import Inline
from ...raw import RawTable, RawRow, RawCell
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
        j = i - 1          # an entry's text wrapped above its leader line: close above it, on its page
        while j >= 0 and i - j <= 2 and id(lines[j]) not in out and not LEADER.search(lines[j].text) \
                and lines[j].page == lines[i].page \
                and 0 < lines[j].baseline - lines[j + 1].baseline < 1.6 * lines[i].size \
                and not lines[j].text.rstrip().endswith((".", "。")):
            out.add(id(lines[j]))
            j -= 1
    by_page: dict[int, list[int]] = {}
    for i in leader_idx:
        by_page.setdefault(lines[i].page, []).append(i)
    for idx in by_page.values():       # every line between two leader lines of a page (an entry too long for dots)
        if len(idx) >= 2:
            out.update(id(lines[k]) for k in range(idx[0], idx[-1] + 1))
    for i in leader_idx:
        j = i - 1      # titles above the first leader line of a page
        while j >= 0 and lines[j].page == lines[i].page and id(lines[j]) not in out and len(lines[j].text) < 40 \
                and (lines[j].text.isupper() or "Page" in lines[j].text or "Paragraph" in lines[j].text):
            out.add(id(lines[j]))
            j -= 1
    return out


def is_row(line: Line) -> bool:
    """Two cells or more; a number and one text is a numbered paragraph's
    hanging indent, a number and several cells a numbered table row."""
    if len(line.segments) < 2:
        return False
    first = line.text.split("\t", 1)[0].strip()
    return not _PARA_NUMBER.match(first) or len(line.segments) >= 3


def find_tables(lines: list[Line]) -> list[tuple[int, int]]:
    """[start, end) index ranges of tables: rows (several aligned cells) and the
    lines that wrap inside a cell other than the first (one segment starting
    at that cell's column); a table may go on over a page break."""
    out = []
    i, n = 0, len(lines)
    while i < n:
        if not is_row(lines[i]):
            i += 1
            continue
        cols, ends = list(lines[i].seg_starts), list(lines[i].seg_ends)
        rows, j = 1, i + 1
        while j < n and abs(lines[j].size - lines[i].size) < 1.0:
            ln, prev = lines[j], lines[j - 1]
            if is_row(ln) and _aligned(cols, ln.seg_starts, ends, ln.seg_ends):
                rows += 1
                cols += [s for s in ln.seg_starts if all(abs(s - c) > ALIGN for c in cols)]
                ends += [e for e in ln.seg_ends if all(abs(e - c) > ALIGN for c in ends)]
            elif (len(ln.segments) == 1 and ln.page == prev.page and 0 < prev.baseline - ln.baseline < 2.2 * ln.size
                  and any(abs(ln.x0 - c) <= ALIGN for c in cols if c > min(cols) + ALIGN)):
                pass                                   # text wrapping inside a cell
            else:
                break
            j += 1
        if rows >= MIN_ROWS:
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def _aligned(cols: list[float], starts: list[float], ends: list[float] = (), seg_ends: list[float] = ()) -> bool:
    """Cells of a row in the table's columns: their left edges, or their right
    edges (figures are right-aligned), meet the columns seen so far."""
    hits = 0
    for k, s in enumerate(starts):
        e = seg_ends[k] if k < len(seg_ends) else None
        if any(abs(s - c) <= ALIGN for c in cols) or (e is not None and any(abs(e - c) <= ALIGN for c in ends)):
            hits += 1
    return hits >= 2 or (hits >= 1 and len(starts) == 1)


def build_table(lines: list[Line], texts: list[tuple[str, list]]) -> tuple[RawTable, list[Line]]:
    """A raw table from a region of :func:`find_tables` (texts: each line's
    text and markers), and the lines that repeat its first row after a page break."""
    from .markers import ref_span, marker_number
    cols = sorted({round(s) for ln in lines for s in ln.seg_starts})
    merged: list[float] = []
    for c in cols:
        if not merged or c - merged[-1] > ALIGN:
            merged.append(c)

    def col_of(x: float) -> int:
        return min(range(len(merged)), key=lambda c: abs(merged[c] - x))

    rows: list[tuple[Line, list[RawCell]]] = []
    repeated: list[Line] = []
    first_text = None
    for ln, (text, refs) in zip(lines, texts):
        if len(ln.segments) == 1 and rows and not is_row(ln):
            _add(rows[-1][1][col_of(ln.x0)], text, list(refs))
            continue
        if first_text is not None and rows and ln.page != rows[-1][0].page and text == first_text:
            repeated.append(ln)                        # the first row again on the next page
            continue
        first_text = text if first_text is None else first_text
        cells = [RawCell("", []) for _ in merged]
        offset = 0
        for start, part in zip(ln.seg_starts, text.split("\t")):
            _add(cells[col_of(start)], part, [(o - offset, m) for o, m in refs if offset <= o <= offset + len(part)])
            offset += len(part) + 1
        rows.append((ln, cells))
    for _, cells in rows:
        for cell in cells:
            cell.spans = [ref_span(o, marker_number(m), m) for o, m in cell.spans]
    bold_first = bool(rows) and all(c.bold for c in rows[0][0].chars if c.ch != " ")
    return RawTable(lines[0].no, [RawRow(ln.no, cells) for ln, cells in rows], end_line=lines[-1].no,
                    header_marked=bold_first and len(rows) > 1), repeated


def _add(cell: Inline, text: str, refs: list) -> None:
    """Append text (and its markers, kept as (offset, marker) until the end) to a cell."""
    text = text.strip()
    if not text:
        return
    sep = " " if cell.text else ""
    base = len(cell.text) + len(sep)
    cell.text = cell.text + sep + text
    cell.spans.extend((base + max(0, min(o, len(text))), m) for o, m in refs)
