"""Footnote zones at the bottom of pages → note bodies (number, marker, lines).

Why two ways to find a zone: Word and the 1990s UN typists put a separator
above the notes (a rule, or a line of underscores ``______``), so everything
below it is notes. LibreOffice draws none for the UN template, so without a
separator the zone is the block of *smaller* lines at the page bottom whose
first line starts with a label that continues the numbering and matches a
marker on that page — which keeps a table set in 8.5 pt (no label, or no
marker) out of the notes. A zone whose first lines carry no label continues
the last note of an earlier page.

Labels: ``3`` (a tab or space after), ``3/`` (UN 1990s), ``*`` (a note on the
title).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lines import Line
from .markers import marker_number

SEPARATOR = re.compile(r"^[_\u2014\u2013\-]{6,}$")
LABEL = re.compile(r"^(?P<m>\d{1,3}/|\d{1,3}(?=[\t ])|\*{1,3})[\t ]*(?=\S)")
SMALLER = 0.92         # a note line's size is at most this share of the body size


@dataclass
class Note:
    number: int
    marker: str               # as printed: "3", "3/", "*"
    lines: list = field(default_factory=list)
    cut: int = 0              # characters of the first line taken by the label


def label_of(line: Line) -> tuple[str, int] | None:
    """(marker, length of the label) when the line starts like a note body."""
    m = LABEL.match(line.text)
    return (m.group("m"), m.end()) if m else None


def page_notes(lines: list[Line], body_size: float, markers: set[str], next_number: int,
               height: float, continuing: bool = False) -> tuple[int, list[Line]] | None:
    """(index where the zone starts, separator lines to drop) for one page's
    lines from top to bottom (furniture already removed), or None.
    ``continuing``: the previous page ended in notes, so smaller lines above
    the first label may be the rest of its last note."""
    for i, ln in enumerate(lines):
        if SEPARATOR.match(ln.text) and ln.baseline < height * 0.6 and i + 1 < len(lines):
            lab = label_of(lines[i + 1])
            if lab is not None or lines[i + 1].size < body_size * SMALLER:
                return i + 1, [ln]
    # the bottom block of lines in one smaller size than the line above it
    k = len(lines)
    if k == 0 or lines[-1].rotated:
        return None
    small = lines[-1].size
    while k > 0 and not lines[k - 1].rotated and (
            (abs(lines[k - 1].size - small) <= 0.6 and len(lines[k - 1].segments) <= 2)
            or (k < len(lines) and label_of(lines[k - 1]) is not None and lines[k - 1].size <= body_size
                and abs(lines[k].size - small) <= 0.6)):
        k -= 1          # a note whose first line is set in a bigger size is still a note
    above = lines[k - 1].size if k > 0 else body_size
    if k == len(lines) or small > min(above, max(body_size, above)) * SMALLER:
        return _raised_label_zone(lines, markers, next_number)
    for i in range(k, len(lines)):
        lab = label_of(lines[i])
        if lab is None:
            continue
        marker = lab[0].rstrip("/")
        if marker in markers and (marker.startswith("*") or marker_number(marker) >= next_number):
            return (k if continuing else i), []
        break
    return None


def _raised_label_zone(lines: list[Line], markers: set[str], next_number: int) -> tuple[int, list] | None:
    """Notes in the body's own size (LibreOffice from some .docx): the bottom
    lines, set apart by a wider gap, starting with a *raised* label that is the
    next number and is cited on the page."""
    for i in range(len(lines) - 1, max(len(lines) - 8, 0), -1):
        ln = lines[i]
        first = next((c for c in ln.chars if c.ch != " "), None)
        if first is None or not (first.size < 0.85 * ln.size and first.oy > ln.baseline + 0.15 * ln.size):
            continue
        lab = label_of(ln)
        if lab is None or lab[0] not in markers or marker_number(lab[0]) < next_number:
            return None
        gap = lines[i - 1].baseline - ln.baseline if i > 0 else 0
        pitch = min((a.baseline - b.baseline for a, b in zip(lines[:i], lines[1:i]) if a.baseline > b.baseline),
                    default=ln.size * 1.2)
        return (i, []) if i == 0 or gap > 1.5 * pitch else None
    return None


def split_notes(pages: list[list[Line]], heights: list[float], body_size: float,
                page_markers: list[set[str]]) -> tuple[list[list[Line]], list[Note], list[Line]]:
    """(body lines per page, notes in order, separator lines)."""
    notes: list[Note] = []
    seps: list[Line] = []
    body_pages: list[list[Line]] = []
    next_number = 1
    continuing = False
    previous: set[str] = set()
    for lines, h, here in zip(pages, heights, page_markers):
        # a note may be pushed to the page after its marker (a long contents list on page 1)
        markers, previous = here | previous, here
        # the zone is found top to bottom whatever the reading order (a note under a
        # two-column table sits at the end of the left column in reading order)
        geo = sorted(lines, key=lambda ln: -ln.baseline)
        found = page_notes(geo, body_size, markers, next_number, h, continuing)
        continuing = found is not None
        if found is None:
            body_pages.append(lines)
            continue
        start, sep = found
        seps += sep
        zone = geo[start:]
        skip = {id(ln) for ln in zone} | {id(ln) for ln in sep}
        body = [ln for ln in lines if id(ln) not in skip]
        # continuation lines of an earlier note sit above the first label, in a zone after a separator
        for ln in zone:
            lab = label_of(ln)
            if lab is not None and (not notes or _continues(lab[0], notes[-1])):
                marker = lab[0]
                notes.append(Note(marker_number(marker.rstrip("/")), marker, [ln], lab[1]))
                if not marker.startswith("*"):
                    next_number = notes[-1].number + 1
            elif notes:
                notes[-1].lines.append(ln)
            else:
                body.append(ln)
        body_pages.append(body)
    return body_pages, notes, seps


def _continues(marker: str, last: Note) -> bool:
    """A label starts a new note when it is a title note or follows the numbering."""
    if marker.startswith("*") or last.marker.startswith("*"):
        return True
    return marker_number(marker.rstrip("/")) > last.number
