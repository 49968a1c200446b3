"""HTML tables → :class:`~parser.blocks.Table`.

The header is the first row of ``<thead>``, or a first row made only of
``<th>`` cells; further header rows stay rows. ``colspan``/``rowspan`` are
kept on the cell (HTML states them, nothing is repeated). A table inside a
cell becomes that cell's ``table``; ``<caption>`` is the caption.
"""
from __future__ import annotations

from ..blocks import Cell, Row, Table
from ..docx.tables import row_kind_number

CELL_TAGS = ("td", "th")


def _rows(table):
    """Rows of this table (not of nested tables), in order: thead, body, tfoot."""
    head, body, foot = [], [], []
    for child in table:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "tr":
            body.append((False, child))
        elif tag in ("thead", "tbody", "tfoot"):
            target = head if tag == "thead" else foot if tag == "tfoot" else body
            for tr in child:
                if getattr(tr, "tag", None) == "tr":
                    target.append((tag == "thead", tr))
    return head + body + foot


def _span(td, attr: str) -> int:
    try:
        return max(1, min(int(td.get(attr, "1").strip() or 1), 1000))
    except ValueError:
        return 1


def read_html_table(table, read_cell, line_of) -> Table:
    """``read_cell(td) -> (Inline, nested table element or None)``."""
    line = line_of(table)
    caption = None
    rows = []
    for child in table:
        if getattr(child, "tag", None) == "caption":
            caption = read_cell(child)[0]
    for in_head, tr in _rows(table):
        cells = []
        all_th = True
        for td in tr:
            if getattr(td, "tag", None) not in CELL_TAGS:
                continue
            all_th = all_th and td.tag == "th"
            inl, nested = read_cell(td)
            nested_table = read_html_table(nested, read_cell, line_of) if nested is not None else None
            cells.append(Cell(inl.text, inl.spans, colspan=_span(td, "colspan"), rowspan=_span(td, "rowspan"),
                              table=nested_table))
        rows.append((in_head or (all_th and cells), line_of(tr), cells))
    header, body = [], rows
    if rows and rows[0][0]:
        header, body = rows[0][2], rows[1:]
    out = [Row(ln, *row_kind_number(cells), cells) for _, ln, cells in body]
    end = max([line] + [r.line for r in out])
    return Table(line, end, caption if caption is not None and caption.text else None, header, out)
