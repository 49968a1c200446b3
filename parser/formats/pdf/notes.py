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
               height: float) -> tuple[int, list[Line]] | None:
    """(index where the zone starts, separator lines to drop) for one page's
    lines in reading order (furniture already removed), or None."""
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
    while k > 0 and abs(lines[k - 1].size - small) <= 0.6 and not lines[k - 1].rotated \
            and len(lines[k - 1].segments) <= 2:
        k -= 1
    above = lines[k - 1].size if k > 0 else body_size
    if k == len(lines) or small > min(above, max(body_size, above)) * SMALLER:
        return None
    for i in range(k, len(lines)):
        lab = label_of(lines[i])
        if lab is None:
            continue
        marker = lab[0].rstrip("/")
        if marker in markers and (marker.startswith("*") or marker_number(marker) >= next_number):
            return i, []
        break
    return None


def split_notes(pages: list[list[Line]], heights: list[float], body_size: float,
                page_markers: list[set[str]]) -> tuple[list[list[Line]], list[Note], list[Line]]:
    """(body lines per page, notes in order, separator lines)."""
    notes: list[Note] = []
    seps: list[Line] = []
    body_pages: list[list[Line]] = []
    next_number = 1
    for lines, h, markers in zip(pages, heights, page_markers):
        found = page_notes(lines, body_size, markers, next_number, h)
        if found is None:
            body_pages.append(lines)
            continue
        start, sep = found
        seps += sep
        body = [ln for ln in lines[:start] if ln not in sep]
        zone = lines[start:]
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
