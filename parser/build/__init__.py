"""The tree builder: the layout stage's :class:`~parser.blocks.Document` → the JSON tree.

Named passes, each a small function with its own tests, in this order:
sections and ids (:mod:`.body`, :mod:`.ids`; the header in :mod:`.header`)
→ footnote nodes and links (:mod:`.footnotes`) → cross-references
(:mod:`.references`) → internal resolution (:mod:`parser.xrefs.resolve`)
→ diagnostics (:mod:`.diagnostics`). The id a pass assigns is the id every
later pass uses; passes share nothing but the tree and the list of messages.
Inconsistencies (missing or uncited footnotes, numbering gaps…) become
diagnostics instead of silent guesses.
"""
from __future__ import annotations

from ..blocks import Document
from ..limits import check_document
from ..model.texts import text_sites
from ..version import SCHEMA_VERSION, __version__
from .. import xrefs
from .body import build_body
from .diagnostics import finish, paragraph_numbering
from .footnotes import build_footnotes, link_footnotes
from .header import build_meta
from .ids import Ids
from .references import add_references

__all__ = ["build_tree"]


def build_tree(doc: Document) -> dict:
    check_document(doc)
    ids = Ids()
    diags = list(doc.diagnostics)
    council = xrefs.council_of(doc.symbol, doc.meta)     # body of sessions cited without one
    meta, symbol, inferred = build_meta(doc, diags)
    body = build_body(doc, ids, diags)
    footnotes, first_body = build_footnotes(doc, ids, diags)
    tree = {
        "schema_version": SCHEMA_VERSION,
        "converter_version": __version__,
        "source": _source(doc),
        "symbol": symbol,
        "symbol_inferred": inferred,
        "language": doc.language,
        "meta": meta,
        "body": body,
        "footnotes": footnotes,
        "furniture": [{"kind": f.kind, "line": f.line, "text": f.text, "node": f.node} for f in doc.furniture],
        "diagnostics": [],
    }
    sites = text_sites(tree, summary=True)              # every text, walked once for the passes below
    diags += link_footnotes(tree, first_body, sites)
    diags += paragraph_numbering(body)
    add_references(tree, council, sites)
    footnotes.sort(key=lambda n: n["number"])
    diags += xrefs.resolve_internal(tree, _footnotes_by_number(sites, footnotes))
    tree["diagnostics"] = finish(diags, body)
    return tree


def _footnotes_by_number(sites: list, footnotes: list) -> list:
    """The sites in the tree's order once its footnotes are sorted by number."""
    rank = {n["id"]: k for k, n in enumerate(footnotes)}
    notes = [s for s in sites if s.where == "footnote"]
    return [s for s in sites if s.where != "footnote"] + sorted(notes, key=lambda s: rank[s.node])


def _source(doc: Document) -> dict:
    src = {"path": doc.path, "format": doc.format, "sha256": doc.sha256}
    if doc.encoding:
        src["encoding"] = doc.encoding
    if doc.size is not None:
        src["bytes"] = doc.size
    return src
