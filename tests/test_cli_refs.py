"""`councildoc refs`: plain text in, one JSON line per reference out, with
offsets into the text as read; bad input gives one line and exit 2."""
import io
import json

import pytest

from conftest import SEED
from councildoc.corpus.cli import main


def _run(capsys, argv):
    code = main(argv)
    captured = capsys.readouterr()
    return code, [json.loads(line) for line in captured.out.splitlines()], captured.err


def test_file_jsonl_offsets_are_into_the_text(tmp_path, capsys):
    text = "see resolution 72/279 and Convention No. 189, paragraph 10 and www.ilo.org/gb.\n"
    src = tmp_path / "note.txt"
    src.write_text(text, encoding="utf-8")
    code, rows, err = _run(capsys, ["refs", str(src), "--lang", "en"])
    assert code == 0 and err == ""
    assert rows == [
        {"kind": "un_resolution", "start": 4, "end": 21, "text": "resolution 72/279", "target": "A/RES/72/279"},
        {"kind": "ilo_convention", "start": 26, "end": 44, "text": "Convention No. 189", "target": "C189"},
        {"kind": "paragraph", "start": 46, "end": 58, "text": "paragraph 10", "target": "#p-10"},
        {"kind": "url", "start": 63, "end": 77, "text": "www.ilo.org/gb", "target": "https://www.ilo.org/gb"},
    ]
    for r in rows:
        assert text[r["start"]:r["end"]] == r["text"]


def test_stdin_and_language_detection(monkeypatch, capsys):
    data = "见联合国大会第 72/279 号决议，A/75/79-E/2020/55。".encode("utf-8")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    code, rows, _ = _run(capsys, ["refs", "-"])
    assert code == 0
    assert [(r["text"], r["target"]) for r in rows] == [("第 72/279 号决议", "A/RES/72/279"),
                                                       ("A/75/79-E/2020/55", "A/75/79-E/2020/55")]


def test_seed_document_raw_text(capsys):
    code, rows, _ = _run(capsys, ["refs", str(SEED)])
    assert code == 0
    text = SEED.read_text(encoding="utf-8")
    for r in rows:
        assert text[r["start"]:r["end"]] == r["text"]
    by_kind = {}
    for r in rows:
        by_kind.setdefault(r["kind"], []).append(r["target"])
    # markdown links read as such: three related documents, GB.338/INS/9 and the two footnote links
    assert by_kind["link"] == ["#", "#"]
    assert by_kind["gb_document"] == ["GB.338/INS/9", "GB.340/POL/6", "GB.340/INS/18/6", "GB.335/INS/10",
                                      "GB.340/POL/6", "GB.340/INS/18/6", "GB.335/INS/10"]
    # 16 superscript markers in the text, each cited once (the body labels at line starts are not citations)
    assert sorted(int(t[4:]) for t in by_kind["footnote"]) == list(range(1, 17))
    assert by_kind["session"] == ["GB.340", "GB.335", "GB.335", "GB.335", "GB.335"]


def test_text_format_for_people(tmp_path, capsys):
    src = tmp_path / "n.txt"
    src.write_text("GB.343/INS/2 (Rev.1)", encoding="utf-8")
    assert main(["refs", str(src), "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert "gb_document" in out and "GB.343/INS/2(Rev.1)" in out and not out.startswith("{")


def test_empty_input_prints_nothing(tmp_path, capsys):
    src = tmp_path / "empty.txt"
    src.write_bytes(b"")
    code, rows, err = _run(capsys, ["refs", str(src)])
    assert (code, rows, err) == (0, [], "")


@pytest.mark.parametrize("make", ["missing", "binary", "directory"])
def test_bad_input_one_line_exit_2(tmp_path, capsys, make):
    path = tmp_path / "x.txt"
    if make == "binary":
        path.write_bytes(b"\x00\x01\x02binary\x00" * 50)
    elif make == "directory":
        path.mkdir()
    code = main(["refs", str(path)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and str(path) in err and "Traceback" not in err


def test_bad_language_is_usage_error(capsys):
    with pytest.raises(SystemExit) as e:
        main(["refs", "--lang", "xx", "-"])
    assert e.value.code == 2
