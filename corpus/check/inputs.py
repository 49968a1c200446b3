"""What ``check`` reads: documents (parsed on the fly), tree JSON files written
by ``councildoc parse``, or folders of either. One unreadable file raises
:class:`InputError` for that file only; callers carry on with the others."""
from __future__ import annotations

import os
from pathlib import Path

from ...parser import InputError
from ...parser.formats.registry import DOCUMENT_EXTENSIONS
from ...parser.model import load_tree as load_any, source_file

TREE_EXTENSIONS = {".json"}


def expand(paths: list[str]) -> list[str]:
    """Files named or found (recursively, hidden entries skipped, sorted) in
    folders. A path that does not exist raises InputError."""
    return [p for p, _ in expand_marked(paths)]


def expand_marked(paths: list[str]) -> list[tuple[str, bool]]:
    """Like :func:`expand`, each file with True when it was found in a folder
    (rather than named)."""
    out: list[tuple[str, bool]] = []
    for p in paths:
        if os.path.isdir(p):
            found = []
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for f in files:
                    if not f.startswith(".") and Path(f).suffix.lower() in DOCUMENT_EXTENSIONS | TREE_EXTENSIONS:
                        found.append(os.path.join(root, f))
            out.extend((f, True) for f in sorted(found))
        elif os.path.exists(p):
            out.append((p, False))
        else:
            raise InputError(p, "no such file or folder")
    seen: set[str] = set()
    unique = []
    for p, in_folder in out:
        if p not in seen:
            seen.add(p)
            unique.append((p, in_folder))
    return unique


def load_tree(path: str) -> tuple[dict, str]:
    """The tree of *path* and the file its line numbers refer to (the
    document itself, or for a tree JSON file the source document it records)."""
    tree = load_any(path)
    return tree, source_file(tree, path)
