"""Alignment quality on real documents: the share of truly corresponding
paragraph pairs that ``align`` produces.

- the UDHR (../shared/peer/un/udhr__udhr_*.xml), English with French,
  Spanish, Chinese, Russian and Arabic, on trees of three shapes (tests/udhr_trees.py): the
  truth is the XML structure (article n paragraph k; the preamble read by
  hand);
- the hand-made English–French alignments of ../shared/peer/pdf/alignment/
  on the PDFs they were made on, when this councildoc reads PDF.

Missed pairs are classed (corpus/align/measure.py): "inside" a produced pair
that also holds a neighbour (the reader joined two paragraphs), "split"
over produced pairs (the reader cut one), "wrong" (the aligner's error).

Also the time align takes beside the time to build/parse the two versions.

    python benchmarks/align_scores.py [--missed N]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))
from align_reference import DOCUMENTS, pdf_supported, pdf_trees, reference_pairs  # noqa: E402
from udhr_trees import udhr_tree, udhr_truth  # noqa: E402

from councildoc.corpus.align import align_trees  # noqa: E402
from councildoc.corpus.align.measure import reference_recall  # noqa: E402

SHARED = REPO.parent / "shared" / "peer"


def row(name: str, measure, seconds_align: float, seconds_input: float, unpaired: int) -> str:
    classes = "/".join(str(measure.missed_as(c)) for c in ("inside", "split", "wrong"))
    return (f"{name:<26} {measure.found:>4}/{measure.total:<4} {100 * measure.share:6.1f}%  missed inside/split/wrong "
            f"{classes:<8} unpaired {unpaired:>3}  align {1000 * seconds_align:6.1f} ms (input {1000 * seconds_input:7.1f} ms)")


def show_missed(measure, limit: int) -> None:
    for src, tgt, cls in measure.missed[:limit]:
        print(f"    missed ({cls}): {src[:60]!r} | {tgt[:50]!r}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--missed", type=int, default=3, help="show this many missed pairs per document pair")
    args = ap.parse_args()
    un = SHARED / "un"
    if (un / "udhr__udhr_eng.xml").exists():
        print("UDHR (truth: the XML structure)")
        for lang in ("fr", "es", "zh", "ru", "ar"):
            for shape in ("sections", "flat", "unnumbered"):
                t0 = time.perf_counter()
                a, b = udhr_tree(un, "en", shape), udhr_tree(un, lang, shape)
                t1 = time.perf_counter()
                result = align_trees(a, b, "en", lang)
                t2 = time.perf_counter()
                measure = reference_recall(result, udhr_truth(un, lang))
                print(row(f"  en-{lang} {shape}", measure, t2 - t1, t1 - t0, len(result.unpaired)))
                show_missed(measure, args.missed)
    else:
        print("UDHR: ../shared/peer/un is absent")
    pdf = SHARED / "pdf"
    if not pdf_supported(pdf):
        print("PDF pairs: skipped (../shared/peer/pdf absent, or this councildoc does not read PDF)")
        return 0
    print("PDF pairs (truth: ../shared/peer/pdf/alignment/, hand-made)")
    for name in DOCUMENTS:
        t0 = time.perf_counter()
        a, b = pdf_trees(pdf, name)
        t1 = time.perf_counter()
        result = align_trees(a, b, "en", "fr")
        t2 = time.perf_counter()
        measure = reference_recall(result, reference_pairs(pdf, name))
        print(row(f"  {name} en-fr", measure, t2 - t1, t1 - t0, len(result.unpaired)))
        show_missed(measure, args.missed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
