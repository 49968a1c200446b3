"""`councildoc parse`: the tree on stdout or in a file; bad input gives one
line on stderr, exit 2, and no output file."""
import json
import os
import subprocess
import sys

import pytest

from conftest import SEED
from councildoc.corpus.cli import main


def test_parse_to_stdout(capsys):
    assert main(["parse", str(SEED)]) == 0
    tree = json.loads(capsys.readouterr().out)
    assert tree["symbol"] == "GB.340/INS/6"
    assert len(tree["footnotes"]) == 16


def test_parse_to_file_pretty(tmp_path, capsys):
    out = tmp_path / "sub" / "seed.json"
    assert main(["parse", str(SEED), "-o", str(out), "--pretty"]) == 0
    assert capsys.readouterr().out == ""
    text = out.read_text(encoding="utf-8")
    assert text.startswith("{\n  ")
    assert "理事会" in text               # UTF-8 kept, not \u escapes
    assert json.loads(text)["meta"]["session"] == 340
    assert [p.name for p in out.parent.iterdir()] == ["seed.json"]   # no temporary file left


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02binary\x00" * 50, "理事会".encode("gb18030") * 10])
def test_bad_input_one_line_exit_2_no_output(tmp_path, capsys, content):
    src = tmp_path / "bad.txt"
    src.write_bytes(content)
    out = tmp_path / "bad.json"
    assert main(["parse", str(src), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(src) in err and "Traceback" not in err
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [src]


def test_missing_file_and_directory(tmp_path, capsys):
    assert main(["parse", str(tmp_path / "nope.txt")]) == 2
    assert "no such file" in capsys.readouterr().err
    assert main(["parse", str(tmp_path)]) == 2
    assert "directory" in capsys.readouterr().err


def test_console_script_and_help():
    exe = os.path.join(os.path.dirname(sys.executable), "councildoc")
    done = subprocess.run([exe, "parse", "--help"], capture_output=True, text=True)
    assert done.returncode == 0
    assert "--pretty" in done.stdout and "Exit status" in done.stdout


def test_diagnostics_on_stderr(tmp_path, capsys):
    src = tmp_path / "d.txt"
    src.write_text("▶ 导言\n\n1. 正文¹。\n\n3. 又一段。\n", encoding="utf-8")
    assert main(["parse", str(src), "--diagnostics"]) == 0
    err = capsys.readouterr().err
    assert "footnote-missing-body" in err and "paragraph-number-gap" in err
