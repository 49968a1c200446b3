"""Footnotes in HTML: ``<sup><a href="#fn3">3</a></sup>`` and their targets.

A link is a footnote reference when it sits in a ``<sup>`` (or is marked as
one: ``role="doc-noteref"``, ``epub:type="noteref"``, class ``footnote-ref``)
and points to an element of the same page; Word's own HTML export
(``<a href="#_ftn1" name="_ftnref1">[1]</a>``, bodies ``<a name="_ftn1">``)
is recognised too. That element (or, when it is an
empty anchor, the paragraph or list item holding it) is the note's body;
it leaves the text flow. Notes are numbered by order of first reference,
like Word notes, and back-links (``↩``, ``#fnref3``) are not note text.
"""
from __future__ import annotations

import re

_REF_CLASSES = re.compile(r"\b(?:footnote-ref|footnote-reference|noteref|fnref)\b", re.I)
_WORD_NOTE = re.compile(r"^#_(?:ftn|edn)\d{1,5}$")
BLOCKS = {"p", "li", "div", "dd", "section", "aside", "td", "blockquote"}


def is_note_ref(a) -> bool:
    href = a.get("href", "")
    if not href.startswith("#") or len(href) < 2:
        return False
    if a.get("role") == "doc-noteref" or "noteref" in (a.get("{http://www.idpf.org/2007/ops}type") or a.get("epub:type") or ""):
        return True
    if _REF_CLASSES.search(a.get("class", "")):
        return True
    if _WORD_NOTE.match(href):      # Word's "Save as web page": <a href="#_ftn1">[1]</a>
        return True
    parent = a.getparent()
    return parent is not None and parent.tag == "sup"


def note_targets(root) -> dict:
    """id → note body element, for every id a footnote reference points to."""
    ids = {el.get("id"): el for el in root.iter() if isinstance(el.tag, str) and el.get("id")}
    names = {el.get("name"): el for el in root.iter("a") if el.get("name")}
    out = {}
    for a in root.iter("a"):
        if not is_note_ref(a):
            continue
        key = a.get("href")[1:]
        target = ids.get(key) if key in ids else names.get(key)
        if target is None:
            continue
        body = target
        if not "".join(body.itertext()).strip() or body.tag in ("a", "span", "sup"):
            while body is not None and body.tag not in BLOCKS:
                body = body.getparent()
        if body is not None and not _contains(body, a):
            out[key] = body
    return out


def _contains(el, other) -> bool:
    while other is not None:
        if other is el:
            return True
        other = other.getparent()
    return False


class HtmlNotes:
    """Numbers notes by order of first reference."""

    def __init__(self, targets: dict):
        self.targets = targets
        self.numbers: dict[str, int] = {}
        self.first_line: dict[str, int] = {}
        self.by_element = {id(el): key for key, el in targets.items()}

    def number(self, key: str, line: int) -> int:
        key = self.canonical(key)
        n = self.numbers.get(key)
        if n is None:
            n = self.numbers[key] = len(self.numbers) + 1
            self.first_line[key] = line
        return n

    def canonical(self, key: str) -> str:
        """Two ids can lead to one body (``#fn3`` and an anchor inside it)."""
        return self.by_element.get(id(self.targets[key]), key)
