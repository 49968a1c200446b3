"""Node ids: unique, URL-safe, stable for the same input. The id a pass takes
here is the id every later pass uses."""
from __future__ import annotations

import re

from ..blocks import Heading

_ID_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")


class Ids:
    def __init__(self):
        self.used: set[str] = set()
        self.next_k: dict[str, int] = {}      # where to resume counting (linear with many repeats)
        self.counters = {"u": 0, "table": 0, "sec": 0}
        self.sub_counts: dict[str, int] = {}  # unnumbered sub-sections per parent

    def take(self, wanted: str) -> str:
        wanted = _ID_UNSAFE.sub("-", wanted).strip("-") or "node"
        if wanted not in self.used:
            self.used.add(wanted)
            return wanted
        k = self.next_k.get(wanted, 2)
        while f"{wanted}-{k}" in self.used:
            k += 1
        self.used.add(f"{wanted}-{k}")
        self.next_k[wanted] = k + 1
        return f"{wanted}-{k}"

    def next(self, counter: str) -> int:
        self.counters[counter] += 1
        return self.counters[counter]

    def section(self, h: Heading, parent_id: str | None) -> str:
        """``sec-I``, ``sec-I-A``, ``appendix-II``, ``decision``; unnumbered
        sections count within their parent."""
        if h.kind == "appendix":
            return self.take(f"appendix-{h.number}" if h.number else "appendix")
        if h.kind == "decision":
            return self.take("decision")   # the draft decision (or decision record): one per document
        if h.number:
            return self.take(f"{parent_id}-{h.number}" if parent_id and h.level > 1 else f"sec-{h.number}")
        if parent_id:
            self.sub_counts[parent_id] = self.sub_counts.get(parent_id, 0) + 1
            return self.take(f"{parent_id}-{self.sub_counts[parent_id]}")
        return self.take(f"sec-{self.next('sec')}")
