"""An interrupted JSONL batch never reports output that is not on disk
(issue 18 item 7: `timeout -s INT 3 councildoc convert DIR --jsonl b.jsonl`
said "5 converted" into b.jsonl, and b.jsonl was never written).

Now the lines completed before the interrupt are committed and reported; the
documents not reached keep the previous file's lines; and if the commit
itself fails, the report says nothing was written."""
from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import time

import pytest

from convert_corpus import make_copies
from process_support import interrupt
from councildoc.corpus.batch import run as batch_run
from councildoc.corpus.batch import sinks as sinks_module
from councildoc.parser import validate_tree

N_DOCS = 300
pytestmark = pytest.mark.skipif(not hasattr(os, "killpg"), reason="needs POSIX process groups")


def _convert(src, jsonl, *extra):
    cmd = [sys.executable, "-m", "councildoc.corpus.cli", "convert", str(src), "--jsonl", str(jsonl), "--jobs", "2",
           *extra]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def _interrupt_midway(proc, folder, limit=60.0):
    """SIGINT once the hidden new JSONL file holds a few lines (a generous limit, not a timed assertion)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and proc.poll() is None:
        tmp = [p for p in folder.iterdir() if p.name.startswith(".councildoc-") and p.name.endswith(".tmp")]
        try:
            if tmp and tmp[0].read_bytes().count(b"\n") >= 5:
                break
        except OSError:
            pass
        time.sleep(0.005)
    running = proc.poll() is None
    out, err = interrupt(proc)
    if not running:
        pytest.skip("the batch ended before it could be interrupted")
    return out.decode("utf-8") + err.decode("utf-8")     # the summary is on stdout, errors on stderr


def _lines(jsonl):
    trees = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    for t in trees[:3]:
        validate_tree(t)
    return {t["source"]["path"]: t["source"]["sha256"] for t in trees}


def test_sigint_commits_the_completed_lines_and_reports_exactly_them(tmp_path):
    src, jsonl = tmp_path / "in", tmp_path / "b.jsonl"
    make_copies(src, N_DOCS)
    err = _interrupt_midway(_convert(src, jsonl), tmp_path)
    report = json.loads((tmp_path / "b.report.json").read_text(encoding="utf-8"))
    assert report["interrupted"] is True and "output_discarded" not in report
    converted = {e["path"] for e in report["files"] if e["status"] == "converted"}
    assert 5 <= len(converted) < N_DOCS
    assert jsonl.exists(), err
    assert set(_lines(jsonl)) == converted            # every line reported, every reported line there
    assert {e["output"] for e in report["files"] if e["status"] == "converted"} == {"b.jsonl"}
    assert f"interrupted after {len(converted)} converted" in err
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".councildoc-")] == []


def test_sigint_keeps_the_previous_lines_of_documents_not_reached(tmp_path):
    src, jsonl = tmp_path / "in", tmp_path / "b.jsonl"
    make_copies(src, N_DOCS)
    assert _convert(src, jsonl, "--quiet").wait(timeout=600) == 0
    before = _lines(jsonl)
    for path in src.rglob("*.txt"):                   # every document changes: all must convert again
        path.write_text(path.read_text(encoding="utf-8") + "\n修改。\n", encoding="utf-8")
    _interrupt_midway(_convert(src, jsonl), tmp_path)
    report = json.loads((tmp_path / "b.report.json").read_text(encoding="utf-8"))
    new = {e["path"]: e["sha256"] for e in report["files"] if e["status"] == "converted"}
    after = _lines(jsonl)
    assert set(after) == set(before)                  # nothing lost
    assert 5 <= len(new) < N_DOCS
    for path, sha in after.items():
        assert sha == new.get(path, before[path])     # converted: the new tree; not reached: the old one


def test_a_commit_that_fails_is_not_reported_as_output(tmp_path, monkeypatch, capsys):
    src, jsonl = tmp_path / "in", tmp_path / "b.jsonl"
    make_copies(src, 3)

    class ReadOnlyAtTheEnd:
        """``os`` for the sink only: the final rename of the JSONL file fails (the report still writes)."""
        def __getattr__(self, name):
            return getattr(os, name)

        def replace(self, a, b):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(sinks_module, "os", ReadOnlyAtTheEnd())
    with pytest.raises(OSError):
        batch_run.run_batch(batch_run.BatchConfig(inputs=[str(src)], jsonl=str(jsonl), jobs=1))
    out = capsys.readouterr().out
    report = json.loads((tmp_path / "b.report.json").read_text(encoding="utf-8"))
    assert report["output_discarded"] == "Read-only file system"
    assert report["converted"] == 3 and {e["output"] for e in report["files"]} == {None}
    assert "nothing was written to" in out and str(jsonl) in out
    assert not jsonl.exists()
