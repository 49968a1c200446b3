"""The document's text as printed (``export --to text``), and the references
of a tree with the node that holds each (``refs`` on a tree).

Why: text tools (``refs``, grep, a translation memory) take text; a tree's
text is spread over nodes, and an offset into the JSON file means nothing:
a reference is reported with its node id and offsets into that node's text,
as the tree's own spans are.
"""
from __future__ import annotations

from typing import Iterator

from ...parser.model import text_sites
from ...parser.render import render_text as _render_text

__all__ = ["render_text", "tree_references"]


def render_text(tree: dict, *, link_for=None, lang: str | None = None) -> str:
    """The text as printed (one source line a line, markers put back); links
    and language do not apply to plain text."""
    return _render_text(tree)


def tree_references(tree: dict) -> Iterator[dict]:
    """The cross-references the parser found in a tree, one dict each: the
    node holding it (``meta`` for the header), where in the node (header,
    heading, paragraph, item, table, footnote), its source line, start and
    end (offsets into that node's text), text, kind, target, and resolved
    (the node id it points to in this document, or None)."""
    for site in text_sites(tree):
        for span in site.spans:
            if span.get("type") != "xref":
                continue
            start, end = span.get("start", 0), span.get("end", 0)
            yield {"node": site.node, "where": site.where, "line": site.line_at(start), "kind": span.get("kind"),
                   "start": start, "end": end, "text": site.text[start:end], "target": span.get("target"),
                   "resolved": span.get("resolved")}
