"""HTML tables → :class:`~parser.raw.RawTable`.

The first row is marked a header when it is in ``<thead>`` or made only of
``<th>`` cells; further header rows stay rows. ``colspan``/``rowspan`` are
kept on the cell (HTML states them, nothing is repeated). A table inside a
cell becomes that cell's ``table``; ``<caption>`` is the caption.
"""
from __future__ import annotations

from ...raw import RawCell, RawRow, RawTable

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


def read_html_table(table, read_cell, line_of) -> RawTable:
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
            cells.append(RawCell(inl.text, inl.spans, colspan=_span(td, "colspan"), rowspan=_span(td, "rowspan"),
                              table=nested_table))
        rows.append((in_head or (all_th and cells), line_of(tr), cells))
    marked = bool(rows) and bool(rows[0][0])
    body = rows[1:] if marked else rows
    end = max([line] + [ln for _, ln, _ in body])
    return RawTable(line, [RawRow(ln, cells) for _, ln, cells in rows], end_line=end,
                    caption=caption if caption is not None and caption.text else None, header_marked=marked)
