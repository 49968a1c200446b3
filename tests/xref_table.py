"""Shared helper of the table-driven reference tests (tests/test_xrefs_*.py):
every reference found in a text, as (surface, kind, target) triples."""
from __future__ import annotations

from councildoc.parser.xrefs import find_references


def refs(text: str, lang: str, council: str | None = None) -> list[tuple[str, str, str]]:
    spans = find_references(text, lang, council=council)
    for s in spans:
        assert s["type"] == "xref" and 0 <= s["start"] < s["end"] <= len(text)
    assert [s["start"] for s in spans] == sorted(s["start"] for s in spans)
    return [(text[s["start"]:s["end"]], s["kind"], s["target"]) for s in spans]
