"""Body lines → paragraphs (and headings), as raw entries for the assembler.

Why these cues, in this order (each seen in the UN and ILO PDFs):

- a vertical gap wider than the usual line pitch of that size starts a
  paragraph (the pitch is the smallest spacing common in the document, since
  single-line paragraphs make the paragraph spacing common too);
- a change of size starts one (a heading, a quotation in smaller type);
- a line starting with a number or item label (``7.``, ``(a)``, ``25.1``)
  starts one — unless it only wrapped there: a full line ending mid-sentence
  above it, same left edge, one line pitch (``see paras.`` / ``25.6 to 25.8``);
- first-line indent: a line indented from the column margin after a line at
  the margin starts one — unless it sits at the previous line's tab stop,
  which is the hanging indent of a numbered paragraph;
- a short line ending a sentence ends its paragraph (CJK text is justified,
  so its last line is the only short one).

Lines are joined with a space; none after a line-end hyphen (a hyphen at a
line end in UN/ILO English is usually real: ``Secretary-General``, so it is
kept) and none where either side is CJK.
"""
from __future__ import annotations

import re

from ...blocks import Inline
from .chars import is_cjk
from .lines import Line

LABEL = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3})*[.)]?|\([a-z]{1,3}\)|\([ivx]{1,5}\)|[a-z]\)|[IVX]{1,6}\.|[A-H]\.)"
                   r"(?:\t|\s)")
SENTENCE_END = tuple(".。:：;；!！?？")
ROMAN = re.compile(r"^[IVX]{1,6}\.\s")
LETTER = re.compile(r"^[A-H]\.\s")
NUMBER = re.compile(r"^\d{1,2}\.\s")


def line_pitch(lines: list[Line]) -> dict[float, float]:
    """Per text size, the smallest baseline spacing that occurs at least three times."""
    seen: dict[float, dict[float, int]] = {}
    for a, b in zip(lines, lines[1:]):
        if a.page != b.page or abs(a.size - b.size) > 0.5:
            continue
        d = round(a.baseline - b.baseline, 0)
        if d > 0:
            bucket = seen.setdefault(round(a.size), {})
            bucket[d] = bucket.get(d, 0) + 1
    out = {}
    for size, counts in seen.items():
        common = [d for d, n in counts.items() if n >= 3] or list(counts)
        out[size] = min(common)
    return out


class Margins:
    """Left and right text edges of each page (lines at body size)."""

    def __init__(self, lines: list[Line]):
        self.left: dict[int, float] = {}
        self.right: dict[int, float] = {}
        for ln in lines:
            self.left[ln.page] = min(self.left.get(ln.page, ln.x0), ln.x0)
            self.right[ln.page] = max(self.right.get(ln.page, ln.x1), ln.x1)


def starts_paragraph(prev: Line, cur: Line, pitch: dict, margins: Margins) -> bool:
    """Whether ``cur`` starts a new paragraph after ``prev`` (see the module docstring)."""
    if abs(cur.size - prev.size) > 0.15 * prev.size:
        return True
    size = max(prev.size, 1.0)
    ends = prev.text.rstrip().endswith(SENTENCE_END)
    short = prev.x1 < margins.right.get(prev.page, prev.x1) - 4 * size
    if LABEL.match(cur.text):
        # "… (see paras.\n25.6 to 25.8 …)": a number that only wrapped to the line start
        # continues a full line that ends mid-sentence, at the same left edge, one pitch below
        edge = _text_edge(prev)
        wrapped = (not ends and not short and cur.page == prev.page and abs(cur.x0 - edge) < 1.0
                   and 0 < prev.baseline - cur.baseline <= pitch.get(round(prev.size), 1.2 * size) * 1.15 + 1.0)
        return not wrapped
    step = prev.baseline - cur.baseline
    if cur.page != prev.page or step < -size:       # next page, or the top of the next column
        return short and ends
    if step > pitch.get(round(prev.size), 1.2 * size) * 1.15 + 1.0:
        return True
    left = margins.left.get(cur.page, cur.x0)
    if cur.x0 > prev.x0 + 0.8 * size and prev.x0 < left + 0.5 * size:
        if abs(cur.x0 - _text_edge(prev)) >= 0.5 * size:
            return True
    if ends and short and (is_cjk(prev.text.rstrip()[-1]) or cur.x0 > left + 0.5 * size):
        return True
    return False


def _text_edge(line: Line) -> float:
    """Where a line's text starts: after its number or item label (a hanging
    indent's tab stop) when it has one, else its left edge."""
    m = LABEL.match(line.text)
    if not m:
        return line.x0
    skip = sum(1 for ch in m.group(0) if not ch.isspace())
    seen = 0
    for c in sorted(line.chars, key=lambda c: c.x0):
        if c.ch == " ":
            continue
        if seen == skip:
            return c.x0
        seen += 1
    return line.x0


def join(parts: list[tuple[Line, str, list]]) -> tuple[Inline, list[dict]]:
    """One Inline from (line, text, refs) parts, and joins (offset, line, separator)."""
    from .markers import ref_span, marker_number
    text = ""
    spans: list[dict] = []
    joins: list[dict] = []
    for k, (ln, t, refs) in enumerate(parts):
        if k:
            sep = _separator(text, t)
            joins.append({"offset": len(text), "line": ln.no, "separator": sep})
            text += sep
        base = len(text)
        for off, marker in refs:
            spans.append(ref_span(base + off, marker_number(marker), marker))
        text += t
    return Inline(text.replace("\t", " ") if not _hanging(parts) else _tab_once(text), spans), joins


def _hanging(parts) -> bool:
    return bool(parts) and LABEL.match(parts[0][1]) is not None


def _tab_once(text: str) -> str:
    """Keep the tab after a paragraph number (the assembler reads it as the
    number's separator); later tabs become spaces, offsets unchanged."""
    i = text.find("\t")
    return text[:i + 1] + text[i + 1:].replace("\t", " ")


def _separator(before: str, after: str) -> str:
    if not before or not after:
        return ""
    a, b = before[-1], after[0]
    if a == "-" and len(before) > 1 and before[-2].isalpha():
        return ""
    if is_cjk(a) or is_cjk(b):
        return ""
    return " "


def heading_level(text: str, lines: list[Line], seen_body: bool) -> int | None:
    """Outline level (0 part, 1 lettered, 2 numbered or plain) of a bold
    paragraph of at most three lines that does not end like a sentence; None
    otherwise."""
    body = [c for line in lines for c in line.chars if c.ch != " "]
    if len(lines) > 3 or not body or sum(c.bold for c in body) < 0.8 * len(body) or len(text) > 240:
        return None
    if text.rstrip().endswith((".", ",", ";", "。", "，", "；", ":")):
        return None
    if ROMAN.match(text):
        return 0
    if LETTER.match(text):
        return 1
    if NUMBER.match(text):
        return 2
    return 1 if seen_body else None
