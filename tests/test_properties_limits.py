"""Limits on one document (parser/limits.py): each refusal is one line naming
the file and the limit; input just inside a limit is parsed; the defaults let
real documents through, even pasted many times.

Limits are lowered with monkeypatch so the inputs stay small; the checks read
them at call time, exactly as with the defaults."""
from __future__ import annotations

import pytest

from councildoc.corpus import cli
from councildoc.parser import InputError, parse_bytes, parse_text
from councildoc.parser import limits
from conftest import SEED

SEED_TEXT = SEED.read_text(encoding="utf-8")


def _refusal(data: bytes, name: str = "archive/doc.txt") -> str:
    with pytest.raises(InputError) as err:
        parse_bytes(name, data)
    message = str(err.value)
    assert message.startswith(name + ": ") and "\n" not in message
    return message


def test_input_size_limit_is_the_max_bytes_argument():
    data = SEED.read_bytes()
    message = _refusal_with(lambda: parse_bytes("doc.txt", data, max_bytes=len(data) - 1))
    assert message == f"doc.txt: file is {len(data):,} bytes, over the limit of {len(data) - 1:,} bytes"
    assert parse_bytes("doc.txt", data, max_bytes=len(data))["symbol"] == "GB.340/INS/6"
    assert limits.MAX_INPUT_BYTES == 50 * 1024 * 1024


def _refusal_with(call) -> str:
    with pytest.raises(InputError) as err:
        call()
    assert "\n" not in str(err.value)
    return str(err.value)


def test_long_line_refused_with_its_number(monkeypatch):
    monkeypatch.setattr(limits, "MAX_LINE_CHARS", 1000)
    ok = "1. " + "字" * 997 + "\n"             # 1,000 characters: at the limit
    long = "2. " + "字" * 998 + "\n"           # 1,001 characters
    assert parse_text(ok)["body"][0]["number"] == 1
    message = _refusal(("标题\n" + ok + long).encode("utf-8"))
    assert message == ("archive/doc.txt: line 3 is 1,001 characters long, over the limit of 1,000 "
                       "(is it really text?)")


def test_too_many_lines(monkeypatch):
    monkeypatch.setattr(limits, "MAX_LINES", 50)
    assert _refusal(b"x\n" * 50) == "archive/doc.txt: has 51 lines, over the limit of 50"
    parse_bytes("doc.txt", b"x\n" * 49)


def test_too_many_table_cells(monkeypatch):
    monkeypatch.setattr(limits, "MAX_TABLE_CELLS", 12)
    rows = "1. 见下表。\n表 1\n名称\t数量\t状态\n" + "甲\t1\t已完成\n" * 3     # 4 rows × 3 = 12 cells
    tree = parse_text(rows)
    table = [n for n in tree["body"] if n["type"] == "table"][0]
    assert table["caption"] == "表 1" and table["header"] == ["名称", "数量", "状态"]
    assert len(table["header"]) + sum(len(r["cells"]) for r in table["rows"]) == 12
    # one more row: 15 cells, 10 tabs — found by the builder's count, not the tab count
    message = _refusal((rows + "乙\t2\t进行中\n").encode("utf-8"))
    assert message == "archive/doc.txt: has over 12 table cells, the limit"
    # far more tabs than the limit: refused before any line is read
    message = _refusal(("a" + "\t" * 20 + "b\n").encode("utf-8"))
    assert message == "archive/doc.txt: has at least 20 tab-separated table cells, over the limit of 12"


def test_too_many_footnotes(monkeypatch):
    monkeypatch.setattr(limits, "MAX_FOOTNOTES", 2)
    text = "1. 正文¹²。\n\n¹ 注一。\n² 注二。\n"
    assert [n["number"] for n in parse_text(text)["footnotes"]] == [1, 2]
    message = _refusal((text.replace("²。", "²³。") + "³ 注三。\n").encode("utf-8"))
    assert message == "archive/doc.txt: has 3 footnotes, over the limit of 2"


def test_defaults_let_a_document_pasted_a_thousand_times_through():
    pasted = "\n".join([SEED_TEXT] * 1000)     # 39 MB of text, 178,000 lines
    limits.check_text(pasted, "pasted.txt")   # no error (the builder's counts: 30,000 notes, 60,000 cells)
    assert pasted.count("\n") < limits.MAX_LINES
    assert SEED_TEXT.count("\t") * 1000 < limits.MAX_TABLE_CELLS


def test_cli_prints_the_refusal_as_one_line(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(limits, "MAX_LINE_CHARS", 100)
    src = tmp_path / "long.txt"
    src.write_text("1. " + "x" * 200 + "\n", encoding="utf-8")
    out = tmp_path / "long.json"
    code = cli.main(["parse", str(src), "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and "line 1 is 203 characters long, over the limit of 100" in err
    assert not out.exists()
