"""Numbered sub-headings told apart from numbered paragraphs.

Reports often number their sub-headings ``1.``, ``2.`` inside a section
whose paragraphs run ``24.``, ``25.``: ``1. Women, peace and security``
between paragraphs 24 and 25 is a heading, not paragraph 1 (which would be
reported as a repeat). A numbered block is a sub-heading when it is short,
does not end a sentence, has no items, and the paragraph numbering runs on
across it (the next numbered paragraph continues the one before it).
"""
from __future__ import annotations

HEADING_MAX = 100
_TERMINAL = tuple(".;:!?。；：！？")


def subheading_indexes(numbers: list, texts: list[str], has_items: list[bool]) -> set[int]:
    """Indexes of the numbered blocks that are sub-headings. *numbers* holds
    each numbered block's number in order (ints), *texts* its text."""
    out: set[int] = set()
    prev = None                                   # last number of the paragraph sequence
    for k, (n, text) in enumerate(zip(numbers, texts)):
        if not isinstance(n, int):
            prev = None
            continue
        nxt = next((m for m in numbers[k + 1:] if isinstance(m, int)), None) if prev is not None else None
        if (prev is not None and n <= prev and nxt == prev + 1 and not has_items[k]
                and len(text) <= HEADING_MAX and not text.rstrip().endswith(_TERMINAL)):
            out.add(k)
            continue
        prev = n
    return out
