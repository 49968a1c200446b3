"""A worker process of ``councildoc convert --jobs 2`` killed from outside
(SIGKILL, as the out-of-memory killer or an operator does) does not stop the
batch: every document is accounted for in the report — converted (retried
alone if it was in flight) or failed with kind "crash" — every tree on disk is
complete and valid, and the run says what happened in one line.

Unlike tests/test_convert_engines.py (a work function that exits), this kills
a real worker of the real command, chosen from the process tree."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import SEED
from councildoc.parser import validate_tree

pytest.importorskip("councildoc.corpus.batch.run", reason="the batch converter is not there yet")
pytestmark = pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs /proc to find the workers")

N_DOCS = 60


def _children(pid: int) -> list[int]:
    kids: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            kids += [int(k) for k in (task / "children").read_text().split()]
        except OSError:
            pass
    return kids


def test_a_worker_killed_from_outside_does_not_stop_the_batch(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    text = SEED.read_text(encoding="utf-8")
    for i in range(N_DOCS):
        (src / f"doc{i:03d}.txt").write_text(text + f"\n附加说明 {i}。\n", encoding="utf-8")

    cmd = [sys.executable, "-m", "councildoc.corpus.cli", "convert", str(src), "-o", str(out), "--jobs", "2"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    victim = None
    deadline = time.monotonic() + 120          # a generous limit on waiting, not a timed assertion
    try:
        while proc.poll() is None and time.monotonic() < deadline:
            done = sum(1 for _ in out.glob("doc*.json")) if out.exists() else 0
            workers = _children(proc.pid)
            if done >= 3 and workers:           # the batch is under way: kill one worker
                victim = workers[0]
                os.kill(victim, signal.SIGKILL)
                break
            time.sleep(0.01)
        stdout, stderr = proc.communicate(timeout=300)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    if victim is None:
        pytest.skip("the batch finished before a worker could be killed")
    err = stderr.decode()
    assert proc.returncode in (0, 1), err
    assert "Traceback" not in err
    assert "a worker process died" in err

    report = json.loads((out / "_report.json").read_text(encoding="utf-8"))
    entries = {e["path"]: e for e in report["files"]}
    assert sorted(entries) == [f"doc{i:03d}.txt" for i in range(N_DOCS)]       # every file reported
    for name, entry in entries.items():
        if entry["status"] == "converted":
            tree = json.loads((out / name.replace(".txt", ".json")).read_text(encoding="utf-8"))
            validate_tree(tree)
            assert tree["source"]["path"] == name
        else:
            assert entry["status"] == "failed" and entry["kind"] == "crash", entry
            assert not (out / name.replace(".txt", ".json")).exists()
    # the documents the dead worker held were converted again, alone
    assert any(e.get("retried") for e in entries.values()) or any(
        e["status"] == "failed" for e in entries.values())
    assert not [p for p in out.rglob("*") if p.name.startswith(".councildoc-")]
