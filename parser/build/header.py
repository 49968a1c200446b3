"""The header pass: ``meta`` of the tree (header fields, header lines with
their spans, the summary, related documents) and the document's symbol."""
from __future__ import annotations

from ..blocks import Document, Inline
from ..messages import Message
from .. import xrefs

RELATED_KINDS = ("gb_document", "ilc_document", "un_document", "un_resolution", "un_decision")


def build_meta(doc: Document, diags: list) -> tuple[dict, str | None, bool]:
    """(meta, symbol, whether the symbol was inferred). Texts keep their
    reader spans; the cross-reference pass adds the rest."""
    meta = dict(doc.meta)
    summary = meta.get("summary")
    if isinstance(summary, Inline):
        meta["summary"] = {"text": summary.text, "spans": list(summary.spans)}
    if doc.related is not None:
        related = [s["target"] for s in xrefs.find_references(doc.related.text, doc.language)
                   if s["kind"] in RELATED_KINDS]
        meta["related_documents"] = list(dict.fromkeys(related))
    meta["header"] = [{"field": h.field, "line": h.line, "text": h.content.text, "spans": list(h.content.spans)}
                      for h in doc.header]
    symbol, inferred = _symbol(doc, meta)
    if inferred:
        diags.append(Message("info", "symbol-inferred",
                             f"no symbol line; symbol {symbol} inferred from session, segment and agenda item",
                             data={"symbol": symbol}))
    return meta, symbol, inferred


def _symbol(doc: Document, meta: dict) -> tuple[str | None, bool]:
    if doc.symbol:
        return doc.symbol, False
    session, code, item = meta.get("session"), meta.get("segment_code"), meta.get("agenda_item")
    if session and code and item and item.get("number") is not None:
        return f"GB.{session}/{code}/{item['number']}", True
    return None, False
