"""A search request run against the index: the same functions as
``councildoc search`` (``search``, ``similar``), the page of results asked
for, the matches counted per document, and for each result the link to its
paragraph and its snippet cut into highlighted and plain pieces (the template
escapes every piece; no HTML is built from document text here).

Paging: page *n* is results ``(n-1)*size … n*size`` of a search asked for
``n*size`` results, at most ``MAX_RESULTS`` deep. Counts per document are
taken over at most ``COUNT_CAP`` matching units (the most recently indexed),
so that no page costs time in proportion to the size of the index.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..search.query import build_expression, document_ranges, parse_query, search
from ..search.similar import similar
from .params import MAX_RESULTS, SearchParams
from .urls import doc_url


@dataclass
class Page:
    results: list[dict] = field(default_factory=list)
    matched: int = 0                 # units matching
    capped: bool = False             # the search ranked only part of the matches
    counts_capped: bool = False      # per_document counts only COUNT_CAP of the matches
    per_document: list[dict] = field(default_factory=list)    # {name, symbol, lang, count}, most first
    ignored: list[str] = field(default_factory=list)
    pages: int = 0


def run(conn, params: SearchParams) -> Page:
    """The page of results *params* asks for. Raises QueryError for a query
    with nothing to search."""
    want = params.page * params.size
    if params.similar:
        found = similar(conn, params.q, min_score=params.min_score, limit=min(want, MAX_RESULTS),
                        filters=params.filters)
        page = Page(found, len(found))
        page.per_document = _count(found)
    else:
        outcome = search(conn, params.q, filters=params.filters, limit=want)
        page = Page(outcome.results, outcome.matched, getattr(outcome, "capped", False), ignored=outcome.ignored)
        page.per_document, page.counts_capped = matches_per_document(conn, params)
    page.pages = max(1, -(-min(page.matched, MAX_RESULTS) // params.size))
    page.results = [decorate(r) for r in page.results[(params.page - 1) * params.size:want]]
    return page


def decorate(result: dict) -> dict:
    """*result* with its ``url`` and its snippet as (text, highlighted) pieces."""
    pieces, pos = [], 0
    text = result["snippet"]
    for start, end in result.get("highlights") or []:
        if start > pos:
            pieces.append((text[pos:start], False))
        pieces.append((text[start:end], True))
        pos = end
    if pos < len(text):
        pieces.append((text[pos:], False))
    return dict(result, url=doc_url(result["symbol"], result["language"], result["node"],
                                    source=result.get("source")), pieces=pieces)


def _count(results: list[dict]) -> list[dict]:
    counts = Counter((r["symbol"], r.get("source"), r["language"]) for r in results)
    return [_doc_count(symbol, source, lang, n) for (symbol, source, lang), n in counts.most_common()]


def _doc_count(symbol: str | None, source: str | None, lang: str, count: int) -> dict:
    return {"name": symbol or source or "?", "symbol": symbol, "lang": lang, "count": count}


COUNT_CAP = 1000


def matches_per_document(conn, params: SearchParams) -> tuple[list[dict], bool]:
    """How many matching units each document holds (the 50 with most, most
    first), counted over at most ``COUNT_CAP`` matches (the most recently
    indexed); and whether there were more matches than that."""
    expression, _ = build_expression(parse_query(params.q))
    where, args = params.filters.sql()
    ids: list[int] = []
    for lo, hi in document_ranges(conn, params.filters):
        bound = "" if lo is None else " AND units_fts.rowid BETWEEN ? AND ?"
        ids += [r[0] for r in conn.execute(
            "SELECT units_fts.rowid FROM units_fts JOIN units u ON u.id = units_fts.rowid "
            f"JOIN documents d ON d.id = u.doc_id WHERE units_fts MATCH ?{where}{bound} "
            f"ORDER BY units_fts.rowid DESC LIMIT {COUNT_CAP + 1 - len(ids)}",
            [expression, *args] + ([] if lo is None else [lo, hi]))]
        if len(ids) > COUNT_CAP:
            break
    capped = len(ids) > COUNT_CAP
    ids = ids[:COUNT_CAP]
    if not ids:
        return [], False
    counts: Counter = Counter()
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        counts.update(dict(conn.execute(
            f"SELECT doc_id, count(*) FROM units WHERE id IN ({','.join('?' * len(chunk))}) GROUP BY doc_id",
            chunk).fetchall()))
    names = {}
    top = [doc for doc, _ in counts.most_common(50)]
    for doc_id, symbol, source, lang in conn.execute(
            f"SELECT id, symbol, source, language FROM documents WHERE id IN ({','.join('?' * len(top))})", top):
        names[doc_id] = (symbol, source, lang)
    return [_doc_count(*names[doc], n) for doc, n in counts.most_common(50) if doc in names], capped
