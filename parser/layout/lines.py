"""Line-oriented layout, stage 3: classified body lines → line blocks.

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

Text here is still raw (markup and markers in place); :mod:`.plain` converts it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .classify import (Line, BLANK, PART, SUBPART, PARA, ITEM, FOOTNOTE, TABLE, PAGE_NUMBER, TEXT, NOTE_PLAIN,
                       split_part_heading, appendix_heading)
from ..blocks import Furniture
from ..messages import Message
from .line_blocks import (Piece, RawText, RawItem, RawParagraph, RawHeading, RawTable,  # noqa: F401 (re-exported)
                          RawFootnote, Assembly)
from ..inline import marker_numbers
from .un_text import RESOLUTION_KINDS
from .section_numbers import paragraph_number

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
    state = _Assembler(lines, symbol, title, header_text)
    state.markdown = markdown
    for i, line in enumerate(lines):
        state.take(i, line)
    # a caption mark with no table after it is ordinary text
    out = state.out
    for k, block in enumerate(out.body):
        if isinstance(block, _CaptionMark):
            out.body[k] = RawParagraph(None, None, RawText([Piece("", block.line.text.strip(), block.line.no)]), unclassified=True)
    return out


class _Assembler:
    """The reading state of :func:`assemble`, one method per kind of line."""

    def __init__(self, lines: list[Line], symbol: str | None, title: str | None, header_text: str):
        self.lines, self.symbol, self.title = lines, symbol, title
        self.out = Assembly()
        self.seen_markers = _MarkerLedger(header_text)   # footnote numbers whose marker stands in the text so far
        self.note_open = False               # the line before was a footnote body (no furniture since)
        self.in_decision = False             # inside a draft decision / decision record section
        self.target: RawText | None = None   # paragraph or item text a continuation would extend
        self.last_para: RawParagraph | None = None
        self.last_note: RawFootnote | None = None
        self.note_after_target = False
        self.page_break = False
        self.table: RawTable | None = None
        self.sub_level = 2                   # level for unnumbered sub-headings
        self.markdown = False                # Markdown: a blank line ends a paragraph, lines under one go on

    def next_content(self, i: int) -> Line | None:
        for j in range(i + 1, len(self.lines)):
            if self.lines[j].kind != BLANK:
                return self.lines[j]
        return None

    def furniture(self, line: Line, kind: str) -> None:
        self.out.furniture.append(Furniture(line.no, kind, line.text))
        self.page_break, self.note_open = True, False

    def take(self, i: int, line: Line) -> None:
        kind = line.kind
        if kind == BLANK:
            return
        if kind == PAGE_NUMBER:
            self.out.furniture.append(Furniture(line.no, "page_number", line.text))
            self.page_break = True
            self.note_open = False
            return
        if kind == NOTE_PLAIN:
            if _is_symbol_furniture(line.text.strip(), self.symbol):
                self.furniture(line, "symbol_line")
                return
            kind, line = self.plain_note_or_text(line)
        if kind == FOOTNOTE and self.last_note is not None and int(_digits(line.number)) >= 1000 \
                and not is_terminated(self.last_note.body.last_text()):
            _extend(self.last_note.body, line)      # "[^2013]: (S/INF/68).": a wrapped line starting with a year
        elif kind == FOOTNOTE:
            self.footnote(line)
        elif kind == TABLE and _is_symbol_furniture(" ".join(line.text.split()), self.symbol):
            self.furniture(line, "symbol_line")      # "GB.340/INS/6<tab>3"
        elif kind == TABLE:
            self.table_row(line)
        else:
            self.table = None                        # any other content line closes an open table
            if kind in RESOLUTION_KINDS:
                # acting body, preambular paragraph, adoption line, "*" note: each opens a paragraph of its own
                self.new_paragraph(RawParagraph(None, None, RawText([Piece("", line.text.strip(), line.no)]), style=kind))
                self.note_open = False
                self.seen_markers.add(line.text)
            elif kind == TEXT:
                self.text(i, line)
            else:
                self.marked(line, kind)

    def plain_note_or_text(self, line: Line) -> tuple[str, Line]:
        out = self.out
        expected = out.footnotes[-1].number + 1 if out.footnotes else 1
        # at the top of a page (furniture just before) a cut paragraph goes on: "3 countries…"
        top_of_page_continuation = self.page_break and not self.note_open and self.target is not None \
            and not is_terminated(self.target.last_text())
        if not top_of_page_continuation and _plain_note(line, expected, self.seen_markers):
            return FOOTNOTE, line
        return TEXT, Line(line.no, TEXT, line.text)

    def footnote(self, line: Line) -> None:
        printed = line.text[:len(line.text) - len(line.rest)].strip() if line.rest else line.text.strip()
        self.last_note = RawFootnote(int(_digits(line.number)), printed, RawText([Piece("", line.rest, line.no)]))
        self.out.footnotes.append(self.last_note)
        self.note_after_target = True
        self.page_break = True
        self.note_open = True

    def table_row(self, line: Line) -> None:
        out = self.out
        cells = [c.strip() for c in line.text.split("\t")]
        table = self.table
        if table is not None:
            if table.header is not None and cells == [c.strip() for c in table.header.text.split("\t")]:
                table.repeated_headers.append(line)
                out.furniture.append(Furniture(line.no, "repeated_table_header", line.text))
            else:
                table.rows.append(line)
            return
        caption = None
        prev = out.body[-1] if out.body else None
        if isinstance(prev, _CaptionMark):
            out.body.pop()
            caption = prev.line
        self.table = table = RawTable(caption, None, [])
        if _header_row(cells):
            table.header = line
        else:
            table.rows.append(line)
        out.body.append(table)
        self.target, self.last_para = None, None

    def text(self, i: int, line: Line) -> None:
        """An unmarked line: furniture, a continuation, a caption, a heading or
        (with a warning) an unclassified paragraph."""
        stripped = line.text.strip()
        symbol, target = self.symbol, self.target
        if symbol and stripped.replace(" ", "") == symbol \
                or (symbol is None and _SYMBOL_ONLY.match(stripped) and target is not None and self.page_break) \
                or _is_symbol_furniture(stripped, symbol):
            self.furniture(line, "symbol_line")
            return
        if self.title and stripped == self.title and self.out.body:
            self.furniture(line, "running_head")
            return
        if self.note_open and self.last_note is not None and not is_terminated(self.last_note.body.last_text()):
            _extend(self.last_note.body, line)      # a footnote body wrapped onto a second line
            return
        self.note_open = False
        self.seen_markers.add(stripped)
        appendix = appendix_heading(stripped)
        if appendix is not None:
            num, text = appendix
            self.out.body.append(RawHeading(line.no, 1, "appendix", num, text, line.text))
            self.target, self.last_para, self.sub_level = None, None, 2
            self.in_decision = False
            return
        nxt = self.next_content(i)
        if nxt is not None and nxt.kind == TABLE:
            self.out.body.append(_CaptionMark(line))
            self.target, self.last_para = None, None
            return
        self.unmarked_text(i, line, stripped)

    def unmarked_text(self, i: int, line: Line, stripped: str) -> None:
        out, target = self.out, self.target
        if target is not None and (not is_terminated(target.last_text())
                                   or self.markdown and i and self.lines[i - 1].no == target.end_line):
            # (in Markdown, a line right under a paragraph's is part of it)
            _extend(target, line)
            self.note_after_target = False
            self.page_break = False
            return
        if self.last_note is not None and self.note_after_target and not is_terminated(self.last_note.body.last_text()):
            _extend(self.last_note.body, line)
            return
        if self.in_decision and (target is None or is_terminated(target.last_text()) or _DECISION_SOURCE.match(stripped)):
            # a decision record's text is not numbered: an ordinary paragraph, not a guess
            style = "decision-source" if _DECISION_SOURCE.match(stripped) else None
            self.new_paragraph(RawParagraph(None, None, RawText([Piece("", stripped, line.no)]), style=style))
            return
        if heading_like(stripped):
            out.body.append(RawHeading(line.no, self.sub_level, "subheading", None, stripped, line.text))
            self.target, self.last_para = None, None
            return
        if target is not None and self.page_break:
            _extend(target, line)
            out.diagnostics.append(Message(
                "warning", "page-break-join-guessed",
                f"line {line.no} has no paragraph number and follows a page break; it was joined to the paragraph before it",
                line.no, data={"line": line.no}))
            self.page_break = False
            self.note_after_target = False
            return
        # in Markdown an unnumbered paragraph is a paragraph by syntax (blank lines around it), not a guess
        self.new_paragraph(RawParagraph(None, None, RawText([Piece("", stripped, line.no)]),
                                        unclassified=not self.markdown))
        if not self.markdown:
            out.diagnostics.append(Message(
                "warning", "unclassified-line",
                f"line {line.no} is not a heading, a numbered paragraph, a footnote or a table row; kept as an "
                "unnumbered paragraph", line.no, data={"line": line.no}))

    def new_paragraph(self, para: RawParagraph) -> None:
        self.out.body.append(para)
        self.target, self.last_para = para.body, para
        self.page_break = self.note_after_target = False

    def marked(self, line: Line, kind: str) -> None:
        """A part or sub-part heading, a numbered paragraph or an item."""
        self.page_break = False
        self.note_after_target = False
        self.note_open = False
        self.seen_markers.add(line.text)
        out = self.out
        if kind == PART:
            hkind, num, text = split_part_heading(line.rest)
            out.body.append(RawHeading(line.no, 1, hkind, num, text, line.text))
            self.target, self.last_para, self.sub_level = None, None, 2
            self.in_decision = hkind == "decision"
        elif kind == SUBPART:
            out.body.append(RawHeading(line.no, 2, "subpart", line.number, line.rest.strip(), line.text))
            self.target, self.last_para, self.sub_level = None, None, 3
        elif kind == PARA:
            marker = line.text[: len(line.text) - len(line.rest)].strip()   # "7." or "7．" as printed
            para = RawParagraph(paragraph_number(_digits(line.number)), marker, RawText([Piece("", line.rest, line.no)]))
            out.body.append(para)
            self.target, self.last_para = para.body, para
        elif kind == ITEM:
            marker = line.text[: len(line.text) - len(line.rest)].strip()
            item = RawItem(line.number, marker, RawText([Piece("", line.rest, line.no)]))
            if self.last_para is None:
                self.last_para = RawParagraph(None, None, RawText([]), unclassified=False)
                out.body.append(self.last_para)
            self.last_para.items.append(item)
            self.target = item.body


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
