"""Put one document's units into the index, replacing any earlier version of
the same document, in ONE transaction: a reader (or an interrupted run) sees
either the old units or the new ones, never a mix.

A document is identified by its symbol and language (``GB.340/INS/6`` + ``zh``);
a tree without a symbol by its source path. A tree identical to the one
already indexed (same sha256 of its JSON) is skipped unless *force*.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone

from ..sentences import segment
from . import stored_trees
from .columns import index_columns
from .units import tree_units


@dataclass
class Outcome:
    status: str         # "indexed" | "unchanged"
    key: str
    units: int
    replaced: int = 0   # units of the previous version removed


def document_key(tree: dict, source: str | None) -> str:
    symbol = tree.get("symbol")
    lang = tree.get("language") or "und"
    if symbol:
        return f"{symbol}|{lang}"
    return f"path:{source or tree.get('source', {}).get('path', '?')}|{lang}"


def tree_digest(tree: dict) -> str:
    data = json.dumps(tree, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def sentence_spans(text: str, lang: str) -> str:
    """The ``units.sentences`` value: sentence offsets, flattened."""
    return " ".join(f"{a} {b}" for a, b in segment(text, lang))


def parse_sentence_spans(value: str) -> list[tuple[int, int]]:
    numbers = list(map(int, value.split()))
    return list(zip(numbers[::2], numbers[1::2]))


def _delete_units(conn: sqlite3.Connection, doc_id: int) -> int:
    """Remove a document's units from ``units`` and from the contentless FTS
    table (which needs the same column values that were inserted)."""
    rows = conn.execute("SELECT u.id, u.text, d.language FROM units u JOIN documents d ON d.id = u.doc_id "
                        "WHERE doc_id = ?", (doc_id,)).fetchall()
    conn.executemany("INSERT INTO units_fts(units_fts, rowid, uni, bi, stem) VALUES ('delete', ?, ?, ?, ?)",
                     ((uid, *index_columns(text, lang)) for uid, text, lang in rows))
    conn.execute("DELETE FROM units WHERE doc_id = ?", (doc_id,))
    return len(rows)


class Writer:
    """Indexes trees one after another. Each document goes in under its own
    SAVEPOINT (all of its units or none); the transaction is committed every
    *batch_units* units (0: after every document) and by :meth:`close`.
    Readers see each committed batch; an interrupted run loses at most the
    uncommitted batch and the index stays consistent. Batching matters: every
    commit makes FTS5 write a new index segment."""

    def __init__(self, conn: sqlite3.Connection, batch_units: int = 0):
        self.conn = conn
        self.batch_units = batch_units
        self.pending = 0
        stored_trees.create_table(conn)

    def add(self, tree: dict, *, source: str | None = None, force: bool = False) -> Outcome:
        conn = self.conn
        key = document_key(tree, source)
        digest = tree_digest(tree)
        units = tree_units(tree)
        meta = tree.get("meta") or {}
        if not conn.in_transaction:
            conn.execute("BEGIN IMMEDIATE")
        conn.execute("SAVEPOINT document")
        try:
            row = conn.execute("SELECT id, digest, units FROM documents WHERE key = ?", (key,)).fetchone()
            if row and row[1] == digest and not force:
                if not stored_trees.has(conn, row[0]):     # indexed before trees were stored
                    stored_trees.put(conn, row[0], tree)
                conn.execute("RELEASE document")
                self._maybe_commit()
                return Outcome("unchanged", key, row[2])
            replaced = 0
            if row:
                replaced = _delete_units(conn, row[0])
                stored_trees.delete(conn, row[0])
                conn.execute("DELETE FROM documents WHERE id = ?", (row[0],))
            now = datetime.now(timezone.utc).isoformat(timespec="seconds")
            cur = conn.execute(
                "INSERT INTO documents(key, symbol, language, session, date, title, source, digest, units, "
                "indexed_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (key, tree.get("symbol"), tree.get("language") or "und", meta.get("session"), meta.get("date"),
                 meta.get("title"), source or (tree.get("source") or {}).get("path"), digest, len(units), now))
            doc_id = cur.lastrowid
            stored_trees.put(conn, doc_id, tree)
            first = conn.execute("SELECT coalesce(max(id), 0) FROM units").fetchone()[0] + 1
            lang = tree.get("language") or "und"
            conn.executemany(
                "INSERT INTO units(id, doc_id, seq, kind, node, number, label, path, text, sentences) "
                "VALUES (?,?,?,?,?,?,?,?,?,?)",
                ((first + i, doc_id, i, u.kind, u.node, u.number, u.label,
                  json.dumps(u.path, ensure_ascii=False), u.text, sentence_spans(u.text, lang))
                 for i, u in enumerate(units)))
            conn.executemany("INSERT INTO units_fts(rowid, uni, bi, stem) VALUES (?, ?, ?, ?)",
                             ((first + i, *index_columns(u.text, lang)) for i, u in enumerate(units)))
            conn.execute("RELEASE document")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK TO document")
                conn.execute("RELEASE document")
                if not self.pending:            # nothing else of this batch to keep: end the transaction
                    conn.execute("ROLLBACK")
            raise
        self.pending += len(units)
        self._maybe_commit()
        return Outcome("indexed", key, len(units), replaced)

    def _maybe_commit(self) -> None:
        if self.pending >= self.batch_units:
            self.commit()

    def commit(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("COMMIT")
        self.pending = 0

    close = commit


def index_tree(conn: sqlite3.Connection, tree: dict, *, source: str | None = None,
               force: bool = False) -> Outcome:
    """Index *tree* (replacing its previous version) in its own transaction."""
    return Writer(conn).add(tree, source=source, force=force)


def optimise(conn: sqlite3.Connection) -> None:
    """Merge the full-text index into one segment (faster queries after a big run)."""
    conn.execute("INSERT INTO units_fts(units_fts) VALUES ('optimize')")
