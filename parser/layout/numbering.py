"""What a raw paragraph is: heading, numbered paragraph, item, caption or
plain paragraph — decided from its style, outline level and number.

A paragraph-oriented format says what a paragraph is through its style
(outline level → heading; "Caption" → table caption) and through generated
numbering; a number typed into the text (``7. ``, ``(a) ``) counts as well,
read with the same patterns as plain text, so that a .docx, its HTML and
its text export give one tree.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..blocks import Heading, Inline
from ..inline import concat, cut_inline, strip_inline
from ..raw import DECIMAL_FORMATS, Label
from .classify import split_part_heading
from .section_numbers import section_number

TYPED_PARA = re.compile(r"^(?P<num>\d{1,5})[.．](?:[ \t\u3000]+|(?=[^\d\s.．]))(?=\S)")
TYPED_ITEM = re.compile(r"^(?:\((?P<a>[a-z]{1,2}|[ivx]{1,5})\)|(?P<b>[a-z])\))[ \t\u3000]*(?=\S)")
LABEL_NUMBER = re.compile(r"^\s*(\d{1,5})\s*[.．]?\s*$")
LABEL_ITEM = re.compile(r"^\s*\(?([a-z]{1,3}|[ivxlc]{1,6})[.)]\s*$")
SUBPART = re.compile(r"^(?P<num>[A-H])[.．]\s+(?=\S)")
GLYPHS = "▶►▸■"
CAPTION_STYLES = ("caption", "题注", "légende", "epígrafe", "table caption", "tabletitle")


@dataclass(slots=True)
class Numbered:
    kind: str                 # para | item | other | none
    number: int | None
    marker: str | None
    label: str | None         # item label ("a")
    content: Inline


def numbered(content: Inline, label: Label | None) -> Numbered:
    """Split a paragraph's number (generated or typed) from its text."""
    if label is not None and label.text.strip() and label.fmt != "bullet":
        marker = label.text.strip()
        m = LABEL_NUMBER.match(marker)
        if m and label.fmt in DECIMAL_FORMATS:
            return Numbered("para", int(m.group(1)), marker, None, strip_inline(content))
        m = LABEL_ITEM.match(marker)
        if m and label.fmt in ("lowerLetter", "lowerRoman"):
            return Numbered("item", None, marker, m.group(1), strip_inline(content))
        return Numbered("other", None, marker, None, strip_inline(content))
    content = strip_inline(content)
    text = content.text
    if text[:1].isdigit():
        m = TYPED_PARA.match(text)
        if m:
            return Numbered("para", int(m.group("num")), m.group("num") + ".", None, cut_inline(content, m.end()))
        sect = section_number(text)
        if sect is not None:                     # "25.1<tab>…": numbered by section, kept whole
            return Numbered("para", sect[0], sect[0], None, cut_inline(content, sect[1]))
    elif text[:1] == "(" or text[1:2] == ")":
        m = TYPED_ITEM.match(text)
        if m:
            marker = text[:m.end()].strip()
            return Numbered("item", None, marker, m.group("a") or m.group("b"), cut_inline(content, m.end()))
    return Numbered("none", None, None, None, content)


def heading(line: int, level: int, content: Inline, label: Label | None) -> Heading | None:
    """A heading block; its number comes from the generated label or the text
    (``I. …``, ``A. …``), its kind from its level (part, subpart, appendix…)."""
    if label is not None and label.text.strip() and label.fmt != "bullet":
        content = concat([("", Inline(label.text.strip(), [])), (" ", content)])[0]
    content = strip_inline(content)
    printed = content.text              # as printed: with its glyph (▶), like the text reader's
    if not printed:
        return None
    glyphs = len(content.text) - len(content.text.lstrip(GLYPHS + " \u3000\t"))
    if glyphs:
        content = cut_inline(content, glyphs)
    text = content.text
    level = max(1, min(level, 6))
    kind, number, head = "subheading", None, text
    m = SUBPART.match(text)
    if level == 1 and m:
        # "A. …" in a top-level heading style is a lettered sub-part, as in the text
        # reader; C and D are letters here, never the Roman numbers 100 and 500
        level, kind, number, head = 2, "subpart", m.group("num"), text[m.end():].strip()
    elif level == 1:
        kind, number, head = split_part_heading(text)
    else:
        m = SUBPART.match(text)
        if m and level == 2:
            kind, number, head = "subpart", m.group("num"), text[m.end():].strip()
    if head != text and text.endswith(head):
        content = cut_inline(content, len(text) - len(head))
    elif head != text:
        content = Inline(head, [])
    return Heading(line, level, kind, number, content, printed)


def is_caption_style(name: str | None) -> bool:
    return bool(name) and name.strip().lower() in CAPTION_STYLES
