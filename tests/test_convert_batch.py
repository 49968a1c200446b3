"""``councildoc convert`` on a mixed folder: outputs mirror the inputs, bad
files fail one by one with a clear line, the report counts everything, a
second run skips what is up to date, --force converts again."""
from __future__ import annotations

import json
import os
import shutil

import pytest

from conftest import SEED, paragraphs
from convert_corpus import GOOD, SHORT_EN, make_mixed_folder
from councildoc.corpus.cli import main
from councildoc.parser import parse_file, validate_tree


@pytest.fixture
def mixed(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    bad = make_mixed_folder(src)
    return src, bad, tmp_path / "out"


def run(capsys, *argv):
    code = main(["convert", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def report_files(outdir):
    return {e["path"]: e for e in load(outdir / "_report.json")["files"]}


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_mixed_folder_converts_good_files_and_reports_each_bad_one(mixed, capsys, jobs):
    src, bad, out = mixed
    code, stdout, err = run(capsys, src, "-o", out, "--jobs", jobs)
    assert code == 1  # some files failed

    # one tree per good document, at the mirrored path, valid, named by its relative path
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json") if p.name != "_report.json")
    assert written == sorted(g.rsplit(".", 1)[0] + ".json" for g in GOOD)
    for rel in GOOD:
        tree = load(out / (rel.rsplit(".", 1)[0] + ".json"))
        validate_tree(tree)
        assert tree["source"]["path"] == rel
    seed = load(out / "seed.json")
    assert seed["symbol"] == "GB.340/INS/6"
    expected = parse_file(SEED)
    assert seed["body"] == expected["body"] and seed["footnotes"] == expected["footnotes"]
    short = load(out / "reports" / "short.json")
    assert [p["text"] for p in paragraphs(short)] == [
        "The first paragraph of the short document.",
        "The second paragraph, which cites document GB.340/INS/6."]

    # each bad file: exactly one line on stderr naming it and saying why
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == len(bad)
    for rel, word in bad.items():
        mine = [line for line in lines if line.startswith(os.path.join(str(src), rel) + ": ")]
        assert len(mine) == 1, (rel, lines)
        assert word.lower() in mine[0].lower()

    # the summary for people and the report for machines agree
    n = len(GOOD) + len(bad)
    assert f"{len(GOOD)} converted, 0 skipped, {len(bad)} failed of {n} documents" in stdout
    assert "paragraph-number-gap 1" in stdout
    report = load(out / "_report.json")
    assert (report["documents"], report["converted"], report["skipped"], report["failed"]) == (n, len(GOOD), 0, len(bad))
    assert report["warnings"] == {"paragraph-number-gap": 1}
    assert report["interrupted"] is False
    entries = report_files(out)
    assert set(entries) == set(GOOD) | set(bad)
    assert entries["reports/2020/nested/deep/gap.txt"]["warnings"] == {"paragraph-number-gap": 1}
    assert entries["reports/short.txt"]["status"] == "converted"
    assert entries["reports/short.txt"]["bytes"] == len(SHORT_EN.encode("utf-8"))
    for rel in bad:
        assert entries[rel]["status"] == "failed" and entries[rel]["error"]
        assert entries[rel]["output"] is None
    # hidden folders and non-document files are not inputs
    assert not any("hidden" in p or p.endswith("notes.json") for p in entries)


def test_second_run_skips_everything_up_to_date_and_force_converts_again(mixed, capsys):
    src, bad, out = mixed
    run(capsys, src, "-o", out, "--jobs", "1")
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*.json") if p.name != "_report.json"}

    code, stdout, _ = run(capsys, src, "-o", out, "--jobs", "1")
    assert code == 1  # the bad files still fail: they are never "up to date"
    report = load(out / "_report.json")
    assert (report["converted"], report["skipped"], report["failed"]) == (0, len(GOOD), len(bad))
    assert {p: p.stat().st_mtime_ns for p in before} == before  # untouched

    # a changed document is converted again, the others still skipped
    (src / "reports" / "short.txt").write_text(SHORT_EN.replace("first paragraph", "very first paragraph"),
                                               encoding="utf-8")
    run(capsys, src, "-o", out, "--jobs", "1")
    entries = report_files(out)
    assert entries["reports/short.txt"]["status"] == "converted"
    assert [e["status"] for r, e in entries.items() if r in GOOD and r != "reports/short.txt"] == ["skipped"] * 3
    assert paragraphs(load(out / "reports" / "short.json"))[0]["text"] == "The very first paragraph of the short document."

    code, stdout, _ = run(capsys, src, "-o", out, "--force", "--jobs", "2")
    report = load(out / "_report.json")
    assert (report["converted"], report["skipped"], report["failed"]) == (len(GOOD), 0, len(bad))
    assert report["force"] is True


def test_an_output_from_another_converter_version_is_replaced(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copyfile(SEED, src / "seed.txt")
    out = tmp_path / "out"
    run(capsys, src, "-o", out, "-j", "1")
    tree = load(out / "seed.json")
    tree["converter_version"] = "0.0.1-old"
    (out / "seed.json").write_text(json.dumps(tree, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    run(capsys, src, "-o", out, "-j", "1")
    assert report_files(out)["seed.txt"]["status"] == "converted"
    assert load(out / "seed.json")["converter_version"] != "0.0.1-old"
    # a truncated output (not written by us) is never trusted either
    text = (out / "seed.json").read_bytes()
    (out / "seed.json").write_bytes(text[: len(text) // 2])
    run(capsys, src, "-o", out, "-j", "1")
    assert report_files(out)["seed.txt"]["status"] == "converted"
    validate_tree(load(out / "seed.json"))


def test_all_good_exits_0_and_inputs_are_unchanged(tmp_path, capsys):
    src = tmp_path / "in"
    (src / "a" / "b").mkdir(parents=True)
    shutil.copyfile(SEED, src / "a" / "b" / "x.txt")
    (src / "short.md").write_text(SHORT_EN, encoding="utf-8")
    snapshot = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in src.rglob("*") if p.is_file()}
    code, stdout, err = run(capsys, src, "-o", tmp_path / "out")
    assert code == 0 and err == ""
    assert (tmp_path / "out" / "a" / "b" / "x.json").is_file()
    assert (tmp_path / "out" / "short.json").is_file()
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in snapshot} == snapshot
    assert sorted(p.name for p in src.rglob("*")) == ["a", "b", "short.md", "x.txt"]


def test_gb18030_file_converts_when_the_encoding_is_given(mixed, capsys):
    src, _, out = mixed
    code, _, err = run(capsys, src / "reports" / "gb18030.txt", "-o", out, "--encoding", "gb18030")
    assert code == 0, err
    tree = load(out / "gb18030.json")
    assert tree["symbol"] == "GB.340/INS/6"
    assert tree["body"] == parse_file(SEED)["body"]


def test_jsonl_one_tree_per_line_and_incremental(mixed, capsys):
    src, bad, _ = mixed
    jsonl = src.parent / "trees.jsonl"
    code, stdout, _ = run(capsys, src, "--jsonl", jsonl, "-j", "2")
    assert code == 1
    trees = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    assert sorted(t["source"]["path"] for t in trees) == sorted(GOOD)
    for t in trees:
        validate_tree(t)
    report = load(src.parent / "trees.report.json")
    assert report["layout"] == "jsonl" and report["converted"] == len(GOOD)

    first = jsonl.read_text(encoding="utf-8")
    run(capsys, src, "--jsonl", jsonl)
    report = load(src.parent / "trees.report.json")
    assert (report["converted"], report["skipped"]) == (0, len(GOOD))
    assert sorted(jsonl.read_text(encoding="utf-8").splitlines()) == sorted(first.splitlines())


def test_the_output_folder_inside_the_input_is_not_searched(tmp_path, capsys):
    shutil.copyfile(SEED, tmp_path / "seed.txt")
    out = tmp_path / "out"
    out.mkdir()
    (out / "stray.txt").write_text(SHORT_EN, encoding="utf-8")
    code, _, _ = run(capsys, tmp_path, "-o", out)
    assert code == 0
    assert set(report_files(out)) == {"seed.txt"}


@pytest.mark.parametrize("argv, message", [
    (["{tmp}/missing", "-o", "{tmp}/out"], "no such file or folder"),
    (["{tmp}/*.nothing", "-o", "{tmp}/out"], "no file matches"),
    (["{tmp}"], "-o OUTDIR"),
    (["{tmp}", "-o", "{tmp}/file.txt"], "not a folder"),
    (["{tmp}", "-o", "{tmp}/out", "--jobs", "0"], "at least 1"),
])
def test_bad_usage_exits_2_with_one_line(tmp_path, capsys, argv, message):
    (tmp_path / "file.txt").write_text(SHORT_EN, encoding="utf-8")
    argv = [a.format(tmp=tmp_path) for a in argv]
    try:
        code = main(["convert", *argv])
    except SystemExit as e:  # argparse's own errors
        code = e.code
    _, err = capsys.readouterr()
    assert code == 2
    assert message in err
    assert "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_quiet_prints_only_the_failures(mixed, capsys):
    src, bad, out = mixed
    code, stdout, err = run(capsys, src, "-o", out, "--quiet")
    assert code == 1
    assert stdout == ""
    assert len(err.strip().splitlines()) == len(bad)


def test_changing_the_parser_options_converts_everything_again(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "short.txt").write_text(SHORT_EN, encoding="utf-8")
    out = tmp_path / "out"
    run(capsys, src, "-o", out)
    assert load(out / "short.json")["language"] == "en"
    code, _, err = run(capsys, src, "-o", out, "--lang", "fr")
    assert code == 0
    assert "options changed since the last run (--lang None → fr)" in err
    assert report_files(out)["short.txt"]["status"] == "converted"
    assert load(out / "short.json")["language"] == "fr"
    assert load(out / "_report.json")["options"] == {"lang": "fr", "encoding": None, "format": None}
    run(capsys, src, "-o", out, "--lang", "fr")
    assert report_files(out)["short.txt"]["status"] == "skipped"
