"""Table rows made rectangular: the cells of each row placed on a grid with
the rows and columns that spanned cells cover, spans clipped to the table,
short rows padded with empty cells.

Why: a reader's table may be ragged (a row with fewer cells, a rowspan
running past the last row) — an HTML table tolerates it, pandoc does not
("Error in array index"), so the pandoc writer gives it a clean grid. No
cell and no text is dropped: a row too long widens the table instead.
"""
from __future__ import annotations

__all__ = ["regular_rows"]


def regular_rows(rows: list[list[dict]], min_width: int = 1) -> tuple[list[list[dict]], int]:
    """(rows, width): copies of the cells with ``rowspan``/``colspan`` that fit
    (``rowspan`` no further than the last row; ``colspan`` no further than a
    column a cell above still covers), every row filled to *width* with empty
    cells ``{"text": "", "spans": []}``."""
    placed: list[tuple[list[dict], int]] = []     # (cells, columns taken in the row)
    covered: dict[int, int] = {}          # column -> rows still covered by a rowspan from above
    width = min_width
    for r, cells in enumerate(rows):
        active = set(covered)
        row: list[dict] = []
        col = 0
        for cell in cells:
            while col in active:
                col += 1
            span = max(_int(cell.get("colspan")), 1)
            for k in range(1, span):
                if col + k in active:
                    span = k
                    break
            down = min(max(_int(cell.get("rowspan")), 1), len(rows) - r)
            row.append(dict(cell, colspan=span, rowspan=down))
            if down > 1:
                for c in range(col, col + span):
                    covered[c] = max(covered.get(c, 0), down)
            col += span
        width = max(width, col, max(active, default=-1) + 1)
        placed.append((row, len(active) + sum(c["colspan"] for c in row)))
        covered = {c: left - 1 for c, left in covered.items() if left - 1 > 0}
    return [row + [{"text": "", "spans": []} for _ in range(width - taken)] for row, taken in placed], width


def _int(value) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 1
