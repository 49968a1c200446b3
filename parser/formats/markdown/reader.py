"""The Markdown reader: bytes of a ``.md`` file → :class:`~parser.blocks.Document`.

Markdown is read as the plain-text reader's dialect with its block syntax
taken off first, line for line (so line numbers stay the source's):
front matter and thematic breaks become furniture and header lines, ``#``
headings become headings at their level (the hashes never reach the heading
text), pipe tables become tab-separated rows. The text reader then does the
rest in Markdown mode: a blank line ends a paragraph, and footnote markers
may be bare numbers, as PDF-to-Markdown conversion leaves them
(``Court 1 reaffirms``), linked to the ``[^n]:`` bodies at the end.
"""
from __future__ import annotations

import hashlib

from ...blocks import Furniture, Heading, HeaderLine, Inline, Diagnostic
from ...decode import decode_text, DEFAULT_MAX_BYTES
from ...text.reader import read_string
from ...text.header_values import iso_date
from . import syntax

MARKDOWN_EXTENSIONS = {".md", ".markdown"}
_GLYPH = "▶ "


def read_markdown(data: bytes, path: str, *, lang: str | None = None, encoding: str | None = None,
                  max_bytes: int = DEFAULT_MAX_BYTES):
    text, used = decode_text(data, path, encoding=encoding, max_bytes=max_bytes)
    lines = text.split("\n")
    front, start = syntax.front_matter(lines)
    out = list(lines)
    furniture: list[Furniture] = []
    header: list[HeaderLine] = []
    headings: dict[int, tuple[int, str, str]] = {}      # line → (level, text, printed)
    for i in range(start):
        if lines[i].strip() in ("---", "..."):
            furniture.append(Furniture(i + 1, "front_matter_fence", lines[i].strip()))
        elif lines[i].strip():
            header.append(HeaderLine(i + 1, "front_matter", Inline(lines[i].strip(), [])))
        out[i] = ""
    for i in range(start, len(lines)):
        line = lines[i]
        found = syntax.heading(line)
        if found is not None:
            headings[i + 1] = (found[0], found[1], line.strip())
            out[i] = _GLYPH + found[1]
        elif syntax.is_break(line):
            furniture.append(Furniture(i + 1, "thematic_break", line.strip()))
            out[i] = ""
        elif syntax.is_table_rule(line):
            furniture.append(Furniture(i + 1, "table_rule", line.strip()))
            out[i] = ""
        else:
            cells = syntax.table_cells(line)
            if cells is not None and len(cells) > 1:
                out[i] = "\t".join(cells)
    doc = read_string("\n".join(out), path, lang=lang, sha256=hashlib.sha256(data).hexdigest(),
                      encoding=used, size=len(data), markdown=True)
    doc.format = "markdown"
    _restore_headings(doc.body, headings)
    doc.header = header + doc.header
    doc.furniture = sorted(doc.furniture + furniture, key=lambda f: f.line)
    _front_values(doc, front)
    return doc


def _restore_headings(body: list, headings: dict) -> None:
    """Headings at their Markdown level (the shallowest used becomes 1),
    printed as in the source (hashes included)."""
    if not headings:
        return
    top = min(level for level, _, _ in headings.values())
    for block in body:
        if isinstance(block, Heading) and block.line in headings:
            level, _, printed = headings[block.line]
            block.level = min(level - top + 1, 6)
            block.printed = printed
            if block.level > 1 and block.kind == "part":
                block.kind = "subheading"


def _front_values(doc, front: dict) -> None:
    """Symbol, date and title from the front matter, where the document's own
    masthead did not give them (the masthead wins: it is the printed text)."""
    if not front:
        return
    doc.meta["front_matter"] = dict(front)
    symbol = front.get("symbol")
    if symbol and not doc.symbol:
        doc.symbol = symbol.strip()
    elif symbol and doc.symbol and symbol.strip() != doc.symbol:
        doc.diagnostics.append(Diagnostic("warning", "symbol-mismatch",
                                          f"front matter symbol {symbol} differs from the masthead's {doc.symbol}"))
    if front.get("date") and not doc.meta.get("date"):
        doc.meta["date"] = iso_date(front["date"]) or (front["date"] if _is_iso(front["date"]) else None)
    if front.get("title") and not doc.meta.get("title"):
        doc.meta["title"] = front["title"].rstrip(" :")


def _is_iso(text: str) -> bool:
    return len(text) == 10 and text[4] == "-" and text[7] == "-" and text.replace("-", "").isdigit()
