"""Readers for the expected outputs that peer projects keep beside their test
.docx files (pandoc native AST, HTML, Markdown tables), so our trees can be
compared with them. Only texts, spans of merged cells and note texts are
extracted; formatting is ignored. Whitespace is normalised (one space)."""
from __future__ import annotations

import re

import lxml.html


def norm(text: str) -> str:
    return " ".join(text.split())


# ---- pandoc native ----------------------------------------------------------

def _haskell_string(body: str) -> str:
    """Decode the escapes of a Haskell string literal: \\8217, \\160\\&, \\n, \\"."""
    out, i = [], 0
    while i < len(body):
        c = body[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        m = re.match(r"\\(\d+)", body[i:])
        if m:
            out.append(chr(int(m.group(1))))
            i += len(m.group(0))
        elif body[i + 1] == "&":
            i += 2
        else:
            out.append({"n": "\n", "t": "\t"}.get(body[i + 1], body[i + 1]))
            i += 2
    return "".join(out)


def native_tokens(text: str):
    """Brackets, words, numbers and decoded strings of a native AST, in order."""
    for m in re.finditer(r'"((?:[^"\\]|\\.)*)"|([\[\]()])|([A-Za-z]+)|(\d+)', text):
        if m.group(1) is not None:
            yield ("str", _haskell_string(m.group(1)))
        elif m.group(2):
            yield ("br", m.group(2))
        elif m.group(3):
            yield ("word", m.group(3))
        else:
            yield ("num", int(m.group(4)))


def _group(tokens: list, start: int) -> tuple[list, int]:
    """Tokens of the bracketed group opening at ``start`` and the index after it."""
    depth, i = 0, start
    while i < len(tokens):
        kind, v = tokens[i]
        if kind == "br" and v in "[(":
            depth += 1
        elif kind == "br" and v in "])":
            depth -= 1
            if depth == 0:
                return tokens[start:i + 1], i + 1
        i += 1
    return tokens[start:], i


def _inline_text(group: list) -> str:
    """Str/Space/SoftBreak tokens of a group as text (link targets skipped)."""
    out = []
    i = 0
    while i < len(group):
        kind, v = group[i]
        if kind == "word" and v == "Str":
            out.append(group[i + 1][1])
            i += 2
            continue
        if kind == "word" and v in ("Space", "SoftBreak", "LineBreak", "Para", "Plain"):
            out.append(" ")
        if kind == "word" and v == "Link":
            # Link attr [inlines] (target, title): keep the inlines only
            _, j = _group(group, i + 1)             # attr
            inl, j = _group(group, j)
            out.append(_inline_text(inl))
            _, i = _group(group, j)                 # target
            continue
        i += 1
    return norm("".join(out))


def native_notes(text: str) -> list[str]:
    tokens = list(native_tokens(text))
    notes = []
    for i, (kind, v) in enumerate(tokens):
        if kind == "word" and v == "Note":
            group, _ = _group(tokens, i + 1)
            notes.append(_inline_text(group))
    return notes


def native_tables(text: str) -> list[list[tuple[str, int, int]]]:
    """Each table's cells in reading order as (text, rowspan, colspan)."""
    tokens = list(native_tokens(text))
    tables, i = [], 0
    while i < len(tokens):
        kind, v = tokens[i]
        if kind == "word" and v == "Table":
            group, i = _group(tokens, i + 1 if tokens[i + 1][0] == "br" else i + 1)
            # the Table constructor's arguments follow as consecutive groups; collect
            # until the next top-level Table or the end
            cells = []
            k = i
            while k < len(tokens) and not (tokens[k] == ("word", "Table")):
                if tokens[k] == ("word", "Cell"):
                    _, a = _group(tokens, k + 1)     # attr
                    a += 1                            # alignment word
                    rs = tokens[a + 2][1]             # ( RowSpan n )
                    cs = tokens[a + 6][1]             # ( ColSpan n )
                    content, k = _group(tokens, a + 8)
                    cells.append((_inline_text(content), rs, cs))
                    continue
                k += 1
            tables.append(cells)
            i = k
        else:
            i += 1
    return tables


# ---- HTML and Markdown ------------------------------------------------------

def html_note_texts(html: str) -> list[str]:
    """Texts of the notes listed as ``<ol><li>`` (back-link arrows removed)."""
    root = lxml.html.fromstring(html)
    return [norm(li.text_content().replace("↑", "")) for li in root.iter("li")]


def html_tables(html: str, visible_only: bool = True) -> list[list[tuple[str, int, int]]]:
    """Each table's cells (text, rowspan, colspan) in reading order; cells
    hidden with ``display: none`` (merge continuations) left out."""
    root = lxml.html.fromstring(html)
    out = []
    for table in root.iter("table"):
        cells = []
        for td in table.iter("td", "th"):
            if visible_only and "display: none" in (td.get("style") or ""):
                continue
            cells.append((norm(td.text_content()), int(td.get("rowspan", 1)), int(td.get("colspan", 1))))
        out.append(cells)
    return out


def md_tables(md: str) -> list[list[list[str]]]:
    """Pipe tables of a Markdown file as grids of cell texts (header row first)."""
    tables, current = [], None
    for line in md.splitlines():
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if all(set(c) <= set("-: ") and c for c in cells):
                continue
            if current is None:
                current = []
                tables.append(current)
            current.append(cells)
        else:
            current = None
    return tables


# ---- our trees ----------------------------------------------------------------

def tree_cells(table: dict) -> list[tuple[str, int, int]]:
    """A table node's cells (header first) as (text, rowspan, colspan)."""
    if "header_cells" in table:
        out = [(norm(c["text"]), c.get("rowspan", 1), c.get("colspan", 1)) for c in table["header_cells"]]
    else:
        out = [(norm(t), 1, 1) for t in table["header"]]
    for row in table["rows"]:
        out += [(norm(c["text"]), c.get("rowspan", 1), c.get("colspan", 1)) for c in row["cells"]]
    return out


def tree_grid(table: dict) -> list[list[str]]:
    """A table node laid out on its grid, merged cells repeated in every grid
    place they cover (the layout Markdown exporters print)."""
    rows = [table.get("header_cells") or [{"text": t} for t in table["header"]]] if table["header"] else []
    rows += [r["cells"] for r in table["rows"]]
    grid: list[list[str | None]] = []
    for r, cells in enumerate(rows):
        while len(grid) <= r:
            grid.append([])
        col = 0
        for c in cells:
            while col < len(grid[r]) and grid[r][col] is not None:
                col += 1
            for dr in range(c.get("rowspan", 1)):
                while len(grid) <= r + dr:
                    grid.append([])
                line = grid[r + dr]
                for dc in range(c.get("colspan", 1)):
                    while len(line) <= col + dc:
                        line.append(None)
                    line[col + dc] = norm(c["text"])
            col += c.get("colspan", 1)
    return [[x or "" for x in line] for line in grid]
