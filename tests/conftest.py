"""Shared fixtures: the bundled seed document, parsed once per session."""
from __future__ import annotations

from pathlib import Path

import pytest

from councildoc.parser import parse_file

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "corpus" / "samples"
SEED = SAMPLES / "GB.340-INS-6.zh.txt"
SHARED = REPO.parent / "shared"


def walk(nodes):
    """Every node of a body, depth first, in reading order."""
    for node in nodes:
        yield node
        if node["type"] == "section":
            yield from walk(node["children"])


def paragraphs(tree):
    return [n for n in walk(tree["body"]) if n["type"] == "paragraph"]


def sections(tree):
    return [n for n in walk(tree["body"]) if n["type"] == "section"]


def tables(tree):
    return [n for n in walk(tree["body"]) if n["type"] == "table"]


def footnote_refs(node):
    """(number, offset) of every footnote marker in a node's text."""
    return [(s["number"], s["start"]) for s in node["spans"] if s["type"] == "footnote_ref"]


@pytest.fixture(scope="module")
def tree(request):
    """The tree of the document a test module names in its ``DOC`` path."""
    return parse_file(request.module.DOC)


@pytest.fixture(scope="module")
def paras(tree):
    """That document's paragraphs by id."""
    return {p["id"]: p for p in paragraphs(tree)}


@pytest.fixture(scope="session")
def seed_tree():
    return parse_file(SEED)


@pytest.fixture(scope="session")
def seed_paragraphs(seed_tree):
    return {p["id"]: p for p in paragraphs(seed_tree)}
