"""The document trees kept in the index, so that a reader (``councildoc
serve``) can show a whole document, not only the units that search returns.

WHY in the index and not as paths to tree files: the index is one file that
can be copied to another machine; trees read back from paths would break as
soon as the files move, and documents parsed on the fly have no tree file at
all. Compressed with zlib (a tree's JSON compresses about six to one), one row
per document, written in the same transaction as its units.

The table is additive: an index built before it existed keeps working for
search; :func:`missing` tells a reader that it must be indexed again, and the
next ``councildoc index`` run stores the trees of unchanged documents too.
"""
from __future__ import annotations

import json
import sqlite3
import zlib

DDL = ("CREATE TABLE IF NOT EXISTS trees (doc_id INTEGER PRIMARY KEY REFERENCES documents(id), "
       "tree_json_zlib BLOB NOT NULL)")


def create_table(conn: sqlite3.Connection) -> None:
    conn.execute(DDL)


def put(conn: sqlite3.Connection, doc_id: int, tree: dict) -> None:
    data = json.dumps(tree, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    conn.execute("INSERT OR REPLACE INTO trees(doc_id, tree_json_zlib) VALUES (?, ?)",
                 (doc_id, zlib.compress(data, 6)))


def has(conn: sqlite3.Connection, doc_id: int) -> bool:
    return conn.execute("SELECT 1 FROM trees WHERE doc_id = ?", (doc_id,)).fetchone() is not None


def delete(conn: sqlite3.Connection, doc_id: int) -> None:
    conn.execute("DELETE FROM trees WHERE doc_id = ?", (doc_id,))


def get(conn: sqlite3.Connection, doc_id: int) -> dict | None:
    """The tree of document *doc_id*, or None when the index holds none."""
    row = conn.execute("SELECT tree_json_zlib FROM trees WHERE doc_id = ?", (doc_id,)).fetchone()
    return json.loads(zlib.decompress(row[0])) if row else None


def missing(conn: sqlite3.Connection) -> int | None:
    """How many indexed documents have no stored tree; None when the index
    predates the table altogether."""
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'trees'").fetchone():
        return None
    return conn.execute("SELECT count(*) FROM documents d WHERE NOT EXISTS "
                        "(SELECT 1 FROM trees t WHERE t.doc_id = d.id)").fetchone()[0]
