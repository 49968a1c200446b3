"""What ``check`` reads: documents (parsed on the fly), tree JSON files written
by ``councildoc parse``, or folders of either. One unreadable file raises
:class:`InputError` for that file only; callers carry on with the others."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from ...parser import InputError
from ...parser.formats.registry import DOCUMENT_EXTENSIONS
from ...parser.model import is_tree_file, load_tree as load_any

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


#: how positions in a file are given: lines of a text or HTML document, paragraphs
#: (body elements) of a .docx, and only node ids in a tree file whose document is not at hand
LINE, PARAGRAPH, NODE = "line", "paragraph", "node"


def load_tree(path: str, lang: str | None = None, encoding: str | None = None) -> tuple[dict, str, str]:
    """The tree of *path*, the file findings name, and how positions in it are given.

    For a tree JSON file that is the source document it records, when that
    file is at hand (its recorded path, as given or from here) with the same
    content; otherwise the tree file itself, positioned by node id only (the
    recorded path is relative to a batch's input folder, which may be anywhere).
    Documents are parsed with *lang* and *encoding* (``check --lang/--encoding``)."""
    if is_tree_file(path):
        tree = load_any(path)
        source = tree.get("source") or {}
        if _same_document(source.get("path"), source.get("sha256")):
            return tree, source["path"], _unit(source.get("format"))
        return tree, path, NODE
    tree = load_any(path, lang=lang, encoding=encoding)
    return tree, path, _unit(tree["source"].get("format"))


def _unit(fmt: str | None) -> str:
    return PARAGRAPH if fmt == "docx" else LINE


def _same_document(recorded: str | None, sha256: str | None) -> bool:
    if not recorded or not sha256 or not os.path.isfile(recorded):
        return False
    try:
        with open(recorded, "rb") as f:
            return hashlib.sha256(f.read()).hexdigest() == sha256
    except OSError:
        return False
