"""The one shape every problem is reported in: parser diagnostics, ``check``
findings, ``align`` reports and ``index`` warnings.

``data`` holds the facts a program needs (numbers, ranges, targets) so that
no consumer ever reads them back out of ``message``, which is for people.
Every ``code`` is listed, with its meaning and level, in :mod:`parser.codes`.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Message:
    level: str                 # error | warning | info
    code: str                  # a key of parser.codes.CODES
    message: str               # one line, for people
    line: int | None = None
    node: str | None = None
    data: dict | None = None   # facts for programs

    def as_dict(self) -> dict:
        out = {"level": self.level, "code": self.code, "message": self.message,
               "line": self.line, "node": self.node}
        if self.data is not None:
            out["data"] = self.data
        return out
