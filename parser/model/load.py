"""The one loader of "a tree JSON file or a document": every command (align,
check, index, …) reads its inputs here, so each refuses a bad file with the
same one-line message, and every tree it returns has been validated.
"""
from __future__ import annotations

import json
import os

from ..decode import DEFAULT_MAX_BYTES
from ..errors import InputError
from ..validate import tree_errors
from ..version import SCHEMA_VERSION

TREE_EXTENSIONS = (".json",)
MAX_TREE_BYTES = 10 * DEFAULT_MAX_BYTES      # a tree is a few times the size of its document
#: earlier schema versions whose trees are valid trees of this one (1.1 only added fields)
COMPATIBLE_VERSIONS = ("1.0",)


class NotATree(InputError):
    """Valid JSON that is not a councildoc tree (a batch report, say)."""


def is_tree(obj) -> bool:
    return isinstance(obj, dict) and "schema_version" in obj and isinstance(obj.get("body"), list)


def read_tree_json(path: str | os.PathLike) -> dict:
    """The tree stored in *path*; :class:`InputError` (or :class:`NotATree`)
    with a one-line message naming the file otherwise."""
    from ..api import read_input          # here: the builder imports this package
    name = os.fspath(path)
    data = read_input(path, display_name=name, max_bytes=MAX_TREE_BYTES)
    try:
        tree = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise InputError(name, "not UTF-8 JSON") from None
    except json.JSONDecodeError as e:
        raise InputError(name, f"not valid JSON (line {e.lineno}, column {e.colno}: {e.msg})") from None
    if not is_tree(tree):
        raise NotATree(name, "is JSON but not a councildoc tree (no schema_version and body)")
    return tree


def is_tree_file(path: str | os.PathLike) -> bool:
    return os.fspath(path).lower().endswith(TREE_EXTENSIONS)


def checked_tree(tree, name: str) -> dict:
    """*tree* when it is a valid councildoc tree; :class:`NotATree` or
    :class:`InputError` naming *name* otherwise."""
    if not is_tree(tree):
        raise NotATree(name, "is JSON but not a councildoc tree (no schema_version and body)")
    probe = tree
    if tree.get("schema_version") in COMPATIBLE_VERSIONS:
        probe = dict(tree, schema_version=SCHEMA_VERSION)
    errors = tree_errors(probe)
    if errors:
        raise InputError(name, f"is not a valid councildoc tree ({errors[0]})")
    return tree


def load_tree(path: str | os.PathLike, *, lang: str | None = None, **parse_options) -> dict:
    """The tree of *path*: a ``.json`` tree written by ``parse``/``convert``
    (validated), or a document of any registered format parsed now. *lang*
    overrides the language. Bad input raises :class:`InputError` (or
    :class:`NotATree`) with a one-line message naming the file."""
    if is_tree_file(path):
        tree = checked_tree(read_tree_json(path), os.fspath(path))
        return dict(tree, language=lang) if lang else tree
    from ..api import parse_file          # here: the builder imports this package
    return parse_file(path, lang=lang, **parse_options)


def source_file(tree: dict, path: str | os.PathLike) -> str:
    """The file a tree's line numbers refer to: for a tree JSON file, the
    source document it records; for a document, the document."""
    if is_tree_file(path):
        return (tree.get("source") or {}).get("path") or os.fspath(path)
    return os.fspath(path)
