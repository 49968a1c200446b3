"""Writing results safely: atomic files (temporary file + rename), so an
interrupted run or a full disk never leaves a half-written output behind."""
from __future__ import annotations

import contextlib
import json
import os
import tempfile


def dump_tree(tree: dict, pretty: bool = False) -> str:
    """The JSON text of a tree: UTF-8 characters kept, compact unless *pretty*."""
    if pretty:
        return json.dumps(tree, ensure_ascii=False, indent=2) + "\n"
    return json.dumps(tree, ensure_ascii=False, separators=(",", ":")) + "\n"


def file_mode() -> int:
    """The permissions a plain ``open(path, "w")`` would give (0666 less the
    umask): temporary files are created 0600, which would make every output
    readable by its owner only."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


@contextlib.contextmanager
def atomic_file(path: str | os.PathLike, durable: bool = True):
    """Open a temporary file beside *path* for binary writing; when the block
    ends normally it replaces *path* in one rename, otherwise it is removed and
    the error re-raised. Readers see either the old file or the complete new one.

    The rename alone makes the write atomic against an interrupted or killed
    process. *durable* also flushes the data to disk before the rename, so the
    new file survives a power loss; it costs milliseconds per file, which a
    batch of thousands may skip (its next run re-converts any output a crash
    left incomplete)."""
    path = os.fspath(path)
    directory = os.path.dirname(os.path.abspath(path))
    os.makedirs(directory, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".councildoc-", suffix=".tmp", dir=directory)
    try:
        os.fchmod(fd, file_mode())
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            if durable:
                os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def write_atomic(path: str | os.PathLike, text: str | bytes, durable: bool = True) -> None:
    """Write *text* to *path* atomically (see :func:`atomic_file`)."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    with atomic_file(path, durable) as f:
        f.write(data)
