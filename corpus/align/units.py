"""A tree as the sequence of units alignment works on, in reading order.

Each unit is a heading, a text unit (a paragraph, numbered or not, of any
kind: preambular, operative…, or any other node type that holds text) or a
table. Paragraph numbers are integers or section numbers such as "25.1".
A unit that the documents number carries a *key* that is the same in every
language version: a paragraph's key is its number within its scope (the
nearest enclosing numbered section: an article, a part, an annex) and how
many times that number was already used in the scope, so paragraph 1 of
article 2 and paragraph 1 of article 11 have different keys even when the
articles themselves were not recognised as sections. Unnumbered units have
no key; they are aligned by order and length between keyed ones.
"""
from __future__ import annotations

from dataclasses import dataclass

from .lengths import text_length

#: section kinds that scope their paragraphs even without a printed number
_SCOPING_KINDS = {"appendix", "decision"}


@dataclass(slots=True)
class Unit:
    cls: str                  # heading | text | table: what it may pair with
    kind: str                 # the pair kind it gives: heading, paragraph, table, or the node's own type
    key: tuple | None         # comparable across versions, or None (aligned by order and length)
    node: dict                # the tree node
    text: str
    length: int

    @property
    def id(self) -> str:
        return self.node.get("id", "?")


def document_units(tree: dict) -> list[Unit]:
    """The units of *tree*'s body, in reading order."""
    out: list[Unit] = []
    _walk(tree.get("body", []), (), {}, out)
    return out


def _walk(nodes: list, scope: tuple, seen: dict, out: list) -> None:
    for node in nodes:
        kind = node.get("type")
        if kind == "section":
            inner, key = _section_scope(node, scope)
            heading = node.get("heading") or ""
            out.append(Unit("heading", "heading", key, node, heading, text_length(heading)))
            _walk(node.get("children", []), inner, seen if inner == scope else {}, out)
        elif kind == "table":
            text = table_text(node)
            out.append(Unit("table", "table", None, node, text, text_length(text)))
        elif isinstance(node.get("text"), str):
            number = node.get("number") if isinstance(node.get("number"), (int, str)) else None
            key = None
            if number is not None:
                count = seen.get(number, 0)
                seen[number] = count + 1
                key = ("p", scope, number, count)
            out.append(Unit("text", _text_kind(node), key, node, node["text"], text_length(node["text"])))


def _text_kind(node: dict) -> str:
    """The pair kind of a text node: a paragraph's own kind in a resolution
    layout (preambular, operative…), else its node type."""
    if node.get("type") == "paragraph":
        return node.get("kind") or "paragraph"
    return node.get("type") or "paragraph"


def _section_scope(section: dict, scope: tuple) -> tuple[tuple, tuple | None]:
    """The scope the section's children live in, and the section's own key:
    a numbered section (or an annex, a decision) opens a scope of its own; an
    unnumbered sub-heading does not (paragraph numbering runs through it)."""
    number = section.get("number")
    if number:
        name = ("n", str(number).strip().rstrip(".").upper())
    elif section.get("kind") in _SCOPING_KINDS:
        name = ("id", section.get("id"))
    else:
        return scope, None
    return scope + (name,), ("sec",) + scope + (name,)


def table_text(table: dict) -> str:
    """Caption, header and cells of a table, for its length."""
    parts = [table.get("caption") or ""] + list(table.get("header", []))
    for row in table.get("rows", []):
        parts.extend(cell.get("text", "") for cell in row.get("cells", []))
    return " ".join(p for p in parts if p)
