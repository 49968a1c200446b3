"""The document's text as printed, and every text a tree holds with where it
sits — for ``export --to text`` and for ``refs`` on a tree.

Why: text tools (``refs``, grep, a translation memory) take text; a tree's
text is spread over nodes, and an offset into the JSON file means nothing.
:func:`node_texts` gives each text with its node id and the part of the node
it is (``text``, ``heading``, ``caption``, ``header[2]``, ``rows[3][1]``…),
so a tool reports offsets into that text, as the tree's own spans do.
"""
from __future__ import annotations

from typing import Iterator, NamedTuple

from ...parser.render import render_text as _render_text

__all__ = ["render_text", "node_texts", "NodeText", "tree_references"]


def render_text(tree: dict, *, link_for=None, lang: str | None = None) -> str:
    """The text as printed (one source line a line, markers put back); links
    and language do not apply to plain text."""
    return _render_text(tree)


class NodeText(NamedTuple):
    node: str          #: the node's id (``meta`` for the header)
    part: str          #: which of its texts
    text: str
    spans: list


def node_texts(tree: dict) -> Iterator[NodeText]:
    """Every text of the tree in reading order: header lines, summary,
    headings, paragraphs and their items, table captions, heads and cells,
    footnotes."""
    meta = tree.get("meta") or {}
    for k, line in enumerate(meta.get("header", [])):
        yield NodeText("meta", f"header[{k}]", line.get("text", ""), line.get("spans") or [])
    if isinstance(meta.get("summary"), dict):
        yield NodeText("meta", "summary", meta["summary"].get("text", ""), meta["summary"].get("spans") or [])
    for node in tree.get("body", []):
        yield from _node(node)
    for note in tree.get("footnotes", []):
        yield NodeText(note.get("id", ""), "text", note.get("text", ""), note.get("spans") or [])


def _node(node: dict) -> Iterator[NodeText]:
    kind, node_id = node.get("type"), node.get("id", "")
    if kind == "section":
        yield NodeText(node_id, "heading", node.get("heading", ""), node.get("heading_spans") or [])
        for child in node.get("children", []):
            yield from _node(child)
    elif kind == "paragraph":
        yield NodeText(node_id, "text", node.get("text", ""), node.get("spans") or [])
        for item in node.get("items") or []:
            yield NodeText(item.get("id", node_id), "text", item.get("text", ""), item.get("spans") or [])
    elif kind == "table":
        yield from _table(node)


def _table(table: dict) -> Iterator[NodeText]:
    node_id = table.get("id", "")
    if table.get("caption") is not None:
        yield NodeText(node_id, "caption", table["caption"], table.get("caption_spans") or [])
    header_spans = table.get("header_spans") or []
    for k, text in enumerate(table.get("header", [])):
        yield NodeText(node_id, f"header[{k}]", text, header_spans[k] if k < len(header_spans) else [])
    for r, row in enumerate(table.get("rows", [])):
        for c, cell in enumerate(row.get("cells", [])):
            yield NodeText(node_id, f"rows[{r}][{c}]", cell.get("text", ""), cell.get("spans") or [])
            if cell.get("table"):
                yield from _table(cell["table"])


def tree_references(tree: dict) -> Iterator[dict]:
    """The cross-references the parser found in a tree, one dict each:
    node, part, kind, start, end (offsets into that node text), text,
    target, and resolved (the node id it points to in this document, or None)."""
    for where in node_texts(tree):
        for span in where.spans:
            if span.get("type") != "xref":
                continue
            start, end = span.get("start", 0), span.get("end", 0)
            yield {"node": where.node, "part": where.part, "kind": span.get("kind"), "start": start, "end": end,
                   "text": where.text[start:end], "target": span.get("target"), "resolved": span.get("resolved")}
