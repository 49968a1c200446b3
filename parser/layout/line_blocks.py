"""The blocks the line-oriented layout (:mod:`.lines`) assembles before
:mod:`.plain` converts their markup: text still raw, with the source line of
every piece."""
from __future__ import annotations

from dataclasses import dataclass, field

from .classify import Line


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
