"""The cross-reference pass: ``xref`` spans added to every text of the tree
(header lines, summary, headings, paragraphs, items, captions, cells, nested
tables, footnotes), then each text's spans in order."""
from __future__ import annotations

from .. import xrefs
from ..model.texts import text_sites


def _order(s: dict) -> tuple:
    return (s["start"], s["end"], s["type"])


def add_references(tree: dict, council: str | None, sites: list | None = None) -> None:
    lang = tree["language"]
    for site in text_sites(tree, summary=True) if sites is None else sites:
        spans = site.spans
        found = xrefs.find_references(site.text, lang, council=council,
                                      links=[s for s in spans if s["type"] == "link"]) if site.text else []
        spans.extend(found)
        spans.sort(key=_order)          # in place: a header cell's list is shared with header_cells
