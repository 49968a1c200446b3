"""Word tables (``w:tbl``) → :class:`~parser.raw.RawTable`.

The first row is marked a header when it is ``w:tblHeader`` (Word repeats
it on every page), and styled as one when the table's look gives the first
row header formatting (the layout stage then takes it when it looks like a
header); further header rows stay rows. Merged cells keep their
text once: a horizontal merge (``w:gridSpan``) is one cell with ``colspan``; a
vertical merge (``w:vMerge restart`` then ``continue`` cells below) is one cell
with ``rowspan``, and the continuation cells are not emitted (any text Word
left in them is appended to the merged cell, so nothing is lost). A table
inside a cell becomes that cell's ``table``.
"""
from __future__ import annotations


from ...blocks import Inline
from ...inline import concat, strip_inline
from ...raw import RawCell, RawRow, RawTable
from .ns import W, W_VAL

TBL, TR, TC, P = W + "tbl", W + "tr", W + "tc", W + "p"
TRPR, TCPR, TBLHEADER, GRIDSPAN, VMERGE, GRIDBEFORE = (W + "trPr", W + "tcPr", W + "tblHeader",
                                                       W + "gridSpan", W + "vMerge", W + "gridBefore")
SDT, SDTCONTENT, CUSTOMXML = W + "sdt", W + "sdtContent", W + "customXml"
TBLPR, TBLLOOK = W + "tblPr", W + "tblLook"


def _flat(parent, tag):
    """Children with ``tag``, looking through content controls and custom XML."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag == SDT:
            content = child.find(SDTCONTENT)
            if content is not None:
                yield from _flat(content, tag)
        elif child.tag == CUSTOMXML:
            yield from _flat(child, tag)


def _on(el) -> bool:
    return el is not None and el.get(W_VAL, "true") not in ("0", "false", "off")


def read_table(tbl, read_paragraph, line: int) -> RawTable:
    """``read_paragraph(p) -> Inline`` reads one paragraph of a cell."""
    rows: list[tuple[bool, list[RawCell]]] = []
    active: dict[int, RawCell] = {}        # grid column → cell a vertical merge continues
    for tr in _flat(tbl, TR):
        trpr = tr.find(TRPR)
        is_header = trpr is not None and _on(trpr.find(TBLHEADER))
        col = 0
        if trpr is not None:
            gb = trpr.find(GRIDBEFORE)
            if gb is not None:
                col = _int(gb.get(W_VAL), 0)
        # cells skipped at the start of a row (w:gridBefore) hold the grid place
        cells: list[RawCell] = [RawCell("", [], colspan=col)] if col else []
        for tc in _flat(tr, TC):
            tcpr = tc.find(TCPR)
            span, vmerge = 1, None
            if tcpr is not None:
                gs = tcpr.find(GRIDSPAN)
                if gs is not None:
                    span = max(1, _int(gs.get(W_VAL), 1))
                vm = tcpr.find(VMERGE)
                if vm is not None:
                    vmerge = vm.get(W_VAL, "continue")
            content = _cell_content(tc, read_paragraph, line)
            if vmerge == "continue" and col in active:
                top = active[col]
                top.rowspan += 1
                if content.text:
                    _append(top, content)
                col += span
                continue
            cell = content
            cell.colspan = span
            for k in range(col, col + span):
                active.pop(k, None)
            if vmerge == "restart":
                active[col] = cell
            cells.append(cell)
            col += span
        rows.append((is_header, cells))
    return RawTable(line, [RawRow(line, cells) for _, cells in rows], end_line=line,
                    header_marked=bool(rows) and rows[0][0], header_styled=_first_row_look(tbl))


def _first_row_look(tbl) -> bool:
    """The table's look asks for first-row formatting (``w:tblLook firstRow``,
    or bit 0x0020 of its ``w:val``): the first row is shown as a header."""
    pr = tbl.find(TBLPR)
    look = pr.find(TBLLOOK) if pr is not None else None
    if look is None:
        return False
    first = look.get(W + "firstRow")
    if first is not None:
        return first in ("1", "true", "on")
    try:
        return bool(int(look.get(W_VAL, "0"), 16) & 0x0020)
    except ValueError:
        return False


def _cell_content(tc, read_paragraph, line: int) -> RawCell:
    parts: list[tuple[str, Inline]] = []
    nested: RawTable | None = None
    for child in tc:
        if child.tag == P:
            parts.append(("\n", strip_inline(read_paragraph(child))))
        elif child.tag == TBL:
            t = read_table(child, read_paragraph, line)
            if nested is None:
                nested = t
            else:     # a second nested table: keep its text in the cell
                parts.append(("\n", Inline(_table_text(t), [])))
        elif child.tag in (SDT, CUSTOMXML):
            for p in _flat(child, P):
                parts.append(("\n", strip_inline(read_paragraph(p))))
    # empty paragraphs add no line of their own
    parts = [pt for pt in parts if pt[1].text or pt[1].spans]
    joined, _ = concat(parts) if parts else (Inline("", []), [])
    return RawCell(joined.text, joined.spans, table=nested)


def _append(top: RawCell, extra: Inline) -> None:
    shift = len(top.text) + (1 if top.text else 0)
    top.spans.extend(dict(s, start=s["start"] + shift, end=s["end"] + shift) for s in extra.spans)
    top.text = (top.text + "\n" + extra.text) if top.text else extra.text


def _table_text(t: RawTable) -> str:
    return "\n".join("\t".join(c.text for c in r.cells) for r in t.rows)


def _int(s, default):
    try:
        return int(s)
    except (TypeError, ValueError):
        return default
