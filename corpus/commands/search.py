"""``councildoc search QUERY``: ranked paragraphs, footnotes and table rows and headers
from the index; ``--similar PASSAGE`` for translation-memory fuzzy matches."""
from __future__ import annotations

import json
import os
import sys

from ...parser.errors import UsageError
from ..search.query import SCOPES, Filters, QueryError, search
from ..search.schema import DEFAULT_DB, IndexProblem, open_index
from .options import language_argument

NAME = "search"
HELP = "search the index: keywords (Chinese or Latin script) or --similar passages"
DESCRIPTION = f"""\
Search the paragraphs, list items, footnotes, table rows, captions and
headers indexed by 'councildoc index'. Each result shows its citation (GB.340/INS/6 ¶29), the
headings of its sections and a snippet with the matches highlighted.

Query syntax:
  words            all must match; Latin script ignores case and accents
  "a phrase"       words in this order (also “…” or 「…」)
  A OR B           either term
  educat*          words starting with 'educat'
  发 / 供资 / 驻地协调员   Chinese matches any run of characters, one included
Other punctuation is ignored (never an error). A query starting with '-'
goes after '--': councildoc search -- -word.

Latin-script words match their other forms (refugee finds refugees, décision
finds décisions: English, French and Spanish stems); a quoted phrase matches
exactly. Spaces between Chinese characters are ignored. Table headers and
captions are searched too (cited as table-6 header).

Ranking: BM25 (term frequency, rarity and length) over every matching unit.

--similar PASSAGE finds the units with a sentence, or two or three
consecutive sentences (or clauses), that say nearly the same thing (words
changed, added or reordered), scored 0-100 like a translation memory; the
matching span is highlighted (with --json: span, offsets into text).

With --json, standard output is a JSON array; each result has symbol,
language, session, date, kind, node (p-29, p-9-a, fn-10, table-1), number,
label, citation, path (section headings), score (higher is better), snippet
(plain text) and highlights ([start, end] offsets into snippet), and text;
with --similar also span ([start, end] offsets into text).

Exit status: 0 results found; 1 no results (said on standard error);
2 bad query, bad usage or no index.

examples:
  councildoc search 驻地协调员
  councildoc search 供资 --symbol 'GB.340/*' --in paragraphs
  councildoc search '"decent work" country' --lang en --json
  councildoc search --similar "联合国会员国继续将注意力集中在潜在的增效节支上" --min-score 60
"""

COLOURS = ("\x1b[1;31m", "\x1b[0m")
PIPE_MARKS = ("«", "»")


def add_arguments(p) -> None:
    p.add_argument("query", nargs="?", metavar="QUERY", help="words, \"phrases\", Chinese text")
    p.add_argument("--similar", metavar="PASSAGE", help="find units resembling this passage instead")
    p.add_argument("--min-score", type=float, default=70, metavar="N",
                   help="with --similar: lowest score shown, 0-100 (default 70)")
    p.add_argument("--db", default=DEFAULT_DB, metavar="PATH", help=f"the index file (default: ./{DEFAULT_DB})")
    p.add_argument("--lang", metavar="CODE", type=language_argument, help="only documents in this language (zh, en, fr…)")
    p.add_argument("--symbol", metavar="GLOB", help="only documents whose symbol matches, e.g. 'GB.340/*'")
    p.add_argument("--session", type=int, metavar="N", help="only documents of this session")
    p.add_argument("--in", dest="scope", choices=list(SCOPES), default="all",
                   help="search paragraphs (and items), footnotes, tables, or all (default)")
    p.add_argument("--limit", type=int, default=20, metavar="N", help="at most N results (default 20)")
    p.add_argument("--json", action="store_true", help="print a JSON array for programs")
    p.add_argument("--color", choices=["auto", "always", "never"], default="auto",
                   help="highlight with colour (default: when standard output is a terminal)")


def _marks(args) -> tuple[str, str]:
    if args.color == "always" or (args.color == "auto" and sys.stdout.isatty() and not os.environ.get("NO_COLOR")):
        return COLOURS
    return PIPE_MARKS


def _print_people(results: list[dict], marks: tuple[str, str]) -> None:
    for i, r in enumerate(results, 1):
        print(f"{i}. {r['citation']}  [{r['language']}]  score {r['score']}")
        if r["path"]:
            print("   " + " › ".join(r["path"]))
        print("   " + r["_snippet"].render(*marks))


def run(args) -> int:
    if args.query is not None and args.similar is not None:
        raise UsageError("give either QUERY or --similar PASSAGE, not both")
    if args.query is None and args.similar is None:
        raise UsageError("nothing to search for: give QUERY or --similar PASSAGE")
    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    if not 0 <= args.min_score <= 100:
        raise UsageError("--min-score must be between 0 and 100")
    try:
        conn = open_index(args.db)
    except IndexProblem as e:
        raise UsageError(str(e)) from None
    filters = Filters(args.lang, args.symbol, args.session, args.scope)
    what = args.query if args.similar is None else args.similar
    try:
        if args.similar is not None:
            from ..search.similar import similar       # here: rapidfuzz only for --similar
            results = similar(conn, args.similar, min_score=args.min_score, limit=args.limit, filters=filters)
            summary = (f"{len(results)} similar unit(s) scoring {args.min_score:g} or more" if results else
                       f"no indexed unit scores {args.min_score:g} or more against this passage "
                       f"(try a lower --min-score)")
        else:
            outcome = search(conn, args.query, filters=filters, limit=args.limit)
            results = outcome.results
            if results:
                summary = f"{outcome.matched} unit(s) match; showing {len(results)}"
            else:
                summary = f"no matches for {what!r}{_filter_note(filters)}"
            if outcome.ignored:
                summary += f" (ignored, nothing to search in: {' '.join(outcome.ignored)})"
    except QueryError as e:
        raise UsageError(f"{e}: {what!r}") from None
    finally:
        total = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        conn.close()
    if total == 0:
        summary += f" ({args.db} holds no documents yet)"
    if args.json:
        clean = [{k: v for k, v in r.items() if not k.startswith("_")} for r in results]
        sys.stdout.write(json.dumps(clean, ensure_ascii=False, indent=1) + "\n")
    else:
        _print_people(results, _marks(args))
    sys.stdout.flush()
    print(summary, file=sys.stderr)
    return 0 if results else 1


def _filter_note(f: Filters) -> str:
    parts = [f"{k} {v}" for k, v in (("--lang", f.lang), ("--symbol", f.symbol), ("--session", f.session))
             if v is not None]
    if f.scope != "all":
        parts.append(f"--in {f.scope}")
    return f" with {', '.join(parts)}" if parts else ""
