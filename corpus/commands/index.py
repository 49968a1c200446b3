"""``councildoc index SOURCE...``: put documents into the search index."""
from __future__ import annotations

import sys
from pathlib import Path

from ..cli import UsageError
from .options import add_parse_options
from ..search.schema import DEFAULT_DB, IndexProblem, open_index
from ..batch.progress import Progress, choose_mode

#: documents are committed together up to this many units (each one atomically, under a savepoint)
BATCH_UNITS = 5000

NAME = "index"
HELP = "add documents (trees or documents) to the search index"
DESCRIPTION = """\
Index the paragraphs, list items, footnotes, table rows, captions and headers
of documents, with their sentences, into an SQLite file (default
./councildoc.db) for 'councildoc search'. An index written by an older
version of councildoc is refused: delete it and index again.

SOURCE may be a tree written by 'councildoc parse' (.json), a JSONL file of
trees (one per line), a document (.txt, .md, .docx, .html: parsed on the fly),
or a folder of any of these (searched recursively).

A document already in the index (same symbol and language, or same source
path when it has no symbol) is REPLACED, in one transaction; an identical tree
is skipped unless --force. Every document goes in whole or not at all, and
work is committed every few thousand units (and when interrupted): an
interrupted run leaves a consistent index, and searches keep working while
the index is being updated.

Progress is shown as for 'convert': a bar with rate and time left on a
terminal, a line every few seconds in a pipe or CI log, nothing with --quiet;
errors (one line per file) and the summary are always printed; --verbose adds
one line per document.

Exit status: 0 all indexed; 1 some sources failed (each named on standard
error, the others indexed); 2 bad usage or unusable index file.

examples:
  councildoc index corpus/samples/
  councildoc index out/*.json --db gb.db
  councildoc index batch.jsonl --db gb.db --optimize
"""


def add_arguments(p) -> None:
    p.add_argument("sources", nargs="+", metavar="SOURCE", help="tree .json, .jsonl, document, or folder")
    p.add_argument("--db", default=DEFAULT_DB, metavar="PATH", help=f"the index file (default: ./{DEFAULT_DB})")
    p.add_argument("--force", action="store_true", help="re-index documents even when their tree is unchanged")
    p.add_argument("--optimize", action="store_true",
                   help="merge the full-text index afterwards (slower run, faster searches)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("-q", "--quiet", action="store_true", help="print only errors and the summary (no progress)")
    out.add_argument("-v", "--verbose", action="store_true",
                     help="also print one line per document (its symbol, language and units)")
    add_parse_options(p)


def _outcome_line(name: str, tree: dict, outcome) -> str:
    what = (f"{outcome.units} units" + (f", replacing {outcome.replaced}" if outcome.replaced else "")
            if outcome.status == "indexed" else "unchanged, skipped")
    return f"{name}: {tree.get('symbol') or '(no symbol)'} [{tree.get('language')}]: {what}"


def run(args) -> int:
    from ..search.indexer import Writer, optimise          # here: --help need not load the indexer
    from ..search.sources import Skipped, read_source, source_files   # nor the parser
    try:
        conn = open_index(args.db, write=True)
    except IndexProblem as e:
        raise UsageError(str(e)) from None
    counts = {"indexed": 0, "unchanged": 0, "failed": 0, "skipped": 0}
    units = 0
    files = source_files(args.sources, {Path(args.db).resolve()})
    writer = Writer(conn, batch_units=BATCH_UNITS)
    progress = Progress(len(files), choose_mode(args.quiet), label="indexing", command="index", unit="files",
                        bar_unit="file")
    try:
        for source in files:
            for name, tree in read_source(source, lang=args.lang, encoding=args.encoding):
                if isinstance(tree, Skipped):
                    counts["skipped"] += 1
                    if not args.quiet:
                        progress.error(f"skipped: {tree}")
                    continue
                if isinstance(tree, str):
                    counts["failed"] += 1
                    progress.error(f"councildoc index: error: {tree}")
                    continue
                outcome = writer.add(tree, source=name, force=args.force)
                counts[outcome.status] += 1
                if outcome.status == "indexed":
                    units += outcome.units
                if args.verbose:
                    progress.error(_outcome_line(name, tree, outcome))
            progress.advance()
    finally:
        progress.close()
        writer.close()      # commits the documents completed so far, even when interrupted
    if args.optimize:
        optimise(conn)
    total_docs, total_units = conn.execute(
        "SELECT count(*), coalesce(sum(units), 0) FROM documents").fetchone()
    conn.close()
    if not any(counts.values()):
        raise UsageError("no documents or trees found in " + ", ".join(args.sources))
    skipped = f", {counts['skipped']} skipped (format not supported)" if counts["skipped"] else ""
    print(f"indexed {counts['indexed']} document(s) ({units} units), {counts['unchanged']} unchanged, "
          f"{counts['failed']} failed{skipped}; {args.db} now holds {total_docs} document(s), {total_units} units",
          file=sys.stderr)
    return 1 if counts["failed"] else 0
