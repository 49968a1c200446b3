"""The tree post-pass: internal targets (``#p-10``, ``#p-25-35``, ``#p-9(b)``,
``#appendix-I``, ``#annex``, ``#fn-3``) → the id of the node they point to,
stored as ``resolved`` on the span (null when nothing matches), and a
``xref-unresolved`` warning for each one that points nowhere, so a reader
checking the document sees the broken reference instead of a silent guess.

A target prefixed with another document (``GB.341/INS/7#p-53``) is external
and left alone; one prefixed with the tree's own symbol is internal.
"""
from __future__ import annotations

import re

_INTERNAL_KINDS = ("paragraph", "draft_decision", "appendix", "footnote")
_PARA = re.compile(r"p-(\d+)(?:-(\d+))?(?:\(([a-z])\))?")
_APPX = re.compile(r"(?:appendix|annex)(?:-(\w+))?")
_FN = re.compile(r"fn-(\d+)")


def _owners(tree: dict):
    """(spans, text, node id, line) of every text of the tree."""
    meta = tree.get("meta") or {}
    for h in meta.get("header", []):
        yield h["spans"], h["text"], None, h["line"]
    summary = meta.get("summary")
    if isinstance(summary, dict):
        line = next((h["line"] for h in meta.get("header", []) if h["field"] == "summary"), None)
        yield summary["spans"], summary["text"], None, line
    stack = list(reversed(tree.get("body", [])))
    while stack:
        node = stack.pop()
        line = (node.get("lines") or [None])[0]
        if node["type"] == "section":
            yield node.get("heading_spans", []), node["heading"], node["id"], line
            stack.extend(reversed(node["children"]))
        elif node["type"] == "paragraph":
            yield node["spans"], node["text"], node["id"], line
            for it in node.get("items", []):
                yield it["spans"], it["text"], it["id"], (it.get("lines") or [line])[0]
        elif node["type"] == "table":
            if node.get("caption") is not None:
                yield node.get("caption_spans", []), node["caption"], node["id"], line
            for text, spans in zip(node.get("header", []), node.get("header_spans", [])):
                yield spans, text, node["id"], line
            for row in node.get("rows", []):
                for cell in row["cells"]:
                    yield cell["spans"], cell["text"], node["id"], row.get("line", line)
    for note in tree.get("footnotes", []):
        yield note["spans"], note["text"], note["id"], (note.get("lines") or [None])[0]


class _Index:
    """Node ids of the tree by what a reference names."""

    def __init__(self, tree: dict):
        self.paras: dict[int, str] = {}
        self.items: dict[tuple[int, str], str] = {}
        self.appendices: list[dict] = []
        self.footnotes = {n["number"]: n["id"] for n in tree.get("footnotes", [])}
        stack = list(tree.get("body", []))
        while stack:
            node = stack.pop()
            if node["type"] == "section":
                if node.get("kind") == "appendix":
                    self.appendices.append(node)
                stack.extend(node["children"])
            elif node["type"] == "paragraph" and node.get("number") is not None:
                self.paras.setdefault(node["number"], node["id"])
                for it in node.get("items", []):
                    self.items.setdefault((node["number"], it["label"]), it["id"])

    def find(self, fragment: str) -> str | None:
        m = _PARA.fullmatch(fragment)
        if m:
            first, last, item = int(m[1]), m[2], m[3]
            if last is not None and int(last) not in self.paras:
                return None
            if item:
                return self.items.get((first, item))
            return self.paras.get(first)
        m = _APPX.fullmatch(fragment)
        if m:
            if not self.appendices:
                return None
            if m[1] is None:
                return self.appendices[0]["id"]
            for sec in self.appendices:
                if (sec.get("number") or "").upper() == m[1].upper():
                    return sec["id"]
            if len(self.appendices) == 1 and not self.appendices[0].get("number") and m[1] == "I":
                return self.appendices[0]["id"]
            return None
        m = _FN.fullmatch(fragment)
        if m:
            return self.footnotes.get(int(m[1]))
        return None


def resolve_internal(tree: dict) -> list[dict]:
    """Set ``resolved`` on every internal xref of *tree*; return the
    diagnostics (dicts: level, code, message, line, node) of those that
    point nowhere."""
    index = None
    symbol = tree.get("symbol")
    diags = []
    for spans, text, node, line in _owners(tree):
        for s in spans:
            if s.get("type") != "xref" or s.get("kind") not in _INTERNAL_KINDS:
                continue
            prefix, _, fragment = s["target"].partition("#")
            if prefix and prefix != symbol:
                continue
            if index is None:
                index = _Index(tree)
            s["resolved"] = index.find(fragment)
            if s["resolved"] is None:
                surface = text[s["start"]:s["end"]]
                diags.append({"level": "warning", "code": "xref-unresolved",
                              "message": f"{s['kind'].replace('_', ' ')} reference “{surface}” ({s['target']}) "
                                         f"points to nothing in this document",
                              "line": line, "node": node})
    return diags
