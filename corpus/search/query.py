"""Keyword search: parse the user's query, turn it into a SAFE FTS5 expression,
run it with the filters, rank, and build results with citations and snippets.

Query language (kept deliberately small):
- words separated by spaces must ALL match (``劳工 供资``, ``decent work``);
- ``"quoted phrase"`` (also “…” or 「…」) matches the words in that order;
- ``OR`` in capitals between two terms matches either;
- ``word*`` matches words starting with ``word`` (Latin script);
- Chinese terms match as substrings of any length, one character included.
Everything the user types reaches FTS5 inside double quotes, so FTS5 syntax
characters (``* : - ( ) NEAR AND NOT ^``) can never cause an SQL error; a query
with nothing searchable is refused with a clear message.

- Latin-script words match by stem (``refugee`` finds ``refugees``), quoted
  phrases exactly.

Ranking is FTS5's bm25() over EVERY matching unit (computed in C inside the
index), so the best paragraph of an old document is never left out because
many newer ones match too; the unit lengths it needs are FTS5's own.
"""
from __future__ import annotations

import heapq
import json
import sqlite3
from dataclasses import dataclass, field

from .columns import term_match
from .snippet import highlight_pattern, make_snippet, match_spans

SCOPES = {"paragraphs": ("paragraph", "item"), "footnotes": ("footnote",),
          "tables": ("row", "caption", "header"), "all": None}
_QUOTES = {'"': '"', "“": "”", "「": "」", "『": "』", "„": "“"}


class QueryError(Exception):
    """The query cannot be searched (empty, only punctuation). One line."""


@dataclass
class Term:
    text: str
    phrase: bool = False
    prefix: bool = False


def parse_query(query: str) -> list[list[Term]]:
    """The query as a list of OR-groups of terms; the groups must all match."""
    tokens: list[Term | str] = []
    i, n = 0, len(query)
    while i < n:
        ch = query[i]
        if ch.isspace():
            i += 1
        elif ch in _QUOTES:
            close = query.find(_QUOTES[ch], i + 1)
            end = n if close == -1 else close
            tokens.append(Term(query[i + 1:end], phrase=True))
            i = end + 1
        else:
            j = i
            while j < n and not query[j].isspace() and query[j] not in _QUOTES:
                j += 1
            word = query[i:j]
            if word == "OR":
                tokens.append("OR")
            else:
                prefix = word.endswith("*") and len(word.rstrip("*")) > 0
                tokens.append(Term(word.rstrip("*") if prefix else word, prefix=prefix))
            i = j
    groups: list[list[Term]] = []
    join_next = False
    for tok in tokens:
        if tok == "OR":
            join_next = bool(groups)
            continue
        if join_next:
            groups[-1].append(tok)
        else:
            groups.append([tok])
        join_next = False
    return groups


def build_expression(groups: list[list[Term]]) -> tuple[str, list[Term]]:
    """The FTS5 MATCH expression and the terms it uses (terms with nothing
    searchable are dropped); QueryError when nothing is left."""
    parts, used = [], []
    for group in groups:
        exprs = []
        for term in group:
            expr = term_match(term.text, phrase=term.phrase, prefix=term.prefix)
            if expr:
                exprs.append(expr)
                used.append(term)
        if exprs:
            parts.append(exprs[0] if len(exprs) == 1 else "(" + " OR ".join(exprs) + ")")
    if not parts:
        raise QueryError("the query has no words or characters to search for "
                         "(only spaces, punctuation or operators)")
    return " AND ".join(parts), used


@dataclass
class Filters:
    lang: str | None = None
    symbol: str | None = None      # glob: GB.340/*
    session: int | None = None
    scope: str = "all"

    def document_sql(self) -> tuple[str, list]:
        """Conditions on the document (table alias ``d``), or ``("", [])``."""
        where, args = [], []
        if self.lang:
            where.append("d.language = ?")
            args.append(self.lang.lower())
        if self.symbol:
            where.append("upper(d.symbol) GLOB upper(?)")
            args.append(self.symbol)
        if self.session is not None:
            where.append("d.session = ?")
            args.append(self.session)
        return " AND ".join(where), args

    def sql(self) -> tuple[str, list]:
        """Conditions on the document and the unit kind (aliases ``d``, ``u``)."""
        doc_where, args = self.document_sql()
        where = [doc_where] if doc_where else []
        kinds = SCOPES[self.scope]
        if kinds:
            where.append(f"u.kind IN ({','.join('?' * len(kinds))})")
            args.extend(kinds)
        return "".join(f" AND {w}" for w in where), args


@dataclass
class Outcome:
    results: list[dict]
    matched: int                  # units matching (all of them were ranked)
    expression: str = ""
    ignored: list[str] = field(default_factory=list)


def citation(symbol: str | None, source: str | None, kind: str, node: str,
             number: int | None, label: str | None) -> str:
    """``GB.340/INS/6 ¶29``, ``… ¶9(a)``, ``… fn 10``, ``… table-1 row 3``."""
    doc = symbol or source or "?"
    if kind == "paragraph":
        return f"{doc} ¶{number}" if number is not None else f"{doc} {node}"
    if kind == "item":
        return f"{doc} ¶{number}({label})" if number is not None and label else f"{doc} {node}"
    if kind == "footnote":
        return f"{doc} fn {number}"
    if kind == "header":
        return f"{doc} {node} header"
    if kind == "row":     # label: position in the table; number: the row's printed number
        shown = f" (no. {number})" if number is not None and str(number) != label else ""
        return f"{doc} {node} row {label}{shown}"
    return f"{doc} {node}"


_FROM = ("FROM units_fts JOIN units u ON u.id = units_fts.rowid JOIN documents d ON d.id = u.doc_id "
         "WHERE units_fts MATCH ?")
_FROM_FTS = "FROM units_fts WHERE units_fts MATCH ?"
_UNIT_COLUMNS = ("u.id, u.kind, u.node, u.number, u.label, u.path, u.text, d.symbol, d.language, "
                 "d.session, d.date, d.source")


def fetch_units(conn: sqlite3.Connection, ids: list[int]) -> dict[int, dict]:
    """Unit rows with their document fields, by id."""
    out = {}
    for chunk_start in range(0, len(ids), 500):
        chunk = ids[chunk_start:chunk_start + 500]
        sql = (f"SELECT {_UNIT_COLUMNS} FROM units u JOIN documents d ON d.id = u.doc_id "
               f"WHERE u.id IN ({','.join('?' * len(chunk))})")
        for row in conn.execute(sql, chunk):
            (uid, kind, node, number, label, path, text, symbol, lang, session, date, source) = row
            out[uid] = {"symbol": symbol, "language": lang, "session": session, "date": date,
                        "kind": kind, "node": node, "number": number, "label": label,
                        "citation": citation(symbol, source, kind, node, number, label),
                        "path": json.loads(path), "text": text, "source": source}
    return out


MAX_RANGES = 200


def document_ranges(conn: sqlite3.Connection, filters: Filters) -> list[tuple[int | None, int | None]]:
    """Unit id ranges to search, newest first: ``[(None, None)]`` for all.

    A document's units have consecutive ids (the indexer writes them in one
    go), so when the document filters select up to ``MAX_RANGES`` runs of
    documents, FTS5 can seek straight to their ids instead of walking every
    match of a common term in the whole index and discarding most of them."""
    where, args = filters.document_sql()
    if not where:
        return [(None, None)]
    docs = conn.execute(f"SELECT id FROM documents d WHERE {where} LIMIT {MAX_RANGES * 20 + 1}",
                        args).fetchall()
    if not docs:
        return []
    if len(docs) > MAX_RANGES * 20:
        return [(None, None)]
    spans = []
    for i in range(0, len(docs), 500):
        chunk = [d[0] for d in docs[i:i + 500]]
        spans += conn.execute(f"SELECT min(id), max(id) FROM units WHERE doc_id IN "
                              f"({','.join('?' * len(chunk))}) GROUP BY doc_id", chunk).fetchall()
    spans = sorted(s for s in spans if s[0] is not None)
    merged: list[list[int]] = []
    for lo, hi in spans:
        if merged and lo <= merged[-1][1] + 1:
            merged[-1][1] = max(hi, merged[-1][1])
        else:
            merged.append([lo, hi])
    if len(merged) > MAX_RANGES:
        return [(merged[0][0], merged[-1][1])]
    return [(lo, hi) for lo, hi in reversed(merged)]


def ranked_ids(conn: sqlite3.Connection, expression: str, filters: Filters,
               limit: int) -> tuple[list[tuple[int, float]], int]:
    """The *limit* best units by FTS5's bm25 over EVERY match (within the
    filters), as ``(id, score)`` with higher scores better, and the number of
    units matching."""
    where, args = filters.sql()
    frm = _FROM if where else _FROM_FTS
    best: list[tuple[float, int]] = []
    matched = 0
    for lo, hi in document_ranges(conn, filters):
        bound = "" if lo is None else " AND units_fts.rowid BETWEEN ? AND ?"
        params = [expression, *args] + ([] if lo is None else [lo, hi])
        best += [(r[1], r[0]) for r in conn.execute(
            f"SELECT units_fts.rowid, bm25(units_fts) AS r {frm}{where}{bound} ORDER BY r LIMIT {limit}", params)]
        matched += conn.execute(f"SELECT count(*) {frm}{where}{bound}", params).fetchone()[0]
    best = heapq.nsmallest(limit, best)                 # bm25(): lower is better
    return [(uid, -score) for score, uid in best], matched


def search(conn: sqlite3.Connection, query: str, *, filters: Filters | None = None,
           limit: int = 20, snippet_width: int = 160) -> Outcome:
    """Ranked units matching *query*. Raises QueryError for unsearchable queries."""
    filters = filters or Filters()
    groups = parse_query(query)
    expression, used = build_expression(groups)
    ignored = [t.text for g in groups for t in g if t not in used]
    ranked, matched = ranked_ids(conn, expression, filters, limit)
    units = fetch_units(conn, [uid for uid, _ in ranked])
    patterns = [p for p in (highlight_pattern(t) for t in used) if p]
    results = []
    for uid, score in ranked:
        unit = units[uid]
        spans = match_spans(unit["text"], patterns)
        snip = make_snippet(unit["text"], spans, snippet_width)
        unit.update(score=round(score, 4), snippet=snip.text, highlights=[list(s) for s in snip.spans],
                    _snippet=snip)
        results.append(unit)
    return Outcome(results, matched, expression, ignored)
