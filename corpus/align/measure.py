"""How well an alignment reproduces a reference alignment made by hand: the
share of reference pairs it also produces.

A reference pair counts as produced when one pair of the alignment holds the
same two texts, compared after white space is collapsed and, since readers
differ in small ways (a footnote marker kept or dropped, a hyphen rejoined,
the printed number "24." kept in the reference), with a similarity of at
least :data:`MIN_SIMILARITY` on each side. A pair that merges the reference
paragraph with its neighbour does not count.

A reference pair not produced is classed, to tell the aligner's errors from
the reader's: ``inside`` when one produced pair holds both its texts among
others (the reader joined it to a neighbour, in one version or both),
``split`` when a produced pair holds part of both its texts and nothing
else (the reader cut it, as a masthead read line by line), ``wrong``
otherwise.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz

from .model import Alignment

MIN_SIMILARITY = 90


@dataclass(slots=True)
class Measure:
    found: int
    total: int
    missed: list = field(default_factory=list)     # (source, target, class) of reference pairs not produced

    @property
    def share(self) -> float:
        return self.found / self.total if self.total else 1.0

    def missed_as(self, cls: str) -> int:
        return sum(1 for m in self.missed if m[2] == cls)


def normalise(text: str) -> str:
    return " ".join(text.split())


def reference_recall(alignment: Alignment, reference: list[tuple[str, str]],
                     min_similarity: float = MIN_SIMILARITY) -> Measure:
    """The share of *reference* pairs (source text, target text) produced."""
    produced = [(normalise(p.source.text), normalise(p.target.text)) for p in alignment.pairs]
    exact = set(produced)
    out = Measure(0, len(reference))
    for src, tgt in reference:
        src, tgt = normalise(src), normalise(tgt)
        if (src, tgt) in exact or _close(src, tgt, produced, min_similarity):
            out.found += 1
        else:
            out.missed.append((src, tgt, _miss_class(src, tgt, produced, min_similarity)))
    return out


def _close(src: str, tgt: str, produced: list, min_similarity: float) -> bool:
    for a, b in produced:
        if fuzz.ratio(src, a, score_cutoff=min_similarity) and fuzz.ratio(tgt, b, score_cutoff=min_similarity):
            return True
    return False


def _miss_class(src: str, tgt: str, produced: list, min_similarity: float) -> str:
    for a, b in produced:
        if len(a) > len(src) and len(b) > len(tgt) and _holds(a, src, min_similarity) and _holds(b, tgt, min_similarity):
            return "inside"
    for a, b in produced:
        if a and b and len(a) < len(src) and len(b) < len(tgt) and _holds(src, a, min_similarity) \
                and _holds(tgt, b, min_similarity):
            return "split"
    return "wrong"


def _holds(longer: str, shorter: str, min_similarity: float) -> bool:
    return bool(fuzz.partial_ratio(shorter, longer, score_cutoff=min_similarity))
