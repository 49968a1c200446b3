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
from ..inline import strip_inline, cut_inline, tail_inline, concat
from ..raw import RawParagraph, RawTable
from .classify import classify
from .header import parse_header
from .numbering import numbered, heading, is_caption_style
from .tables import table_block
from . import un_docx


@dataclass(slots=True)
class Assembled:
    meta: dict
    header: list               # HeaderLine
    body: list                 # Heading | Paragraph | Table
    symbol: str | None         # as printed in the header
    related: Inline | None     # the related-documents value
    un: bool = False           # a UN masthead (parser.layout.un_docx): its symbol may be in the page header


def assemble_paragraphs(raw: list) -> Assembled:
    """Header and body blocks of raw paragraphs and tables in reading order."""
    entries = [table_block(r) if isinstance(r, RawTable) else r for r in raw]
    out = _header(entries)
    out.body = _body(entries[out.body:], out.un)
    if out.un:
        un_docx.nest_annexes(out.body, Heading)
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
    if un_docx.is_un([r.content.text for r in raw[:40] if isinstance(r, RawParagraph) and r.content.text.strip()]):
        return _un_header(raw)
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


def _un_header(raw: list) -> Assembled:
    """A UN masthead and the title block after it (:mod:`.un_docx`)."""
    cut = un_docx.title_block_end([None if isinstance(r, Table) else r.content.text for r in raw],
                                  [isinstance(r, RawParagraph) and _is_heading(r.outline) for r in raw])
    meta, _, _ = parse_header([])
    header = []
    for r in raw[:cut]:
        for line_no, inl in _header_texts([r]):
            text = inl.text.replace("\t", " ").replace("\n", " ").strip()
            field = un_docx.header_field(text, r.style if isinstance(r, RawParagraph) else None, meta)
            header.append(HeaderLine(line_no, field, inl))
    symbols = meta.pop("_symbols", [])
    return Assembled(meta, header, cut, symbols[0] if symbols else None, None, un=True)


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


def _body(raw: list, un: bool = False) -> list:
    out: list = []
    caption: list | None = None                # a UN caption typed in heading styles, being read
    last_para: Paragraph | None = None
    pending_caption: Inline | None = None
    caption_line = 1
    numbered_parent: Heading | None = None     # the last part or sub-part with a number
    for i, r in enumerate(raw):
        if isinstance(r, Table):
            table = r
            if pending_caption is not None:
                table.caption, pending_caption = pending_caption, None
            if caption is not None:
                table.caption, caption = _joined(caption), None
            if un and out and isinstance(out[-1], Heading) and un_docx.is_contents_heading(out[-1].content.text):
                table.kind = "contents"            # "Contents" and its table: a contents list, not a section
                table.caption = out.pop().content
            out.append(table)
            last_para = None
            continue
        line, inl, style, outline, label = r.line, r.content, r.style, r.outline, r.label
        if not inl.text.strip() and not inl.spans:
            continue
        if un:
            caption, taken = _un_entry(out, r, caption)
            if taken:
                last_para = None
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
    if caption is not None:
        _flush_caption(out, caption)
    return out


def _un_entry(out: list, r: RawParagraph, caption: list | None) -> tuple[list | None, bool]:
    """UN layout rules for one paragraph: captions typed in heading styles
    (collected until their table), ``*`` and lettered notes. Returns the
    caption being read and whether the paragraph was taken."""
    text = r.content.text.strip()
    is_heading = _is_heading(r.outline)
    if r.label is None and un_docx.caption_start(text, is_heading) \
            and not (caption and un_docx.is_caption_tail(text, True)):
        if caption is not None:
            _flush_caption(out, caption)
        return [(r.line, strip_inline(r.content))], True
    if caption is not None:
        if un_docx.is_caption_tail(text, is_heading):
            caption.append((r.line, strip_inline(r.content)))
            return caption, True
        _flush_caption(out, caption)
        caption = None
    note = un_docx.note_marker(r.content.text)
    if note is not None and r.label is None:
        marker, offset = note
        kind = "title_note" if marker.startswith("*") else "table_note"
        out.append(Paragraph(r.line, r.line, None, marker, cut_inline(r.content, offset), kind=kind))
        return None, True
    return caption, False


def _joined(parts: list) -> Inline:
    return concat([("" if k == 0 else " ", inl) for k, (_, inl) in enumerate(parts)])[0]


def _flush_caption(out: list, parts: list) -> None:
    """A caption with no table after it (a figure's): a caption paragraph."""
    out.append(Paragraph(parts[0][0], parts[-1][0], None, None, _joined(parts), kind="caption"))
