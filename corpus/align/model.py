"""What an alignment is made of: the two sides of a pair, the pair, the
findings about what did not pair, and the whole result."""
from __future__ import annotations

from dataclasses import dataclass, field

from ...parser.messages import Message


@dataclass(slots=True)
class Segment:
    """One side of a pair: the text of one node (or of several consecutive
    nodes joined, their ids joined by ``+``) in one language. *start*/*end*
    are offsets into the node's text when the segment is a sentence of it."""
    lang: str
    node: str
    text: str
    start: int | None = None
    end: int | None = None

    def as_dict(self) -> dict:
        out = {"lang": self.lang, "node": self.node, "text": self.text}
        if self.start is not None:
            out["start"], out["end"] = self.start, self.end
        return out


@dataclass(slots=True)
class Pair:
    kind: str                 # title | summary | header | heading | paragraph (or preambular, operative…) | item | row…
    key: str                  # a key shared by both versions (p-7, p-7-b, fn-3, sec-I, table-1-r2…)
    number: int | str | None  # the paragraph's number (7, or "25.1" in section-numbered documents)
    label: str | None
    source: Segment
    target: Segment
    method: str = "number"    # number | field | label | order (by order and length) | sentence
    score: float | None = None  # 0–100: how well the lengths agree (100 = as expected for the language pair)

    def as_dict(self) -> dict:
        return {"kind": self.kind, "key": self.key, "number": self.number, "label": self.label,
                "method": self.method, "score": self.score,
                "source": self.source.as_dict(), "target": self.target.as_dict()}


#: what does not pair, and the differences found, are reported in the one
#: message shape (no line or node: a finding concerns two documents)
Finding = Message


@dataclass(slots=True)
class Unpaired:
    """A unit of one version that has no counterpart in the other."""
    side: str                 # "a" | "b"
    kind: str
    node: str
    text: str

    def describe(self) -> str:
        snippet = self.text if len(self.text) <= 40 else self.text[:39] + "…"
        name = self.node if self.node.startswith(self.kind) else f"{self.kind} {self.node}"
        return f"{name} ({snippet!r})"


@dataclass(slots=True)
class Alignment:
    source_lang: str
    target_lang: str
    symbol: str | None
    pairs: list = field(default_factory=list)       # list[Pair]
    findings: list = field(default_factory=list)    # list[Finding]
    unpaired: list = field(default_factory=list)    # list[Unpaired]
    level: str = "paragraph"
    ratio: float = 1.0        # characters of target per character of source, for this document pair

    def count(self, kind: str) -> int:
        return sum(1 for p in self.pairs if p.kind == kind)
