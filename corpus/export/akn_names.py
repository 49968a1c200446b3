"""Akoma Ntoso names after the UN's conventions (AKN4UN): the document
class, the actor, the FRBR work/expression/manifestation IRIs, eIds.

Why here: the IRIs and eIds are the part of an AKN export other systems key
on; keeping their rules apart from the XML writing keeps both readable.

- Class: a resolution (a symbol with ``/RES/``, a ``document_type``
  resolution or draft resolution, or a tree holding preambular paragraphs) is ``statement`` named ``deliberation``; anything
  else is ``doc`` named ``report`` (AKN4UN has no class for an ILO Governing
  Body paper: ``doc name="report"`` with the actor ``ilo-gb``).
- Actor from the symbol: ``GB.`` → ``ilo-gb``, ``ILC.`` → ``ilo-ilc``,
  ``A/HRC/`` → ``hrc``, ``A/`` → ``ga``, ``S/`` → ``sc``, ``E/`` → ``ecosoc``;
  else ``un``.
- Work ``/akn/un/{class}/{name}/{actor}/{date}/{number}`` with the number the
  symbol with slashes as hyphens; expression adds ``/{lang}@{date}`` (ISO
  639-2 three-letter language); manifestation adds ``.akn``; FRBRthis adds
  ``/!main`` (``/!main.akn`` for the manifestation). A document without a
  date gets ``0001-01-01`` marked ``name="unknown"`` (the schema requires a
  date); one without a symbol its file name as number.
- eIds from the tree's ids: ``sec-I`` → ``sec_I``, ``p-7`` → ``para_7``,
  ``table-1`` → ``table_1``, ``fn-3`` → ``fn_3``, an item ``p-7-a`` →
  ``para_7__point_a``; anything else ``{kind}_{id}``, made unique.
"""
from __future__ import annotations

import os
import re

__all__ = ["ISO639_2", "document_class", "actor_of", "frbr", "EIds", "language3", "eid_base"]

ISO639_2 = {"zh": "zho", "en": "eng", "fr": "fra", "es": "spa", "ar": "ara", "ru": "rus", "de": "deu",
            "pt": "por", "it": "ita", "ja": "jpn", "ko": "kor", "nl": "nld", "tr": "tur", "he": "heb",
            "fa": "fas", "hi": "hin", "ur": "urd", "id": "ind", "sw": "swa", "pl": "pol", "uk": "ukr"}
_ACTORS = (("GB.", "ilo-gb"), ("ILC.", "ilo-ilc"), ("A/HRC/", "hrc"), ("A/", "ga"), ("S/", "sc"), ("E/", "ecosoc"))
UNKNOWN_DATE = "0001-01-01"


def language3(lang: str | None) -> str:
    """``zh`` → ``zho``; a three-letter code as is; ``und`` when unknown."""
    lang = (lang or "").split("-")[0].lower()
    if len(lang) == 3:
        return lang
    return ISO639_2.get(lang, "und")


def is_resolution(tree: dict) -> bool:
    if "/RES/" in (tree.get("symbol") or ""):
        return True
    if ((tree.get("meta") or {}).get("document_type") or "").lower() in ("resolution", "draft resolution"):
        return True
    stack = list(tree.get("body", []))
    while stack:
        node = stack.pop()
        if node.get("kind") == "preambular":
            return True
        stack.extend(node.get("children", []))
    return False


def document_class(tree: dict) -> tuple[str, str]:
    """(element, name): ``("statement", "deliberation")`` or ``("doc", "report")``."""
    return ("statement", "deliberation") if is_resolution(tree) else ("doc", "report")


def actor_of(symbol: str | None) -> str:
    for prefix, actor in _ACTORS:
        if (symbol or "").startswith(prefix):
            return actor
    return "un"


def frbr(tree: dict, lang: str | None = None) -> dict:
    """The IRIs and dates of the three FRBR levels (see the module docstring)."""
    element, name = document_class(tree)
    symbol = tree.get("symbol")
    date = (tree.get("meta") or {}).get("date")
    number = _iri_part(symbol) if symbol else _iri_part(
        os.path.basename((tree.get("source") or {}).get("path", "")) or "document")
    work = f"/akn/un/{element}/{name}/{actor_of(symbol)}/{date or UNKNOWN_DATE}/{number}"
    expression = f"{work}/{language3(lang or tree.get('language'))}@{date or ''}"
    return {"work": work, "expression": expression, "manifestation": expression + ".akn",
            "date": date or UNKNOWN_DATE, "date_name": "issued" if date else "unknown",
            "actor": actor_of(symbol), "number": symbol or number}


def _iri_part(text: str) -> str:
    """A symbol as one IRI segment: slashes → hyphens, spaces and reserved characters removed."""
    return re.sub(r"[^A-Za-z0-9.\-()_]", "", text.replace("/", "-").replace(" ", "")) or "document"


_PREFIX = (("sec-", "sec_"), ("p-", "para_"), ("table-", "table_"), ("fn-", "fn_"))


def eid_base(node_id: str, kind: str = "node") -> str:
    """The eId a tree id gets (before any suffix that keeps it unique):
    also what a link into another document's AKN export points at."""
    for old, new in _PREFIX:
        if node_id.startswith(old):
            return _clean(new + node_id[len(old):])
    return _clean(f"{kind}_{node_id}")


class EIds:
    """eIds for the tree's ids, each used once."""

    def __init__(self):
        self.used: set[str] = set()
        self.by_id: dict[str, str] = {}

    def of(self, node_id: str | None, kind: str) -> str:
        node_id = node_id or kind
        if node_id in self.by_id:
            return self.by_id[node_id]
        return self._unique(node_id, eid_base(node_id, kind))

    def item(self, para_eid: str, item: dict) -> str:
        return self._unique(item.get("id") or "", f"{para_eid}__point_{_clean(str(item.get('label', 'x')))}")

    def _unique(self, node_id: str, base: str) -> str:
        eid, k = base, 1
        while eid in self.used:
            k += 1
            eid = f"{base}_{k}"
        self.used.add(eid)
        if node_id:
            self.by_id.setdefault(node_id, eid)
        return eid


def _clean(text: str) -> str:
    return re.sub(r"[^\w.\-]", "", text) or "x"
