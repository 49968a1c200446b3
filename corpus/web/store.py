"""The web app's read-only view of the index: documents by symbol and
language, their stored trees, which symbols the index holds.

WHY one connection per thread: Starlette runs plain (sync) endpoints in a
thread pool, and an SQLite connection must not be used by two threads at
once. Every connection is opened read-only (``mode=ro`` URI, through
:func:`open_index`), so nothing the app does can change the index.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

from ..search import stored_trees
from ..search.schema import IndexProblem, open_index

#: the order in which the versions of a symbol are offered when no ?lang= is given
LANGUAGE_ORDER = ("zh", "en", "fr", "es", "ar", "ru")
TREE_CACHE = 8


@dataclass(frozen=True)
class Doc:
    id: int
    symbol: str | None
    language: str
    session: int | None
    date: str | None
    title: str | None
    source: str | None
    digest: str
    units: int


_DOC_COLUMNS = "id, symbol, language, session, date, title, source, digest, units"


def _language_rank(lang: str) -> tuple[int, str]:
    return (LANGUAGE_ORDER.index(lang) if lang in LANGUAGE_ORDER else len(LANGUAGE_ORDER), lang)


class Store:
    """Opened once by the app; checks the index can serve documents."""

    def __init__(self, path: str):
        self.path = str(path)
        self._local = threading.local()
        self._trees: OrderedDict[tuple[int, str], dict] = OrderedDict()
        self._lock = threading.Lock()
        self._stats: tuple | None = None
        missing = stored_trees.missing(self.conn())
        if missing is None:
            raise IndexProblem(f"{self.path}: this index was built by an older councildoc that did not keep "
                               f"the documents for reading; run 'councildoc index SOURCE... --db {self.path}' "
                               f"again to add them")
        self.without_tree = missing

    def conn(self):
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = open_index(self.path)
        return conn

    def stats(self) -> dict:
        """Documents, units, languages and sessions of the index (for the
        page footer and the filters), recomputed only when the index changes."""
        version = self.version()
        cached = self._stats
        if cached and cached[0] == version:
            return cached[1]
        stats = self._compute_stats()
        self._stats = (version, stats)
        return stats

    def _compute_stats(self) -> dict:
        conn = self.conn()
        docs, units = conn.execute("SELECT count(*), coalesce(sum(units), 0) FROM documents").fetchone()
        langs = [r[0] for r in conn.execute("SELECT DISTINCT language FROM documents")]
        sessions = [r[0] for r in conn.execute(
            "SELECT DISTINCT session FROM documents WHERE session IS NOT NULL ORDER BY session DESC LIMIT 200")]
        return {"documents": docs, "units": units, "languages": sorted(langs, key=_language_rank),
                "sessions": sessions}

    def version(self) -> int:
        """Grows whenever a document is added (one rowid lookup): what the
        cached links and statistics depend on. A document replaced in place
        keeps its symbol and language, so links stay right; its own cached
        page is keyed by its digest."""
        return self.conn().execute("SELECT coalesce(max(id), 0) FROM documents").fetchone()[0]

    def versions(self, symbol: str) -> list[Doc]:
        """Every language version of *symbol*, in :data:`LANGUAGE_ORDER`."""
        rows = self.conn().execute(f"SELECT {_DOC_COLUMNS} FROM documents WHERE symbol = ?", (symbol,))
        return sorted((Doc(*r) for r in rows), key=lambda d: _language_rank(d.language))

    def by_source(self, source: str, lang: str | None) -> Doc | None:
        """A document without a symbol, by the source it was indexed from."""
        row = self.conn().execute(
            f"SELECT {_DOC_COLUMNS} FROM documents WHERE source = ? AND (? IS NULL OR language = ?) LIMIT 1",
            (source, lang, lang)).fetchone()
        return Doc(*row) if row else None

    def held(self, symbols: set[str]) -> dict[str, list[str]]:
        """The symbols among *symbols* that the index holds, with their languages."""
        out: dict[str, list[str]] = {}
        wanted = sorted(symbols)
        for i in range(0, len(wanted), 500):
            chunk = wanted[i:i + 500]
            for symbol, lang in self.conn().execute(
                    f"SELECT symbol, language FROM documents WHERE symbol IN ({','.join('?' * len(chunk))})",
                    chunk):
                out.setdefault(symbol, []).append(lang)
        return {s: sorted(ls, key=_language_rank) for s, ls in out.items()}

    def tree(self, doc: Doc) -> dict | None:
        """The stored tree of *doc* (a few recent ones kept parsed)."""
        key = (doc.id, doc.digest)
        with self._lock:
            if key in self._trees:
                self._trees.move_to_end(key)
                return self._trees[key]
        tree = stored_trees.get(self.conn(), doc.id)
        if tree is not None:
            with self._lock:
                self._trees[key] = tree
                while len(self._trees) > TREE_CACHE:
                    self._trees.popitem(last=False)
        return tree


def pick_version(versions: list[Doc], lang: str | None) -> Doc | None:
    """The version in *lang*, or (no *lang*) the first in language order."""
    if lang:
        return next((d for d in versions if d.language == lang), None)
    return versions[0] if versions else None
