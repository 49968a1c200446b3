"""Which documents a batch takes from files, folders and globs, and the
relative path each output mirrors."""
from __future__ import annotations

import json
import os

import pytest

from convert_corpus import SHORT_EN
from councildoc.corpus.batch.discover import Source, discover
from councildoc.corpus.cli import UsageError, main


@pytest.fixture
def tree(tmp_path, monkeypatch):
    for rel in ["a/b/x.txt", "a/b/x.md", "a/y.docx", "a/page.html", "a/data.csv", "a/.hidden.txt",
                ".git/config.txt", "c/z.TXT", "c/notes"]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(SHORT_EN, encoding="utf-8")
    (tmp_path / "c" / "dir.txt").mkdir()   # a folder that looks like a document: searched, not converted
    (tmp_path / "c" / "dir.txt" / "inner.txt").write_text(SHORT_EN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def rels(sources):
    return [s.rel for s in sources]


def test_a_folder_is_searched_recursively_for_documents_only(tree):
    assert rels(discover(["."])) == ["a/b/x.md", "a/b/x.txt", "a/page.html", "a/y.docx",
                                     "c/dir.txt/inner.txt", "c/z.TXT"]
    assert rels(discover(["a"])) == ["b/x.md", "b/x.txt", "page.html", "y.docx"]


def test_a_named_file_is_taken_whatever_its_extension(tree):
    assert discover(["c/notes", "a/b/x.txt"]) == [Source("notes", "c/notes"), Source("x.txt", "a/b/x.txt")]


def test_globs_are_relative_to_the_fixed_part_of_the_pattern(tree):
    assert rels(discover(["a/**/*.txt"])) == ["b/x.txt"]
    assert rels(discover(["*/b"])) == ["a/b/x.md", "a/b/x.txt"]


def test_the_same_file_reached_twice_is_converted_once(tree):
    assert rels(discover(["a/b", "a/b/x.txt", "a/b/*.txt"])) == ["x.md", "x.txt"]


def test_the_output_folder_is_left_out(tree):
    assert rels(discover(["."], exclude=["c"])) == ["a/b/x.md", "a/b/x.txt", "a/page.html", "a/y.docx"]


def test_outputs_mirror_inputs():
    assert Source("a/b/x.txt", "in/a/b/x.txt").output_rel == "a/b/x.json"
    assert Source("GB.340-INS-6.zh.txt", "p").output_rel == "GB.340-INS-6.zh.json"


def test_missing_inputs_are_bad_usage(tree):
    with pytest.raises(UsageError, match="nope: no such file or folder"):
        discover(["a", "nope"])
    with pytest.raises(UsageError, match="no file matches"):
        discover(["a/*.pdf"])


def test_two_inputs_with_the_same_output_name_are_both_converted(tree, capsys):
    # a/b/x.md and a/b/x.txt would both be x.json: the first in name order gets it,
    # the other its full name
    code = main(["convert", "a/b", "-o", "out", "--quiet"])
    _, err = capsys.readouterr()
    assert code == 0 and err == ""
    with open(tree / "out" / "_report.json", encoding="utf-8") as f:
        outputs = {e["path"]: e["output"] for e in json.load(f)["files"]}
    assert outputs == {"x.md": "x.json", "x.txt": "x.txt.json"}
    with open(tree / "out" / "x.json", encoding="utf-8") as f:
        assert json.load(f)["source"]["path"] == "x.md"
    with open(tree / "out" / "x.txt.json", encoding="utf-8") as f:
        assert json.load(f)["source"]["path"] == "x.txt"
    # and the next run finds both up to date
    main(["convert", "a/b", "-o", "out", "--quiet"])
    with open(tree / "out" / "_report.json", encoding="utf-8") as f:
        assert json.load(f)["skipped"] == 2


def test_a_symlink_loop_is_searched_once(tree):
    os.symlink("..", tree / "a" / "b" / "up")     # a/b/up → a: a loop through the link
    assert rels(discover(["a"])) == ["b/x.md", "b/x.txt", "page.html", "y.docx"]


def test_an_input_is_never_overwritten_by_its_output(tree, capsys):
    # a file named explicitly, whatever its extension, whose output lands on itself
    (tree / "out").mkdir()
    (tree / "out" / "old.json").write_text("{}", encoding="utf-8")
    code = main(["convert", "out/old.json", "-o", "out", "--quiet"])
    _, err = capsys.readouterr()
    assert code == 1
    assert "would overwrite the document itself" in err
    assert (tree / "out" / "old.json").read_text(encoding="utf-8") == "{}"
    # and a document named like the report does not replace the report
    (tree / "_report.txt").write_text(SHORT_EN, encoding="utf-8")
    code = main(["convert", "_report.txt", "-o", "out2", "--quiet"])
    assert code == 0
    with open(tree / "out2" / "_report.json", encoding="utf-8") as f:
        assert json.load(f)["files"][0]["output"] == "_report.txt.json"
    with open(tree / "out2" / "_report.txt.json", encoding="utf-8") as f:
        assert json.load(f)["symbol"] == "GB.340/INS/99"
