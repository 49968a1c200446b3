"""Two language versions of one document side by side, paired by ``align``
(paragraph 7 with paragraph 7, item (b) with item (b), footnote 3 with
footnote 3, sections by id), in the reading order of the first version.

Rows follow the first version's nodes and take each node's pair from
align's pairs by the node id on the first side (a pair joining several
nodes, ``p-3+u-2``, is shown once, at its first node), so the page needs no
knowledge of how align paired them. A node of either version that align left
unpaired gets a row with the other side empty (the second version's after the
body), and align's findings are listed above the table.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..align import align_trees

_HEAD_KINDS = ("title", "summary", "header")


@dataclass
class Row:
    key: str            # the pair's key (p-7, p-7-b, fn-3, sec-I) or, unpaired, the node id
    kind: str           # heading | paragraph | item | footnote | title | summary | row …
    label: str          # "7", "7(b)", "fn 3", a section number, ""
    left: str | None
    right: str | None


def _walk(nodes):
    """Sections, paragraphs, items and tables, in reading order."""
    for node in nodes:
        yield node
        for item in node.get("items", []) or []:
            yield dict(item, type="item", _number=node.get("number"))
        if node.get("type") == "section":
            yield from _walk(node.get("children", []))


def _label(pair) -> str:
    if pair.kind == "footnote":
        return f"fn {pair.number}"
    if pair.kind == "item":
        return f"{'' if pair.number is None else pair.number}({pair.label or ''})"
    if pair.kind == "heading":
        return pair.label or ""
    return "" if pair.number is None else str(pair.number)


def _node_label(node: dict) -> str:
    kind = node.get("type")
    if kind == "item":
        return f"{'' if node.get('_number') is None else node['_number']}({node.get('label', '')})"
    if kind == "section":
        return node.get("number") or ""
    return "" if node.get("number") is None else str(node["number"])


def _text(node: dict) -> str:
    if node.get("type") == "section":
        return node.get("heading", "")
    if node.get("type") == "table":
        return node.get("caption") or ""
    return node.get("text", "")


def _kind(node: dict) -> str:
    return "heading" if node.get("type") == "section" else node.get("type", "paragraph")


def compare_rows(a: dict, b: dict) -> tuple[list[Row], list]:
    """Rows for the side-by-side table, and align's findings."""
    alignment = align_trees(a, b, a.get("language") or "A", b.get("language") or "B")
    by_source: dict[str, list] = {}
    for pair in alignment.pairs:
        for node in pair.source.node.split("+"):
            by_source.setdefault(node, []).append(pair)
    right_nodes = {n for p in alignment.pairs for n in p.target.node.split("+")}
    rows = [Row(p.key, p.kind, "", p.source.text, p.target.text) for p in alignment.pairs if p.kind in _HEAD_KINDS]
    emitted: set[int] = {id(p) for p in alignment.pairs if p.kind in _HEAD_KINDS}

    def emit(node: dict, side: str) -> None:
        pairs = [p for p in by_source.get(node.get("id", ""), []) if id(p) not in emitted] if side == "a" else []
        for pair in pairs:
            emitted.add(id(pair))
            rows.append(Row(pair.key, pair.kind, _label(pair), pair.source.text, pair.target.text))
        if side == "a" and not pairs and node.get("id") not in by_source and node.get("type") != "table":
            rows.append(Row(node.get("id", ""), _kind(node), _node_label(node), _text(node), None))
        if side == "b" and node.get("id") not in right_nodes and node.get("type") != "table":
            rows.append(Row(f"b-{node.get('id', '')}", _kind(node), _node_label(node), None, _text(node)))

    for node in _walk(a.get("body", [])):
        emit(node, "a")
    for node in _walk(b.get("body", [])):
        emit(node, "b")
    rows += [Row(p.key, p.kind, _label(p), p.source.text, p.target.text)
             for p in alignment.pairs if id(p) not in emitted and p.kind != "footnote"]
    for note in a.get("footnotes", []):
        emit(dict(note, type="footnote"), "a")
    for note in b.get("footnotes", []):
        emit(dict(note, type="footnote"), "b")
    for row in rows:
        if row.kind == "footnote" and not row.label.startswith("fn"):
            row.label = f"fn {row.label}"
    return rows, alignment.findings
