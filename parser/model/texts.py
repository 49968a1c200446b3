"""Every place in a tree that holds text with spans, with the node id and source
line it belongs to, so the builder's passes, the checks, search and align walk
one flat list instead of re-learning the tree's shape (header lines, summary,
headings, paragraphs, items, table captions, header and body cells, nested
tables, footnotes)."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Site:
    text: str
    spans: list
    node: str | None
    line: int | None
    where: str                      # header | summary | heading | paragraph | item | table | footnote
    joins: list = field(default_factory=list)

    def line_at(self, offset: int) -> int | None:
        """The source line of a text offset: the paragraph's first line, or the
        line it continues on after a page-break join."""
        line = self.line
        for j in self.joins:
            if j["offset"] <= offset:
                line = j["line"]
        return line


def _first_line(node: dict) -> int | None:
    lines = node.get("lines")
    return lines[0] if lines else None


def _table_sites(table: dict) -> list[Site]:
    out = []
    tid, line = table["id"], _first_line(table)
    if table.get("caption"):
        out.append(Site(table["caption"], table.get("caption_spans", []), tid, line, "table"))
    for text, spans in zip(table.get("header", []), table.get("header_spans", [])):
        out.append(Site(text, spans, tid, line, "table"))
    for row in table.get("rows", []):
        for cell in row.get("cells", []):
            out.append(Site(cell["text"], cell.get("spans", []), tid, row.get("line", line), "table"))
            if cell.get("table"):
                out.extend(_table_sites(cell["table"]))
    return out


def _body_sites(nodes: list) -> list[Site]:
    out = []
    for node in nodes:
        kind = node.get("type")
        if kind == "section":
            out.append(Site(node.get("heading", ""), node.get("heading_spans", []), node["id"],
                            _first_line(node), "heading"))
            out.extend(_body_sites(node.get("children", [])))
        elif kind == "paragraph":
            out.append(Site(node["text"], node.get("spans", []), node["id"], _first_line(node), "paragraph",
                            node.get("joins", [])))
            for item in node.get("items", []):
                out.append(Site(item["text"], item.get("spans", []), item["id"], _first_line(item), "item"))
        elif kind == "table":
            out.extend(_table_sites(node))
    return out


def text_sites(tree: dict, *, summary: bool = False) -> list[Site]:
    """All text sites in reading order: header lines, body, footnotes.

    ``meta.summary`` is left out unless asked for: it repeats the summary
    header line, which carries the source line number (its site has that
    line and the node ``meta``)."""
    header = tree.get("meta", {}).get("header", [])
    out = [Site(h["text"], h.get("spans", []), "meta", h.get("line"), "header") for h in header]
    s = tree.get("meta", {}).get("summary")
    if summary and isinstance(s, dict):
        line = next((h["line"] for h in header if h["field"] == "summary"), None)
        out.append(Site(s["text"], s["spans"], "meta", line, "summary"))
    out.extend(_body_sites(tree.get("body", [])))
    for fn in tree.get("footnotes", []):
        out.append(Site(fn["text"], fn.get("spans", []), fn["id"], _first_line(fn), "footnote"))
    return out


def walk_nodes(nodes: list, *, nested: bool = True):
    """Every node of a body, depth first, in reading order: sections,
    paragraphs, tables and (unless ``nested=False``) the tables nested in
    their cells."""
    for node in nodes:
        yield node
        if node.get("type") == "section":
            yield from walk_nodes(node.get("children", []), nested=nested)
        elif node.get("type") == "table" and nested:
            yield from walk_nodes([c["table"] for r in node.get("rows", []) for c in r.get("cells", [])
                                   if c.get("table")])


def walk_with_sections(nodes: list, sections: tuple = ()):
    """``(node, enclosing sections outermost first)`` for every paragraph and
    top-level table of a body, in reading order (a search unit's path)."""
    for node in nodes:
        if node.get("type") == "section":
            yield from walk_with_sections(node.get("children", []), sections + (node,))
        else:
            yield node, sections


def node_index(tree: dict) -> dict[str, dict]:
    """Every node id in the tree → its node (sections, paragraphs, items,
    tables, footnotes)."""
    index: dict[str, dict] = {}
    for node in walk_nodes(tree.get("body", [])):
        if "id" in node:
            index[node["id"]] = node
        for item in node.get("items", []):
            index[item["id"]] = item
    for fn in tree.get("footnotes", []):
        index[fn["id"]] = fn
    return index
