"""``councildoc check PATH...``: footnotes, links and references of documents,
alone or against a corpus, optionally with the external URLs fetched."""
from __future__ import annotations

import argparse
import json
import os
import sys
import time

from ..check.findings import CODES, Finding, has_errors, sort_key, strict
from ...parser.errors import UsageError
from ..output import write_atomic
from .options import add_parse_options

NAME = "check"
HELP = "check footnotes, links and references of documents (offline; --online fetches URLs)"
DESCRIPTION = """\
Check the footnotes, links and references of council documents before they are
published, or of a whole corpus in an audit.

PATH is a document (.txt/.md, .docx, .html), a tree JSON file written by
'councildoc parse', or a folder of either (searched recursively). Findings
give the line of a text or HTML document, the paragraph of a .docx (its
position in the document body, shown as ¶N), and the tree node id. For a tree,
findings name the source document recorded in the tree when it is at hand
(same content), else the tree file (by node id).

Checked in every run (no network):
  footnotes   marker without body, body never cited, numbers out of order,
              duplicated or skipped, empty body, marker inside a heading (or a
              table of a plain-text document), a marker cited again later;
  links       empty or placeholder targets such as (#), malformed URLs, '#id'
              anchors naming no node, link text naming one document symbol while
              the target names another;
  references  paragraphs, appendices and footnotes of the same document that
              do not exist ('第 50 段' in a 47-paragraph document).

With --corpus DIR (a folder of documents or trees) each citation of another
council document (GB.…, ILC.…, UN symbols) that the corpus does not hold is
reported with the nearest symbols it does hold, a reference into a document
the corpus holds ('GB.341/INS/7 号文件第 53 段') is checked against that
document's paragraphs and appendices, and the corpus picture (who
cites whom, what is cited but missing) is printed (text format) or written to
--graph FILE as JSON. --corpus DB takes the SQLite index built by
'councildoc index' instead (its documents' symbols; the picture then covers
the citations of the checked documents only).

With --online every external http(s) URL is fetched: HEAD, then GET when HEAD is
refused; redirects followed and reported; transient failures (5xx, connection
reset) retried (--retries); at most --connections requests at a time and one
request per --rate seconds per host; results cached (--cache FILE, default in
the user cache folder) for --cache-ttl seconds so a re-run is fast (failures
that may pass, 5xx answers and hosts that cannot be reached, are not cached
and are only warnings: with no network, every URL is url-unreachable, a
warning, and one line says the machine looks offline).

Each finding has a file, line, node id, code, level (error, warning, info), a
message and, when there is one, a suggestion (--list-codes lists the codes).
Output: --format text (grouped by file), json (one object per line) or sarif
(SARIF 2.1.0, for code-hosting CI).

Exit status: 0 no error-level finding; 1 at least one (with --strict, warnings
count as errors), an input could not be read, or the report or --graph file
cannot be written; 2 bad usage.

examples:
  councildoc check corpus/samples/GB.340-INS-6.zh.txt
  councildoc check docs/ --corpus docs/ --graph citations.json
  councildoc check trees/ --format sarif -o check.sarif --strict
  councildoc check doc.txt --online --cache .linkcache.json
"""


class _ListCodes(argparse.Action):
    """Print every finding code with its meaning, and exit (like --version)."""

    def __init__(self, option_strings, dest, **kw):
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kw)

    def __call__(self, parser, namespace, values, option_string=None):
        width = max(map(len, CODES))
        sys.stdout.write("".join(f"{code:<{width}}  {text}\n" for code, text in CODES.items()))
        parser.exit(0)


def add_arguments(p) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="documents, tree JSON files, or folders of them")
    p.add_argument("--list-codes", action=_ListCodes, help="list the finding codes and what they mean, and exit")
    p.add_argument("--corpus", metavar="DIR|DB", help="check citations of other documents against this corpus")
    p.add_argument("--graph", metavar="FILE", help="with --corpus: write who-cites-whom and cited-but-missing as JSON")
    p.add_argument("--online", action="store_true", help="fetch every external URL (off by default)")
    p.add_argument("--format", dest="fmt", choices=["text", "json", "sarif"], default="text",
                   help="text for people (default), json lines for scripts, sarif for CI")
    p.add_argument("-o", "--output", metavar="OUT", help="write the report here (atomically) instead of standard output")
    p.add_argument("--strict", action="store_true", help="treat warnings as errors (level and exit status)")
    p.add_argument("--ignore", action="append", default=[], metavar="CODE[,CODE…]",
                   help="leave out findings with these codes (repeatable; see --list-codes)")
    p.add_argument("--jobs", type=int, default=min(4, os.cpu_count() or 1), metavar="N",
                   help="documents parsed in parallel (default: %(default)s)")
    add_parse_options(p)
    g = p.add_argument_group("online checking")
    g.add_argument("--connections", type=int, default=8, metavar="N", help="requests in flight at once (default: 8)")
    g.add_argument("--timeout", type=float, default=10.0, metavar="SEC", help="seconds to wait for an answer (default: 10)")
    g.add_argument("--retries", type=int, default=1, metavar="N", help="retries of a transient failure (default: 1)")
    g.add_argument("--retry-wait", type=float, default=1.0, metavar="SEC",
                   help="seconds before a retry, times the attempt number (default: 1)")
    g.add_argument("--rate", type=float, default=0.5, metavar="SEC",
                   help="minimum seconds between two requests to one host (default: 0.5)")
    g.add_argument("--cache", metavar="FILE",
                   help="cache of results (default: links.json in $XDG_CACHE_HOME/councildoc or ~/.cache/councildoc)")
    g.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    g.add_argument("--cache-ttl", type=float, default=86400, metavar="SEC",
                   help="seconds a cached result stays valid (default: 86400)")


def _validate(args) -> None:
    for name in ("jobs", "connections"):
        if getattr(args, name) < 1:
            raise UsageError(f"--{name} must be at least 1")
    if args.timeout <= 0:
        raise UsageError("--timeout must be positive")
    if min(args.retries, args.retry_wait, args.rate, args.cache_ttl) < 0:
        raise UsageError("--retries, --retry-wait, --rate and --cache-ttl cannot be negative")
    if args.graph and not args.corpus:
        raise UsageError("--graph needs --corpus")
    if args.corpus and not os.path.exists(args.corpus):
        raise UsageError(f"--corpus {args.corpus}: no such folder or database")
    if not args.online and (args.cache or args.no_cache):
        raise UsageError("--cache and --no-cache only make sense with --online")
    args.ignore = {c.strip() for item in args.ignore for c in item.split(",") if c.strip()}
    unknown = sorted(args.ignore - set(CODES))
    if unknown:
        raise UsageError(f"--ignore: unknown code {', '.join(unknown)} (see --list-codes)")


def _analyse_all(entries: list[tuple[str, bool]], jobs: int, lang: str | None = None,
                 encoding: str | None = None) -> list:
    """Reports for (path, found in a folder) entries, in order; foreign JSON
    files found in folders are dropped."""
    from ..check.checker import analyse          # here, like every check: --help need not load them
    paths = [p for p, _ in entries]
    flags = [f for _, f in entries]
    if jobs <= 1 or len(paths) < 4:
        reports = [analyse(p, f, lang, encoding) for p, f in entries]
    else:
        from concurrent.futures import ProcessPoolExecutor
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            n = len(paths)
            reports = list(pool.map(analyse, paths, flags, [lang] * n, [encoding] * n, chunksize=4))
    return [r for r in reports if not r.skipped]


def _load_corpus(spec: str, checked: list, jobs: int, encoding: str | None = None):
    """The corpus of --corpus (a folder of documents or trees, or an index file)."""
    from ..check import corpus_refs
    from ..check.inputs import expand_marked
    if corpus_refs.is_database(spec):
        try:
            return corpus_refs.corpus_from_db(spec)
        except LookupError as e:
            raise UsageError(f"--corpus {spec}: {e}") from None
    if not os.path.isdir(spec):
        raise UsageError(f"--corpus {spec}: neither a folder nor a SQLite database")
    entries = expand_marked([spec])
    already = {os.path.realpath(r.path): r for r in checked}
    reports = [already[os.path.realpath(f)] for f, _ in entries if os.path.realpath(f) in already]
    # the corpus's documents are in many languages: --encoding applies to them, --lang does not
    reports += _analyse_all([e for e in entries if os.path.realpath(e[0]) not in already], jobs, encoding=encoding)
    corpus = corpus_refs.corpus_from_reports(reports)
    if corpus.errors:
        print(f"councildoc check: warning: {len(corpus.errors)} file(s) of the corpus could not be read "
              f"and are left out, e.g. {corpus.errors[0]}", file=sys.stderr)
    return corpus


def run(args) -> int:
    from ..check import corpus_refs, online
    from ..check.checker import relocate
    from ..check.formats import render
    from ..check.inputs import expand_marked
    _validate(args)
    entries = expand_marked(args.paths)
    reports = _analyse_all(entries, args.jobs, args.lang, args.encoding)
    if not reports:
        raise UsageError("no documents or trees found in " + ", ".join(args.paths))
    findings: list[Finding] = []
    for r in reports:
        if r.error:
            print(f"councildoc: error: {r.error}", file=sys.stderr)
            findings.append(Finding(r.path, None, None, "input-unreadable", "error", r.error))
        findings.extend(r.findings)

    extra_text = ""
    if args.corpus:
        corpus = _load_corpus(args.corpus, reports, args.jobs, args.encoding)
        for r in reports:
            if not r.error:
                findings.extend(corpus_refs.check(r, corpus))
        graph = corpus_refs.citation_graph(reports, corpus)
        if args.graph:
            write_atomic(args.graph, json.dumps(graph, ensure_ascii=False, indent=1) + "\n")
        extra_text = corpus_refs.graph_text(graph)

    if args.online:
        cache = None if args.no_cache else online.ResultCache(args.cache or online.default_cache_path(), args.cache_ttl)
        fetcher = online.Fetcher(timeout=args.timeout, retries=args.retries, retry_delay=args.retry_wait,
                                 limiter=online.HostRateLimiter(args.rate))
        urls = [u for r in reports for u, _ in r.urls]
        t0 = time.perf_counter()
        results = online.check_urls(urls, fetcher, cache, args.connections)
        cached = sum(1 for res in results.values() if res.cached)
        print(f"councildoc check: {len(results)} URLs checked online ({cached} from cache) "
              f"in {time.perf_counter() - t0:.2f} s", file=sys.stderr)
        offline = online.offline_warning(results)
        if offline:
            print(f"councildoc check: warning: {offline}", file=sys.stderr)
        for r in reports:
            findings.extend(online.findings_for(r, results))

    findings = [f for f in relocate(findings, reports) if f.code not in args.ignore]
    if args.strict:
        findings = strict(findings)
    findings.sort(key=sort_key)
    text = render(findings, args.fmt, len(reports))
    if args.fmt == "text" and extra_text:
        text = text + "\n" + extra_text
    if args.output:
        write_atomic(args.output, text)
    else:
        sys.stdout.write(text)
        sys.stdout.flush()
    return 1 if has_errors(findings) else 0

