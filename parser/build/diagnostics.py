"""The last passes: paragraph numbering, then every diagnostic placed on its
node and put in line order."""
from __future__ import annotations

import bisect

from ..messages import Message
from ..model.texts import walk_nodes


def paragraph_numbering(body: list) -> list[Message]:
    """A number seen again; a number that does not follow the one before."""
    out = []
    prev = None
    seen: set[int] = set()
    for node in walk_nodes(body, nested=False):
        number = node.get("number") if node["type"] == "paragraph" else None
        if number is None:
            continue
        line, pid = node["lines"][0], node["id"]
        if number in seen:
            out.append(Message("error", "paragraph-number-repeat", f"paragraph number {number} appears again",
                               line, pid, {"number": number}))
        elif prev is not None and number != prev + 1:
            out.append(Message("warning", "paragraph-number-gap", f"paragraph {number} follows paragraph {prev}",
                               line, pid, {"number": number, "previous": prev}))
        seen.add(number)
        prev = number
    return out


def finish(diags: list[Message], body: list) -> list[dict]:
    """The tree's diagnostics: each one reported by line only gets the node
    that holds the line; all in line order."""
    attach_nodes(diags, body)
    diags.sort(key=lambda d: (d.line if d.line is not None else 0))
    return [d.as_dict() for d in diags]


def attach_nodes(diags: list[Message], body: list) -> None:
    pending = [d for d in diags if d.node is None and d.line is not None]
    if not pending:
        return
    spans = [(n["lines"][0], n["lines"][1], n["id"]) for n in walk_nodes(body, nested=False)
             if n["type"] != "section" and "lines" in n]
    firsts = [first for first, _, _ in spans]
    if all(spans[k][1] < spans[k + 1][0] for k in range(len(spans) - 1)):
        # disjoint and in order (the text reader): binary search, not a scan per diagnostic
        for d in pending:
            k = bisect.bisect_right(firsts, d.line) - 1
            if k >= 0 and spans[k][0] <= d.line <= spans[k][1]:
                d.node = spans[k][2]
        return
    for d in pending:
        for first, last, nid in spans:
            if first <= d.line <= last:
                d.node = nid
                break
