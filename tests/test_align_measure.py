"""The reference measure: produced, and the classes of a miss."""
from __future__ import annotations

from councildoc.corpus.align.measure import reference_recall
from councildoc.corpus.align.model import Alignment, Pair, Segment


def alignment(*pairs):
    out = Alignment("en", "fr", None)
    out.pairs = [Pair("paragraph", str(k), None, None, Segment("en", str(k), a), Segment("fr", str(k), b))
                 for k, (a, b) in enumerate(pairs)]
    return out


A1, B1 = "Recalling its resolution 47/118 of 18 December 1992,", "Rappelant sa résolution 47/118 du 18 décembre 1992,"
A2, B2 = "Noting with concern the recent acts of violence,", "Notant avec préoccupation les actes de violence,"
A3, B3 = "Welcomes the report of the Secretary-General;", "Accueille avec satisfaction le rapport du Secrétaire général ;"


def test_found_exactly_or_nearly_and_misses_classed():
    produced = alignment((A1, B1), (A2 + " " + A3, B2 + " " + B3), ("Distr.", "Distr."), ("GENERAL", "GENERALE"),
                         ("24. " + A3, B1))
    measure = reference_recall(produced, [(A1, B1), ("1. " + A1, B1), (A2, B2), ("Distr. GENERAL", "Distr. GENERALE"),
                                          (A3, B3)])
    assert (measure.found, measure.total) == (2, 5)   # the printed number "1. " kept in the reference still matches
    assert [(src[:12], cls) for src, _, cls in measure.missed] == [
        ("Noting with ", "inside"), ("Distr. GENER", "split"), ("Welcomes the", "inside")]
    assert measure.share == 0.4 and measure.missed_as("wrong") == 0


def test_a_wrong_pair_is_wrong():
    measure = reference_recall(alignment((A1, B3), (A3, B1)), [(A1, B1)])
    assert measure.missed == [(A1, B1, "wrong")]
