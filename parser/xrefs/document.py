"""Cross-references of every text of one document in one call.

The builder used to call :func:`find_references` once per text (a document
has hundreds to thousands: header lines, paragraphs, every table cell), and
each call folded its text and lower-cased it again. Here the document's texts
are joined once (``\\n`` between them: no pattern's match and no clause window
crosses a line break), folded and lower-cased once, and each text is handed
its slices. Folding maps one character to one character, so a slice of the
folded document is exactly the folded text. Everything built here lives for
one call: nothing is shared between documents.
"""
from __future__ import annotations

from . import find_folded, may_hold_reference, urls, _un_symbol
from .normalise import fold

_SEP = "\n"


def find_in_texts(texts: list[str], links: list[list[dict]], lang: str | None,
                  council: str | None) -> list[list[dict]]:
    """The ``xref`` spans of each of *texts* (``links[i]`` are the ``link``
    spans of ``texts[i]``), as :func:`~parser.xrefs.find_references` gives
    them text by text."""
    texts = [t or "" for t in texts]
    joined = _SEP.join(texts)
    folded = fold(joined)
    low = folded.lower()
    if len(low) != len(folded):
        low = None                  # a character whose lower case is longer: lower each text alone
    out: list[list[dict]] = []
    pos = 0
    for text, text_links in zip(texts, links):
        end = pos + len(text)
        if not text:
            out.append([])
        elif not may_hold_reference(text):
            out.append(urls.link_refs(text, text_links, [], _un_symbol))
        else:
            f = folded[pos:end]
            out.append(find_folded(text, f, f.lower() if low is None else low[pos:end], lang, text_links, council))
        pos = end + len(_SEP)
    return out
