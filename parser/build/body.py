"""Pass 1, sections and ids: the body blocks → nested section, paragraph and
table nodes, each with its id. Texts keep the spans their reader found
(footnote markers, links); later passes add to them."""
from __future__ import annotations

from ..blocks import Heading, Paragraph, Table
from ..messages import Message
from .ids import Ids


def build_body(doc, ids: Ids, diags: list) -> list:
    """The body's nodes; tables whose header repeats after a page break claim
    that furniture (``node``)."""
    root: list = []
    stack: list[tuple[int, dict]] = []        # (level, section)
    repeated_headers: dict[int, list] = {}    # line → furniture, looked up per table (not scanned)
    for f in doc.furniture:
        if f.kind == "repeated_table_header":
            repeated_headers.setdefault(f.line, []).append(f)
    for block in doc.body:
        if isinstance(block, Heading):
            while stack and stack[-1][0] >= block.level:
                stack.pop()
            section = _section(block, ids, stack[-1][1]["id"] if stack else None)
            (stack[-1][1]["children"] if stack else root).append(section)
            stack.append((block.level, section))
            continue
        if isinstance(block, Paragraph):
            node = _paragraph(block, ids)
        elif isinstance(block, Table):
            node = table_node(block, ids, diags, repeated_headers)
        else:
            continue
        (stack[-1][1]["children"] if stack else root).append(node)
        for _, section in stack:
            if block.end_line > section["lines"][1]:
                section["lines"][1] = block.end_line
    return root


def _section(block: Heading, ids: Ids, parent_id: str | None) -> dict:
    sid = ids.section(block, parent_id)
    return {"type": "section", "id": sid, "level": block.level, "number": block.number,
            "heading": block.content.text, "heading_spans": list(block.content.spans),
            "heading_text": block.printed, "kind": block.kind,
            "lines": [block.line, block.line], "children": []}


def _paragraph(block: Paragraph, ids: Ids) -> dict:
    if block.number is not None:
        pid = ids.take(f"p-{block.number}")
    else:
        pid = ids.take(f"u-{ids.next('u')}")
    node = {"type": "paragraph", "id": pid, "number": block.number}
    if block.marker:
        node["marker"] = block.marker
    if block.kind:
        node["kind"] = block.kind
    if block.opening:
        node["opening"] = block.opening
    node["text"] = block.content.text
    node["spans"] = list(block.content.spans)
    if block.items:
        node["items"] = []
        for it in block.items:
            node["items"].append({"id": ids.take(f"{pid}-{it.label}"), "label": it.label, "marker": it.marker,
                                  "text": it.content.text, "spans": list(it.content.spans),
                                  "lines": [it.line, it.end_line]})
    node["lines"] = [block.line, block.end_line]
    if block.joins:
        node["joins"] = block.joins
    if block.unclassified:
        node["unclassified"] = True
    if block.style:
        node["style"] = block.style
    return node


def _cell(c, ids: Ids, diags: list, furniture: dict) -> dict:
    cell = {"text": c.text, "spans": list(c.spans)}
    if getattr(c, "colspan", 1) > 1:
        cell["colspan"] = c.colspan
    if getattr(c, "rowspan", 1) > 1:
        cell["rowspan"] = c.rowspan
    if getattr(c, "table", None) is not None:
        cell["table"] = table_node(c.table, ids, diags, furniture)
    return cell


def table_node(block: Table, ids: Ids, diags: list, furniture: dict) -> dict:
    """One table node (and the tables nested in its cells, numbered after it)."""
    tid = ids.take(f"table-{ids.next('table')}")
    node = {"type": "table", "id": tid, "caption": block.caption.text if block.caption else None}
    if block.kind:
        node["kind"] = block.kind
    if block.caption:
        node["caption_spans"] = list(block.caption.spans)
    node["header"] = [c.text for c in block.header]
    node["header_spans"] = [list(c.spans) for c in block.header]
    if any(getattr(c, "colspan", 1) > 1 or getattr(c, "rowspan", 1) > 1 for c in block.header):
        # merged header cells: the strings above cannot say what they cover
        node["header_cells"] = []
        for c, spans in zip(block.header, node["header_spans"]):
            cell = {"text": c.text, "spans": spans}     # one list with header_spans: the passes extend it once
            if getattr(c, "colspan", 1) > 1:
                cell["colspan"] = c.colspan
            if getattr(c, "rowspan", 1) > 1:
                cell["rowspan"] = c.rowspan
            node["header_cells"].append(cell)
    node["rows"] = [{"kind": r.kind, "number": r.number, "line": r.line,
                     "cells": [_cell(c, ids, diags, furniture) for c in r.cells]} for r in block.rows]
    node["lines"] = [block.line, block.end_line]
    widths = _grid_widths([block.header] + [r.cells for r in block.rows])
    width = widths[0] if block.header else (widths[1] if len(widths) > 1 else 0)
    for r, w in zip(block.rows, widths[1:]):
        if r.kind == "data" and w != width:
            diags.append(Message("warning", "table-row-width",
                                 f"table row on line {r.line} has {w} cells, the table {width}",
                                 r.line, tid, {"cells": w, "width": width}))
    for line in block.repeated_header_lines:
        for f in furniture.get(line, []):
            f.node = tid
    return node


def _grid_widths(rows: list) -> list[int]:
    """Width of each row in grid columns: its cells' colspans plus the columns
    that cells of rows above still cover (rowspan)."""
    out = []
    carry: list[int] = []          # remaining rows covered, one entry per spanning cell's columns
    for cells in rows:
        covered = sum(1 for c in carry if c > 0)
        out.append(covered + sum(getattr(c, "colspan", 1) for c in cells))
        carry = [c - 1 for c in carry if c > 1]
        for c in cells:
            if getattr(c, "rowspan", 1) > 1:
                carry.extend([getattr(c, "rowspan", 1) - 1] * getattr(c, "colspan", 1))
    return out
