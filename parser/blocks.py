"""The contract between the layout stage and the tree builder.

The layout stage (:mod:`parser.layout`) turns every reader's raw blocks into
a :class:`Document` of blocks; :mod:`parser.build` turns blocks into the JSON
tree. Blocks carry text
that is already clean (markup removed) with its spans, so the builder never
sees a reader's syntax. ``line``/``end_line`` are 1-based source positions.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Inline:
    """Clean text and its spans (footnote_ref, link, xref dicts)."""
    text: str
    spans: list = field(default_factory=list)


@dataclass(slots=True)
class Heading:
    line: int
    level: int                 # 1 part / appendix, 2 lettered subpart, 3+ deeper
    kind: str                  # part | subpart | subheading | appendix | decision
    number: str | None         # "I", "A", None
    content: Inline            # heading text without glyph and number
    printed: str               # the heading line as printed (for round trips)


@dataclass(slots=True)
class Item:
    line: int
    end_line: int
    label: str                 # "a"
    marker: str                # "(a)"
    content: Inline


@dataclass(slots=True)
class Paragraph:
    line: int
    end_line: int
    number: int | str | None   # 7, or "25.1" in a report numbered by section
    marker: str | None         # "7." as printed
    content: Inline
    items: list = field(default_factory=list)
    joins: list = field(default_factory=list)   # dicts: offset, line, separator
    unclassified: bool = False
    style: str | None = None
    kind: str | None = None    # preambular | operative | acting_body | adoption | title_note | caption
    opening: str | None = None  # a resolution paragraph's opening words ("Reaffirming also")


@dataclass(slots=True)
class Cell(Inline):
    """A table cell that spans several grid columns or rows, or holds a nested
    table (.docx and HTML); plain cells stay :class:`Inline`."""
    colspan: int = 1
    rowspan: int = 1
    table: "Table | None" = None


@dataclass(slots=True)
class Row:
    line: int
    kind: str                  # data | group
    number: int | None
    cells: list                # list[Inline | Cell]


@dataclass(slots=True)
class Table:
    line: int
    end_line: int
    caption: Inline | None
    header: list               # list[Inline]
    rows: list                 # list[Row]
    repeated_header_lines: list = field(default_factory=list)
    kind: str | None = None    # "contents": a table of contents, not document content


@dataclass(slots=True)
class FootnoteBody:
    line: int
    end_line: int
    number: int
    content: Inline
    kind: str = "footnote"     # footnote | endnote
    marker: str | None = None  # the body's marker as printed when not a superscript number ("[^3]:", "3/")


@dataclass(slots=True)
class Furniture:
    line: int
    kind: str
    text: str
    node: str | None = None


@dataclass(slots=True)
class HeaderLine:
    line: int
    field: str
    content: Inline


@dataclass(slots=True)
class Document:
    """What the layout stage hands to the builder."""
    path: str
    format: str                # text | docx | html
    sha256: str
    language: str
    meta: dict                 # parsed header fields (see schema meta)
    header: list               # list[HeaderLine], verbatim
    body: list                 # Heading | Paragraph | Table, in reading order
    footnotes: list            # list[FootnoteBody]
    furniture: list = field(default_factory=list)
    diagnostics: list = field(default_factory=list)   # parser.messages.Message
    encoding: str | None = None
    size: int | None = None
    symbol: str | None = None  # as printed in the document, when it is
    related: Inline | None = None   # the header's related-documents value, spans kept
