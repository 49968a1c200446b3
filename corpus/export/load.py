"""A tree from a tree JSON file or from any document the parser reads.

Why: ``export`` and ``refs`` take either. A JSON file must be a councildoc
tree that validates against the schema (a hand-edited or truncated tree is
refused in one line naming the file and the first problem); anything else is
parsed. (To be replaced by the single validated loader of ``parser/model``
once it exists.)
"""
from __future__ import annotations

import os

from ...parser import InputError, parse_file
from ...parser.model.load import read_tree_json
from ...parser.validate import tree_errors

__all__ = ["load_tree", "is_tree_file"]


def is_tree_file(path: str | os.PathLike) -> bool:
    return os.fspath(path).lower().endswith(".json")


def load_tree(path: str | os.PathLike, **parse_options) -> dict:
    """The tree of *path* (see module docstring); :class:`InputError` otherwise."""
    if is_tree_file(path):
        tree = read_tree_json(path)
        errors = tree_errors(tree, 1)
        if errors:
            raise InputError(os.fspath(path), f"is not a valid councildoc tree ({errors[0]})")
        return tree
    return parse_file(path, **parse_options)
