"""``councildoc refs [FILE|-]``: the cross-references of a plain text, one JSON line each."""
from __future__ import annotations

import json
import sys

from ..cli import UsageError

NAME = "refs"
HELP = "list the cross-references (document symbols, resolutions, Conventions, sessions, paragraphs…) of a text"
DESCRIPTION = """\
Read plain text (a file, or standard input with - or no FILE) and print every
cross-reference found in it, one JSON object per line:

  {"kind": "un_resolution", "start": 5, "end": 17, "text": "A/RES/72/279", "target": "A/RES/72/279"}

start/end are Python string offsets (code points) into the text as read
(line endings normalised to \\n); text is exactly text[start:end]; target is
the normalised reference (GB.343/INS/2(Rev.1), A/RES/72/279, C189, GB.335,
#p-10, GB.341/INS/7#p-53…). Kinds: gb_document, ilc_document, un_document,
un_resolution, un_decision, ilo_convention, ilo_recommendation, session,
paragraph, draft_decision, appendix, footnote, url, link.

Markdown links are read as such ([GB.338/INS/9](#) is the symbol; [主席总结](#)
is a link whose target is its href). The language (zh, en, fr, es) is detected
when --lang is omitted. Sessions cited without a body (第 335 届会议) are taken
as sessions of --council, or of the body the text names.

A tree (.json, as written by parse or convert) or a .docx/.html document
(parsed first) gives the references the parser found, each with the node
that holds it and offsets into that node's text:

  {"node": "p-39", "where": "paragraph", "line": 136, "kind": "session", "start": 5, "end": 14,
   "text": "第 335 届会议", "target": "GB.335", "resolved": null}

(where: header, heading, paragraph, item, table, footnote; line: the source
line; --lang and --council do not apply: the tree was made with its own).

Exit status: 0 done (even with no reference); 2 unreadable input or bad usage.

examples:
  councildoc refs corpus/samples/GB.340-INS-6.zh.txt
  echo 'see resolution 72/279 and Convention No. 189' | councildoc refs --lang en
  councildoc refs notes.txt --format text
"""


def add_arguments(p) -> None:
    p.add_argument("file", metavar="FILE", nargs="?", default="-",
                   help="the text to read; - or nothing for standard input")
    p.add_argument("--lang", choices=["zh", "en", "fr", "es"],
                   help="the language of the text; detected when omitted")
    p.add_argument("--council", choices=["GB", "ILC"],
                   help="the body of sessions cited without one (default: the body the text names, if any)")
    p.add_argument("--encoding", metavar="CODEC", help="read the file in this encoding instead of detecting UTF-8/UTF-16")
    p.add_argument("--format", dest="fmt", choices=["jsonl", "text"], default="jsonl",
                   help="jsonl (default): one JSON object per line, for machines; text: aligned columns, for people")


def _read(path: str, encoding: str | None) -> str:
    from ...parser.api import read_input
    from ...parser.decode import decode_text
    if path == "-":
        data = sys.stdin.buffer.read()
        name = "<stdin>"
    else:
        name = path
        data = read_input(path)
    if not data.strip():
        return ""
    if path != "-" and path.lower().endswith((".docx", ".pdf", ".doc")):
        raise UsageError(f"{path}: refs reads plain text; parse the document first (councildoc parse)")
    text, _ = decode_text(data, name, encoding)
    return text


def run(args) -> int:
    from ...parser.model import is_tree_file      # here: --help need not load the parser
    if args.file != "-" and (is_tree_file(args.file) or _is_structured(args.file)):
        return _tree_refs(args)
    from ...parser.layout.language import detect_language
    from ...parser.xrefs import find_references
    text = _read(args.file, args.encoding)
    lang = args.lang or (detect_language(text) if text else "en")
    refs = find_references(text, lang, council=args.council) if text else []
    out = sys.stdout
    for r in refs:
        surface = text[r["start"]:r["end"]]
        if args.fmt == "text":
            out.write(f"{r['start']:>7}-{r['end']:<7} {r['kind']:<18} {r['target']:<28} {surface}\n")
        else:
            out.write(json.dumps({"kind": r["kind"], "start": r["start"], "end": r["end"],
                                  "text": surface, "target": r["target"]}, ensure_ascii=False) + "\n")
    out.flush()
    return 0


def _is_structured(path: str) -> bool:
    """A document whose text is not the file's bytes (.docx, HTML): parsed first."""
    from ...parser.formats.registry import format_of_name
    fmt = format_of_name(path)
    return fmt is not None and fmt.name not in ("text", "markdown") and fmt.reader is not None


def _tree_refs(args) -> int:
    """References of a tree or a parsed document, by node (see DESCRIPTION)."""
    from ...parser.model import load_tree
    from ..export.text import tree_references
    out = sys.stdout
    for r in tree_references(load_tree(args.file, encoding=args.encoding)):
        if args.fmt == "text":
            out.write(f"{r['node'] + ' ' + r['where']:<22} {r['start']:>6}-{r['end']:<6} {r['kind']:<18} "
                      f"{r['target'] or '':<28} {r['text']}\n")
        else:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")
    out.flush()
    return 0
