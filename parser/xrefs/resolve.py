"""The one internal-reference resolver, used by the builder and by ``check``.

Internal targets (``#p-10``, ``#p-25-35``, ``#p-9(b)``, ``#appendix-I``,
``#annex``, ``#fn-3``) → the id of the node they point to, or why nothing
matches. The builder stores the id as ``resolved`` on the span (null when
nothing matches) and reports an ``xref-unresolved`` warning for each one that
points nowhere; ``check`` reports the same references as findings with the
explanation and a suggestion. Every text of the tree is visited, nested
tables included (:func:`parser.model.text_sites`).

A target prefixed with another document (``GB.341/INS/7#p-53``) is external
and left alone; one prefixed with the tree's own symbol is internal.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..messages import Message
from ..model.texts import node_index, text_sites, walk_nodes

INTERNAL_KINDS = ("paragraph", "draft_decision", "appendix", "footnote")
_PARA = re.compile(r"p-(\d+)(?:-(\d+))?(?:\(([a-z]{1,3}|[ivx]{1,5})\)|-([a-z]{1,3}))?")
_APPX = re.compile(r"(?:appendix|annex)(?:-(\w+))?", re.I)
_FN = re.compile(r"fn-(\d+)")
# node ids a reference can name: p-7, p-7-b (item), fn-3, appendix, appendix-II, annex-2
_ID = re.compile(r"p-(?P<p>\d+)(?:-(?P<item>[a-z]{1,3}|[ivx]{1,5}))?|fn-(?P<fn>\d+)"
                 r"|(?:appendix|annex)(?:-(?P<appx>\w+))?")


@dataclass(slots=True)
class Resolution:
    node: str | None               # the id pointed to, None when nothing matches
    problem: str | None = None     # what is missing ("paragraph 50 does not exist")
    suggestion: str | None = None  # what the document has instead


def internal_fragment(span: dict, symbol: str | None) -> str | None:
    """``p-10`` of an internal xref span (``#p-10``, or ``GB.340/INS/6#p-10``
    inside GB.340/INS/6); None for other spans and external references."""
    if span.get("type") != "xref" or span.get("kind") not in INTERNAL_KINDS:
        return None
    prefix, _, fragment = span.get("target", "").partition("#")
    if prefix and prefix != symbol:
        return None
    return fragment


class Resolver:
    """Node ids of one document by what a reference names: built from its tree
    (:meth:`from_tree`) or, for a document of a corpus known only by its node
    ids, from those (:meth:`from_ids`)."""

    def __init__(self, ids: set, paras: dict, items: dict, appendices: list, footnotes: dict):
        self.ids = ids                      # every node id: an exact id always resolves
        self.paras = paras                  # number → id of the first paragraph so numbered
        self.items = items                  # (paragraph number, label) → id
        self.appendices = appendices        # [(id, number or None)] in document order
        self.footnotes = footnotes          # number → id

    @classmethod
    def from_tree(cls, tree: dict) -> "Resolver":
        paras: dict[int, str] = {}
        items: dict[tuple[int, str], str] = {}
        appendices = []
        for node in walk_nodes(tree.get("body", [])):
            if node["type"] == "section" and node.get("kind") == "appendix":
                appendices.append((node["id"], node.get("number")))
            elif node["type"] == "paragraph" and node.get("number") is not None:
                paras.setdefault(node["number"], node["id"])
                for it in node.get("items", []):
                    items.setdefault((node["number"], it["label"]), it["id"])
        footnotes = {n["number"]: n["id"] for n in tree.get("footnotes", [])}
        return cls(set(node_index(tree)), paras, items, appendices, footnotes)

    @classmethod
    def from_ids(cls, ids) -> "Resolver":
        paras, items, appendices, footnotes = {}, {}, [], {}
        for i in sorted(ids):
            m = _ID.fullmatch(i)
            if m is None:
                continue
            if m["p"] and not m["item"]:
                paras[int(m["p"])] = i
            elif m["p"]:
                items[(int(m["p"]), m["item"])] = i
            elif m["fn"]:
                footnotes[int(m["fn"])] = i
            else:
                appendices.append((i, m["appx"]))
        return cls(set(ids), paras, items, appendices, footnotes)

    def resolve(self, fragment: str) -> Resolution:
        if fragment in self.ids:
            return Resolution(fragment)
        m = _PARA.fullmatch(fragment)
        if m:
            return self._paragraph(int(m[1]), m[2] and int(m[2]), m[3] or m[4])
        m = _APPX.fullmatch(fragment)
        if m:
            return self._appendix(m[1])
        m = _FN.fullmatch(fragment)
        if m:
            fid = self.footnotes.get(int(m[1]))
            return Resolution(fid, None if fid else f"footnote {m[1]} does not exist")
        return Resolution(None, f"#{fragment} is no node of this document")

    def _paragraph(self, first: int, last: int | None, item: str | None) -> Resolution:
        missing = [n for n in (first, last) if n is not None and n not in self.paras]
        if missing:
            what = " and ".join(f"paragraph {n}" for n in missing)
            verb = "does not exist" if len(missing) == 1 else "do not exist"
            return Resolution(None, f"{what} {verb}", self._paragraph_range())
        if item and last is None:
            iid = self.items.get((first, item))
            return Resolution(iid, None if iid else f"paragraph {first} has no item ({item})")
        return Resolution(self.paras[first])

    def _paragraph_range(self) -> str:
        numbers = sorted(self.paras)
        if not numbers:
            return "the document has no numbered paragraphs"
        if len(numbers) == 1:
            return f"the document has only paragraph {numbers[0]}"
        return f"the document's paragraphs are numbered {numbers[0]}–{numbers[-1]}"

    def _appendix(self, number: str | None) -> Resolution:
        if not self.appendices:
            return Resolution(None, "the document has no appendix")
        if number is None:
            return Resolution(self.appendices[0][0])
        for aid, printed in self.appendices:
            if (printed or "").upper() == number.upper():
                return Resolution(aid)
        if len(self.appendices) == 1 and not self.appendices[0][1] and number.upper() in ("I", "1"):
            return Resolution(self.appendices[0][0])        # "Appendix I" of a document with one appendix
        return Resolution(None, f"appendix {number} does not exist",
                          "the document's appendices: " + ", ".join(aid for aid, _ in self.appendices))


def resolve_internal(tree: dict, sites: list | None = None) -> list[Message]:
    """Set ``resolved`` on every internal xref of *tree* (of its *sites*, when
    the caller has them); return an ``xref-unresolved`` warning for each one
    that points nowhere."""
    resolver = None
    symbol = tree.get("symbol")
    diags = []
    for site in text_sites(tree, summary=True) if sites is None else sites:
        for s in site.spans:
            fragment = internal_fragment(s, symbol)
            if fragment is None:
                continue
            if resolver is None:
                resolver = Resolver.from_tree(tree)
            s["resolved"] = resolver.resolve(fragment).node
            if s["resolved"] is None:
                surface = site.text[s["start"]:s["end"]]
                node = None if site.node == "meta" else site.node     # a header line is no node of the body
                diags.append(Message("warning", "xref-unresolved",
                                     f"{s['kind'].replace('_', ' ')} reference “{surface}” ({s['target']}) "
                                     f"points to nothing in this document", site.line, node,
                                     {"target": s["target"], "kind": s["kind"]}))
    return diags
