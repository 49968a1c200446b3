"""URLs in text (``https://www.ilo.org/gb``, ``www.ilo.org/ilc``) → kind ``url``
(``https://`` added when the scheme is missing; a final ``.`` or ``)`` of the
sentence is not part of the URL), and markdown links in plain text
(``[主席总结](#)``) → kind ``link`` with the href as target, over the link text.

The tree builder has already turned markdown links into ``link`` spans; it
passes them in (see :func:`links_from_spans`) so the same rule applies.
"""
from __future__ import annotations

import re
from urllib.parse import unquote

from .spans import xref, Context, Taken

_URL = re.compile(r"(?<![\w@/.\-])(?:https?://|www\.)[^\s<>\"'()\[\]{}，。、；：（）《》“”‘’]{1,2000}")
_TRAIL = ".,;:!?'\"’”"
# a UN document link: https://docs.un.org/en/A/RES/63/170, https://undocs.org/A/75/79
_UN_HREF = re.compile(r"^https?://(?:www\.)?(?:docs\.un\.org|undocs\.org|documents\.un\.org)/(?:(?:en|fr|es|zh|ar|ru)/)?"
                      r"(?:symbol/)?(?P<sym>[A-Z][A-Za-z0-9./()\-]{2,80})$")
# ... whose text is the number of that document ("63/170"), not words ("the report")
_NUMBER_TEXT = re.compile(r"^[A-Za-z0-9./() \-]{0,30}\d[A-Za-z0-9./() \-]{0,30}$")
_MD_LINK = re.compile(r"\[(?P<t>[^\[\]\n]{1,2000})\]\((?P<href>[^()\s]{0,2000})\)")


def find(text: str, folded: str, ctx: Context) -> list[dict]:
    out: list[dict] = []
    if "http" in folded or "www." in folded:
        for m in _URL.finditer(folded):
            surface = m.group(0).rstrip(_TRAIL)
            if surface.startswith("www.") and "." not in surface[4:]:
                continue
            url = text[m.start():m.start() + len(surface)]
            target = url if url.startswith("http") else "https://" + url
            out.append(xref("url", m.start(), m.start() + len(surface), target))
    return out


def markdown_links(text: str) -> list[dict]:
    """``link`` spans (start/end of the link text, href) of the markdown
    links written in *text* (plain text given to ``councildoc refs``)."""
    if "](" not in text:
        return []
    return [{"type": "link", "start": m.start("t"), "end": m.end("t"), "href": m.group("href")}
            for m in _MD_LINK.finditer(text)]


def link_refs(text: str, links: list[dict], others: list[dict], symbol_of=None) -> list[dict]:
    """A ``link`` xref for each link whose text is not itself a reference
    (``[GB.338/INS/9](#)`` is a gb_document ref, not a link ref). A link to a
    UN document whose text is only a number (``[63/170](https://docs.un.org/en/A/RES/63/170)``)
    is a reference to that document: *symbol_of* (symbol → (kind, target))
    reads the symbol in the href."""
    if not links:
        return []                   # most texts: no link, no need to index the refs
    out = []
    taken = Taken(others)           # refs do not overlap each other
    for ln in links:
        if ln["end"] <= ln["start"] or taken.covers(ln["start"], ln["end"]):
            continue                # the link text is (part of) a reference already
        href = ln.get("href", "")
        m = None
        if symbol_of and "un" in href and _NUMBER_TEXT.match(text[ln["start"]:ln["end"]]):
            m = _UN_HREF.match(href)
        found = symbol_of(unquote(m.group("sym"))) if m else None
        if found and not any(p in taken for p in (ln["start"], ln["end"] - 1)):
            out.append(xref(found[0], ln["start"], ln["end"], found[1]))
            continue
        out.append(xref("link", ln["start"], ln["end"], href))
    return out
