"""URLs in text (``https://www.ilo.org/gb``, ``www.ilo.org/ilc``) → kind ``url``
(``https://`` added when the scheme is missing; a final ``.`` or ``)`` of the
sentence is not part of the URL), and markdown links in plain text
(``[主席总结](#)``) → kind ``link`` with the href as target, over the link text.

The tree builder has already turned markdown links into ``link`` spans; it
passes them in (see :func:`links_from_spans`) so the same rule applies.
"""
from __future__ import annotations

import re

from .spans import xref, Context

_URL = re.compile(r"(?<![\w@/.\-])(?:https?://|www\.)[^\s<>\"'()\[\]{}，。、；：（）《》“”‘’]{1,2000}")
_TRAIL = ".,;:!?'\"’”"
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


def link_refs(links: list[dict], others: list[dict]) -> list[dict]:
    """A ``link`` xref for each link whose text is not itself a reference
    (``[GB.338/INS/9](#)`` is a gb_document ref, not a link ref)."""
    out = []
    exact = {(s["start"], s["end"]) for s in others}
    for ln in links:
        if ln["end"] <= ln["start"] or (ln["start"], ln["end"]) in exact:
            continue
        out.append(xref("link", ln["start"], ln["end"], ln.get("href", "")))
    return out
