"""Outputs that cannot be written: one line naming the user's path and the
reason, exit 1, never the hidden temporary file the write goes through
(issue 18 item 4)."""
import errno
import os

import pytest

from conftest import SEED
from councildoc.corpus.cli import main
from councildoc.corpus.output import OutputError, write_atomic


def _one_line(capsys):
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert ".councildoc-" not in err and ".tmp" not in err and "Traceback" not in err, err
    return err


def test_parse_to_an_existing_folder(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "DIR").mkdir()
    # before: "Is a directory (DIR/../.councildoc-….tmp)"
    assert main(["parse", str(SEED), "-o", "DIR"]) == 1
    err = _one_line(capsys)
    assert "cannot write DIR: it is an existing folder" in err
    assert sorted(os.listdir(tmp_path)) == ["DIR"] and os.listdir(tmp_path / "DIR") == []


def test_parse_under_a_file(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "file").write_text("x")
    # before: "File exists (file)"
    assert main(["parse", str(SEED), "-o", "file/x.json"]) == 1
    assert "cannot write file/x.json: file is a file, not a folder" in _one_line(capsys)
    assert main(["parse", str(SEED), "-o", "file/deeper/x.json"]) == 1
    assert "cannot write file/deeper/x.json: file is a file, not a folder" in _one_line(capsys)
    assert (tmp_path / "file").read_text() == "x"


@pytest.mark.parametrize("target", [["-o", "file/out"], ["--jsonl", "file/x.jsonl"]])
def test_convert_under_a_file_says_so_once(tmp_path, capsys, monkeypatch, target):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "file").write_text("x")
    assert main(["convert", str(SEED), *target, "-q"]) == 1
    assert f"cannot write {target[1]}: file is a file, not a folder" in _one_line(capsys)


def test_check_report_to_a_folder(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "report").mkdir()
    assert main(["check", str(SEED), "-o", "report"]) == 1
    assert "cannot write report: it is an existing folder" in _one_line(capsys)


def test_permission_denied_names_the_path_not_the_temporary_file(tmp_path):
    if os.geteuid() == 0:
        # root writes anywhere: stand in a folder whose temporary file cannot be made
        import councildoc.corpus.output as output

        def refuse(**kw):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.path.join(kw["dir"], ".councildoc-x.tmp"))
        mp = pytest.MonkeyPatch()
        mp.setattr(output.tempfile, "mkstemp", refuse)
    else:
        mp = None
        (tmp_path / "ro").mkdir()
        os.chmod(tmp_path / "ro", 0o500)
    try:
        with pytest.raises(OutputError) as e:
            write_atomic(str(tmp_path / "ro" / "t.json"), "{}")
    finally:
        if mp:
            mp.undo()
    assert str(e.value) == f"cannot write {tmp_path / 'ro' / 't.json'}: Permission denied"
