"""Footnotes and endnotes (``word/footnotes.xml``, ``word/endnotes.xml``).

Each note becomes one footnote body whose text is all its paragraphs (joined
by line breaks). Separator notes (``separator``, ``continuationSeparator``,
``continuationNotice``) are page furniture of Word, not notes. Numbers come
from the order of first reference in the body (:class:`~.runs.NoteNumbers`),
never from ``w:id``; a note nobody cites is kept, numbered after the others,
and the builder reports it.
"""
from __future__ import annotations

from ...blocks import FootnoteBody, Inline
from ...inline import concat, strip_inline
from .ns import W
from .runs import InlineReader, NoteNumbers
from .safety import parse_part

P, TBL = W + "p", W + "tbl"
SEPARATORS = {"separator", "continuationSeparator", "continuationNotice"}


def read_notes(part, kind: str, numbers: NoteNumbers, name: str) -> list[FootnoteBody]:
    """Notes of one part (a python-docx Part: ``blob`` and ``rels``)."""
    root = parse_part(part.blob, name, part.partname)
    reader = InlineReader(part_links(part), numbers)
    notes: list[tuple[str, Inline]] = []
    for note in root.iterchildren(W + kind):
        if note.get(W + "type") in SEPARATORS:
            continue
        paras = [reader.read(p) for p in note.iter(P)]
        parts = [("\n", strip_inline(p)) for p in paras if p.text.strip() or p.spans]
        content = concat(parts)[0] if parts else Inline("", [])
        notes.append((note.get(W + "id", ""), content))
    out = []
    for note_id, content in notes:
        key = (kind, note_id)
        line = numbers.first_line.get(key, 1) if key in numbers.numbers else 1
        n = numbers.number(kind, note_id, 1)
        out.append(FootnoteBody(max(line, 1), max(line, 1), n, content, kind))
    return out


def part_links(part) -> dict:
    """rId → target of a part's hyperlink relationships."""
    links = {}
    for rid, rel in part.rels.items():
        if (rel.reltype or "").endswith("/hyperlink"):
            links[rid] = rel.target_ref
    return links
