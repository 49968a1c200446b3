"""What Markdown syntax says about a document, applied after the line
layout: ``#`` headings at their level (the hashes printed, never in the
heading text), front matter lines as header lines, and the front matter's
symbol, date and title where the masthead did not give them (the masthead
wins: it is the printed text)."""
from __future__ import annotations

from ..blocks import Heading
from ..messages import Message
from .header_values import iso_date


def apply_markdown(doc, raw) -> None:
    """Complete *doc* (laid out from *raw*'s lines) with *raw*'s Markdown facts."""
    _restore_headings(doc.body, raw.headings)
    doc.header[:0] = raw.header
    doc.furniture.sort(key=lambda f: f.line)
    _front_values(doc, raw.front_matter)


def _restore_headings(body: list, headings: dict) -> None:
    """The shallowest level used becomes 1; a deeper part is a sub-heading."""
    if not headings:
        return
    top = min(level for level, _ in headings.values())
    for block in body:
        if isinstance(block, Heading) and block.line in headings:
            level, printed = headings[block.line]
            block.level = min(level - top + 1, 6)
            block.printed = printed
            if block.level > 1 and block.kind == "part":
                block.kind = "subheading"


def _front_values(doc, front: dict) -> None:
    if not front:
        return
    doc.meta["front_matter"] = dict(front)
    symbol = (front.get("symbol") or "").strip()
    if symbol and not doc.symbol:
        doc.symbol = symbol
    elif symbol and symbol != doc.symbol:
        doc.diagnostics.append(Message("warning", "front-matter-symbol-differs",
                                       f"front matter symbol {symbol} differs from the masthead's {doc.symbol}",
                                       data={"front_matter": symbol, "masthead": doc.symbol}))
    if front.get("date") and not doc.meta.get("date"):
        doc.meta["date"] = iso_date(front["date"]) or (front["date"] if _is_iso(front["date"]) else None)
    if front.get("title") and not doc.meta.get("title"):
        doc.meta["title"] = front["title"].rstrip(" :")


def _is_iso(text: str) -> bool:
    return len(text) == 10 and text[4] == "-" and text[7] == "-" and text.replace("-", "").isdigit()
