"""One document as a page: the ``<article>`` the export renderer writes, with
cross-references pointing into this app when the index holds their target,
and the check findings placed at the nodes they concern.

Each symbol a reference names is looked up once per rendering; the result
is kept (a few pages) until the document or the index changes.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
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


def make_link_for(store: Store, lang: str):
    """The renderer's ``link_for``: a reference to a document the index holds
    goes to its page here (in *lang* when that version exists), with the
    paragraph or note anchor kept; anything else is left to the renderer
    (the official page where one can be derived, else plain text). Each
    symbol is looked up once per page."""
    known: dict[str, list[str]] = {}

    def link_for(span: dict) -> str | None:
        if span.get("type") != "xref" or span.get("kind") not in _DOCUMENT_KINDS:
            return None
        symbol, _, fragment = str(span.get("target", "")).partition("#")
        if not symbol:
            return None
        if symbol not in known:
            known[symbol] = store.held({symbol}).get(symbol, [])
        langs = known[symbol]
        if not langs:
            return None
        return doc_url(symbol, lang if lang in langs else langs[0], fragment or None)
    return link_for


_CACHE: OrderedDict[tuple, Rendered] = OrderedDict()
_CACHE_SIZE = 8
_LOCK = threading.Lock()


def render_document(store: Store, doc: Doc, tree: dict) -> Rendered:
    """The page body of *doc*. Kept for the next request while neither the
    document nor the index changes (links depend on what the index holds)."""
    key = (store.path, doc.id, doc.digest, store.version())
    with _LOCK:
        if key in _CACHE:
            _CACHE.move_to_end(key)
            return _CACHE[key]
    article = render_html(tree, standalone=False, link_for=make_link_for(store, doc.language),
                          lang=doc.language)
    findings = check_tree(tree, doc.symbol or doc.source or "document")
    article, unplaced = place_findings(article, findings)
    rendered = Rendered(article, findings, unplaced)
    with _LOCK:
        _CACHE[key] = rendered
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return rendered
