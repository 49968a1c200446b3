"""``index`` on a folder holding some other program's JSON: one error line
per file, not one per array element or JSONL line (issue 18 item 10:
``index ../shared/peer/un`` printed 101 lines for one file)."""
import json

import pytest

from conftest import SEED, SHARED
from councildoc.corpus.cli import main
from councildoc.parser import parse_file


def _errors(capsys):
    return [line for line in capsys.readouterr().err.splitlines() if line.startswith("councildoc index: error:")]


def test_a_foreign_json_array_is_one_line(tmp_path, capsys):
    foreign = tmp_path / "in" / "paragraphs.json"
    foreign.parent.mkdir()
    foreign.write_text(json.dumps([{"text": f"paragraph {i}", "type": "body"} for i in range(101)]), encoding="utf-8")
    assert main(["index", str(foreign.parent), "--db", str(tmp_path / "x.db"), "-q"]) == 1
    assert _errors(capsys) == [f"councildoc index: error: {foreign}: not a councildoc document tree "
                               "(a JSON array of 101 items, none of them a tree)"]


def test_an_array_of_trees_with_a_stranger_indexes_the_trees(tmp_path, capsys):
    seed = parse_file(SEED)
    mixed = tmp_path / "mixed.json"
    mixed.write_text(json.dumps([seed, {"hello": 1}, {"hello": 2}], ensure_ascii=False), encoding="utf-8")
    assert main(["index", str(mixed), "--db", str(tmp_path / "x.db"), "-q"]) == 1
    out = capsys.readouterr().err
    assert f"{mixed}: 2 of 3 items are not councildoc document trees (the first is item 1); the others are indexed" in out
    assert "indexed 1 document(s)" in out


def test_a_foreign_jsonl_file_is_one_line(tmp_path, capsys):
    foreign = tmp_path / "records.jsonl"
    foreign.write_text("".join(json.dumps({"raw_text": f"r{i}"}) + "\n" for i in range(40)), encoding="utf-8")
    assert main(["index", str(foreign), "--db", str(tmp_path / "x.db"), "-q"]) == 1
    assert _errors(capsys) == [f"councildoc index: error: {foreign}: 40 of 40 lines cannot be indexed: "
                               "lines 1, 2, 3, 4, 5… (40): not a councildoc document tree"]


@pytest.mark.skipif(not (SHARED / "peer" / "un").is_dir(), reason="the real documents are not here")
def test_the_real_un_folder(tmp_path, capsys):
    """../shared/peer/un holds two paragraph lists of another project (JSON arrays of 66 and 35
    records: counted by loading each file) and a JSONL of 2 raw-text records: three lines, one per file."""
    main(["index", str(SHARED / "peer" / "un"), "--db", str(tmp_path / "x.db"), "-q"])
    errors = _errors(capsys)
    foreign = [e for e in errors if "paragraphs_" in e or "validation_small" in e]
    assert len(foreign) == 3, errors
    assert any("paragraphs_A_RES_72_279.json: not a councildoc document tree (a JSON array of 66 items" in e
               for e in foreign)
    assert any("paragraphs_S_RES_1325_2000.json: not a councildoc document tree (a JSON array of 35 items" in e
               for e in foreign)
    assert any("validation_small.jsonl: 2 of 2 lines cannot be indexed" in e for e in foreign)
