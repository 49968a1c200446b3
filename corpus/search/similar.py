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
4. the ``MAX_CANDIDATES`` best-voted candidates are shortlisted by how much
   of the passage each holds in order (``SCORED`` kept), and their windows
   are scored with rapidfuzz.

Score, 0–100, as in a translation memory, comparable across queries: the
best rapidfuzz similarity (normalised Indel) between the passage and a
*window* of a candidate (a sentence, two or three consecutive sentences, one
to three clauses of a sentence, or the whole unit; see ``windows``),
character level for CJK passages and token level (stems) for Latin-script
ones; each window is also compared with its clauses and the passage's
sorted, so reordered clauses cost little. The window is the result's
``span``, highlighted in its snippet. Windows whose length alone caps the
similarity under *min_score* are never scored. Filters apply to the scored
units, so with a narrow filter fewer than *limit* results may come back.
"""
from __future__ import annotations

import sqlite3
from collections import Counter
from itertools import accumulate

from rapidfuzz import fuzz, process

from .indexer import parse_sentence_spans
from .query import Filters, QueryError, fetch_units
from .snippet import make_snippet
from .tokenise import is_cjk, passage_tokens, token_expression as _quoted
from ..sentences import segment
from .windows import Forms, atoms, windows

PROBE_CAP = 300
MAX_PROBES = 32
RARE_TOKENS = 12
MAX_CANDIDATES = 1500        # best-voted candidates, shortlisted by coverage
SCORED = 200                 # shortlisted candidates whose windows are scored


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
    """Text, sentence spans (as stored) and document language of each candidate."""
    out = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for uid, text, sentences, lang in conn.execute(
                f"SELECT u.id, u.text, u.sentences, d.language FROM units u JOIN documents d ON d.id = u.doc_id "
                f"WHERE u.id IN ({','.join('?' * len(chunk))})", chunk):
            out[uid] = (text, sentences, lang)
    return out


def _shortlist(passage: str, rows: dict, keep: int) -> list[int]:
    """The *keep* candidates holding most of the passage in order: the length
    of the longest common subsequence of their texts over the passage's
    length, derived from rapidfuzz's Indel ratio (C, fast; on the texts as
    they are, a close enough guide for a shortlist)."""
    n = len(passage)
    if len(rows) <= keep or not n:
        return list(rows)
    texts = {uid: row[0] for uid, row in rows.items()}
    covered = {}
    for text, ratio, uid in process.extract(passage, texts, scorer=fuzz.ratio, processor=None, limit=None):
        covered[uid] = ratio * (n + len(text)) / (200 * n)
    return sorted(covered, key=lambda uid: -covered[uid])[:keep]


def best_windows(passage: str, rows: dict, min_score: float) -> dict[int, tuple[float, int, int]]:
    """For each unit scoring at least *min_score*, its best window:
    ``(score, start, end)``. A window scores the higher of the similarity of
    its form and that of its clauses sorted (clauses reordered)."""
    cjk = any(is_cjk(c) for c in passage)
    forms = Forms(cjk)
    spans, _bounds = atoms(passage, segment(passage, "zh" if cjk else "en"))
    pieces = forms.clauses(passage, spans, None)
    query, query_sorted = "".join(pieces), "".join(sorted(pieces))
    n = len(query)
    if not n:
        return {}
    choices, sorted_choices, owners = [], [], []
    for uid, (text, sentences, lang) in rows.items():
        spans, bounds = atoms(text, parse_sentence_spans(sentences))
        pieces = forms.clauses(text, spans, lang)
        ends = list(accumulate(map(len, pieces), initial=0))     # clause k is form[ends[k]:ends[k + 1]]
        form = "".join(pieces)
        for i, j in windows(bounds):
            m = ends[j + 1] - ends[i]
            if m and 200 * min(n, m) / (n + m) >= min_score:     # else its length alone keeps it under
                choices.append(form[ends[i]:ends[j + 1]])
                sorted_choices.append("".join(sorted(pieces[i:j + 1])) if j > i else choices[-1])
                owners.append((uid, spans[i][0], spans[j][1]))
    best: dict[int, tuple[float, int, int]] = {}
    for q, c in ((query, choices), (query_sorted, sorted_choices)):
        for _form, score, k in process.extract(q, c, scorer=fuzz.ratio, processor=None, limit=None,
                                               score_cutoff=min_score):
            uid, a, b = owners[k]
            held = best.get(uid)
            if held is None or score > held[0] or (score == held[0] and b - a < held[2] - held[1]):
                best[uid] = (score, a, b)             # ties: the shorter span
    return best


def similar(conn: sqlite3.Connection, passage: str, *, min_score: float = 70, limit: int = 10,
            filters: Filters | None = None, snippet_width: int = 160) -> list[dict]:
    """Units holding a span resembling *passage* with a score ≥ *min_score*,
    best first; each with ``span`` (offsets into its text) and the snippet
    highlighting it."""
    ids = candidate_ids(conn, passage)
    if not ids:
        return []
    rows = _scoring_rows(conn, ids)
    best = best_windows(passage, {uid: rows[uid] for uid in _shortlist(passage, rows, SCORED)}, min_score)
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
