"""One document as a page: the ``<article>`` the export renderer writes, with
cross-references pointing into this app when the index holds their target,
and the check findings placed at the nodes they concern.

The references' targets are looked up once per page (one query for every
symbol the document cites), not once per reference.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..check import check_tree
from ..export.html import render_html
from .findings_inline import place_findings
from .store import Doc, Store
from .urls import doc_url

#: xref kinds whose target names (or starts with) another document's symbol
_DOCUMENT_KINDS = {"gb_document", "ilc_document", "un_document", "un_resolution", "un_decision",
                   "paragraph", "draft_decision", "appendix", "footnote"}


@dataclass
class Rendered:
    article: str                    # HTML, escaped by the renderer
    findings: list = field(default_factory=list)
    unplaced: list = field(default_factory=list)


def cited_symbols(tree: dict) -> set[str]:
    """Every other document's symbol an xref of *tree* names."""
    out: set[str] = set()
    stack: list = [tree.get("meta", {}).get("header", []), tree.get("body", []), tree.get("footnotes", [])]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            if value.get("type") == "xref" and value.get("kind") in _DOCUMENT_KINDS:
                symbol = str(value.get("target", "")).partition("#")[0]
                if symbol:
                    out.add(symbol)
            stack.extend(v for v in value.values() if isinstance(v, (dict, list)))
        elif isinstance(value, list):
            stack.extend(v for v in value if isinstance(v, (dict, list)))
    out.discard(tree.get("symbol") or "")
    return out


def make_link_for(held: dict[str, list[str]], lang: str):
    """The renderer's ``link_for``: a reference to a document the index holds
    goes to its page here (in *lang* when that version exists), with the
    paragraph or note anchor kept; anything else is left to the renderer
    (the official page where one can be derived, else plain text)."""
    def link_for(span: dict) -> str | None:
        if span.get("type") != "xref" or span.get("kind") not in _DOCUMENT_KINDS:
            return None
        symbol, _, fragment = str(span.get("target", "")).partition("#")
        langs = held.get(symbol)
        if not langs:
            return None
        return doc_url(symbol, lang if lang in langs else langs[0], fragment or None)
    return link_for


def render_document(store: Store, doc: Doc, tree: dict) -> Rendered:
    held = store.held(cited_symbols(tree))
    article = render_html(tree, standalone=False, link_for=make_link_for(held, doc.language),
                          lang=doc.language)
    findings = check_tree(tree, doc.symbol or doc.source or "document")
    article, unplaced = place_findings(article, findings)
    return Rendered(article, findings, unplaced)
