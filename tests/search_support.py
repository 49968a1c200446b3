"""Shared by the search tests: an index of the bundled Chinese seed and of the
small English test document (tests/data/search/, sentences written for these
tests), built once per session."""
from __future__ import annotations

from pathlib import Path

import pytest

from councildoc.corpus.search import index_tree, open_index
from councildoc.parser import parse_file

TESTS = Path(__file__).resolve().parent
SEED = TESTS.parent / "corpus" / "samples" / "GB.340-INS-6.zh.txt"
ENGLISH = TESTS / "data" / "search" / "GB.999-INS-9.en.txt"


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory):
    """Path of an index holding the seed (zh) and the English test document."""
    db = tmp_path_factory.mktemp("search") / "index.db"
    conn = open_index(db, write=True)
    for path in (SEED, ENGLISH):
        index_tree(conn, parse_file(path), source=path.name)
    conn.close()
    return db


@pytest.fixture()
def conn(seed_db):
    c = open_index(seed_db)
    yield c
    c.close()


def citations(outcome_or_results) -> set[str]:
    results = getattr(outcome_or_results, "results", outcome_or_results)
    return {r["citation"] for r in results}
