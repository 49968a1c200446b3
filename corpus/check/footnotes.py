"""Footnote checks.

The parser already diagnoses most footnote defects while it links markers to
bodies (missing body, uncited body, order, duplicates, gaps, empty bodies);
those diagnostics are taken over as findings so that the two never disagree.
Added here: markers placed where the layout does not allow them (in a heading;
in a table of a plain-text document, whose layout has no table notes) and a
marker cited again after later ones (usually a typo for another number).
"""
from __future__ import annotations

from .findings import PARSER_CODES, Finding
from ...parser.model import Site

_SUGGEST = {
    "footnote-missing-body": "add the footnote body or remove the marker",
    "footnote-uncited": "cite the footnote in the text or remove its body",
    "footnote-out-of-order": "renumber the footnotes in reading order",
    "footnote-duplicate": "give each footnote body its own number",
    "footnote-number-gap": "renumber the footnotes or restore the missing one",
    "footnote-empty": "write the footnote text or remove the footnote",
}


def _gap_place(tree: dict, diag: dict) -> tuple[int | None, str | None]:
    """A gap found by an older parser has no place; put it on the first body
    after the gap, read from the diagnostic's data (never from its message)."""
    last = (diag.get("data") or {}).get("last")
    after = [fn for fn in tree.get("footnotes", []) if last is not None and fn["number"] > last]
    if not after:
        return None, None
    fn = min(after, key=lambda f: f["number"])
    return (fn.get("lines") or [None])[0], fn["id"]


def parser_findings(tree: dict, file: str) -> list[Finding]:
    out = []
    for d in tree.get("diagnostics", []):
        if d["code"] not in PARSER_CODES:
            continue
        line, node = d.get("line"), d.get("node")
        if line is None and d["code"] == "footnote-number-gap":
            line, node = _gap_place(tree, d)
        out.append(Finding(file, line, node, d["code"], d["level"], d["message"], _SUGGEST.get(d["code"]),
                           d.get("data")))
    return out


def placement_findings(sites: list[Site], file: str, fmt: str) -> list[Finding]:
    out = []
    for site in sites:
        for s in site.spans:
            if s.get("type") != "footnote_ref":
                continue
            line = site.line_at(s["start"])
            if site.where == "heading":
                out.append(Finding(file, line, site.node, "footnote-in-heading", "warning",
                                   f"footnote marker {s['number']} is in the heading \"{_short(site.text)}\"",
                                   "move the marker into the first paragraph of the section"))
            elif site.where == "table" and fmt == "text":
                out.append(Finding(file, line, site.node, "footnote-in-table", "warning",
                                   f"footnote marker {s['number']} is inside table {site.node}; "
                                   "the plain-text layout has no table notes",
                                   "check that the marker belongs to the table, or move it to the paragraph that cites the table"))
    return out


def repeat_findings(sites: list[Site], file: str) -> list[Finding]:
    """A marker number seen again after a higher one (``¹ … ² … ¹``)."""
    out = []
    highest = 0
    seen: set[int] = set()
    for site in sites:
        if site.where == "footnote":
            continue
        for s in site.spans:
            if s.get("type") != "footnote_ref":
                continue
            n = s["number"]
            if n in seen and n < highest:
                out.append(Finding(file, site.line_at(s["start"]), site.node, "footnote-marker-repeated", "info",
                                   f"footnote {n} is cited again after footnote {highest}",
                                   "check whether another footnote number was meant"))
            seen.add(n)
            highest = max(highest, n)
    return out


def _short(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def check(tree: dict, sites: list[Site], file: str) -> list[Finding]:
    fmt = tree.get("source", {}).get("format", "text")
    return parser_findings(tree, file) + placement_findings(sites, file, fmt) + repeat_findings(sites, file)
