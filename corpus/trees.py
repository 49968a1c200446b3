"""Reading a tree back from a JSON file written by ``parse`` or ``convert``.

One place for it, so that every command (align, check, …) refuses a file that
is not a tree with the same one-line message."""
from __future__ import annotations

import json
import os

from councildoc.parser import InputError


class NotATree(InputError):
    """Valid JSON that is not a councildoc tree (a batch report, say)."""


def is_tree(obj) -> bool:
    return isinstance(obj, dict) and "schema_version" in obj and isinstance(obj.get("body"), list)


def read_tree_json(path: str | os.PathLike) -> dict:
    """The tree stored in *path*; :class:`InputError` (or :class:`NotATree`)
    with a one-line message naming the file otherwise."""
    name = os.fspath(path)
    try:
        with open(path, "rb") as f:
            tree = json.loads(f.read().decode("utf-8"))
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except IsADirectoryError:
        raise InputError(name, "is a directory, not a file") from None
    except UnicodeDecodeError:
        raise InputError(name, "not UTF-8 JSON") from None
    except json.JSONDecodeError as e:
        raise InputError(name, f"not valid JSON (line {e.lineno}, column {e.colno}: {e.msg})") from None
    except OSError as e:
        raise InputError(name, f"cannot be read ({e.strerror or e})") from None
    if not is_tree(tree):
        raise NotATree(name, "is JSON but not a councildoc tree (no schema_version and body)")
    return tree
