"""The index database: tables, pragmas, and opening it for reading or writing.

WHY these choices:
- WAL journal: searches keep reading the last committed state while an index
  run writes; every document is replaced in one transaction, so an interrupted
  run leaves a consistent index (the documents committed before the stop).
- ``units.sentences``: the sentence spans of each unit, computed once at
  index time, so ``--similar`` scores passages against sentences without
  segmenting its candidates on every query.
- ``units_fts`` is CONTENTLESS (``content=''``): the original text lives once,
  in ``units``; the tokenised columns are recomputed from it when a document's
  units are deleted (``tokeniser_version`` in ``info`` guards that they are
  recomputed the same way).
"""
from __future__ import annotations

import os
import sqlite3

from .tokenise import TOKENISER_VERSION

#: bump when the tables change: an index of another format is refused with a message
#: saying to rebuild it (format 2: units.sentences, column ``stem``, unit kind ``header``)
FORMAT_VERSION = "2"
DEFAULT_DB = "councildoc.db"

DDL = """
CREATE TABLE IF NOT EXISTS info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,          -- symbol + language, or the source path when there is no symbol
    symbol TEXT,
    language TEXT NOT NULL,
    session INTEGER,
    date TEXT,
    title TEXT,
    source TEXT,                       -- where the tree came from (file, file:line)
    digest TEXT NOT NULL,              -- sha256 of the tree: unchanged trees are skipped
    units INTEGER NOT NULL,
    indexed_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_symbol ON documents(symbol);
CREATE TABLE IF NOT EXISTS units (
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id),
    seq INTEGER NOT NULL,              -- reading order in the document
    kind TEXT NOT NULL,                -- paragraph | item | footnote | row | caption | header
    node TEXT NOT NULL,                -- node id in the tree: p-29, p-9-a, fn-10, table-1
    number,                            -- paragraph / footnote / row number: 7, or "25.10" kept as text
                                       -- (no INTEGER affinity, which would turn "25.10" into 25.1)
    label TEXT,                        -- item label (a), row position in its table
    path TEXT NOT NULL,                -- JSON array of the enclosing section headings
    text TEXT NOT NULL,
    sentences TEXT NOT NULL            -- sentence spans in text: "start end start end …" (corpus.sentences)
);
CREATE INDEX IF NOT EXISTS units_doc ON units(doc_id);
CREATE VIRTUAL TABLE IF NOT EXISTS units_fts USING fts5(
    uni, bi, stem, content='', tokenize='unicode61 remove_diacritics 2');
"""


class IndexProblem(Exception):
    """The index cannot be used (missing, not an index, built by another
    version). One-line message naming the file."""


def _connect(path: str, readonly: bool) -> sqlite3.Connection:
    if readonly:
        conn = sqlite3.connect(f"file:{_uri_path(path)}?mode=ro", uri=True, isolation_level=None,
                               check_same_thread=False)
    else:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 10000")
    # a search touches index pages and scattered unit rows: read them through
    # memory-mapped I/O and keep a larger page cache than SQLite's 2 MB default
    conn.execute("PRAGMA mmap_size = 1073741824")
    conn.execute("PRAGMA cache_size = -65536")
    return conn


def _uri_path(path: str) -> str:
    from urllib.parse import quote
    return quote(os.path.abspath(path))


def open_index(path: str | os.PathLike = DEFAULT_DB, *, write: bool = False) -> sqlite3.Connection:
    """Open the index at *path*. For writing it is created when missing; for
    reading it must exist and be a councildoc index of this format."""
    path = os.fspath(path)
    if not write and not os.path.exists(path):
        raise IndexProblem(f"{path}: no index here; build one with 'councildoc index SOURCE... --db {path}'")
    if write and os.path.isdir(path):
        raise IndexProblem(f"{path}: is a directory, not an index file")
    try:
        conn = _connect(path, readonly=not write)
        if write:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            existing = _info(conn)
            if not existing and _has_tables(conn):
                raise IndexProblem(f"{path}: is an SQLite database but not a councildoc index")
            if existing:
                _check_versions(conn, path)      # before any DDL: an old index is left as it was
            conn.executescript(DDL)
            if not existing:
                conn.executemany("INSERT OR REPLACE INTO info VALUES (?, ?)",
                                 [("format", FORMAT_VERSION), ("tokeniser", TOKENISER_VERSION)])
        _check_versions(conn, path)
        return conn
    except sqlite3.DatabaseError as e:
        raise IndexProblem(f"{path}: not a usable councildoc index ({e})") from None


def _has_tables(conn) -> bool:
    return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0


def _info(conn) -> dict:
    try:
        return dict(conn.execute("SELECT key, value FROM info"))
    except sqlite3.OperationalError:
        return {}


def _check_versions(conn, path: str) -> None:
    info = _info(conn)
    if not info:
        raise IndexProblem(f"{path}: not a councildoc index")
    if info.get("format") != FORMAT_VERSION or info.get("tokeniser") != TOKENISER_VERSION:
        raise IndexProblem(f"{path}: index format {info.get('format')} (tokeniser {info.get('tokeniser')}) was "
                          f"built by another version of councildoc, which reads format {FORMAT_VERSION} "
                          f"(tokeniser {TOKENISER_VERSION}); delete the file and index again")


def list_symbols(path: str) -> list[tuple[str, str]]:
    """(symbol, source) of every indexed document that has a symbol, in symbol
    order: what other packages (check --corpus) need of an index, without
    knowing its tables. :class:`IndexProblem` when *path* is not an index."""
    conn = open_index(path)
    try:
        return conn.execute("SELECT symbol, source FROM documents WHERE symbol IS NOT NULL "
                            "ORDER BY symbol, source").fetchall()
    finally:
        conn.close()
