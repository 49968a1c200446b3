"""A document tree → its searchable units, each with the context a citation
needs: node id, number, item label, section path (headings of the enclosing
sections, outermost first).

Units: every paragraph (its own text; its list items are separate units),
every list item, every footnote (with the section path of the first paragraph
that cites it), every table row (cells joined by `` | ``), table caption and
table header (its cells joined the same way: ``Object of expenditure | 2024
expenditure | …`` is how a reader finds the table).
Empty texts are skipped: there is nothing to find in them.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ...parser.model import walk_with_sections

CELL_SEPARATOR = " | "


@dataclass
class Unit:
    kind: str               # paragraph | item | footnote | row | caption | header
    node: str
    text: str
    number: int | str | None = None    # "25.1": a paragraph numbered by section
    label: str | None = None
    path: list[str] = field(default_factory=list)


def heading_label(section: dict) -> str:
    """How a section appears in a path: ``I. 联合国发展系统改革进展``."""
    number = section.get("number")
    return f"{number}. {section['heading']}" if number else section["heading"]


def _cell_text(cell: dict) -> str:
    text = cell.get("text", "")
    nested = cell.get("table")
    if nested:
        inner = " ".join(_row_text(r) for r in nested.get("rows", []))
        text = f"{text} {inner}".strip()
    return text


def _row_text(row: dict) -> str:
    return CELL_SEPARATOR.join(t for t in (_cell_text(c) for c in row.get("cells", [])) if t)


def tree_units(tree: dict) -> list[Unit]:
    """All units of *tree* in reading order (body first, then footnotes)."""
    out: list[Unit] = []
    path_of: dict[str, list[str]] = {}

    for node, sections in walk_with_sections(tree.get("body", [])):
        path = [heading_label(s) for s in sections]
        kind = node.get("type")
        if kind == "paragraph":
            path_of[node["id"]] = path
            if node.get("text", "").strip():
                out.append(Unit("paragraph", node["id"], node["text"], node.get("number"), None, path))
            for item in node.get("items", []):
                path_of[item["id"]] = path
                if item.get("text", "").strip():
                    out.append(Unit("item", item["id"], item["text"], node.get("number"), item.get("label"), path))
        elif kind == "table":
            path_of[node["id"]] = path
            caption = node.get("caption")
            if caption and caption.strip():
                out.append(Unit("caption", node["id"], caption, None, None, path))
            row_path = path + [caption] if caption else path
            header = CELL_SEPARATOR.join(h for h in node.get("header", []) if h and h.strip())
            if header:
                out.append(Unit("header", node["id"], header, None, None, row_path))
            for i, row in enumerate(node.get("rows", []), 1):
                text = _row_text(row)
                if text.strip():
                    out.append(Unit("row", node["id"], text, row.get("number"), str(i), row_path))
    for note in tree.get("footnotes", []):
        if note.get("text", "").strip():
            cited = note.get("cited_by") or []
            path = path_of.get(cited[0], []) if cited else []
            out.append(Unit("footnote", note["id"], note["text"], note.get("number"), None, path))
    return out
