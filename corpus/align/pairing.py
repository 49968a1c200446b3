"""Pair two versions of one document (say English and French).

Every language version numbers its paragraphs, items and footnotes
identically, so those numbers are the first alignment: paragraph 7 pairs with
paragraph 7 (within its article or annex when numbering restarts), its item
(b) with item (b), footnote 3 with footnote 3. What is not numbered (titles
of unnumbered sections, preambles, unnumbered paragraphs, tables) lies
between two numbered anchors and is aligned there by order and length. The
title, summary and header lines pair by field. What does not pair is
reported (:mod:`.unpaired`), never dropped silently.
"""
from __future__ import annotations

from .body import pair_body
from .footnotes import check_cited_footnotes, pair_footnotes
from .header import pair_header
from .lengths import table_ratio
from .model import Alignment, Finding
from .unpaired import report_unpaired


def align_trees(a: dict, b: dict, a_name: str = "A", b_name: str = "B") -> Alignment:
    """Pair the nodes of tree *a* (source) with those of tree *b* (target)."""
    la, lb = a.get("language") or "und", b.get("language") or "und"
    names = (a_name, b_name)
    out = Alignment(la, lb, a.get("symbol") or b.get("symbol"))
    if a.get("symbol") != b.get("symbol"):
        out.findings.append(Finding("warning", "symbol-mismatch",
                                    f"the symbols differ: {a.get('symbol')} in {a_name}, {b.get('symbol')} in {b_name}"))
    if la == lb:
        out.findings.append(Finding("warning", "same-language", f"both versions are in the same language ({la})"))
    pair_header(a, b, out, table_ratio(la, lb))
    ratio = out.ratio = pair_body(a, b, out, names)
    check_cited_footnotes(a, b, out, names)
    pair_footnotes(a, b, out, names, ratio)
    report_unpaired(out, names)
    return out
