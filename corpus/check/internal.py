"""References inside the document that point nowhere: ``第 50 段`` in a
47-paragraph document, an appendix the document does not have, a footnote
number with no body.

The reference finder (``parser/xrefs``) records them as ``xref`` spans whose
target starts with ``#`` (``#p-50``, ``#p-25-35``, ``#p-9(b)``, ``#appendix-I``,
``#annex``, ``#fn-3``). This module resolves each target against the node ids
of the tree itself, so the check does not depend on whether the parser
resolved them already.

The level is warning, like the parser's own ``xref-unresolved`` diagnostic:
the references are mined from running text, so a few may be misread (an
explicit ``#…`` link anchor that names no node is an error, in links.py)."""
from __future__ import annotations

import re

from .findings import Finding
from .sites import Site

INTERNAL_KINDS = ("paragraph", "appendix", "draft_decision", "footnote")
_PARA = re.compile(r"^p-(\d+)(?:-(\d+))?(?:\(([a-z]{1,3}|[ivx]{1,5})\)|-([a-z]{1,3}))?$")
_APPX = re.compile(r"^(appendix|annex)(?:-(\w+))?$", re.I)
#: anchors in the tree's own id scheme; other anchors are bookmarks of the source
NODE_ID = re.compile(r"^(?:p-\d|u-\d|sec-|fn-|table-|appendix|annex)")


def _appendix_ids(ids: set[str]) -> list[str]:
    return sorted(i for i in ids if i.startswith(("appendix", "annex")))


def _paragraph_range(tree_numbers: list[int]) -> str:
    if not tree_numbers:
        return "the document has no numbered paragraphs"
    if len(tree_numbers) == 1:
        return f"the document has only paragraph {tree_numbers[0]}"
    return f"the document's paragraphs are numbered {min(tree_numbers)}–{max(tree_numbers)}"


def unresolved(anchor: str, ids: set[str], para_numbers: list[int]) -> tuple[str, str | None] | None:
    """None when ``#anchor`` resolves; else (what is missing, suggestion)."""
    if anchor in ids:
        return None
    m = _PARA.match(anchor)
    if m:
        first, last, sub = m.group(1), m.group(2), m.group(3) or m.group(4)
        missing = [n for n in (first, last) if n and f"p-{n}" not in ids]
        if missing:
            what = " and ".join(f"paragraph {n}" for n in missing)
            return f"{what} does not exist" if len(missing) == 1 else f"{what} do not exist", _paragraph_range(para_numbers)
        if sub and not last and f"p-{first}-{sub}" not in ids:
            return f"paragraph {first} has no item ({sub})", None
        return None
    m = _APPX.match(anchor)
    if m:
        appendices = _appendix_ids(ids)
        if not appendices:
            return "the document has no appendix", None
        if not m.group(2):
            return None
        number = m.group(2)
        if any(a.lower().endswith(f"-{number.lower()}") for a in appendices):
            return None
        if appendices == ["appendix"] and number.upper() in ("I", "1"):
            return None                     # "Appendix I" of a document with one appendix
        return f"appendix {number} does not exist", "the document's appendices: " + ", ".join(appendices)
    if anchor.startswith("fn-"):
        return f"footnote {anchor[3:]} does not exist", None
    return f"#{anchor} is no node of this document", None


def check(tree: dict, sites: list[Site], file: str, ids: set[str], para_numbers: list[int]) -> list[Finding]:
    own = tree.get("symbol")
    out = []
    for site in sites:
        anchors = [(s["start"], s["end"]) for s in site.spans
                   if s.get("type") == "link" and s.get("href", "").strip().startswith("#")]
        for s in site.spans:
            if s.get("type") != "xref" or s.get("kind") not in INTERNAL_KINDS:
                continue
            target = s.get("target", "")
            if own and target.startswith(own + "#"):
                target = target[len(own):]     # "GB.340/INS/6 号文件第 50 段" inside GB.340/INS/6
            if not target.startswith("#"):
                continue                   # names another document: see corpus_refs
            if any(a <= s["start"] and s["end"] <= b for a, b in anchors):
                continue                   # the text of a '#…' link: the link check reports it
            problem = unresolved(target[1:], ids, para_numbers)
            if problem:
                what, suggestion = problem
                surface = site.text[s["start"]:s["end"]]
                out.append(Finding(file, site.line_at(s["start"]), site.node, "xref-internal-unresolved", "warning",
                                   f"\"{surface}\" refers to {target}: {what}", suggestion))
    return out
