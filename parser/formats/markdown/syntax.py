"""Markdown block syntax, line by line, as pure functions: front matter,
ATX headings (``#`` … ``######``, with or without the space after the hashes,
as converters often write ``##Title``), thematic breaks and pipe-table rows.

Why not a Markdown library: the reader needs the source line of every block
and must keep every character (the tree is checked against the source), and
the documents use a handful of block forms; a CommonMark parser would give
HTML or a token stream without that guarantee.
"""
from __future__ import annotations

import re

_HEADING = re.compile(r"^ {0,3}(?P<hashes>#{1,6})(?P<text>(?:[ \t]+|(?=[^#\s])).*?)(?:[ \t]+#+)?[ \t]*$")
_BREAK = re.compile(r"^ {0,3}(?:(?:-[ \t]{0,8}){3,200}|(?:\*[ \t]{0,8}){3,200}|(?:_[ \t]{0,8}){3,200})$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,200}:?[ \t]{0,8}(?:\|[ \t]{0,8}:?-{3,200}:?[ \t]{0,8}){0,100}\|?\s*$")
_FRONT_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w-]{0,40})\s*:\s*(?P<value>.*)$")


def front_matter(lines: list[str]) -> tuple[dict, int]:
    """``(values, end)``: the YAML front matter between ``---`` fences at the
    top (simple ``key: value`` lines, quotes removed) and the index of the
    line after the closing fence; ``({}, 0)`` when there is none."""
    if not lines or lines[0].strip() != "---":
        return {}, 0
    values: dict = {}
    for i in range(1, min(len(lines), 200)):
        text = lines[i].strip()
        if text in ("---", "..."):
            return values, i + 1
        m = _FRONT_KEY.match(text)
        if m:
            value = m["value"].strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            values[m["key"]] = value
    return {}, 0


def heading(line: str) -> tuple[int, str] | None:
    """``(level, text)`` of an ATX heading line, None otherwise."""
    m = _HEADING.match(line)
    if not m or not m["text"].strip():
        return None
    return len(m["hashes"]), m["text"].strip()


def is_break(line: str) -> bool:
    """A thematic break (``---``, ``***``, ``___``)."""
    return bool(_BREAK.match(line))


def table_cells(line: str) -> list[str] | None:
    """The cells of a pipe-table row (``| a | b |``), None for other lines."""
    text = line.strip()
    if not text.startswith("|") or text.count("|") < 2:
        return None
    inner = text[1:-1] if text.endswith("|") else text[1:]
    return [c.strip() for c in inner.split("|")]


def is_table_rule(line: str) -> bool:
    """The delimiter row under a pipe table's header (``|---|:---:|``)."""
    return "-" in line and "|" in line and bool(_TABLE_RULE.match(line))
