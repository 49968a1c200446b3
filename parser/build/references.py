"""The cross-reference pass: ``xref`` spans added to every text of the tree
(header lines, summary, headings, paragraphs, items, captions, cells, nested
tables, footnotes), then each text's spans in order. All texts go to the
reference finder in one call, so that it prepares the document once
(:mod:`parser.xrefs.document`)."""
from __future__ import annotations

from ..model.texts import text_sites
from ..xrefs.document import find_in_texts


def _order(s: dict) -> tuple:
    return (s["start"], s["end"], s["type"])


def add_references(tree: dict, council: str | None, sites: list | None = None) -> None:
    sites = text_sites(tree, summary=True) if sites is None else sites
    links = [[s for s in site.spans if s["type"] == "link"] for site in sites]
    found = find_in_texts([site.text for site in sites], links, tree["language"], council)
    for site, spans in zip(sites, found):
        if spans:
            site.spans.extend(spans)
        site.spans.sort(key=_order)     # in place: a header cell's list is shared with header_cells
