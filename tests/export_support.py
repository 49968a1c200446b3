"""Shared by the export tests: the documents every format is exported from
(the seed, the test documents, the real documents under ../shared/peer when
present), parsed once per session."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from councildoc.parser import InputError, parse_file
from councildoc.parser.model import walk_nodes

from conftest import REPO, SEED, SHARED

TEST_DOCS = sorted((REPO / "tests" / "data").glob("*/*.txt"))
PEER_SUFFIXES = (".txt", ".md", ".docx")
#: files beside the documents that describe them
NOT_DOCUMENTS = {"PROVENANCE.md", "README.md"}


def own_documents() -> list[Path]:
    return [SEED] + TEST_DOCS


def peer_documents() -> list[Path]:
    """The real text, Markdown and .docx documents of ../shared/peer (none when absent)."""
    root = SHARED / "peer"
    if not root.is_dir():
        return []
    return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in PEER_SUFFIXES
                  and p.name not in NOT_DOCUMENTS)


def doc_id(path: Path) -> str:
    try:
        return str(path.relative_to(SHARED))
    except ValueError:
        return str(path.relative_to(REPO))


@lru_cache(maxsize=None)
def tree_of(path: Path) -> dict | None:
    """The tree of *path*, or None for a document the parser refuses (it has
    nothing to export)."""
    try:
        return parse_file(path)
    except InputError:
        return None


def citations(tree: dict) -> list[tuple[int, list[str]]]:
    """Each footnote's number and the places citing it, as a round trip must
    keep them: a numbered paragraph by its id (``p-7``), any other node by its
    text (whitespace folded) — the ids of unnumbered nodes (``u-3``) count
    them, and a reader that keeps one more header line as a paragraph shifts
    every one after it without changing what cites what."""
    texts = {"meta": "(header)"}
    for node in _nodes_and_items(tree):
        text = node.get("text") if node.get("type") != "section" else node.get("heading")
        if node.get("type") == "table":
            text = node.get("caption") or " ".join(c["text"] for r in node["rows"] for c in r["cells"])
        texts[node.get("id")] = " ".join((text or "").split())
    return [(f["number"], [c if c.startswith("p-") else texts.get(c, c) for c in f["cited_by"]])
            for f in tree["footnotes"]]


def _nodes_and_items(tree: dict):
    for node in walk_nodes(tree.get("body", [])):
        yield node
        for item in node.get("items") or []:
            yield dict(item, type="item")
