"""``index`` shows its progress like ``convert`` (issue 18 item 19): a bar on
a terminal, a line now and then in a pipe, nothing with --quiet; errors and
the summary always; --verbose adds one line per document."""
from __future__ import annotations

import sys

import pytest

from conftest import SEED
from process_support import run_on_terminal
from councildoc.corpus.batch import progress
from councildoc.corpus.cli import main


@pytest.fixture
def folder(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    text = SEED.read_text(encoding="utf-8")
    for i in range(4):
        (src / f"d{i}.txt").write_text(text + f"\n附加说明 {i}。\n", encoding="utf-8")
    (src / "empty.txt").write_bytes(b"")
    return src


def test_pipe_gets_progress_lines_errors_and_the_summary(folder, tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(progress, "LINE_INTERVAL", 0.0)      # a line after every file
    assert main(["index", str(folder), "--db", str(tmp_path / "x.db")]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert [line.split(",")[0] for line in lines if "files," in line] == [
        f"councildoc index: {i}/5 files" for i in range(1, 5)]
    assert f"councildoc index: error: {folder / 'empty.txt'}: empty file (0 bytes)" in lines
    assert lines[-1].startswith("indexed 4 document(s)")
    assert not any("units]" in line or ": GB.340/INS/6" in line for line in lines)   # no line per document


def test_quiet_prints_errors_and_the_summary_only(folder, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(progress, "LINE_INTERVAL", 0.0)
    assert main(["index", str(folder), "--db", str(tmp_path / "x.db"), "-q"]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 2 and "empty file" in lines[0] and lines[1].startswith("indexed 4 document(s)")


def test_verbose_names_each_document(folder, tmp_path, capsys):
    assert main(["index", str(folder), "--db", str(tmp_path / "x.db"), "-v"]) == 1
    err = capsys.readouterr().err
    # the seed's 79 units (its paragraphs, items, footnotes and table rows; see test_index_build)
    assert f"{folder / 'd0.txt'}: GB.340/INS/6 [zh]: " in err
    assert f"{folder / 'd1.txt'}: GB.340/INS/6 [zh]: " in err and ", replacing " in err   # same symbol: replaced


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses a Linux pseudo-terminal")
def test_a_terminal_gets_a_bar(folder, tmp_path):
    code, text = run_on_terminal(["index", str(folder), "--db", str(tmp_path / "x.db")])
    assert code == 1, text     # the empty file failed
    bar = [part for part in text.split("\r") if "5/5" in part]
    assert bar and "100%|" in bar[-1] and "file/s" in bar[-1] and bar[-1].lstrip().startswith("indexing")
    assert "empty file (0 bytes)" in text and "indexed 4 document(s)" in text
