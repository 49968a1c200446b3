"""Stage 3 of the text reader: classified body lines → raw blocks.

This is where context decides what an unmarked line is: a table caption (the
line before a table), the continuation of a paragraph cut by a page break
(rejoined), a sub-heading, or — when none fits — an unclassified paragraph kept
with a warning. Footnote bodies, page numbers, lone symbol lines and running
heads are taken out of the flow; a table header repeated after a page break is
recognised as furniture.

Older layouts write footnote bodies as ``3 text`` (no superscript, no dot: a
numbered paragraph is ``3.``); such a line is a footnote body only when 3 is
the next footnote number, a marker 3 stands in the text before it, and it is
not the first line of a page continuing a cut paragraph. Inside a draft
decision or decision record, unnumbered text is an ordinary paragraph (the
decision text, the ``(GB.340/INS/6, paragraph 8)`` source line), not a guess.

Text here is still raw (markup and markers in place); the reader converts it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .classify import (Line, BLANK, PART, SUBPART, PARA, ITEM, FOOTNOTE, TABLE, PAGE_NUMBER, TEXT, NOTE_PLAIN,
                       split_part_heading, appendix_heading)
from ..blocks import Diagnostic, Furniture
from ..inline import marker_numbers
from ..layout.un_text import RESOLUTION_KINDS
from ..layout.section_numbers import paragraph_number

TERMINAL = set("。！？；：.!?;:…")
CLOSERS = set("”’」』）)]】》\"'")
SUPERSCRIPTS = set("⁰¹²³⁴⁵⁶⁷⁸⁹")
HEADING_MAX = 80
_CJK_CHAR = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
_MD_REF_TAIL = re.compile(r"\[\^\d{1,4}\]$")
# the running symbol with the page number, either side: "GB.340/INS/6 3", "4 GB.340/INS/6"
_SYMBOL_PAGE = re.compile(r"^(?:\d{1,4}[ \t]+)?(?P<symbol>GB\.\d{1,3}(?:bis)?(?:/[A-Za-z0-9]{1,12}){1,5})(?:[ \t]+\d{1,4})?$")
# the source line closing a decision record: "(GB.340/INS/6, paragraph 8)", "（GB.340/INS/6，第 8 段）"
_DECISION_SOURCE = re.compile(
    r"^[(（]GB\.[0-9A-Za-z/.()]{1,40}?[,，]\s*(?:paragraph|paragraphe|párrafo|第)\s*\d{1,3}\s*段?[)）][.。]?$")
_SYMBOL_ONLY = re.compile(r"^GB\.\d{1,3}(?:bis)?(?:/[A-Za-z0-9]{1,12}){1,5}(?:\s?\((?:Rev|Add|Corr)\.?[^()]{0,12}\))?$")


@dataclass(slots=True)
class Piece:
    sep: str          # what joins this piece to the previous one ("" for the first)
    text: str
    line: int


@dataclass(slots=True)
class RawText:
    """Text built from one or more source lines."""
    pieces: list

    @property
    def line(self) -> int:
        return self.pieces[0].line

    @property
    def end_line(self) -> int:
        return self.pieces[-1].line

    def last_text(self) -> str:
        return self.pieces[-1].text


@dataclass(slots=True)
class RawItem:
    label: str
    marker: str
    body: RawText


@dataclass(slots=True)
class RawParagraph:
    number: int | None
    marker: str | None
    body: RawText
    items: list = field(default_factory=list)
    unclassified: bool = False
    style: str | None = None


@dataclass(slots=True)
class RawHeading:
    line: int
    level: int
    kind: str
    number: str | None
    text: str
    printed: str


@dataclass(slots=True)
class RawTable:
    caption: Line | None
    header: Line | None
    rows: list          # list[Line]
    repeated_headers: list = field(default_factory=list)   # list[Line]


@dataclass(slots=True)
class RawFootnote:
    number: int
    marker: str
    body: RawText


@dataclass(slots=True)
class Assembly:
    body: list = field(default_factory=list)        # RawHeading | RawParagraph | RawTable
    footnotes: list = field(default_factory=list)   # RawFootnote
    furniture: list = field(default_factory=list)   # Furniture
    diagnostics: list = field(default_factory=list)


def is_terminated(text: str) -> bool:
    """Does this text end a sentence (ignoring trailing markers, quotes, brackets)?"""
    # Walks back from the end with an index, never slicing: a line of 100,000
    # trailing markers or quotes must cost linear time, not quadratic.
    end = len(text)
    while end:
        ch = text[end - 1]
        if ch in SUPERSCRIPTS or ch.isspace():
            end -= 1
            continue
        m = _MD_REF_TAIL.search(text, max(0, end - 7), end) if ch == "]" else None
        if m:
            end = m.start()
            continue
        break
    while end and text[end - 1] in CLOSERS:
        if text[end - 1] in ")）" and end > 1 and text[end - 2] not in TERMINAL:
            return False
        end -= 1
    return end > 0 and text[end - 1] in TERMINAL


def join_separator(left: str, right: str) -> str:
    """How two halves of a text cut by a page break are put back together:
    nothing between CJK text, a space between words, and a hyphenated word
    rejoined whole (returned as the special value ``"dehyphenated"``)."""
    left = left.rstrip()
    right = right.lstrip()
    if not left or not right:
        return ""
    if left.endswith("-") and len(left) > 1 and left[-2].isalpha() and right[0].islower():
        return "dehyphenated"
    if left.endswith(("-", "–", "/")) and (right[0].isdigit() or right[0].isupper()):
        return ""          # "COVID-" + "19", "non-" + "State": the hyphen is part of the word
    if _CJK_CHAR.match(left[-1]) or _CJK_CHAR.match(right[0]) or left[-1] in SUPERSCRIPTS and _CJK_CHAR.match(right[0]):
        return ""
    return " "


def heading_like(text: str) -> bool:
    return len(text) <= HEADING_MAX and not is_terminated(text) and "\t" not in text


def assemble(lines: list[Line], symbol: str | None = None, title: str | None = None,
             header_text: str = "", markdown: bool = False) -> Assembly:
    """Turn body lines into raw blocks (see module docstring).

    ``header_text`` is the raw text of the header block: a footnote marker may
    sit there (``概要1``), and a plain ``1 text`` line is read as the body of
    footnote 1 only if its marker was seen (see :func:`_plain_note`)."""
    out = Assembly()
    seen_markers = _MarkerLedger(header_text)    # footnote numbers whose marker stands in the text so far
    note_open = False                    # the line before was a footnote body (no furniture since)
    in_decision = False                  # inside a draft decision / decision record section
    target: RawText | None = None        # paragraph or item text a continuation would extend
    last_para: RawParagraph | None = None
    last_note: RawFootnote | None = None
    note_after_target = False
    page_break = False
    table: RawTable | None = None
    sub_level = 2                        # level for unnumbered sub-headings
    n = len(lines)

    def next_content(i: int) -> Line | None:
        for j in range(i + 1, n):
            if lines[j].kind != BLANK:
                return lines[j]
        return None

    for i, line in enumerate(lines):
        kind = line.kind
        if kind == BLANK:
            continue
        if kind == PAGE_NUMBER:
            out.furniture.append(Furniture(line.no, "page_number", line.text))
            page_break = True
            note_open = False
            continue
        if kind == NOTE_PLAIN:
            if _is_symbol_furniture(line.text.strip(), symbol):
                out.furniture.append(Furniture(line.no, "symbol_line", line.text))
                page_break, note_open = True, False
                continue
            expected = out.footnotes[-1].number + 1 if out.footnotes else 1
            # at the top of a page (furniture just before) a cut paragraph goes on: "3 countries…"
            top_of_page_continuation = page_break and not note_open and target is not None \
                and not is_terminated(target.last_text())
            if not top_of_page_continuation and _plain_note(line, expected, seen_markers):
                kind = FOOTNOTE
            else:
                kind = TEXT
                line = Line(line.no, TEXT, line.text)
        if kind == FOOTNOTE and last_note is not None and int(_digits(line.number)) >= 1000 \
                and not is_terminated(last_note.body.last_text()):
            _extend(last_note.body, line)      # "[^2013]: (S/INF/68).": a wrapped line starting with a year
            continue
        if kind == FOOTNOTE:
            printed = line.text[:len(line.text) - len(line.rest)].strip() if line.rest else line.text.strip()
            last_note = RawFootnote(int(_digits(line.number)), printed, RawText([Piece("", line.rest, line.no)]))
            out.footnotes.append(last_note)
            note_after_target = True
            page_break = True
            note_open = True
            continue
        if kind == TABLE and _is_symbol_furniture(" ".join(line.text.split()), symbol):
            out.furniture.append(Furniture(line.no, "symbol_line", line.text))   # "GB.340/INS/6<tab>3"
            page_break, note_open = True, False
            continue
        if kind == TABLE:
            cells = [c.strip() for c in line.text.split("\t")]
            if table is not None:
                if table.header is not None and cells == [c.strip() for c in table.header.text.split("\t")]:
                    table.repeated_headers.append(line)
                    out.furniture.append(Furniture(line.no, "repeated_table_header", line.text))
                else:
                    table.rows.append(line)
                continue
            caption = None
            prev = out.body[-1] if out.body else None
            if isinstance(prev, _CaptionMark):
                out.body.pop()
                caption = prev.line
            table = RawTable(caption, None, [])
            if _header_row(cells):
                table.header = line
            else:
                table.rows.append(line)
            out.body.append(table)
            target, last_para = None, None
            continue
        # any other content line closes an open table
        table = None
        if kind in RESOLUTION_KINDS:
            # acting body, preambular paragraph, adoption line: each opens a paragraph of its own
            para = RawParagraph(None, None, RawText([Piece("", line.text.strip(), line.no)]), style=kind)
            out.body.append(para)
            target, last_para = para.body, para
            page_break = note_after_target = note_open = False
            seen_markers.add(line.text)
            continue
        if kind == TEXT:
            stripped = line.text.strip()
            if symbol and stripped.replace(" ", "") == symbol or (symbol is None and _SYMBOL_ONLY.match(stripped) and target is not None and page_break) \
                    or _is_symbol_furniture(stripped, symbol):
                out.furniture.append(Furniture(line.no, "symbol_line", line.text))
                page_break, note_open = True, False
                continue
            if title and stripped == title and out.body:
                out.furniture.append(Furniture(line.no, "running_head", line.text))
                page_break, note_open = True, False
                continue
            if note_open and last_note is not None and not is_terminated(last_note.body.last_text()):
                _extend(last_note.body, line)      # a footnote body wrapped onto a second line
                continue
            note_open = False
            seen_markers.add(stripped)
            appendix = appendix_heading(stripped)
            if appendix is not None:
                num, text = appendix
                out.body.append(RawHeading(line.no, 1, "appendix", num, text, line.text))
                target, last_para, sub_level = None, None, 2
                in_decision = False
                continue
            nxt = next_content(i)
            if nxt is not None and nxt.kind == TABLE:
                out.body.append(_CaptionMark(line))
                target, last_para = None, None
                continue
            if target is not None and (not is_terminated(target.last_text())
                                       or markdown and i and lines[i - 1].no == target.end_line):
                _extend(target, line)        # (in Markdown, a line right under a paragraph's is part of it)
                note_after_target = False
                page_break = False
                continue
            if last_note is not None and note_after_target and not is_terminated(last_note.body.last_text()):
                _extend(last_note.body, line)
                continue
            if in_decision and (target is None or is_terminated(target.last_text()) or _DECISION_SOURCE.match(stripped)):
                # a decision record's text is not numbered: an ordinary paragraph, not a guess
                style = "decision-source" if _DECISION_SOURCE.match(stripped) else None
                para = RawParagraph(None, None, RawText([Piece("", stripped, line.no)]), style=style)
                out.body.append(para)
                target, last_para = para.body, para
                page_break = note_after_target = False
                continue
            if heading_like(stripped):
                out.body.append(RawHeading(line.no, sub_level, "subheading", None, stripped, line.text))
                target, last_para = None, None
                continue
            if target is not None and page_break:
                _extend(target, line)
                out.diagnostics.append(Diagnostic(
                    "warning", "page-break-join-guessed",
                    f"line {line.no} has no paragraph number and follows a page break; it was joined to the paragraph before it",
                    line.no))
                page_break = False
                note_after_target = False
                continue
            # in Markdown an unnumbered paragraph is a paragraph by syntax (blank lines around it), not a guess
            para = RawParagraph(None, None, RawText([Piece("", stripped, line.no)]), unclassified=not markdown)
            out.body.append(para)
            if not markdown:
                out.diagnostics.append(Diagnostic(
                    "warning", "unclassified-line",
                    f"line {line.no} is not a heading, a numbered paragraph, a footnote or a table row; kept as an unnumbered paragraph",
                    line.no))
            target, last_para = para.body, para
            page_break = note_after_target = False
            continue
        page_break = False
        note_after_target = False
        note_open = False
        seen_markers.add(line.text)
        if kind == PART:
            hkind, num, text = split_part_heading(line.rest)
            out.body.append(RawHeading(line.no, 1, hkind, num, text, line.text))
            target, last_para, sub_level = None, None, 2
            in_decision = hkind == "decision"
        elif kind == SUBPART:
            out.body.append(RawHeading(line.no, 2, "subpart", line.number, line.rest.strip(), line.text))
            target, last_para, sub_level = None, None, 3
        elif kind == PARA:
            marker = line.text[: len(line.text) - len(line.rest)].strip()   # "7." or "7．" as printed
            para = RawParagraph(paragraph_number(_digits(line.number)), marker, RawText([Piece("", line.rest, line.no)]))
            out.body.append(para)
            target, last_para = para.body, para
        elif kind == ITEM:
            marker = line.text[: len(line.text) - len(line.rest)].strip()
            item = RawItem(line.number, marker, RawText([Piece("", line.rest, line.no)]))
            if last_para is None:
                last_para = RawParagraph(None, None, RawText([]), unclassified=False)
                out.body.append(last_para)
            last_para.items.append(item)
            target = item.body
    # a caption mark with no table after it is ordinary text
    for k, block in enumerate(out.body):
        if isinstance(block, _CaptionMark):
            out.body[k] = RawParagraph(None, None, RawText([Piece("", block.line.text.strip(), block.line.no)]), unclassified=True)
    return out


def _is_symbol_furniture(text: str, symbol: str | None) -> bool:
    """The running symbol line, alone or with the page number (``GB.340/INS/6 3``)."""
    if not text.startswith("GB.") and not (text[:1].isdigit() and "GB." in text):
        return False
    m = _SYMBOL_PAGE.match(text)
    return bool(m) and (symbol is None or m["symbol"] == symbol)


def _plain_note(line: Line, expected: int, seen_markers: set[int]) -> bool:
    """Is ``3 text`` the body of footnote 3? Only when 3 is the next footnote
    number and a marker 3 stands in the text before it (header included):
    numbered paragraphs are ``3.`` with a dot, so a bare number is otherwise
    ordinary text (a line that starts with a figure)."""
    number = int(line.number)
    return number == expected and number in seen_markers


class _MarkerLedger:
    """The footnote numbers whose marker stands in the text read so far.

    Texts are only queued as they are read; their markers are worked out the
    first time a plain ``3 text`` line asks (rare: older layouts only), so
    documents that never ask pay nothing."""

    __slots__ = ("numbers", "pending")

    def __init__(self, first: str = ""):
        self.numbers: set[int] = set()
        self.pending: list[str] = [first] if first else []

    def add(self, text: str) -> None:
        self.pending.append(text)

    def __contains__(self, number: int) -> bool:
        if self.pending:
            for text in self.pending:
                self.numbers |= marker_numbers(text)
            self.pending.clear()
        return number in self.numbers


@dataclass(slots=True)
class _CaptionMark:
    line: Line


def _extend(text: RawText, line: Line) -> None:
    right = line.text.strip()
    sep = join_separator(text.last_text(), right)
    text.pieces.append(Piece(sep, right, line.no))


def _digits(s: str) -> str:
    table = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
    return s.translate(table)


def _header_row(cells: list[str]) -> bool:
    """A first row is a header unless it looks like data (numbered, or a group row)."""
    non_empty = [c for c in cells if c]
    if len(non_empty) < 2:
        return False
    return not re.match(r"^\d{1,3}[.．]\s", cells[0])
