"""Paragraph-oriented layout: raw paragraphs and tables → header fields and body blocks.

Shared by the .docx, HTML and PDF readers. Each lists its body in reading
order as :class:`~parser.raw.RawParagraph` (outline level set for headings,
a Label for a generated list number) and :class:`~parser.raw.RawTable`, and
this module decides what they are: the header (the paragraphs before the
first heading, numbered paragraph or table, read with the line recognisers
of :mod:`.classify` and :mod:`.header` so a Governing Body paper gets the
same ``meta`` whatever its format), headings, numbered paragraphs with their
items, captions and plain paragraphs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..blocks import Paragraph, Item, Table, HeaderLine, Inline, Heading
from ..inline import strip_inline, cut_inline, tail_inline
from ..raw import RawParagraph, RawTable
from .classify import classify
from .header import parse_header
from .numbering import numbered, heading, is_caption_style
from .tables import table_block


@dataclass(slots=True)
class Assembled:
    meta: dict
    header: list               # HeaderLine
    body: list                 # Heading | Paragraph | Table
    symbol: str | None         # as printed in the header
    related: Inline | None     # the related-documents value


def assemble_paragraphs(raw: list) -> Assembled:
    """Header and body blocks of raw paragraphs and tables in reading order."""
    entries = [table_block(r) if isinstance(r, RawTable) else r for r in raw]
    out = _header(entries)
    out.body = _body(entries[out.body:])
    return out


def _is_heading(outline) -> bool:
    return outline is not None and 0 <= outline < 9


HEADER_TABLE_ROWS = 8      # a table this small before the first heading may hold header lines


def _header(raw: list) -> Assembled:
    """Header fields from what comes before the first heading or numbered
    paragraph (paragraphs, and the cells of small tables: Word documents often
    lay their header out in a table), when they look like a council
    document's header; otherwise no header and everything stays body.
    ``body`` holds, for now, the index where the body starts."""
    cut = len(raw)
    for i, r in enumerate(raw):
        if isinstance(r, Table):
            if len(r.rows) + (1 if r.header else 0) > HEADER_TABLE_ROWS:
                cut = i
                break
        elif _is_heading(r.outline) or numbered(r.content, r.label).kind == "para":
            cut = i
            break
    lines, inlines = [], {}
    for line_no, inl in _header_texts(raw[:cut]):
        text = inl.text.replace("\t", " ").replace("\n", " ")
        ln = classify(line_no, text)
        lines.append(ln)
        inlines[id(ln)] = Inline(text, inl.spans)
    meta, fields, symbol = parse_header(lines)
    if not any(f != "other" for f, _, _ in fields):
        meta, _, _ = parse_header([])
        return Assembled(meta, [], 0, None, None)
    header = []
    related = None
    for field, ln, offset in fields:
        inl = inlines[id(ln)]
        header.append(HeaderLine(ln.no, field, inl))
        if field == "summary":
            meta["summary"] = tail_inline(inl, offset)
        elif field == "related_documents":
            related = tail_inline(inl, offset)
    return Assembled(meta, header, cut, symbol, related)


def _header_texts(entries: list):
    """(line, Inline) of each non-empty header paragraph or table cell line."""
    for r in entries:
        if isinstance(r, RawParagraph):
            inl = strip_inline(r.content)
            if inl.text:
                yield r.line, inl
            continue
        yield from _table_texts(r)


def _table_texts(table: Table):
    """A header table's caption, cells and nested tables (nothing in it is lost)."""
    if table.caption is not None and table.caption.text.strip():
        yield table.line, strip_inline(table.caption)
    for cells, line in [(table.header, table.line)] + [(row.cells, row.line) for row in table.rows]:
        for cell in cells:
            if "\n" not in cell.text:
                inl = strip_inline(Inline(cell.text, list(cell.spans)))
                if inl.text:
                    yield line, inl
            else:
                for part in cell.text.split("\n"):
                    if part.strip():
                        yield line, Inline(part.strip(), [])
            if getattr(cell, "table", None) is not None:
                yield from _table_texts(cell.table)


_NUMBERED_HEADING = re.compile(r"^(\d{1,2})[.．]\s+(?=\S)")


def _nest_numbered_subheading(h: Heading, parent: Heading) -> None:
    """``1. Women, peace and security`` after ``D. Operational environment``,
    both in the same heading style: the numbered heading is a subdivision of
    the lettered one (one level below it), numbered 1."""
    m = _NUMBERED_HEADING.match(h.content.text)
    if m is None or h.level > parent.level:
        return
    h.level = min(parent.level + 1, 6)
    h.kind = "subheading"
    h.number = m.group(1)
    h.content = cut_inline(h.content, m.end())


def _body(raw: list) -> list:
    out: list = []
    last_para: Paragraph | None = None
    pending_caption: Inline | None = None
    caption_line = 1
    numbered_parent: Heading | None = None     # the last part or sub-part with a number
    for i, r in enumerate(raw):
        if isinstance(r, Table):
            table = r
            if pending_caption is not None:
                table.caption, pending_caption = pending_caption, None
            out.append(table)
            last_para = None
            continue
        line, inl, style, outline, label = r.line, r.content, r.style, r.outline, r.label
        if not inl.text.strip() and not inl.spans:
            continue
        if _is_heading(outline):
            h = heading(line, outline + 1, inl, label)
            if h is not None:
                if h.kind in ("part", "subpart", "appendix") and h.number is not None:
                    numbered_parent = h
                elif numbered_parent is not None:
                    _nest_numbered_subheading(h, numbered_parent)
                out.append(h)
                last_para = None
            continue
        if is_caption_style(style):
            nxt = next((x for x in raw[i + 1:] if isinstance(x, Table) or x.content.text.strip()), None)
            if nxt is not None and isinstance(nxt, Table):
                pending_caption, caption_line = strip_inline(inl), line
                continue
            if out and isinstance(out[-1], Table) and out[-1].caption is None:
                out[-1].caption = strip_inline(inl)
                continue
        n = numbered(inl, label)
        if n.kind == "item":
            item = Item(line, line, n.label, n.marker, n.content)
            if last_para is None:
                last_para = Paragraph(line, line, None, None, Inline("", []))
                out.append(last_para)
            last_para.items.append(item)
            last_para.end_line = line
            continue
        para = Paragraph(line, line, n.number, n.marker, n.content, style=style)
        out.append(para)
        last_para = para
    if pending_caption is not None:
        out.append(Paragraph(caption_line, caption_line, None, None, pending_caption))
    return out
