"""The .docx reader: bytes of a Word file → :class:`~parser.blocks.Document`.

python-docx opens the package (after :mod:`.safety` has checked the zip) and
gives the parts; everything below a part is read straight from its lxml
elements (python-docx's proxy objects would redo that work). Body paragraphs
and tables are visited once, in order; ``line`` is the 1-based index of the
body element. The first paragraphs before any heading or numbered paragraph
are read with the text reader's header recognisers, so a .docx of a Governing
Body paper gets the same ``meta`` as its text.
"""
from __future__ import annotations

import hashlib
import io

from ..blocks import Document, Paragraph, Item, Table, HeaderLine, Diagnostic, Furniture, Inline
from ..errors import InputError
from ..inline import concat
from ..language import detect_language
from ..text.classify import classify
from ..text.header import parse_header
from .ns import W, W_VAL
from .numbering import Numbering, Numberer
from .notes import read_notes, part_links
from .paragraphs import numbered, heading, is_caption_style
from .runs import InlineReader, NoteNumbers, strip_inline
from .safety import open_checked_zip
from .styles import Styles
from .tables import read_table
from .furniture import page_furniture

P, TBL, SDT, SDTCONTENT, CUSTOMXML = W + "p", W + "tbl", W + "sdt", W + "sdtContent", W + "customXml"
PPR, PSTYLE, NUMPR, NUMID, ILVL, OUTLINE = (W + "pPr", W + "pStyle", W + "numPr", W + "numId", W + "ilvl",
                                           W + "outlineLvl")


def read_docx(data: bytes, name: str, lang: str | None = None) -> Document:
    open_checked_zip(data, name)
    doc = _open(data, name)
    body = doc.element.body
    if body is None:
        raise InputError(name, "is a .docx file with no document body (w:body missing)")
    part = doc.part
    styles = Styles(_related_element(part, "/styles"))
    numberer = Numberer(Numbering(_related_element(part, "/numbering")))
    notes = NoteNumbers()
    reader = InlineReader(part_links(part), notes)

    def describe(p):
        """(style name, outline level, generated number label) of a paragraph."""
        style_id, num, outline = _ppr(p)
        style_name, style_outline, style_num, style_ilvl = styles.resolve(style_id)
        if outline is None:
            outline = style_outline
        if num is None and style_num is not None:
            num = (style_num, style_ilvl or 0)
        label = numberer.next(num[0], num[1]) if num is not None else None
        return style_name, outline, label

    def cell_paragraph(p, line):
        """A paragraph inside a table cell: its text, with its list number as shown."""
        _, _, label = describe(p)
        inl = reader.read(p, line)
        if label is not None and label.text.strip() and label.fmt != "bullet":
            return concat([("", Inline(label.text.strip(), [])), (" ", strip_inline(inl))])[0]
        return inl

    raw: list = []          # (line, Inline, style name, outline level, Label) or (line, Table)
    line = 0
    for el in _body_elements(body):
        line += 1
        if el.tag == P:
            raw.append((line, reader.read(el, line), *describe(el)))
        else:
            raw.append((line, read_table(el, lambda p, _l=line: cell_paragraph(p, _l), line)))

    diags: list[Diagnostic] = []
    for fmt in sorted(numberer.unsupported):
        diags.append(Diagnostic("warning", "numbering-format-unsupported",
                                f"list numbers in the format {fmt!r} are not supported; shown as decimal digits"))

    meta, header, cut = _header(raw)
    body_blocks = _body(raw[cut:])

    footnotes = []
    for rel in part.rels.values():
        if rel.is_external:
            continue
        if rel.reltype.endswith("/footnotes"):
            footnotes += read_notes(rel.target_part, "footnote", notes, name)
        elif rel.reltype.endswith("/endnotes"):
            footnotes += read_notes(rel.target_part, "endnote", notes, name)
    footnotes.sort(key=lambda f: f.number)

    sample = "\n".join(r[1].text for r in raw[:200] if len(r) == 5)
    return Document(path=name, format="docx", sha256=hashlib.sha256(data).hexdigest(),
                    language=lang or detect_language(sample), meta=meta, header=header, body=body_blocks,
                    footnotes=footnotes, furniture=page_furniture(part, meta), diagnostics=diags,
                    encoding=None, size=len(data), symbol=meta.pop("_symbol", None))


def _open(data: bytes, name: str):
    import docx
    try:
        return docx.Document(io.BytesIO(data))
    except InputError:
        raise
    except Exception as e:   # python-docx and zipfile raise many kinds; all mean "not readable"
        msg = " ".join(str(e).split()) or type(e).__name__
        if len(msg) > 160:
            msg = msg[:157] + "..."
        raise InputError(name, f"cannot be read as a .docx file ({msg})") from None


def _related_element(part, suffix: str):
    for rel in part.rels.values():
        if not rel.is_external and rel.reltype.endswith(suffix):
            target = rel.target_part
            el = getattr(target, "element", None)
            if el is None:
                from .safety import parse_part
                el = parse_part(target.blob, "", str(target.partname))
            return el
    return None


def _body_elements(parent):
    for child in parent:
        tag = child.tag
        if tag == P or tag == TBL:
            yield child
        elif tag == SDT:
            content = child.find(SDTCONTENT)
            if content is not None:
                yield from _body_elements(content)
        elif tag == CUSTOMXML:
            yield from _body_elements(child)


def _ppr(p):
    """(style id, (numId, ilvl) or None, outline level) set on the paragraph itself."""
    ppr = p.find(PPR)
    if ppr is None:
        return None, None, None
    st = ppr.find(PSTYLE)
    style_id = st.get(W_VAL) if st is not None else None
    num = None
    numpr = ppr.find(NUMPR)
    if numpr is not None:
        nid = numpr.find(NUMID)
        if nid is not None:
            lvl = numpr.find(ILVL)
            num = (nid.get(W_VAL), _int(lvl.get(W_VAL) if lvl is not None else 0))
    ol = ppr.find(OUTLINE)
    outline = _int(ol.get(W_VAL)) if ol is not None else None
    return style_id, num, outline


def _is_heading(outline) -> bool:
    return outline is not None and 0 <= outline < 9


def _header(raw: list) -> tuple[dict, list, int]:
    """Header fields from the paragraphs before the first heading, numbered
    paragraph or table, when they look like a council document's header."""
    cut = 0
    for cut, r in enumerate(raw):
        if len(r) == 2 or _is_heading(r[3]) or numbered(r[1], r[4]).kind == "para":
            break
    else:
        cut = len(raw)
    lines, inlines = [], {}
    for r in raw[:cut]:
        inl = strip_inline(r[1])
        if not inl.text:
            continue
        text = inl.text.replace("\t", " ").replace("\n", " ")
        lines.append(classify(r[0], text))
        inlines[r[0]] = Inline(text, inl.spans)
    meta, fields, symbol = parse_header(lines)
    if not any(f != "other" for f, _, _ in fields):
        meta, _, _ = parse_header([])
        return meta, [], 0
    header = []
    for field, ln, offset in fields:
        inl = inlines[ln.no]
        header.append(HeaderLine(ln.no, field, inl))
        if field == "summary":
            meta["summary"] = _tail(inl, offset)
        elif field == "related_documents":
            meta["_related_inline"] = _tail(inl, offset)
    meta["_symbol"] = symbol
    return meta, header, cut


def _tail(inl: Inline, start: int) -> Inline:
    spans = [dict(s, start=s["start"] - start, end=s["end"] - start) for s in inl.spans if s["start"] >= start]
    return Inline(inl.text[start:], spans)


def _body(raw: list) -> list:
    out: list = []
    last_para: Paragraph | None = None
    pending_caption: Inline | None = None
    for i, r in enumerate(raw):
        if len(r) == 2:
            table: Table = r[1]
            if pending_caption is not None:
                table.caption, pending_caption = pending_caption, None
            out.append(table)
            last_para = None
            continue
        line, inl, style, outline, label = r
        if not inl.text.strip() and not inl.spans:
            continue
        if _is_heading(outline):
            h = heading(line, outline + 1, inl, label)
            if h is not None:
                out.append(h)
                last_para = None
            continue
        if is_caption_style(style):
            nxt = next((x for x in raw[i + 1:] if len(x) == 2 or x[1].text.strip()), None)
            if nxt is not None and len(nxt) == 2:
                pending_caption = strip_inline(inl)
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
        out.append(Paragraph(0, 0, None, None, pending_caption))
    return out


def _int(s):
    try:
        return int(s)
    except (TypeError, ValueError):
        return 0
