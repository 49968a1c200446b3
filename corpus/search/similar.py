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

Score: rapidfuzz ``token_sort_ratio`` on a comparable form of both texts
(Latin words folded, Chinese as bigrams, separated by spaces), so reordered
clauses still score high, while a passage only a fraction of a long paragraph
scores low, as in a translation memory. 0–100.
"""
from __future__ import annotations

import sqlite3
from collections import Counter

from rapidfuzz import fuzz, process

from .query import Filters, QueryError, fetch_units
from .snippet import make_snippet
from .tokenise import comparable, passage_tokens

PROBE_CAP = 500
MAX_PROBES = 48
RARE_TOKENS = 12
MAX_CANDIDATES = 3000


def _quoted(token: str) -> str:
    return 'bi : "' + token.replace('"', '""') + '"'


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
    units = fetch_units(conn, ids)
    units = {uid: u for uid, u in units.items() if _passes(u, filters)}
    choices = {uid: comparable(u["text"]) for uid, u in units.items()}
    best = process.extract(comparable(passage), choices, scorer=fuzz.token_sort_ratio,
                           score_cutoff=min_score, limit=limit)
    out = []
    for _text, score, uid in best:
        unit = units[uid]
        snip = make_snippet(unit["text"], [], snippet_width)
        unit.update(score=round(score, 1), snippet=snip.text, highlights=[], _snippet=snip)
        out.append(unit)
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
