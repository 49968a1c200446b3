"""Translation-memory style fuzzy matching: the indexed units that say nearly
the same thing as a passage, even with words changed, added or reordered.

WHY candidates first: scoring a passage against every unit with rapidfuzz
costs seconds on a million units; scoring a few thousand candidates costs
milliseconds. Candidates come from the index:

1. the passage's tokens (CJK bigrams, Latin words) are probed in the index,
   each probe bounded to ``PROBE_CAP`` rows, which tells how selective each
   token is (rare tokens say the most about which paragraph it is);
2. the rarest ``RARE_TOKENS`` tokens vote: a unit found by more of them ranks
   higher as a candidate (a changed word only loses that word's vote);
3. when even the rarest tokens are common, units containing small groups of
   them together are fetched too (bounded queries);
4. the best ``MAX_CANDIDATES`` candidates are scored with rapidfuzz.

Score, 0–100, as in a translation memory (a passage that is only a fraction
of a long paragraph scores low): the higher of ``fuzz.ratio`` (edit distance
of the case/accent-folded texts: changed and added words) and
``fuzz.token_sort_ratio`` on a comparable form (Latin words, Chinese bigrams:
reordered words and clauses). The second, costlier, is computed only for the
``RESCORE`` best candidates by the first. Filters apply to the scored units,
so with a narrow filter fewer than *limit* results may come back.
"""
from __future__ import annotations

import sqlite3
from collections import Counter

from rapidfuzz import fuzz, process

from .query import Filters, QueryError, fetch_texts, fetch_units
from .snippet import make_snippet
from .tokenise import comparable, fold_latin, passage_tokens, token_expression as _quoted

PROBE_CAP = 300
MAX_PROBES = 32
RARE_TOKENS = 12
MAX_CANDIDATES = 1500
RESCORE = 100


def _probe(conn, expression: str, cap: int) -> list[int]:
    return [r[0] for r in conn.execute(
        f"SELECT rowid FROM units_fts WHERE units_fts MATCH ? LIMIT {cap}", (expression,))]


def candidate_ids(conn: sqlite3.Connection, passage: str) -> list[int]:
    """Ids of the units most likely to resemble *passage*, best first."""
    tokens = passage_tokens(passage)
    if not tokens:
        raise QueryError("the passage has no words or characters to compare")
    if len(tokens) > MAX_PROBES:        # spread the probes over the whole passage
        step = len(tokens) / MAX_PROBES
        tokens = [tokens[int(i * step)] for i in range(MAX_PROBES)]
    found = {t: _probe(conn, _quoted(t), PROBE_CAP) for t in tokens}
    present = sorted((t for t in tokens if found[t]), key=lambda t: len(found[t]))
    rare = present[:RARE_TOKENS]
    votes: Counter[int] = Counter()
    for t in rare:
        votes.update(found[t])
    common = [t for t in rare if len(found[t]) >= PROBE_CAP]
    # rare tokens all common: also fetch units holding groups of them together
    for i in range(0, max(0, len(common) - 1), 2):
        group = common[i:i + 3]
        for uid in _probe(conn, " AND ".join(_quoted(t) for t in group), PROBE_CAP):
            votes[uid] += len(group)
    return [uid for uid, _ in votes.most_common(MAX_CANDIDATES)]


def similar(conn: sqlite3.Connection, passage: str, *, min_score: float = 70, limit: int = 10,
            filters: Filters | None = None, snippet_width: int = 160) -> list[dict]:
    """Units resembling *passage* with a score ≥ *min_score*, best first."""
    ids = candidate_ids(conn, passage)
    if not ids:
        return []
    texts = fetch_texts(conn, ids)
    # stage 1, all candidates: edit-distance similarity of the folded texts (C, fast)
    first = process.extract(fold_latin(passage), {uid: fold_latin(t) for uid, t in texts.items()},
                            scorer=fuzz.ratio, limit=RESCORE)
    # stage 2, the best of them: also word order-insensitive similarity; keep the higher
    query = comparable(passage)
    scored = {uid: max(score, fuzz.token_sort_ratio(query, comparable(texts[uid])))
              for _text, score, uid in first}
    best = sorted((kv for kv in scored.items() if kv[1] >= min_score), key=lambda kv: (-kv[1], -kv[0]))
    units = fetch_units(conn, [uid for uid, _ in best])
    out = []
    for uid, score in best:
        unit = units[uid]
        if not _passes(unit, filters):
            continue
        snip = make_snippet(unit["text"], [], snippet_width)
        unit.update(score=round(score, 1), snippet=snip.text, highlights=[], _snippet=snip)
        out.append(unit)
        if len(out) >= limit:
            break
    return out


def _passes(unit: dict, filters: Filters | None) -> bool:
    if not filters:
        return True
    from fnmatch import fnmatchcase
    from .query import SCOPES
    if filters.lang and unit["language"] != filters.lang.lower():
        return False
    if filters.symbol and not fnmatchcase((unit["symbol"] or "").upper(), filters.symbol.upper()):
        return False
    if filters.session is not None and unit["session"] != filters.session:
        return False
    kinds = SCOPES[filters.scope]
    return not kinds or unit["kind"] in kinds
