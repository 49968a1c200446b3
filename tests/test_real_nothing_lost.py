"""Nothing lost, on every real document in ../shared/peer (text, Markdown,
.docx): every non-space character of the source is in the tree, rendered
back by parser/render.py — header, body, footnotes and furniture together.

Text and Markdown: exactly once (the only syntax the tree does not keep is a
link's ``[``, ``](target)``, removed from the source as in the seed test, and
the ``|`` between the cells of a Markdown pipe-table row: the cells are kept).
.docx: every character of the document's, notes' and page headers' text runs
is in the tree (notes' separator lines excepted: they are Word's rule above
the notes, not text); the tree may add only the list numbers Word generates,
so what it adds is bounded by the characters of the paragraph and item
markers. PDFs join once the PDF reader is in main. Skips when absent."""
from __future__ import annotations

import re
import zipfile
from collections import Counter

import pytest
from lxml import etree

from conftest import SHARED, walk
from councildoc.parser import parse_file
from councildoc.parser.render import render_text

PEER = SHARED / "peer"
LINK = re.compile(r"\[([^\[\]\n]*)\]\([^()\s]*\)")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SUPERSCRIPT = set("⁰¹²³⁴⁵⁶⁷⁸⁹")
# known defect, not of the UN layout: three one-character paragraphs of a text box in a table cell are read
# into the tree but not rendered back (render.py does not walk that cell paragraph)
KNOWN_DOCX = {"docx2python__libreoffice_conversion.docx"}


def _files(pattern: str) -> list[str]:
    if not PEER.is_dir():
        return ["(absent)"]
    return sorted(str(p.relative_to(PEER)) for p in PEER.glob(pattern)
                  if p.name != "PROVENANCE.md") or ["(absent)"]


def _chars(text: str) -> Counter:
    return Counter(c for c in text if not c.isspace())


_PIPE_ROW = re.compile(r"^\s*\|(?!\s*:?-{3})")


@pytest.mark.parametrize("name", _files("un/*.md") + _files("un/*.txt") + _files("docx/*.md"))
def test_text_and_markdown_every_character_exactly_once(name):
    if name == "(absent)":
        pytest.skip("../shared/peer absent")
    path = PEER / name
    source = LINK.sub(r"\1", path.read_text(encoding="utf-8"))
    if path.suffix == ".md":
        source = "\n".join(line.replace("|", "") if _PIPE_ROW.match(line) else line for line in source.split("\n"))
    rendered = render_text(parse_file(path))
    assert _chars(source) - _chars(rendered) == Counter()
    assert _chars(rendered) - _chars(source) == Counter()


def _paragraph_texts(xml: bytes) -> list[str]:
    root = etree.fromstring(xml)
    for note in list(root):
        if note.get(W + "type") in ("separator", "continuationSeparator", "continuationNotice"):
            root.remove(note)
    out = []
    for p in root.iter(W + "p"):
        own = [x for x in p.iter(W + "t", W + "sym") if next(x.iterancestors(W + "p")) is p]
        # a w:sym (symbol-font character) is text too: its code point as written
        out.append("".join(x.text or "" if x.tag == W + "t" else chr(int(x.get(W + "char"), 16)) for x in own))
    return out


def _docx_source(path) -> Counter:
    """Characters of the text runs; a page header's line counts once however
    many headers repeat it (the tree keeps each furniture line once)."""
    z = zipfile.ZipFile(path)
    chars = Counter()
    for part in ("word/document.xml", "word/footnotes.xml", "word/endnotes.xml"):
        if part in z.namelist():
            for text in _paragraph_texts(z.read(part)):
                chars.update(_chars(text))
    seen = set()
    for part in sorted(z.namelist()):
        if re.fullmatch(r"word/(?:header|footer)\d*\.xml", part):
            for text in _paragraph_texts(z.read(part)):
                if text.strip() and text.strip() not in seen:
                    seen.add(text.strip())
                    chars.update(_chars(text))
    return chars


@pytest.mark.parametrize("name", _files("un/*.docx") + _files("docx/*.docx"))
def test_docx_every_character_kept(name):
    if name == "(absent)":
        pytest.skip("../shared/peer absent")
    if name.split("/")[-1] in KNOWN_DOCX:
        pytest.xfail("known defect: text-box paragraphs in a table cell are not rendered back")
    tree = parse_file(PEER / name)
    rendered = Counter({c: n for c, n in _chars(render_text(tree)).items() if c not in SUPERSCRIPT})
    source = _docx_source(PEER / name)
    assert source - rendered == Counter()
    assert rendered - source - _generated(tree) == Counter()


def _generated(tree: dict) -> Counter:
    """Characters the reader may add: list numbers Word generates (paragraph
    and item markers, the label opening a table cell's paragraph) and the
    note reference marks (a footnote reference is a mark, not a text run)."""
    out = Counter()

    def spans(items):
        for span in items:
            if span.get("type") == "footnote_ref":
                out.update(_chars(span.get("marker") or ""))

    def cells(table):
        for row in table["rows"]:
            for cell in row["cells"]:
                spans(cell.get("spans", []))
                for line in cell["text"].split("\n"):
                    out.update(_chars(line.split(" ", 1)[0][:8]))
                if cell.get("table"):
                    cells(cell["table"])
    for node in walk(tree["body"]):
        if node["type"] == "paragraph":
            out.update(_chars(node.get("marker") or ""))
            spans(node["spans"])
            for item in node.get("items", []):
                out.update(_chars(item.get("marker") or ""))
                spans(item["spans"])
        elif node["type"] == "section":
            spans(node.get("heading_spans", []))
            # a generated heading number ("第１章 Hello"): the heading's first word
            out.update(_chars((node.get("heading_text") or node["heading"]).split(" ", 1)[0][:8]))
        elif node["type"] == "table":
            cells(node)
    for note in tree["footnotes"]:
        spans(note["spans"])
    for line in tree["meta"]["header"]:
        spans(line["spans"])
    return out
