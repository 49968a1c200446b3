"""Is an existing output up to date? A document is skipped when the tree
already written for it records the same input hash (``source.sha256``) and
the same ``converter_version``: then converting again would give the same
tree.

Only the head of an existing output is read: trees are written with
``converter_version`` and ``source`` among their first keys, so the first few
kilobytes hold both, and a batch over 10,000 up-to-date documents reads a few
kilobytes each instead of parsing 10,000 trees. Anything unexpected (missing,
unreadable, truncated, another layout) means "not up to date": reconverting
is always safe, skipping wrongly is not.

Changing ``--lang``/``--encoding``/``--format`` between runs does not change
the hash: the batch compares them with those its last report recorded and
converts everything again when they differ (see ``run.py``).
"""
from __future__ import annotations

import hashlib
import os
import re

HEAD_BYTES = 8192
_VERSION = re.compile(rb'"converter_version":\s*"([^"\\]*)"')
_SHA = re.compile(rb'"source":\s*\{[^{}]*?"sha256":\s*"([0-9a-f]{64})"')
_PATH = re.compile(rb'"source":\s*\{\s*"path":\s*"((?:[^"\\]|\\.)*)"')


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def stamp_of(head: bytes) -> tuple[str, str] | None:
    """``(sha256, converter_version)`` from the start of a tree's JSON text, or None."""
    version = _VERSION.search(head)
    sha = _SHA.search(head)
    if not version or not sha:
        return None
    return sha.group(1).decode("ascii"), version.group(1).decode("utf-8", "replace")


def output_is_current(out_path: str, sha256: str, version: str) -> bool:
    """True when *out_path* is a complete tree for input *sha256* made by *version*."""
    try:
        with open(out_path, "rb") as f:
            head = f.read(HEAD_BYTES)
            f.seek(-2, os.SEEK_END)
            tail = f.read(2)
    except OSError:
        return False
    if tail != b"}\n":      # every tree we write ends so; anything else was not written by us
        return False
    return stamp_of(head) == (sha256, version)


def jsonl_index(path: str) -> dict[str, tuple[str, str, int, int]]:
    """For an existing JSONL output: source.path → (sha256, version, offset, length) of its line.

    Lets an incremental JSONL run copy the lines of up-to-date documents
    instead of reconverting them. Lines that are not complete trees are ignored."""
    import json
    index: dict[str, tuple[str, str, int, int]] = {}
    try:
        f = open(path, "rb")
    except OSError:
        return index
    with f:
        offset = 0
        for line in f:
            length = len(line)
            if line.endswith(b"}\n"):
                head = line[:HEAD_BYTES]
                stamp = stamp_of(head)
                name = _PATH.search(head)
                if stamp and name:
                    try:
                        rel = json.loads(b'"' + name.group(1) + b'"')
                    except ValueError:
                        rel = None
                    if rel is not None:
                        index[rel] = (stamp[0], stamp[1], offset, length)
            offset += length
    return index
