"""``councildoc parse FILE``: one document to its JSON tree."""
from __future__ import annotations

import sys

from ...parser.decode import DEFAULT_MAX_BYTES
from ...parser.formats.registry import FORMATS
from ..output import dump_tree, write_atomic
from .options import add_parse_options

NAME = "parse"
HELP = "parse one document (text, .docx, HTML) and print its JSON tree"
DESCRIPTION = """\
Parse one council document into its JSON tree, validated against the schema.

FILE - reads the document from standard input (its format from its content,
or --format). The tree goes to standard output, or to OUT with -o (written atomically: an
interrupted run leaves no half-written file). Diagnostics (missing footnotes,
numbering gaps, unclassified lines…) are inside the tree; --diagnostics also
prints them on standard error, one per line.

Exit status: 0 parsed; 1 the tree cannot be written to OUT (one line naming
OUT and why: an existing folder, a file where a folder must be, a full disk,
no permission); 2 the input cannot be read (one-line error, no output file
written); 3 internal error.

examples:
  councildoc parse corpus/samples/GB.340-INS-6.zh.txt --pretty
  councildoc parse doc.txt -o doc.json --diagnostics
  curl -s https://example.org/doc.html | councildoc parse - --pretty
"""


def add_arguments(p) -> None:
    p.add_argument("file", metavar="FILE", help="the document (.txt/.md text, .docx, .html), or - for standard input")
    p.add_argument("-o", "--output", metavar="OUT", help="write the tree here instead of standard output")
    p.add_argument("--pretty", action="store_true", help="indent the JSON for people")
    add_parse_options(p, every="the")
    p.add_argument("--format", dest="fmt", choices=sorted(FORMATS), help="the input format; from the file name and content when omitted")
    p.add_argument("--diagnostics", action="store_true", help="also print the tree's diagnostics on standard error")


def run(args) -> int:
    from ...parser import parse_bytes, parse_file     # here: --help need not load the parser
    options = dict(lang=args.lang, encoding=args.encoding, fmt=args.fmt)
    name = "<stdin>" if args.file == "-" else args.file
    if args.file == "-":
        data = sys.stdin.buffer.read(DEFAULT_MAX_BYTES + 1)     # one byte over: the size limit reports it
        tree = parse_bytes(name, data, **options)
    else:
        tree = parse_file(args.file, **options)
    text = dump_tree(tree, pretty=args.pretty)
    if args.output:
        write_atomic(args.output, text)
    else:
        sys.stdout.write(text)
        sys.stdout.flush()
    if args.diagnostics:
        for d in tree["diagnostics"]:
            where = f":{d['line']}" if d["line"] else ""
            print(f"{name}{where}: {d['level']}: {d['code']}: {d['message']}", file=sys.stderr)
    return 0
