"""Line-oriented layout: decoded plain text → :class:`~parser.blocks.Document`.

Stages: classify lines (:mod:`.classify`) → header (:mod:`.header`) →
assemble line blocks (:mod:`.lines`) → convert markup (links, footnote
markers) into clean text and spans.
"""
from __future__ import annotations

import hashlib

from ..blocks import (Document, Heading, Paragraph, Item, Table, Row, FootnoteBody,
                      HeaderLine, Inline)
from ..inline import MarkupConverter, concat, tail_inline
from ..limits import check_text
from .classify import classify_lines, FOOTNOTE, PART, PARA, TEXT, BLANK, TABLE
from .header import header_end, parse_header, empty_meta
from .language import detect_language
from .lines import assemble, join_separator, RawHeading, RawParagraph, RawTable, RawText
from .tables import row_kind_number
from . import un_text, contents, subheadings
from ..messages import Message

_DEHYPHEN = "dehyphenated"


def lay_out_lines(text: str, path: str = "<string>", *, lang: str | None = None, fmt: str = "text",
                  sha256: str | None = None, encoding: str | None = None, size: int | None = None) -> Document:
    """The Document of a decoded plain text (newlines already normalised). In
    Markdown (*fmt* ``markdown``) a blank line ends a paragraph, and footnote
    markers may be bare numbers (:mod:`.bare_markers`)."""
    markdown = fmt == "markdown"
    check_text(text, path)
    if sha256 is None:
        sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    lines = classify_lines(text)
    cut, meta, fields, symbol = _header(lines)
    un_text.mark_contents_lines(lines[cut:], table=TABLE, blank=BLANK)
    un_text.mark_note_lines(lines[cut:], text=TEXT)
    endnotes = un_text.mark_endnote_lines(lines[cut:], footnote=FOOTNOTE, blank=BLANK, stop_kinds=(PART,), heading=PART)
    un_text.mark_resolution_lines(lines[cut:], blank_separates=markdown, para=PARA, text=TEXT, blank=BLANK)
    header_text = "\n".join(line.text for line in lines[:cut])
    asm = assemble(lines[cut:], symbol=symbol, title=meta.get("title"), header_text=header_text, markdown=markdown)
    known = {f.number for f in asm.footnotes}
    slash = any(f.marker.endswith("/") for f in asm.footnotes)
    conv = MarkupConverter(known, plain_digits=_uses_plain_markers(lines, asm), spaced=markdown, slash=slash)
    language = lang or detect_language(text)

    header = []
    values: dict[str, list] = {}        # summary / purpose / related documents: clean value parts
    for field, line, offset in fields:
        inl = conv.convert(line.text.strip())
        header.append(HeaderLine(line.no, field, inl))
        if field in _INLINE_VALUES:
            tail = tail_inline(inl, _clean_offset(line.text.strip(), offset, conv))
            if tail.text:
                values.setdefault(field, []).append(tail)
    related = _header_values(meta, values)

    body = []
    footnotes = []
    for block in asm.body:
        if isinstance(block, RawHeading):
            body.append(Heading(block.line, block.level, block.kind, block.number,
                                conv.convert(block.text, allow_spaced=False), block.printed))
        elif isinstance(block, RawParagraph):
            if block.body.pieces:
                content, joins = _convert(block.body, conv)
                line, end = block.body.line, block.body.end_line
            else:
                content, joins = Inline("", []), []
                line = end = block.items[0].body.line
            items = []
            for it in block.items:
                ic, ijoins = _convert(it.body, conv)
                items.append(Item(it.body.line, it.body.end_line, it.label, it.marker, ic))
                joins.extend(ijoins)
                end = max(end, it.body.end_line)
            role = block.style if block.style in un_text.RESOLUTION_KINDS else None
            body.append(Paragraph(line, end, block.number, block.marker, content, items, joins,
                                  block.unclassified, None if role else block.style, kind=role))
        elif isinstance(block, RawTable):
            table = _table(block, conv)
            if table.caption is not None and contents.is_title(table.caption.text):
                table.kind = "contents"
            body.append(table)
    for note in asm.footnotes:
        content, _ = _convert(note.body, conv, allow_plain=False)
        # "[^3]:", "3/" kept as printed (superscripts are implied)
        marker = note.marker if note.marker.startswith("[") or note.marker.endswith("/") else None
        footnotes.append(FootnoteBody(note.body.line, note.body.end_line, note.number, content, marker=marker,
                                      kind="endnote" if note.body.line in endnotes else "footnote"))

    _numbered_subheadings(body)
    un_text.finish_resolution(body, meta, Paragraph, Heading)
    diagnostics = list(asm.diagnostics) + [
        Message("info", "header-line-unrecognised",
                f"header line {line.no} is not a recognised header field; kept in meta.other", line.no,
                data={"line": line.no})
        for field, line, _ in fields if field == "other"]
    return Document(path=path, format=fmt, sha256=sha256, language=language, meta=meta,
                    header=header, body=body, footnotes=footnotes, furniture=asm.furniture,
                    diagnostics=diagnostics, encoding=encoding, size=size,
                    symbol=symbol, related=related)


_INLINE_VALUES = ("summary", "purpose", "related_documents")


def _numbered_subheadings(body: list) -> None:
    """``1. Women, peace and security`` between paragraphs 24 and 25 is a
    sub-heading (:mod:`parser.layout.subheadings`), one level under the
    heading it follows."""
    numbered = [k for k, b in enumerate(body) if isinstance(b, Paragraph) and b.number is not None]
    found = subheadings.subheading_indexes([body[k].number for k in numbered],
                                           [body[k].content.text for k in numbered],
                                           [bool(body[k].items) for k in numbered])
    made: set[int] = set()
    for j in sorted(found):
        k = numbered[j]
        p = body[k]
        level = next((b.level + 1 for i, b in reversed(list(enumerate(body[:k])))
                      if isinstance(b, Heading) and i not in made), 2)
        made.add(k)
        body[k] = Heading(p.line, min(level, 6), "subheading", str(p.number), p.content,
                          f"{p.marker} {p.content.text}")


def _header(lines) -> tuple[int, dict, list, str | None]:
    """Where the header ends and what it holds: a UN masthead (read by
    :mod:`parser.layout.un_text`), else a Governing Body header; a top with
    no recognised field at all is no header (everything stays body)."""
    un = un_text.un_header(lines, (PART, PARA), empty_meta())
    if un is not None:
        return un
    cut = header_end(lines)
    meta, fields, symbol = parse_header(lines[:cut])
    if fields and all(f == "other" for f, _, _ in fields):
        meta, fields, symbol = parse_header([])
        return 0, meta, fields, symbol
    return cut, meta, fields, symbol


def _join_inlines(parts: list[Inline]) -> Inline:
    seps = [("", parts[0])]
    for prev, cur in zip(parts, parts[1:]):
        sep = join_separator(prev.text, cur.text)
        seps.append(("" if sep == _DEHYPHEN else sep, cur))
    return concat(seps)[0]


def _header_values(meta: dict, values: dict) -> Inline | None:
    """Header values that keep spans, possibly over several lines. A purpose
    block (``Purpose of the document`` and the lines below it) is the
    document's summary when there is no separate summary: it is the same box
    as ``概要`` in the Chinese version, so aligned versions share the field.
    Returns the related-documents value (the builder reads its symbols)."""
    if "summary" in values:
        meta["summary"] = _join_inlines(values["summary"])
    if "purpose" in values:
        purpose = _join_inlines(values["purpose"])
        meta["purpose"] = purpose.text
        if meta.get("summary") is None:
            meta["summary"] = purpose
    return _join_inlines(values["related_documents"]) if "related_documents" in values else None


def _uses_plain_markers(lines, asm) -> bool:
    """Does the document write its footnote markers as plain digits? Only when
    it has footnote bodies and no superscript or ``[^n]`` marker anywhere in
    its text: a document keeps to one convention, and mixing them would let
    figures in a superscript-marked document be read as markers."""
    if not asm.footnotes:
        return False
    for line in lines:
        if line.kind != FOOTNOTE and (_SUPERSCRIPTS & set(line.text) or "[^" in line.text):
            return False
    return True


_SUPERSCRIPTS = set("⁰¹²³⁴⁵⁶⁷⁸⁹")


def _convert(text: RawText, conv: MarkupConverter, allow_plain: bool = True) -> tuple[Inline, list[dict]]:
    parts = []
    for piece in text.pieces:
        sep = piece.sep
        inl = conv.convert(piece.text, allow_plain=allow_plain)
        if sep == _DEHYPHEN and parts:
            prev_sep, prev = parts[-1]
            if prev.text.endswith("-"):
                parts[-1] = (prev_sep, Inline(prev.text[:-1], prev.spans))
            sep = ""
        parts.append((sep, inl))
    joined, offsets = concat(parts)
    joins = [{"offset": off, "line": piece.line,
              "separator": _DEHYPHEN if piece.sep == _DEHYPHEN else piece.sep}
             for off, piece in zip(offsets, text.pieces[1:])]
    return joined, joins


def _table(block: RawTable, conv: MarkupConverter) -> Table:
    caption = conv.convert(block.caption.text.strip()) if block.caption else None
    header = [conv.convert(c.strip(), allow_plain=False) for c in block.header.text.split("\t")] if block.header else []
    rows = []
    for line in block.rows:
        cells = [conv.convert(c.strip(), allow_plain=False) for c in line.text.split("\t")]
        kind, number = row_kind_number(cells)
        rows.append(Row(line.no, kind, number, cells))
    first_line = (block.caption or block.header or block.rows[0]).no
    last = max([r.no for r in block.rows] + [h.no for h in block.repeated_headers] + [first_line])
    return Table(first_line, last, caption, header, rows, [h.no for h in block.repeated_headers])


def _clean_offset(raw: str, raw_offset: int, conv: MarkupConverter) -> int:
    """Offset in clean text of a raw offset that lies before any markup."""
    prefix = raw[:raw_offset]
    if "[" in prefix or any(c in "⁰¹²³⁴⁵⁶⁷⁸⁹" for c in prefix):
        return len(MarkupConverter(conv.known).convert(prefix).text)
    return raw_offset
