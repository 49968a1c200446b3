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
from .classify import classify_lines, FOOTNOTE
from .header import header_end, parse_header
from .language import detect_language
from .lines import assemble, join_separator, RawHeading, RawParagraph, RawTable, RawText
from .tables import row_kind_number

_DEHYPHEN = "dehyphenated"


def lay_out_lines(text: str, path: str = "<string>", *, lang: str | None = None, fmt: str = "text",
                  sha256: str | None = None, encoding: str | None = None, size: int | None = None) -> Document:
    """The Document of a decoded plain text (newlines already normalised)."""
    check_text(text, path)
    if sha256 is None:
        sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    lines = classify_lines(text)
    cut = header_end(lines)
    meta, fields, symbol = parse_header(lines[:cut])
    header_text = "\n".join(line.text for line in lines[:cut])
    asm = assemble(lines[cut:], symbol=symbol, title=meta.get("title"), header_text=header_text)
    known = {f.number for f in asm.footnotes}
    conv = MarkupConverter(known, plain_digits=_uses_plain_markers(lines, asm))
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
                                conv.convert(block.text), block.printed))
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
            body.append(Paragraph(line, end, block.number, block.marker, content, items, joins,
                                  block.unclassified, block.style))
        elif isinstance(block, RawTable):
            body.append(_table(block, conv))
    for note in asm.footnotes:
        content, _ = _convert(note.body, conv, allow_plain=False)
        footnotes.append(FootnoteBody(note.body.line, note.body.end_line, note.number, content))

    return Document(path=path, format=fmt, sha256=sha256, language=language, meta=meta,
                    header=header, body=body, footnotes=footnotes, furniture=asm.furniture,
                    diagnostics=list(asm.diagnostics), encoding=encoding, size=size,
                    symbol=symbol, related=related)


_INLINE_VALUES = ("summary", "purpose", "related_documents")


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
