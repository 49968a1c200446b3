"""A full disk (simulated: the file written reaches the disk only halfway, then
the write fails with ENOSPC, as a real full disk does) gives a clear one-line
error, never a traceback, and leaves no partial output: no half-written
``.json``, no temporary file, no half line in a JSONL file.

The fault is injected into the writing modules only (their ``os`` and
``tempfile`` names are replaced by proxies), so reading inputs works normally.
"""
from __future__ import annotations

import errno
import json
import os
import tempfile as real_tempfile

import pytest

from conftest import SEED
from councildoc.corpus import output as output_module
from councildoc.corpus.cli import main
from councildoc.parser import validate_tree

batch_run = pytest.importorskip("councildoc.corpus.batch.run", reason="the batch converter is not there yet")
sinks_module = pytest.importorskip("councildoc.corpus.batch.sinks")

ENOSPC = OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


class HalfWrittenFile:
    """A binary file on which every write reaches the disk halfway, then fails with ENOSPC."""

    def __init__(self, f):
        self._f = f

    def write(self, data: bytes) -> int:
        self._f.write(data[: len(data) // 2])
        self._f.flush()
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def __getattr__(self, name):
        return getattr(self._f, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._f.close()


class FullDisk:
    """Stands in for ``os`` and ``tempfile`` in one module: files created by
    ``tempfile.mkstemp`` in a directory that *is_full* selects fail on write."""

    def __init__(self, is_full=lambda directory: True, failing: set[int] | None = None):
        self.is_full = is_full
        self.failing = failing                # numbers of the writes that fail (None: all)
        self.paths: dict[int, str] = {}
        self.writes = 0

    # tempfile
    def mkstemp(self, *args, **kw):
        fd, path = real_tempfile.mkstemp(*args, **kw)
        self.paths[fd] = path
        return fd, path

    # os
    def fdopen(self, fd, *args, **kw):
        f = os.fdopen(fd, *args, **kw)
        path = self.paths.get(fd)
        if path is not None and self.is_full(os.path.dirname(path)):
            return _Countdown(f, self)
        return f

    def proxies(self):
        """(stand-in for ``os``, stand-in for ``tempfile``)."""
        return _Proxy(os, fdopen=self.fdopen), _Proxy(real_tempfile, mkstemp=self.mkstemp)


class _Proxy:
    """A module with some functions replaced."""

    def __init__(self, module, **replaced):
        self._module = module
        self.__dict__.update(replaced)

    def __getattr__(self, name):
        return getattr(self._module, name)


class _Countdown(HalfWrittenFile):
    def __init__(self, f, disk: FullDisk):
        super().__init__(f)
        self._disk = disk

    def write(self, data: bytes) -> int:
        self._disk.writes += 1
        if self._disk.failing is None or self._disk.writes in self._disk.failing:
            return super().write(data)
        return self._f.write(data)


def _install(monkeypatch, module, disk: FullDisk) -> None:
    fake_os, fake_tempfile = disk.proxies()
    monkeypatch.setattr(module, "os", fake_os)
    monkeypatch.setattr(module, "tempfile", fake_tempfile)


def _leftovers(folder):
    """Every temporary or JSON file under *folder* (relative paths)."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def _inputs(root, names):
    text = SEED.read_text(encoding="utf-8")
    for i, name in enumerate(names):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text + f"\n附加说明 {i}。\n", encoding="utf-8")


def test_parse_to_a_full_disk_is_one_line_and_leaves_nothing(tmp_path, monkeypatch, capsys):
    _install(monkeypatch, output_module, FullDisk())
    out = tmp_path / "out" / "seed.json"
    code = main(["parse", str(SEED), "-o", str(out)])
    err = capsys.readouterr().err
    assert code != 0
    assert err.count("\n") == 1 and "No space left on device" in err, err
    assert "Traceback" not in err and "internal error" not in err, err
    assert _leftovers(tmp_path / "out") == []


def test_batch_tree_on_a_full_disk_fails_that_document_only(tmp_path, monkeypatch, capsys):
    src, out = tmp_path / "in", tmp_path / "out"
    _inputs(src, ["a.txt", "b.txt", "full/c.txt", "d.txt"])
    _install(monkeypatch, output_module, FullDisk(is_full=lambda d: d.endswith(os.sep + "full")))
    summary = batch_run.run_batch(batch_run.BatchConfig(inputs=[str(src)], outdir=str(out), jobs=1, quiet=True))
    assert (summary["converted"], summary["failed"]) == (3, 1)
    report = json.loads((out / "_report.json").read_text(encoding="utf-8"))
    failed = [e for e in report["files"] if e["status"] == "failed"]
    assert [e["path"] for e in failed] == ["full/c.txt"]
    assert "No space left on device" in failed[0]["error"] and "\n" not in failed[0]["error"]
    assert _leftovers(out) == ["_report.json", "a.json", "b.json", "d.json"]
    for name in ("a.json", "b.json", "d.json"):
        validate_tree(json.loads((out / name).read_text(encoding="utf-8")))


def test_jsonl_on_a_full_disk_keeps_only_whole_lines(tmp_path, monkeypatch, capsys):
    """The second tree hits the full disk halfway: the JSONL file must not
    keep its first half (the lines after it would be glued to it)."""
    src = tmp_path / "in"
    _inputs(src, ["a.txt", "b.txt", "c.txt", "d.txt"])
    jsonl = tmp_path / "trees.jsonl"
    _install(monkeypatch, sinks_module, FullDisk(failing={2}))      # the disk is full for one write
    summary = batch_run.run_batch(batch_run.BatchConfig(inputs=[str(src)], jsonl=str(jsonl), jobs=1, quiet=True))
    assert (summary["converted"], summary["failed"]) == (3, 1)
    lines = jsonl.read_bytes().split(b"\n")
    assert lines[-1] == b""
    trees = [json.loads(line) for line in lines[:-1]]          # every line is a whole tree
    assert len(trees) == 3
    for tree in trees:
        validate_tree(tree)
    assert [p for p in _leftovers(tmp_path) if ".tmp" in p] == []


def test_batch_on_a_disk_that_is_full_everywhere_is_a_clear_error(tmp_path, monkeypatch, capsys):
    src, out = tmp_path / "in", tmp_path / "out"
    _inputs(src, ["a.txt", "b.txt"])
    disk = FullDisk()
    _install(monkeypatch, output_module, disk)      # trees and the report both go through output.atomic_file
    code = main(["convert", str(src), "-o", str(out), "--jobs", "1", "--quiet"])
    err = capsys.readouterr().err
    assert code != 0
    assert "Traceback" not in err and "internal error" not in err, err
    assert "No space left on device" in err
    assert all(len(line) < 400 for line in err.splitlines())
    assert _leftovers(out) == []


def test_jsonl_whose_final_flush_fails_keeps_the_previous_file(tmp_path, monkeypatch, capsys):
    """The disk fills up as the new JSONL file is flushed at the end: one line
    on standard error, the previous JSONL file untouched, no temporary file."""
    src = tmp_path / "in"
    _inputs(src, ["a.txt", "b.txt"])
    jsonl = tmp_path / "trees.jsonl"
    assert main(["convert", str(src), "--jsonl", str(jsonl), "--quiet"]) == 0
    before = jsonl.read_bytes()
    _inputs(src, ["c.txt"])

    def fsync(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(sinks_module, "os", _Proxy(os, fsync=fsync))
    code = main(["convert", str(src), "--jsonl", str(jsonl), "--quiet"])
    err = capsys.readouterr().err
    assert code != 0
    assert "No space left on device" in err and "Traceback" not in err and "internal error" not in err, err
    assert jsonl.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".councildoc-")] == []
