"""Every message code councildoc emits, in one registry: what it means, its
usual level, an example, and the keys of its ``data``.

Parser diagnostics (in the tree), ``check`` findings, ``align`` reports and
``index`` warnings all use these codes (see :mod:`parser.messages`).
``docs/codes.md`` is generated from this table (``python -m
councildoc.parser.codes > docs/codes.md``); a test keeps the two in step and
checks that every code the source emits is listed here.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Code:
    name: str
    level: str                 # the usual level (check --strict may raise warnings to errors)
    source: str                # parse | check | align | index | input
    meaning: str
    example: str
    data: tuple = ()           # keys of the message's data object


CODES: dict[str, Code] = {c.name: c for c in (
    # the parser (tree diagnostics), layout stage
    Code("unclassified-line", "warning", "parse", "A line is not a heading, numbered paragraph, footnote or table row; "
         "it is kept as an unnumbered paragraph.", "line 12 is not a heading, a numbered paragraph, a footnote or a table "
         "row; kept as an unnumbered paragraph", ("line",)),
    Code("page-break-join-guessed", "warning", "parse", "An unnumbered line after a page break was joined to the "
         "paragraph before it.", "line 40 has no paragraph number and follows a page break; it was joined to the "
         "paragraph before it", ("line",)),
    Code("numbering-format-unsupported", "warning", "parse", "A Word list number format is not supported; its numbers "
         "are shown as decimal digits.", "list numbers in the format 'hebrew1' are not supported; shown as decimal digits",
         ("format",)),
    Code("header-line-unrecognised", "info", "parse", "A line of the header area is not a recognised header field; "
         "it is kept, verbatim, in meta.other.", "header line 4 is not a recognised header field; kept in meta.other",
         ("line",)),
    Code("front-matter-symbol-differs", "warning", "parse", "A Markdown file's front matter names another symbol "
         "than its printed masthead (the masthead's is kept).",
         "front matter symbol A/RES/80/1 differs from the masthead's A/RES/80/2", ("front_matter", "masthead")),
    Code("html-too-deep", "warning", "parse", "HTML elements nested deeper than the parser's limit were left out.",
         "elements nested more than 256 levels deep were left out by the HTML parser", ("limit",)),
    # the parser, build passes
    Code("symbol-inferred", "info", "parse", "The document has no symbol line; the symbol was inferred from the header.",
         "no symbol line; symbol GB.340/INS/6 inferred from session, segment and agenda item", ("symbol",)),
    Code("footnote-duplicate", "error", "parse", "Two footnote bodies have the same number.",
         "footnote 3 has more than one body (lines 88 and earlier)", ("number",)),
    Code("footnote-empty", "warning", "parse", "A footnote body is empty.", "footnote 4 has an empty body", ("number",)),
    Code("footnote-uncited", "warning", "parse", "A footnote body is never cited in the text.",
         "footnote 5 is never cited in the text", ("number",)),
    Code("footnote-missing-body", "error", "parse", "A footnote marker has no footnote body.",
         "footnote marker 6 has no footnote body", ("number",)),
    Code("footnote-out-of-order", "warning", "parse", "Footnote markers or bodies are not in ascending order.",
         "footnote marker 2 comes after marker 3", ("number", "after", "what")),
    Code("footnote-number-gap", "warning", "parse", "Footnote numbers are skipped (one message per gap).",
         "footnotes 2–1993 are missing from the sequence 1–1994", ("first", "last", "lowest", "highest")),
    Code("paragraph-number-repeat", "error", "parse", "A paragraph number appears again.",
         "paragraph number 7 appears again", ("number",)),
    Code("paragraph-numbering-restart", "warning", "parse", "Paragraph numbering starts again at 1 outside an "
         "annex, appendix or article (a numbered list after a lead-in line, or an annex with no heading).",
         "paragraph numbering starts again at 1 after paragraph 12", ("number", "previous")),
    Code("paragraph-number-gap", "warning", "parse", "Paragraph numbers are not consecutive.",
         "paragraph 9 follows paragraph 7", ("number", "previous")),
    Code("table-row-width", "warning", "parse", "A data row has another number of cells than its table.",
         "table row on line 30 has 3 cells, the table 4", ("cells", "width")),
    Code("xref-unresolved", "warning", "parse", "A reference to a paragraph, appendix or footnote of the same "
         "document points nowhere.", "paragraph 99 is not in this document", ("target",)),
    # check
    Code("footnote-in-heading", "warning", "check", "A footnote marker is inside a heading.",
         "footnote marker 1 is in the heading \"I. Background\"", ("number",)),
    Code("footnote-in-table", "warning", "check", "A footnote marker is inside a table of a plain-text document.",
         "footnote marker 2 is inside table table-1; the plain-text layout has no table notes", ("number",)),
    Code("footnote-marker-repeated", "info", "check", "A footnote is cited again after later footnotes.",
         "footnote 1 is cited again after footnote 3", ("number", "highest")),
    Code("link-empty", "warning", "check", "A link has an empty target.", "the link \"here\" has an empty target"),
    Code("link-placeholder", "warning", "check", "A link has a placeholder target such as '#'.",
         "the link \"report\" points to the placeholder '#'"),
    Code("link-malformed", "error", "check", "A link target is not a valid URL.", "the link target 'http//x' is not a valid URL"),
    Code("link-missing-scheme", "warning", "check", "A link target has no scheme (www.… without https://).",
         "the link target 'www.ilo.org' has no scheme"),
    Code("link-anchor-unresolved", "warning", "check", "A link to '#id' names no node of the document.",
         "the link '#p-99' names no node of this document"),
    Code("link-symbol-mismatch", "warning", "check", "A link's text names one document and its target another.",
         "the link text names GB.340/INS/6 but its target GB.340/INS/5"),
    Code("xref-internal-unresolved", "warning", "check", "A reference to a paragraph, appendix or footnote of the same "
         "document points nowhere.", "paragraph 99 is referred to but is not in this document", ("target",)),
    Code("xref-not-in-corpus", "info", "check", "A cited council document is not in the corpus.",
         "GB.338/INS/3 is cited but is not in the corpus", ("target",)),
    Code("xref-remote-unresolved", "warning", "check", "A reference to a paragraph or appendix of another document of "
         "the corpus points nowhere.", "GB.340/INS/5 has no paragraph 99", ("target",)),
    Code("url-broken", "error", "check", "An external URL answers with an error status (or a redirect loop).",
         "https://x.org/a answers 404"),
    Code("url-unreachable", "warning", "check", "An external URL's host cannot be reached from here (no network, "
         "unknown host, refused, timeout): a warning, since it says nothing about the link itself.",
         "https://x.org/a cannot be reached: connection refused"),
    Code("url-redirected", "info", "check", "An external URL redirects to another address (the final one is suggested "
         "when the move is permanent).", "https://x.org/a redirects to https://x.org/b"),
    # align
    Code("symbol-mismatch", "warning", "align", "The two versions have different symbols.",
         "the symbols differ: GB.340/INS/6 in en.txt, GB.340/INS/5 in zh.txt"),
    Code("same-language", "warning", "align", "Both versions are in the same language.",
         "both versions are in the same language (en)"),
    Code("paragraph-unpaired", "warning", "align", "A numbered paragraph is in one version only.",
         "paragraph 12 is only in en.txt", ("number",)),
    Code("footnote-refs-differ", "warning", "align", "A paragraph cites other footnotes in the two versions.",
         "paragraph 3 cites footnotes [1] in en.txt, [1, 2] in zh.txt", ("number",)),
    Code("footnote-count-differs", "warning", "align", "The versions have different numbers of footnotes.",
         "en.txt has 5 footnotes, zh.txt has 6"),
    Code("footnote-unpaired", "warning", "align", "A footnote is in one version only.", "footnote 6 is only in zh.txt",
         ("number",)),
    Code("section-unpaired", "info", "align", "A section is in one version only.", "section sec-IV is only in en.txt"),
    Code("unnumbered-not-aligned", "info", "align", "Unnumbered paragraphs are not aligned.",
         "4 unnumbered paragraphs in en.txt and 3 in zh.txt are not aligned"),
    Code("item-unpaired", "warning", "align", "An item of a numbered paragraph is in one version only.",
         "item (c) of paragraph 7 is only in en.txt", ("number", "label")),
    # any command that reads inputs
    Code("input-unreadable", "error", "input", "The input file cannot be read as a document or tree.",
         "doc.txt: is not UTF-8 text"),
    Code("input-unsupported", "info", "input", "A file of a format councildoc does not read was skipped.",
         "scan.pdf: reading PDF files is not supported by this version", ("reason",)),
)}


def markdown() -> str:
    """The code list as Markdown (docs/codes.md)."""
    out = ["# Message codes", "",
           "Every problem councildoc reports has a level (`error`, `warning`, `info`), a code, a one-line message,",
           "the line and tree node when known, and a `data` object with the facts programs need (read `data`,",
           "never the message text). Generated from `parser/codes.py` by",
           "`python -m councildoc.parser.codes > docs/codes.md`.", ""]
    for source, title in (("parse", "Parser diagnostics (in the tree)"), ("check", "`councildoc check`"),
                          ("align", "`councildoc align`"), ("input", "Inputs (every command)")):
        out += [f"## {title}", "", "| code | level | meaning | data | example |", "|---|---|---|---|---|"]
        for c in CODES.values():
            if c.source == source:
                data = ", ".join(f"`{k}`" for k in c.data)
                out.append(f"| `{c.name}` | {c.level} | {c.meaning} | {data} | {c.example} |")
        out.append("")
    return "\n".join(out)


if __name__ == "__main__":
    print(markdown(), end="")
