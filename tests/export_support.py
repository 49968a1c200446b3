"""Shared by the export tests: the documents every format is exported from
(the seed, the test documents, the real documents under ../shared/peer when
present), parsed once per session."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from councildoc.parser import InputError, parse_file

from conftest import REPO, SEED, SHARED

TEST_DOCS = sorted((REPO / "tests" / "data").glob("*/*.txt"))
PEER_SUFFIXES = (".txt", ".md", ".docx")


def own_documents() -> list[Path]:
    return [SEED] + TEST_DOCS


def peer_documents() -> list[Path]:
    """The real text, Markdown and .docx documents of ../shared/peer (none when absent)."""
    root = SHARED / "peer"
    if not root.is_dir():
        return []
    return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in PEER_SUFFIXES)


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
