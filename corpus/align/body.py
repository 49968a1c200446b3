"""Pairing of the body: anchors by number (:mod:`.anchors`), then every
stretch between two anchors aligned by order and length (:mod:`.dp`), then
continuations of numbered paragraphs joined to them (:mod:`.continuations`);
items of paired paragraphs by label, tables row by row (:mod:`.tables`).
"""
from __future__ import annotations

from .anchors import anchor_pairs
from .continuations import Group, absorb_continuations
from .dp import align_sequences
from .lengths import document_ratio, length_score
from .numbers import numbers
from .model import Alignment, Finding, Pair, Segment, Unpaired
from .tables import pair_tables
from .units import Unit, document_units

#: languages written without spaces between words: merged units are joined without one
_NO_SPACE = {"zh", "ja"}


def pair_body(a: dict, b: dict, out: Alignment, names: tuple[str, str] = ("A", "B")) -> float:
    """Append the body pairs of trees *a* and *b* to *out*, and the units that
    did not pair to ``out.unpaired``; return the length ratio of the pair."""
    units_a, units_b = document_units(a), document_units(b)
    ratio = document_ratio(sum(u.length for u in units_a if u.cls == "text"),
                           sum(u.length for u in units_b if u.cls == "text"),
                           out.source_lang, out.target_lang)
    groups: list[Group] = []
    prev_i = prev_j = -1
    for i, j in anchor_pairs(units_a, units_b) + [(len(units_a), len(units_b))]:
        groups.extend(_gap_groups(units_a[prev_i + 1:i], units_b[prev_j + 1:j], ratio))
        if i < len(units_a):
            groups.append(Group([units_a[i]], [units_b[j]], "number"))
        prev_i, prev_j = i, j
    for group in absorb_continuations(groups, ratio):
        if not group.b:
            out.unpaired.extend(x for u in group.a for x in _unpaired("a", u))
        elif not group.a:
            out.unpaired.extend(x for u in group.b for x in _unpaired("b", u))
        else:
            _emit(out, group.a, group.b, group.method, ratio)
            _check_numbers(out, group, names)
    return ratio


def _check_numbers(out: Alignment, group: Group, names: tuple[str, str]) -> None:
    """Two paragraphs paired by order and length that print different numbers:
    a numbering slip in one version (or a misalignment), for a person to look at."""
    if len(group.a) != 1 or len(group.b) != 1:
        return
    na, nb = group.a[0].node.get("number"), group.b[0].node.get("number")
    if group.a[0].cls == group.b[0].cls == "text" and na is not None and nb is not None and na != nb:
        out.findings.append(Finding("warning", "number-differs",
                                    f"paragraph {na} of {names[0]} pairs with paragraph {nb} of {names[1]} "
                                    "(by order and length)",
                                    data={"source": na, "target": nb, "node": group.a[0].id}))


def _gap_groups(gap_a: list[Unit], gap_b: list[Unit], ratio: float) -> list[Group]:
    """The units between two anchors, grouped by order and length."""
    if not gap_a and not gap_b:
        return []
    beads = align_sequences([u.length for u in gap_a], [u.length for u in gap_b], ratio,
                            cls_a=[u.cls for u in gap_a], cls_b=[u.cls for u in gap_b],
                            nums_a=[numbers(u.text) for u in gap_a], nums_b=[numbers(u.text) for u in gap_b])
    return [Group([gap_a[k] for k in bead.a], [gap_b[k] for k in bead.b], "order") for bead in beads]


def _emit(out: Alignment, group_a: list[Unit], group_b: list[Unit], method: str, ratio: float) -> None:
    first = group_a[0]
    if first.cls == "table":
        pair_tables(out, first.node, group_b[0].node, method, ratio)
        return
    src = _segment(out.source_lang, group_a)
    tgt = _segment(out.target_lang, group_b)
    number = first.node.get("number") if first.cls == "text" else None
    label = first.node.get("number") if first.cls == "heading" else None
    key = src.node if src.node == tgt.node else f"{src.node}={tgt.node}"
    score = length_score(sum(u.length for u in group_a), sum(u.length for u in group_b), ratio)
    out.pairs.append(Pair(first.kind, key, number, label, src, tgt, method, score))
    _pair_items(out, key, group_a, group_b)     # (a heading paired with a paragraph: the paragraph's items)


def _segment(lang: str, group: list[Unit]) -> Segment:
    joiner = "" if lang in _NO_SPACE else " "
    return Segment(lang, "+".join(u.id for u in group), joiner.join(u.text for u in group))


def _pair_items(out: Alignment, key: str, group_a: list[Unit], group_b: list[Unit]) -> None:
    """Items (a), (b)… of paired paragraphs pair by label; a label found on
    one side only, or twice on a side, leaves its items unpaired."""
    items_a = [i for u in group_a for i in u.node.get("items", [])]
    items_b = [i for u in group_b for i in u.node.get("items", [])]
    by_a = _unique_labels(items_a)
    by_b = _unique_labels(items_b)
    for item in items_a:
        other = by_b.get(item["label"]) if item["label"] in by_a else None
        if other is None:
            out.unpaired.append(Unpaired("a", "item", item["id"], item["text"]))
            continue
        number = group_a[0].node.get("number") if len(group_a) == 1 else None
        out.pairs.append(Pair("item", item["id"] if item["id"] == other["id"] else f"{key}-{item['label']}",
                              number, item["label"],
                              Segment(out.source_lang, item["id"], item["text"]),
                              Segment(out.target_lang, other["id"], other["text"]), "label"))
    for item in items_b:
        if item["label"] not in by_a or item["label"] not in by_b:
            out.unpaired.append(Unpaired("b", "item", item["id"], item["text"]))


def _unique_labels(items: list[dict]) -> dict:
    seen: dict = {}
    for item in items:
        seen[item["label"]] = None if item["label"] in seen else item
    return {label: item for label, item in seen.items() if item is not None}


def _unpaired(side: str, unit: Unit) -> list[Unpaired]:
    """The unit, and its items when it has some, as unpaired."""
    if unit.cls == "table":
        return [Unpaired(side, "table", unit.id, unit.node.get("caption") or unit.text)]
    items = [Unpaired(side, "item", item["id"], item["text"]) for item in unit.node.get("items", [])]
    return [Unpaired(side, unit.kind, unit.id, unit.text)] + items
