"""The two inputs of an alignment: trees written by ``councildoc parse`` or
documents parsed on the fly."""
from __future__ import annotations

from ...parser.model import load_tree as _load


def load_tree(path: str, lang: str | None = None) -> dict:
    """A tree from a ``.json`` file written by ``councildoc parse``/``convert``,
    or a document parsed on the fly (:func:`parser.model.load_tree`); *lang*
    (already normalised) overrides the tree's language. Bad input raises
    :class:`InputError` with a one-line message naming the file."""
    return _load(path, lang=lang)
