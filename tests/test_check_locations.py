"""Where ``check`` findings point (issue 18 item 11): a tree file's findings
name a file the user has (the tree's document when it is at hand, else the
tree file itself, by node id); .docx findings carry the paragraph's position
in the body and its node id, not line numbers; SARIF paths are relative to
the repository root (or the working folder) through ``originalUriBaseIds``."""
import json
import os
import shutil
from pathlib import Path

import pytest

from conftest import SEED, SHARED
from councildoc.corpus.check.findings import Finding
from councildoc.corpus.check.formats import ROOT_ID, source_root, to_sarif
from councildoc.corpus.cli import main

#: the seed's findings: six '#' placeholder links, the first on line 19 of the document
#: ('[GB.338/INS/9](#)' in the summary line, read in corpus/samples/GB.340-INS-6.zh.txt)
PLACEHOLDERS = 6


def _json_findings(capsys):
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


@pytest.fixture
def converted(tmp_path):
    """The seed converted by a batch from an input folder elsewhere: its tree
    records source.path 'seed.txt', relative to that input folder."""
    src = tmp_path / "archive" / "in"
    src.mkdir(parents=True)
    shutil.copyfile(SEED, src / "seed.txt")
    assert main(["convert", str(src), "-o", str(tmp_path / "out"), "-q", "-j", "1"]) == 0
    tree = tmp_path / "out" / "seed.json"
    assert json.loads(tree.read_text(encoding="utf-8"))["source"]["path"] == "seed.txt"
    return src, tree


def test_a_tree_whose_document_is_elsewhere_names_the_tree(converted, tmp_path, monkeypatch, capsys):
    _, tree = converted
    monkeypatch.chdir(tmp_path)
    main(["check", "out/seed.json", "--format", "json"])
    rows = _json_findings(capsys)
    placeholders = [r for r in rows if r["code"] == "link-placeholder"]
    assert len(placeholders) == PLACEHOLDERS
    # before: "file": "seed.txt" (relative to the batch's old input folder) with lines of that document
    assert {r["file"] for r in rows} == {"out/seed.json"}
    assert {r["line"] for r in rows} == {None} and all(r["node"] for r in placeholders)


def test_a_tree_whose_document_is_at_hand_names_the_document(converted, monkeypatch, capsys):
    src, tree = converted
    monkeypatch.chdir(src)
    main(["check", str(tree), "--format", "json"])
    rows = [r for r in _json_findings(capsys) if r["code"] == "link-placeholder"]
    assert {r["file"] for r in rows} == {"seed.txt"}
    assert min(r["line"] for r in rows) == 19      # the document's own line numbers
    # a different file under the recorded name is not the tree's document
    (src / "seed.txt").write_text("1. Another text.\n", encoding="utf-8")
    main(["check", str(tree), "--format", "json"])
    assert {r["file"] for r in _json_findings(capsys)} == {str(tree)}


@pytest.mark.skipif(not (SHARED / "peer" / "un").is_dir(), reason="the real documents are not here")
def test_docx_findings_carry_the_paragraph_position(capsys):
    """A/80/6 (Sect. 3)/Add.1: the 4th element of the document body (counted
    with python-docx, tables included) is the footnote-like line '*A/80/50.'
    whose link 'A/80/50' leads to undocs.org/en/A/79/50; the 184th is the
    paragraph whose link 'A/79/751' leads to A/78/722, which the tree calls
    p-57 (the first is read into the header, node 'meta')."""
    doc = SHARED / "peer" / "un" / "un-mandates__A_80_6_Sect.3_Add.1.docx"
    main(["check", str(doc), "--format", "json"])
    rows = _json_findings(capsys)
    assert rows and all(r["line"] is None for r in rows)
    mismatches = {r["paragraph"]: r["node"] for r in rows if r["code"] == "link-symbol-mismatch"}
    assert 4 in mismatches and mismatches[184] == "p-57"
    main(["check", str(doc)])
    out = capsys.readouterr().out
    assert "     ¶4  " in out and "¶184  p-57" in out


def test_sarif_paths_are_relative_to_the_repository_root(tmp_path, monkeypatch):
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "docs" / "a b").mkdir(parents=True)
    monkeypatch.chdir(repo / "docs")            # run from a sub-folder, as a CI step may
    inside = Finding("a b/x.txt", 3, "p-1", "link-empty", "warning", "m")
    outside = Finding(str(tmp_path / "elsewhere.txt"), None, None, "link-empty", "warning", "m")
    docx = Finding("a b/y.docx", None, "u-5", "link-empty", "warning", "m", paragraph=44)
    run = to_sarif([inside, outside, docx])["runs"][0]
    assert source_root() == repo.resolve()
    assert run["originalUriBaseIds"] == {ROOT_ID: {"uri": repo.resolve().as_uri() + "/"}}
    locations = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]: r["locations"][0]
                 for r in run["results"]}
    assert locations["docs/a%20b/x.txt"]["physicalLocation"] == {
        "artifactLocation": {"uri": "docs/a%20b/x.txt", "uriBaseId": ROOT_ID}, "region": {"startLine": 3}}
    assert locations[(tmp_path / "elsewhere.txt").as_uri()]["physicalLocation"]["artifactLocation"] == {
        "uri": (tmp_path / "elsewhere.txt").as_uri()}           # outside the repository: absolute
    y = locations["docs/a%20b/y.docx"]
    assert y["properties"] == {"paragraph": 44} and y["logicalLocations"] == [{"name": "u-5", "kind": "element"}]
    assert "(paragraph 44)" in next(r for r in run["results"] if "y.docx" in
                                    r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"])["message"]["text"]


def test_sarif_of_a_real_run_is_well_formed(capsys, monkeypatch):
    """No SARIF schema is at hand offline: check the structure the standard
    requires of base ids (every uriBaseId is declared; declared bases are
    absolute file URIs ending in '/'; relative URIs never climb out with '..')."""
    repo = Path(__file__).resolve().parents[1]
    monkeypatch.chdir(repo / "tests")
    main(["check", "data/check", str(SEED), "--format", "sarif"])
    run = json.loads(capsys.readouterr().out)["runs"][0]
    bases = run["originalUriBaseIds"]
    assert all(b["uri"].startswith("file:///") and b["uri"].endswith("/") for b in bases.values())
    for result in run["results"]:
        art = result["locations"][0]["physicalLocation"]["artifactLocation"]
        assert art["uriBaseId"] in bases
        assert not art["uri"].startswith(("/", "..")) and "/../" not in art["uri"]
        assert (Path(bases[art["uriBaseId"]]["uri"][len("file://"):]) / art["uri"]).exists()
