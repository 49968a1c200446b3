"""``councildoc convert INPUT... -o OUTDIR``: many documents, one tree each."""
from __future__ import annotations

import argparse
import math
import os
import signal

from ..batch.defaults import DEFAULT_TIMEOUT, REPORT_NAME
from ..cli import EXIT_FAILURES, EXIT_OK, UsageError
from ..export import FORMATS as EXPORT_FORMATS
from ..output import check_directory
from .options import add_parse_options
from ...parser.formats.registry import FORMATS

NAME = "convert"
HELP = "convert many documents (files, folders, globs) into one JSON tree each"
DESCRIPTION = f"""\
Convert every document found under the inputs into its JSON tree. Folders are
searched recursively for .txt, .md, .docx and .html files; files named
explicitly are always taken; globs are expanded (quote them: '**' works).

Outputs mirror the inputs: a/b/x.txt becomes OUTDIR/a/b/x.json (when two
documents would share a name, as x.docx and x.html do, the first in name
order gets x.json and the next its full name, x.html.json). With --jsonl
FILE, all trees go into one file instead, one per line (in order of
completion; each tree's source.path names its document). Every file is
written atomically: an interrupted run (Ctrl-C, kill) leaves complete trees
and no half-written file (with --jsonl, Ctrl-C commits the lines completed so
far, and the documents not reached keep their line of the previous FILE).
Inputs are never modified.

Runs are incremental: a document whose content hash and converter version
match the tree already written is skipped (--force converts it again, and so
does a change of --lang, --encoding or --format since the last run).

A file that cannot be converted never stops the batch: it gets one line on
standard error (file: reason), and the run ends with a summary (converted,
skipped, failed, warnings by diagnostic code, time, docs/s) and
OUTDIR/{REPORT_NAME} holding the same and one entry per file (with --jsonl
and no -o: FILE's name with .report.json).

Exit status: 0 every document converted or up to date; 1 some failed, or
an output cannot be written (one line naming it and why: a file where a
folder must be, a full disk, no permission); 2 bad usage (no such input,
missing -o); 130 interrupted.

examples:
  councildoc convert corpus/samples -o out
  councildoc convert 'archive/**/*.zh.txt' -o trees --jobs 4
  councildoc convert docs/ --jsonl trees.jsonl --quiet
  councildoc convert docs/ -o trees --scheduler tcp://scheduler:8786
"""


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def _positive(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def _seconds(text: str) -> float:
    """``--timeout``: a positive number of seconds, or 0 for no limit."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds (0 for no limit), not {text!r}")
    return value


def add_arguments(p) -> None:
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="document files, folders (searched recursively) or globs")
    p.add_argument("-o", "--output", dest="outdir", metavar="OUTDIR",
                   help="folder for the trees (mirroring the inputs) and the report")
    p.add_argument("--jsonl", metavar="FILE", help="write all trees to FILE, one per line, instead of one file each")
    p.add_argument("--to", choices=list(EXPORT_FORMATS), metavar="FORMAT",
                   help=f"write each document as an export ({', '.join(EXPORT_FORMATS)}; see 'councildoc export --help') "
                        "instead of its JSON tree: a/x.txt becomes OUTDIR/a/x.html for --to html")
    p.add_argument("--force", action="store_true", help="convert every document, even those whose tree is up to date")
    p.add_argument("-j", "--jobs", type=_positive, default=None, metavar="N",
                   help=f"worker processes (default: the number of cores, here {default_jobs()}); 1 runs in this process")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="run the conversions on an existing Dask cluster, e.g. tcp://host:8786 "
                        "(needs: pip install 'councildoc[dask]')")
    p.add_argument("--timeout", type=_seconds, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                   help=f"stop a document still converting after SECONDS and report it failed "
                        f"(default {DEFAULT_TIMEOUT:g}; 0 for none; not with --scheduler)")
    p.add_argument("--fsync", action="store_true",
                   help="flush each tree to disk before renaming it into place: survives a power loss, "
                        "but slower (an interrupted or killed run never leaves a half-written file either way)")
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing but the failed files")
    add_parse_options(p)
    p.add_argument("--format", dest="fmt", choices=sorted(FORMATS),
                   help="the format of every input; from each file's name and content when omitted")


def run(args) -> int:
    from ..batch.run import BatchConfig, run_batch      # here: --help need not load the batch machinery
    from ..batch.work import Options
    if not args.outdir and not args.jsonl:
        raise UsageError("say where the trees go: -o OUTDIR (one file per document) or --jsonl FILE")
    if args.to and args.jsonl:
        raise UsageError("--to writes one file per document: use -o OUTDIR, not --jsonl")
    if args.outdir and os.path.exists(args.outdir) and not os.path.isdir(args.outdir):
        raise UsageError(f"{args.outdir}: exists and is not a folder")
    if args.jsonl and os.path.isdir(args.jsonl):
        raise UsageError(f"{args.jsonl}: is a folder; --jsonl needs a file name")
    # a file where a folder must be ('-o notes.txt/out'): say so once, before any work
    if args.outdir:
        check_directory(args.outdir, args.outdir)
    if args.jsonl:
        check_directory(os.path.dirname(os.path.abspath(args.jsonl)), args.jsonl)
    cfg = BatchConfig(
        inputs=args.inputs, outdir=args.outdir, jsonl=args.jsonl, force=args.force,
        jobs=args.jobs or default_jobs(), scheduler=args.scheduler, quiet=args.quiet, fsync=args.fsync,
        timeout=args.timeout if args.timeout and args.timeout > 0 else None,
        options=Options(lang=args.lang, encoding=args.encoding, fmt=args.fmt), export=args.to)
    stop = _StopOnSignal()
    cfg.stop_requested = stop.requested
    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        summary = run_batch(cfg)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return EXIT_FAILURES if summary["failed"] else EXIT_OK


class _StopOnSignal:
    """Ctrl-C or ``kill``: the first stops the batch between two documents
    (every tree written is complete and in the report); a second one stops at
    once, for a document that never ends."""

    def __init__(self):
        self._count = 0

    def __call__(self, signum, frame):
        self._count += 1
        if self._count > 1:
            raise KeyboardInterrupt

    def requested(self) -> bool:
        return self._count > 0
