"""``councildoc align A B``: pair two language versions of one document."""
from __future__ import annotations

import json
import sys
from collections import Counter

from ...parser.languages import UnknownLanguage, normalise_language

from ..cli import UsageError
from ..output import write_atomic

NAME = "align"
HELP = "pair the paragraphs, tables and footnotes of two language versions (JSON lines, TMX 1.4)"
DESCRIPTION = """\
Pair two versions of one document (e.g. English and French GB.340/INS/6).
What the documents number pairs by number: paragraph 7 with paragraph 7
(within its article or annex when numbering restarts), its item (b) with
item (b), footnote 3 with footnote 3, numbered sections by number. What is
not numbered (preambles, unnumbered paragraphs and headings, tables) is
aligned by order and length between two numbered anchors, splits and merges
included (one paragraph in A, two in B); tables pair row by row; the title,
summary and header lines pair by field. A and B are trees written by
'councildoc parse' (.json) or documents parsed on the fly. A is the source
language, B the target.

The pairs are written as JSON lines (one object per pair: kind, key, number,
label, method, score, source and target with lang, node and text) to
standard output or to OUT with -o, and with --tmx as a TMX 1.4 translation
memory that CAT tools import. With --level sentence the paragraphs of each
pair are split into sentences and the sentences aligned the same way (one
pair per sentence, with its offsets in the paragraph). 'method' says how a
pair was made (number, label, field, order); 'score' (0-100) how well the two
lengths agree for the language pair: low scores are the pairs to look at.
Files are written atomically.

Reported on standard error: the units of each version that did not pair
(count and the first few), a footnote count that differs, a paragraph that
cites other footnotes than its counterpart, symbols that differ, two
versions in the same language; then a summary. --quiet prints errors only.

Exit status: 0 aligned (with --strict: and no warning); 1 with --strict when
there is a warning (a unit did not pair, footnotes or symbols differ); 2 bad
usage or unreadable input; 3 internal error.

examples:
  councildoc align GB.340-INS-6.en.json GB.340-INS-6.fr.json --tmx en-fr.tmx -o pairs.jsonl
  councildoc align en.txt zh.txt --lang-b zh --level sentence --tmx en-zh.tmx > /dev/null
"""


def add_arguments(p) -> None:
    p.add_argument("source", metavar="A", help="the source-language version (tree .json or document)")
    p.add_argument("target", metavar="B", help="the target-language version (tree .json or document)")
    p.add_argument("-o", "--output", metavar="OUT", help="write the JSON lines here instead of standard output")
    p.add_argument("--tmx", metavar="FILE", help="also write the pairs as a TMX 1.4 translation memory")
    p.add_argument("--level", choices=("paragraph", "sentence"), default="paragraph",
                   help="pair paragraphs (default) or the sentences inside paired paragraphs")
    p.add_argument("--lang-a", metavar="CODE", help="the language of A (zh, en, fr, es, ar, ru; ZH, zh-CN… accepted); "
                                                    "detected or read from the tree when omitted")
    p.add_argument("--lang-b", metavar="CODE", help="the language of B, as --lang-a")
    p.add_argument("--strict", action="store_true", help="exit 1 when there is a warning (a unit did not pair…)")
    p.add_argument("--quiet", action="store_true", help="print nothing on standard error but errors")


def run(args) -> int:
    from ..align import align_trees, load_tree, tmx_bytes     # here: --help need not load them
    if args.output and args.tmx and args.output == args.tmx:
        raise UsageError("-o and --tmx name the same file")
    lang_a, lang_b = _language(args.lang_a, "--lang-a"), _language(args.lang_b, "--lang-b")
    a = load_tree(args.source, lang=lang_a)
    b = load_tree(args.target, lang=lang_b)
    result = align_trees(a, b, args.source, args.target)
    if args.level == "sentence":
        from ..align.sentences import sentence_alignment
        result = sentence_alignment(result, (args.source, args.target))
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
        print(f"councildoc align: {_summary(result)}; {len(warnings)} warnings", file=sys.stderr)
    return 1 if args.strict and warnings else 0


def _language(code: str | None, option: str) -> str | None:
    if code is None:
        return None
    try:
        return normalise_language(code)
    except UnknownLanguage as e:
        raise UsageError(f"{option}: {e}") from None


def _summary(result) -> str:
    """``en → fr: 60 pairs (12 paragraphs by number, 40 by order, …), 2 units unpaired``."""
    kinds = Counter(p.kind for p in result.pairs)
    by_order = sum(1 for p in result.pairs if p.method == "order")
    parts = ", ".join(f"{n} {_plural(kind, n)}" for kind, n in kinds.most_common())
    unpaired = Counter(u.side for u in result.unpaired)
    return (f"{result.source_lang} → {result.target_lang}: {len(result.pairs)} pairs ({parts}; "
            f"{by_order} by order and length), unpaired: {unpaired['a']} in A, {unpaired['b']} in B")


def _plural(kind: str, n: int) -> str:
    if n == 1:
        return kind
    return kind[:-1] + "ies" if kind.endswith("y") else kind + "s"
