"""A tree as one semantic HTML5 page (or the ``<article>`` of one, for the web app).

Why lxml builders: every text of a document goes in as an element's text or
attribute value, which lxml escapes — a document holding ``<script>`` or
``"><img onerror=…>`` renders as inert text; hrefs pass :func:`links.safe_href`
(no ``javascript:``). lxml is already a dependency of the readers.

Page layout: ``<html lang dir>``; the header lines as a ``<dl>``; a table of
contents of the sections; ``<section id="sec-I">`` with ``<h2>``…``<h6>``;
``<p id="p-7" class="para"><span class="num">7.</span> …`` (the number as
printed: ``marker`` when the tree has one); sub-items as ``<ol class="items">``;
tables with ``<caption>``, ``<thead>``, colspan/rowspan, group rows as
``<tr class="group">`` of ``<th>``; footnote markers as
``<sup class="fnref"><a href="#fn-3" id="fnref-3-1">3</a></sup>``; notes in a
closing ``<section class="footnotes">``, each with a back-link to every
marker that cites it. Every ``href="#x"`` has an ``id="x"`` in the page.
"""
from __future__ import annotations

from collections import defaultdict

from lxml import etree, html as lxml_html

from .html_style import CSS
from .grid import header_cells
from .inline import Ref, note_label, write_inline, xml_safe
from .links import Linker
from .labels import header_label, heading_of, paragraph_marker, document_title, is_rtl

__all__ = ["render_html"]


def render_html(tree: dict, *, standalone: bool = True, link_for=None, lang: str | None = None) -> str:
    """The document as HTML: a whole page, or (``standalone=False``) its
    ``<article>`` for embedding. *link_for(xref_span) -> str | None* chooses
    the URL of a cross-reference (see :mod:`.links`); *lang* overrides the
    tree's language."""
    lang = lang or tree.get("language") or "und"
    writer = _Writer(tree, Linker(tree, link_for, lang))
    article = writer.article(lang)
    if not standalone:
        return etree.tostring(article, method="html", encoding="unicode") + "\n"
    page = etree.Element("html", lang=lang)
    if is_rtl(lang):
        page.set("dir", "rtl")
    head = etree.SubElement(page, "head")
    etree.SubElement(head, "meta", charset="utf-8")
    etree.SubElement(head, "meta", name="viewport", content="width=device-width, initial-scale=1")
    etree.SubElement(head, "meta", name="generator", content="councildoc")
    etree.SubElement(head, "title").text = xml_safe(document_title(tree))
    etree.SubElement(head, "style").text = CSS
    etree.SubElement(page, "body").append(article)
    return lxml_html.tostring(page, doctype="<!DOCTYPE html>", encoding="unicode", method="html") + "\n"


class _Writer:
    """One rendering: keeps the footnote markers written so far, for the back-links."""

    def __init__(self, tree: dict, linker: Linker):
        self.tree = tree
        self.linker = linker
        self.markers: dict[str, list[str]] = defaultdict(list)   # footnote id -> fnref ids written
        self.note_ids = {f["id"] for f in tree.get("footnotes", []) if f.get("id")}

    def article(self, lang: str):
        tree = self.tree
        art = etree.Element("article", {"class": "councildoc", "lang": lang})
        if is_rtl(lang):
            art.set("dir", "rtl")
        if tree.get("symbol"):
            art.set("data-symbol", xml_safe(tree["symbol"]))
        self._header(art)
        toc = self._toc(tree.get("body", []))
        if toc is not None:
            art.append(toc)
        for node in tree.get("body", []):
            self._node(art, node)
        self._footnotes(art)
        return art

    # -- header ---------------------------------------------------------
    def _header(self, parent) -> None:
        tree = self.tree
        header = etree.SubElement(parent, "header", {"class": "document"})
        if tree.get("symbol"):
            etree.SubElement(header, "p", {"class": "symbol"}).text = xml_safe(tree["symbol"])
        etree.SubElement(header, "h1").text = xml_safe(document_title(tree))
        lines = tree.get("meta", {}).get("header", [])
        if lines:
            dl = etree.SubElement(header, "dl")
            for line in lines:
                etree.SubElement(dl, "dt", {"data-field": xml_safe(line.get("field", "other"))}).text = \
                    header_label(line.get("field", "other"), tree.get("language"))
                self._inline(etree.SubElement(dl, "dd"), line.get("text", ""), line.get("spans"))

    def _toc(self, body: list):
        entries = self._toc_list(body)
        if entries is None:
            return None
        label = header_label("contents", self.tree.get("language"))
        nav = etree.Element("nav", {"class": "toc", "aria-label": label})
        etree.SubElement(nav, "h2").text = label
        nav.append(entries)
        return nav

    def _toc_list(self, nodes: list):
        sections = [n for n in nodes if n.get("type") == "section"]
        if not sections:
            return None
        ol = etree.Element("ol")
        for sec in sections:
            li = etree.SubElement(ol, "li")
            a = etree.SubElement(li, "a", href="#" + sec["id"]) if sec.get("id") else etree.SubElement(li, "span")
            a.text = xml_safe(heading_of(sec))
            sub = self._toc_list(sec.get("children", []))
            if sub is not None:
                li.append(sub)
        return ol

    # -- body -----------------------------------------------------------
    def _node(self, parent, node: dict) -> None:
        kind = node.get("type")
        if kind == "section":
            self._section(parent, node)
        elif kind == "paragraph":
            self._paragraph(parent, node)
        elif kind == "table":
            self._table(parent, node)

    def _section(self, parent, sec: dict) -> None:
        el = etree.SubElement(parent, "section", _attrs(sec, sec.get("kind")))
        h = etree.SubElement(el, f"h{min(int(sec.get('level', 1)) + 1, 6)}")
        number = sec.get("number")
        if number:
            etree.SubElement(h, "span", {"class": "num"}).text = xml_safe(f"{number}.")
            h[-1].tail = " "
        self._inline(h, sec.get("heading", ""), sec.get("heading_spans"))
        for child in sec.get("children", []):
            self._node(el, child)

    def _paragraph(self, parent, para: dict) -> None:
        cls = "para" if para.get("number") is not None or para.get("marker") else "text"
        if para.get("unclassified"):
            cls += " unclassified"
        if para.get("kind"):
            cls += " " + str(para["kind"])
        p = etree.SubElement(parent, "p", _attrs(para, cls))
        marker = paragraph_marker(para)
        if marker:
            etree.SubElement(p, "span", {"class": "num"}).text = xml_safe(marker)
            p[-1].tail = " "
        self._inline(p, para.get("text", ""), para.get("spans"))
        items = para.get("items") or []
        if items:
            ol = etree.SubElement(parent, "ol", {"class": "items"})
            for item in items:
                li = etree.SubElement(ol, "li", _attrs(item, None))
                etree.SubElement(li, "span", {"class": "label"}).text = \
                    xml_safe(item.get("marker") or f"({item.get('label', '')})")
                li[-1].tail = " "
                self._inline(li, item.get("text", ""), item.get("spans"))

    def _table(self, parent, table: dict) -> None:
        el = etree.SubElement(parent, "table", _attrs(table, None))
        if table.get("caption") is not None:
            self._inline(etree.SubElement(el, "caption"), table["caption"], table.get("caption_spans"))
        head_cells = header_cells(table)
        if head_cells:
            tr = etree.SubElement(etree.SubElement(el, "thead"), "tr")
            for cell in head_cells:
                self._cell(tr, "th", cell, {"scope": "col"})
        tbody = etree.SubElement(el, "tbody")
        for row in table.get("rows", []):
            group = row.get("kind") == "group"
            tr = etree.SubElement(tbody, "tr", {"class": "group"} if group else {})
            for cell in row.get("cells", []):
                self._cell(tr, "th" if group else "td", cell, {"scope": "rowgroup"} if group else {})

    def _cell(self, tr, tag: str, cell: dict, attrs: dict) -> None:
        el = etree.SubElement(tr, tag, attrs)
        for span in ("colspan", "rowspan"):
            if isinstance(cell.get(span), int) and cell[span] > 1:
                el.set(span, str(cell[span]))
        self._inline(el, cell.get("text", ""), cell.get("spans"))
        if cell.get("table"):
            self._table(el, cell["table"])

    # -- notes ----------------------------------------------------------
    def _footnotes(self, parent) -> None:
        notes = self.tree.get("footnotes", [])
        if not notes:
            return
        sec = etree.SubElement(parent, "section", {"class": "footnotes", "role": "doc-endnotes"})
        etree.SubElement(sec, "h2").text = header_label("notes", self.tree.get("language"))
        ol = etree.SubElement(sec, "ol")
        for note in notes:
            li = etree.SubElement(ol, "li", {"id": xml_safe(note["id"]), "value": str(note.get("number", 0))})
            if note.get("kind") == "endnote":
                li.set("class", "endnote")
            p = etree.SubElement(li, "p")
            self._inline(p, note.get("text", ""), note.get("spans"))
            refs = self.markers.get(note["id"], [])
            for k, ref_id in enumerate(refs, 1):
                back = etree.SubElement(p, "a", {"href": "#" + ref_id, "class": "backref", "role": "doc-backlink"})
                back.text = "↩" if len(refs) == 1 else f"↩{k}"

    # -- inline ---------------------------------------------------------
    def _inline(self, el, text: str, spans) -> None:
        """Append *text* with its markers and references to element *el*."""
        write_inline(el, text, spans, self._marker, self._ref)

    def _ref(self, el, ref: Ref):
        href = self.linker.href(ref.span, ref.link)
        return etree.SubElement(el, "a" if href else "span", _ref_attrs(ref.span, href))

    def _marker(self, el, span: dict) -> None:
        sup = etree.SubElement(el, "sup", {"class": "fnref"})
        note_id = span.get("footnote")
        label = xml_safe(note_label(span))
        if note_id not in self.note_ids:      # a marker whose note is missing: shown, not linked
            sup.text = label
            return
        ids = self.markers[note_id]
        ref_id = f"fnref-{note_id[3:]}-{len(ids) + 1}"
        ids.append(ref_id)
        a = etree.SubElement(sup, "a", {"href": "#" + note_id, "id": ref_id, "role": "doc-noteref"})
        a.text = label


def _attrs(node: dict, cls: str | None) -> dict:
    attrs = {}
    if node.get("id"):
        attrs["id"] = xml_safe(str(node["id"]))
    if cls:
        attrs["class"] = xml_safe(cls)
    return attrs


def _ref_attrs(span: dict, href: str | None) -> dict:
    attrs = {"class": "xref" if span.get("type") == "xref" else "link"}
    if href:
        attrs["href"] = xml_safe(href)
    if span.get("kind"):
        attrs["data-kind"] = xml_safe(str(span["kind"]))
    if span.get("target") and span.get("kind") not in ("link", "url"):
        attrs["data-target"] = xml_safe(str(span["target"]))
    return attrs
