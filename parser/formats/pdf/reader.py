"""The PDF reader's adapter: pages → the stages of this package → typed raw
blocks (:class:`~parser.raw.RawDocument`) for the shared layout stage.

``line`` of a PDF node is the running number of the text line over the whole
document, in reading order (page 1's lines first; furniture and note lines
are counted too), so a node's ``line``/``end_line`` point back at the lines
it was made from.
"""
from __future__ import annotations

import hashlib

from ...blocks import FootnoteBody, Furniture, Inline
from ...errors import InputError
from ...raw import RawDocument, RawParagraph, RawTable, LayoutHints
from .chars import page_chars
from .document import open_pdf, NO_TEXT
from .furniture import find_furniture, kind_of, SYMBOL
from .tagged import is_tagged, artifact_boxes, artifact_lines
from .lines import Line, page_lines
from .markers import line_inline, slash_refs, ref_span, marker_number
from .notes import split_notes, LABEL as NOTE_LABEL
from .paragraphs import starts_paragraph, join, line_pitch, Margins, heading_level, LABEL as PARA_LABEL
from .tables import contents_lines, find_tables, build_table

MASTHEAD_MIN_LINES = 3      # the first paragraph this long (or numbered) ends page 1's masthead


def read_pdf(data: bytes, name: str, lang: str | None = None, password: str | None = None,
             **_unused) -> RawDocument:
    """Raw blocks, footnote bodies and furniture of a PDF (``encoding`` and
    ``max_bytes``, which the registry passes every reader, do not apply)."""
    pages, heights, artifacts = _read_pages(data, name, password)
    n = 0
    for lines in pages:
        for ln in lines:
            n += 1
            ln.no = n
    if not any(ln.text.strip() for lines in pages for ln in lines):
        raise InputError(name, NO_TEXT)
    furn = find_furniture(pages, heights)
    for ln in artifacts:           # marked as artifacts in a tagged PDF
        furn.setdefault(id(ln), kind_of(ln.text) or ("symbol_line" if SYMBOL.match(ln.text) else "running_head"))
    furniture = [Furniture(ln.no, furn[id(ln)], ln.text.replace("\t", " ")) for lines in pages for ln in lines
                 if id(ln) in furn]
    pages = [[ln for ln in lines if id(ln) not in furn] for lines in pages]
    inlines = {id(ln): line_inline(ln) for lines in pages for ln in lines}
    markers = [{m for ln in lines for _, m in inlines[id(ln)][1]} | _slash_markers(lines) for lines in pages]
    body_pages, notes, _separators = split_notes(pages, heights, _body_size(pages), markers)
    body = [ln for lines in body_pages for ln in lines]
    contents = contents_lines(body)
    furniture += [Furniture(ln.no, "contents", ln.text.replace("\t", " ")) for ln in body if id(ln) in contents]
    body = [ln for ln in body if id(ln) not in contents]
    repeated: list[Line] = []
    blocks = _raw_blocks(body, inlines, {nt.number for nt in notes if nt.marker.endswith("/")}, repeated)
    furniture += [Furniture(ln.no, "repeated_table_header", ln.text.replace("\t", " ")) for ln in repeated]
    footnotes = [_footnote(nt, inlines) for nt in notes]
    _number_stars(notes, footnotes, blocks)
    furniture.sort(key=lambda f: f.line)
    return RawDocument(path=name, format="pdf", sha256=hashlib.sha256(data).hexdigest(), size=len(data),
                       blocks=blocks, footnotes=footnotes, furniture=furniture, language=lang)


def _read_pages(data: bytes, name: str, password: str | None) -> tuple[list[list[Line]], list[float], list[Line]]:
    """Lines of each page, page heights, and the lines a tagged PDF marks as artifacts."""
    doc = open_pdf(data, name, password)
    pages, heights, artifacts = [], [], []
    try:
        tagged = is_tagged(doc)
        for i in range(len(doc)):
            page = doc[i]
            width, height = page.get_size()
            textpage = page.get_textpage()
            try:
                chars = page_chars(textpage)
                lines = page_lines(chars, i + 1, width)
                if tagged:
                    artifacts += artifact_lines(lines, artifact_boxes(page))
            finally:
                textpage.close()
                page.close()
            pages.append(lines)
            heights.append(height)
    except InputError:
        raise
    except Exception as e:      # PDFium on a damaged page object
        raise InputError(name, f"the PDF is damaged ({type(e).__name__}: {e})") from None
    finally:
        doc.close()
    return pages, heights, artifacts


def _body_size(pages: list[list[Line]]) -> float:
    weight: dict[float, int] = {}
    for lines in pages:
        for ln in lines:
            k = round(ln.size, 1)
            weight[k] = weight.get(k, 0) + len(ln.text)
    return max(weight, key=weight.get) if weight else 10.0


def _slash_markers(lines: list[Line]) -> set[str]:
    from .markers import SLASH_MARKER
    return {m.group(1) for ln in lines for m in SLASH_MARKER.finditer(" " + ln.text)}


def _raw_blocks(body: list[Line], inlines: dict, slash_numbers: set[int], repeated_headers: list) -> list:
    """RawParagraph and RawTable blocks in reading order; ``repeated_headers``
    receives the table rows repeated after a page break. Page 1's masthead (the
    lines before its first long, numbered or heading paragraph) comes line by
    line, each wide-gap part apart, so the layout stage sees its fields alone."""
    pitch, margins = line_pitch(body), Margins(body)
    tables = dict(find_tables(body))
    groups: list = []          # list[Line] for a paragraph, RawTable for a table
    i = 0
    while i < len(body):
        if i in tables:
            end = tables[i]
            table, repeated = build_table(body[i:end], [inlines[id(r)] for r in body[i:end]])
            groups.append(table)
            repeated_headers.extend(repeated)
            i = end
            continue
        ln = body[i]
        if not groups or isinstance(groups[-1], RawTable) or starts_paragraph(groups[-1][-1], ln, pitch, margins):
            groups.append([])
        groups[-1].append(ln)
        i += 1
    cut = _masthead_end(groups, inlines)
    blocks: list = []
    seen_body = False          # a paragraph of body text came before: plain bold lines are headings
    for k, g in enumerate(groups):
        if isinstance(g, RawTable):
            blocks.append(g)
            continue
        if k < cut:
            blocks.extend(_masthead_parts(g, inlines))
            continue
        para = _paragraph(g, inlines, slash_numbers, margins, seen_body)
        blocks.append(para)
        seen_body = seen_body or len(g) >= 2 or PARA_LABEL.match(para.content.text.strip()) is not None
    return blocks


def _paragraph(group: list[Line], inlines: dict, slash_numbers: set[int], margins, seen_body: bool) -> RawParagraph:
    inl, _joins = join([(ln, *inlines[id(ln)]) for ln in group])
    inl = slash_refs(inl, slash_numbers)
    level = heading_level(inl.text.strip(), group, seen_body)
    first = group[0]
    hints = LayoutHints(font_size=round(first.size, 1), bold=all(c.bold for c in first.chars if c.ch != " "),
                        indent=round(first.x0 - margins.left.get(first.page, first.x0), 1), page=first.page)
    return RawParagraph(first.no, inl, "pdf-heading" if level is not None else None, level, None, hints,
                        end_line=group[-1].no)


def _masthead_end(groups: list, inlines: dict) -> int:
    """How many groups of page 1 come before its first paragraph of
    MASTHEAD_MIN_LINES lines, numbered paragraph, heading or table; 0 when
    fewer than three (a title is no masthead)."""
    for k, g in enumerate(groups):
        if isinstance(g, RawTable) or g[0].page != 1 or len(g) >= MASTHEAD_MIN_LINES \
                or PARA_LABEL.match(inlines[id(g[0])][0]) or heading_level(g[0].text, g, True) is not None:
            return k if k >= 3 else 0
    return len(groups) if len(groups) >= 3 else 0


def _masthead_parts(group: list[Line], inlines: dict):
    for ln in group:
        text, refs = inlines[id(ln)]
        offset = 0
        for part in text.split("\t"):
            mine = [ref_span(o - offset, marker_number(m), m) for o, m in refs if offset <= o <= offset + len(part)]
            if part.strip():
                yield RawParagraph(ln.no, Inline(part, mine), end_line=ln.no,
                                   hints=LayoutHints(font_size=round(ln.size, 1), page=ln.page))
            offset += len(part) + 1


def _number_stars(notes: list, footnotes: list, blocks: list) -> None:
    """Star notes (``*``, ``**``, ``***`` on a title or a contents line) have no
    printed number: ``*`` is note 0, the others come after the numbered notes,
    and their markers in the text are renumbered to match."""
    top = max((f.number for f in footnotes), default=0)
    numbers: dict[str, int] = {}
    for note, f in zip(notes, footnotes):
        if note.marker.startswith("**"):
            if note.marker not in numbers:
                top += 1
                numbers[note.marker] = top
            f.number = numbers[note.marker]
    if not numbers:
        return
    for inl in _inlines(blocks):
        for span in inl.spans:
            if span.get("type") == "footnote_ref" and span.get("marker") in numbers:
                span["number"] = numbers[span["marker"]]
                span["footnote"] = f"fn-{numbers[span['marker']]}"


def _inlines(blocks: list):
    for b in blocks:
        if isinstance(b, RawParagraph):
            yield b.content
        else:
            for row in b.rows:
                yield from row.cells


def _footnote(note, inlines: dict) -> FootnoteBody:
    parts = []
    for k, ln in enumerate(note.lines):
        text, refs = inlines[id(ln)]
        if k == 0 and refs and refs[0][0] == 0 and refs[0][1] == note.marker.rstrip("/"):
            refs = refs[1:]          # the note's own label, set as a superscript
        elif k == 0:
            m = NOTE_LABEL.match(text)
            cut = m.end() if m else 0
            text, refs = text[cut:], [(max(0, o - cut), mk) for o, mk in refs]
        parts.append((ln, text, refs))
    inl, _ = join(parts)
    inl = Inline(inl.text.replace("\t", " ").strip(), inl.spans)
    marker = note.marker if not note.marker.isdigit() else None     # "3/", "*"; a plain number is the default
    return FootnoteBody(note.lines[0].no, note.lines[-1].no, note.number, inl, "footnote", marker=marker)
