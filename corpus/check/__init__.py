"""Footnote and link checking for council document trees.

One module per kind of check, each a pure function ``tree → findings``:
:mod:`footnotes`, :mod:`links`, :mod:`internal` (references inside the
document), :mod:`corpus_refs` (references to other documents, against a
corpus), :mod:`online` (fetching external URLs, the only module that touches
the network, and only when asked). :mod:`checker` runs the offline checks on
one tree; :mod:`formats` prints findings for people, machines and CI.

The names below are imported on first use, so a command that only needs
:mod:`findings` (``check --list-codes``, ``--help``) does not load the checks.
"""
from ...parser.lazy import lazy_attributes

__getattr__, __dir__ = lazy_attributes(__name__, {"Finding": ".findings", "LEVELS": ".findings",
                                                  "check_tree": ".checker"}, globals())

__all__ = ["Finding", "LEVELS", "check_tree"]
