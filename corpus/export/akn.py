"""A tree as an Akoma Ntoso 3.0 document (OASIS 2018 schema), after the UN's
AKN4UN conventions (names and IRIs: :mod:`.akn_names`).

Why lxml: the XML is built element by element (every text escaped), and the
tests validate each export against the OASIS schema with lxml's XMLSchema.

Layout: ``<akomaNtoso><doc name="report">`` (``<statement
name="deliberation">`` for a resolution) with ``<meta>`` (FRBR
identification, the organisations referred to), ``<preface>`` (the header
lines, the symbol as ``docNumber``, the title as ``docTitle``, the date as
``docDate``), for a resolution ``<preamble>`` (its acting body as ``formula
name="actingBody"``, its preambular paragraphs as ``recitals``) and
``<conclusions>`` (the adoption line closing it), and ``<mainBody>``: sections as ``<section eId="sec_I">`` with
``num`` and ``heading``; paragraphs as ``<paragraph eId="para_7">`` with
``num`` (as printed) and ``content`` — or ``intro`` and one ``point`` per
sub-item; tables (in an ``hcontainer name="table"`` where a section holds
them) with ``caption``, ``th``/``td``, colspan/rowspan. A footnote is an
``authorialNote`` at its first marker, a ``noteRef`` at the others; notes
never cited are kept in a closing ``hcontainer name="uncitedNotes"``.
References are ``<ref href>``: ``#eId`` inside the document, the cited
document's URL (:mod:`.links`) or, for a document without one, a date-less
AKN work IRI ``/akn/un/doc/{actor}/{number}`` (its date is not known here).
"""
from __future__ import annotations

import datetime

from lxml import etree

from .akn_names import EIds, actor_of, document_class, eid_base, frbr, language3
from .grid import header_cells
from .inline import Ref, append_text, note_label, write_inline, xml_safe
from .labels import document_title, paragraph_marker
from .links import Linker, split_target

__all__ = ["render_akn", "AKN_NS"]

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
_NSMAP = {None: AKN_NS}
_HEADER_ELEMENTS = {"title": "docTitle", "date": "docDate", "session": "session", "segment": "docStage"}


def render_akn(tree: dict, *, link_for=None, lang: str | None = None, today: str | None = None) -> str:
    """The document as Akoma Ntoso XML text. *today* (ISO date) is the
    manifestation's generation date (default: today)."""
    root = etree.Element("akomaNtoso", nsmap=_NSMAP)
    element, name = document_class(tree)
    doc = etree.SubElement(root, element, name=name)
    names = frbr(tree, lang)
    w = _Writer(tree, Linker(tree, link_for, lang))
    doc.append(_meta(tree, names, lang, today or datetime.date.today().isoformat()))
    doc.append(w.preface(names))
    body = list(tree.get("body", []))
    if element == "statement":
        preamble, body = w.split_preamble(body)
        if preamble:
            doc.append(w.preamble(preamble))
    closing = []
    while body and body[-1].get("type") == "paragraph" and body[-1].get("kind") == "adoption":
        closing.insert(0, body.pop())
    main = etree.SubElement(doc, "mainBody")
    for node in body:
        w.block(main, node, top=True)
    w.uncited(main)
    if not len(main):
        etree.SubElement(main, "p")
    if closing:
        doc.append(w.conclusions(closing))
    _line_breaks(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8").decode("utf-8") + "\n"


def _preambular(para: dict) -> bool:
    kind = para.get("kind")
    if kind is not None:
        return kind in ("acting_body", "preambular")
    return para.get("number") is None and not para.get("marker")


def _meta(tree: dict, names: dict, lang: str | None, today: str):
    meta = etree.Element("meta")
    ident = etree.SubElement(meta, "identification", source="#councildoc")
    actor = "#" + names["actor"]
    levels = (("FRBRWork", names["work"], names["date"], names["date_name"], actor),
              ("FRBRExpression", names["expression"], names["date"], names["date_name"], actor),
              ("FRBRManifestation", names["manifestation"], today, "generation", "#councildoc"))
    for tag, iri, date, date_name, author in levels:
        level = etree.SubElement(ident, tag)
        this = (names["expression"] + "/!main.akn") if tag == "FRBRManifestation" else iri + "/!main"
        etree.SubElement(level, "FRBRthis", value=xml_safe(this))
        etree.SubElement(level, "FRBRuri", value=xml_safe(iri))
        etree.SubElement(level, "FRBRdate", date=date, name=date_name)
        etree.SubElement(level, "FRBRauthor", href=author)
        if tag == "FRBRWork":
            etree.SubElement(level, "FRBRcountry", value="un")
            etree.SubElement(level, "FRBRnumber", value=xml_safe(names["number"]))
        elif tag == "FRBRExpression":
            etree.SubElement(level, "FRBRlanguage", language=language3(lang or tree.get("language")))
    refs = etree.SubElement(meta, "references", source="#councildoc")
    etree.SubElement(refs, "TLCOrganization", eId=names["actor"],
                     href=f"/akn/ontology/organizations/un/{names['actor']}", showAs=names["actor"])
    etree.SubElement(refs, "TLCOrganization", eId="councildoc",
                     href="/akn/ontology/organizations/councildoc", showAs="councildoc")
    return meta


class _Writer:
    def __init__(self, tree: dict, linker: Linker):
        self.tree = tree
        self.linker = linker
        self.eids = EIds()
        self._assign(tree.get("body", []))
        for note in tree.get("footnotes", []):
            self.eids.of(note.get("id"), "fn")
        self.notes = {n["id"]: n for n in tree.get("footnotes", []) if n.get("id")}
        self.placed: dict[str, str] = {}      # footnote id -> eId of its authorialNote

    def _assign(self, nodes: list) -> None:
        """eIds for every node first, so a reference may point forward."""
        for node in nodes:
            kind = node.get("type", "node")
            eid = self.eids.of(node.get("id"), {"paragraph": "para", "section": "sec"}.get(kind, kind))
            for item in node.get("items") or []:
                self.eids.item(eid, item)
            self._assign(node.get("children", []))

    # -- preface / preamble ----------------------------------------------
    def preface(self, names: dict):
        preface = etree.Element("preface")
        meta = self.tree.get("meta") or {}
        if self.tree.get("symbol"):
            p = etree.SubElement(preface, "p", {"class": "symbol"})
            etree.SubElement(p, "docNumber").text = xml_safe(self.tree["symbol"])
        for line in meta.get("header", []):
            field = line.get("field", "other")
            p = etree.SubElement(preface, "p", {"class": xml_safe(field)})
            tag = _HEADER_ELEMENTS.get(field)
            target = p
            if tag == "docDate" and meta.get("date"):
                target = etree.SubElement(p, "docDate", date=meta["date"])
            elif tag in ("docTitle", "docStage"):
                target = etree.SubElement(p, tag)
            elif tag == "session" and isinstance(meta.get("session"), int):
                target = etree.SubElement(p, "session", value=str(meta["session"]))
            self.inline(target, line.get("text", ""), line.get("spans"))
        if not meta.get("header"):
            etree.SubElement(etree.SubElement(preface, "p"), "docTitle").text = xml_safe(document_title(self.tree))
        return preface

    def split_preamble(self, body: list) -> tuple[list, list]:
        """A resolution's opening paragraphs (its acting body, "The General
        Assembly,", and the preambular paragraphs: ``kind`` ``acting_body`` or
        ``preambular``, or without a kind the unnumbered paragraphs before the
        first numbered one) and the rest."""
        cut = 0
        for node in body:
            if node.get("type") != "paragraph" or not _preambular(node):
                break
            cut += 1
        return body[:cut], body[cut:]

    def preamble(self, paragraphs: list):
        """``formula name="actingBody"`` for the acting body, ``recitals`` for
        the preambular paragraphs."""
        preamble = etree.Element("preamble")
        recitals = None
        for para in paragraphs:
            eid = self.eids.by_id.get(para.get("id"), "recital")
            if para.get("kind") == "acting_body":
                holder, recitals = etree.SubElement(preamble, "formula", name="actingBody", eId=eid), None
            else:
                if recitals is None:
                    recitals = etree.SubElement(preamble, "recitals")
                holder = etree.SubElement(recitals, "recital", eId=eid)
            self.inline(etree.SubElement(holder, "p"), para.get("text", ""), para.get("spans"))
        return preamble

    def conclusions(self, paragraphs: list):
        """The adoption line(s) closing a resolution ("35th plenary meeting …")."""
        conclusions = etree.Element("conclusions")
        for para in paragraphs:
            p = etree.SubElement(conclusions, "p", {"class": "adoption", "eId": self.eids.by_id.get(para.get("id"), "adoption")})
            self.inline(p, para.get("text", ""), para.get("spans"))
        return conclusions

    # -- body -------------------------------------------------------------
    def block(self, parent, node: dict, top: bool = False) -> None:
        kind = node.get("type")
        if kind == "section":
            self.section(parent, node)
        elif kind == "paragraph":
            self.paragraph(parent, node)
        elif kind == "table":
            holder = parent if top else self._hcontainer(parent, node, "table")
            self.table(holder, node)

    def section(self, parent, sec: dict) -> None:
        el = etree.SubElement(parent, "section", eId=self.eids.by_id[sec.get("id") or "section"])
        if sec.get("number"):
            etree.SubElement(el, "num").text = xml_safe(f"{sec['number']}.")
        self.inline(etree.SubElement(el, "heading"), sec.get("heading", ""), sec.get("heading_spans"))
        children = sec.get("children", [])
        for child in children:
            self.block(el, child)
        if not children:
            etree.SubElement(etree.SubElement(el, "content"), "p")

    def paragraph(self, parent, para: dict) -> None:
        eid = self.eids.by_id[para.get("id") or "paragraph"]
        el = etree.SubElement(parent, "paragraph", eId=eid)
        marker = paragraph_marker(para)
        if marker:
            etree.SubElement(el, "num").text = xml_safe(marker)
        items = para.get("items") or []
        if not items:
            self.inline(etree.SubElement(etree.SubElement(el, "content"), "p"), para.get("text", ""), para.get("spans"))
            return
        if para.get("text"):
            self.inline(etree.SubElement(etree.SubElement(el, "intro"), "p"), para["text"], para.get("spans"))
        for item in items:
            point = etree.SubElement(el, "point", eId=self.eids.by_id.get(item.get("id"), eid + "__point"))
            etree.SubElement(point, "num").text = xml_safe(item.get("marker") or f"({item.get('label', '')})")
            self.inline(etree.SubElement(etree.SubElement(point, "content"), "p"), item.get("text", ""),
                        item.get("spans"))

    def _hcontainer(self, parent, node: dict, name: str):
        holder = etree.SubElement(parent, "hcontainer", name=name, eId=self.eids.by_id[node["id"]] + "_container"
                                  if node.get("id") in self.eids.by_id else name)
        return etree.SubElement(holder, "content")

    def table(self, parent, table: dict) -> None:
        el = etree.SubElement(parent, "table", eId=self.eids.by_id.get(table.get("id"), "table"))
        if table.get("caption") is not None:
            self.inline(etree.SubElement(el, "caption"), table["caption"], table.get("caption_spans"))
        head = header_cells(table)
        if head:
            tr = etree.SubElement(el, "tr")
            for cell in head:
                self.cell(tr, "th", cell)
        for row in table.get("rows", []):
            tr = etree.SubElement(el, "tr", {"class": "group"} if row.get("kind") == "group" else {})
            for cell in row.get("cells", []):
                self.cell(tr, "th" if row.get("kind") == "group" else "td", cell)
            if not len(tr):
                etree.SubElement(etree.SubElement(tr, "td"), "p")
        if not el.findall("tr"):
            etree.SubElement(etree.SubElement(etree.SubElement(el, "tr"), "td"), "p")

    def cell(self, tr, tag: str, cell: dict) -> None:
        el = etree.SubElement(tr, tag)
        for attr in ("colspan", "rowspan"):
            if isinstance(cell.get(attr), int) and cell[attr] > 1:
                el.set(attr, str(cell[attr]))
        self.inline(etree.SubElement(el, "p"), cell.get("text", ""), cell.get("spans"))
        if cell.get("table"):
            self.table(el, cell["table"])

    def uncited(self, main) -> None:
        rest = [n for n in self.tree.get("footnotes", []) if n.get("id") not in self.placed]
        if not rest:
            return
        holder = etree.SubElement(main, "hcontainer", name="uncitedNotes", eId="uncitedNotes")
        p = etree.SubElement(etree.SubElement(holder, "content"), "p")
        for note in rest:
            self.note(p, note, str(note.get("number", "")))

    # -- inline -----------------------------------------------------------
    def inline(self, el, text: str, spans) -> None:
        write_inline(el, text, spans, self.marker, self._ref)

    def _ref(self, el, ref: Ref):
        href = self.href(ref)
        return etree.SubElement(el, "ref", href=xml_safe(href)) if href else el

    def href(self, ref: Ref) -> str | None:
        url = self.linker.href(ref.span, ref.link)
        if url and url.startswith("#"):
            return "#" + self.eids.by_id.get(url[1:], url[1:])
        if url and "#" in url and ".akn" in url.split("#")[0] and ":" not in url.split("#")[0]:
            page, fragment = url.split("#", 1)     # another export of this folder: its eId
            return f"{page}#{eid_base(fragment)}"
        if url:
            return url
        span = ref.span
        symbol, _ = split_target(span.get("target", ""))
        if span.get("type") == "xref" and symbol and span.get("kind") in (
                "gb_document", "ilc_document", "un_document", "un_resolution", "un_decision"):
            return f"/akn/un/doc/{actor_of(symbol)}/{symbol.replace('/', '-')}"
        return None

    def marker(self, el, span: dict) -> None:
        note_id = span.get("footnote")
        note = self.notes.get(note_id)
        label = note_label(span)
        if note is None:                      # a marker without its note: kept as printed
            append_text(el, span.get("marker") or label)
        elif note_id in self.placed:
            etree.SubElement(el, "noteRef", href="#" + self.placed[note_id], marker=xml_safe(label))
        else:
            self.note(el, note, label)

    def note(self, el, note: dict, label: str) -> None:
        eid = self.eids.of(note["id"], "fn")
        self.placed[note["id"]] = eid
        an = etree.SubElement(el, "authorialNote", marker=xml_safe(label), placement="bottom", eId=eid)
        self.inline(etree.SubElement(an, "p"), note.get("text", ""), note.get("spans"))


#: elements holding only elements: a line break between their children changes no text
#: (built without a namespace: the root's default namespace declaration puts
#: every element in the AKN namespace when the text is read)
_STRUCTURAL = {t for t in (
    "akomaNtoso", "doc", "statement", "meta", "identification", "FRBRWork", "FRBRExpression", "FRBRManifestation",
    "references", "preface", "preamble", "recitals", "recital", "mainBody", "section", "paragraph", "point",
    "intro", "content", "hcontainer", "table", "tr", "th", "td", "authorialNote", "formula", "conclusions")}


def _line_breaks(root) -> None:
    """One element a line where that adds no text (not pretty_print, which
    would put whitespace inside paragraphs holding only inline elements)."""
    for el in root.iter():
        if el.tag in _STRUCTURAL and len(el):
            el.text = "\n"
            for child in el:
                child.tail = "\n"
