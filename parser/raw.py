"""The raw-block contract: what a reader (``parser/formats/<fmt>``) hands to
the shared layout stage (``parser/layout``).

A reader knows its file format and nothing about council documents: it turns
bytes into typed raw blocks and never decides what a block *is* (header
field, numbered paragraph, item, caption, group row…): the layout stage does,
once for every format. Two shapes of input exist:

* paragraph-oriented formats (.docx, HTML, PDF): a :class:`RawDocument` whose
  ``blocks`` are :class:`RawParagraph` and :class:`RawTable` in reading order;
  a paragraph's text is already clean (no markup), its footnote markers and
  links are spans of its :class:`~parser.blocks.Inline`;
* line-oriented plain text: ``lines`` holds the decoded text, whose lines the
  layout stage classifies (markers and Markdown links are still in it).

Footnote and endnote bodies a format knows as such (Word's footnotes part,
an HTML notes list) come as :class:`~parser.blocks.FootnoteBody`; page
furniture as :class:`~parser.blocks.Furniture`; problems as
:class:`~parser.messages.Message`. ``line`` is the reader's 1-based position
(source line, body element index or page-ordered paragraph index).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .blocks import Inline


# list number formats (Word's names, which HTML and PDF readers use too) that count in decimal digits
DECIMAL_FORMATS = {"decimal", "decimalZero", "decimalFullWidth", "decimalFullWidth2", "decimalHalfWidth"}


@dataclass(slots=True)
class Label:
    """A list number the format generates (Word numbering, ``<ol>``), as shown."""
    text: str                  # "7.", "(a)", "I."
    value: int                 # the counter of the paragraph's own level
    fmt: str                   # decimal | lowerLetter | upperRoman | bullet | …
    level: int                 # list depth, 0 first


@dataclass(slots=True)
class LayoutHints:
    """What a page-layout format (PDF) can say about a paragraph's looks;
    ``None`` when the format does not know."""
    font_size: float | None = None
    bold: bool | None = None
    indent: float | None = None
    page: int | None = None


@dataclass(slots=True)
class RawParagraph:
    line: int
    content: Inline            # clean text; spans: footnote_ref, link
    style: str | None = None   # the format's style name ("Heading 1", "Caption")
    outline: int | None = None  # 0-based heading level when the format marks a heading
    label: Label | None = None
    hints: LayoutHints | None = None


@dataclass(slots=True)
class RawCell(Inline):
    colspan: int = 1
    rowspan: int = 1
    table: "RawTable | None" = None


@dataclass(slots=True)
class RawRow:
    line: int
    cells: list                # list[RawCell]


@dataclass(slots=True)
class RawTable:
    """A table as the format gives it. ``header_marked``: the format says the
    first row is a header (``w:tblHeader``, ``<thead>``, all ``<th>``);
    ``header_styled``: the format only shows the first row as a header (Word's
    table look), which the layout stage accepts when the row looks like one."""
    line: int
    rows: list                 # list[RawRow], header row included
    end_line: int | None = None
    caption: Inline | None = None
    header_marked: bool = False
    header_styled: bool = False


@dataclass(slots=True)
class RawDocument:
    """One reader's output."""
    path: str
    format: str                # a name in parser.formats.registry
    sha256: str
    size: int | None = None
    encoding: str | None = None
    blocks: list = field(default_factory=list)        # RawParagraph | RawTable (paragraph-oriented)
    lines: str | None = None                          # decoded text (line-oriented)
    footnotes: list = field(default_factory=list)     # FootnoteBody
    furniture: list = field(default_factory=list)     # Furniture
    diagnostics: list = field(default_factory=list)   # Message
    language: str | None = None                       # the caller's choice; detected when None
    # Markdown syntax the reader took off its lines (parser.formats.markdown), applied by parser.layout.markdown
    header: list = field(default_factory=list)        # HeaderLine (front matter lines)
    headings: dict = field(default_factory=dict)      # line → (level, printed line) of '#' headings
    front_matter: dict = field(default_factory=dict)  # front matter keys and values
