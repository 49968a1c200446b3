"""An older-layout Chinese document (tests/data/lang/GB.320-INS-6.zh-old.txt,
own sentences): symbol on the first line and the session on the next (place
before dates), letter-spaced council and heading lines, a Roman heading
without glyph, plain-digit markers (``概要1``, ``问题。2此后``, ``支持。3``) and
``1 text`` footnote bodies, numbers glued to Chinese text that must stay text
(``2013年3月``, ``第3项``, ``共有3个``). Expected values read off the text."""
from __future__ import annotations

from pathlib import Path


from councildoc.parser import validate_tree
from conftest import sections, footnote_refs as refs

DOC = Path(__file__).resolve().parent / "data" / "lang" / "GB.320-INS-6.zh-old.txt"


def test_header(tree):
    validate_tree(tree)
    assert tree["language"] == "zh"
    assert tree["symbol"] == "GB.320/INS/6" and tree["symbol_inferred"] is False
    m = tree["meta"]
    assert (m["session"], m["place"], m["session_dates"]) == (320, "日内瓦", "2014 年 3 月 13-27 日")
    assert m["council"] == "理事会" and m["office"] == "国际劳工局"
    assert (m["segment"], m["segment_code"]) == ("机构部分", "INS")
    assert (m["date"], m["original_language_code"]) == ("2014-02-10", "en")
    assert m["agenda_item"] == {"text": "第六项议程", "number": 6}
    assert m["title"] == "联合国系统改革的进展"
    assert m["summary"]["text"] == "本文件介绍理事会第 317 届会议以来联合国系统改革的进展情况，并请理事会就今后的工作提供指导（见第 5 段的决定草案）。"
    summary_line = [h for h in m["header"] if h["line"] == 16][0]
    assert summary_line["field"] == "summary" and summary_line["text"] == "概要"
    assert refs(summary_line) == [(1, 2)]


def test_sections(tree):
    assert [(s["id"], s["kind"], s["heading"]) for s in sections(tree)] == [
        ("sec-1", "part", "导言"), ("sec-I", "part", "改革的主要进展"), ("decision", "decision", "决定草案")]


def test_plain_markers_only_where_conservative(paras):
    p1 = paras["p-1"]
    assert p1["text"] == ("2013年3月，理事会审议了联合国系统改革问题。此后，联合国大会通过了第 67/226 号决议，"
                          "对四年度全面政策审查作出了规定，共有3个方面的要求。")
    assert refs(p1) == [(2, p1["text"].index("此后"))]
    assert refs(paras["p-2"]) == [] and "第3项行动" in paras["p-2"]["text"]


def test_page_break_join_and_footnote_bodies(tree, paras):
    p3 = paras["p-3"]
    assert "劳工局为其中的多个国家工作队提供了技术支持。" in p3["text"]
    assert p3["joins"] == [{"offset": p3["text"].index("多个国家工作队"), "line": 35, "separator": ""}]
    assert refs(p3) == [(3, len(p3["text"]))]
    assert [(n["number"], n["cited_by"], n["text"]) for n in tree["footnotes"]] == [
        (1, ["meta"], "本文件为 2013 年 11 月提交理事会的文件的更新版。"),
        (2, ["p-1"], "见理事会文件 GB.317/INS/5。"),
        (3, ["p-3"], "劳工组织在 2013 年参加了 28 个国家的联合国发展援助框架。"),
    ]
    assert [(f["kind"], f["text"]) for f in tree["furniture"]] == [("symbol_line", "GB.320/INS/6"), ("page_number", "2")]


def test_draft_decision(paras):
    p5 = paras["p-5"]
    assert p5["text"] == "理事会要求总干事："
    assert [(i["id"], i["marker"]) for i in p5["items"]] == [("p-5-a", "(a)"), ("p-5-b", "(b)")]


def test_no_warnings(tree):
    assert [d for d in tree["diagnostics"] if d["level"] != "info"] == []
