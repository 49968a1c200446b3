"""Where a cross-reference points: the URL an export writes for it.

Why here: HTML, Markdown, Akoma Ntoso and pandoc all link references, and
the web app (``corpus/web``) chooses its own URLs through the same hook.

Order of choice for one reference (see :class:`Linker`):

1. a place in the same document (``#p-7``, ``#appendix``): the xref's
   ``resolved`` node id, or a ``#…`` target (bare, or after the document's
   own symbol) naming an id the document has; a reference to the document
   itself without such an anchor gets no link;
2. the caller's ``link_for(span)``, when it returns a string (the web app
   maps a symbol it holds to ``/doc/…``);
3. the link's own address (``url`` and ``link`` references, markdown links),
   when it is ``http(s)``, ``mailto`` or relative — never ``javascript:``;
4. the official page of the symbol where a stable pattern exists:
   UN documents, resolutions and decisions on the Official Document System,
   ``https://docs.un.org/{lang}/{symbol}`` (lang one of the six UN
   languages, else ``en``); ILO Conventions and Recommendations on
   NORMLEX by their ILO code (``…P12100_ILO_CODE:C189``). ILO Governing Body
   and Conference documents get no link: their pages on www.ilo.org carry
   a title slug that cannot be derived from the symbol.

A reference with none of these is written as plain text.

:func:`folder_link_for` gives the ``link_for`` of "a document in the same
output folder when it exists", used by ``councildoc export -o`` and
``convert --to``.
"""
from __future__ import annotations

import os
import re
from urllib.parse import quote, urlsplit

from ...parser.model import node_index

__all__ = ["Linker", "folder_link_for", "names_link_for", "official_url", "safe_href", "split_target"]

UN_LANGS = {"en", "fr", "es", "zh", "ar", "ru"}
_SAFE_SCHEMES = {"", "http", "https", "mailto"}
_UN_KINDS = {"un_document", "un_resolution", "un_decision"}
_ILO_CODE = re.compile(r"^[CRP]\d{1,3}$")
_NORMLEX = "https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:"
#: kinds whose target is (or starts with) another document's symbol
DOCUMENT_KINDS = {"gb_document", "ilc_document", "un_document", "un_resolution", "un_decision",
                  "paragraph", "draft_decision", "appendix", "footnote"}


def safe_href(href: str | None) -> str | None:
    """*href* when a browser may follow it safely, else None (``javascript:``,
    ``data:``, ``vbscript:``… and empty or bare ``#`` links)."""
    if not href:
        return None
    cleaned = re.sub(r"[\x00-\x20\x7f]", "", href) if re.search(r"[\x00-\x20\x7f]", href) else href
    if cleaned in ("", "#"):
        return None
    try:
        scheme = urlsplit(cleaned).scheme.lower()
    except ValueError:
        return None
    return href.strip() if scheme in _SAFE_SCHEMES else None


def split_target(target: str) -> tuple[str, str]:
    """``GB.341/INS/7#p-53`` → (``GB.341/INS/7``, ``p-53``); ``#p-3`` → ("", ``p-3``)."""
    symbol, _, fragment = (target or "").partition("#")
    return symbol, fragment


def official_url(span: dict, lang: str | None = None) -> str | None:
    """The official page of the document an xref names (see module docstring)."""
    kind = span.get("kind")
    symbol, _ = split_target(span.get("target", ""))
    if not symbol:
        return None
    if kind in _UN_KINDS:
        return f"https://docs.un.org/{lang if lang in UN_LANGS else 'en'}/{quote(symbol, safe='/().-')}"
    if kind in ("ilo_convention", "ilo_recommendation") and _ILO_CODE.match(symbol):
        return _NORMLEX + symbol
    return None


class Linker:
    """The URL of each reference of one document (see the module docstring)."""

    def __init__(self, tree: dict, link_for=None, lang: str | None = None, ids: set[str] | None = None):
        self.link_for = link_for
        self.symbol = tree.get("symbol")
        self.lang = lang or tree.get("language")
        self.ids = set(node_index(tree)) if ids is None else ids

    def href(self, span: dict, link: dict | None = None) -> str | None:
        if span.get("type") == "xref":
            symbol, fragment = split_target(span.get("target", ""))
            resolved = span.get("resolved")
            if resolved and resolved in self.ids:
                return "#" + resolved
            if span.get("kind") not in ("url", "link") and (not symbol or symbol == self.symbol):
                # this document itself: its anchor, or nothing (never a link to itself)
                return "#" + fragment if fragment and fragment in self.ids else None
        if self.link_for is not None:
            chosen = self.link_for(span)
            if isinstance(chosen, str) and safe_href(chosen):
                return chosen
        if span.get("type") == "link":
            return self._own_or_safe(span.get("href"))
        if span.get("kind") in ("url", "link"):
            return self._own_or_safe(span.get("target") or (link or {}).get("href"))
        return official_url(span, self.lang) or safe_href((link or {}).get("href"))

    def _own_or_safe(self, href: str | None) -> str | None:
        if href and href.startswith("#"):
            return href if href[1:] in self.ids else None
        return safe_href(href)


def folder_link_for(folder: str | os.PathLike, ext: str, lang: str | None = None):
    """A ``link_for`` giving the relative name of the referenced document's
    export in *folder* when it is there: ``GB.338/INS/9`` → ``GB.338-INS-9.zh.html``
    (the document's language first), else ``GB.338-INS-9.html``; with the
    target's ``#fragment`` kept. None for a document not in the folder."""
    try:
        present = set(os.listdir(folder))
    except OSError:
        present = set()
    return names_link_for(present, ext, lang)


def names_link_for(present: set[str], ext: str, lang: str | None = None):
    """:func:`folder_link_for` over a given set of file names (a batch knows
    the outputs it is about to write)."""

    def link_for(span: dict) -> str | None:
        if span.get("type") != "xref" or span.get("kind") not in DOCUMENT_KINDS:
            return None
        symbol, fragment = split_target(span.get("target", ""))
        if not symbol:
            return None
        stem = symbol.replace("/", "-")
        for name in ([f"{stem}.{lang}{ext}"] if lang else []) + [f"{stem}{ext}"]:
            if name in present:
                return quote(name) + ("#" + fragment if fragment else "")
        return None

    return link_for
