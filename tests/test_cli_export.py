"""`councildoc export` (one input, any format), `convert --to` (a batch of
exports, incremental, one bad file never stops the others) and `refs` on a
tree (offsets into each node's text, with the node id)."""
from __future__ import annotations

import json

import pytest
from lxml import html as lxml_html

from councildoc.corpus.cli import main
from councildoc.corpus.export import EXTENSIONS, FORMATS
from councildoc.corpus.output import dump_tree
from conftest import REPO, SEED, paragraphs

LANG = REPO / "tests" / "data" / "lang"


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_export_of_the_document_and_of_its_tree_are_the_same(fmt, seed_tree, tmp_path, capsys):
    tree_file = tmp_path / "seed.json"
    tree_file.write_text(dump_tree(seed_tree), encoding="utf-8")
    out = tmp_path / f"out{EXTENSIONS[fmt]}"
    assert main(["export", str(SEED), "--to", fmt, "-o", str(out)]) == 0
    assert main(["export", str(tree_file), "--to", fmt]) == 0
    printed = capsys.readouterr().out
    written = out.read_text(encoding="utf-8")
    if fmt == "akn":            # the manifestation's generation date is today's in both
        assert written.split("<mainBody>")[1] == printed.split("<mainBody>")[1]
    else:
        assert written == printed
    assert len(written) > 10000         # the whole seed, not a stub


def test_bad_inputs_give_one_line_and_no_file(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema_version": "1.0", "body": [{"type": "paragraph"}]}', encoding="utf-8")
    out = tmp_path / "x.html"
    assert main(["export", str(bad), "--to", "html", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "bad.json" in err and "not a valid councildoc tree" in err
    assert not out.exists()
    assert main(["export", str(tmp_path / "missing.txt"), "--to", "html"]) == 2
    assert "no such file" in capsys.readouterr().err
    assert main(["export", str(SEED), "--to", "akn", "--fragment"]) == 2
    copy = tmp_path / "doc.txt"
    copy.write_bytes(SEED.read_bytes())
    assert main(["export", str(copy), "--to", "text", "-o", str(copy)]) == 2
    assert copy.read_bytes() == SEED.read_bytes()
    assert sorted(tmp_path.iterdir()) == sorted([bad, copy])          # no output, no temporary file


def test_convert_to_html_links_documents_of_the_batch(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    for name in ("GB.340-INS-6.en.txt", "GB.340-INS-6-Decision.en.txt"):
        (src / name).write_bytes((LANG / name).read_bytes())
    (src / "broken.docx").write_bytes(b"PK\x03\x04 not a zip")
    out = tmp_path / "out"
    assert main(["convert", str(src), "-o", str(out), "--to", "html", "-j", "1", "-q"]) == 1
    report = json.loads((out / "_report.json").read_text(encoding="utf-8"))
    assert report["options"]["to"] == "html"
    done = {e["path"]: e for e in report["files"]}
    assert done["broken.docx"]["status"] == "failed"
    for name in ("GB.340-INS-6.en", "GB.340-INS-6-Decision.en"):
        assert done[name + ".txt"]["output"] == name + ".html" and (out / (name + ".html")).is_file()
    # the decision cites "GB.340/INS/6, paragraph 8" (its source line): a link to
    # the document's export in the same folder, at paragraph 8's anchor
    page = lxml_html.parse(str(out / "GB.340-INS-6-Decision.en.html")).getroot()
    assert "GB.340-INS-6.en.html#p-8" in page.xpath("//a/@href")
    assert sorted(p.name for p in out.iterdir()) == ["GB.340-INS-6-Decision.en.html", "GB.340-INS-6.en.html",
                                                    "_report.json"]
    # a second run skips both; --to markdown converts them again
    assert main(["convert", str(src), "-o", str(out), "--to", "html", "-j", "1", "-q"]) == 1
    report = json.loads((out / "_report.json").read_text(encoding="utf-8"))
    assert (report["skipped"], report["converted"]) == (2, 0)
    assert main(["convert", str(src), "-o", str(out), "--to", "markdown", "-j", "1", "-q"]) == 1
    assert (out / "GB.340-INS-6.en.md").is_file()
    # in Akoma Ntoso the same link points at the paragraph's eId in the other export
    assert main(["convert", str(src), "-o", str(out), "--to", "akn", "-j", "1", "-q"]) == 1
    assert 'href="GB.340-INS-6.en.akn.xml#para_8"' in (out / "GB.340-INS-6-Decision.en.akn.xml").read_text("utf-8")
    capsys.readouterr()
    assert main(["convert", str(src), "--jsonl", str(tmp_path / "x.jsonl"), "--to", "html"]) == 2


def test_refs_of_a_tree_are_offsets_into_node_texts(seed_tree, tmp_path, capsys):
    tree_file = tmp_path / "seed.json"
    tree_file.write_text(dump_tree(seed_tree), encoding="utf-8")
    assert main(["refs", str(tree_file)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    # paragraph 39 (line 136 of the seed) opens "理事会在其第 335 届会议(2019 年 3 月)上批准了":
    # the session at 5-14
    assert {"node": "p-39", "where": "paragraph", "line": 136, "kind": "session", "start": 5, "end": 14,
            "text": "第 335 届会议", "target": "GB.335", "resolved": None} in rows
    # and its "附录" is the appendix of this document
    assert any(r["node"] == "p-39" and r["kind"] == "appendix" and r["resolved"] == "appendix" for r in rows)
    texts = {p["id"]: p["text"] for p in paragraphs(seed_tree)}
    for r in rows:
        if r["node"] in texts:
            assert texts[r["node"]][r["start"]:r["end"]] == r["text"]
    # for people: aligned columns naming the node
    assert main(["refs", str(tree_file), "--format", "text"]) == 0
    assert "p-39 paragraph" in capsys.readouterr().out
