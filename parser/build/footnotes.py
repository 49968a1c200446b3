"""Footnote passes: the footnote nodes (with the ids every later pass uses),
then the links between markers and bodies (``cited_by`` both ways) with the
problems found on the way: duplicates, empty or uncited bodies, markers with
no body, order, gaps in the numbering."""
from __future__ import annotations

from ..messages import Message
from ..model.texts import text_sites
from .ids import Ids


def build_footnotes(doc, ids: Ids, diags: list) -> tuple[list[dict], dict[int, str]]:
    """The footnote nodes in the reader's order, and the id of the first body
    of each number (the one markers link to)."""
    notes, first_body = [], {}
    for fb in doc.footnotes:
        fid = ids.take(f"fn-{fb.number}")
        if fb.number in first_body:
            diags.append(Message("error", "footnote-duplicate",
                                 f"footnote {fb.number} has more than one body (lines {fb.line} and earlier)",
                                 fb.line, fid, {"number": fb.number}))
        else:
            first_body[fb.number] = fid
        note = {"id": fid, "number": fb.number}
        if fb.kind != "footnote":
            note["kind"] = fb.kind
        if fb.marker:
            note["marker"] = fb.marker
        note["text"] = fb.content.text
        note["spans"] = list(fb.content.spans)
        note["cited_by"] = []
        note["lines"] = [fb.line, fb.end_line]
        notes.append(note)
        if not fb.content.text.strip():
            diags.append(Message("warning", "footnote-empty", f"footnote {fb.number} has an empty body",
                                 fb.line, fid, {"number": fb.number}))
    return notes, first_body


def link_footnotes(tree: dict, first_body: dict[int, str], sites: list | None = None) -> list[Message]:
    """Set ``cited_by`` on every first body from the markers of every text
    (header, body, footnotes; not the summary, which repeats a header line);
    report uncited bodies and marker problems."""
    cites: dict[int, list[str]] = {}          # footnote number → citing node ids, in order
    cited: set[tuple[int, str]] = set()       # (number, node) pairs already in cites
    markers: list[tuple[int, int, str]] = []  # (number, line, node) in reading order
    for site in text_sites(tree) if sites is None else sites:
        if site.where == "summary":
            continue
        for s in site.spans:
            if s["type"] == "footnote_ref":
                if (s["number"], site.node) not in cited:
                    cited.add((s["number"], site.node))
                    cites.setdefault(s["number"], []).append(site.node)
                markers.append((s["number"], site.line or 0, site.node))
    out = []
    for note in tree["footnotes"]:
        if first_body.get(note["number"]) == note["id"]:
            note["cited_by"] = [c for c in cites.get(note["number"], []) if c != note["id"]]
            if not note["cited_by"]:
                out.append(Message("warning", "footnote-uncited", f"footnote {note['number']} is never cited in the text",
                                   note["lines"][0], note["id"], {"number": note["number"]}))
    return out + marker_problems(markers, first_body) + body_order(tree["footnotes"]) + \
        numbering_gaps([n["number"] for n in tree["footnotes"]], tree["footnotes"])


def marker_problems(markers: list, first_body: dict[int, str]) -> list[Message]:
    """Markers with no body; first citations out of ascending order."""
    out = [Message("error", "footnote-missing-body", f"footnote marker {number} has no footnote body",
                   line, node, {"number": number})
           for number, line, node in markers if number not in first_body]
    highest: int | None = None
    seen: set[int] = set()
    for number, line, node in markers:
        if number in seen:
            continue
        seen.add(number)
        if highest is not None and number < highest:
            out.append(Message("warning", "footnote-out-of-order", f"footnote marker {number} comes after marker {highest}",
                               line, node, {"number": number, "after": highest, "what": "marker"}))
        highest = number
    return out


def body_order(notes: list[dict]) -> list[Message]:
    """Bodies whose number is lower than the one before (in the reader's order)."""
    return [Message("warning", "footnote-out-of-order", f"footnote body {note['number']} comes after body {prev['number']}",
                    note["lines"][0], note["id"], {"number": note["number"], "after": prev["number"], "what": "body"})
            for prev, note in zip(notes, notes[1:]) if note["number"] < prev["number"]]


def numbering_gaps(numbers: list[int], notes: list[dict]) -> list[Message]:
    """One warning per run of missing numbers (``footnotes 2–1993 are
    missing``), placed on the first body after the gap."""
    if not numbers:
        return []
    present = set(numbers)
    lo, hi = min(present), max(present)
    out = []
    k = max(lo, 1)
    while k < hi:
        if k in present:
            k += 1
            continue
        first = k
        while k + 1 < hi and k + 1 not in present:
            k += 1
        after = min((n for n in notes if n["number"] > k), key=lambda n: n["number"])
        what = f"footnote {first} is" if first == k else f"footnotes {first}–{k} are"
        out.append(Message("warning", "footnote-number-gap", f"{what} missing from the sequence {lo}–{hi}",
                           after["lines"][0], after["id"], {"first": first, "last": k, "lowest": lo, "highest": hi}))
        k += 1
    return out
