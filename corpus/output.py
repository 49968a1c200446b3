"""Writing results safely: atomic files (temporary file + rename), so an
interrupted run or a full disk never leaves a half-written output behind."""
from __future__ import annotations

import contextlib
import errno
import json
import os
import tempfile


class OutputError(OSError):
    """A result could not be written. It names the user's path and the reason
    (a folder where a file name is needed, a file where a folder is, a full
    disk, no permission), never the hidden temporary file the write went
    through. Commands report it in one line and exit 1."""

    def __str__(self) -> str:
        return f"cannot write {self.filename}: {self.strerror}"


def _blocking_file(directory: str) -> str | None:
    """The first component of *directory* that exists but is not a folder."""
    probe = os.path.abspath(directory)
    while probe and not os.path.exists(probe):
        parent = os.path.dirname(probe)
        if parent == probe:
            return None
        probe = parent
    if not probe or os.path.isdir(probe):
        return None
    relative = os.path.relpath(probe)
    return probe if relative.startswith(os.pardir) else relative   # as the user wrote it, when under here


def check_directory(directory: str, path: str) -> None:
    """:class:`OutputError` for *path* when a file stands where *directory* or
    one of its parents must be (``-o notes.txt/out``); creates nothing."""
    blocker = _blocking_file(directory)
    if blocker:
        raise OutputError(errno.ENOTDIR, f"{blocker} is a file, not a folder", path)


def prepare_directory(directory: str, path: str) -> None:
    """Create the folder *path* goes into, or :class:`OutputError` for *path*."""
    try:
        os.makedirs(directory, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        check_directory(directory, path)
        raise OutputError(errno.ENOTDIR, f"{directory} is not a folder", path) from None
    except OSError as e:
        raise OutputError(e.errno, e.strerror or str(e), path) from None


def as_output_error(e: OSError, path: str) -> OutputError:
    """*e* (which may name a temporary file) restated for the user's *path*."""
    if isinstance(e, OutputError):
        return e
    if isinstance(e, IsADirectoryError) or os.path.isdir(path):
        return OutputError(errno.EISDIR, "it is an existing folder; give the name of a file to write", path)
    return OutputError(e.errno, e.strerror or str(e), path)


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
    if os.path.isdir(path):
        raise as_output_error(IsADirectoryError(errno.EISDIR, "is a folder"), path)
    directory = os.path.dirname(os.path.abspath(path))
    prepare_directory(directory, path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=".councildoc-", suffix=".tmp", dir=directory)
    except OSError as e:
        raise as_output_error(e, path) from None
    try:
        os.fchmod(fd, file_mode())
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            if durable:
                os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException as e:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(e, OSError) and e.filename in (None, tmp, path):
            raise as_output_error(e, path) from None
        raise


def write_atomic(path: str | os.PathLike, text: str | bytes, durable: bool = True) -> None:
    """Write *text* to *path* atomically (see :func:`atomic_file`)."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    with atomic_file(path, durable) as f:
        f.write(data)
