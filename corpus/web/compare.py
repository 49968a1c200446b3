"""Two language versions of one document side by side, paired by ``align``
(paragraph 7 with paragraph 7, item (b) with item (b), footnote 3 with
footnote 3, sections by id), in the reading order of the first version.

A paragraph of the first version with no partner (unnumbered, or numbered
in one version only) gets a row with one side empty; paired nodes found only
in the second version's order are not lost either: the second version's
unpaired numbered paragraphs come in rows of their own after the body, and
align's findings are listed above the table.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..align import align_trees


@dataclass
class Row:
    key: str            # the shared node id (p-7, p-7-b, fn-3, sec-I) or the left node's id
    kind: str           # heading | paragraph | item | footnote | title | summary
    label: str          # "7", "7(b)", "fn 3", a section number, ""
    left: str | None
    right: str | None


def _walk(nodes):
    for node in nodes:
        yield node
        if node.get("type") == "section":
            yield from _walk(node.get("children", []))


def compare_rows(a: dict, b: dict) -> tuple[list[Row], list]:
    """Rows for the side-by-side table, and align's findings."""
    alignment = align_trees(a, b, a.get("language") or "A", b.get("language") or "B")
    pairs = {p.key: p for p in alignment.pairs}
    rows: list[Row] = []
    for key in ("title", "summary"):
        if key in pairs:
            rows.append(Row(key, key, "", pairs[key].source.text, pairs[key].target.text))
    seen: set[str] = set()
    for node in _walk(a.get("body", [])):
        kind = node.get("type")
        if kind == "section":
            pair = pairs.get(node["id"])
            rows.append(Row(node["id"], "heading", node.get("number") or "",
                            node.get("heading", ""), pair.target.text if pair else None))
        elif kind == "paragraph":
            number = node.get("number")
            pair = pairs.get(f"p-{number}") if number is not None else None
            key = pair.key if pair else node["id"]
            seen.add(key)
            rows.append(Row(key, "paragraph", "" if number is None else str(number), node.get("text", ""),
                            pair.target.text if pair else None))
            for item in node.get("items", []) or []:
                ipair = pairs.get(f"p-{number}-{item.get('label')}") if number is not None else None
                rows.append(Row(ipair.key if ipair else item["id"], "item",
                                f"{'' if number is None else number}({item.get('label', '')})",
                                item.get("text", ""), ipair.target.text if ipair else None))
    for node in _walk(b.get("body", [])):
        number = node.get("number") if node.get("type") == "paragraph" else None
        if number is not None and f"p-{number}" not in pairs and f"p-{number}" not in seen:
            rows.append(Row(f"b-{node['id']}", "paragraph", str(number), None, node.get("text", "")))
    notes_b = {n["number"]: n for n in b.get("footnotes", [])}
    for note in a.get("footnotes", []):
        pair = pairs.get(f"fn-{note['number']}")
        rows.append(Row(pair.key if pair else note["id"], "footnote", f"fn {note['number']}", note.get("text", ""),
                        pair.target.text if pair else None))
        notes_b.pop(note["number"], None)
    for number, note in sorted(notes_b.items()):
        rows.append(Row(f"b-{note['id']}", "footnote", f"fn {number}", None, note.get("text", "")))
    return rows, alignment.findings
