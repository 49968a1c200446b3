"""Page headers and footers of a .docx: page furniture, never body text.

Word repeats them on every page; they are kept (so nothing is lost) as
furniture entries: a page number, the document symbol, or a running head.
They have no body position, so their ``line`` is 1.
"""
from __future__ import annotations

import re

from ...blocks import Furniture
from .ns import W
from .notes import part_links
from .runs import InlineReader

_PAGE = re.compile(r"^(?:[-–—]\s*)?(?:Page\s+|page\s+|第\s*)?\d{1,4}(?:\s*页)?(?:\s*[-–—])?$"
                   r"|^\d{1,4}\s*/\s*\d{1,4}$")                     # "3/18" (page 3 of 18)
# a council or UN document symbol alone: GB.340/INS/6, A/80/6 (Sect. 25), E/2024/55/Add.1
_SYMBOL = re.compile(r"^[A-Z]{1,8}(?:\.\d{1,3}(?:bis)?)?(?:/[A-Za-z0-9.]{1,12}){1,6}"
                     r"(?:\s*\((?:Sect|Part|Rev|Add|Corr|Amend)\.?[^()]{0,20}\))?$")


def page_furniture(part) -> list[Furniture]:
    out: list[Furniture] = []
    seen: set[str] = set()
    for rel in part.rels.values():
        if rel.is_external or not ((rel.reltype or "").endswith("/header") or (rel.reltype or "").endswith("/footer")):
            continue
        target = rel.target_part
        el = getattr(target, "element", None)
        if el is None:
            continue
        reader = InlineReader(part_links(target), None)
        for p in el.iter(W + "p"):
            text = reader.read(p).text.strip()
            if not text or text in seen:
                continue
            seen.add(text)
            if _PAGE.match(text):
                kind = "page_number"
            elif _SYMBOL.match(text):
                kind = "symbol_line"
            else:
                kind = "running_head"
            out.append(Furniture(1, kind, text))
    return out
