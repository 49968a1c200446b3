"""A batch killed midway (SIGKILL of the whole process group, like closing a
terminal; or SIGINT, like Ctrl-C) leaves only complete, valid trees: never a
half-written ``.json``. The next run picks up where it stopped."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from convert_corpus import make_copies
from process_support import interrupt
from councildoc.parser import validate_tree

N_DOCS = 300
pytestmark = pytest.mark.skipif(not hasattr(os, "killpg"), reason="needs POSIX process groups")


def start(src, out, *extra):
    cmd = [sys.executable, "-m", "councildoc.corpus.cli", "convert", str(src), "-o", str(out), "--jobs", "2", *extra]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def wait_for_first_outputs(proc, out, at_least=3, limit=60.0):
    """Wait until a few trees exist (or the run ended); a generous limit, not a timed assertion."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and sum(1 for _ in out.rglob("doc*.json")) >= at_least:
            return
        time.sleep(0.01)


def check_only_complete_trees(out):
    """Every visible file is a complete, valid tree; temporary files are hidden (.councildoc-*.tmp)."""
    trees = 0
    for path in out.rglob("*"):
        if path.is_dir():
            continue
        if path.name.startswith("."):
            assert path.name.startswith(".councildoc-") and path.name.endswith(".tmp"), path
            continue
        assert path.suffix == ".json", path
        with open(path, encoding="utf-8") as f:
            tree = json.load(f)
        if path.name != "_report.json":
            validate_tree(tree)
            trees += 1
    return trees


@pytest.fixture
def corpus(tmp_path):
    src = tmp_path / "in"
    make_copies(src, N_DOCS)
    return src, tmp_path / "out"


def test_sigkill_midway_leaves_only_complete_trees_and_the_next_run_finishes(corpus):
    src, out = corpus
    proc = start(src, out, "--quiet")
    wait_for_first_outputs(proc, out)
    os.killpg(proc.pid, signal.SIGKILL)   # parent and workers, no chance to clean up
    proc.communicate(timeout=30)
    done = check_only_complete_trees(out)
    assert done >= 1

    rerun = subprocess.run([sys.executable, "-m", "councildoc.corpus.cli", "convert", str(src), "-o", str(out),
                            "--jobs", "2", "--quiet"], capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    with open(out / "_report.json", encoding="utf-8") as f:
        report = json.load(f)
    assert report["skipped"] == done
    assert report["converted"] == N_DOCS - done
    assert check_only_complete_trees(out) == N_DOCS


def test_sigint_stops_cleanly_with_exit_130_and_an_interrupted_report(corpus):
    src, out = corpus
    proc = start(src, out)
    wait_for_first_outputs(proc, out)
    running = proc.poll() is None
    _, err = interrupt(proc)
    check_only_complete_trees(out)
    if not running:
        pytest.skip("the batch ended before it could be interrupted")
    assert proc.returncode == 130, err
    assert b"interrupted" in err and b"Traceback" not in err
    with open(out / "_report.json", encoding="utf-8") as f:
        report = json.load(f)
    assert report["interrupted"] is True
    assert report["documents"] == N_DOCS
    # the report lists exactly the trees written before the interrupt
    converted = {e["output"] for e in report["files"] if e["status"] == "converted"}
    on_disk = {p.relative_to(out).as_posix() for p in out.rglob("doc*.json")}
    assert converted == on_disk
