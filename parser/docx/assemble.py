"""Raw paragraphs and tables of a markup document → header fields and body blocks.

Shared by the .docx and HTML readers. Each reader lists its body in reading
order as raw entries — ``(line, Inline, style name, outline level, Label)``
for a paragraph (outline level set for headings, Label for a generated list
number) or ``(line, Table)`` — and this module decides what they are: the
header (the paragraphs before the first heading, numbered paragraph or
table, read with the text reader's recognisers so a Governing Body paper
gets the same ``meta`` whatever its format), headings, numbered paragraphs
with their items, captions and plain paragraphs.
"""
from __future__ import annotations

import re

from ..blocks import Paragraph, Item, Table, HeaderLine, Inline, Heading
from ..text.classify import classify
from ..text.header import parse_header
from .paragraphs import numbered, heading, is_caption_style
from .runs import strip_inline, cut_inline
from ..inline import concat
from ..layout import un_docx


def assemble_raw(raw: list) -> tuple[dict, list, list]:
    """(meta, header lines, body blocks); ``meta['_symbol']`` holds the symbol line."""
    meta, header, cut = _header(raw)
    un = meta.pop("_un", False)
    body = _body(raw[cut:], un)
    if un:
        un_docx.nest_annexes(body, Heading)
    return meta, header, body


def _is_heading(outline) -> bool:
    return outline is not None and 0 <= outline < 9


HEADER_TABLE_ROWS = 8      # a table this small before the first heading may hold header lines


def _header(raw: list) -> tuple[dict, list, int]:
    """Header fields from what comes before the first heading or numbered
    paragraph (paragraphs, and the cells of small tables: Word documents often
    lay their header out in a table), when they look like a council
    document's header; otherwise no header and everything stays body."""
    cut = len(raw)
    for i, r in enumerate(raw):
        if len(r) == 2:
            if len(r[1].rows) + (1 if r[1].header else 0) > HEADER_TABLE_ROWS:
                cut = i
                break
        elif _is_heading(r[3]) or numbered(r[1], r[4]).kind == "para":
            cut = i
            break
    if un_docx.is_un([r[1].text for r in raw[:40] if len(r) == 5 and r[1].text.strip()]):
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
        return meta, [], 0
    header = []
    for field, ln, offset in fields:
        inl = inlines[id(ln)]
        header.append(HeaderLine(ln.no, field, inl))
        if field == "summary":
            meta["summary"] = _tail(inl, offset)
        elif field == "related_documents":
            meta["_related_inline"] = _tail(inl, offset)
    meta["_symbol"] = symbol
    return meta, header, cut


def _un_header(raw: list) -> tuple[dict, list, int]:
    """A UN masthead and the title block after it (:mod:`parser.layout.un_docx`)."""
    cut = un_docx.title_block_end(raw, lambda r: r[3] if _is_heading(r[3]) else None)
    meta, _, _ = parse_header([])
    header = []
    for r in raw[:cut]:
        for line_no, inl in _header_texts([r]):
            text = inl.text.replace("\t", " ").replace("\n", " ").strip()
            field = un_docx.header_field(text, r[2] if len(r) == 5 else None, meta)
            header.append(HeaderLine(line_no, field, inl))
    meta["_symbol"] = meta.pop("_symbols", [None])[0]
    meta["_un"] = True
    return meta, header, cut


def _header_texts(entries: list):
    """(line, Inline) of each non-empty header paragraph or table cell line."""
    for r in entries:
        if len(r) == 5:
            inl = strip_inline(r[1])
            if inl.text:
                yield r[0], inl
            continue
        yield from _table_texts(r[1])


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


def _tail(inl: Inline, start: int) -> Inline:
    spans = [dict(s, start=s["start"] - start, end=s["end"] - start) for s in inl.spans if s["start"] >= start]
    return Inline(inl.text[start:], spans)


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
        if len(r) == 2:
            table: Table = r[1]
            if pending_caption is not None:
                table.caption, pending_caption = pending_caption, None
            if caption is not None:
                table.caption, caption = _joined(caption), None
            if out and isinstance(out[-1], Heading) and out[-1].content.text.strip().lower() in un_docx.CONTENTS_WORDS:
                table.kind = "contents"            # "Contents" and its table: a contents list, not a section
                table.caption = out.pop().content
            out.append(table)
            last_para = None
            continue
        line, inl, style, outline, label = r
        if not inl.text.strip() and not inl.spans:
            continue
        if un:
            caption, taken = _un_entry(out, raw, i, caption)
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
            nxt = next((x for x in raw[i + 1:] if len(x) == 2 or x[1].text.strip()), None)
            if nxt is not None and len(nxt) == 2:
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


def _un_entry(out: list, raw: list, i: int, caption: list | None) -> tuple[list | None, bool]:
    """UN layout rules for one paragraph entry: captions typed in heading
    styles (collected until their table), ``*`` and lettered notes.
    Returns the caption being read and whether the entry was taken."""
    line, inl, style, outline, label = raw[i]
    text = inl.text.strip()
    if label is None and un_docx.caption_start(text, _is_heading(outline)) \
            and not (caption and un_docx.is_caption_tail(text, True)):
        if caption is not None:
            _flush_caption(out, caption)
        return [(line, strip_inline(inl))], True
    if caption is not None:
        if un_docx.is_caption_tail(text, _is_heading(outline)):
            caption.append((line, strip_inline(inl)))
            return caption, True
        _flush_caption(out, caption)
        caption = None
    note = un_docx.note_marker(inl.text)
    if note is not None and label is None:
        marker, offset = note
        kind = "title_note" if marker.startswith("*") else "table_note"
        out.append(Paragraph(line, line, None, marker, cut_inline(inl, offset), kind=kind))
        return None, True
    return caption, False


def _joined(parts: list) -> Inline:
    return concat([("" if k == 0 else " ", inl) for k, (_, inl) in enumerate(parts)])[0]


def _flush_caption(out: list, parts: list) -> None:
    """A caption with no table after it (a figure's): a caption paragraph."""
    out.append(Paragraph(parts[0][0], parts[-1][0], None, None, _joined(parts), kind="caption"))
