"""Stage 1 of the text reader: what each line looks like, taken alone.

The classification is purely local (one line, no context); deciding whether an
unmarked line is a heading, a caption or a paragraph cut by a page break is the
assembler's job, which sees the neighbours.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .section_numbers import section_number

BLANK = "blank"
PART = "part"              # ▶ / ► heading
SUBPART = "subpart"        # A. / B. heading
PARA = "para"              # numbered paragraph "7. "
ITEM = "item"              # (a) sub-item
FOOTNOTE = "footnote"      # footnote body "¹ 见…" or "[^1]: …"
TABLE = "table"            # tab-separated row
PAGE_NUMBER = "page_number"
NOTE_PLAIN = "note_plain"  # "3 text": a footnote body in older layouts, or text (the assembler decides)
TEXT = "text"              # anything else

_PART = re.compile(r"^[▶►▸■]\s*(?P<rest>.*)$")
_ROMAN = re.compile(r"^(?P<num>[IVXLC]{1,7})[.．]\s*(?P<rest>.*)$")
_SUBPART = re.compile(r"^(?P<num>[A-H])[.．]\s+(?P<rest>\S.*)$")
_PARA = re.compile(r"^(?P<num>\d{1,5})[.．](?:[ \u3000]+|(?=[^\d\s.．ªº]))(?P<rest>.*)$")
_ITEM = re.compile(r"^(?:\((?P<a>[a-z]{1,2}|[ivx]{1,5})\)|(?P<b>[a-z])\))[ \u3000]*(?P<rest>\S.*)$")
_FOOTNOTE_SUP = re.compile(r"^(?P<num>[⁰¹²³⁴-⁹]{1,4})[ \u3000]*(?P<rest>\S.*)$")
_FOOTNOTE_SLASH = re.compile(r"^(?P<num>\d{1,3})/[ \u3000]+(?P<rest>\S.*)$")
_FOOTNOTE_MD = re.compile(r"^\[\^(?P<num>\d{1,4})\]:[ \u3000]*(?P<rest>.*)$")
_PAGE_NUMBER = re.compile(r"^[-–—]?\s*\d{1,4}\s*[-–—]?$|^(?:Page|page|Página|página|Pág\.|第)\s*\d{1,4}\s*(?:页)?$")
_NOTE_PLAIN = re.compile(r"^(?P<num>\d{1,3})[ \u3000]+(?P<rest>\S.*)$")
# a Roman-numbered heading printed without its ▶ glyph: "II. Challenges and good practices"
_ROMAN_BARE = re.compile(r"^(?P<num>(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))[.．][ \u3000]+(?P<rest>\S.{0,78})$")
#: headings printed alone on a line, without glyph, in the layouts that use them
BARE_HEADINGS = {
    "introduction": "part", "introducción": "part", "导言": "part", "引言": "part",
    "draft decision": "decision", "projet de décision": "decision", "proyecto de decisión": "decision",
    "决定草案": "decision", "decision": "decision", "décision": "decision", "decisión": "decision",
    "决定": "decision",
}
_TERMINAL = tuple("。.；;！!？?:：,，")
_APPENDIX_WORDS = ("附录", "附件", "Appendix", "Appendice", "Apéndice", "Annex", "Annexe", "Anexo",
                   "APPENDIX", "APPENDICE", "APÉNDICE", "ANNEX", "ANNEXE", "ANEXO")
_APPENDIX = re.compile(r"^(?P<word>附录|附件|Appendix|Appendice|Apéndice|Annexe|Annex|Anexo|APPENDIX|APPENDICE|APÉNDICE|ANNEXE|ANNEX|ANEXO)(?![A-Za-z])(?:\s+(?P<num>[IVXLC]{1,6}|\d{1,2}))?\s*[.:：]?\s*(?P<rest>.*)$")
_CJK_SPACED = re.compile(r"(?<=[\u3400-\u9fff])[ \u3000]+(?=[\u3400-\u9fff])")


@dataclass(slots=True)
class Line:
    no: int            # 1-based line number
    kind: str
    text: str          # the line, trailing whitespace removed (tabs kept for tables)
    number: str | None = None   # paragraph / roman / letter / footnote number as printed
    rest: str = ""     # the text after the number or glyph


def despace_cjk(text: str) -> str:
    """``理 事 会`` → ``理事会``: remove letter-spacing between CJK characters."""
    return _CJK_SPACED.sub("", text)


def classify(no: int, raw: str) -> Line:
    text = raw.rstrip(" \u3000\n") if "\t" in raw else raw.strip()
    if not text.strip():
        return Line(no, BLANK, "")
    if "\t" in text:
        return Line(no, TABLE, text)
    first = text[0]
    if first in "▶►▸■":
        m = _PART.match(text)
        return Line(no, PART, text, None, m.group("rest").strip())
    if first in "⁰¹²³⁴⁵⁶⁷⁸⁹":
        m = _FOOTNOTE_SUP.match(text)
        if m:
            return Line(no, FOOTNOTE, text, m.group("num"), m.group("rest"))
    if first == "[":
        m = _FOOTNOTE_MD.match(text)
        if m:
            return Line(no, FOOTNOTE, text, m.group("num"), m.group("rest"))
    if first.isdigit():
        m = _PARA.match(text)
        if m:
            return Line(no, PARA, text, m.group("num"), m.group("rest"))
        sect = section_number(text)
        if sect is not None:                     # "25.1 The Office…": a paragraph numbered by section
            return Line(no, PARA, text, sect[0], text[sect[1]:])
        m = _FOOTNOTE_SLASH.match(text)
        if m:                                    # "1/ See resolution 48/161": an older UN footnote body
            return Line(no, FOOTNOTE, text, m.group("num"), m.group("rest"))
        if _PAGE_NUMBER.match(text):
            return Line(no, PAGE_NUMBER, text)
    if first == "(" or ("a" <= first <= "z" and len(text) > 1 and text[1] == ")"):
        m = _ITEM.match(text)
        if m:
            return Line(no, ITEM, text, m.group("a") or m.group("b"), m.group("rest"))
    if "A" <= first <= "H" and len(text) > 2 and text[1] in ".．":
        m = _SUBPART.match(text)
        if m:
            return Line(no, SUBPART, text, m.group("num"), m.group("rest"))
    if first in "-–—Pp第" and _PAGE_NUMBER.match(text):
        return Line(no, PAGE_NUMBER, text)
    if first.isdigit():
        m = _NOTE_PLAIN.match(text)
        if m:
            return Line(no, NOTE_PLAIN, text, m.group("num"), m.group("rest"))
    if first in "IVX":
        m = _ROMAN_BARE.match(text)
        if m and not m.group("rest").rstrip().endswith(_TERMINAL):
            return Line(no, PART, text, None, text)
    if len(text) <= 24 and bare_heading_kind(text) is not None:
        return Line(no, PART, text, None, text)
    return Line(no, TEXT, text)


def bare_heading_kind(text: str) -> str | None:
    """``Introduction`` → part, ``Projet de décision`` → decision, ``导 言`` → part."""
    key = despace_cjk(text).strip().lower()
    return BARE_HEADINGS.get(key)


def classify_lines(text: str) -> list[Line]:
    return [classify(i, raw) for i, raw in enumerate(text.split("\n"), start=1)]


def split_part_heading(rest: str) -> tuple[str, str | None, str]:
    """Split the text after ▶ into (kind, number, heading).

    ``I. 联合国…`` → part/I; ``附 录`` → appendix/None/附录; ``导言`` → part/None."""
    m = _ROMAN.match(rest)
    if m and m.group("rest"):
        return "part", m.group("num"), despace_cjk(m.group("rest").strip())
    compact = despace_cjk(rest)
    kind = bare_heading_kind(compact)
    if kind is not None:
        return kind, None, compact.strip()
    m = _APPENDIX.match(compact)
    if m:
        return "appendix", m.group("num"), (m.group("word") + ((" " + m.group("rest")) if m.group("rest") else "")).strip()
    return "part", None, despace_cjk(rest.strip())


def appendix_heading(text: str) -> tuple[str | None, str] | None:
    """An unmarked appendix heading line (``附 录``, ``Appendix II``), else None."""
    compact = despace_cjk(text)
    if len(compact) > 40:
        return None
    m = _APPENDIX.match(compact)
    if m and not m.group("rest"):
        return m.group("num"), compact
    return None
