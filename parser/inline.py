"""Inline markup of the plain-text reader, turned into clean text plus spans.

Handles markdown links ``[text](target)`` (text kept, a ``link`` span keeps the
target, placeholders such as ``#`` included), superscript footnote markers
(``¹`` … ``¹⁶``), and markdown footnote references ``[^3]``. Markers are removed
from the text and become zero-width ``footnote_ref`` spans at their position.

Plain-digit markers (``Agreement,2``, ``概要1``, ``…理事会。2``), which PDF
conversion leaves in older documents, are read only when the converter is told
the document uses them (``plain_digits=True``), and then conservatively: the
digits must sit where a marker sits (glued to a lower-case word or after
punctuation, never inside a number, a symbol, a URL, ``COVID-19`` or between two
Chinese characters), a footnote body with that number must exist, and the
number must be the next one in the sequence. Anything else stays text.

Also the helpers every reader and the layout stage use on an :class:`Inline`:
:func:`concat`, :func:`strip_inline`, :func:`cut_inline`, :func:`tail_inline`.
"""
from __future__ import annotations

import re
from bisect import bisect_right

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


# a run of 1-3 ASCII digits not preceded or followed by another digit
_PLAIN = re.compile(r"(?<![0-9])[0-9]{1,3}(?![0-9])")
_CLOSING = set(".,;:)]”’\"'»。，；：、）」』》！？!?")
_CJK_PUNCT = set("。，；：、）」』》！？")
_NUMBER_PUNCT = set(".,:")        # "1,000", "2.5", "10:30": digit + these + digit is a number
_CJK_UNITS = set("年月日个项名次届份家条种章款类位倍亿万千百十")   # 。3个国家: a number
_TOKEN_WINDOW = 200
_URL_HINTS = ("/", "@", "www.", "http", "\\")


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def plain_marker_candidates(text: str) -> list[tuple[int, int, int]]:
    """``(start, end, number)`` for every digit run that sits where a footnote
    marker sits (see the module docstring); no check against bodies here."""
    out: list[tuple[int, int, int]] = []
    if not any(c.isdigit() for c in text):
        return out
    n = len(text)
    for m in _PLAIN.finditer(text):
        start, end = m.start(), m.end()
        if start == 0:
            continue
        prev = text[start - 1]
        nxt = text[end] if end < n else ""
        if _is_cjk(prev):
            # 概要1 / 框架2，: at the end of a clause only; 第3项, 2019年3月 stay text
            if nxt and not (nxt.isspace() or nxt in _CLOSING):
                continue
        elif prev in _CLOSING:
            if prev in _NUMBER_PUNCT and start >= 2 and text[start - 2].isdigit():
                continue
            if prev == "." and start >= 2 and text[start - 2].isupper() and not text[start - 3:start - 2].isalpha():
                continue      # "GC(69)/RES/9 A.2": a part label, not a marker
            if prev not in _CJK_PUNCT and (start < 2 or text[start - 2].isspace()):
                continue      # a lone bracket or quote: not glued to anything
        elif not (prev.isalpha() and prev.islower()):
            continue          # space, "-", "/", "(", capital letters (G20, COVID19)…
        if prev in _CJK_PUNCT and _is_cjk(nxt) and nxt not in _CJK_UNITS:
            pass              # 理事会。2下一句: the next sentence starts right after the marker
        elif nxt and (nxt.isalnum() or nxt in "-/%‰°$€£" or (nxt in ".," and end + 1 < n and text[end + 1].isdigit())):
            continue
        # the whitespace-delimited token must not be a URL, a path or a symbol
        # (looked at within a bounded window, so long unspaced CJK text stays linear)
        lo = max(0, start - _TOKEN_WINDOW)
        token_start = text.rfind(" ", lo, start) + 1 or lo
        token_end = text.find(" ", end, end + _TOKEN_WINDOW)
        token = text[token_start: token_end if token_end >= 0 else min(n, end + _TOKEN_WINDOW)]
        if any(h in token for h in _URL_HINTS):
            continue
        out.append((start, end, int(m.group(0))))
    return out


def marker_numbers(text: str) -> set[int]:
    """Numbers of every footnote marker candidate in a raw text (superscript,
    ``[^n]`` and plain digits): used to decide whether a ``3 text`` line can be
    the body of footnote 3."""
    found = {n for _, _, n in plain_marker_candidates(text)}
    for m in _MARKUP.finditer(text):
        if m.group("mdref") is not None:
            found.add(int(m.group("mdref")))
        elif m.group("sup") is not None:
            found.add(superscript_value(m.group("sup")))
    return found


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

    def __init__(self, known_footnotes: set[int], plain_digits: bool = False, spaced: bool = False,
                 slash: bool = False):
        self.known = known_footnotes
        self.expected = 1
        self.plain_digits = plain_digits or spaced
        # also bare numbers between spaces (Markdown from PDF): parser.layout.bare_markers
        self.spaced = spaced
        self.slash = slash            # older UN documents: "Programme of Action 1/" and a body "1/ …"
        self.plain_digits = self.plain_digits or slash

    def convert(self, raw: str, allow_plain: bool = True, allow_spaced: bool = True) -> Inline:
        """Clean text and spans of *raw*; ``allow_plain=False`` for texts where
        digits are never markers (table cells, footnote bodies)."""
        plain = bool(self.plain_digits and allow_plain and self.known)
        if _HAS_MARKUP.search(raw) is None and not (plain and any(c.isdigit() for c in raw)):
            return Inline(raw, [])
        out: list[str] = []
        spans: list[dict] = []
        pos = 0
        length = 0
        events: list = list(_MARKUP.finditer(raw))
        if plain:
            starts = [m.start() for m in events]       # markup matches: sorted, not overlapping
            ends = [m.end() for m in events]
            found = plain_marker_candidates(raw)
            if self.spaced and allow_spaced:      # never in headings: "Article 1" is a number
                from .layout.bare_markers import spaced_candidates
                taken = {c[0] for c in found}
                found += [c for c in spaced_candidates(raw) if c[0] not in taken]
            if self.slash:
                from .layout.bare_markers import slash_candidates
                slashed = slash_candidates(raw)
                starts_taken = {c[0] for c in slashed}
                found = [c for c in found if c[0] not in starts_taken] + slashed
            for start, end, n in found:
                k = bisect_right(starts, start) - 1
                if k < 0 or start >= ends[k]:          # not inside a link or another marker
                    events.append(_PlainMatch(start, end, n, raw[start:end]))
            events.sort(key=lambda e: e.start())
        for m in events:
            if isinstance(m, _PlainMatch):
                if not (m.number in self.known and m.number == self.expected):
                    continue      # digits that are not the next marker stay text
                before = raw[pos:m.start()]
                out.append(before)
                length += len(before)
                spans.append(_ref(length, m.number, m.text))
                self.expected = m.number + 1
                pos = m.end()
                continue
            before = raw[pos:m.start()]
            out.append(before)
            length += len(before)
            if m.group("mdref") is not None and int(m.group("mdref")) >= 1000 and int(m.group("mdref")) not in self.known:
                out.append(m.group(0))       # "[^2013]:": a wrapped note line starting with a year, not a marker
                length += len(m.group(0))
            elif m.group("mdref") is not None:
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


class _PlainMatch:
    """A plain-digit marker candidate, shaped like the ``re.Match`` objects it
    is sorted with."""
    __slots__ = ("_start", "_end", "number", "text")

    def __init__(self, start: int, end: int, number: int, text: str | None = None):
        self._start, self._end, self.number, self.text = start, end, number, text or str(number)

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


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


def strip_inline(inl: Inline) -> Inline:
    """Whitespace removed at both ends, spans moved to match (zero-width spans
    at an end stay at that end)."""
    text = inl.text
    left = len(text) - len(text.lstrip())
    new = text.strip()
    if left == 0 and len(new) == len(text):
        return inl
    spans = []
    for s in inl.spans:
        start = min(max(s["start"] - left, 0), len(new))
        end = min(max(s["end"] - left, 0), len(new))
        spans.append(dict(s, start=start, end=end))
    return Inline(new, spans)


def cut_inline(inl: Inline, n: int) -> Inline:
    """The inline without its first ``n`` characters (a number prefix)."""
    return strip_inline(Inline(inl.text[n:], [dict(s, start=max(s["start"] - n, 0), end=max(s["end"] - n, 0))
                                              for s in inl.spans]))


def tail_inline(inl: Inline, start: int) -> Inline:
    """The inline from offset ``start`` on (a header value after its label)."""
    spans = [dict(s, start=s["start"] - start, end=s["end"] - start) for s in inl.spans if s["start"] >= start]
    return Inline(inl.text[start:], spans)
