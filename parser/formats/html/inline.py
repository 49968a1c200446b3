"""The inline content of an HTML block → clean text plus spans.

Whitespace is collapsed as a browser shows it (except in ``<pre>``), ``<br>``
is a line break, links become ``link`` spans, footnote references (see
:mod:`.notes`) zero-width ``footnote_ref`` spans; scripts, styles and images
leave no text. Back-links of note bodies (``↩``, ``↑``, links to ``#fnref…``)
are dropped.
"""
from __future__ import annotations

import re

from ...blocks import Inline
from ...inline import strip_inline
from .notes import is_note_ref

_WS = re.compile(r"[ \t\n\r\f\v]+")
SKIP = {"script", "style", "noscript", "template", "img", "svg", "math", "object", "iframe", "button", "input",
        "select", "textarea"}
BACKLINK_TEXT = {"↩", "↩︎", "↑", "^", "[return]", "back"}


class HtmlInline:
    def __init__(self, notes, note_keys: set | None = None):
        self.notes = notes
        self.note_keys = note_keys or set()

    def read(self, parts, line: int, pre: bool = False, in_note: bool = False) -> Inline:
        """``parts``: strings and elements (whose tails are not included)."""
        st = _State(pre, in_note)
        for part in parts:
            if isinstance(part, str):
                st.add(part)
            else:
                self._el(part, st, line)
        return st.result()

    def _children(self, el, st, line):
        if el.text:
            st.add(el.text)
        for child in el:
            if isinstance(child.tag, str):
                self._el(child, st, line)
            if child.tail:
                st.add(child.tail)

    def _el(self, el, st, line):
        tag = el.tag
        if not isinstance(tag, str) or tag in SKIP:
            return
        if tag == "br":
            st.add_raw("\n")
            return
        if tag == "a":
            href = el.get("href")
            if href is not None and is_note_ref(el) and href[1:] in self.note_keys and not st.in_note:
                n = self.notes.number(href[1:], line)
                marker = " ".join("".join(el.itertext()).split()) or str(n)
                st.spans.append({"type": "footnote_ref", "start": st.n, "end": st.n, "number": n,
                                 "footnote": f"fn-{n}", "marker": marker.strip("[]")})
                return
            if st.in_note and (href or "").startswith("#") and (
                    "".join(el.itertext()).strip() in BACKLINK_TEXT or "ref" in href.lower()):
                return
            start = st.n
            self._children(el, st, line)
            if href and st.n > start:
                st.spans.append({"type": "link", "start": start, "end": st.n, "href": href.strip()})
            return
        if tag == "sup" and len(el) == 1 and el[0].tag == "a" and not (el.text or "").strip() \
                and not (el[0].tail or "").strip():
            self._el(el[0], st, line)
            return
        if tag == "pre":
            was, st.pre = st.pre, True
            self._children(el, st, line)
            st.pre = was
            return
        self._children(el, st, line)


class _State:
    __slots__ = ("parts", "n", "spans", "pre", "in_note", "space")

    def __init__(self, pre: bool, in_note: bool):
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[dict] = []
        self.pre = pre
        self.in_note = in_note
        self.space = True           # at a start or after a space: drop leading whitespace

    def add(self, s: str) -> None:
        if not s:
            return
        if not self.pre:
            s = _WS.sub(" ", s)
            if self.space and s.startswith(" "):
                s = s[1:]
            if not s:
                return
            self.space = s.endswith(" ")
        self.parts.append(s)
        self.n += len(s)

    def add_raw(self, s: str) -> None:
        if self.parts and self.parts[-1].endswith(" ") and not self.pre:
            self.parts[-1] = self.parts[-1][:-1]
            self.n -= 1
            for sp in self.spans:
                sp["start"] = min(sp["start"], self.n)
                sp["end"] = min(sp["end"], self.n)
        self.parts.append(s)
        self.n += len(s)
        self.space = True

    def result(self) -> Inline:
        return strip_inline(Inline("".join(self.parts), self.spans))
