"""Exports of a tree to formats people and other tools read, one module per
format: ``html`` (a semantic page, also the web app's renderer), ``markdown``
(front matter, ``[^n]`` notes, pipe tables), ``akn`` (Akoma Ntoso 3.0 after
AKN4UN), ``pandoc-json`` (the pandoc AST, for docx/odt/epub/LaTeX) and
``text`` (the text as printed, :func:`councildoc.parser.render.render_text`).

``export_tree(tree, fmt)`` is the one entry point the commands use; every
writer takes ``link_for`` (the URL of a cross-reference, see :mod:`.links`)
and ``lang`` (overrides the tree's language).
"""
from __future__ import annotations

import importlib

__all__ = ["FORMATS", "EXTENSIONS", "export_tree"]

#: format name -> (module, function)
FORMATS = {
    "markdown": ("markdown", "render_markdown"),
    "html": ("html", "render_html"),
    "akn": ("akn", "render_akn"),
    "pandoc-json": ("pandoc_json", "render_pandoc_json"),
    "text": ("text", "render_text"),
}
#: the file name ending of each format's output
EXTENSIONS = {"markdown": ".md", "html": ".html", "akn": ".akn.xml", "pandoc-json": ".pandoc.json", "text": ".txt"}


def export_tree(tree: dict, fmt: str, *, link_for=None, lang: str | None = None, **options) -> str:
    """The tree in format *fmt* (a key of :data:`FORMATS`), as text.
    *options* go to the format's writer (``standalone`` for html,
    ``api_version`` for pandoc-json)."""
    try:
        module, function = FORMATS[fmt]
    except KeyError:
        raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})") from None
    render = getattr(importlib.import_module(f"{__name__}.{module}"), function)
    return render(tree, link_for=link_for, lang=lang, **options)
