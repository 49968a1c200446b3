"""Where trees go: a folder mirroring the inputs, or one JSONL file.

Both write atomically. In a folder each tree is its own temp file + rename,
so an interrupted run leaves complete trees and, at worst, a hidden
``.councildoc-*.tmp`` file, never a half-written ``.json``. Trees are not
flushed to disk one by one unless asked (``--fsync``: milliseconds per file):
after a power loss the incremental check, which trusts only complete trees,
makes the next run re-convert whatever the crash left incomplete. A JSONL file is
built under a temporary name and renamed over the old one only when the
batch ends. An interrupted run commits the lines completed so far (and keeps
the previous file's lines of the documents it did not reach), so the report,
which lists those documents as converted into FILE, is true; if even that
commit fails, the previous file stays untouched and the report says nothing
was written.
"""
from __future__ import annotations

import os
import tempfile

from ..output import as_output_error, file_mode, prepare_directory, write_atomic
from .discover import Source
from .incremental import jsonl_index, output_is_current


class MirrorSink:
    """``a/b/x.txt`` → ``OUTDIR/a/b/x.json``."""

    def __init__(self, outdir: str, durable: bool = False):
        self.outdir = outdir
        self.durable = durable

    def describe(self, src: Source) -> str:
        return src.output_rel

    def is_current(self, src: Source, sha256: str, version: str) -> bool:
        return output_is_current(os.path.join(self.outdir, src.output_rel), sha256, version)

    def keep(self, src: Source) -> None:
        """An up-to-date output stays where it is."""

    def write(self, src: Source, text: str) -> None:
        write_atomic(os.path.join(self.outdir, src.output_rel), text, durable=self.durable)

    def close(self, interrupted: bool = False) -> None:
        """Every tree is already in place (one atomic file each)."""


class JsonlSink:
    """One tree per line in FILE, in order of completion (``source.path`` names each)."""

    def __init__(self, path: str, force: bool):
        self.path = path
        directory = os.path.dirname(os.path.abspath(path))
        prepare_directory(directory, path)
        self._index = {} if force else jsonl_index(path)
        self._written: set[str] = set()     #: documents whose line is in the new file
        self._old = open(path, "rb") if self._index else None
        try:
            fd, self._tmp = tempfile.mkstemp(prefix=".councildoc-", suffix=".tmp", dir=directory)
        except OSError as e:
            raise as_output_error(e, path) from None
        os.fchmod(fd, file_mode())
        # unbuffered: each line goes to the file whole or is cut back (see _append)
        self._out = os.fdopen(fd, "wb", buffering=0)

    def describe(self, src: Source) -> str:
        return os.path.basename(self.path)

    def is_current(self, src: Source, sha256: str, version: str) -> bool:
        entry = self._index.get(src.rel)
        return entry is not None and entry[:2] == (sha256, version)

    def keep(self, src: Source) -> None:
        """Copy the document's line from the previous file."""
        self._copy_old(src.rel)

    def _copy_old(self, rel: str) -> None:
        _, _, offset, length = self._index[rel]
        self._old.seek(offset)
        self._append(self._old.read(length))
        self._written.add(rel)

    def write(self, src: Source, text: str) -> None:
        self._append(text.encode("utf-8"))
        self._written.add(src.rel)

    def _append(self, data: bytes) -> None:
        """One whole line, or nothing: a write that fails halfway (disk full)
        is cut back, so no half line is left for the next one to join."""
        start = self._out.tell()
        try:
            view = memoryview(data)
            while view:
                view = view[self._out.write(view):]
        except BaseException:       # a full disk, or a second Ctrl-C between two partial writes
            try:
                self._out.seek(start)
                self._out.truncate()
            except OSError:
                pass
            raise

    def close(self, interrupted: bool = False) -> None:
        """Put the new file in place. *interrupted*: the documents not reached
        keep their line of the previous file (the next run brings them up to date)."""
        try:
            if interrupted:
                for rel in sorted(self._index.keys() - self._written, key=lambda r: self._index[r][2]):
                    self._copy_old(rel)
            self._out.flush()
            os.fsync(self._out.fileno())
            self._out.close()
        except BaseException:
            self.abort()          # no temporary file left behind; the old file stays
            raise
        if self._old:
            self._old.close()
        try:
            os.replace(self._tmp, self.path)
        except OSError as e:
            self.abort()
            raise as_output_error(e, self.path) from None

    def abort(self) -> None:
        """The new file cannot be committed: drop it, keep the old one."""
        for f in (self._out, self._old):
            if f:
                f.close()
        try:
            os.unlink(self._tmp)
        except OSError:
            pass
