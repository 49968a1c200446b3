"""The checker's cost, beside baselines measured in the same run.

1. Offline: parse the seed (the baseline, which every check must do) vs parse
   + all offline checks. The checks should add little to the parse.
2. Online: N URLs on a local server (127.0.0.1, port chosen by the system)
   that answers after a fixed latency, as a slow remote host would:
   one connection at a time with no cache (the baseline), --connections 8 with
   no cache, and a re-run with a warm cache. The per-host rate limit is off
   here (one local host; with it on, a single host is paced by --rate anyway).

    python benchmarks/check.py [--urls N] [--latency SEC] [--repeat N]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _timing import median_seconds, ms  # noqa: E402

from councildoc.corpus.check.checker import check_tree  # noqa: E402
from councildoc.corpus.check.online import Fetcher, HostRateLimiter, ResultCache, check_urls  # noqa: E402
from councildoc.parser import parse_file  # noqa: E402

SEED = Path(__file__).resolve().parents[1] / "corpus" / "samples" / "GB.340-INS-6.zh.txt"


def _server(latency: float) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def do_HEAD(self):
            time.sleep(latency)
            self.send_response(200 if not self.path.endswith("/gone") else 404)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


def _timed(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--urls", type=int, default=40)
    ap.add_argument("--latency", type=float, default=0.05)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    # the machine is shared: the parse baseline is measured before and after, the lower kept
    parse = median_seconds(lambda: parse_file(SEED), repeat=20)
    parse = min(parse, median_seconds(lambda: parse_file(SEED), repeat=20))
    tree = parse_file(SEED)
    checks = median_seconds(lambda: check_tree(tree, "seed"), repeat=20)
    print("offline, the seed (median of 20):")
    print(f"  parse (baseline)      {ms(parse)}")
    print(f"  checks alone          {ms(checks)}   {checks / parse:5.2f}x the parse")

    httpd = _server(args.latency)
    base = f"http://127.0.0.1:{httpd.server_port}"
    urls = [f"{base}/doc/{i}" + ("/gone" if i % 10 == 0 else "") for i in range(args.urls)]
    fetcher = Fetcher(timeout=5, retries=1, retry_delay=0.1, limiter=HostRateLimiter(0))
    sequential = _timed(lambda: check_urls(urls, fetcher, None, connections=1), args.repeat)
    pooled = _timed(lambda: check_urls(urls, fetcher, None, connections=8), args.repeat)
    with tempfile.TemporaryDirectory() as d:
        cache_path = Path(d) / "links.json"
        check_urls(urls, fetcher, ResultCache(cache_path), connections=8)       # fill the cache
        cached = _timed(lambda: check_urls(urls, fetcher, ResultCache(cache_path), connections=8), args.repeat)
    httpd.shutdown()
    print(f"online, {args.urls} URLs, {args.latency * 1000:.0f} ms per answer (median of {args.repeat}):")
    print(f"  1 connection, no cache (baseline) {ms(sequential)}")
    print(f"  8 connections, no cache           {ms(pooled)}   {sequential / pooled:6.1f}x faster")
    print(f"  re-run with a warm cache          {ms(cached)}   {sequential / cached:6.1f}x faster")


if __name__ == "__main__":
    main()
