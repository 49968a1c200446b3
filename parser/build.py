"""The tree builder: a reader's :class:`~parser.blocks.Document` → the JSON tree.

Shared by every reader. It nests sections by level, gives every node its id,
adds cross-reference spans to every text, links footnotes both ways, and
reports what is inconsistent (missing or uncited footnotes, numbering gaps…)
as diagnostics instead of guessing silently.
"""
from __future__ import annotations

import bisect
import re

from .blocks import Document, Heading, Paragraph, Table, Inline, Diagnostic
from .version import SCHEMA_VERSION, __version__
from . import xrefs
from .limits import check_document

_ID_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")


class _Ids:
    def __init__(self):
        self.used: set[str] = set()
        self.next_k: dict[str, int] = {}      # where to resume counting (linear with many repeats)

    def take(self, wanted: str) -> str:
        wanted = _ID_UNSAFE.sub("-", wanted).strip("-") or "node"
        if wanted not in self.used:
            self.used.add(wanted)
            return wanted
        k = self.next_k.get(wanted, 2)
        while f"{wanted}-{k}" in self.used:
            k += 1
        self.used.add(f"{wanted}-{k}")
        self.next_k[wanted] = k + 1
        return f"{wanted}-{k}"


def build_tree(doc: Document) -> dict:
    check_document(doc)
    ids = _Ids()
    diags: list[Diagnostic] = list(doc.diagnostics)
    lang = doc.language
    council = xrefs.council_of(doc.symbol, doc.meta)     # body of sessions cited without one
    cites: dict[int, list[str]] = {}          # footnote number → citing node ids, in order
    cited: set[tuple[int, str]] = set()       # (number, node) pairs already in cites
    marker_order: list[tuple[int, int, str]] = []   # (number, line, node) in reading order

    def spans_for(inl: Inline, node: str, line: int | None) -> list[dict]:
        spans = list(inl.spans)
        for s in spans:
            if s["type"] == "footnote_ref":
                lst = cites.setdefault(s["number"], [])
                if (s["number"], node) not in cited:
                    cited.add((s["number"], node))
                    lst.append(node)
                marker_order.append((s["number"], line or 0, node))
        spans.extend(xrefs.find_references(inl.text, lang, council=council,
                                           links=[s for s in inl.spans if s["type"] == "link"]))
        spans.sort(key=lambda s: (s["start"], s["end"], s["type"]))
        return spans

    # header
    header = []
    for h in doc.header:
        header.append({"field": h.field, "line": h.line, "text": h.content.text,
                       "spans": spans_for(h.content, "meta", h.line)})
    meta = dict(doc.meta)
    related_inline = meta.pop("_related_inline", None)
    if meta.get("summary") is not None and isinstance(meta["summary"], Inline):
        s = meta["summary"]
        meta["summary"] = {"text": s.text, "spans": sorted(s.spans + xrefs.find_references(
            s.text, lang, council=council, links=[x for x in s.spans if x["type"] == "link"]),
                                                          key=lambda x: (x["start"], x["end"], x["type"]))}
    if related_inline is not None:
        related = [s["target"] for s in xrefs.find_references(related_inline.text, lang)
                   if s["kind"] in ("gb_document", "ilc_document", "un_document", "un_resolution", "un_decision")]
        meta["related_documents"] = list(dict.fromkeys(related))
    meta["header"] = header

    symbol, inferred = _symbol(doc, meta)
    if inferred:
        diags.append(Diagnostic("info", "symbol-inferred",
                                f"no symbol line; symbol {symbol} inferred from session, segment and agenda item"))

    # body
    root: list = []
    stack: list[tuple[int, dict]] = []        # (level, section)
    counters = {"u": 0, "table": 0, "sec": 0}
    sub_counts: dict[str, int] = {}
    para_numbers: list[tuple[int, int, str]] = []

    def container() -> list:
        return stack[-1][1]["children"] if stack else root

    repeated_headers: dict[int, list] = {}    # line → furniture, looked up per table (not scanned)
    for f in doc.furniture:
        if f.kind == "repeated_table_header":
            repeated_headers.setdefault(f.line, []).append(f)

    for block in doc.body:
        if isinstance(block, Heading):
            while stack and stack[-1][0] >= block.level:
                stack.pop()
            parent_id = stack[-1][1]["id"] if stack else None
            sid = ids.take(_section_id(block, parent_id, counters, sub_counts))
            section = {"type": "section", "id": sid, "level": block.level, "number": block.number,
                       "heading": block.content.text,
                       "heading_spans": spans_for(block.content, sid, block.line),
                       "heading_text": block.printed, "kind": block.kind,
                       "lines": [block.line, block.line], "children": []}
            container().append(section)
            stack.append((block.level, section))
        elif isinstance(block, Paragraph):
            if block.number is not None:
                scope = next((sec["id"] for _, sec in reversed(stack) if _numbering_scope(sec)), "")
                pid = ids.take(f"p-{block.number}")
                para_numbers.append((scope, block.number, block.line, pid))
            else:
                counters["u"] += 1
                pid = ids.take(f"u-{counters['u']}")
            node = {"type": "paragraph", "id": pid, "number": block.number}
            if block.marker:
                node["marker"] = block.marker
            if block.kind:
                node["kind"] = block.kind
            if block.opening:
                node["opening"] = block.opening
            node["text"] = block.content.text
            node["spans"] = spans_for(block.content, pid, block.line)
            if block.items:
                node["items"] = []
                for it in block.items:
                    iid = ids.take(f"{pid}-{it.label}")
                    node["items"].append({"id": iid, "label": it.label, "marker": it.marker,
                                          "text": it.content.text,
                                          "spans": spans_for(it.content, iid, it.line),
                                          "lines": [it.line, it.end_line]})
            node["lines"] = [block.line, block.end_line]
            if block.joins:
                node["joins"] = block.joins
            if block.unclassified:
                node["unclassified"] = True
            if block.style:
                node["style"] = block.style
            container().append(node)
            _extend_section_lines(stack, block.end_line)
        elif isinstance(block, Table):
            container().append(_table_node(block, ids, counters, spans_for, diags, repeated_headers))
            _extend_section_lines(stack, block.end_line)

    # footnotes
    footnotes = []
    seen_numbers: dict[int, str] = {}
    for fb in doc.footnotes:
        fid = ids.take(f"fn-{fb.number}")
        if fb.number in seen_numbers:
            diags.append(Diagnostic("error", "footnote-duplicate",
                                    f"footnote {fb.number} has more than one body (lines {fb.line} and earlier)",
                                    fb.line, fid))
        else:
            seen_numbers[fb.number] = fid
        note = {"id": fid, "number": fb.number}
        if fb.kind != "footnote":
            note["kind"] = fb.kind
        if fb.marker:
            note["marker"] = fb.marker
        note["text"] = fb.content.text
        note["spans"] = spans_for(fb.content, fid, fb.line)
        note["cited_by"] = []
        note["lines"] = [fb.line, fb.end_line]
        footnotes.append(note)
        if not fb.content.text.strip():
            diags.append(Diagnostic("warning", "footnote-empty", f"footnote {fb.number} has an empty body", fb.line, fid))
    for note in footnotes:
        if seen_numbers.get(note["number"]) == note["id"]:
            note["cited_by"] = [c for c in cites.get(note["number"], []) if c != note["id"]]
            if not note["cited_by"]:
                diags.append(Diagnostic("warning", "footnote-uncited",
                                        f"footnote {note['number']} is never cited in the text",
                                        note["lines"][0], note["id"]))
    diags.extend(_footnote_order(doc, marker_order, seen_numbers))
    diags.extend(_paragraph_numbering(para_numbers))
    footnotes.sort(key=lambda n: n["number"])

    tree = {
        "schema_version": SCHEMA_VERSION,
        "converter_version": __version__,
        "source": _source(doc),
        "symbol": symbol,
        "symbol_inferred": inferred,
        "language": lang,
        "meta": meta,
        "body": root,
        "footnotes": footnotes,
        "furniture": [{"kind": f.kind, "line": f.line, "text": f.text, "node": f.node} for f in doc.furniture],
        "diagnostics": [],
    }
    diags.extend(Diagnostic(**d) for d in xrefs.resolve_internal(tree))
    _attach_nodes(diags, root)
    diags.sort(key=lambda d: (d.line if d.line is not None else 0))
    tree["diagnostics"] = [d.as_dict() for d in diags]
    return tree


def _attach_nodes(diags: list[Diagnostic], root: list) -> None:
    """Readers report some problems by line only; name the node that holds the line."""
    pending = [d for d in diags if d.node is None and d.line is not None]
    if not pending:
        return
    spans: list[tuple[int, int, str]] = []

    def collect(nodes):
        for n in nodes:
            if n["type"] == "section":
                collect(n["children"])
            elif "lines" in n:
                spans.append((n["lines"][0], n["lines"][1], n["id"]))
    collect(root)
    firsts = [first for first, _, _ in spans]
    if all(spans[k][1] < spans[k + 1][0] for k in range(len(spans) - 1)):
        # disjoint and in order (the text reader): binary search, not a scan per diagnostic
        for d in pending:
            k = bisect.bisect_right(firsts, d.line) - 1
            if k >= 0 and spans[k][0] <= d.line <= spans[k][1]:
                d.node = spans[k][2]
        return
    for d in pending:
        for first, last, nid in spans:
            if first <= d.line <= last:
                d.node = nid
                break


def _table_node(block: Table, ids, counters: dict, spans_for, diags: list, furniture: dict) -> dict:
    """One table node (and the tables nested in its cells, numbered after it)."""
    counters["table"] += 1
    tid = ids.take(f"table-{counters['table']}")
    node = {"type": "table", "id": tid,
            "caption": block.caption.text if block.caption else None}
    if block.kind:
        node["kind"] = block.kind
    if block.caption:
        node["caption_spans"] = spans_for(block.caption, tid, block.line)
    node["header"] = [c.text for c in block.header]
    node["header_spans"] = [spans_for(c, tid, block.line) for c in block.header]
    if any(getattr(c, "colspan", 1) > 1 or getattr(c, "rowspan", 1) > 1 for c in block.header):
        # merged header cells: the strings above cannot say what they cover
        node["header_cells"] = []
        for c, spans in zip(block.header, node["header_spans"]):
            cell = {"text": c.text, "spans": spans}
            if getattr(c, "colspan", 1) > 1:
                cell["colspan"] = c.colspan
            if getattr(c, "rowspan", 1) > 1:
                cell["rowspan"] = c.rowspan
            node["header_cells"].append(cell)
    rows = []
    for r in block.rows:
        cells = []
        for c in r.cells:
            cell = {"text": c.text, "spans": spans_for(c, tid, r.line)}
            if getattr(c, "colspan", 1) > 1:
                cell["colspan"] = c.colspan
            if getattr(c, "rowspan", 1) > 1:
                cell["rowspan"] = c.rowspan
            if getattr(c, "table", None) is not None:
                cell["table"] = _table_node(c.table, ids, counters, spans_for, diags, furniture)
            cells.append(cell)
        rows.append({"kind": r.kind, "number": r.number, "line": r.line, "cells": cells})
    node["rows"] = rows
    node["lines"] = [block.line, block.end_line]
    widths = _grid_widths([block.header] + [r.cells for r in block.rows])
    width = widths[0] if block.header else (widths[1] if len(widths) > 1 else 0)
    for r, w in zip(block.rows, widths[1:]):
        if r.kind == "data" and w != width:
            diags.append(Diagnostic("warning", "table-row-width",
                                    f"table row on line {r.line} has {w} cells, the table {width}",
                                    r.line, tid))
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


def _source(doc: Document) -> dict:
    src = {"path": doc.path, "format": doc.format, "sha256": doc.sha256}
    if doc.encoding:
        src["encoding"] = doc.encoding
    if doc.size is not None:
        src["bytes"] = doc.size
    return src


def _extend_section_lines(stack, end_line: int) -> None:
    for _, section in stack:
        if end_line > section["lines"][1]:
            section["lines"][1] = end_line


def _section_id(h: Heading, parent_id: str | None, counters: dict, sub_counts: dict) -> str:
    if h.kind == "appendix":
        return f"appendix-{h.number}" if h.number else "appendix"
    if h.kind == "decision":
        return "decision"          # the draft decision (or decision record): one per document
    if h.number:
        return f"{parent_id}-{h.number}" if parent_id and h.level > 1 else f"sec-{h.number}"
    key = parent_id or ""
    sub_counts[key] = sub_counts.get(key, 0) + 1
    if parent_id:
        return f"{parent_id}-{sub_counts[key]}"
    counters["sec"] += 1
    return f"sec-{counters['sec']}"


def _symbol(doc: Document, meta: dict) -> tuple[str | None, bool]:
    if doc.symbol:
        return doc.symbol, False
    session, code, item = meta.get("session"), meta.get("segment_code"), meta.get("agenda_item")
    if session and code and item and item.get("number") is not None:
        return f"GB.{session}/{code}/{item['number']}", True
    return None, False


def _footnote_order(doc: Document, marker_order, bodies: dict) -> list[Diagnostic]:
    out = []
    for number, line, node in marker_order:
        if number not in bodies:
            out.append(Diagnostic("error", "footnote-missing-body",
                                  f"footnote marker {number} has no footnote body", line, node))
    # first citations should come in ascending order
    first_seen: list[int] = []
    first_seen_set: set[int] = set()
    for number, line, node in marker_order:
        if number in first_seen_set:
            continue
        first_seen_set.add(number)
        if first_seen and number < first_seen[-1]:
            out.append(Diagnostic("warning", "footnote-out-of-order",
                                  f"footnote marker {number} comes after marker {first_seen[-1]}", line, node))
        first_seen.append(number)
    numbers = [fb.number for fb in doc.footnotes]
    for prev, (fb) in zip(numbers, doc.footnotes[1:]):
        if fb.number < prev:
            out.append(Diagnostic("warning", "footnote-out-of-order",
                                  f"footnote body {fb.number} comes after body {prev}", fb.line, f"fn-{fb.number}"))
    if numbers:
        present = set(numbers)
        lo = min(present)
        for k in range(max(lo, 1), max(present)):
            if k not in present:
                out.append(Diagnostic("warning", "footnote-number-gap",
                                      f"footnote {k} is missing from the sequence {min(present)}–{max(present)}",
                                      None, None))
    return out


def _paragraph_numbering(numbers: list[tuple[str, int | str, int, str]]) -> list[Diagnostic]:
    """Repeats and gaps, per numbering scope: the document, and each annex
    or appendix, which numbers its paragraphs from 1 again. Section-numbered
    paragraphs (``25.1``, ``25.2``) are compared by their last part."""
    out = []
    prev = None
    prev_scope = None
    seen: set = set()
    for scope, printed, line, pid in numbers:
        if scope != prev_scope:
            prev, seen, prev_scope = None, set(), scope
        number = printed
        if isinstance(printed, str):
            head, _, last = printed.rpartition(".")
            if prev is not None and not isinstance(prev, tuple):
                prev = None
            number = (head, int(last))
            if prev is not None and prev[0] != head:
                prev = None
        elif isinstance(prev, tuple):
            prev = None
        if number in seen:
            out.append(Diagnostic("error", "paragraph-number-repeat",
                                  f"paragraph number {printed} appears again", line, pid))
        elif prev is not None and number != _next_number(prev):
            out.append(Diagnostic("warning", "paragraph-number-gap",
                                  f"paragraph {printed} follows paragraph {_printed_number(prev)}", line, pid))
        seen.add(number)
        prev = number
    return out


_ARTICLE = re.compile(r"^(?:Article|Artículo|Artikel|Articolo)\s+\d|^第[一二三四五六七八九十百零\d]{1,6}条")


def _numbering_scope(section: dict) -> bool:
    """Sections that number their paragraphs from 1 again: an annex or
    appendix, and an article of a convention (``Article 9``, ``第九条``)."""
    return section.get("kind") == "appendix" or bool(_ARTICLE.match(section.get("heading") or ""))


def _next_number(prev):
    return (prev[0], prev[1] + 1) if isinstance(prev, tuple) else prev + 1


def _printed_number(prev) -> str:
    return f"{prev[0]}.{prev[1]}" if isinstance(prev, tuple) else str(prev)
