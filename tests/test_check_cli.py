"""`councildoc check` as a command: output formats (text, JSON lines, SARIF
2.1.0 shape), exit codes (0, 1, 2), --strict, folders, bad inputs in a batch."""
import json
from pathlib import Path

import pytest

from councildoc.corpus.check.findings import CODES
from councildoc.corpus.cli import main

HERE = Path(__file__).resolve().parent
SEED = HERE.parent / "corpus" / "samples" / "GB.340-INS-6.zh.txt"
DATA = HERE / "data" / "check"
FOOTNOTES = DATA / "footnotes.zh.txt"


def test_exit_codes(capsys):
    assert main(["check", str(SEED)]) == 0                  # warnings only
    assert main(["check", str(SEED), "--strict"]) == 1      # warnings become errors
    assert main(["check", str(FOOTNOTES)]) == 1             # a marker without body is an error
    assert main(["check", "no/such/file.txt"]) == 2
    assert main(["check", str(SEED), "--timeout", "0"]) == 2
    assert main(["check", str(SEED), "--graph", "g.json"]) == 2   # --graph needs --corpus
    assert main(["check", str(SEED), "--cache", "c.json"]) == 2   # --cache needs --online
    with pytest.raises(SystemExit) as e:
        main(["check"])
    assert e.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err


def test_strict_changes_levels(capsys):
    main(["check", str(SEED), "--strict", "--format", "json"])
    rows = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert len(rows) == 6 and {r["level"] for r in rows} == {"error"}


def test_json_lines(capsys):
    main(["check", str(FOOTNOTES), "--format", "json"])
    lines = capsys.readouterr().out.splitlines()
    rows = [json.loads(x) for x in lines]
    assert len(rows) == 10
    for r in rows:
        assert set(r) - {"data"} == {"file", "line", "node", "code", "level", "message", "suggestion", "paragraph"}
        assert r["file"] == str(FOOTNOTES) and r["level"] in ("error", "warning", "info")
        assert r["code"] in CODES


def test_text_groups_by_file(capsys):
    main(["check", str(SEED), str(FOOTNOTES)])
    out = capsys.readouterr().out
    assert out.index(str(SEED)) < out.index("link-placeholder") < out.index(str(FOOTNOTES))
    assert out.count(str(SEED)) == 1 and out.count(str(FOOTNOTES)) == 1
    assert "→ replace '#' with the address of GB.338/INS/9" in out
    assert out.rstrip().endswith("16 findings in 2 of 2 files checked: 2 errors, 13 warnings, 1 info")


def test_sarif_shape(capsys, monkeypatch):
    monkeypatch.chdir(HERE.parent)         # paths relative to the repository, as CI gives them
    assert main(["check", "tests/data/check/footnotes.zh.txt", "corpus/samples/GB.340-INS-6.zh.txt",
                 "--format", "sarif"]) == 1
    sarif = json.loads(capsys.readouterr().out)
    assert sarif["version"] == "2.1.0"
    assert sarif["$schema"].endswith("sarif-2.1.0.json")
    run, = sarif["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "councildoc"
    rule_ids = [r["id"] for r in driver["rules"]]
    assert len(run["results"]) == 16
    for res in run["results"]:
        assert res["ruleId"] in rule_ids and rule_ids[res["ruleIndex"]] == res["ruleId"]
        assert res["level"] in ("error", "warning", "note")
        assert res["message"]["text"]
        loc = res["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"]["uri"] in ("tests/data/check/footnotes.zh.txt",
                                                  "corpus/samples/GB.340-INS-6.zh.txt")
        assert isinstance(loc["region"]["startLine"], int) and loc["region"]["startLine"] >= 1
    levels = sorted(r["level"] for r in run["results"])
    assert levels.count("note") == 1 and levels.count("error") == 2


def test_folder_and_bad_file_in_a_batch(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "notatree.json").write_text('{"a": 1}', encoding="utf-8")
    (tmp_path / "seed.zh.txt").write_bytes(SEED.read_bytes())
    out_file = tmp_path / "report.jsonl"
    assert main(["check", str(tmp_path), "--format", "json", "-o", str(out_file)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("councildoc: error: ") and "empty.txt" in err[0]
    rows = [json.loads(x) for x in out_file.read_text(encoding="utf-8").splitlines()]
    bad = sorted(Path(r["file"]).name for r in rows if r["code"] == "input-unreadable")
    assert bad == ["empty.txt"]            # other JSON found in a folder is skipped, not a tree
    assert sum(1 for r in rows if r["code"] == "link-placeholder") == 6   # the good file still checked
    # named explicitly, a JSON file that is not a tree is an error
    assert main(["check", str(tmp_path / "notatree.json")]) == 1
    assert "not a councildoc tree" in capsys.readouterr().err


def test_help_explains(capsys):
    with pytest.raises(SystemExit):
        main(["check", "--help"])
    out = capsys.readouterr().out
    for word in ("--corpus", "--online", "sarif", "--strict", "Exit status"):
        assert word in out


def test_sarif_uri_outside_the_working_directory(tmp_path, monkeypatch):
    from councildoc.corpus.check.findings import Finding
    from councildoc.corpus.check.formats import to_sarif
    monkeypatch.chdir(tmp_path)
    f = Finding(str(HERE / "x y.txt"), None, None, "link-empty", "warning", "m")
    loc = to_sarif([f])["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"].startswith("file:///") and "x%20y.txt" in loc["artifactLocation"]["uri"]
    assert loc["region"]["startLine"] == 1          # a finding without a line goes on line 1


def test_list_codes(capsys):
    with pytest.raises(SystemExit) as e:
        main(["check", "--list-codes"])
    assert e.value.code == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == len(CODES) and out[0].split()[0] in CODES


# The parts of the SARIF 2.1.0 schema (OASIS standard, sarif-schema-2.1.0.json)
# that code-hosting CI relies on, written from the standard's required properties.
_REGION = {"type": "object", "required": ["startLine"], "properties": {"startLine": {"type": "integer", "minimum": 1}}}
_PHYSICAL = {"type": "object", "required": ["artifactLocation", "region"],
             "properties": {"artifactLocation": {"type": "object", "required": ["uri"],
                                                 "properties": {"uri": {"type": "string"}}},
                            "region": _REGION}}
_RESULT = {"type": "object", "required": ["message", "ruleId", "level", "locations"],
           "properties": {"ruleId": {"type": "string"},
                          "ruleIndex": {"type": "integer", "minimum": 0},
                          "level": {"enum": ["none", "note", "warning", "error"]},
                          "message": {"type": "object", "required": ["text"], "properties": {"text": {"type": "string"}}},
                          "locations": {"type": "array", "minItems": 1, "items": {
                              "type": "object", "required": ["physicalLocation"],
                              "properties": {"physicalLocation": _PHYSICAL}}}}}
_DRIVER = {"type": "object", "required": ["name"],
           "properties": {"name": {"type": "string"},
                          "rules": {"type": "array", "items": {"type": "object", "required": ["id"]}}}}
_RUN = {"type": "object", "required": ["tool"],
        "properties": {"tool": {"type": "object", "required": ["driver"], "properties": {"driver": _DRIVER}},
                       "results": {"type": "array", "items": _RESULT}}}
SARIF_SHAPE = {"type": "object", "required": ["version", "runs"],
               "properties": {"version": {"const": "2.1.0"}, "runs": {"type": "array", "minItems": 1, "items": _RUN}}}


def test_sarif_validates_against_the_required_shape(capsys, monkeypatch):
    jsonschema = pytest.importorskip("jsonschema")
    monkeypatch.chdir(HERE.parent)
    main(["check", "tests/data/check", "corpus/samples", "--format", "sarif"])
    sarif = json.loads(capsys.readouterr().out)
    jsonschema.validate(sarif, SARIF_SHAPE)
    assert len(sarif["runs"][0]["results"]) > 20


def test_ignore_codes(capsys):
    assert main(["check", str(SEED), "--strict", "--ignore", "link-placeholder"]) == 0
    assert "0 findings" in capsys.readouterr().out
    assert main(["check", str(FOOTNOTES), "--ignore", "footnote-missing-body,footnote-duplicate"]) == 0
    assert main(["check", str(SEED), "--ignore", "no-such-code"]) == 2
    assert "no-such-code" in capsys.readouterr().err
