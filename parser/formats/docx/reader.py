"""The .docx reader: bytes of a Word file → :class:`~parser.raw.RawDocument`.

python-docx opens the package (after :mod:`.safety` has checked the zip) and
gives the parts; everything below a part is read straight from its lxml
elements (python-docx's proxy objects would redo that work). Body paragraphs
and tables are visited once, in order; ``line`` is the 1-based index of the
body element. Each paragraph comes with what Word says of it (style name,
outline level, the list number Word generates); the layout stage decides
what it is.
"""
from __future__ import annotations

import hashlib
import io
import re

from ...blocks import Inline
from ...errors import InputError
from ...inline import concat, strip_inline
from ...messages import Message
from ...raw import RawDocument, RawParagraph
from .ns import W, W_VAL
from .numbering import Numbering, Numberer
from .notes import read_notes, part_links
from .runs import InlineReader, NoteNumbers
from .safety import open_checked_zip
from .styles import Styles
from .tables import read_table
from .furniture import page_furniture

P, TBL, SDT, SDTCONTENT, CUSTOMXML = W + "p", W + "tbl", W + "sdt", W + "sdtContent", W + "customXml"
TXBX = W + "txbxContent"
FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
PPR, PSTYLE, NUMPR, NUMID, ILVL, OUTLINE = (W + "pPr", W + "pStyle", W + "numPr", W + "numId", W + "ilvl",
                                           W + "outlineLvl")


def read_docx(data: bytes, name: str, *, lang: str | None = None, **_options) -> RawDocument:
    """``encoding`` and ``max_bytes`` do not apply: the zip is checked by :mod:`.safety`."""
    zf = open_checked_zip(data, name)
    _refuse_strict(zf, name)
    doc = _open(data, name)
    # a root in another namespace (a corrupt or foreign part) is a plain element without .body
    body = getattr(doc.element, "body", None)
    if body is None:
        raise InputError(name, "is a .docx file with no document body (w:body missing)")
    part = doc.part
    try:
        styles = Styles(_related_element(part, "/styles"))
        numberer = Numberer(Numbering(_related_element(part, "/numbering")), styles)
        notes = NoteNumbers(_note_formats(body, part))
    except InputError as e:          # _related_element does not know the file's name
        raise InputError(name, e.problem) from None
    reader = InlineReader(part_links(part), notes)

    def paragraph(p, line):
        """The paragraph with its style name, outline level and generated number."""
        style_id, num, outline = _ppr(p)
        style_name, style_outline, style_num, style_ilvl = styles.resolve(style_id)
        if outline is None:
            outline = style_outline
        if num is None and style_num is not None:
            num = (style_num, style_ilvl or 0)
        label = numberer.next(num[0], num[1]) if num is not None else None
        return RawParagraph(line, reader.read(p, line), style_name, outline, label)

    def cell_paragraph(p, line):
        """A paragraph inside a table cell: its text, with its list number as shown."""
        para = paragraph(p, line)
        label = para.label
        if label is not None and label.text.strip() and label.fmt != "bullet":
            return concat([("", Inline(label.text.strip(), [])), (" ", strip_inline(para.content))])[0]
        return para.content

    blocks: list = []          # RawParagraph | RawTable, in reading order
    line = 0
    for el in _body_elements(body):
        line += 1
        if el.tag == P:
            blocks.append(paragraph(el, line))
            for box in _text_boxes(el):
                for bp in box.iter(P):
                    blocks.append(paragraph(bp, line))
        else:
            blocks.append(read_table(el, lambda p, _l=line: cell_paragraph(p, _l), line))

    diags = [Message("warning", "numbering-format-unsupported",
                     f"list numbers in the format {fmt!r} are not supported; shown as decimal digits",
                     data={"format": fmt})
             for fmt in sorted(numberer.unsupported)]

    footnotes = []
    for rel in part.rels.values():
        if rel.is_external:
            continue
        if (rel.reltype or "").endswith("/footnotes"):
            footnotes += read_notes(rel.target_part, "footnote", notes, name)
        elif (rel.reltype or "").endswith("/endnotes"):
            footnotes += read_notes(rel.target_part, "endnote", notes, name)
    footnotes.sort(key=lambda f: f.number)

    return RawDocument(path=name, format="docx", sha256=hashlib.sha256(data).hexdigest(), size=len(data),
                       blocks=blocks, footnotes=footnotes, furniture=page_furniture(part),
                       diagnostics=diags, language=lang)


def _refuse_strict(zf, name: str) -> None:
    """ISO "Strict" Open XML uses other namespaces, which python-docx (and
    Word's usual .docx) do not: say so instead of a puzzling failure."""
    try:
        rels = zf.read("_rels/.rels") if "_rels/.rels" in zf.NameToInfo else b""
    except Exception:       # a damaged entry: python-docx will report it
        return
    if b"purl.oclc.org/ooxml/officeDocument" in rels:
        raise InputError(name, "is a Strict Open XML document, which is not supported; "
                               "save it from Word as a standard .docx")


def _open(data: bytes, name: str):
    import docx
    try:
        return docx.Document(io.BytesIO(data))
    except InputError:
        raise
    except Exception as e:   # python-docx and zipfile raise many kinds; all mean "not readable"
        msg = " ".join(str(e).split()) or type(e).__name__
        m = re.search(r"is not a Word file, content type is '([^']*)'", msg)
        if m:
            raise InputError(name, f"is an Office package but not a Word document (main part: {m.group(1)})") from None
        if len(msg) > 160:
            msg = msg[:157] + "..."
        raise InputError(name, f"cannot be read as a .docx file ({msg})") from None


def _note_formats(body, part) -> dict:
    """Number formats of footnote and endnote marks: the document settings,
    overridden by the body's section properties (``w:footnotePr/w:numFmt``)."""
    formats = {}
    settings = _related_element(part, "/settings")
    sect = body.find(W + "sectPr")
    for holder in (settings, sect):
        if holder is None:
            continue
        for kind in ("footnote", "endnote"):
            fmt = holder.find(f"{W}{kind}Pr/{W}numFmt")
            if fmt is not None and fmt.get(W_VAL):
                formats[kind] = fmt.get(W_VAL)
    return formats


def _related_element(part, suffix: str):
    for rel in part.rels.values():
        if not rel.is_external and (rel.reltype or "").endswith(suffix):
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


def _text_boxes(p):
    """Text boxes anchored in a paragraph (``w:txbxContent``). Their paragraphs
    follow the anchoring one; a box drawn twice (``mc:Choice`` and its VML
    ``mc:Fallback``) is read once."""
    boxes = []
    for box in p.iter(TXBX):
        anc = box.getparent()
        while anc is not None and anc is not p and anc.tag != FALLBACK:
            if anc.tag == TXBX:          # a box inside a box: read with its outer box
                break
            anc = anc.getparent()
        if anc is p:
            boxes.append(box)
    return boxes


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


def _int(s):
    try:
        return int(s)
    except (TypeError, ValueError):
        return 0
