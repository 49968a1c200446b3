"""Cross-references found in clean text, as ``xref`` span dicts.

This first version recognises document symbols (ILO Governing Body and UN
symbols, joint symbols included); the full multilingual grammar lives here too
as it lands. Entry points used by the builder:

- :func:`find_references` — spans for one text;
- :func:`resolve_internal` — post-pass resolving internal targets to node ids.
"""
from __future__ import annotations

import re
import unicodedata

_GB = re.compile(
    r"(?<![A-Za-z0-9])GB\.\d{1,3}(?:bis)?(?:/[A-Za-z0-9]{1,12}){1,5}"
    r"(?:\s?\((?:Rev|Add|Corr)\.?[^()\n]{0,12}\))?"
)
_ORGAN = r"(?:A|E|S)(?:/(?:HRC|C\.\d|CN\.\d|PRST|RES|DEC))?"
_UN_ONE = _ORGAN + r"(?:/[A-Z]{1,4}(?:\.\d{1,3})?)*?/\d{1,4}(?:/(?:Add|Rev|Corr|L)\.\d{1,3}|/\d{1,4})*"
_UN = re.compile(r"(?<![A-Za-z0-9/])" + _UN_ONE + r"(?:[-–]" + _UN_ONE + r")?(?![A-Za-z0-9/])")


def _normalise(surface: str) -> str:
    return unicodedata.normalize("NFKC", surface).replace(" ", "").replace("–", "-")


def find_references(text: str, lang: str | None = None) -> list[dict]:
    """Return ``xref`` spans (kind, target, start, end) for *text*."""
    spans: list[dict] = []
    if "GB." in text:
        for m in _GB.finditer(text):
            end = m.end()
            surface = m.group(0)
            while surface and surface[-1] in "./":
                surface = surface[:-1]
                end -= 1
            spans.append({"type": "xref", "start": m.start(), "end": end,
                          "kind": "gb_document", "target": _normalise(surface)})
    if "/" in text:
        for m in _UN.finditer(text):
            surface = m.group(0)
            kind = "un_resolution" if "/RES/" in surface else "un_decision" if "/DEC/" in surface else "un_document"
            spans.append({"type": "xref", "start": m.start(), "end": m.end(),
                          "kind": kind, "target": _normalise(surface)})
    spans.sort(key=lambda s: s["start"])
    return spans


def resolve_internal(tree: dict) -> list[dict]:
    """Resolve internal targets (``#p-10``…) to node ids; return diagnostics
    (as dicts) for the ones that point nowhere."""
    return []
