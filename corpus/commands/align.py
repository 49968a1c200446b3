"""``councildoc align A B``: pair two language versions of one document."""
from __future__ import annotations

import json
import sys

from ..cli import UsageError
from ..output import write_atomic

NAME = "align"
HELP = "pair the paragraphs and footnotes of two language versions (JSON lines, TMX 1.4)"
DESCRIPTION = """\
Pair two versions of one document (e.g. English and French GB.340/INS/6) by
the numbers they print: paragraph 7 with paragraph 7, its item (b) with item
(b), footnote 3 with footnote 3; sections by id, and the title and summary of
the header. A and B are trees written by 'councildoc parse' (.json) or
documents parsed on the fly. A is the source language, B the target.

The pairs are written as JSON lines (one object per pair: kind, key, number,
label, source and target with lang, node and text) to standard output or to
OUT with -o, and with --tmx as a TMX 1.4 translation memory that CAT tools
import. Files are written atomically.

What does not pair is reported on standard error, one line each: a paragraph,
item or footnote present in one version only, a footnote count that differs,
a paragraph that cites other footnotes than its counterpart,
symbols that differ, two versions in the same language.

Exit status: 0 aligned (with --strict: and nothing unpaired); 1 with --strict
when something did not pair; 2 bad usage or unreadable input; 3 internal error.

examples:
  councildoc align GB.340-INS-6.en.json GB.340-INS-6.fr.json --tmx en-fr.tmx -o pairs.jsonl
  councildoc align en.txt zh.txt --lang-b zh --tmx en-zh.tmx > /dev/null
"""


def add_arguments(p) -> None:
    p.add_argument("source", metavar="A", help="the source-language version (tree .json or document)")
    p.add_argument("target", metavar="B", help="the target-language version (tree .json or document)")
    p.add_argument("-o", "--output", metavar="OUT", help="write the JSON lines here instead of standard output")
    p.add_argument("--tmx", metavar="FILE", help="also write the pairs as a TMX 1.4 translation memory")
    p.add_argument("--lang-a", metavar="CODE", help="the language of A (detected or read from the tree when omitted)")
    p.add_argument("--lang-b", metavar="CODE", help="the language of B (detected or read from the tree when omitted)")
    p.add_argument("--strict", action="store_true", help="exit 1 when anything did not pair")
    p.add_argument("--quiet", action="store_true", help="do not print the findings and the summary on standard error")


def run(args) -> int:
    from ..align import align_trees, load_tree, tmx_bytes     # here: --help need not load them
    if args.output and args.tmx and args.output == args.tmx:
        raise UsageError("-o and --tmx name the same file")
    a = load_tree(args.source, lang=args.lang_a)
    b = load_tree(args.target, lang=args.lang_b)
    result = align_trees(a, b, args.source, args.target)
    lines = "".join(json.dumps(p.as_dict(), ensure_ascii=False) + "\n" for p in result.pairs)
    if args.tmx:
        write_atomic(args.tmx, tmx_bytes(result))
    if args.output:
        write_atomic(args.output, lines)
    else:
        sys.stdout.write(lines)
        sys.stdout.flush()
    warnings = [f for f in result.findings if f.level == "warning"]
    if not args.quiet:
        for f in result.findings:
            print(f"councildoc align: {f.level}: {f.code}: {f.message}", file=sys.stderr)
        print(f"councildoc align: {result.source_lang} → {result.target_lang}: {result.count('paragraph')} paragraphs, "
              f"{result.count('item')} items, {result.count('footnote')} footnotes, {result.count('heading')} headings "
              f"paired; {len(warnings)} warnings", file=sys.stderr)
    return 1 if args.strict and warnings else 0
