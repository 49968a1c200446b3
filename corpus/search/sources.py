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

from ...parser.model import is_tree

TREE_EXTENSIONS = {".json", ".jsonl"}


class Skipped(str):
    """Why a source was not read (a format without a reader): not a failure."""


def _check(tree, name: str) -> str | None:
    """Why *tree* cannot be indexed, or None."""
    if not is_tree(tree):
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
    if not isinstance(data, list):
        tree = _unwrap(data)
        yield name, _check(tree, name) or tree
        return
    items = [_unwrap(item) for item in data]
    foreign = {i for i, item in enumerate(items) if not is_tree(item)}
    if len(foreign) == len(items):
        # some other program's JSON array: one line for the file, not one per element
        yield name, f"{name}: not a councildoc document tree (a JSON array of {len(items)} items, none of them a tree)"
        return
    if foreign:
        yield name, (f"{name}: {len(foreign)} of {len(items)} items are not councildoc document trees "
                     f"(the first is item {min(foreign)}); the others are indexed")
    for i, tree in enumerate(items):
        if i not in foreign:
            where = f"{name}[{i}]"
            yield where, _check(tree, where) or tree


def _from_jsonl(path: Path) -> Iterator[tuple[str, dict | str]]:
    name = str(path)
    try:
        f = open(path, encoding="utf-8")
    except OSError as e:
        yield name, f"{name}: cannot be read ({e.strerror or e})"
        return
    bad: list[tuple[int, str]] = []     # (line number, why): reported once for the file, not once per line
    lines = 0
    with f:
        try:
            for number, line in enumerate(f, 1):
                if not line.strip():
                    continue
                lines += 1
                where = f"{name}:{number}"
                try:
                    tree = _unwrap(json.loads(line))
                except json.JSONDecodeError as e:
                    bad.append((number, "not valid JSON", e.msg))
                    continue
                if isinstance(tree, dict) and "error" in tree and "body" not in tree:
                    continue        # a failure record written by a batch run: nothing to index
                if not is_tree(tree):
                    bad.append((number, "not a councildoc document tree", None))
                    continue
                yield where, _check(tree, where) or tree
        except UnicodeDecodeError:
            yield name, f"{name}: not UTF-8 text"
            return
    if bad:
        yield name, _bad_lines_message(name, bad, lines)


def _bad_lines_message(name: str, bad: list[tuple[int, str, str | None]], lines: int) -> str:
    """One line for all the lines of a JSONL file that cannot be indexed,
    grouped by reason: ``f.jsonl: 101 of 101 lines cannot be indexed: lines
    1, 2, 3, 4, 5… (101): not a councildoc document tree``."""
    if len(bad) == 1:
        number, why, detail = bad[0]
        return f"{name}:{number}: {why}" + (f" ({detail})" if detail else "")
    by_reason: dict[str, list] = {}
    for number, why, detail in bad:
        by_reason.setdefault(why, []).append((number, detail))
    parts = []
    for why, where in by_reason.items():
        if len(where) == 1:
            number, detail = where[0]
            parts.append(f"line {number}: {why}" + (f" ({detail})" if detail else ""))
        else:
            numbers = ", ".join(str(n) for n, _ in where[:5]) + ("…" if len(where) > 5 else "")
            parts.append(f"lines {numbers} ({len(where)}): {why}")
    rest = "" if len(bad) == lines else "; the other lines are indexed"
    return f"{name}: {len(bad)} of {lines} lines cannot be indexed: " + "; ".join(parts) + rest


def _from_document(path: Path, lang: str | None = None,
                   encoding: str | None = None) -> Iterator[tuple[str, dict | str]]:
    reason = unsupported_reason(path.name)
    if reason:
        yield str(path), Skipped(f"{path}: {reason}")
        return
    try:
        yield str(path), parse_file(path, lang=lang, encoding=encoding)
    except (InputError, TreeInvalidError) as e:
        yield str(path), str(e)


def _from_file(path: Path, lang: str | None = None,
               encoding: str | None = None) -> Iterator[tuple[str, dict | str]]:
    ext = path.suffix.lower()
    if ext == ".json":
        yield from _from_json(path)
    elif ext == ".jsonl":
        yield from _from_jsonl(path)
    else:
        yield from _from_document(path, lang, encoding)


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


def source_files(sources: list[str], skip: set[Path] = frozenset()) -> list[str]:
    """The files to read, in the order given (folders expanded and sorted):
    known before reading any, so a long run can show its progress."""
    out: list[str] = []
    for source in sources:
        path = Path(source)
        if path.is_dir():
            out.extend(str(p) for p in _folder_files(path, set(skip)))
        else:
            out.append(source)
    return out


def read_source(source: str, *, lang: str | None = None,
                encoding: str | None = None) -> Iterator[tuple[str, dict | str]]:
    """Every tree (or error) of one file of :func:`source_files`. Documents
    are parsed with *lang* and *encoding* (trees are taken as they are)."""
    path = Path(source)
    if path.is_file():
        yield from _from_file(path, lang, encoding)
    elif path.exists():
        yield source, f"{source}: not a regular file"
    else:
        yield source, f"{source}: no such file or folder"


def iter_sources(sources: list[str], skip: set[Path] = frozenset(), *, lang: str | None = None,
                 encoding: str | None = None) -> Iterator[tuple[str, dict | str]]:
    """Every tree (or error) of every source, in the order given (folders sorted)."""
    for source in source_files(sources, skip):
        yield from read_source(source, lang=lang, encoding=encoding)
