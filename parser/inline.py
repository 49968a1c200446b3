"""Inline markup of the plain-text reader, turned into clean text plus spans.

Handles markdown links ``[text](target)`` (text kept, a ``link`` span keeps the
target, placeholders such as ``#`` included), superscript footnote markers
(``¹`` … ``¹⁶``), and markdown footnote references ``[^3]``. Markers are removed
from the text and become zero-width ``footnote_ref`` spans at their position.
"""
from __future__ import annotations

import re

from .blocks import Inline

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUP_VALUE = {c: i for i, c in enumerate(SUPERSCRIPT_DIGITS)}
SUPERSCRIPT_CLASS = "[⁰¹²³⁴-⁹]"
_HAS_MARKUP = re.compile(r"[\[⁰¹²³⁴-⁹]")

# One alternation, no nested quantifiers: each branch is linear.
_MARKUP = re.compile(
    r"\[\^(?P<mdref>\d{1,4})\]"                        # [^3]
    r"|\[(?P<ltext>[^\[\]\n]{0,2000})\]\((?P<href>[^()\s]{0,2000})\)"  # [text](target)
    r"|(?P<sup>[⁰¹²³⁴-⁹]{1,4})"                        # superscript marker run
)


def superscript_value(run: str) -> int:
    """``'¹⁶'`` → 16."""
    value = 0
    for ch in run:
        value = value * 10 + _SUP_VALUE[ch]
    return value


def split_marker_run(run: str, known: set[int], expected: int) -> list[int]:
    """Decide which footnote numbers a run of superscript digits stands for.

    ``¹²`` is footnote 12 when a body 12 exists; it is footnotes 1 and 2 when
    bodies 1 and 2 exist and 12 does not, and the split continues the expected
    sequence. Anything else is read as one number (and will be reported if no
    body has it)."""
    whole = superscript_value(run)
    if whole in known or len(run) == 1:
        return [whole]
    digits = [_SUP_VALUE[c] for c in run]
    # try splitting into consecutive numbers starting at a known one
    for cut in range(1, len(run)):
        left = superscript_value(run[:cut])
        right = superscript_value(run[cut:])
        if left in known and right in known and right == left + 1 and run[cut] != "⁰":
            return [left, right]
    if all(d in known for d in digits) and digits == list(range(digits[0], digits[0] + len(digits))) and digits[0] >= expected - 1:
        return digits
    return [whole]


class MarkupConverter:
    """Converts raw strings of one document; remembers the last marker number so
    ambiguous runs can be read as the continuation of the sequence."""

    def __init__(self, known_footnotes: set[int]):
        self.known = known_footnotes
        self.expected = 1

    def convert(self, raw: str) -> Inline:
        if _HAS_MARKUP.search(raw) is None:
            return Inline(raw, [])
        out: list[str] = []
        spans: list[dict] = []
        pos = 0
        length = 0
        for m in _MARKUP.finditer(raw):
            before = raw[pos:m.start()]
            out.append(before)
            length += len(before)
            if m.group("mdref") is not None:
                n = int(m.group("mdref"))
                spans.append(_ref(length, n, m.group(0)))
                self.expected = n + 1
            elif m.group("sup") is not None:
                run = m.group("sup")
                for n in split_marker_run(run, self.known, self.expected):
                    spans.append(_ref(length, n, run))
                    self.expected = n + 1
            else:
                text = m.group("ltext")
                # markers inside link text are rare; convert them recursively
                inner = self.convert(text)
                spans.append({"type": "link", "start": length, "end": length + len(inner.text), "href": m.group("href")})
                for s in inner.spans:
                    s = dict(s)
                    s["start"] += length
                    s["end"] += length
                    spans.append(s)
                out.append(inner.text)
                length += len(inner.text)
            pos = m.end()
        rest = raw[pos:]
        out.append(rest)
        return Inline("".join(out), spans)


def _ref(offset: int, number: int, marker: str) -> dict:
    return {"type": "footnote_ref", "start": offset, "end": offset, "number": number,
            "footnote": f"fn-{number}", "marker": marker}


def concat(parts: list[tuple[str, Inline]]) -> tuple[Inline, list[int]]:
    """Join inlines with separators; return the result and the offset at which
    each part after the first starts."""
    text_parts: list[str] = []
    spans: list[dict] = []
    offsets: list[int] = []
    length = 0
    for i, (sep, inl) in enumerate(parts):
        if i:
            text_parts.append(sep)
            length += len(sep)
            offsets.append(length)
        for s in inl.spans:
            s = dict(s)
            s["start"] += length
            s["end"] += length
            spans.append(s)
        text_parts.append(inl.text)
        length += len(inl.text)
    return Inline("".join(text_parts), spans), offsets
