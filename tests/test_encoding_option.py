"""A GBK file: the error tells the user to pass --encoding gb18030, so every
command that parses documents must have that option, and it must work there
(issue 18 item 3: index and check had no such option)."""
import json
import sqlite3

import pytest

from conftest import SEED
from councildoc.corpus.cli import build_parser, main


@pytest.fixture
def gbk(tmp_path):
    """The seed re-encoded as GB18030: what an old Chinese-Windows export looks like."""
    path = tmp_path / "docs" / "GB.340-INS-6.gbk.txt"
    path.parent.mkdir()
    path.write_bytes(SEED.read_text(encoding="utf-8").encode("gb18030"))
    return path


def _options(command):
    sub = build_parser()._subparsers._group_actions[0].choices[command]
    return {o for a in sub._actions for o in a.option_strings}


@pytest.mark.parametrize("command", ["parse", "convert", "index", "check"])
def test_every_command_that_parses_documents_has_encoding_and_lang(command):
    assert {"--encoding", "--lang"} <= _options(command)


def test_index_tells_and_takes_encoding(gbk, tmp_path, capsys):
    db = tmp_path / "i.db"
    assert main(["index", str(gbk), "--db", str(db), "-q"]) == 1
    err = capsys.readouterr().err
    assert "GB18030" in err and "--encoding gb18030" in err
    assert main(["index", str(gbk), "--db", str(db), "-q", "--encoding", "gb18030"]) == 0
    capsys.readouterr()
    with sqlite3.connect(db) as conn:
        # the seed's symbol, read from its header: GB.340/INS/6
        assert conn.execute("SELECT symbol, language FROM documents").fetchall() == [("GB.340/INS/6", "zh")]


def test_check_tells_and_takes_encoding(gbk, capsys):
    assert main(["check", str(gbk), "--format", "json"]) == 1
    out = capsys.readouterr()
    assert "--encoding gb18030" in out.err
    assert main(["check", str(gbk), "--format", "json", "--encoding", "GB18030"]) == 0
    findings = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert not [f for f in findings if f["code"] == "input-unreadable"]


@pytest.mark.parametrize("command", ["parse", "check", "index"])
def test_unknown_encoding_is_a_usage_error(command, tmp_path, capsys):
    with pytest.raises(SystemExit) as e:
        main([command, str(SEED), "--encoding", "klingon-8"])
    assert e.value.code == 2
    assert "unknown encoding 'klingon-8'" in capsys.readouterr().err
