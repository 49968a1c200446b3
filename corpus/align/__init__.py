"""Cross-language alignment of two versions of one document: pairing of
paragraphs, items and footnotes by number (:mod:`.pairing`), and writers for
the pairs (JSON lines, TMX 1.4 in :mod:`.tmx`)."""
from .pairing import Alignment, Finding, Pair, Segment, align_trees, load_tree
from .tmx import tmx_bytes, tmx_lang

__all__ = ["Alignment", "Finding", "Pair", "Segment", "align_trees", "load_tree", "tmx_bytes", "tmx_lang"]
