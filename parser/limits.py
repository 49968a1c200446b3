"""Ceilings on what one document may contain, each refused with a one-line
:class:`~parser.errors.InputError`.

Why: the parser works in time linear in its input (see benchmarks/linearity.py),
but the tree costs memory per node — about 1.5 KB per paragraph or cell in
Python. Without ceilings, a 50 MB file of tabs or of one-character lines would
become tens of millions of nodes and exhaust memory instead of getting a clear
answer. The defaults are far above any real council document (the seed
GB.340/INS/6: 39 KB, 178 lines, 30 footnotes, 60 table cells; pasted 1,000
times it still passes every limit) and below what would exhaust a laptop.

The limits are module constants, read at call time, so a caller (or a test)
can change them: ``councildoc.parser.limits.MAX_LINE_CHARS = 2_000_000``.
The input size limit is the ``max_bytes`` argument of the parse functions
(default :data:`MAX_INPUT_BYTES`).
"""
from __future__ import annotations

from .blocks import Table
from .decode import DEFAULT_MAX_BYTES
from .errors import InputError

#: Largest input file, in bytes (``max_bytes`` of parse_bytes/parse_file).
MAX_INPUT_BYTES = DEFAULT_MAX_BYTES
#: Longest line, in characters. Lines this long are handled in linear time;
#: longer ones are not text a person wrote (a binary, a broken extraction).
MAX_LINE_CHARS = 1_000_000
#: Most lines in one text document (a 50 MB document of 70-character lines has 750,000).
MAX_LINES = 2_000_000
#: Most footnote bodies in one document (endnotes included).
MAX_FOOTNOTES = 100_000
#: Most table cells in one document (all tables, nested ones included).
MAX_TABLE_CELLS = 1_000_000
#: Most pages in one PDF (the longest UN budget fascicles have a few hundred;
#: a 91-page one reads in about a second).
MAX_PDF_PAGES = 5_000


def check_text(text: str, path: str) -> None:
    """Limits a decoded text must meet before it is split into lines.

    Costs a few linear scans in C (count, split, len), nothing per line in Python."""
    lines = text.count("\n") + 1
    if lines > MAX_LINES:
        raise InputError(path, f"has {lines:,} lines, over the limit of {MAX_LINES:,}")
    cells_at_least = text.count("\t")
    if cells_at_least > MAX_TABLE_CELLS:
        raise InputError(path, f"has at least {cells_at_least:,} tab-separated table cells, "
                               f"over the limit of {MAX_TABLE_CELLS:,}")
    if len(text) > MAX_LINE_CHARS:
        lengths = list(map(len, text.split("\n")))
        longest = max(lengths)
        if longest > MAX_LINE_CHARS:
            no = lengths.index(longest) + 1
            raise InputError(path, f"line {no:,} is {longest:,} characters long, "
                                   f"over the limit of {MAX_LINE_CHARS:,} (is it really text?)")


def check_document(doc) -> None:
    """Limits every reader's :class:`~parser.blocks.Document` must meet before
    the tree is built (footnotes, table cells)."""
    if len(doc.footnotes) > MAX_FOOTNOTES:
        raise InputError(doc.path, f"has {len(doc.footnotes):,} footnotes, over the limit of {MAX_FOOTNOTES:,}")
    cells = 0
    for block in doc.body:
        if isinstance(block, Table):
            cells += _cells(block)
            if cells > MAX_TABLE_CELLS:
                raise InputError(doc.path, f"has over {MAX_TABLE_CELLS:,} table cells, the limit")


def _cells(table) -> int:
    n = len(table.header or [])
    for row in table.rows:
        n += len(row.cells)
        for cell in row.cells:
            inner = getattr(cell, "table", None)
            if inner is not None:
                n += _cells(inner)
    return n
