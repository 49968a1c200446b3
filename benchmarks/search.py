"""Benchmark of the paragraph index and search (``councildoc index/search``).

Builds a synthetic corpus of N units (default 1,000,000) derived from the
bundled documents — the Chinese seed GB.340/INS/6 and the small English test
document — by recombining their clauses, substituting characters and words
and inserting numbers, so that vocabulary and paragraph lengths are realistic
and every unit differs. Then reports:

- index build rate (units/s, through the real indexer: tree → units →
  tokenised columns → SQLite), the time of the final 'optimize', index size;
- p50/p95 latency of 1-, 2-, 4-character Chinese queries, Latin-script
  queries and --similar, each beside a naive baseline measured in the same
  run on the same table: ``LIKE '%…%'`` (a full scan) for keywords, rapidfuzz
  over every unit for --similar; and the ratios.

Usage: python benchmarks/search.py [--units N] [--queries Q] [--naive-queries K] [--db PATH] [--keep]
"""
from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "corpus" / "samples" / "GB.340-INS-6.zh.txt"
ENGLISH = REPO / "tests" / "data" / "search" / "GB.999-INS-9.en.txt"

from rapidfuzz import fuzz, process  # noqa: E402

from councildoc.parser import parse_file  # noqa: E402
from councildoc.corpus.search.indexer import Writer, optimise  # noqa: E402
from councildoc.corpus.search.query import search  # noqa: E402
from councildoc.corpus.search.schema import open_index  # noqa: E402
from councildoc.corpus.search.similar import similar  # noqa: E402
from councildoc.corpus.search.units import tree_units  # noqa: E402

CJK = re.compile(r"[\u4e00-\u9fff]")


class Generator:
    """Synthetic documents from the clauses of the bundled ones."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        zh = [u.text for u in tree_units(parse_file(SEED))]
        en = [u.text for u in tree_units(parse_file(ENGLISH))]
        self.zh_clauses = [c for t in zh for c in re.split(r"[，。；]", t) if len(c) > 3]
        self.en_clauses = [c.strip() for t in en for c in re.split(r"[,.;:]", t) if len(c.strip()) > 8]
        self.zh_chars = [c for t in zh for c in t if CJK.match(c)]
        self.en_words = sorted({w for t in en for w in re.findall(r"[A-Za-zÀ-ÿ]+", t) if len(w) > 3})
        self.extra_words = [w + s for w in self.en_words for s in ("", "s", "ing", "ed")]

    def zh_text(self) -> str:
        rng = self.rng
        clauses = [list(rng.choice(self.zh_clauses)) for _ in range(rng.randint(2, 7))]
        for clause in clauses:                     # a few substituted characters: rare bigrams
            for _ in range(rng.randint(0, 2)):
                i = rng.randrange(len(clause))
                if CJK.match(clause[i]):
                    clause[i] = rng.choice(self.zh_chars)
        if rng.random() < 0.4:
            clauses.insert(rng.randrange(len(clauses) + 1), list(f"{rng.randint(1990, 2035)} 年"))
        return "，".join("".join(c) for c in clauses) + "。"

    def en_text(self) -> str:
        rng = self.rng
        words = []
        for _ in range(rng.randint(2, 6)):
            clause = rng.choice(self.en_clauses).split()
            for _ in range(rng.randint(0, 2)):
                clause[rng.randrange(len(clause))] = rng.choice(self.extra_words)
            words.append(" ".join(clause))
        return ", ".join(words) + f" ({rng.randint(1990, 2035)})."

    def tree(self, n: int, units: int) -> dict:
        """A minimal tree with *units* paragraphs and footnotes."""
        zh = self.rng.random() < 0.8
        text = self.zh_text if zh else self.en_text
        per_section = 8
        body, footnotes = [], []
        paragraphs = units - units // 5
        for s in range(0, paragraphs, per_section):
            children = [{"type": "paragraph", "id": f"p-{k}", "number": k, "text": text(), "spans": [],
                         "lines": [1, 1]} for k in range(s + 1, min(paragraphs, s + per_section) + 1)]
            body.append({"type": "section", "id": f"sec-{s}", "level": 1, "number": str(s // per_section + 1),
                         "heading": text()[:20], "children": children})
        for k in range(1, units - paragraphs + 1):
            footnotes.append({"id": f"fn-{k}", "number": k, "text": text(), "spans": [],
                              "cited_by": [f"p-{k}"]})
        session = 300 + n % 50
        return {"schema_version": "1.0", "symbol": f"GB.{session}/INS/{n}", "language": "zh" if zh else "en",
                "meta": {"session": session, "date": f"20{10 + n % 20}-03-01"}, "body": body,
                "footnotes": footnotes, "source": {"path": f"synthetic-{n}"}}


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return (time.perf_counter() - t) * 1000


def build(db: str, n_units: int, rng: random.Random, gen: Generator) -> tuple[list[tuple[int, str, str]], dict]:
    conn = open_index(db, write=True)
    writer = Writer(conn, batch_units=20000)
    done, doc, indexing = 0, 0, 0.0
    sample: list[tuple[str, str]] = []
    t0 = time.perf_counter()
    while done < n_units:
        size = min(rng.randint(40, 120), n_units - done)
        tree = gen.tree(doc, size)
        t = time.perf_counter()
        writer.add(tree)
        indexing += time.perf_counter() - t
        done += size
        doc += 1
        if rng.random() < 0.05:
            sample.extend((tree["language"], u.text) for u in tree_units(tree)[:3])
        if doc % 500 == 0:
            print(f"  … {done:,} units", file=sys.stderr, end="\r")
    t = time.perf_counter()
    writer.close()
    indexing += time.perf_counter() - t
    total = time.perf_counter() - t0
    t = time.perf_counter()
    optimise(conn)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    opt = time.perf_counter() - t
    conn.close()
    size = sum(os.path.getsize(p) for p in (db, db + "-wal") if os.path.exists(p))
    return sample, {"units": done, "documents": doc, "index_s": indexing, "total_s": total,
                    "optimize_s": opt, "bytes": size}


def reuse_sample(db: str, rng: random.Random, n: int = 3000) -> list[tuple[str, str]]:
    """Units of an existing index to draw queries from (with --reuse)."""
    conn = open_index(db)
    top = conn.execute("SELECT max(id) FROM units").fetchone()[0]
    ids = [rng.randint(1, top) for _ in range(n)]
    rows = conn.execute(f"SELECT d.language, u.text FROM units u JOIN documents d ON d.id = u.doc_id "
                        f"WHERE u.id IN ({','.join(map(str, ids))})").fetchall()
    conn.close()
    print(f"querying the existing index {db} ({top:,} units)", file=sys.stderr)
    return rows


def pick_queries(sample, rng: random.Random, q: int) -> dict[str, list[str]]:
    zh = [t for lang, t in sample if lang == "zh"]
    en = [t for lang, t in sample if lang == "en"]

    def cjk_substring(k: int) -> str:
        while True:
            t = rng.choice(zh)
            i = rng.randrange(max(1, len(t) - k))
            s = t[i:i + k]
            if len(s) == k and all(CJK.match(c) for c in s):
                return s

    def latin() -> str:
        words = re.findall(r"[A-Za-zÀ-ÿ]{4,}", rng.choice(en))
        return " ".join(rng.sample(words, min(len(words), rng.choice((1, 2)))))

    return {"zh 1 char": [cjk_substring(1) for _ in range(q)],
            "zh 2 chars": [cjk_substring(2) for _ in range(q)],
            "zh 4 chars": [cjk_substring(4) for _ in range(q)],
            "latin words": [latin() for _ in range(q)]}


def perturb(text: str, rng: random.Random) -> str:
    """Change, add and reorder: swap two clauses, replace a word/character, add a phrase."""
    sep = "，" if CJK.search(text) else ", "
    parts = [p for p in text.rstrip("。.").split(sep) if p]
    if len(parts) > 1:
        i, j = rng.sample(range(len(parts)), 2)
        parts[i], parts[j] = parts[j], parts[i]
    k = rng.randrange(len(parts))
    parts[k] = parts[k][: len(parts[k]) // 2] + ("有关" if sep == "，" else " various ") + parts[k][len(parts[k]) // 2 + 2:]
    parts.append("此外还需努力" if sep == "，" else "and more effort is needed")
    return sep.join(parts)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--units", type=int, default=1_000_000)
    ap.add_argument("--queries", type=int, default=40, help="indexed queries per class (default 40)")
    ap.add_argument("--naive-queries", type=int, default=5, help="naive scans per class (default 5)")
    ap.add_argument("--db", help="index file (default: a temporary folder, removed afterwards)")
    ap.add_argument("--keep", action="store_true", help="keep the index file")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--reuse", action="store_true",
                    help="query the existing index at --db instead of building one (queries only)")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    tmp = None
    if args.reuse and not (args.db and os.path.exists(args.db)):
        ap.error("--reuse needs --db PATH of an existing index")
    if args.reuse:
        db = args.db
    elif args.db:
        db = args.db
        for p in (db, db + "-wal", db + "-shm"):
            if os.path.exists(p):
                os.remove(p)
    else:
        tmp = tempfile.mkdtemp(prefix="councildoc-bench-")
        db = os.path.join(tmp, "bench.db")
    try:
        if args.reuse:
            sample = reuse_sample(db, rng)
        else:
            gen = Generator(rng)
            print(f"building an index of {args.units:,} synthetic units…", file=sys.stderr)
            sample, b = build(db, args.units, rng, gen)
            print(f"\nindex: {b['units']:,} units in {b['documents']:,} documents; "
                  f"build {b['units'] / b['index_s']:,.0f} units/s ({b['index_s']:.1f} s in the indexer, "
                  f"{b['total_s']:.1f} s with corpus generation), optimize {b['optimize_s']:.1f} s, "
                  f"size {b['bytes'] / 1e6:,.0f} MB ({b['bytes'] / b['units']:,.0f} bytes/unit)")
        conn = open_index(db)
        queries = pick_queries(sample, rng, args.queries)
        print(f"\n{'query class':<14}{'p50 ms':>9}{'p95 ms':>9}{'naive p50':>11}{'naive p95':>11}"
              f"{'ratio p50':>11}  (naive: LIKE '%…%' full scan; matches = median units matched)")
        for name, qs in queries.items():
            fast, matched = [], []
            for q in qs:
                t = time.perf_counter()
                out = search(conn, q, limit=20)
                fast.append((time.perf_counter() - t) * 1000)
                matched.append(out.matched)
            naive = [timed(lambda q=q: conn.execute("SELECT id FROM units WHERE text LIKE ?",
                                                    (f"%{q}%",)).fetchall())
                     for q in qs[: args.naive_queries]]
            print(f"{name:<14}{percentile(fast, .5):>9.2f}{percentile(fast, .95):>9.2f}"
                  f"{percentile(naive, .5):>11.1f}{percentile(naive, .95):>11.1f}"
                  f"{percentile(naive, .5) / percentile(fast, .5):>10.0f}×"
                  f"  matches {statistics.median(matched):,.0f} (all ranked)")
        # --similar: perturbed copies of indexed units; naive = rapidfuzz over every unit
        targets = rng.sample(sample, min(args.queries, len(sample)))
        fast, found = [], 0
        for _lang, text in targets:
            passage = perturb(text, rng)
            t = time.perf_counter()
            res = similar(conn, passage, min_score=50, limit=5)
            fast.append((time.perf_counter() - t) * 1000)
            found += bool(res) and res[0]["text"] == text
        all_texts = [r[0] for r in conn.execute("SELECT text FROM units")]
        naive = [timed(lambda p=perturb(text, rng): process.extract(p, all_texts, scorer=fuzz.ratio, limit=5))
                 for _lang, text in targets[: max(1, min(3, args.naive_queries))]]
        print(f"{'--similar':<14}{percentile(fast, .5):>9.2f}{percentile(fast, .95):>9.2f}"
              f"{percentile(naive, .5):>11.1f}{percentile(naive, .95):>11.1f}"
              f"{percentile(naive, .5) / percentile(fast, .5):>10.0f}×"
              f"  (naive: rapidfuzz ratio over all {len(all_texts):,} units); "
              f"perturbed unit found first: {found}/{len(targets)}")
        conn.close()
    finally:
        if tmp and not args.keep and not args.reuse:
            shutil.rmtree(tmp, ignore_errors=True)
        elif args.keep and not args.reuse:
            print(f"index kept: {db}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
