"""Paragraphs numbered by section, as UN budget fascicles and reports print
them: ``25.1``, ``25.2`` … in section 25, ``3.12`` in chapter 3.

Why a module of its own: the number is the paragraph's citation
(``A/80/6 (Sect. 25), para. 25.12``), so it is kept whole as a string
(``"25.1"``), never cut to ``25`` or to ``1``; and a decimal figure opening a
sentence (``2.5 million people``) must not be taken for one. A section
number is followed by a tab (Word's typed layout), or by a space and a
capital letter, an opening bracket or quote.
"""
from __future__ import annotations

import re

_SECTION_PARA = re.compile(r"^(?P<num>\d{1,3}\.\d{1,3})(?:\t[\t ]{0,8}|[ \u00a0\u3000]{1,4}(?=[A-Z(\[“\"‘À-Ý\u4e00-\u9fff]))")


def section_number(text: str) -> tuple[str, int] | None:
    """``("25.1", end)`` when *text* opens with a section paragraph number
    (``end`` is where the paragraph's own text starts), None otherwise."""
    m = _SECTION_PARA.match(text)
    if m is None:
        return None
    return m["num"], m.end()


def paragraph_number(printed: str) -> int | str:
    """``"7"`` → 7; ``"25.1"`` → ``"25.1"`` (a section paragraph keeps its string)."""
    return int(printed) if printed.isdigit() else printed
