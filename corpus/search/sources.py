"""What ``councildoc index`` reads: tree JSON files, JSONL files (one tree per
line), folders of them, and documents of every format ``convert`` takes
(:mod:`parser.formats.registry`) parsed on the fly.

Each source yields ``(name, tree)`` or ``(name, error message)``: one bad file
(or one bad JSONL line) never stops the others. A file of a format no reader
takes (PDF in this version) yields a :class:`Skipped` message instead. In folders, the reports that
'councildoc convert' writes beside its trees (``_report.json``,
``NAME.report.json``) are not sources.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Iterator

from ...parser import InputError, TreeInvalidError, parse_file, tree_errors
from ...parser.formats.registry import DOCUMENT_EXTENSIONS, unsupported_reason

TREE_EXTENSIONS = {".json", ".jsonl"}


class Skipped(str):
    """Why a source was not read (a format without a reader): not a failure."""


def _check(tree, name: str) -> str | None:
    """Why *tree* cannot be indexed, or None."""
    if not isinstance(tree, dict) or "body" not in tree or "schema_version" not in tree:
        return f"{name}: not a councildoc document tree"
    errors = tree_errors(tree, 1)
    return f"{name}: the tree does not validate against the schema ({errors[0]})" if errors else None


def _unwrap(obj):
    """Accept a bare tree or a wrapper record holding one under "tree"."""
    if isinstance(obj, dict) and "body" not in obj and isinstance(obj.get("tree"), dict):
        return obj["tree"]
    return obj


def _is_report(path: Path) -> bool:
    """The report 'councildoc convert' writes beside its trees: not a tree."""
    return path.name == "_report.json" or path.name.endswith(".report.json")


def _from_json(path: Path) -> Iterator[tuple[str, dict | str]]:
    name = str(path)
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        yield name, f"{name}: cannot be read as JSON ({e})"
        return
    trees = data if isinstance(data, list) else [data]
    for i, tree in enumerate(trees):
        where = name if len(trees) == 1 else f"{name}[{i}]"
        tree = _unwrap(tree)
        problem = _check(tree, where)
        yield where, problem or tree


def _from_jsonl(path: Path) -> Iterator[tuple[str, dict | str]]:
    name = str(path)
    try:
        f = open(path, encoding="utf-8")
    except OSError as e:
        yield name, f"{name}: cannot be read ({e.strerror or e})"
        return
    with f:
        try:
            for number, line in enumerate(f, 1):
                if not line.strip():
                    continue
                where = f"{name}:{number}"
                try:
                    tree = _unwrap(json.loads(line))
                except json.JSONDecodeError as e:
                    yield where, f"{where}: not valid JSON ({e.msg})"
                    continue
                if isinstance(tree, dict) and "error" in tree and "body" not in tree:
                    continue        # a failure record written by a batch run: nothing to index
                yield where, _check(tree, where) or tree
        except UnicodeDecodeError:
            yield name, f"{name}: not UTF-8 text"


def _from_document(path: Path) -> Iterator[tuple[str, dict | str]]:
    reason = unsupported_reason(path.name)
    if reason:
        yield str(path), Skipped(f"{path}: {reason}")
        return
    try:
        yield str(path), parse_file(path)
    except (InputError, TreeInvalidError) as e:
        yield str(path), str(e)


def _from_file(path: Path) -> Iterator[tuple[str, dict | str]]:
    ext = path.suffix.lower()
    if ext == ".json":
        yield from _from_json(path)
    elif ext == ".jsonl":
        yield from _from_jsonl(path)
    else:
        yield from _from_document(path)


def _folder_files(folder: Path, skip: set[Path]) -> list[Path]:
    out = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in sorted(files):
            p = Path(root) / f
            if f.startswith(".") or p.resolve() in skip:
                continue
            if p.suffix.lower() in TREE_EXTENSIONS | DOCUMENT_EXTENSIONS and not _is_report(p):
                out.append(p)
    return out


def iter_sources(sources: list[str], skip: set[Path] = frozenset()) -> Iterator[tuple[str, dict | str]]:
    """Every tree (or error) of every source, in the order given (folders sorted)."""
    for source in sources:
        path = Path(source)
        if path.is_dir():
            for p in _folder_files(path, set(skip)):
                yield from _from_file(p)
        elif path.exists():
            yield from _from_file(path)
        else:
            yield source, f"{source}: no such file or folder"
