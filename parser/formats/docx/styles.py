"""Paragraph styles: names, outline levels (headings) and list numbering.

Word marks a heading by its outline level (``w:outlineLvl``, 0 = level 1),
set on the paragraph or, usually, on its style or a style it is based on;
built-in heading styles are also recognised by name ("Heading 2", "heading 2",
localised names such as "标题 2") when a document's styles.xml omits the level.
A style can also carry list numbering (``w:numPr``), inherited the same way.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .ns import w, val

_HEADING_NAME = re.compile(r"^(?:heading|标题|titre|título|titulo|überschrift|заголовок)\s*([1-9])$", re.I)


@dataclass(slots=True)
class Style:
    name: str
    based_on: str | None
    outline: int | None         # 0-based outline level, None when not a heading
    num_id: str | None
    ilvl: int | None


class Styles:
    """Styles of a document, read lazily: a template holds hundreds of styles
    and a document uses a few, so an element is only read when resolved."""

    def __init__(self, root=None):
        self.elements: dict[str, object] = {}
        self.styles: dict[str, Style | None] = {}
        self.default_para: str | None = None
        self._cache: dict[str, tuple] = {}
        if root is None:
            return
        type_attr, id_attr, default_attr = w("type"), w("styleId"), w("default")
        for st in root.iterchildren(w("style")):
            kind = st.get(type_attr)
            if kind not in (None, "paragraph", "numbering"):
                continue
            sid = st.get(id_attr)
            self.elements[sid] = st
            if kind != "numbering" and st.get(default_attr) in ("1", "true", "on"):
                self.default_para = sid

    def style(self, sid: str) -> Style | None:
        if sid in self.styles:
            return self.styles[sid]
        st = self.elements.get(sid)
        out = None
        if st is not None:
            name = val(st.find(w("name")), sid) or sid
            ppr = st.find(w("pPr"))
            outline = num_id = ilvl = None
            if ppr is not None:
                ol = ppr.find(w("outlineLvl"))
                if ol is not None:
                    outline = _int(val(ol))
                numpr = ppr.find(w("numPr"))
                if numpr is not None:
                    num_id = val(numpr.find(w("numId")))
                    ilvl = _int(val(numpr.find(w("ilvl"))))
            out = Style(name, val(st.find(w("basedOn"))), outline, num_id, ilvl)
        self.styles[sid] = out
        return out

    def resolve(self, sid: str | None) -> tuple[str | None, int | None, str | None, int | None]:
        """(name, outline level, numId, ilvl) of a style, following ``basedOn``."""
        if sid is None:
            sid = self.default_para
            if sid is None:
                return None, None, None, None
        hit = self._cache.get(sid)
        if hit is not None:
            return hit
        st = self.style(sid)
        if st is None:
            out = (sid, _name_level(sid), None, None)
        else:
            outline, num_id, ilvl = st.outline, st.num_id, st.ilvl
            seen = {sid}
            base = st.based_on
            while base and base not in seen and (outline is None or num_id is None):
                seen.add(base)
                b = self.style(base)
                if b is None:
                    break
                if outline is None:
                    outline = b.outline
                if num_id is None:
                    num_id, ilvl = b.num_id, (b.ilvl if ilvl is None else ilvl)
                base = b.based_on
            if outline is None:
                outline = _name_level(st.name)
            out = (st.name, outline, num_id, ilvl)
        self._cache[sid] = out
        return out


def _name_level(name: str | None) -> int | None:
    if not name:
        return None
    m = _HEADING_NAME.match(name.strip())
    return int(m.group(1)) - 1 if m else None


def _int(s):
    try:
        return int(s)
    except (TypeError, ValueError):
        return None
