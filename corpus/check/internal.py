"""References inside the document that point nowhere: ``第 50 段`` in a
47-paragraph document, an appendix the document does not have, a footnote
number with no body.

The reference finder (``parser/xrefs``) records them as ``xref`` spans whose
target starts with ``#`` (``#p-50``, ``#p-25-35``, ``#p-9(b)``, ``#appendix-I``,
``#annex``, ``#fn-3``). This module resolves each target with the parser's own
resolver (:mod:`parser.xrefs.resolve`) against the tree itself, so the check
does not depend on whether the tree it reads was resolved already, and the two
never disagree.

The level is warning, like the parser's own ``xref-unresolved`` diagnostic:
the references are mined from running text, so a few may be misread (an
explicit ``#…`` link anchor that names no node is an error, in links.py)."""
from __future__ import annotations

import re

from .findings import Finding
from ...parser.model import Site
from ...parser.xrefs.resolve import Resolver, internal_fragment

#: anchors in the tree's own id scheme; other anchors are bookmarks of the source
NODE_ID = re.compile(r"^(?:p-\d|u-\d|sec-|fn-|table-|appendix|annex)")


def check(tree: dict, sites: list[Site], file: str) -> list[Finding]:
    own = tree.get("symbol")
    resolver = None
    out = []
    for site in sites:
        anchors = [(s["start"], s["end"]) for s in site.spans
                   if s.get("type") == "link" and s.get("href", "").strip().startswith("#")]
        for s in site.spans:
            fragment = internal_fragment(s, own)
            if fragment is None:
                continue                   # not internal, or names another document: see corpus_refs
            if any(a <= s["start"] and s["end"] <= b for a, b in anchors):
                continue                   # the text of a '#…' link: the link check reports it
            resolver = resolver or Resolver.from_tree(tree)
            found = resolver.resolve(fragment)
            if found.node is None:
                surface = site.text[s["start"]:s["end"]]
                out.append(Finding(file, site.line_at(s["start"]), site.node, "xref-internal-unresolved", "warning",
                                   f"\"{surface}\" refers to #{fragment}: {found.problem}", found.suggestion,
                                   {"target": "#" + fragment}))
    return out


def unresolved(anchor: str, ids: set[str], para_numbers: list[int] | None = None) -> tuple[str, str | None] | None:
    """None when ``#anchor`` names a node of a document known by its node ids;
    else (what is missing, suggestion). *para_numbers* is not needed any more
    (the ids say it) and kept for callers."""
    found = Resolver.from_ids(ids).resolve(anchor)
    return None if found.node is not None else (found.problem, found.suggestion)
