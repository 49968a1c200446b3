"""A text with its spans cut into the pieces every export format writes.

Why one place: each format (HTML, Markdown, Akoma Ntoso, pandoc) must put a
footnote marker at its offset, a cross-reference or link around its text, and
must agree on what to do when spans overlap (a markdown link whose text is
also a document symbol gives a ``link`` and an ``xref`` over the same range).

``pieces(text, spans)`` returns a flat list of:

- ``Text(str)``: plain text;
- ``Note(span)``: a footnote marker (a ``footnote_ref`` span) at that place;
- ``Ref(span, link, children)``: a reference over ``children`` (Text and Note
  pieces); ``span`` is the ``xref`` span when there is one, else the ``link``
  span; ``link`` is the ``link`` span over the same range, if any.

References never nest: when two overlap, the one starting first wins (the
longer at equal starts, an ``xref`` before a ``link``), the other is dropped
(its text stays). Offsets out of range are clamped, so a hand-edited tree
never raises here. Unknown span types are ignored.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["Text", "Note", "Ref", "pieces", "xml_safe", "note_label", "append_text", "write_inline"]

# characters XML 1.0 forbids (C0 controls but tab/newline/CR, lone surrogates,
# U+FFFE/U+FFFF): lxml refuses them, and an HTML page should not carry them
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """*text* with every character XML cannot hold replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", text) if _NOT_XML.search(text) else text


def append_text(el, text: str) -> None:
    """Text after an lxml element's last child (its tail), or as its text:
    how the XML writers (HTML, Akoma Ntoso) add a piece of text."""
    text = xml_safe(text)
    if len(el):
        el[-1].tail = (el[-1].tail or "") + text
    else:
        el.text = (el.text or "") + text


def write_inline(el, text: str, spans, marker, open_ref) -> None:
    """Append *text* to lxml element *el* with its footnote markers and
    references: ``marker(parent, span)`` writes a marker; ``open_ref(parent,
    ref)`` returns the element a reference's text goes into (*parent* itself
    when the reference gets no element)."""
    for piece in pieces(text, spans):
        if isinstance(piece, Text):
            append_text(el, piece.text)
        elif isinstance(piece, Note):
            marker(el, piece.span)
        else:
            target = open_ref(el, piece)
            for child in piece.children:
                if isinstance(child, Text):
                    append_text(target, child.text)
                else:
                    marker(target, child.span)


@dataclass(slots=True)
class Text:
    text: str


@dataclass(slots=True)
class Note:
    span: dict


@dataclass(slots=True)
class Ref:
    span: dict
    link: dict | None
    children: list = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(c.text for c in self.children if isinstance(c, Text))


def note_label(span: dict) -> str:
    """What a footnote marker shows: its number, or the printed marker when it
    is not a number (``*``, ``a``, ``†``)."""
    marker = (span.get("marker") or "").strip("[]^")
    if marker and not any(ch.isdigit() for ch in marker) and not _is_superscript_number(marker):
        return marker
    return str(span.get("number", ""))


def _is_superscript_number(marker: str) -> bool:
    return all(ch in "⁰¹²³⁴⁵⁶⁷⁸⁹" for ch in marker)


def pieces(text: str, spans: list | None) -> list:
    """The pieces of *text* (see the module docstring)."""
    n = len(text)
    notes, refs = [], []
    for s in spans or ():
        kind = s.get("type")
        start = min(max(int(s.get("start", 0)), 0), n)
        end = min(max(int(s.get("end", start)), start), n)
        if kind == "footnote_ref":
            notes.append((start, s))
        elif kind in ("xref", "link") and end > start:
            refs.append((start, end, s))
    refs = _non_overlapping(refs)
    notes.sort(key=lambda x: x[0])
    out: list = []
    pos = 0
    ni = 0
    for start, end, span, link in refs:
        ni = _plain(text, pos, start, notes, ni, out, closing=True)
        ref = Ref(span, link)
        ni = _plain(text, start, end, notes, ni, ref.children)
        out.append(ref)
        pos = end
    _plain(text, pos, n, notes, ni, out, closing=True)
    return out


def _non_overlapping(refs: list) -> list:
    """(start, end, span, link) with no two overlapping; see the module docstring."""
    refs.sort(key=lambda r: (r[0], -(r[1] - r[0]), r[2].get("type") != "xref"))
    kept: list = []
    for start, end, span in refs:
        if kept and start < kept[-1][1]:
            last = kept[-1]
            if (start, end) == last[:2] and span.get("type") == "link" and last[3] is None \
                    and last[2].get("type") == "xref":
                kept[-1] = (start, end, last[2], span)
            continue
        kept.append((start, end, span, None))
    return kept


def _plain(text: str, start: int, end: int, notes: list, ni: int, out: list, closing: bool = False) -> int:
    """Text between *start* and *end* with the notes falling in it; a note at
    *end* belongs here only when *closing* (before a reference or at the end of
    the text): a marker at a reference's edge stays outside the reference."""
    pos = start
    while ni < len(notes) and (notes[ni][0] < end or (closing and notes[ni][0] == end)):
        at, span = notes[ni]
        at = max(at, pos)
        if at > pos:
            out.append(Text(text[pos:at]))
        out.append(Note(span))
        pos = at
        ni += 1
    if end > pos:
        out.append(Text(text[pos:end]))
    return ni
