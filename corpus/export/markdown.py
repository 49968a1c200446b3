"""A tree as Markdown (CommonMark with footnotes and pipe tables, as pandoc
and GitHub read it), the header as YAML front matter.

Why this shape: the Markdown must read back into the same tree — the same
paragraph numbers, footnotes, ``cited_by`` and table shapes — so paragraphs
are written with their numbers as printed (``7. …``, ``25.1 …``, the
``marker`` when the tree has one), sub-items on their own line (``(a) …``),
footnote markers as ``[^3]`` at their offset with the bodies ``[^3]: …`` at
the end, tables as pipe tables after their caption (group rows kept as rows;
a spanned cell's other columns left empty; a nested table written after its
table), sections as ATX headings, references as links where
:class:`.links.Linker` gives them a URL.

Text is escaped only where a Markdown reader would read structure into it
(``[^``, ``](``, an HTML tag, and a line that would start a heading, quote,
list, table or numbered paragraph); spanned table cells keep their column,
the positions they cover left empty. Front matter values are JSON strings, which YAML reads
as double-quoted scalars.
"""
from __future__ import annotations

import json
import re

from .grid import grid, header_cells
from .inline import Note, Ref, Text, pieces
from .labels import paragraph_marker
from .links import Linker

__all__ = ["render_markdown", "FRONT_MATTER_FIELDS"]

#: meta fields written to the front matter, in this order (then any other scalar field)
FRONT_MATTER_FIELDS = ("title", "council", "session", "session_text", "session_dates", "place", "segment",
                       "segment_code", "date", "date_text", "original_language", "original_language_code",
                       "agenda_item", "purpose", "author_unit", "related_documents")

_ESCAPE = re.compile(r"\\(?=[!-/:-@\[-`{-~])|\[(?=\^)|\](?=\()|<(?=[A-Za-z/!?])|&(?=#?\w{1,32};)")
_LINE_START = re.compile(r"^(?:#{1,6}(?:\s|$)|>|[-+*](?:\s|$)|=+\s*$|-+\s*$|\||\d{1,9}[.)](?:\s|$)"
                         r"|\d{1,4}[.．]|[⁰¹²³⁴-⁹]|\([a-z]{1,2}\)|\([ivx]{1,5}\)|[a-z]\)|[▶►▸■]|~~~|```)")


def render_markdown(tree: dict, *, link_for=None, lang: str | None = None) -> str:
    """The document as Markdown text (ends with a newline)."""
    w = _Writer(tree, Linker(tree, link_for, lang))
    blocks = [_front_matter(tree)]
    blocks.extend(w.header())
    for node in tree.get("body", []):
        w.node(node, blocks)
    blocks.extend(w.notes())
    return "\n\n".join(b for b in blocks if b) + "\n"


def _front_matter(tree: dict) -> str:
    """The document's own front matter lines when it had some (a Markdown
    source), else one made of the tree's metadata."""
    meta = tree.get("meta") or {}
    own = [h.get("text", "") for h in meta.get("header", []) if h.get("field") == "front_matter"]
    if own:
        return "\n".join(["---"] + own + ["---"])
    lines = ["---"]
    for key in ("symbol", "language"):
        if tree.get(key) is not None:
            lines.append(f"{key}: {_yaml(tree[key])}")
    seen = {"header", "other", "summary", "front_matter"}
    for key in FRONT_MATTER_FIELDS + tuple(sorted(k for k in meta if k not in FRONT_MATTER_FIELDS)):
        if key in seen or key not in meta:
            continue
        seen.add(key)
        value = meta[key]
        if value is None or value == [] or isinstance(value, dict) and key != "agenda_item":
            continue
        if key == "agenda_item":
            value = value.get("text")
        lines.append(f"{key}: {_yaml(value)}")
    source = tree.get("source") or {}
    if source.get("path"):
        lines.append(f"source: {_yaml(source['path'])}")
    lines.append("---")
    return "\n".join(lines)


def _yaml(value) -> str:
    return json.dumps(value, ensure_ascii=False)


class _Writer:
    def __init__(self, tree: dict, linker: Linker):
        self.tree = tree
        self.linker = linker
        # the printed number, even when two notes share it: readers match
        # markers to bodies by number, as the document itself does
        self.labels = {n["id"]: str(n.get("number", n["id"][3:])) for n in tree.get("footnotes", []) if n.get("id")}

    def header(self) -> list[str]:
        return [self.block(h.get("text", ""), h.get("spans")) for h in (self.tree.get("meta") or {}).get("header", [])
                if h.get("field") != "front_matter"]

    def node(self, node: dict, out: list[str]) -> None:
        kind = node.get("type")
        if kind == "section":
            level = min(int(node.get("level", 1)) + 1, 6)
            number = node.get("number")
            heading = self.inline(node.get("heading", ""), node.get("heading_spans"))
            out.append("#" * level + " " + (f"{_escape(str(number))}. " if number else "") + heading)
            for child in node.get("children", []):
                self.node(child, out)
        elif kind == "paragraph":
            self.paragraph(node, out)
        elif kind == "table":
            self.table(node, out)

    def paragraph(self, para: dict, out: list[str]) -> None:
        marker = paragraph_marker(para)
        text = self.inline(para.get("text", ""), para.get("spans"))
        if marker:
            out.append(f"{marker} {text}" if text else marker)
        elif text:
            out.append(_guard(text))
        for item in para.get("items") or []:
            label = item.get("marker") or f"({item.get('label', '')})"
            out.append(f"{label} {self.inline(item.get('text', ''), item.get('spans'))}")

    def table(self, table: dict, out: list[str]) -> None:
        if table.get("caption"):
            out.append(self.block(table["caption"], table.get("caption_spans")))
        head = header_cells(table)
        body, width = grid([r.get("cells", []) for r in table.get("rows", [])])
        head_row, width = grid([head], width) if head else ([[None] * width], width)
        if len(body[0] if body else []) < width:
            body, width = grid([r.get("cells", []) for r in table.get("rows", [])], width)
        lines = [_pipe_row([self.cell(c) for c in head_row[0]]), _pipe_row(["---"] * width)]
        lines.extend(_pipe_row([self.cell(c) for c in row]) for row in body)
        out.append("\n".join(lines))
        for row in table.get("rows", []):
            for cell in row.get("cells", []):
                if cell.get("table"):
                    self.table(cell["table"], out)

    def cell(self, cell: dict | None) -> str:
        """A cell's text on one line: ``|`` escaped, line breaks as ``<br>``."""
        if cell is None:
            return ""
        return self.inline(cell.get("text", ""), cell.get("spans"), guard=False) \
            .replace("|", "\\|").replace("\n", "<br>")

    def notes(self) -> list[str]:
        out = []
        for note in self.tree.get("footnotes", []):
            body = self.inline(note.get("text", ""), note.get("spans")).replace("\\\n", "\n    ")
            out.append(f"[^{self.labels.get(note['id'], note['id'][3:])}]: {body}")
        return out

    def block(self, text: str, spans) -> str:
        return _guard(self.inline(text, spans))

    def inline(self, text: str, spans, guard: bool = True) -> str:
        """Inline Markdown; a line break is a hard break (``\\``) and the line
        after it guarded like a block's first line — unless *guard* is off
        (a table cell, where the caller joins lines with ``<br>``)."""
        parts: list[str] = []
        for piece in pieces(text, spans):
            if isinstance(piece, Text):
                parts.append(_escape(piece.text, guard))
            elif isinstance(piece, Note):
                parts.append(self.marker(piece.span))
            elif isinstance(piece, Ref):
                inner = "".join(_escape(c.text, guard) if isinstance(c, Text) else self.marker(c.span)
                                for c in piece.children)
                href = self.linker.href(piece.span, piece.link)
                parts.append(f"[{inner}]({_destination(href)})" if href else inner)
        return "".join(parts)

    def marker(self, span: dict) -> str:
        label = self.labels.get(span.get("footnote"))
        return f"[^{label}]" if label else _escape(span.get("marker") or "")


def _escape(text: str, guard: bool = True) -> str:
    """Inline text with the sequences Markdown would read as syntax escaped:
    a footnote reference ``[^``, a link's ``](``, an HTML tag's ``<``, an
    entity's ``&``, a backslash before punctuation; a tab is written ``&#9;``. Nothing else: emphasis characters keep
    their text under any reader, and readers that do not unescape (this
    parser's) read the text back as written. A newline becomes a hard line
    break (``\\`` at the end of the line)."""
    if _ESCAPE.search(text):
        text = _ESCAPE.sub(lambda m: "\\" + m.group(0), text)
    if "\t" in text:            # a tab would make the line (or cell) a table row to some readers
        text = text.replace("\t", "&#9;")
    if "\n" in text:
        if not guard:
            return text
        text = "\\\n".join(_guard(line) if i else line for i, line in enumerate(text.split("\n")))
    return text


def _destination(href: str) -> str:
    """A link address as a Markdown destination: spaces, parentheses and angle
    brackets percent-encoded (``…/A/RES/169%28II%29``), which every reader
    takes and every server decodes (the ``<…>`` form is not read by all)."""
    return href.translate(_DESTINATION)


_DESTINATION = str.maketrans({" ": "%20", "(": "%28", ")": "%29", "<": "%3C", ">": "%3E"})


def _guard(line: str) -> str:
    """A block's first line kept from reading as syntax (``#``, ``>``, ``- ``,
    ``7.``, ``(a)``…) by a backslash before its first character; leading
    spaces (an indented code block) dropped."""
    line = line.lstrip(" \t")
    if _LINE_START.match(line):
        return _escape_first(line)
    return line


def _escape_first(line: str) -> str:
    """``2019. text`` → ``2019\\. text``; ``# x`` → ``\\# x``; ``(a) x`` → ``\\(a) x``."""
    m = re.match(r"^(\d{1,9})([.)．])", line)
    if m:
        return m.group(1) + "\\" + line[m.end(1):]
    if line[0].isalpha() and len(line) > 1 and line[1] == ")":
        return line[0] + "\\" + line[1:]
    return "\\" + line


def _pipe_row(cells: list[str]) -> str:
    return "| " + " | ".join(c if c else " " for c in cells) + " |"
