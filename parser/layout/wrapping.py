"""Hard-wrapped text: lines cut at a fixed width mid-sentence, as PDF text
extraction (``pdftotext``) leaves them.

A well-formed text has one paragraph per line, so a line break is a
paragraph break, and the line reader joins a line to the one before only
when that one is left unfinished (a paragraph cut by a page break). Text
taken out of a PDF breaks every line at the page's width: most lines are of
about the same length and end mid-sentence, and a line that does end a
sentence ("…To this end.") may still be followed by the rest of its
paragraph. There the signal is the line's length: a line as long as the
text's measure ran on into the next; a short line ended its paragraph.

:func:`detect` decides, from the whole text, whether it is hard-wrapped; it
answers None for a well-formed text, which is then read exactly as before.
A :class:`Wrap` answers the one question the line reader asks: does this
line go on with the text above it?
"""
from __future__ import annotations

from dataclasses import dataclass

from .classify import BLANK, TABLE, Line
from .lines import is_terminated

MIN_LINES = 8            # fewer content lines tell nothing about a measure
MEASURE_QUANTILE = 0.75  # most lines of a wrapped text are full: their width is the measure
FULL = 0.75              # a line this close to the measure ran on (a long next word did not fit)
MIN_NEAR_SHARE = 0.25    # at least this share of the lines are about as long as the measure…
NEAR = (0.85, 1.1)       # (between these multiples of it)
MIN_OPEN_SHARE = 0.5     # …and at least this share of those end mid-word-run (a letter, digit or ideograph)
MAX_LONG_SHARE = 0.05    # lines far beyond the measure mean paragraphs on one line each
LONG = 1.3
MAX_COLUMNS = 300        # no printed line is wider
SAMPLE = 2000            # lines enough to tell
MIN_MEASURE = 30         # display columns: narrower "measures" are lists of short lines
_BULLETS = ("–", "—", "-", "•", "·", "▪", "*")


def width(text: str) -> int:
    """Display columns, estimated from the UTF-8 length (C speed): a CJK
    character (three bytes) takes two columns, an ASCII one (one byte) one;
    an accented Latin letter (two bytes) counts one and a half."""
    if len(text) > MAX_COLUMNS:      # wider than any page: no need to count further
        return 2 * MAX_COLUMNS
    return len(text) + (len(text.encode("utf-8")) - len(text)) // 2


@dataclass(slots=True)
class Wrap:
    """The measure of a hard-wrapped text and what follows from it."""
    measure: int

    def is_full(self, text: str) -> bool:
        """Did this line run on to the measure (so the text goes on below)?"""
        return width(text.strip()) >= FULL * self.measure

    def continues(self, prev: str, nxt: str, after_blank: bool = False) -> bool:
        """Is *nxt* the same paragraph (or footnote) as the line *prev* above it?

        A full line runs on, unless the next line opens a list entry or a
        blank line stands between them (``pdftotext`` puts one between
        paragraphs); a short line ended its paragraph. A next line starting
        in lower case always goes on (a sentence never starts so:
        ``…Development,8`` / ``and emphasizes…``, where a footnote marker made
        the extractor break the line)."""
        nxt = nxt.lstrip()
        if not nxt:
            return False
        if nxt[0].islower():
            return True
        if after_blank or nxt.startswith(_BULLETS) and nxt[1:2].isspace():
            return False
        return self.is_full(prev)


    def runs_into_number(self, prev: str, number, last_number: int) -> bool:
        """Is a line printed as paragraph *number* (``2013. The…``) the rest of
        the sentence in *prev* (a year the wrap put first)? Only when *prev*
        ran on unfinished and *number* is not the next paragraph's (after
        *last_number*: a numbering never jumps ahead)."""
        return self.runs_on(prev) and (not isinstance(number, int) or number > last_number + 1)

    def runs_on(self, prev: str) -> bool:
        """Did *prev* reach the measure with its sentence unfinished (so the
        next line, whatever it looks like, is the rest)?"""
        return self.is_full(prev) and not is_terminated(prev)


def detect(lines: list[Line]) -> Wrap | None:
    """The text's :class:`Wrap` when it is hard-wrapped, else None.

    Hard-wrapped: many lines of about the same length (the measure), most
    of them stopping mid-clause, and almost no line far longer than the
    measure."""
    content = [ln.text for ln in lines if ln.kind not in (BLANK, TABLE)]
    if len(content) > SAMPLE:        # a long text's lines, evenly sampled, tell the same (and cost little)
        content = content[::len(content) // SAMPLE]
    if len(content) < MIN_LINES:
        return None
    widths = sorted(width(t) for t in content)
    measure = widths[int(MEASURE_QUANTILE * (len(widths) - 1))]
    if measure < MIN_MEASURE:
        return None
    if sum(w > LONG * measure for w in widths) > MAX_LONG_SHARE * len(widths):
        return None
    near = [t for t in content if NEAR[0] * measure <= width(t) <= NEAR[1] * measure]
    if len(near) < MIN_NEAR_SHARE * len(content) or len(near) < 5:
        return None
    if sum(_open_end(t) for t in near) < MIN_OPEN_SHARE * len(near):
        return None
    return Wrap(measure)


def _open_end(text: str) -> bool:
    """Does the line stop on a letter, digit or ideograph (no punctuation)?
    A paragraph on a line of its own ends on a full stop, a comma (a
    preambular paragraph), a colon; a wrapped line mostly stops mid-clause."""
    return text[-1].isalnum() and not is_terminated(text)
