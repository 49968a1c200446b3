"""Benchmark of the web app (``councildoc serve``) beside the functions it wraps.

1. Search pages on a big index (default 1,000,000 units, built with the
   synthetic generator of ``benchmarks/search.py``, or an existing index with
   ``--reuse --db PATH``): the server time of ``/search?q=…`` (the app's
   ``Server-Timing`` header: parameters, search, counts per document,
   template) beside ``search()`` alone (what ``councildoc search`` runs) on
   the same queries in the same run; p50, p95 and their ratio.
2. A document page: the 505 KB real .docx A/80/6 (Sect. 3)/Add.1 (from
   ../shared/peer/un/, when present) indexed into a small index; server time
   of its page, first request (tree read from the index) and following ones,
   beside ``render_html`` alone on the same tree (the export renderer).

Usage: python benchmarks/web.py [--units N] [--queries Q] [--db PATH] [--reuse] [--keep]
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlencode

HERE = Path(__file__).resolve().parent
# benchmarks/docx.py would shadow python-docx: this folder off the import path
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]


def _search_benchmark():
    """benchmarks/search.py as a module (its generator and helpers), loaded by path."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("search_benchmark", HERE / "search.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_bench = _search_benchmark()
Generator, build, percentile, pick_queries, reuse_sample = (
    _bench.Generator, _bench.build, _bench.percentile, _bench.pick_queries, _bench.reuse_sample)

from councildoc.corpus.search import index_tree, open_index  # noqa: E402
from councildoc.corpus.search.query import search  # noqa: E402
from councildoc.parser import parse_file  # noqa: E402

DOCX = HERE.parent.parent / "shared" / "peer" / "un" / "un-mandates__A_80_6_Sect.3_Add.1.docx"


def client_for(db: str):
    import warnings
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    from starlette.testclient import TestClient
    from councildoc.corpus.web.app import create_app
    return TestClient(create_app(db))


def server_ms(response) -> float:
    """The app's own time for *response*, from its Server-Timing header."""
    value = response.headers["server-timing"]
    return float(value.split("dur=")[1])


def search_pages(db: str, sample, rng: random.Random, n: int) -> None:
    queries = pick_queries(sample, rng, n)
    client = client_for(db)
    conn = open_index(db)
    print(f"\n{'query class':<14}{'first p50':>10}{'page p50':>10}{'page p95':>10}{'search p50':>12}"
          f"{'search p95':>12}{'page/search':>13}")
    for name, qs in queries.items():
        first, pages, plain = [], [], []
        for q in qs:
            url = "/search?" + urlencode({"q": q})
            r = client.get(url)                 # first: the query's index pages not yet in memory
            assert r.status_code == 200, (q, r.status_code)
            first.append(server_ms(r))
            t = time.perf_counter()
            search(conn, q, limit=20)
            plain.append((time.perf_counter() - t) * 1000)
            pages.append(server_ms(client.get(url)))
        p50, s50 = percentile(pages, .5), percentile(plain, .5)
        print(f"{name:<14}{percentile(first, .5):>10.1f}{p50:>10.1f}{percentile(pages, .95):>10.1f}{s50:>12.1f}"
              f"{percentile(plain, .95):>12.1f}{p50 / s50:>12.2f}×")
    print("(ms; first = server time of the first /search of a query, page = the same page again after "
          "search() alone ran it: both on the same warm index pages)")
    conn.close()
    client.close()


def document_page(tmp: str, repeat: int = 15) -> None:
    if not DOCX.exists():
        print(f"\ndocument page: {DOCX.name} not found (../shared/peer/un/); skipped")
        return
    from councildoc.corpus.export.html import render_html
    db = os.path.join(tmp, "doc.db")
    tree = parse_file(DOCX)
    conn = open_index(db, write=True)
    index_tree(conn, tree, source=DOCX.name)
    conn.close()
    client = client_for(db)
    url = (f"/doc/{tree['symbol']}" if tree.get("symbol") else
           "/source?" + urlencode({"path": DOCX.name, "lang": tree["language"]}))
    first = client.get(url)
    assert first.status_code == 200, first.text[:300]
    warm = []
    for _ in range(repeat):
        warm.append(server_ms(client.get(url)))
    renders = []
    for _ in range(repeat):
        t = time.perf_counter()
        render_html(tree, standalone=False)
        renders.append((time.perf_counter() - t) * 1000)
    client.close()
    p50, r50 = percentile(warm, .5), percentile(renders, .5)
    print(f"\ndocument page {DOCX.name} ({DOCX.stat().st_size / 1000:.0f} KB .docx, "
          f"{len(first.content) / 1000:.0f} KB of HTML): first request {server_ms(first):.1f} ms, "
          f"then p50 {p50:.1f} ms, p95 {percentile(warm, .95):.1f} ms; "
          f"render_html alone p50 {r50:.1f} ms (page/render {p50 / r50:.2f}×)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--units", type=int, default=1_000_000)
    ap.add_argument("--queries", type=int, default=40, help="queries per class (default 40)")
    ap.add_argument("--db", help="index file (default: a temporary folder, removed afterwards)")
    ap.add_argument("--reuse", action="store_true", help="query the existing index at --db instead of building one")
    ap.add_argument("--keep", action="store_true", help="keep the index file")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    if args.reuse and not (args.db and os.path.exists(args.db)):
        ap.error("--reuse needs --db PATH of an existing index")
    tmp = tempfile.mkdtemp(prefix="councildoc-web-bench-")
    db = args.db or os.path.join(tmp, "bench.db")
    try:
        if args.reuse:
            sample = reuse_sample(db, rng)
        else:
            for p in (db, db + "-wal", db + "-shm"):
                if os.path.exists(p):
                    os.remove(p)
            print(f"building an index of {args.units:,} synthetic units…", file=sys.stderr)
            sample, b = build(db, args.units, rng, Generator(rng))
            print(f"index: {b['units']:,} units in {b['documents']:,} documents, "
                  f"{b['bytes'] / 1e6:,.0f} MB (trees stored for the reader included)")
        search_pages(db, sample, rng, args.queries)
        document_page(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True) if not args.keep else print(f"kept: {tmp}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
