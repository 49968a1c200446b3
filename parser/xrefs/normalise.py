"""Folding text for matching without losing the offsets of the original.

The grammar asks for NFKC on a *copy* of the text (full-width ``ＧＢ．３３５``,
``（`` ``／`` ``：``, ``ᵉ``). A plain NFKC can change the length of the text
(``…`` becomes ``...``), which would shift every offset. :func:`fold` therefore
applies only the NFKC mappings that turn one character into exactly one
character, through one ``str.translate`` (C speed), so index *i* of the folded
copy is index *i* of the original. Superscript digits and circled numbers are
left alone on purpose: they are footnote markers or list numbers, and folding
them to digits would glue them onto the symbol they follow (``A/75/79¹``).
Dashes are folded to ``-`` because joint symbols and ranges treat them alike.
"""
from __future__ import annotations

import re
import unicodedata

from ..numerals import roman

_KEEP = set("⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉")
_DASHES = "‐‑‒–—―−﹘﹣－"
_TABLE: dict[int, str] | None = None
_FOLDABLE: re.Pattern | None = None


def _is_circled(cp: int) -> bool:
    return 0x2460 <= cp <= 0x24FF or 0x3251 <= cp <= 0x32BF or 0x2776 <= cp <= 0x2793


def _build_table() -> dict[int, str]:
    """One-to-one NFKC folds of the blocks where council documents have
    compatibility forms (Latin-1 and modifier letters, punctuation and
    superscripts, letterlike symbols, CJK punctuation, small and full-width
    forms), plus dashes and the ideographic space."""
    table: dict[int, str] = {}
    ranges = [(0x00A0, 0x0250), (0x02B0, 0x0370), (0x1D00, 0x1DC0), (0x2000, 0x2200),
              (0x3000, 0x3040), (0xFE10, 0xFE70), (0xFF00, 0xFFF0)]
    for lo, hi in ranges:
        for cp in range(lo, hi):
            if 0xD800 <= cp <= 0xDFFF or _is_circled(cp):
                continue
            ch = chr(cp)
            if ch in _KEEP:
                continue
            folded = unicodedata.normalize("NFKC", ch)
            if folded != ch and len(folded) == 1:
                table[cp] = folded
    for d in _DASHES:
        table[ord(d)] = "-"
    table[0x3000] = " "
    return table


def fold(text: str) -> str:
    """The matching copy of *text*: same length, same offsets."""
    global _TABLE, _FOLDABLE
    if text.isascii():
        return text
    if _TABLE is None:
        _TABLE = _build_table()
        _FOLDABLE = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_TABLE)) + "]")
    # a regex over the few characters that fold beats str.translate's
    # per-character dict lookups on CJK text, where most characters stay
    table = _TABLE
    return _FOLDABLE.sub(lambda m: table[ord(m.group(0))], text)


_SPACES = re.compile(r"\s+")


def canonical(surface: str) -> str:
    """A target from a surface: full NFKC, no spaces, dashes as ``-``."""
    s = unicodedata.normalize("NFKC", surface)
    for d in _DASHES:
        s = s.replace(d, "-")
    return _SPACES.sub("", s)


_ZH_NUM = {c: i for i, c in enumerate("一二三四五六七八九十", 1)}


def zh_roman(n: str | None) -> str | None:
    """A number written in Chinese numerals as a Roman numeral, as appendices
    and Conference reports are numbered (``附件七`` → ``VII``, ``附件十一`` →
    ``XI``, ``报告五`` → ``V``); other numbers as printed."""
    if not n or n[0] not in _ZH_NUM:
        return n
    value = _ZH_NUM[n[0]] if len(n) == 1 else (
        10 + _ZH_NUM[n[1]] if n[0] == "十" else _ZH_NUM[n[0]] * 10 if n[1] == "十" else None)
    if not value or value >= 40:
        return n
    return roman(value)
