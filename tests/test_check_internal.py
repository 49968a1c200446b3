"""Internal references that point nowhere. tests/data/check/internal.zh.txt has
three paragraphs and one unnumbered appendix; paragraph 3 cites 第 50 段,
附录 II and 第 2(b)段, none of which exist, while paragraph 2 cites 第 3 段 and
附录, which do.

The reference finder (parser/xrefs) is being extended by another engineer; the
checker must work on whatever spans are there, so most tests add the spans the
reference grammar (shared specs, section 7) prescribes to the parsed tree."""
import json
from pathlib import Path

import pytest

from councildoc.corpus.check.checker import check_tree
from councildoc.corpus.check.internal import unresolved
from councildoc.corpus.cli import main
from councildoc.parser import parse_file

HERE = Path(__file__).resolve().parent
DOC = HERE / "data" / "check" / "internal.zh.txt"
IDS = {"p-1", "p-2", "p-3", "p-2-a", "appendix", "fn-1", "sec-1"}

REFS = {  # paragraph id → (surface, kind, target) as the grammar prescribes
    "p-2": [("第 3 段", "paragraph", "#p-3"), ("附录", "appendix", "#appendix")],
    "p-3": [("第 50 段", "paragraph", "#p-50"), ("附录 II", "appendix", "#appendix-II"),
            ("第 2(b)段", "paragraph", "#p-2(b)"), ("第 50 段", "paragraph", "GB.341/INS/7#p-50")],
}


def _with_refs(tree):
    """Add the spans of REFS that the parser did not emit itself."""
    for node in tree["body"][0]["children"]:
        for surface, kind, target in REFS.get(node["id"], []):
            start = node["text"].index(surface)
            span = {"type": "xref", "start": start, "end": start + len(surface), "kind": kind, "target": target}
            if not any(s.get("type") == "xref" and s["start"] == start and s.get("target") == target
                       for s in node["spans"]):
                node["spans"].append(span)
    return tree


def test_unresolved_references_found():
    findings = check_tree(_with_refs(parse_file(DOC)), "doc")
    got = sorted((f.line, f.node, f.code, f.message) for f in findings)
    assert got == [
        (23, "p-3", "xref-internal-unresolved", '"第 2(b)段" refers to #p-2(b): paragraph 2 has no item (b)'),
        (23, "p-3", "xref-internal-unresolved", '"第 50 段" refers to #p-50: paragraph 50 does not exist'),
        (23, "p-3", "xref-internal-unresolved", '"附录 II" refers to #appendix-II: appendix II does not exist'),
    ]   # GB.341/INS/7#p-50 names another document: not an internal reference
    by_target = {f.message.split(" refers to ")[1].split(":")[0]: f for f in findings}
    assert by_target["#p-50"].suggestion == "the document's paragraphs are numbered 1–3"
    assert by_target["#appendix-II"].suggestion == "the document's appendices: appendix"
    assert all(f.level == "warning" for f in findings)


def test_tree_json_input_reports_the_source_document(tmp_path, capsys):
    tree = _with_refs(parse_file(DOC))
    path = tmp_path / "internal.json"
    path.write_text(json.dumps(tree, ensure_ascii=False), encoding="utf-8")
    assert main(["check", str(path), "--format", "json"]) == 0     # warnings only
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 3
    assert {r["file"] for r in rows} == {str(DOC)}       # lines refer to the document, not the JSON
    assert main(["check", str(path), "--strict"]) == 1


@pytest.mark.parametrize("anchor, ok", [
    ("p-3", True), ("p-1-3", True), ("p-2-5", False), ("p-2(a)", True), ("p-2(b)", False), ("p-2-a", True),
    ("p-47", False), ("appendix", True), ("annex", True), ("appendix-I", True), ("annex-II", False),
    ("fn-1", True), ("fn-2", False), ("sec-9", False),
])
def test_anchor_resolution(anchor, ok):
    assert (unresolved(anchor, IDS, [1, 2, 3]) is None) == ok


def test_no_appendix_at_all():
    assert unresolved("appendix", {"p-1"}, [1]) == ("the document has no appendix", None)


def test_with_the_parsers_own_reference_spans():
    """Once parser/xrefs finds 第 50 段 by itself, checking the plain document
    reports it with no help."""
    tree = parse_file(DOC)
    p3 = tree["body"][0]["children"][2]
    if not any(s.get("kind") == "paragraph" for s in p3["spans"]):
        pytest.skip("parser/xrefs does not find paragraph references yet")
    targets = {f.message.split(" refers to ")[1].split(":")[0] for f in check_tree(tree, "doc")
               if f.code == "xref-internal-unresolved"}
    assert "#p-50" in targets
