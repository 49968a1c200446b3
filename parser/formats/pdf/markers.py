"""Footnote markers in a line: superscripts (smaller and raised) become
zero-width ``footnote_ref`` positions; the 1990s UN style `` 1/`` written on
the line is found once the note bodies are known.

Why from the characters: a superscript ``2`` glued to ``Agreement`` is only a
marker because it is smaller and above the baseline; the text alone cannot
tell it from ``Agreement 2``. A raised run is a marker when it is one to three
digits or one to three asterisks; anything else raised (``st`` in ``21st``,
``e`` in ``XXe siècle``, a table note ``a``, an endnote ``i``) stays text —
letters would collide with the numbered notes.
"""
from __future__ import annotations

import re

from ...blocks import Inline
from .chars import is_cjk
from .lines import Line, SPACE_GAP

MARKER_TEXT = re.compile(r"^(?:\d{1,3}|\*{1,3})$")
# `` 1/`` inline (A/RES/48/161): a number and a slash after a space, before a space or punctuation
TITLE_STAR = re.compile(r"(?<=[^\s*])(\*{1,3})$")
SLASH_MARKER = re.compile(r" (\d{1,2})/(?=[\s,.;:)]|$)")


def _raised(c, line: Line) -> bool:
    return c.ch != " " and c.size < 0.85 * line.size and c.oy > line.baseline + 0.15 * line.size


def line_inline(line: Line) -> tuple[str, list[tuple[int, str]]]:
    """The line's text with superscript markers taken out, and ``(offset,
    marker)`` for each; segments are joined with a tab as in ``line.text``."""
    if line.rotated or line.smallest >= 0.85 * line.size or not any(_raised(c, line) for c in line.chars):
        return _title_star(line.text, [])   # nothing smaller and raised in the line: no superscript
    parts: list[str] = []
    refs: list[tuple[int, str]] = []
    for si, seg in enumerate(line.segments):
        if si:
            while parts and parts[-1] == " ":
                parts.pop()                 # no space before a tab stop
            parts.append("\t")
        prev = None
        i, n = 0, len(seg)
        while i < n:
            c = seg[i]
            if line.rotated or not _raised(c, line):
                _append_char(parts, c, prev)
                if c.ch != " ":
                    prev = c
                i += 1
                continue
            j = i
            while j < n and _raised(seg[j], line):
                j += 1
            run = "".join(x.ch for x in seg[i:j])
            if MARKER_TEXT.match(run) and (prev is not None or j < n):
                refs.append((len("".join(parts).rstrip(" ")), run))
                text = "".join(parts).rstrip(" ")
                parts = [text]
            else:
                for x in seg[i:j]:
                    _append_char(parts, x, prev)
                    prev = x
            i = j
    text = "".join(parts)
    stripped = text.strip()
    if stripped != text:
        lead = len(text) - len(text.lstrip())
        refs = [(max(0, min(o - lead, len(stripped))), m) for o, m in refs]
    return _title_star(stripped, refs)


def _title_star(text: str, refs: list) -> tuple[str, list]:
    """``… resolution 5/1*`` with the star in the text's own size or barely
    raised: a note on the title all the same."""
    m = TITLE_STAR.search(text)
    if m is None:
        return text, refs
    return text[:m.start()], refs + [(m.start(), m.group(1))]


def _append_char(parts: list[str], c, prev) -> None:
    if c.ch == " ":
        if parts and not parts[-1].endswith((" ", "\t")):
            parts.append(" ")
        return
    if prev is not None and parts and not parts[-1].endswith((" ", "\t")):
        gap = c.x0 - prev.x1
        if gap > SPACE_GAP * max(c.size, prev.size, 1.0) and not (is_cjk(c.ch) and is_cjk(prev.ch)):
            parts.append(" ")
    parts.append(c.ch)


def marker_number(marker: str) -> int:
    """``'3'`` → 3; ``'*'`` → 0 (a note on the title); ``'a'`` → 1."""
    if marker.isdigit():
        return int(marker)
    if marker.startswith("*"):
        return 0
    return ord(marker[0]) - ord("a") + 1


def slash_refs(inl: Inline, numbers: set[int]) -> Inline:
    """`` 1/`` markers whose number has a ``1/`` note body: taken out of the
    text (with the space before them) as footnote_ref spans."""
    if "/" not in inl.text or not numbers:
        return inl
    text, spans = inl.text, list(inl.spans)
    out, pos, removed = [], 0, 0
    for m in SLASH_MARKER.finditer(text):
        n = int(m.group(1))
        if n not in numbers:
            continue
        out.append(text[pos:m.start()])
        at = m.start() - removed
        cut = m.end() - m.start()
        spans = [_shift(s, m.start(), cut) for s in spans]
        spans.append(ref_span(at, n, m.group(1) + "/"))
        removed += cut
        pos = m.end()
    if pos == 0:
        return inl
    out.append(text[pos:])
    return Inline("".join(out), spans)


def _shift(s: dict, at: int, cut: int) -> dict:
    if s["start"] >= at + cut:
        return dict(s, start=s["start"] - cut, end=s["end"] - cut)
    return s


def ref_span(offset: int, number: int, marker: str) -> dict:
    return {"type": "footnote_ref", "start": offset, "end": offset, "number": number,
            "footnote": f"fn-{number}", "marker": marker}
