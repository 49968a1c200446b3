"""The one record every check produces, so that all output formats, exit codes
and ``--strict`` treat footnotes, links and references alike."""
from __future__ import annotations

from ...parser.codes import CODES as ALL_CODES
from ...parser.messages import Message

#: levels, most severe first
LEVELS = ("error", "warning", "info")
_RANK = {level: i for i, level in enumerate(LEVELS)}


class Finding(Message):
    """A message located in a file, with a suggested fix: one problem at one place.

    ``file`` is the file the user can open: the document, or for a tree JSON
    input the source document it records when that is at hand (same content),
    else the tree file itself. ``line`` is a line of a text or HTML document;
    a .docx has no lines, so its findings carry ``paragraph`` instead (the
    1-based position of the paragraph or table in the document body), and a
    tree file's carry neither. ``node`` is the tree node id (``p-7``,
    ``fn-3``, ``sec-I``, ``meta`` for the header) or None. The argument order
    is the check's (file, line, node, code, level, message)."""
    __slots__ = ("file", "suggestion", "paragraph")

    def __init__(self, file: str, line: int | None, node: str | None, code: str, level: str, message: str,
                 suggestion: str | None = None, data: dict | None = None, paragraph: int | None = None):
        Message.__init__(self, level, code, message, line, node, data)
        self.file = file
        self.suggestion = suggestion
        self.paragraph = paragraph

    def _key(self) -> tuple:
        return (self.file, self.line, self.node, self.code, self.level, self.message, self.suggestion,
                self.paragraph)

    def __eq__(self, other) -> bool:
        return isinstance(other, Finding) and self._key() == other._key() and self.data == other.data

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"Finding{self._key()!r}"

    def as_dict(self) -> dict:
        out = {"file": self.file, "line": self.line, "node": self.node, "code": self.code, "level": self.level,
               "message": self.message, "suggestion": self.suggestion, "paragraph": self.paragraph}
        if self.data is not None:
            out["data"] = self.data
        return out

    def with_level(self, level: str) -> "Finding":
        return Finding(self.file, self.line, self.node, self.code, level, self.message, self.suggestion, self.data,
                       self.paragraph)

    def located(self, line: int | None, paragraph: int | None) -> "Finding":
        """The same finding at another position (see ``checker.relocate``)."""
        return Finding(self.file, line, self.node, self.code, self.level, self.message, self.suggestion, self.data,
                       paragraph)


def sort_key(f: Finding):
    return (f.file, f.line or f.paragraph or 0, _RANK.get(f.level, 9), f.code, f.node or "")


def strict(findings: list[Finding]) -> list[Finding]:
    """``--strict``: every warning becomes an error (info stays info)."""
    return [f.with_level("error") if f.level == "warning" else f for f in findings]


def has_errors(findings) -> bool:
    return any(f.level == "error" for f in findings)


#: parser diagnostic codes the footnote check takes over as findings
PARSER_CODES = ("footnote-missing-body", "footnote-uncited", "footnote-out-of-order",
                "footnote-duplicate", "footnote-number-gap", "footnote-empty")

#: every finding code, with what it means (the SARIF rule descriptions, --help), from the one registry
CODES = {c.name: c.meaning for c in ALL_CODES.values()
         if c.name in PARSER_CODES or c.source in ("check", "input")}
