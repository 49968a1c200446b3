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
4. the ``MAX_CANDIDATES`` best-voted candidates are scored with rapidfuzz.

Score, 0–100, as in a translation memory, comparable across queries: the
best rapidfuzz similarity between the passage and a *window* of a candidate
(a sentence, two or three consecutive sentences, one to three clauses of a
sentence, or the whole unit; see ``windows``), character level for CJK
passages and token level (stems) for Latin-script ones. The window is the
result's ``span``, highlighted in its snippet. For the ``RESCORE`` best
windows a word-order-insensitive similarity (``fuzz.token_sort_ratio`` of
CJK bigrams or Latin words) is computed too and the higher kept: reordered
clauses. Windows whose length alone caps the similarity under *min_score*
are never scored. Filters apply to the scored units, so with a narrow filter
fewer than *limit* results may come back.
"""
from __future__ import annotations

import sqlite3
from collections import Counter

from rapidfuzz import fuzz, process

from .indexer import parse_sentence_spans
from .query import Filters, QueryError, fetch_units
from .snippet import make_snippet
from .tokenise import comparable, is_cjk, passage_tokens, token_expression as _quoted
from .windows import TokenForms, char_form, windows

PROBE_CAP = 300
MAX_PROBES = 32
RARE_TOKENS = 12
MAX_CANDIDATES = 300         # best-voted candidates whose windows are scored
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


def _scoring_rows(conn, ids: list[int]) -> dict[int, tuple[str, list[tuple[int, int]], str]]:
    """Text, sentence spans and document language of each candidate unit."""
    out = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for uid, text, sentences, lang in conn.execute(
                f"SELECT u.id, u.text, u.sentences, d.language FROM units u JOIN documents d ON d.id = u.doc_id "
                f"WHERE u.id IN ({','.join('?' * len(chunk))})", chunk):
            out[uid] = (text, parse_sentence_spans(sentences), lang)
    return out


def best_windows(passage: str, rows: dict, min_score: float) -> dict[int, tuple[float, int, int]]:
    """For each unit scoring at least *min_score*, its best window:
    ``(score, start, end)``."""
    cjk = any(is_cjk(c) for c in passage)
    tokens = TokenForms()
    query = char_form(passage) if cjk else tokens.form(passage, None)
    if not query:
        return {}
    n = len(query)
    forms, owners = [], []
    for uid, (text, sentences, lang) in rows.items():
        for a, b in windows(text, sentences):
            form = char_form(text[a:b]) if cjk else tokens.form(text[a:b], lang)
            m = len(form)
            if m and 200 * min(n, m) / (n + m) >= min_score:     # else its length alone keeps it under
                forms.append(form)
                owners.append((uid, a, b))
    found = process.extract(query, forms, scorer=fuzz.ratio, processor=None, limit=None, score_cutoff=0)
    found.sort(key=lambda hit: -hit[1])
    best: dict[int, tuple[float, int, int]] = {}
    reordered = comparable(passage)
    for rank, (_form, score, i) in enumerate(found):
        uid, a, b = owners[i]
        if rank < RESCORE:                                        # clauses or words reordered
            score = max(score, fuzz.token_sort_ratio(reordered, comparable(rows[uid][0][a:b])))
        if score >= min_score and (uid not in best or score > best[uid][0]):
            best[uid] = (score, a, b)
    return best


def similar(conn: sqlite3.Connection, passage: str, *, min_score: float = 70, limit: int = 10,
            filters: Filters | None = None, snippet_width: int = 160) -> list[dict]:
    """Units holding a span resembling *passage* with a score ≥ *min_score*,
    best first; each with ``span`` (offsets into its text) and the snippet
    highlighting it."""
    ids = candidate_ids(conn, passage)
    if not ids:
        return []
    best = best_windows(passage, _scoring_rows(conn, ids), min_score)
    order = sorted(best.items(), key=lambda kv: (-kv[1][0], -kv[0]))
    units = fetch_units(conn, [uid for uid, _ in order])
    out = []
    for uid, (score, a, b) in order:
        unit = units[uid]
        if not _passes(unit, filters):
            continue
        snip = make_snippet(unit["text"], [(a, b)], max(snippet_width, b - a + 40))   # the whole span shows
        unit.update(score=round(score, 1), span=[a, b], snippet=snip.text,
                    highlights=[list(s) for s in snip.spans], _snippet=snip)
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
