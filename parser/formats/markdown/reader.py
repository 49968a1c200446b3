"""The Markdown reader: bytes of a ``.md`` file → :class:`~parser.raw.RawDocument` of lines.

Markdown is handed to the layout stage as plain-text lines with its block
syntax taken off, line for line (so line numbers stay the source's): front
matter and thematic breaks become furniture and header lines, ``#`` headings
are marked for the layout (their level and printed line go along), pipe
tables become tab-separated rows. The layout stage reads the rest in
Markdown mode (:mod:`parser.layout.markdown`): a blank line ends a
paragraph, and footnote markers may be bare numbers, as PDF-to-Markdown
conversion leaves them (``Court 1 reaffirms``), linked to the ``[^n]:``
bodies at the end.
"""
from __future__ import annotations

import hashlib

from ...blocks import Furniture, HeaderLine, Inline
from ...decode import decode_text, DEFAULT_MAX_BYTES
from ...raw import RawDocument
from . import syntax

_GLYPH = "▶ "          # the text layout's mark of a heading line


def read_markdown(data: bytes, path: str, *, lang: str | None = None, encoding: str | None = None,
                  max_bytes: int = DEFAULT_MAX_BYTES, fmt: str = "markdown") -> RawDocument:
    text, used = decode_text(data, path, encoding=encoding, max_bytes=max_bytes)
    lines = text.split("\n")
    front, start = syntax.front_matter(lines)
    out = list(lines)
    raw = RawDocument(path=path, format="markdown", sha256=hashlib.sha256(data).hexdigest(), size=len(data),
                      encoding=used, language=lang, front_matter=front)
    for i in range(start):
        if lines[i].strip() in ("---", "..."):
            raw.furniture.append(Furniture(i + 1, "front_matter_fence", lines[i].strip()))
        elif lines[i].strip():
            raw.header.append(HeaderLine(i + 1, "front_matter", Inline(lines[i].strip(), [])))
        out[i] = ""
    for i in range(start, len(lines)):
        line = lines[i]
        found = syntax.heading(line)
        if found is not None:
            raw.headings[i + 1] = (found[0], line.strip())
            out[i] = _GLYPH + found[1]
        elif syntax.is_break(line):
            raw.furniture.append(Furniture(i + 1, "thematic_break", line.strip()))
            out[i] = ""
        elif syntax.is_table_rule(line):
            raw.furniture.append(Furniture(i + 1, "table_rule", line.strip()))
            out[i] = ""
        else:
            cells = syntax.table_cells(line)
            if cells is not None and len(cells) > 1:
                out[i] = "\t".join(cells)
    raw.lines = "\n".join(out)
    return raw
