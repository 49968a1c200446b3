"""A table of contents printed as text: ``CONTENTS`` (or ``Table des
matières``, ``Índice``, ``目录``), an optional column line ``Paragraphs Page``,
then entries with dotted leaders and page numbers
(``I. Introduction ........ 1–5 3``), an entry sometimes wrapped over two
lines. It lists the document, it is not the document: read as a table of
kind ``contents`` instead of headings and paragraphs.
"""
from __future__ import annotations

import re

TITLES = ("contents", "table des matières", "índice", "indice", "目录", "目 录", "table of contents", "sommaire")
_COLUMNS = re.compile(r"^(?:Paragraphs|Paragraphes|Párrafos|段次)?\s*(?:Page|Pages|Página|Páginas|页次)$", re.IGNORECASE)
_LEADER = re.compile(r"(?:\.[ \u00a0]?){3,200}|…{2,100}|_{4,200}")
_PAGE_END = re.compile(r"\d{1,4}$")


def is_title(text: str) -> bool:
    return text.strip().rstrip(":：").strip().lower() in TITLES


def _entry(text: str) -> bool:
    """A contents entry: a dotted leader, then (paragraphs and) a page number."""
    m = _LEADER.search(text)
    return bool(m) and bool(_PAGE_END.search(text[m.end():].strip() or "x"))


def block(texts: list[str], start: int) -> int:
    """If ``texts[start]`` is a contents title followed by entries, the index
    after the last entry; else *start* (no contents here)."""
    if not is_title(texts[start]):
        return start
    i = start + 1
    n = len(texts)

    def next_content(j: int) -> int:
        while j < n and not texts[j].strip():
            j += 1
        return j
    i = next_content(i)
    if i < n and _COLUMNS.match(texts[i].strip()):
        i = next_content(i + 1)
    end = start
    while i < n:
        if _entry(texts[i]):
            end = i + 1
            i = next_content(i + 1)
            continue
        j = next_content(i + 1)
        if j < n and _entry(texts[j]) and len(texts[i].strip()) <= 120:     # an entry wrapped over two lines
            i = j
            continue
        break
    return end if end > start else start
