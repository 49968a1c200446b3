"""The one record every check produces, so that all output formats, exit codes
and ``--strict`` treat footnotes, links and references alike."""
from __future__ import annotations

from dataclasses import dataclass, asdict, replace

#: levels, most severe first
LEVELS = ("error", "warning", "info")
_RANK = {level: i for i, level in enumerate(LEVELS)}


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem at one place.

    ``file`` is the file the user can open: the document, or for a tree JSON
    input the source document it records when that is at hand (same content),
    else the tree file itself. ``line`` is a line of a text or HTML document;
    a .docx has no lines, so its findings carry ``paragraph`` instead (the
    1-based position of the paragraph or table in the document body), and a
    tree file's carry neither. ``node`` is the tree node id (``p-7``,
    ``fn-3``, ``sec-I``, ``meta`` for the header) or None."""
    file: str
    line: int | None
    node: str | None
    code: str
    level: str
    message: str
    suggestion: str | None = None
    paragraph: int | None = None

    def as_dict(self) -> dict:
        return asdict(self)

    def with_level(self, level: str) -> "Finding":
        return replace(self, level=level)


def sort_key(f: Finding):
    return (f.file, f.line or f.paragraph or 0, _RANK.get(f.level, 9), f.code, f.node or "")


def strict(findings: list[Finding]) -> list[Finding]:
    """``--strict``: every warning becomes an error (info stays info)."""
    return [f.with_level("error") if f.level == "warning" else f for f in findings]


def has_errors(findings) -> bool:
    return any(f.level == "error" for f in findings)


#: every finding code, with what it means (the SARIF rule descriptions, --help)
CODES = {
    "footnote-missing-body": "A footnote marker has no footnote body.",
    "footnote-uncited": "A footnote body is never cited in the text.",
    "footnote-out-of-order": "Footnote markers or bodies are not in ascending order.",
    "footnote-duplicate": "Two footnote bodies have the same number.",
    "footnote-number-gap": "A footnote number is skipped.",
    "footnote-empty": "A footnote body is empty.",
    "footnote-in-heading": "A footnote marker is inside a heading.",
    "footnote-in-table": "A footnote marker is inside a table of a plain-text document.",
    "footnote-marker-repeated": "A footnote is cited again after later footnotes.",
    "link-empty": "A link has an empty target.",
    "link-placeholder": "A link has a placeholder target such as '#'.",
    "link-malformed": "A link target is not a valid URL.",
    "link-missing-scheme": "A link target has no scheme (www.… without https://).",
    "link-anchor-unresolved": "A link to '#id' names no node of the document.",
    "link-symbol-mismatch": "A link's text names one document and its target another.",
    "xref-internal-unresolved": "A reference to a paragraph, appendix or footnote of the same document points nowhere.",
    "xref-not-in-corpus": "A cited council document is not in the corpus.",
    "xref-remote-unresolved": "A reference to a paragraph or appendix of another document of the corpus points nowhere.",
    "url-broken": "An external URL answers with an error status (or a redirect loop).",
    "url-unreachable": "An external URL's host cannot be reached from here (no network, unknown host, refused, "
                       "timeout): a warning, since it says nothing about the link itself.",
    "url-redirected": "An external URL redirects to another address (the final one is suggested when the move is permanent).",
    "input-unreadable": "The input file cannot be read as a document or tree.",
}
