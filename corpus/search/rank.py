"""Ranking keyword matches, in Python, over a bounded set of candidates.

WHY not FTS5's bm25(): it computes each term's IDF by reading the term's
WHOLE document list on every query, so a query on a common character (``的``,
``发``) in a million units costs tens of milliseconds before the first row,
however few rows are wanted. Here the index only finds the matching units
(at most ``RANK_CAP + 1``, newest first, cheap), and this module scores them:
BM25's term-frequency saturation and length normalisation on the folded text,
with each term's IDF estimated from a bounded count of its matches (exact for
rare terms, which are the ones where IDF matters).
"""
from __future__ import annotations

import math
import re
import sqlite3

from .snippet import fold_char
from .tokenise import fold, fold_latin, normalise, runs

K1, B = 1.2, 0.75
IDF_PROBE = 2000


def estimate_idf(conn: sqlite3.Connection, expression: str, total_units: int) -> float:
    """BM25 IDF of one term, from its match count bounded to ``IDF_PROBE``."""
    df = conn.execute(f"SELECT count(*) FROM (SELECT rowid FROM units_fts WHERE units_fts MATCH ? "
                      f"LIMIT {IDF_PROBE})", (expression,)).fetchone()[0]
    return math.log(1 + (total_units - df + 0.5) / (df + 0.5))


def term_literal(term: str) -> tuple[str, bool]:
    """The longest piece of *term* (a CJK run or a Latin word) in folded form,
    counted with ``str.count`` as the term's frequency (approximate for phrases,
    fast: the index has already established that the whole term matches), and
    whether it needs the text folded (Latin script) or only NFKC (CJK)."""
    best, latin = "", False
    for cjk, piece in runs(normalise(term)):
        words = ["".join(fold_char(c) for c in piece)] if cjk else re.findall(r"[^\W_]+", fold(piece))
        for w in words:
            if len(w) > len(best):
                best, latin = w, not cjk
    return best, latin


def term_frequency(text: str, lower: str, literal: str, latin: bool) -> int:
    """Occurrences of *literal* in *text*: in the lower-cased text first (C,
    fast); for Latin script, when that finds none in a text with non-ASCII
    characters, in the accent-folded text (``résumé`` for ``resume``)."""
    tf = lower.count(literal)
    if not tf and latin and not text.isascii():
        tf = fold_latin(text).count(literal)
    return tf


def score_texts(texts: dict[int, str], terms: list[tuple[str, bool, float]]) -> dict[int, float]:
    """BM25-style score of each text for the (literal, is_latin, idf) terms."""
    if not texts:
        return {}
    any_latin = any(latin for _, latin, _ in terms)
    avg = sum(len(t) for t in texts.values()) / len(texts) or 1.0
    scores = {}
    for uid, text in texts.items():
        lower = text.lower() if any_latin else text
        norm = K1 * (1 - B + B * len(text) / avg)
        score = 0.0
        for literal, latin, idf in terms:
            tf = term_frequency(text, lower, literal, latin)
            if tf:
                score += idf * tf * (K1 + 1) / (tf + norm)
        scores[uid] = score
    return scores
