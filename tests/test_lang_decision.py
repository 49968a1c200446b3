"""Decision records (the ``…/Decision`` documents): a ``Decision`` heading,
the unnumbered decision text with its lettered items, and the source line
``(GB.340/INS/6, paragraph 8)`` — kept as paragraphs of the decision section,
without the unclassified-line guess."""
from __future__ import annotations

from pathlib import Path

from councildoc.parser import parse_file, parse_text, validate_tree

DOC = Path(__file__).resolve().parent / "data" / "lang" / "GB.340-INS-6-Decision.en.txt"


def test_english_decision_record():
    tree = parse_file(DOC)
    validate_tree(tree)
    assert tree["symbol"] == "GB.340/INS/6/Decision"
    assert tree["meta"]["title"] == "Update on the United Nations reform"
    [section] = tree["body"]
    assert (section["id"], section["kind"], section["heading"], section["lines"]) == ("decision", "decision", "Decision", [11, 17])
    text, source = section["children"]
    assert text["text"] == "The Governing Body requested the Director-General to:"
    assert [(i["id"], i["marker"]) for i in text["items"]] == [("u-1-a", "(a)"), ("u-1-b", "(b)")]
    assert "unclassified" not in text
    assert (source["text"], source["style"]) == ("(GB.340/INS/6, paragraph 8)", "decision-source")
    assert [d["code"] for d in tree["diagnostics"] if d["level"] != "info"] == []


def test_chinese_decision_record():
    tree = parse_text("GB.340/INS/6/Decision\n理 事 会\n\n决定\n\n理事会要求总干事：\n"
                      "(a) 考虑到理事会的指导意见；\n(b) 报告进展情况。\n\n（GB.340/INS/6，第 8 段）\n")
    [section] = tree["body"]
    assert section["kind"] == "decision" and section["heading"] == "决定"
    assert [(p["text"], p.get("style")) for p in section["children"]] == [
        ("理事会要求总干事：", None), ("（GB.340/INS/6，第 8 段）", "decision-source")]
    assert len(section["children"][0]["items"]) == 2
