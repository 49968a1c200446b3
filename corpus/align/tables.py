"""Tables of two versions, row by row: caption with caption, header row with
header row, then the rows by order and length (a row is never split or
merged in translation, but one version may hold a row the other lacks).
A row's text is its cells joined by `` | ``."""
from __future__ import annotations

from .dp import ROW_MOVES, align_sequences
from .lengths import length_score, text_length
from .numbers import numbers
from .model import Alignment, Pair, Segment, Unpaired

CELL_SEPARATOR = " | "


def pair_tables(out: Alignment, a: dict, b: dict, method: str, ratio: float) -> None:
    """Append the pairs of two paired tables to *out*. Rows are mostly
    figures, whose length does not change in translation: the rows' length
    ratio is the two tables' own, and the numbers they hold decide."""
    key = a["id"] if a["id"] == b["id"] else f"{a['id']}={b['id']}"
    la, lb = out.source_lang, out.target_lang
    if a.get("caption") and b.get("caption"):
        out.pairs.append(_pair("caption", f"{key}-caption", Segment(la, a["id"], a["caption"]),
                               Segment(lb, b["id"], b["caption"]), method, ratio))
    head_a, head_b = CELL_SEPARATOR.join(a.get("header", [])), CELL_SEPARATOR.join(b.get("header", []))
    if head_a and head_b:
        out.pairs.append(_pair("table-header", f"{key}-header", Segment(la, a["id"], head_a),
                               Segment(lb, b["id"], head_b), method, ratio))
    rows_a, rows_b = [_row_text(r) for r in a.get("rows", [])], [_row_text(r) for r in b.get("rows", [])]
    len_a, len_b = [text_length(t) for t in rows_a], [text_length(t) for t in rows_b]
    if sum(len_a) and sum(len_b):
        ratio = sum(len_b) / sum(len_a)
    beads = align_sequences(len_a, len_b, ratio, nums_a=[numbers(t) for t in rows_a],
                            nums_b=[numbers(t) for t in rows_b], moves=ROW_MOVES)
    for bead in beads:
        if bead.a and bead.b:
            i, j = bead.a[0], bead.b[0]
            out.pairs.append(_pair("row", f"{key}-r{i + 1}", Segment(la, f"{a['id']}-r{i + 1}", rows_a[i]),
                                   Segment(lb, f"{b['id']}-r{j + 1}", rows_b[j]), "order", ratio))
        elif bead.a:
            out.unpaired.append(Unpaired("a", "row", f"{a['id']}-r{bead.a[0] + 1}", rows_a[bead.a[0]]))
        else:
            out.unpaired.append(Unpaired("b", "row", f"{b['id']}-r{bead.b[0] + 1}", rows_b[bead.b[0]]))


def _pair(kind: str, key: str, src: Segment, tgt: Segment, method: str, ratio: float) -> Pair:
    return Pair(kind, key, None, None, src, tgt, method,
                length_score(text_length(src.text), text_length(tgt.text), ratio))


def _row_text(row: dict) -> str:
    return CELL_SEPARATOR.join(cell.get("text", "") for cell in row.get("cells", []))
