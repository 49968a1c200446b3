"""Progress: a bar with rate and ETA on a terminal, a line now and then in a
pipe, nothing with --quiet; the summary at the end in every mode but quiet."""
from __future__ import annotations

import io
import shutil
import sys

import pytest

from convert_corpus import SHORT_EN, make_copies
from process_support import run_on_terminal
from councildoc.corpus.batch import progress
from councildoc.corpus.batch.run import BatchConfig, run_batch


class FakeTTY(io.StringIO):
    def isatty(self):
        return True


def test_mode_follows_the_stream(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    assert progress.choose_mode(quiet=True, stream=FakeTTY()) == progress.QUIET
    assert progress.choose_mode(quiet=False, stream=io.StringIO()) == progress.LINES
    # a "terminal" whose width cannot be known gets lines, not an empty bar
    assert progress.choose_mode(quiet=False, stream=FakeTTY()) == progress.LINES
    monkeypatch.setenv("CI", "true")
    assert progress.choose_mode(quiet=False, stream=FakeTTY()) == progress.LINES


def test_pipe_gets_quiet_progress_lines_and_errors(tmp_path, monkeypatch):
    monkeypatch.setattr(progress, "LINE_INTERVAL", 0.0)  # a line after every document
    make_copies(tmp_path / "in", 3)
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    err = io.StringIO()
    run_batch(BatchConfig(inputs=[str(tmp_path / "in")], outdir=str(tmp_path / "out")), stream=err)
    lines = err.getvalue().splitlines()
    assert lines[0] == f"{tmp_path / 'in' / 'empty.txt'}: empty file (0 bytes)"
    # after each document but the last (the summary follows that one)
    assert [line.split(",")[0] for line in lines[1:]] == [
        "councildoc convert: 1/4 documents", "councildoc convert: 2/4 documents", "councildoc convert: 3/4 documents"]
    assert all("docs/s" in line and "s left" in line for line in lines[1:])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses a Linux pseudo-terminal")
def test_a_terminal_gets_a_bar_with_rate_and_eta(tmp_path):
    (tmp_path / "in").mkdir()
    for i in range(5):
        (tmp_path / "in" / f"d{i}.txt").write_text(SHORT_EN.replace("first", f"first ({i})"), encoding="utf-8")
    code, text = run_on_terminal(["convert", str(tmp_path / "in"), "-o", str(tmp_path / "out"), "--jobs", "1"])
    assert code == 0, text
    bar = [part for part in text.split("\r") if "5/5" in part]
    assert bar and "100%|" in bar[-1] and "doc/s" in bar[-1]
    assert "done: 5 converted, 0 skipped, 0 failed of 5 documents" in text
    shutil.rmtree(tmp_path / "out")
