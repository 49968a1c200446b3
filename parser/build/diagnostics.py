"""The last passes: paragraph numbering, then every diagnostic placed on its
node and put in line order."""
from __future__ import annotations

import bisect
import re

from ..messages import Message
from ..model.texts import walk_nodes


def paragraph_numbering(body: list) -> list[Message]:
    """A number seen again; a number that does not follow the one before —
    per numbering scope: the document, and each annex, appendix or article
    (:func:`numbering_scope`), which numbers its paragraphs from 1 again.
    Section-numbered paragraphs (``25.1``, ``25.2``) run by their last part.
    Numbering that starts again at 1 inside a scope starts a new run."""
    out: list[Message] = []
    state: dict = {}                               # scope → (previous, seen)
    for scope, node in _numbered(body, ""):
        printed = node["number"]
        prev, seen = state.get(scope, (None, set()))
        number = printed
        if isinstance(printed, str):
            head, _, last = printed.rpartition(".")
            number = (head, int(last))
            if not isinstance(prev, tuple) or prev[0] != head:
                prev = None
        elif isinstance(prev, tuple):
            prev = None
        line, pid = node["lines"][0], node["id"]
        if seen and _first(number) and prev is not None:
            # numbering that starts again at 1 (a list after a lead-in line, an unmarked
            # annex) opens a new run: one warning, not an error for every number after it
            out.append(Message("warning", "paragraph-numbering-restart",
                               f"paragraph numbering starts again at {printed} after paragraph {_printed(prev)}",
                               line, pid, {"number": printed, "previous": _printed(prev)}))
            seen = set()
        elif number in seen:
            out.append(Message("error", "paragraph-number-repeat", f"paragraph number {printed} appears again",
                               line, pid, {"number": printed}))
        elif prev is not None and number != _following(prev):
            out.append(Message("warning", "paragraph-number-gap",
                               f"paragraph {printed} follows paragraph {_printed(prev)}",
                               line, pid, {"number": printed, "previous": _printed(prev)}))
        seen.add(number)
        state[scope] = (number, seen)
    return out


_ARTICLE = re.compile(r"^(?:Article|Artículo|Artikel|Articolo|Recommendation|Recommandation|Recomendación|"
                      r"Aanbeveling|Convention|Convenio|Verdrag)\s+(?:No\.\s*|n[°º]\s*|núm\.\s*)?\d"
                      r"|^第[一二三四五六七八九十百零\d]{1,6}条")


def numbering_scope(section: dict) -> bool:
    """Sections that number their paragraphs from 1 again: an annex or
    appendix, an article of a convention (``Article 9``, ``第九条``), and an
    instrument printed after another (``Recommendation 152``)."""
    return section.get("kind") == "appendix" or bool(_ARTICLE.match(section.get("heading") or ""))


def _numbered(nodes: list, scope: str):
    for node in nodes:
        if node["type"] == "section":
            yield from _numbered(node["children"], node["id"] if numbering_scope(node) else scope)
        elif node["type"] == "paragraph" and node.get("number") is not None:
            yield scope, node


def _first(number) -> bool:
    return number == 1 or isinstance(number, tuple) and number[1] == 1


def _following(prev):
    return (prev[0], prev[1] + 1) if isinstance(prev, tuple) else prev + 1


def _printed(prev):
    return f"{prev[0]}.{prev[1]}" if isinstance(prev, tuple) else prev


def finish(diags: list[Message], body: list) -> list[dict]:
    """The tree's diagnostics: each one reported by line only gets the node
    that holds the line; all in line order."""
    attach_nodes(diags, body)
    diags.sort(key=lambda d: (d.line if d.line is not None else 0))
    return [d.as_dict() for d in diags]


def attach_nodes(diags: list[Message], body: list) -> None:
    pending = [d for d in diags if d.node is None and d.line is not None]
    if not pending:
        return
    spans = [(n["lines"][0], n["lines"][1], n["id"]) for n in walk_nodes(body, nested=False)
             if n["type"] != "section" and "lines" in n]
    firsts = [first for first, _, _ in spans]
    if all(spans[k][1] < spans[k + 1][0] for k in range(len(spans) - 1)):
        # disjoint and in order (the text reader): binary search, not a scan per diagnostic
        for d in pending:
            k = bisect.bisect_right(firsts, d.line) - 1
            if k >= 0 and spans[k][0] <= d.line <= spans[k][1]:
                d.node = spans[k][2]
        return
    for d in pending:
        for first, last, nid in spans:
            if first <= d.line <= last:
                d.node = nid
                break
