"""``councildoc export INPUT --to FORMAT [-o OUT]``: one tree or document to a format people and tools read."""
from __future__ import annotations

import os
import sys

from ...parser.formats.registry import FORMATS as INPUT_FORMATS
from ..cli import UsageError
from ..export import EXTENSIONS, FORMATS

NAME = "export"
HELP = "export a tree (or any document) to Markdown, HTML, Akoma Ntoso, pandoc JSON or text"
DESCRIPTION = """\
Write one document in another format. INPUT is a tree (.json, as written by
parse or convert; it must validate against the schema) or any document the
parser reads (.txt, .md, .docx, .html), which is parsed first.

formats:
  markdown     Markdown with YAML front matter, numbered paragraphs as printed,
               [^n] footnotes, pipe tables, links
  html         one standalone HTML5 page: header, table of contents, sections,
               paragraphs with anchors (#p-7), footnotes with back-links, print CSS
  akn          Akoma Ntoso 3.0 XML after the UN's AKN4UN conventions
  pandoc-json  the pandoc JSON AST (pandoc-types 1.23), for
               pandoc -f json -t docx|odt|epub|latex (real footnotes)
  text         the text as printed, one source line per line

Cross-references become links: to the referenced document's export in the
same folder as OUT when it is there (GB.338/INS/9 -> GB.338-INS-9.zh.html),
else to the official page where a stable address exists (UN documents on
docs.un.org, ILO Conventions on NORMLEX).

The result goes to standard output, or to OUT with -o (written atomically).

Exit status: 0 written; 2 the input cannot be read, is not a valid tree, or
bad usage; 3 internal error.

examples:
  councildoc export corpus/samples/GB.340-INS-6.zh.txt --to html -o GB.340-INS-6.zh.html
  councildoc export tree.json --to pandoc-json | pandoc -f json -o doc.docx
  councildoc export tree.json --to akn -o doc.akn.xml
"""


def add_arguments(p) -> None:
    p.add_argument("input", metavar="INPUT", help="a tree (.json) or a document (.txt, .md, .docx, .html)")
    p.add_argument("--to", required=True, choices=list(FORMATS), help="the format to write")
    p.add_argument("-o", "--output", metavar="OUT", help="write here instead of standard output")
    p.add_argument("--lang", metavar="CODE", help="the document's language when parsing it (detected when omitted)")
    p.add_argument("--encoding", metavar="CODEC", help="read a text document in this encoding instead of UTF-8")
    p.add_argument("--format", dest="fmt", choices=sorted(INPUT_FORMATS),
                   help="the input document's format (from its name and content when omitted)")
    p.add_argument("--fragment", action="store_true",
                   help="html: only the document's <article>, for embedding in another page")
    p.add_argument("--pandoc-api", choices=["1.23", "1.22"], default="1.23",
                   help="pandoc-json: the pandoc-types version to declare (1.22 for pandoc 2.11-2.19; default 1.23)")


def writer_options(args) -> dict:
    """The format-specific options of the command line, for :func:`export_tree`."""
    if args.to == "html":
        return {"standalone": not args.fragment}
    if args.to == "pandoc-json":
        return {"api_version": (1, 22, 2, 1) if args.pandoc_api == "1.22" else None}
    return {}


def run(args) -> int:
    from ...parser.model import load_tree          # here: --help need not load the parser
    from ..export import export_tree
    from ..export.links import folder_link_for
    from ..output import write_atomic
    if args.fragment and args.to != "html":
        raise UsageError("--fragment applies to --to html only")
    if args.output and os.path.exists(args.output) and os.path.exists(args.input) \
            and os.path.samefile(args.output, args.input):
        raise UsageError(f"{args.output}: is the input itself; choose another output")
    if args.output and os.path.isdir(args.output):
        raise UsageError(f"{args.output}: is a folder; -o needs a file name")
    parse_options = {k: v for k, v in (("lang", args.lang), ("encoding", args.encoding), ("fmt", args.fmt)) if v}
    tree = load_tree(args.input, **parse_options)
    link_for = None
    if args.output:
        link_for = folder_link_for(os.path.dirname(os.path.abspath(args.output)), EXTENSIONS[args.to],
                                   tree.get("language"))
    text = export_tree(tree, args.to, link_for=link_for, **writer_options(args))
    if args.output:
        write_atomic(args.output, text)
    else:
        sys.stdout.write(text)
        sys.stdout.flush()
    return 0
