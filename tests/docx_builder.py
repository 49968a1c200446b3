"""Builds real Word files for the .docx tests (no pandoc needed in CI).

``seed_docx(tree)`` writes the seed GB.340/INS/6 as a Word author would: header
lines as plain paragraphs, parts and sub-parts in "Heading 1"/"Heading 2",
numbered paragraphs with typed numbers, real Word footnotes (``footnotes.xml``
with its separator notes, ``w:footnoteReference`` runs in the text, note ids
deliberately not 1..n), hyperlinks with relationships (also inside notes), the
appendix table with a ``w:tblHeader`` row and group rows merged across the
table (``w:gridSpan``), its caption in the "Caption" style. The content comes
from the text reader's tree of the seed; the test then checks that the .docx
reader gives the same tree back from these Word constructs.

Small helpers (``make_docx``, ``numbering_docx``) build other test documents.
"""
from __future__ import annotations

import io
import zipfile

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT, CONTENT_TYPE as CT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NOTE_ID_OFFSET = 40          # Word ids that are not the displayed numbers


def q(tag: str) -> str:
    return "{%s}%s" % (W_NS, tag)


def add_run(parent, text: str, *, superscript: bool = False):
    r = etree.SubElement(parent, q("r"))
    if superscript:
        rpr = etree.SubElement(r, q("rPr"))
        etree.SubElement(rpr, q("vertAlign")).set(q("val"), "superscript")
    t = etree.SubElement(r, q("t"))
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return r


def add_note_ref(parent, note_id: int, kind: str = "footnote"):
    r = etree.SubElement(parent, q("r"))
    rpr = etree.SubElement(r, q("rPr"))
    etree.SubElement(rpr, q("vertAlign")).set(q("val"), "superscript")
    etree.SubElement(r, q(kind + "Reference")).set(q("id"), str(note_id))


def add_hyperlink(parent, part, text: str, href: str):
    rid = part.relate_to(href, RT.HYPERLINK, is_external=True)
    h = etree.SubElement(parent, q("hyperlink"))
    h.set("{%s}id" % R_NS, rid)
    add_run(h, text)


def fill(parent, part, text: str, spans: list, note_ids: dict):
    """Text with its footnote_ref spans as Word note references and its link
    spans as hyperlinks (xref spans are the builder's, not the source's)."""
    cuts = sorted((s for s in spans if s["type"] in ("footnote_ref", "link")), key=lambda s: (s["start"], s["type"] != "footnote_ref"))
    pos = 0
    for s in cuts:
        if s["start"] > pos:
            add_run(parent, text[pos:s["start"]])
            pos = s["start"]
        if s["type"] == "footnote_ref":
            add_note_ref(parent, note_ids[s["number"]])
        else:
            add_hyperlink(parent, part, text[s["start"]:s["end"]], s["href"])
            pos = s["end"]
    if pos < len(text):
        add_run(parent, text[pos:])


def _cell_text(cell, part, text: str, spans: list, note_ids: dict, span: int = 1, header=False):
    tc = cell._tc
    if span > 1:
        tcpr = tc.get_or_add_tcPr()
        etree.SubElement(tcpr, q("gridSpan")).set(q("val"), str(span))
    p = tc.find(q("p"))
    fill(p, part, text, spans, note_ids)


def seed_docx(tree: dict) -> bytes:
    d = docx.Document()
    part = d.part
    numbers = sorted({f["number"] for f in tree["footnotes"]})
    note_ids = {n: n + NOTE_ID_OFFSET for n in numbers}

    for h in tree["meta"]["header"]:
        fill(d.add_paragraph()._p, part, h["text"], h["spans"], note_ids)

    def emit(nodes):
        for n in nodes:
            if n["type"] == "section":
                printed = n["heading_text"].lstrip("▶►▸■ ").strip()
                style = "Heading 1" if n["level"] == 1 else "Heading 2"
                fill(d.add_paragraph(style=style)._p, part, printed, [], note_ids)
                emit(n["children"])
            elif n["type"] == "paragraph":
                p = d.add_paragraph()._p
                prefix = (n["marker"] + " ") if n.get("marker") else ""
                shifted = [dict(s, start=s["start"] + len(prefix), end=s["end"] + len(prefix)) for s in n["spans"]]
                fill(p, part, prefix + n["text"], shifted, note_ids)
            elif n["type"] == "table":
                if n["caption"]:
                    fill(d.add_paragraph(style="Caption")._p, part, n["caption"], n.get("caption_spans", []), note_ids)
                width = len(n["header"])
                t = d.add_table(rows=0, cols=width)
                row = t.add_row()
                trpr = row._tr.get_or_add_trPr()
                etree.SubElement(trpr, q("tblHeader"))
                for c, text in zip(row.cells, n["header"]):
                    _cell_text(c, part, text, [], note_ids)
                for r in n["rows"]:
                    row = t.add_row()
                    texts = [c["text"] for c in r["cells"]]
                    if r["kind"] == "group":
                        merged = row.cells[0].merge(row.cells[width - 1])
                        _cell_text(merged, part, texts[0], r["cells"][0]["spans"], note_ids)
                    else:
                        for c, cell in zip(row.cells, r["cells"]):
                            _cell_text(c, part, cell["text"], cell["spans"], note_ids)
    emit(tree["body"])
    add_notes(d, {note_ids[f["number"]]: (f["text"], f["spans"]) for f in tree["footnotes"]})
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def add_notes(d, notes: dict, kind: str = "footnote") -> None:
    """A footnotes.xml (or endnotes.xml) part with Word's two separator notes
    and ``notes`` (id → (text, spans)); links in notes get the part's own rels."""
    partname = PackURI(f"/word/{kind}s.xml")
    ct = CT.WML_FOOTNOTES if kind == "footnote" else CT.WML_ENDNOTES
    part = Part(partname, ct, b"", d.part.package)
    root = etree.Element(q(kind + "s"), nsmap={"w": W_NS, "r": R_NS})
    for sid, typ in ((-1, "separator"), (0, "continuationSeparator")):
        n = etree.SubElement(root, q(kind))
        n.set(q("type"), typ)
        n.set(q("id"), str(sid))
        r = etree.SubElement(etree.SubElement(n, q("p")), q("r"))
        etree.SubElement(r, q(typ))
    for nid, (text, spans) in notes.items():
        n = etree.SubElement(root, q(kind))
        n.set(q("id"), str(nid))
        p = etree.SubElement(n, q("p"))
        r = etree.SubElement(p, q("r"))
        etree.SubElement(etree.SubElement(r, q("rPr")), q("vertAlign")).set(q("val"), "superscript")
        etree.SubElement(r, q(kind + "Ref"))
        add_run(p, " ")
        fill(p, part, text, spans, {})
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    d.part.relate_to(part, RT.FOOTNOTES if kind == "footnote" else RT.ENDNOTES)


def rezip(data: bytes, replace: dict[str, bytes | None]) -> bytes:
    """The same package with some entries replaced (or removed when None)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename in replace:
                if replace[info.filename] is not None:
                    dst.writestr(info.filename, replace[info.filename])
            else:
                dst.writestr(info, src.read(info.filename))
        for name, blob in replace.items():
            if blob is not None and name not in src.namelist():
                dst.writestr(name, blob)
    return out.getvalue()


def document_xml(body_xml: str) -> bytes:
    """A word/document.xml around ``body_xml`` (WordprocessingML paragraphs)."""
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{body_xml}<w:sectPr/></w:body></w:document>').encode()


def blank_docx() -> bytes:
    out = io.BytesIO()
    docx.Document().save(out)
    return out.getvalue()


def make_docx(body_xml: str, extra: dict[str, bytes] | None = None) -> bytes:
    """A .docx whose body is ``body_xml``; ``extra`` adds or replaces parts
    (e.g. word/numbering.xml, already related in python-docx's default template)."""
    replace = {"word/document.xml": document_xml(body_xml)}
    replace.update(extra or {})
    return rezip(blank_docx(), replace)


RT_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
NOTE_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}s+xml"
PART_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml"


def add_parts(data: bytes, parts: dict[str, tuple[str, str, bytes]], links: dict[str, str] | None = None) -> bytes:
    """Add parts related to the main document: ``{rId: (kind, target, xml)}``
    with kind footnotes/endnotes/header/footer; ``links`` adds external
    hyperlink relationships ``{rId: url}``."""
    z = zipfile.ZipFile(io.BytesIO(data))
    ct = z.read("[Content_Types].xml").decode()
    rels = z.read("word/_rels/document.xml.rels").decode()
    replace: dict[str, bytes | None] = {}
    for rid, (kind, target, xml) in parts.items():
        ctype = NOTE_CT.format(kind=kind[:-1]) if kind in ("footnotes", "endnotes") else PART_CT.format(kind=kind)
        ct = ct.replace("</Types>", f'<Override PartName="/word/{target}" ContentType="{ctype}"/></Types>')
        rels = rels.replace("</Relationships>",
                            f'<Relationship Id="{rid}" Type="{RT_BASE}{kind}" Target="{target}"/></Relationships>')
        replace[f"word/{target}"] = xml
    for rid, url in (links or {}).items():
        rels = rels.replace("</Relationships>", f'<Relationship Id="{rid}" Type="{RT_BASE}hyperlink" '
                                                f'Target="{url}" TargetMode="External"/></Relationships>')
    replace["[Content_Types].xml"] = ct.encode()
    replace["word/_rels/document.xml.rels"] = rels.encode()
    return rezip(data, replace)


def notes_xml(kind: str, notes: dict[int, str], separators: bool = True) -> bytes:
    """footnotes.xml / endnotes.xml with Word's separator notes and ``notes``
    (id → inner paragraphs XML)."""
    seps = (f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
            f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>'
            ) if separators else ""
    body = "".join(f'<w:{kind} w:id="{i}">{xml}</w:{kind}>' for i, xml in notes.items())
    return (f'<?xml version="1.0" encoding="UTF-8"?><w:{kind}s xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
            f'{seps}{body}</w:{kind}s>').encode()
