"""Writing results safely: atomic files (temporary file + rename), so an
interrupted run or a full disk never leaves a half-written output behind."""
from __future__ import annotations

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


def write_atomic(path: str | os.PathLike, text: str | bytes, durable: bool = True) -> None:
    """Write *text* to *path* so that readers see either the old file or the
    complete new one. On any error the temporary file is removed and the error
    re-raised.

    The rename alone makes the write atomic against an interrupted or killed
    process. *durable* also flushes the data to disk before the rename, so the
    new file survives a power loss; it costs milliseconds per file, which a
    batch of thousands may skip (its next run re-converts any output a crash
    left incomplete)."""
    path = os.fspath(path)
    directory = os.path.dirname(path) or "."
    os.makedirs(directory, exist_ok=True)
    data = text.encode("utf-8") if isinstance(text, str) else text
    fd, tmp = tempfile.mkstemp(prefix=".councildoc-", suffix=".tmp", dir=directory)
    try:
        os.fchmod(fd, file_mode())
        with os.fdopen(fd, "wb") as f:
            f.write(data)
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
