"""The tree rendered back to plain text, one source line per output line.

Why: "nothing lost" is only checkable if the tree can be turned back into the
text it came from. ``render_text(tree)`` writes every text the tree holds once,
in tree order — header lines, section headings as printed, paragraphs with
their markers (split back into source lines where they were rejoined across a
page break, hyphen restored), sub-items, table captions/headers/rows (cells
joined by tabs; a table nested in a cell after its row), footnote bodies, then page furniture — with footnote markers
put back where their ``footnote_ref`` spans sit. What it cannot give back is
markup syntax the reader consumed: a link's ``[``, ``](target)`` (the target
survives in the link span's ``href``) and layout whitespace.

It reads only the tree, so it works for trees from any reader and from disk.
"""
from __future__ import annotations

from .inline import MarkupConverter

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"

__all__ = ["render_text", "render_lines"]


def render_text(tree: dict) -> str:
    """The whole tree as text: one line per source line, ending in a newline."""
    lines = render_lines(tree)
    return "\n".join(lines) + "\n" if lines else ""


def render_lines(tree: dict) -> list[str]:
    """The rendered lines, in tree order (header, body, footnotes, furniture)."""
    out: list[str] = []
    # only the text reader keeps lines as printed with their markdown markup in
    # them (heading_text, furniture); other readers' printed text is literal
    printed = _printed if tree.get("source", {}).get("format", "text") in ("text", "markdown") else (lambda raw: raw)
    for h in tree.get("meta", {}).get("header", []):
        out.append(with_markers(h["text"], h.get("spans", [])))
    for node in tree.get("body", []):
        _node(node, out, printed)
    for note in tree.get("footnotes", []):
        out.append((note.get("marker") or _superscript(note["number"])) + " "
                   + with_markers(note["text"], note.get("spans", [])))
    for f in tree.get("furniture", []):
        out.append(printed(f["text"]))
    return out


def with_markers(text: str, spans: list) -> str:
    """*text* with the printed footnote markers put back at their spans.

    One superscript run the reader split into two notes (``¹²`` → 1 and 2)
    yields two spans at the same offset with the same marker; it is printed
    once."""
    refs = [s for s in spans if s.get("type") == "footnote_ref"]
    if not refs:
        return text
    parts: list[str] = []
    pos = 0
    open_key = None                  # (offset, marker) of a split run still being spelled
    spelled = ""
    for s in refs:
        start = min(max(s["start"], 0), len(text))
        marker = s.get("marker") or _superscript(s["number"])
        if open_key == (start, marker):
            attempt = spelled + _superscript(s["number"])
            if marker.startswith(attempt):
                spelled = attempt
                if spelled == marker:
                    open_key = None
                continue
        parts.append(text[pos:start])
        parts.append(marker)
        pos = start
        spelled = _superscript(s["number"])
        split_run = marker[0] in SUPERSCRIPT_DIGITS and spelled != marker and marker.startswith(spelled)
        open_key = (start, marker) if split_run else None
    parts.append(text[pos:])
    return "".join(parts)


def _node(node: dict, out: list[str], printed) -> None:
    kind = node.get("type")
    if kind == "section":
        heading_text = node.get("heading_text")
        out.append(printed(heading_text) if heading_text is not None
                   else with_markers(node.get("heading", ""), node.get("heading_spans", [])))
        for child in node.get("children", []):
            _node(child, out, printed)
    elif kind == "paragraph":
        _paragraph(node, out)
    elif kind == "table":
        if node.get("caption") is not None:
            out.append(with_markers(node["caption"], node.get("caption_spans", [])))
        if node.get("header"):
            spans = node.get("header_spans") or [[] for _ in node["header"]]
            out.append("\t".join(with_markers(t, s) for t, s in zip(node["header"], spans)))
        for row in node.get("rows", []):
            out.append("\t".join(with_markers(c["text"], c.get("spans", [])) for c in row["cells"]))
            for cell in row["cells"]:
                if cell.get("table"):           # a table nested in a cell: after its row
                    _node(cell["table"], out, printed)


def _paragraph(node: dict, out: list[str]) -> None:
    items = node.get("items", [])
    joins = node.get("joins", [])
    item_ranges = [tuple(it.get("lines", (0, 0))) for it in items]

    def own(join: dict, lo_hi: tuple | None) -> bool:
        in_item = any(lo <= join["line"] <= hi for lo, hi in item_ranges)
        if lo_hi is None:
            return not in_item
        return lo_hi[0] <= join["line"] <= lo_hi[1]

    if node.get("text") or not items:
        body = _split_at_joins(node.get("text", ""), node.get("spans", []),
                               [j for j in joins if own(j, None)])
        if node.get("marker"):
            body[0] = node["marker"] + " " + body[0]
        out.extend(body)
    for it, lo_hi in zip(items, item_ranges):
        body = _split_at_joins(it["text"], it.get("spans", []), [j for j in joins if own(j, lo_hi)])
        body[0] = (it.get("marker") or f"({it['label']})") + " " + body[0]
        out.extend(body)


def _split_at_joins(text: str, spans: list, joins: list) -> list[str]:
    """A rejoined text back as its source lines (the hyphen a join removed restored)."""
    marked = []
    cuts = sorted((j["offset"], j["separator"]) for j in joins if 0 <= j["offset"] <= len(text))
    pos = 0
    for offset, sep in cuts:
        piece_spans = [dict(s, start=s["start"] - pos, end=s["end"] - pos) for s in spans
                       if pos <= s["start"] < offset]
        piece = with_markers(text[pos:offset - len(sep) if sep in ("", " ") else offset], piece_spans)
        marked.append(piece + ("-" if sep == "dehyphenated" else ""))
        pos = offset
    tail_spans = [dict(s, start=s["start"] - pos, end=s["end"] - pos) for s in spans if s["start"] >= pos]
    marked.append(with_markers(text[pos:], tail_spans))
    return marked


def _printed(raw: str) -> str:
    """A line kept as printed (heading_text, furniture): link syntax removed like
    everywhere else, footnote markers kept where they were."""
    inline = MarkupConverter(set()).convert(raw)
    return with_markers(inline.text, inline.spans)


def _superscript(number: int) -> str:
    return "".join(SUPERSCRIPT_DIGITS[int(d)] for d in str(number))
