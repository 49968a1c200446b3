"""Schema validation of every tree before it leaves the program.

The validator is jsonschema-rs (a compiled draft 2020-12 validator): chosen by
measurement (see ``benchmarks/validate.py``), because validation runs on every
document of every batch. The compiled validator is built once per process.
"""
from __future__ import annotations

import functools

import jsonschema_rs

from ..schema import load_schema
from .errors import TreeInvalidError


@functools.lru_cache(maxsize=1)
def _validator():
    return jsonschema_rs.Draft202012Validator(load_schema())


def tree_errors(tree: dict, limit: int = 5) -> list[str]:
    """Up to *limit* validation errors, each as 'path: message'."""
    out = []
    for err in _validator().iter_errors(tree):
        path = "/".join(str(p) for p in err.instance_path) or "(root)"
        out.append(f"{path}: {err.message}")
        if len(out) >= limit:
            break
    return out


def validate_tree(tree: dict) -> None:
    """Raise :class:`TreeInvalidError` unless *tree* validates."""
    if _validator().is_valid(tree):
        return
    errors = tree_errors(tree, 1)
    raise TreeInvalidError(tree.get("source", {}).get("path", "<tree>"), errors[0] if errors else "invalid")
