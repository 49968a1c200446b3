"""Building the index: units of a tree, sources (JSON, JSONL, folders,
documents), re-indexing replaces a document's units, an interrupted document
leaves the index as it was, readers work while a writer is busy."""
import copy
import json

import pytest
from search_support import ENGLISH, SEED

from councildoc.corpus.cli import main
from councildoc.corpus.search import IndexProblem, indexer, open_index
from councildoc.corpus.search.indexer import Writer, index_tree
from councildoc.corpus.search.query import search
from councildoc.corpus.search.units import tree_units
from councildoc.parser import parse_file


@pytest.fixture(scope="module")
def seed():
    return parse_file(SEED)


def counts(conn):
    return conn.execute("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM units)").fetchone()


def test_units_of_the_seed(seed):
    units = tree_units(seed)
    kinds = [u.kind for u in units]
    # 47 numbered paragraphs, 16 footnotes, 1 table: caption + 15 rows (3 group rows, 12 action items)
    assert kinds.count("paragraph") == 47 and kinds.count("footnote") == 16
    assert kinds.count("caption") == 1 and kinds.count("row") == 15
    p29 = next(u for u in units if u.node == "p-29")
    assert p29.number == 29 and p29.path == ["I. 联合国发展系统改革进展", "为驻地协调员系统供资"]
    row = next(u for u in units if u.kind == "row" and u.number == 12)
    assert row.label == "15" and row.text.endswith("| 2019 年中期前 | 进行中")


def test_units_of_items(tmp_path):
    units = {u.node: u for u in tree_units(parse_file(ENGLISH))}
    assert units["p-3"].text.endswith("proposed:")
    assert (units["p-3-b"].kind, units["p-3-b"].number, units["p-3-b"].label) == ("item", 3, "b")


def test_reindexing_replaces_the_units(tmp_path, seed):
    conn = open_index(tmp_path / "i.db", write=True)
    assert index_tree(conn, seed).status == "indexed"
    assert counts(conn) == (1, 80)
    assert index_tree(conn, seed).status == "unchanged"
    changed = copy.deepcopy(seed)
    p29 = changed["body"][1]["children"][6]["children"][0]
    assert p29["id"] == "p-29"
    p29["text"] = p29["text"].replace("混合供资模式", "新型筹资安排")
    outcome = index_tree(conn, changed)
    assert (outcome.status, outcome.units, outcome.replaced) == ("indexed", 80, 80)
    assert counts(conn) == (1, 80)
    assert search(conn, "混合供资模式").results == []
    assert [r["citation"] for r in search(conn, "新型筹资安排").results] == ["GB.340/INS/6 ¶29"]
    # the full-text index no longer holds the old version's tokens anywhere
    assert search(conn, "供资", limit=100).matched == 6
    assert conn.execute("SELECT count(*) FROM units_fts WHERE units_fts MATCH 'bi : \"混合\"'").fetchone()[0] == 0


def test_interrupted_document_leaves_the_previous_version(tmp_path, seed, monkeypatch):
    conn = open_index(tmp_path / "i.db", write=True)
    index_tree(conn, seed)
    changed = copy.deepcopy(seed)
    changed["body"][0]["children"][0]["text"] += "（饕餮）"      # p-1: among the units written before the stop
    calls = {"n": 0}
    real = indexer.index_columns

    def failing(text, lang):
        calls["n"] += 1
        if calls["n"] > 100:           # after the old units were deleted, midway through the new ones
            raise KeyboardInterrupt
        return real(text, lang)

    monkeypatch.setattr(indexer, "index_columns", failing)
    with pytest.raises(KeyboardInterrupt):
        index_tree(conn, changed)
    monkeypatch.setattr(indexer, "index_columns", real)
    assert not conn.in_transaction
    assert counts(conn) == (1, 80)
    assert search(conn, "饕餮").results == []
    assert search(conn, "驻地协调员", limit=100).matched == 25


def test_readers_see_the_last_commit_while_a_writer_works(tmp_path, seed):
    db = tmp_path / "i.db"
    writer_conn = open_index(db, write=True)
    index_tree(writer_conn, seed)
    writer = Writer(writer_conn, batch_units=10**6)
    writer.add(parse_file(ENGLISH))          # inside an open transaction
    reader = open_index(db)
    assert search(reader, "驻地协调员").matched == 25
    assert search(reader, "Sprachkurs").results == []
    writer.close()
    assert [r["citation"] for r in search(reader, "Sprachkurs").results] == ["GB.999/INS/9 fn 2"]


def test_index_command_sources(tmp_path, seed, capsys):
    tree_file = tmp_path / "in" / "seed.json"
    tree_file.parent.mkdir()
    tree_file.write_text(json.dumps(seed, ensure_ascii=False), encoding="utf-8")
    en = parse_file(ENGLISH)
    lines = [json.dumps(en, ensure_ascii=False), "{not json", json.dumps({"hello": 1})]
    (tmp_path / "in" / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "in" / "_report.json").write_text('{"files": []}', encoding="utf-8")   # convert's report
    db = tmp_path / "x.db"
    code = main(["index", str(tmp_path / "in"), "--db", str(db)])
    err = capsys.readouterr().err
    assert code == 1                           # two bad lines, the others indexed
    # one line for the file (issue 18 item 10), naming both bad lines and why
    assert ("batch.jsonl: 2 of 3 lines cannot be indexed: line 2: not valid JSON (Expecting property name enclosed "
            "in double quotes); line 3: not a councildoc document tree; the other lines are indexed") in err
    assert sum("error" in line and "batch.jsonl" in line for line in err.splitlines()) == 1
    assert "_report.json" not in err
    conn = open_index(db)
    assert counts(conn) == (2, 80 + 10)
    # a document converted on the fly replaces the tree of the same symbol and language (--verbose names it)
    code = main(["index", str(SEED), "--db", str(db), "--force", "--verbose"])
    assert code == 0
    assert counts(conn) == (2, 90)
    assert "replacing 80" in capsys.readouterr().err


def test_index_command_missing_source(tmp_path, capsys):
    code = main(["index", str(tmp_path / "nothing.json"), "--db", str(tmp_path / "x.db")])
    assert code == 1 and "nothing.json: no such file or folder" in capsys.readouterr().err


def test_index_refuses_a_foreign_database(tmp_path, capsys):
    import sqlite3
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t(x)").connection.commit()
    code = main(["index", str(SEED), "--db", str(other)])
    assert code == 2 and "not a councildoc index" in capsys.readouterr().err


def test_document_filters_search_only_their_units(tmp_path, seed):
    """Filters on documents become unit id ranges: here two ranges (the two
    Chinese versions) around the English document."""
    conn = open_index(tmp_path / "i.db", write=True)
    other = copy.deepcopy(seed)
    other["symbol"], other["meta"]["session"] = "GB.341/INS/6", 341
    for tree in (seed, parse_file(ENGLISH), other):
        index_tree(conn, tree)
    from councildoc.corpus.search.query import Filters

    def symbols(**kw):
        return sorted(r["symbol"] for r in search(conn, "供资", limit=50, filters=Filters(**kw)).results)

    assert symbols() == ["GB.340/INS/6"] * 6 + ["GB.341/INS/6"] * 6
    assert symbols(symbol="GB.341/*") == ["GB.341/INS/6"] * 6
    assert symbols(session=340) == ["GB.340/INS/6"] * 6
    assert symbols(symbol="gb.34?/ins/6") == ["GB.340/INS/6"] * 6 + ["GB.341/INS/6"] * 6
    assert symbols(symbol="GB.34?/INS/6", scope="tables") == ["GB.340/INS/6", "GB.341/INS/6"]
    assert symbols(lang="en") == [] and symbols(symbol="GB.999/*") == []


def test_index_of_an_older_format_is_refused_with_what_to_do(tmp_path, capsys):
    db = tmp_path / "old.db"
    conn = open_index(db, write=True)
    conn.execute("UPDATE info SET value = '1' WHERE key = 'format'")     # as councildoc wrote it before sentences
    conn.close()
    for write in (False, True):
        with pytest.raises(IndexProblem) as e:
            open_index(db, write=write)
        assert str(e.value) == (f"{db}: index format 1 (tokeniser 3) was built by another version of councildoc, "
                                f"which reads format 2 (tokeniser 3); delete the file and index again")
    assert main(["search", "x", "--db", str(db)]) == 2
    assert "index format 1" in capsys.readouterr().err
