"""The two inputs of an alignment: trees written by ``councildoc parse`` or
documents parsed on the fly."""
from __future__ import annotations

import os

from councildoc.parser import parse_file

from ..trees import read_tree_json


def load_tree(path: str, lang: str | None = None) -> dict:
    """A tree from a ``.json`` file written by ``councildoc parse``/``convert``,
    or a document (text, .docx, HTML) parsed on the fly; *lang* (already
    normalised) overrides the tree's language. Bad input raises
    :class:`InputError` with a one-line message naming the file."""
    if os.fspath(path).lower().endswith(".json"):
        tree = read_tree_json(path)
        if lang:
            tree = dict(tree, language=lang)
        return tree
    return parse_file(path, lang=lang)
