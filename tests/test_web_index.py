"""The index keeps each document's tree for the web reader (corpus/search/
stored_trees.py); an index from before is refused by ``serve`` with a clear
message, and indexing again fills it in."""
from __future__ import annotations

import sqlite3
import sys

import pytest

from councildoc.corpus.cli import main
from councildoc.corpus.search import index_tree, open_index, stored_trees
from councildoc.corpus.search.schema import IndexProblem
from councildoc.parser import parse_file

from web_support import WEB_DOCS, build_index

EN, FR = WEB_DOCS[0], WEB_DOCS[1]


def _doc_id(conn, symbol, lang):
    return conn.execute("SELECT id FROM documents WHERE symbol = ? AND language = ?", (symbol, lang)).fetchone()[0]


def test_tree_stored_and_read_back(tmp_path):
    db = build_index(tmp_path / "i.db", [EN, FR])
    conn = open_index(db)
    tree = stored_trees.get(conn, _doc_id(conn, "GB.340/INS/6", "fr"))
    assert tree == parse_file(FR)
    assert stored_trees.missing(conn) == 0
    assert stored_trees.get(conn, 999) is None


def test_replaced_document_replaces_its_tree(tmp_path):
    db = build_index(tmp_path / "i.db", [EN])
    tree = parse_file(EN)
    tree["meta"]["title"] = "A changed title"
    conn = open_index(db, write=True)
    assert index_tree(conn, tree, source="changed").status == "indexed"
    assert conn.execute("SELECT count(*) FROM trees").fetchone()[0] == 1
    assert stored_trees.get(conn, _doc_id(conn, "GB.340/INS/6", "en"))["meta"]["title"] == "A changed title"


def _old_index(tmp_path):
    """An index as councildoc wrote it before the trees table existed."""
    db = build_index(tmp_path / "old.db", [EN])
    raw = sqlite3.connect(db)
    raw.execute("DROP TABLE trees")
    raw.commit()
    raw.close()
    return db


def test_serve_refuses_an_index_without_trees(tmp_path, capsys):
    pytest.importorskip("starlette")
    db = _old_index(tmp_path)
    from councildoc.corpus.web.app import create_app
    with pytest.raises(IndexProblem, match="older councildoc that did not keep the documents"):
        create_app(str(db))
    assert main(["serve", "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"councildoc index SOURCE... --db {db}" in err


def test_indexing_again_fills_in_the_trees(tmp_path):
    db = _old_index(tmp_path)
    conn = open_index(db, write=True)
    # unchanged tree: skipped as before, but its tree is stored now
    assert index_tree(conn, parse_file(EN), source=EN.name).status == "unchanged"
    assert stored_trees.missing(conn) == 0
    assert stored_trees.get(conn, _doc_id(conn, "GB.340/INS/6", "en")) == parse_file(EN)


def test_serve_without_the_web_extra_says_how_to_install(monkeypatch, capsys, tmp_path):
    monkeypatch.setitem(sys.modules, "uvicorn", None)      # import uvicorn -> ImportError
    assert main(["serve", "--db", str(tmp_path / "x.db")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "pip install 'councildoc[web]'" in err


def test_serve_missing_index_is_one_line(tmp_path, capsys):
    pytest.importorskip("starlette")
    assert main(["serve", "--db", str(tmp_path / "none.db")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no index here" in err


def test_the_app_opens_the_index_read_only(tmp_path):
    pytest.importorskip("starlette")
    from councildoc.corpus.web.store import Store
    store = Store(str(build_index(tmp_path / "i.db", [EN])))
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        store.conn().execute("DELETE FROM documents")
