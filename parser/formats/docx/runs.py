"""A paragraph's runs → clean text plus spans (footnote references, links).

Walks the lxml element of one ``w:p`` in document order, keeping what Word
shows: run text, tabs and line breaks, symbols, inserted text (deleted text
and hidden runs are dropped), hyperlinks (``w:hyperlink`` with a relationship
target and/or an anchor) and the results of fields. Fields come in two
spellings, ``w:fldSimple`` and the complex ``w:fldChar begin … instrText …
separate … end``; their instruction is never text, their result is, and a
HYPERLINK, REF, PAGEREF or NOTEREF field becomes a ``link`` span over its result.
A ``w:footnoteReference``/``w:endnoteReference`` becomes a zero-width
``footnote_ref`` span, numbered by order of first reference (see
:class:`NoteNumbers`).
"""
from __future__ import annotations

import re

from ...blocks import Inline
from .ns import W, R_ID, W_VAL, M_NS
from .numbering import FORMATS

T, TAB, BR, CR, R = W + "t", W + "tab", W + "br", W + "cr", W + "r"
HYPERLINK, FLDSIMPLE, FLDCHAR, INSTR = W + "hyperlink", W + "fldSimple", W + "fldChar", W + "instrText"
FOOTREF, ENDREF = W + "footnoteReference", W + "endnoteReference"
SYM, NBH, PTAB, RPR, VANISH = W + "sym", W + "noBreakHyphen", W + "ptab", W + "rPr", W + "vanish"
SDT, SDTCONTENT = W + "sdt", W + "sdtContent"
CONTAINERS = {W + "ins", W + "smartTag", W + "customXml", SDTCONTENT, W + "moveTo", W + "bdo", W + "dir"}
OMATH = {"{%s}oMath" % M_NS, "{%s}oMathPara" % M_NS}
MATH_T = "{%s}t" % M_NS
_FIELD = re.compile(r'^\s*(HYPERLINK|REF|PAGEREF|NOTEREF)\s+(?:"([^"]*)"|(\S+))(.*)$', re.S)
_ANCHOR_SWITCH = re.compile(r'\\l\s+"?([^"\s]+)"?')


class NoteNumbers:
    """Footnote and endnote numbers in order of first reference.

    Word note ids (``w:id``) are not always 1..n (a separator note takes 0 and
    -1, authoring tools skip ids); the reader sees notes numbered in the order
    they are first cited, so that order gives the number. Footnotes and
    endnotes share one sequence so that their ``fn-`` ids never collide; the
    ``marker`` is what Word prints: each kind counted on its own, in its
    number format (by default 1, 2… for footnotes, i, ii… for endnotes)."""

    def __init__(self, formats: dict | None = None):
        self.numbers: dict[tuple[str, str], int] = {}
        self.first_line: dict[tuple[str, str], int] = {}
        self.markers: dict[tuple[str, str], str] = {}
        self.per_kind: dict[str, int] = {}
        self.formats = {"footnote": "decimal", "endnote": "lowerRoman"}
        self.formats.update(formats or {})

    def number(self, kind: str, note_id: str, line: int) -> int:
        key = (kind, note_id)
        n = self.numbers.get(key)
        if n is None:
            n = self.numbers[key] = len(self.numbers) + 1
            self.first_line[key] = line
            k = self.per_kind[kind] = self.per_kind.get(kind, 0) + 1
            self.markers[key] = FORMATS.get(self.formats.get(kind, "decimal"), str)(k)
        return n

    def marker(self, kind: str, note_id: str) -> str:
        return self.markers.get((kind, note_id), "")


class _Field:
    __slots__ = ("instr", "result", "start")

    def __init__(self, start: int):
        self.instr: list[str] = []
        self.result = False
        self.start = start


class InlineReader:
    """Reads paragraphs of one part (body, footnotes…) whose hyperlink
    relationships are ``rels`` (rId → target)."""

    def __init__(self, rels: dict, notes: NoteNumbers | None):
        self.rels = rels
        self.notes = notes
        self.line = 0

    def read(self, p, line: int = 0) -> Inline:
        self.line = line
        st = _State()
        self._children(p, st)
        return Inline("".join(st.parts), st.spans)

    def _children(self, el, st: "_State") -> None:
        for child in el:
            tag = child.tag
            if tag == R:
                self._run(child, st)
            elif tag == HYPERLINK:
                start = st.n
                self._children(child, st)
                href = self._href(child)
                if href is not None and st.n > start:
                    st.spans.append({"type": "link", "start": start, "end": st.n, "href": href})
            elif tag == FLDSIMPLE:
                start = st.n
                self._children(child, st)
                href = field_href(child.get(W + "instr", ""))
                if href is not None and st.n > start:
                    st.spans.append({"type": "link", "start": start, "end": st.n, "href": href})
            elif tag in CONTAINERS:
                self._children(child, st)
            elif tag == SDT:
                content = child.find(SDTCONTENT)
                if content is not None:
                    self._children(content, st)
            elif tag in OMATH:
                st.add("".join(t.text or "" for t in child.iter(MATH_T)))

    def _run(self, r, st: "_State") -> None:
        rpr = r.find(RPR)
        if rpr is not None:
            v = rpr.find(VANISH)
            if v is not None and v.get(W_VAL, "true") not in ("0", "false", "off"):
                return
        for child in r:
            tag = child.tag
            if tag == T:
                if len(child):      # unresolved entity references: keep the text around them
                    st.add((child.text or "") + "".join(e.tail or "" for e in child))
                elif child.text:
                    st.add(child.text)
            elif tag == TAB or tag == PTAB:
                st.add("\t")
            elif tag == BR:
                if child.get(W + "type") in (None, "textWrapping"):
                    st.add("\n")
            elif tag == CR:
                st.add("\n")
            elif tag == NBH:
                st.add("-")
            elif tag == SYM:
                code = child.get(W + "char")
                try:
                    st.add(chr(int(code, 16)))
                except (TypeError, ValueError):
                    pass
            elif tag == FOOTREF or tag == ENDREF:
                if self.notes is not None and not st.hidden():
                    kind = "footnote" if tag == FOOTREF else "endnote"
                    note_id = child.get(W + "id", "")
                    n = self.notes.number(kind, note_id, self.line)
                    span = {"type": "footnote_ref", "start": st.n, "end": st.n, "number": n,
                            "footnote": f"fn-{n}", "marker": self.notes.marker(kind, note_id) or str(n)}
                    st.spans.append(span)
                    if child.get(W + "customMarkFollows") in ("1", "true", "on"):
                        st.custom = span
            elif tag == FLDCHAR:
                kind = child.get(W + "fldCharType")
                if kind == "begin":
                    st.fields.append(_Field(st.n))
                elif kind == "separate":
                    if st.fields:
                        st.fields[-1].result = True
                        st.fields[-1].start = st.n
                elif kind == "end":
                    if st.fields:
                        f = st.fields.pop()
                        href = field_href("".join(f.instr))
                        if href is not None and f.result and st.n > f.start:
                            st.spans.append({"type": "link", "start": f.start, "end": st.n, "href": href})
            elif tag == INSTR:
                if st.fields and not st.fields[-1].result:
                    st.fields[-1].instr.append(child.text or "")

    def _href(self, h) -> str | None:
        rid = h.get(R_ID)
        anchor = h.get(W + "anchor")
        target = self.rels.get(rid) if rid else None
        if target is not None:
            return target + ("#" + anchor if anchor else "")
        if anchor:
            return "#" + anchor
        return None


class _State:
    __slots__ = ("parts", "n", "spans", "fields", "custom")

    def __init__(self):
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[dict] = []
        self.fields: list[_Field] = []
        self.custom: dict | None = None

    def hidden(self) -> bool:
        """Inside a field instruction: what is there is code, not text."""
        return bool(self.fields) and not self.fields[-1].result

    def add(self, s: str) -> None:
        if self.fields and not self.fields[-1].result:
            return
        if self.custom is not None:
            self.custom["marker"] = s.strip() or s
            self.custom = None
            return
        self.parts.append(s)
        self.n += len(s)


def field_href(instr: str) -> str | None:
    """The link target of a field instruction, or None for other fields."""
    m = _FIELD.match(instr)
    if not m:
        return None
    kind, arg = m.group(1), m.group(2) if m.group(2) is not None else m.group(3)
    if kind == "HYPERLINK":
        if arg == "\\l":
            a = _ANCHOR_SWITCH.search(instr)
            return "#" + a.group(1) if a else None
        a = _ANCHOR_SWITCH.search(m.group(4) or "")
        return arg + ("#" + a.group(1) if a else "")
    return "#" + arg
