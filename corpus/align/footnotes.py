"""Footnotes pair by number (every language version numbers them the same);
a paragraph pair whose two sides cite different footnotes is reported, since
that is a translation slip or a misalignment."""
from __future__ import annotations

from ...parser.model import walk_nodes
from .lengths import length_score, text_length
from .model import Alignment, Finding, Pair, Segment, Unpaired


def pair_footnotes(a: dict, b: dict, out: Alignment, names: tuple[str, str], ratio: float) -> None:
    """Footnote n with footnote n; a number used twice in both versions (notes
    numbered page by page) pairs by rank."""
    notes_a, notes_b = a.get("footnotes", []), b.get("footnotes", [])
    if len(notes_a) != len(notes_b):
        out.findings.append(Finding("warning", "footnote-count-differs",
                                    f"{names[0]} has {len(notes_a)} footnotes, {names[1]} has {len(notes_b)}",
                                    data={"source": len(notes_a), "target": len(notes_b)}))
    fa, fb = _by_number(notes_a), _by_number(notes_b)
    for number in sorted(set(fa) | set(fb)):
        xs, ys = fa.get(number, []), fb.get(number, [])
        for x, y in zip(xs, ys):
            out.pairs.append(Pair("footnote", f"fn-{number}" if x["id"] == y["id"] else f"{x['id']}={y['id']}",
                                  number, None,
                                  Segment(out.source_lang, x["id"], x["text"]),
                                  Segment(out.target_lang, y["id"], y["text"]), "number",
                                  length_score(text_length(x["text"]), text_length(y["text"]), ratio)))
        out.unpaired.extend(Unpaired("a", "footnote", x["id"], x["text"]) for x in xs[len(ys):])
        out.unpaired.extend(Unpaired("b", "footnote", y["id"], y["text"]) for y in ys[len(xs):])


def _by_number(notes: list[dict]) -> dict:
    out: dict = {}
    for note in notes:
        out.setdefault(note["number"], []).append(note)
    return out


def check_cited_footnotes(a: dict, b: dict, out: Alignment, names: tuple[str, str]) -> None:
    """A finding for each paragraph pair (one node on each side) citing other
    footnotes in the two versions."""
    nodes_a, nodes_b = _paragraphs(a.get("body", [])), _paragraphs(b.get("body", []))
    for pair in out.pairs:
        if pair.kind != "paragraph" or "+" in pair.source.node or "+" in pair.target.node:
            continue
        x, y = nodes_a.get(pair.source.node), nodes_b.get(pair.target.node)
        if x is None or y is None:
            continue
        ra, rb = _cited(x), _cited(y)
        if ra != rb:
            what = f"paragraph {pair.number}" if pair.number is not None else f"paragraph {pair.source.node}"
            out.findings.append(Finding("warning", "footnote-refs-differ",
                                        f"{what} cites footnotes {ra or 'none'} in {names[0]}, {rb or 'none'} in {names[1]}",
                                        data={"node": pair.source.node, "source": ra, "target": rb}))


def _paragraphs(nodes: list) -> dict:
    """Text nodes by id."""
    out: dict = {}
    for node in walk_nodes(nodes, nested=False):
        if isinstance(node.get("text"), str) and "id" in node:
            out.setdefault(node["id"], node)
    return out


def _cited(paragraph: dict) -> list[int]:
    """Footnote numbers a paragraph (items included) cites, sorted."""
    spans = list(paragraph.get("spans", []))
    for item in paragraph.get("items", []):
        spans.extend(item.get("spans", []))
    return sorted(s["number"] for s in spans if s.get("type") == "footnote_ref")
