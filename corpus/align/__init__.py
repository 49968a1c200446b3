"""Cross-language alignment of two versions of one document.

:mod:`.pairing` orchestrates: header lines by field (:mod:`.header`), body
units by number within their scope (:mod:`.units`, :mod:`.anchors`) and by
order and length between numbered anchors (:mod:`.dp`, :mod:`.lengths`),
tables row by row (:mod:`.tables`), footnotes by number (:mod:`.footnotes`);
what does not pair is reported (:mod:`.unpaired`). :mod:`.sentences` aligns
the sentences inside paired paragraphs; :mod:`.tmx` writes TMX 1.4.
"""
from .load import load_tree
from .model import Alignment, Finding, Pair, Segment, Unpaired
from .pairing import align_trees
from .tmx import tmx_bytes, tmx_lang

__all__ = ["Alignment", "Finding", "Pair", "Segment", "Unpaired", "align_trees", "load_tree", "tmx_bytes", "tmx_lang"]
