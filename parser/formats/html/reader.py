"""The HTML reader: bytes of a web page → :class:`~parser.raw.RawDocument`.

lxml.html parses the page (never fetching anything); the body is walked in
reading order into raw paragraphs and tables (headings ``<h1>``–``<h6>``,
paragraphs, list items numbered as the browser numbers ``<ol>``, tables),
which the layout stage reads as it reads a .docx: header fields, typed
paragraph numbers and items alike. ``line`` is the
source line of the element. Footnotes: see :mod:`.notes`.
"""
from __future__ import annotations

import codecs
import hashlib
import re

import lxml.html
from lxml import etree

from ...blocks import FootnoteBody, Inline, Furniture
from ...decode import decode_text
from ...errors import InputError
from ...inline import concat, cut_inline
from ...messages import Message
from ...numerals import letters, roman
from ...raw import Label, RawDocument, RawParagraph
from .inline import HtmlInline
from .notes import note_targets, HtmlNotes
from .tables import read_html_table

HEADINGS = {f"h{k}": k for k in range(1, 7)}
MAX_DEPTH = 256          # libxml2's nesting limit without XML_PARSE_HUGE (kept: it bounds our recursion)
LEAF_BLOCKS = {"p", "pre", "dt", "dd", "figcaption", "address", "summary", "caption", "legend"}
CONTAINERS = {"div", "section", "article", "main", "header", "blockquote", "figure", "center", "form",
              "fieldset", "details", "aside", "body", "dl", "li", "hgroup", "search"}
LISTS = {"ul", "ol", "menu"}
BLOCKS = LEAF_BLOCKS | CONTAINERS | LISTS | set(HEADINGS) | {"table", "hr", "nav", "footer"}
DROP = {"script", "style", "noscript", "template", "head", "title", "meta", "link"}
FURNITURE = {"nav", "footer"}
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_NOTE_MARKER = re.compile(r"^\s*(?:\[\d{1,4}\]|\(\d{1,4}\)|\d{1,4}[.)]?)\s*")
_OL_TYPES = {"1": ("decimal", str), "a": ("lowerLetter", letters), "A": ("upperLetter", lambda n: letters(n).upper()),
             "i": ("lowerRoman", lambda n: roman(n).lower()), "I": ("upperRoman", roman)}


def read_html(data: bytes, name: str, *, lang: str | None = None, encoding: str | None = None,
              **_options) -> RawDocument:
    text, used = _decode(data, name, encoding)
    root, too_deep = _parse(text, name)
    body = root.find("body")
    if body is None:
        body = root
    targets = note_targets(body)
    notes = HtmlNotes(targets)
    inline = HtmlInline(notes, set(targets))
    walker = _Walker(inline, {id(el) for el in targets.values()})
    walker.walk(body)
    if not walker.raw and not targets:
        if too_deep:
            raise InputError(name, f"nests elements more than {MAX_DEPTH} levels deep; its text was not read")
        raise InputError(name, "is an HTML document with no text")
    diags = []
    if too_deep:
        diags.append(Message("warning", "html-too-deep",
                             f"elements nested more than {MAX_DEPTH} levels deep were left out by the HTML parser",
                             data={"limit": MAX_DEPTH}))
    _relevel(walker.raw)
    return RawDocument(path=name, format="html", sha256=hashlib.sha256(data).hexdigest(), size=len(data),
                       encoding=used, blocks=walker.raw, footnotes=_footnotes(targets, notes, inline),
                       furniture=walker.furniture, diagnostics=diags, language=lang)


def _relevel(raw: list) -> None:
    """The page's highest heading level becomes level 1: pages often keep
    <h1> for the site or leave it out and start their parts at <h2>."""
    top = min((r.outline for r in raw if isinstance(r, RawParagraph) and r.outline is not None), default=0)
    if top:
        for r in raw:
            if isinstance(r, RawParagraph) and r.outline is not None:
                r.outline -= top


def _decode(data: bytes, name: str, encoding: str | None) -> tuple[str, str]:
    if encoding:
        try:
            return data.decode(encoding), encoding
        except LookupError:
            raise InputError(name, f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as e:
            raise InputError(name, f"is not valid {encoding} (byte {e.start})") from None
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", "replace"), "utf-8-sig"
    m = _META_CHARSET.search(data[:4096])
    if m:
        declared = m.group(1).decode("ascii").lower()
        try:
            return data.decode(declared), declared
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return decode_text(data, name)


def _parse(text: str, name: str) -> tuple:
    text = _XML_DECL.sub("", text, count=1)
    if not text.strip():
        raise InputError(name, "is an empty HTML document")
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as e:
        raise InputError(name, f"cannot be read as HTML ({' '.join(str(e).split())[:160]})") from None
    too_deep = any("Excessive depth" in (e.message or "") for e in parser.error_log)
    return root, too_deep


class _Walker:
    """Lists the body's paragraphs and tables in reading order (raw blocks)."""

    def __init__(self, inline: HtmlInline, note_bodies: set):
        self.inline = inline
        self.note_bodies = note_bodies
        self.raw: list = []
        self.furniture: list = []
        self.line = 1

    def line_of(self, el) -> int:
        if el.sourceline:
            self.line = max(el.sourceline, 1)
        return self.line

    def walk(self, container, label: Label | None = None, depth: int = 0) -> None:
        """Inline runs between block children become paragraphs; the first gets ``label``."""
        pending: list = []
        first_line = [self.line_of(container)]

        def flush():
            nonlocal label
            if pending:
                inl = self.inline.read(pending, first_line[0], pre=container.tag == "pre")
                if inl.text or inl.spans:
                    self.raw.append(RawParagraph(first_line[0], inl, label=label))
                    label = None
                pending.clear()

        if container.text:
            pending.append(container.text)
        for child in container:
            tag = child.tag if isinstance(child.tag, str) else None
            if tag is None or tag in DROP or id(child) in self.note_bodies:
                pass
            elif tag in BLOCKS:
                flush()
                if label is not None and tag in LISTS | LEAF_BLOCKS | set(HEADINGS) and tag not in LISTS:
                    self.block(child, depth, label)
                    label = None
                else:
                    self.block(child, depth)
                first_line[0] = self.line
            else:
                if not pending:
                    first_line[0] = self.line_of(child)
                pending.append(child)
            if child.tail:
                pending.append(child.tail)
        flush()
        if label is not None:          # an empty list item still takes its number
            self.raw.append(RawParagraph(first_line[0], Inline("", []), label=label))

    def block(self, el, depth: int, label: Label | None = None) -> None:
        tag = el.tag
        line = self.line_of(el)
        if tag in HEADINGS:
            inl = self.inline.read([el], line)
            self.raw.append(RawParagraph(line, inl, outline=HEADINGS[tag] - 1, label=label))
        elif tag == "table":
            self.raw.append(read_html_table(el, self.cell, self.line_of))
        elif tag in LISTS:
            self.list(el, depth)
        elif tag in FURNITURE:
            text = " ".join("".join(el.itertext()).split())
            if text:
                self.furniture.append(Furniture(line, "running_head", text))
        elif tag == "hr":
            return
        elif tag in LEAF_BLOCKS and not any(getattr(c, "tag", None) in BLOCKS for c in el):
            inl = self.inline.read([el], line, pre=tag == "pre")
            self.raw.append(RawParagraph(line, inl, label=label))
        elif _is_notes_section(el, self.note_bodies):
            return
        else:
            self.walk(el, label, depth)

    def list(self, el, depth: int) -> None:
        ordered = el.tag == "ol"
        fmt, render = _OL_TYPES.get(el.get("type", "1"), _OL_TYPES["1"])
        try:
            n = int(el.get("start", "1")) - 1
        except ValueError:
            n = 0
        for li in el:
            if getattr(li, "tag", None) != "li" or id(li) in self.note_bodies:
                continue
            label = None
            if ordered:
                try:
                    n = int(li.get("value")) if li.get("value") else n + 1
                except ValueError:
                    n += 1
                label = Label(f"{render(n)}.", n, fmt, depth)
            self.walk(li, label, depth + 1)

    def cell(self, td):
        """A table cell's text (its blocks joined by line breaks) and first nested table."""
        nested = None
        parts: list = []
        pending: list = []

        def flush():
            if pending:
                parts.append(("\n", self.inline.read(list(pending), self.line)))
                pending.clear()
        if td.text:
            pending.append(td.text)
        for child in td:
            tag = child.tag if isinstance(child.tag, str) else None
            if tag == "table":
                flush()
                if nested is None:
                    nested = child
                else:
                    parts.append(("\n", Inline(" ".join("".join(child.itertext()).split()), [])))
            elif tag in BLOCKS:
                flush()
                parts.append(("\n", self.inline.read([child], self.line)))
            elif tag is not None and tag not in DROP:
                pending.append(child)
            if child.tail:
                pending.append(child.tail)
        flush()
        parts = [p for p in parts if p[1].text or p[1].spans]
        return (concat(parts)[0] if parts else Inline("", [])), nested


def _is_notes_section(el, note_bodies: set) -> bool:
    """A footnotes section (``role=doc-endnotes``, class "footnotes") whose
    notes have all been taken out: nothing of it is body text."""
    marked = el.get("role") in ("doc-endnotes", "doc-footnotes") or re.search(
        r"\b(?:foot|end)notes?\b", el.get("class", ""), re.I)
    return bool(marked) and any(id(d) in note_bodies for d in el.iter())


def _footnotes(targets: dict, notes: HtmlNotes, inline: HtmlInline) -> list[FootnoteBody]:
    out = []
    done = set()
    keys = sorted(targets, key=lambda k: notes.numbers.get(notes.canonical(k), 10**9))
    for key in keys:
        body = targets[key]
        if id(body) in done:
            continue
        done.add(id(body))
        line = body.sourceline or 1
        paras = [p for p in body.iter("p")] or [body]
        parts = [("\n", inline.read([p], line, in_note=True)) for p in paras]
        content = concat([p for p in parts if p[1].text])[0] if any(p[1].text for p in parts) else Inline("", [])
        m = _NOTE_MARKER.match(content.text)
        if m and m.end() < len(content.text):
            content = cut_inline(content, m.end())
        n = notes.number(key, line)
        first = notes.first_line.get(notes.canonical(key), line)
        out.append(FootnoteBody(max(first, 1), max(first, 1), n, content))
    out.sort(key=lambda f: f.number)
    return out
