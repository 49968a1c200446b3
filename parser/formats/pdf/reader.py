"""The PDF reader's adapter: pages → the stages of this package → the shared
paragraph assembler (``parser.docx.assemble``) → a :class:`Document`.

``line`` of a PDF node is the running number of the text line over the whole
document, in reading order (page 1's lines first; furniture and note lines
are counted too), so a node's ``line``/``end_line`` point back at the lines
it was made from.
"""
from __future__ import annotations

import hashlib

from ...blocks import Document, Diagnostic, FootnoteBody, Furniture, Inline, Paragraph
from ...errors import InputError
from ...language import detect_language
from ...docx import assemble
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


def read_pdf(data: bytes, name: str, lang: str | None = None, password: str | None = None) -> Document:
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
    size = _body_size(pages)
    markers = [{m for ln in lines for _, m in inlines[id(ln)][1]} | _slash_markers(lines) for lines in pages]
    body_pages, notes, _separators = split_notes(pages, heights, size, markers)
    body = [ln for lines in body_pages for ln in lines]
    contents = contents_lines(body)
    furniture += [Furniture(ln.no, "contents", ln.text.replace("\t", " ")) for ln in body if id(ln) in contents]
    body = [ln for ln in body if id(ln) not in contents]
    slash_numbers = {nt.number for nt in notes if nt.marker.endswith("/")}
    ends: dict[int, int] = {}
    repeated: list[Line] = []
    groups: dict[int, list[Line]] = {}
    raw = _raw_entries(body, inlines, slash_numbers, ends, repeated, groups)
    furniture += [Furniture(ln.no, "repeated_table_header", ln.text.replace("\t", " ")) for ln in repeated]
    cut = _masthead_end(raw)
    meta, header, head_body = assemble.assemble_raw(_masthead_entries(raw[:cut], groups, inlines))
    if not header:                 # no masthead after all: keep those paragraphs whole
        meta, header, head_body = assemble.assemble_raw(raw[:cut])
    blocks = head_body + assemble._body(raw[cut:])
    _set_end_lines(blocks, ends)
    footnotes = [_footnote(nt, inlines) for nt in notes]
    _number_stars(notes, footnotes, blocks, header)
    furniture.sort(key=lambda f: f.line)
    sample = "\n".join(ln.text for ln in body[:400])
    return Document(path=name, format="pdf", sha256=hashlib.sha256(data).hexdigest(),
                    language=lang or detect_language(sample), meta=meta, header=header, body=blocks,
                    footnotes=footnotes, furniture=furniture, diagnostics=_diagnostics(notes),
                    encoding=None, size=len(data), symbol=meta.pop("_symbol", None))


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


def _raw_entries(body: list[Line], inlines: dict, slash_numbers: set[int], ends: dict,
                 repeated_headers: list, groups: dict) -> list:
    """Paragraph entries ``(line, Inline, style, outline, label)`` and table
    entries ``(line, Table)``; ``ends`` receives each paragraph's last line,
    ``repeated_headers`` the table header lines repeated after a page break,
    ``groups`` each paragraph's lines."""
    pitch, margins = line_pitch(body), Margins(body)
    tables = dict(find_tables(body))
    raw: list = []
    group: list[Line] = []
    seen_body = False

    def flush():
        nonlocal seen_body
        if not group:
            return
        inl, _joins = join([(ln, *inlines[id(ln)]) for ln in group])
        inl = slash_refs(inl, slash_numbers)
        text = inl.text.strip()
        level = heading_level(text, group, seen_body)
        raw.append((group[0].no, inl, "pdf-heading" if level is not None else None, level, None))
        ends[group[0].no] = group[-1].no
        groups[group[0].no] = list(group)
        seen_body = seen_body or len(group) >= 2 or PARA_LABEL.match(text) is not None
        group.clear()

    i = 0
    while i < len(body):
        if i in tables:
            flush()
            end = tables[i]
            rows = body[i:end]
            table, repeated = build_table(rows, [inlines[id(r)] for r in rows])
            raw.append((rows[0].no, table))
            repeated_headers.extend(repeated)
            i = end
            continue
        ln = body[i]
        if group and starts_paragraph(group[-1], ln, pitch, margins):
            flush()
        group.append(ln)
        i += 1
    flush()
    return raw


def _masthead_entries(raw: list, groups: dict, inlines: dict) -> list:
    """A masthead is laid out, not written: each of its lines, and each part of
    a line set apart by a wide gap (``United Nations`` … ``A/80/6 (Sect. 25)``),
    is one entry, so the header recognisers see the symbol and the date alone."""
    out = []
    for r in raw:
        if len(r) == 2 or r[0] not in groups:
            out.append(r)
            continue
        for ln in groups[r[0]]:
            text, refs = inlines[id(ln)]
            offset = 0
            for part in text.split("\t"):
                mine = [ref_span(o - offset, marker_number(m), m) for o, m in refs if offset <= o <= offset + len(part)]
                if part.strip():
                    out.append((ln.no, Inline(part, mine), None, None, None))
                offset += len(part) + 1
    return out


def _number_stars(notes: list, footnotes: list, blocks: list, header: list) -> None:
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
    for inl in _inlines(blocks, header):
        for span in inl.spans:
            if span.get("type") == "footnote_ref" and span.get("marker") in numbers:
                span["number"] = numbers[span["marker"]]
                span["footnote"] = f"fn-{numbers[span['marker']]}"


def _inlines(blocks: list, header: list):
    from ...blocks import Heading, Table
    for h in header:
        yield h.content
    for b in blocks:
        if isinstance(b, Paragraph):
            yield b.content
            for it in b.items:
                yield it.content
        elif isinstance(b, Heading):
            yield b.content
        elif isinstance(b, Table):
            for cells in [b.header] + [r.cells for r in b.rows]:
                yield from cells


def _set_end_lines(blocks: list, ends: dict) -> None:
    """The assembler knows one line per entry; a PDF paragraph spans several."""
    for b in blocks:
        if isinstance(b, Paragraph):
            b.end_line = max(b.end_line, ends.get(b.line, b.line))
            for it in b.items:
                it.end_line = max(it.end_line, ends.get(it.line, it.line))
                b.end_line = max(b.end_line, it.end_line)


def _masthead_end(raw: list) -> int:
    """Entries before the first paragraph of MASTHEAD_MIN_LINES lines, a
    numbered one, a heading or a table: where a council masthead can be."""
    for i, r in enumerate(raw):
        if len(r) == 2 or r[3] is not None or PARA_LABEL.match(r[1].text):
            return i
        if i + 1 < len(raw) and len(raw[i + 1]) == 5 and raw[i + 1][0] - r[0] >= MASTHEAD_MIN_LINES:
            return i
    return len(raw)


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
    return FootnoteBody(note.lines[0].no, note.lines[-1].no, note.number, inl, "footnote")


def _diagnostics(notes) -> list[Diagnostic]:
    return []
