"""Footnote and link checking for council document trees.

One module per kind of check, each a pure function ``tree → findings``:
:mod:`footnotes`, :mod:`links`, :mod:`internal` (references inside the
document), :mod:`corpus_refs` (references to other documents, against a
corpus), :mod:`online` (fetching external URLs, the only module that touches
the network, and only when asked). :mod:`checker` runs the offline checks on
one tree; :mod:`formats` prints findings for people, machines and CI.
"""
from .findings import Finding, LEVELS
from .checker import check_tree

__all__ = ["Finding", "LEVELS", "check_tree"]
