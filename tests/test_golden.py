"""Golden outputs pin the parser's behaviour across refactors.

Every document the tests own (the seed, tests/data, the seed as .docx and
HTML) must give exactly its tree in tests/golden/trees; every text, Markdown,
.docx and HTML document under ../shared/peer must give exactly its summary in
tests/golden/peer (skipped without ../shared). An intended change is
regenerated with ``python tests/golden/regen.py`` and listed in its commit.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "golden"))
import golden  # noqa: E402

OWNED = golden.owned_documents()


def _first_difference(want, got, where="") -> str:
    if type(want) is not type(got):
        return f"{where or '/'}: {want!r} != {got!r}"
    if isinstance(want, dict):
        for k in list(want) + [k for k in got if k not in want]:
            if want.get(k, "<absent>") != got.get(k, "<absent>"):
                return _first_difference(want.get(k), got.get(k), f"{where}/{k}")
    elif isinstance(want, list):
        for k, (a, b) in enumerate(zip(want, got)):
            if a != b:
                return _first_difference(a, b, f"{where}/{k}")
        return f"{where}: {len(want)} entries, now {len(got)}"
    return f"{where or '/'}: {want!r} != {got!r}"


def test_every_owned_document_has_a_golden_tree():
    on_disk = {p.stem for p in golden.TREES.glob("*.json")}
    assert on_disk == set(OWNED)


@pytest.mark.parametrize("key", sorted(OWNED))
def test_owned_tree_is_unchanged(key):
    name, data = OWNED[key]
    want = json.loads((golden.TREES / f"{key}.json").read_text(encoding="utf-8"))
    got = json.loads(json.dumps(golden.owned_tree(name, data)))
    assert got == want, _first_difference(want, got)


PEER_DOCS = golden.peer_documents()


@pytest.mark.skipif(not PEER_DOCS, reason="../shared/peer is not here")
def test_every_peer_document_has_a_golden_summary():
    assert {p.stem for p in golden.PEER_SUMMARIES.glob("*.json")} == {golden.peer_key(p) for p in PEER_DOCS}


@pytest.mark.skipif(not PEER_DOCS, reason="../shared/peer is not here")
@pytest.mark.parametrize("path", PEER_DOCS, ids=[p.name for p in PEER_DOCS])
def test_peer_summary_is_unchanged(path):
    want = json.loads((golden.PEER_SUMMARIES / f"{golden.peer_key(path)}.json").read_text(encoding="utf-8"))
    got = json.loads(json.dumps(golden.peer_summary(path)))
    assert got == want, _first_difference(want, got)


def test_summary_holds_no_text():
    """The summary of a document keeps hashes, never its words."""
    name, data = OWNED["seed.zh.txt"]
    tree = golden.owned_tree(name, data)
    summary = golden.dump(golden.summarise(tree))
    first = next(n for n in tree["body"][0]["children"] if n["type"] == "paragraph")
    assert first["text"][:20] not in summary
    assert tree["footnotes"][0]["text"][:20] not in summary
