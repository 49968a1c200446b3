"""A tree as the pandoc JSON AST, for ``pandoc -f json -t docx|odt|epub|latex``.

Why the AST and not Markdown for pandoc: footnotes, table spans and anchors
pass as structures (``Note``, ``Cell`` rowspan/colspan, ``Div`` ids), so
every writer of pandoc gives real footnotes and tables.

API version: pandoc-types 1.23.1 (``"pandoc-api-version": [1, 23, 1]``,
read by pandoc 3.0 and later). The AST uses only constructs that 1.22 has
too (no ``Figure``, no ``Null``), so ``api_version=(1, 22, 2, 1)`` gives
the same document for pandoc 2.11–2.19 (pandoc refuses a JSON whose first
two numbers differ from its own). Layout: ``meta`` holds ``title``, ``lang``,
``dir`` for right-to-left, ``subtitle`` (the symbol), the header fields as
``MetaString`` and a Markdown source's front matter lines; the body opens with a ``Div`` of class ``header`` holding the
header lines; sections are ``Header`` blocks (level + 1, the id kept) with
their content after them; a paragraph is a ``Div`` with its id (``p-7``)
holding a ``Para`` that starts with the number as printed, then one ``Para``
per sub-item; a footnote is a ``Note`` at its first marker (a superscript
number at the others; never-cited notes at the end in a ``Div`` of class
``uncited-notes``); references are ``Link`` s where :mod:`.links` gives a URL.
"""
from __future__ import annotations

import json
import re

from .grid import header_cells, regular_rows
from .inline import Note, Ref, Text, note_label, pieces
from .labels import document_title, is_rtl, paragraph_marker
from .links import Linker

__all__ = ["render_pandoc_json", "pandoc_ast", "PANDOC_API_VERSION"]

PANDOC_API_VERSION = [1, 23, 1]
_SPACES = re.compile(r"[ \t]+")
_SPACE, _BREAK = {"t": "Space"}, {"t": "LineBreak"}
_NO_ATTR = ["", [], []]


def render_pandoc_json(tree: dict, *, link_for=None, lang: str | None = None, api_version=None) -> str:
    ast = pandoc_ast(tree, link_for=link_for, lang=lang, api_version=api_version)
    return json.dumps(ast, ensure_ascii=False, separators=(",", ":")) + "\n"


def pandoc_ast(tree: dict, *, link_for=None, lang: str | None = None, api_version=None) -> dict:
    """The AST as a dict (see the module docstring)."""
    lang = lang or tree.get("language") or "und"
    w = _Writer(tree, Linker(tree, link_for, lang))
    blocks: list = []
    header = [_para(w.inlines(h.get("text", ""), h.get("spans"))) for h in (tree.get("meta") or {}).get("header", [])
              if h.get("field") != "front_matter"]
    if header:
        blocks.append(_div("", ["header"], header))
    for node in tree.get("body", []):
        w.node(node, blocks)
    uncited = [_para([w.note(n)]) for n in tree.get("footnotes", [])
               if n.get("id") not in w.placed]
    if uncited:
        blocks.append(_div("uncited-notes", ["uncited-notes"], uncited))
    version = list(api_version or PANDOC_API_VERSION)
    if version[:2] not in ([1, 22], [1, 23]):
        raise ValueError(f"pandoc API version {version} is not supported (1.22 or 1.23)")
    return {"pandoc-api-version": version, "meta": _meta(tree, lang), "blocks": blocks}


def _meta(tree: dict, lang: str) -> dict:
    meta = {"lang": {"t": "MetaString", "c": lang}}
    title = (tree.get("meta") or {}).get("title")
    if title:
        meta["title"] = {"t": "MetaInlines", "c": _words(title)}
    else:                              # a title for writers that need one (HTML, EPUB), not printed
        meta["pagetitle"] = {"t": "MetaString", "c": document_title(tree)}
    if is_rtl(lang):
        meta["dir"] = {"t": "MetaString", "c": "rtl"}
    if tree.get("symbol"):
        meta["subtitle"] = {"t": "MetaInlines", "c": _words(tree["symbol"])}
    front = [h.get("text", "") for h in (tree.get("meta") or {}).get("header", []) if h.get("field") == "front_matter"]
    if front:               # a Markdown source's own front matter: metadata, not printed text
        meta["councildoc-front-matter"] = {"t": "MetaList", "c": [{"t": "MetaString", "c": line} for line in front]}
    for key, value in (tree.get("meta") or {}).items():
        if key not in ("title", "header", "summary") and isinstance(value, (str, int)) and not isinstance(value, bool):
            meta[f"councildoc-{key}"] = {"t": "MetaString", "c": str(value)}
    return meta


def _words(text: str) -> list:
    """Pandoc inlines of plain text: ``Str`` words, ``Space``, ``LineBreak``
    (runs of spaces and tabs are one ``Space``, as pandoc reads them; other
    spaces — no-break, ideographic — stay inside the words)."""
    out: list = []
    for k, line in enumerate(text.split("\n")):
        if k:
            out.append(_BREAK)
        for i, word in enumerate(_SPACES.split(line)):
            if i:
                out.append(_SPACE)
            if word:
                out.append({"t": "Str", "c": word})
    return out


def _para(inlines: list) -> dict:
    return {"t": "Para", "c": inlines}


def _div(ident: str, classes: list, blocks: list) -> dict:
    return {"t": "Div", "c": [[ident, classes, []], blocks]}


class _Writer:
    def __init__(self, tree: dict, linker: Linker):
        self.linker = linker
        self.notes = {n["id"]: n for n in tree.get("footnotes", []) if n.get("id")}
        self.placed: set[str] = set()

    def node(self, node: dict, out: list) -> None:
        kind = node.get("type")
        if kind == "section":
            number = node.get("number")
            inlines = (_words(f"{number}.") + [{"t": "Space"}] if number else []) + \
                self.inlines(node.get("heading", ""), node.get("heading_spans"))
            out.append({"t": "Header", "c": [min(int(node.get("level", 1)), 6),
                                              [node.get("id", ""), [node.get("kind") or "section"], []], inlines]})
            for child in node.get("children", []):
                self.node(child, out)
        elif kind == "paragraph":
            out.append(self.paragraph(node))
        elif kind == "table":
            out.append(self.table(node))

    def paragraph(self, para: dict) -> dict:
        marker = paragraph_marker(para)
        inlines = self.inlines(para.get("text", ""), para.get("spans"))
        if marker:
            inlines = [{"t": "Str", "c": marker}] + ([{"t": "Space"}] + inlines if inlines else [])
        blocks = [_para(inlines)] if inlines else []
        for item in para.get("items") or []:
            label = item.get("marker") or f"({item.get('label', '')})"
            blocks.append(_div(item.get("id", ""), ["item"], [
                _para([{"t": "Str", "c": label}, {"t": "Space"}] + self.inlines(item.get("text", ""), item.get("spans")))]))
        return _div(para.get("id", ""), ["para" if marker else "text"], blocks)

    def table(self, table: dict) -> dict:
        head_cells = header_cells(table)
        rows = table.get("rows", [])
        body, width = regular_rows([r.get("cells", []) for r in rows], 1)
        if head_cells:
            head_rows, width = regular_rows([head_cells], width)
            if width > len(body[0] if body else []):
                body, width = regular_rows([r.get("cells", []) for r in rows], width)
        caption = [_para(self.inlines(table["caption"], table.get("caption_spans")))] if table.get("caption") else []
        colspecs = [[{"t": "AlignDefault"}, {"t": "ColWidthDefault"}] for _ in range(width)]
        head = [_NO_ATTR, [self.row(head_rows[0], "")]] if head_cells else [_NO_ATTR, []]
        body_rows = [self.row(cells, "group" if r.get("kind") == "group" else "") for r, cells in zip(rows, body)]
        return {"t": "Table", "c": [[table.get("id", ""), [], []], [None, caption], colspecs, head,
                                    [[_NO_ATTR, 0, [], body_rows]], [_NO_ATTR, []]]}

    def row(self, cells: list, cls: str) -> list:
        out = []
        for cell in cells:
            blocks = [{"t": "Plain", "c": self.inlines(cell.get("text", ""), cell.get("spans"))}]
            if cell.get("table"):
                blocks.append(self.table(cell["table"]))
            out.append([_NO_ATTR, {"t": "AlignDefault"}, cell.get("rowspan", 1), cell.get("colspan", 1), blocks])
        return [["", [cls] if cls else [], []], out]

    def inlines(self, text: str, spans) -> list:
        out: list = []
        for piece in pieces(text, spans):
            if isinstance(piece, Text):
                out.extend(_words(piece.text))
            elif isinstance(piece, Note):
                out.append(self.marker(piece.span))
            elif isinstance(piece, Ref):
                inner = []
                for child in piece.children:
                    inner.extend(_words(child.text) if isinstance(child, Text) else [self.marker(child.span)])
                href = self.linker.href(piece.span, piece.link)
                out.extend([{"t": "Link", "c": [_NO_ATTR, inner, [href, ""]]}] if href else inner)
        return out

    def marker(self, span: dict) -> dict:
        note = self.notes.get(span.get("footnote"))
        label = note_label(span)
        if note is None or note["id"] in self.placed:
            return {"t": "Superscript", "c": [{"t": "Str", "c": label}]}
        return self.note(note)

    def note(self, note: dict) -> dict:
        self.placed.add(note["id"])
        return {"t": "Note", "c": [_para(self.inlines(note.get("text", ""), note.get("spans")))]}
