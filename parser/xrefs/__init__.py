"""Cross-references found in clean text, as ``xref`` span dicts.

One module per family of references, each with a ``find(text, folded, ctx)``
(see ``spans.Context``) that matches on a folded copy of the text (full-width
forms normalised, offsets kept: :mod:`.normalise`):

- :mod:`.gb` ILO Governing Body symbols; :mod:`.ilc` Conference documents;
- :mod:`.un` UN symbols (joint symbols are one ref); :mod:`.resolutions`
  UN resolutions and decisions cited in words;
- :mod:`.instruments` Conventions and Recommendations; :mod:`.sessions`;
- :mod:`.internal` paragraphs, draft decision, appendix, footnotes (after the
  document refs, which they may be prefixed with);
- :mod:`.urls` URLs and markdown links; :mod:`.resolve` the tree post-pass.

Entry points used by the builder: :func:`find_references` (spans for one
text) and :func:`resolve_internal` (internal targets → node ids, and
diagnostics for the ones that point nowhere). Every pattern is linear (no
nested unbounded quantifier) and a family runs only when a cheap substring
test says it can match.
"""
from __future__ import annotations

import re

from . import gb, ilc, un, resolutions, instruments, sessions, internal, urls
from .bodies import Cues, mentions
from .normalise import fold
from .resolve import resolve_internal
from .spans import Context

__all__ = ["find_references", "resolve_internal", "council_of", "KINDS"]

KINDS = ("gb_document", "ilc_document", "un_document", "un_resolution", "un_decision",
         "ilo_convention", "ilo_recommendation", "session", "paragraph", "draft_decision",
         "appendix", "footnote", "url", "link")

# When two refs overlap, the one starting first wins, then the longer, then
# the family listed first here.
_PRIORITY = {k: i for i, k in enumerate((
    "gb_document", "ilc_document", "un_resolution", "un_decision", "un_document", "draft_decision",
    "ilo_convention", "ilo_recommendation", "session", "paragraph", "appendix", "footnote", "url"))}

# Every reference but the appendix, URL and link kinds holds a digit (full-width
# digits are \d too; superscript footnote markers are listed).
_MAY_HOLD_REFERENCE = re.compile(r"\d|[⁰¹²³⁴-⁹\u2460-\u2473]|报告 ?[一二三四五六七八九十]|(?:th|st|nd|rd) [Ss]ession|[Aa]pp?[eé]ndi|[Aa]nn?ex|附录|附件|www|ＷＷＷ|http|ｈｔｔｐ")

_APPENDIX_HEADING = re.compile(
    r"\s*(?:[Aa]ppendix|APPENDIX|[Aa]nnex|ANNEX|[Aa]nnexe|[Aa]nexo|附 ?录|附 ?件)(?: [IVX]{1,5})?\s*")


def find_references(text: str, lang: str | None = None, *, links: list[dict] | None = None,
                    council: str | None = None) -> list[dict]:
    """``xref`` spans (type, start, end, kind, target) of *text*, sorted by start.

    *lang* is zh, en, fr or es (detected when None). *links* are the ``link``
    spans of the text, when a reader has already removed the markdown (else
    markdown links written in the text are read). *council* is ``GB`` or
    ``ILC`` for the document the text belongs to: the body of a session cited
    without one; when None it is guessed from the text itself.
    """
    if not text:
        return []
    if links is None:
        links = urls.markdown_links(text)
    if not _MAY_HOLD_REFERENCE.search(text):
        # most table cells and headings: no digit, no appendix word, no URL
        return urls.link_refs(text, links, [], _un_symbol)
    if lang is None:
        from ..layout.language import detect_language
        lang = detect_language(text)
    folded = fold(text)
    guessed = council is None
    if guessed:
        council = _guess_council(folded)
    ctx = Context(lang=lang, council=council, council_guessed=guessed, cues=Cues(folded), low=folded.lower())
    found: list[dict] = []
    for family in (gb, ilc, un, resolutions, instruments, sessions, urls):
        found.extend(family.find(text, folded, ctx))
    docs = sorted((s for s in found if s["kind"] in internal.DOC_KINDS), key=lambda s: s["start"])
    found.extend(internal.find(text, folded, ctx, docs))
    kept = _without_overlaps(found)
    if _APPENDIX_HEADING.fullmatch(text):
        kept = [s for s in kept if s["kind"] != "appendix"]
    kept.extend(urls.link_refs(text, links, kept, _un_symbol))
    kept.sort(key=lambda s: (s["start"], s["end"]))
    return kept


def council_of(symbol: str | None, meta: dict | None = None) -> str | None:
    """``GB`` or ``ILC`` for a document, from its symbol or its header's
    council line (``理事会``, ``Governing Body``…), ``UN`` for a document with a
    UN symbol: the builder passes it to :func:`find_references` so sessions
    cited without a body get the right one (none, in a UN document)."""
    if symbol and symbol.startswith("GB."):
        return "GB"
    if symbol and symbol.startswith("ILC"):
        return "ILC"
    if symbol and _un_symbol(symbol.split(" ")[0]) is not None:
        return "UN"               # a UN document: its sessions are the UN organ's, never guessed as ILO ones
    council = (meta or {}).get("council")
    if isinstance(council, str):
        folded = fold(council.replace(" ", ""))
        if mentions(folded, "GB") or "理事会" in folded:
            return "GB"
        if mentions(folded, "ILC"):
            return "ILC"
    return None


def _un_symbol(symbol: str) -> tuple[str, str] | None:
    """(kind, target) when *symbol* (read from a link's href) is exactly one UN symbol."""
    # URLs write symbols in any case (A/hrc/RES/28/32): organs upper case, Add./Rev./Corr. as printed
    symbol = re.sub(r"(?i)\b(add|rev|corr|amend|sect)\.", lambda m: m.group(1).capitalize() + ".", symbol.upper())
    found = un.find(symbol, fold(symbol), Context(lang="en"))
    if len(found) == 1 and found[0]["start"] == 0 and found[0]["end"] == len(symbol):
        return found[0]["kind"], found[0]["target"]
    return None


def _guess_council(folded: str) -> str | None:
    if "GB." in folded or mentions(folded, "GB"):
        return "GB"
    if "ILC" in folded or mentions(folded, "ILC"):
        return "ILC"
    return None


def _without_overlaps(spans: list[dict]) -> list[dict]:
    spans = [s for s in spans if s["end"] > s["start"]]
    spans.sort(key=lambda s: (s["start"], -(s["end"] - s["start"]), _PRIORITY.get(s["kind"], 99)))
    kept: list[dict] = []
    last_end = -1
    for s in spans:
        if s["start"] >= last_end:
            kept.append(s)
            last_end = s["end"]
    return kept
