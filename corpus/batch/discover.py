"""From what the user typed (files, folders, globs) to the list of documents.

Each document gets a *relative path*: the path its output mirrors under
OUTDIR and the name recorded in its tree (``source.path``), so trees never
carry this machine's absolute paths. For a folder, paths are relative to the
folder; for a glob, to the part of the pattern before the first wildcard;
for a file named on its own, it is the file name.

Folders are searched recursively for the extensions of the input-format
registry (:mod:`parser.formats.registry`; formats without a reader included,
so that the batch reports them as skipped, with the reason); hidden
files and folders (``.git``, our own ``.councildoc-*.tmp``) and the output
folder itself are left out. A file named explicitly is always taken, whatever
its extension: the user asked for it. Symbolic links are followed, and a
dangling one is kept so that it is reported as a failed file, not silently
dropped.
"""
from __future__ import annotations

import glob
import os
from dataclasses import dataclass

from ...parser.errors import UsageError
from ...parser.formats.registry import is_document_name as _is_document_name


@dataclass(frozen=True, slots=True)
class Source:
    """One document to convert."""
    rel: str        #: relative path with "/" separators: output mirror and tree name
    path: str       #: path to open, as found from the user's input (may be relative to cwd)
    output: str | None = None   #: the output's relative path when not the usual one (see run.py)

    @property
    def output_rel(self) -> str:
        """``a/b/x.txt`` → ``a/b/x.json``."""
        if self.output:
            return self.output
        stem, _ = os.path.splitext(self.rel)
        return stem + ".json"


def discover(inputs: list[str], exclude: list[str] | None = None) -> list[Source]:
    """All documents under *inputs*, sorted by relative path, duplicates removed.

    Raises :class:`UsageError` for an input that does not exist or a glob
    that matches nothing (nothing has been done yet, so failing fast is kinder
    than a batch that silently converts less than asked). A list of paths is
    small even for 100,000 documents; the trees are what must be streamed."""
    excluded = {os.path.realpath(e) for e in (exclude or [])}
    seen: set[str] = set()
    found: list[Source] = []

    def add(rel: str, path: str) -> None:
        key = os.path.abspath(path)
        if key not in seen:
            seen.add(key)
            found.append(Source(rel.replace(os.sep, "/"), path))

    for item in inputs:
        if glob.has_magic(item):
            matches = sorted(glob.glob(item, recursive=True))
            if not matches:
                raise UsageError(f"{item}: no file matches this pattern")
            base = _glob_base(item)
            for m in matches:
                if os.path.isdir(m):
                    for rel, path in _walk(m, excluded):
                        add(os.path.join(os.path.relpath(m, base), rel), path)
                elif _is_document_name(m):
                    add(os.path.relpath(m, base), m)
        elif os.path.isdir(item):
            for rel, path in _walk(item, excluded):
                add(rel, path)
        elif os.path.lexists(item):
            add(os.path.basename(item), item)
        else:
            raise UsageError(f"{item}: no such file or folder")
    found.sort(key=lambda s: s.rel)
    return found


def _walk(top: str, excluded: set[str]):
    """(relative path, path) of the documents under *top*, recursively."""
    visited = {os.path.realpath(top)}   # symbolic links are followed, but never round in a loop
    for dirpath, dirnames, filenames in os.walk(top, followlinks=True):
        kept = []
        for d in sorted(dirnames):
            real = os.path.realpath(os.path.join(dirpath, d))
            if not d.startswith(".") and real not in excluded and real not in visited:
                visited.add(real)
                kept.append(d)
        dirnames[:] = kept
        for name in sorted(filenames):
            if name.startswith(".") or not _is_document_name(name):
                continue
            path = os.path.join(dirpath, name)
            yield os.path.relpath(path, top), path


def _glob_base(pattern: str) -> str:
    """The folder part of *pattern* before its first wildcard (``docs/**/*.txt`` → ``docs``)."""
    parts = pattern.replace(os.sep, "/").split("/")
    fixed = []
    for part in parts[:-1]:
        if glob.has_magic(part):
            break
        fixed.append(part)
    if not fixed:
        return "."
    base = "/".join(fixed)
    return base or "/"
