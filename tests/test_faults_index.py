"""The search index survives a kill during indexing: the killed run leaves a
consistent index (the documents committed so far, whole), and the next run
completes it — every document once, every unit searchable.

The indexer is a real ``councildoc index`` process, killed with SIGKILL (no
chance to clean up) while a transaction is open."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from conftest import SEED
from councildoc.parser import parse_file

pytest.importorskip("councildoc.corpus.search.indexer", reason="the search index is not there yet")
pytestmark = pytest.mark.skipif(not hasattr(os, "killpg"), reason="needs POSIX process groups")

N_DOCS = 100
#: a phrase of footnote 5 of the seed: one unit per document
PHRASE = "最不发达国家、内陆发展中国家"


def _trees(folder, n: int) -> None:
    """*n* tree files: the seed under *n* different symbols."""
    tree = parse_file(SEED)
    folder.mkdir()
    for k in range(n):
        tree["symbol"] = f"GB.340/INS/{k + 100}"
        (folder / f"t{k:03d}.json").write_text(json.dumps(tree, ensure_ascii=False), encoding="utf-8")


def _index(db, trees, **kw):
    cmd = [sys.executable, "-m", "councildoc.corpus.cli", "index", str(trees), "--db", str(db), "-q"]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True, **kw)


def _counts(db) -> tuple[int, int, int]:
    """(documents, units the documents say they have, unit rows), read as another reader would."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        docs, claimed = conn.execute("SELECT count(*), coalesce(sum(units), 0) FROM documents").fetchone()
        rows = conn.execute("SELECT count(*) FROM units").fetchone()[0]
        return docs, claimed, rows
    finally:
        conn.close()


def _consistent(db) -> None:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("INSERT INTO units_fts(units_fts) VALUES ('integrity-check')")
        orphans = conn.execute("SELECT count(*) FROM units WHERE doc_id NOT IN (SELECT id FROM documents)").fetchone()[0]
        assert orphans == 0
    finally:
        conn.close()


def test_index_killed_midway_is_consistent_and_the_next_run_completes_it(tmp_path):
    trees, db = tmp_path / "trees", tmp_path / "idx.db"
    _trees(trees, N_DOCS)

    proc = _index(db, trees)
    killed_at = None
    deadline = time.monotonic() + 120          # a generous limit on waiting, not a timed assertion
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            if db.exists():
                try:
                    docs, _, _ = _counts(db)
                except sqlite3.OperationalError:       # schema not created yet
                    docs = 0
                if docs > 0:                           # a batch is committed, the next one is open
                    os.killpg(proc.pid, signal.SIGKILL)
                    killed_at = docs
                    break
            time.sleep(0.005)
    finally:
        if proc.poll() is None and killed_at is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    if killed_at is None:
        pytest.skip("the indexer finished before it could be killed (machine too fast for this corpus)")
    assert proc.returncode == -signal.SIGKILL

    # the killed run left whole documents only, and an index that is sound
    docs, claimed, rows = _counts(db)
    assert 0 < docs < N_DOCS
    assert rows == claimed
    _consistent(db)

    # the next run completes it: the committed documents are unchanged, the rest indexed
    again = _index(db, trees)
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err.decode()
    summary = err.decode().strip().splitlines()[-1]
    assert summary.startswith(f"indexed {N_DOCS - docs} document(s)"), summary
    assert f"{docs} unchanged" in summary, summary
    docs_after, claimed_after, rows_after = _counts(db)
    units_per_tree = claimed_after // N_DOCS
    assert (docs_after, claimed_after, rows_after) == (N_DOCS, units_per_tree * N_DOCS, units_per_tree * N_DOCS)
    _consistent(db)

    # every document is searchable: the phrase of footnote 5 is found once in each
    search = subprocess.run([sys.executable, "-m", "councildoc.corpus.cli", "search", f'"{PHRASE}"',
                             "--db", str(db), "--json", "--limit", "1000", "--in", "footnotes"],
                            capture_output=True, timeout=120)
    assert search.returncode == 0, search.stderr.decode()
    results = json.loads(search.stdout)
    assert sorted(r["symbol"] for r in results) == sorted(f"GB.340/INS/{k + 100}" for k in range(N_DOCS))
