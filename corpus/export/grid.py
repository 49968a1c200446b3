"""Table rows made rectangular: the cells of each row placed on a grid with
the rows and columns that spanned cells cover, spans clipped to the table,
short rows padded with empty cells.

Why: a reader's table may be ragged (a row with fewer cells, a rowspan
running past the last row) — an HTML table tolerates it, pandoc does not
("Error in array index"), so the pandoc writer gives it a clean grid. No
cell and no text is dropped: a row too long widens the table instead.
"""
from __future__ import annotations

__all__ = ["regular_rows", "grid", "header_cells"]


def regular_rows(rows: list[list[dict]], min_width: int = 1) -> tuple[list[list[dict]], int]:
    """(rows, width): copies of the cells with ``rowspan``/``colspan`` that fit
    (``rowspan`` no further than the last row; ``colspan`` no further than a
    column a cell above still covers), every row filled to *width* with empty
    cells."""
    placed, width = _place(rows, min_width)
    return [[cell for _, cell in row] + [_empty() for _ in range(width - taken)] for row, taken in placed], width


def grid(rows: list[list[dict]], min_width: int = 1) -> tuple[list[list[dict | None]], int]:
    """(rows, width) with every row exactly *width* positions long: the cell at
    the column it starts in, None where a spanned cell (from the left or from
    above) covers the position or the row has no cell. For formats without
    spans (Markdown pipe tables), so that every cell stays in its column."""
    placed, width = _place(rows, min_width)
    out = []
    for row, _ in placed:
        positions: list[dict | None] = [None] * width
        for col, cell in row:
            positions[col] = cell
        out.append(positions)
    return out, width


def _place(rows: list[list[dict]], min_width: int) -> tuple[list, int]:
    """Each row as ([(column, cell)…], columns taken), and the table's width."""
    placed: list[tuple[list[tuple[int, dict]], int]] = []
    covered: dict[int, int] = {}          # column -> rows still covered by a rowspan from above
    width = min_width
    for r, cells in enumerate(rows):
        active = set(covered)
        row: list[tuple[int, dict]] = []
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
            row.append((col, dict(cell, colspan=span, rowspan=down)))
            if down > 1:
                for c in range(col, col + span):
                    covered[c] = max(covered.get(c, 0), down)
            col += span
        width = max(width, col, max(active, default=-1) + 1)
        placed.append((row, len(active) + sum(c["colspan"] for _, c in row)))
        covered = {c: left - 1 for c, left in covered.items() if left - 1 > 0}
    return placed, width


def _empty() -> dict:
    return {"text": "", "spans": [], "colspan": 1, "rowspan": 1}


def _int(value) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 1


def header_cells(table: dict) -> list[dict]:
    """A table's head row as cells: ``header_cells`` when the tree has them
    (spanned head cells), else one cell per ``header`` text with its spans."""
    if table.get("header_cells"):
        return table["header_cells"]
    texts = table.get("header", [])
    spans = table.get("header_spans") or []
    return [{"text": t, "spans": spans[k] if k < len(spans) else []} for k, t in enumerate(texts)]
