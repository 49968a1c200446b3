"""Property: whatever two versions hold (units deleted, merged, renumbered,
moved), align never fails, and every body unit and footnote of each version
is either in exactly one pair or reported unpaired: nothing is dropped
silently, nothing paired twice."""
from __future__ import annotations

import copy

from hypothesis import given, settings
from hypothesis import strategies as st

from align_docs import convention
from councildoc.corpus.align import align_trees, tmx_bytes
from councildoc.corpus.align.sentences import sentence_alignment

EDITS = st.lists(st.tuples(st.sampled_from(["delete", "renumber", "unnumber", "move", "merge"]),
                           st.integers(0, 40), st.integers(0, 40)), max_size=6)


def nodes(tree):
    """(parent list, index) of every body node, depth first."""
    out = []

    def walk(children):
        for k, node in enumerate(children):
            out.append((children, k))
            if node["type"] == "section":
                walk(node["children"])
    walk(tree["body"])
    return out


def edit(tree, edits):
    tree = copy.deepcopy(tree)
    for op, x, y in edits:
        places = nodes(tree)
        if not places:
            break
        children, k = places[x % len(places)]
        node = children[k]
        if op == "delete":
            del children[k]
        elif op == "renumber" and node["type"] == "paragraph":
            node["number"] = y % 5 + 1
        elif op == "unnumber" and node["type"] in ("paragraph", "section"):
            node["number"] = None
        elif op == "move":
            del children[k]
            other, j = places[y % len(places)] if places[y % len(places)][0] is not children else (children, 0)
            other.insert(min(j, len(other)), node)
        elif op == "merge" and node["type"] == "paragraph" and k + 1 < len(children) \
                and children[k + 1]["type"] == "paragraph":
            node["text"] += " " + children.pop(k + 1)["text"]
    return tree


def unit_ids(tree):
    ids = []
    for children, k in nodes(tree):
        node = children[k]
        if node["type"] in ("paragraph", "section"):
            ids.append(node["id"])
            ids.extend(item["id"] for item in node.get("items", []))
    return ids + [n["id"] for n in tree["footnotes"]]


def accounted(result, side):
    ids = []
    for pair in result.pairs:
        if pair.kind in ("title", "header", "summary", "caption", "table-header", "row"):
            continue
        seg = pair.source if side == "a" else pair.target
        ids.extend(seg.node.split("+"))
    ids.extend(u.node for u in result.unpaired if u.side == side and u.kind not in ("header", "row", "table"))
    return ids


@settings(max_examples=60, deadline=None)
@given(EDITS, EDITS, st.sampled_from(["fr", "zh"]))
def test_every_unit_paired_once_or_reported(edits_a, edits_b, lang):
    a, b = edit(convention("en"), edits_a), edit(convention(lang), edits_b)
    result = align_trees(a, b, "en", lang)
    assert sorted(accounted(result, "a")) == sorted(unit_ids(a))
    assert sorted(accounted(result, "b")) == sorted(unit_ids(b))
    tmx_bytes(sentence_alignment(result))
