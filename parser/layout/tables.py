"""Table rows: which row is the header, which rows are group labels, which
carry a row number. One rule for every format, so a table reads alike from
text, .docx, HTML or PDF; and :func:`table_block`, the format's
:class:`~parser.raw.RawTable` → the builder's :class:`~parser.blocks.Table`.
"""
from __future__ import annotations

import re

from ..blocks import Cell, Row, Table
from ..raw import RawTable

ROW_NUMBER = re.compile(r"^(\d{1,4})[.．]")


def _text(cell) -> str:
    return cell if isinstance(cell, str) else cell.text


def looks_like_header(cells: list) -> bool:
    """A first row is a header unless it looks like data: a numbered first
    cell, or one lone label (a group row). ``cells``: strings or cells."""
    texts = [_text(c) for c in cells]
    return sum(1 for t in texts if t) >= 2 and not ROW_NUMBER.match(texts[0])


def row_kind_number(cells: list) -> tuple[str, int | None]:
    """(``group`` or ``data``, the row's number or None). A group row is one
    label across a table of several columns (not a figure)."""
    texts = [_text(c) for c in cells]
    first = texts[0] if texts else ""
    wide = len(cells) > 1 or bool(cells and getattr(cells[0], "colspan", 1) > 1)
    kind = "group" if sum(1 for t in texts if t) == 1 and wide and not first[:1].isdigit() else "data"
    m = ROW_NUMBER.match(first)
    return kind, (int(m.group(1)) if m else None)


def table_block(raw: RawTable) -> Table:
    """The builder's table: header row chosen, row kinds and numbers set,
    nested tables converted too."""
    rows = raw.rows
    header: list = []
    if rows and (raw.header_marked or (raw.header_styled and looks_like_header(rows[0].cells))):
        header, rows = [_cell(c) for c in rows[0].cells], rows[1:]
    out = []
    for r in rows:
        cells = [_cell(c) for c in r.cells]
        out.append(Row(r.line, *row_kind_number(cells), cells))
    end = raw.end_line if raw.end_line is not None else max([raw.line] + [r.line for r in out])
    return Table(raw.line, end, raw.caption, header, out)


def _cell(c) -> Cell:
    return Cell(c.text, c.spans, colspan=c.colspan, rowspan=c.rowspan,
                table=table_block(c.table) if c.table is not None else None)
