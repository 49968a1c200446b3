"""A Chinese Governing Body paper as PDF text extraction leaves it
(tests/data/wrapped/GB.317-INS-5.zh-pdftotext.txt, own sentences): lines
wrapped at a fixed width mid-sentence (one of them ends on 。 and the
paragraph goes on, line 22; wrapped lines starting with a figure, lines 16
and 17), a paragraph cut by the page break (lines 22-23 and 30-32), footnote
bodies wrapped over two lines in a wider measure (lines 24-27), plain-digit
markers glued to the text (``阶段，1另有``, ``不齐。2在``, ``评价。3评价``), the
Word file name as the page foot (lines 28, 42), the symbol repeated at the top
of page 2 (line 29, after a form feed), and the letter-spaced office name with
the symbol on the first line. Expected values read off the file."""
from __future__ import annotations

from pathlib import Path

from councildoc.parser import validate_tree
from conftest import paragraphs, sections, footnote_refs as refs

DOC = Path(__file__).resolve().parent / "data" / "wrapped" / "GB.317-INS-5.zh-pdftotext.txt"


def test_first_line_gives_symbol_and_office(tree):
    validate_tree(tree)
    assert tree["language"] == "zh"
    assert tree["symbol"] == "GB.317/INS/5" and tree["symbol_inferred"] is False
    m = tree["meta"]
    assert (m["office"], m["council"]) == ("国际劳工局", "理事会")
    assert [(h["line"], h["field"]) for h in m["header"]][:3] == [(1, "office"), (2, "council"), (3, "session")]
    assert (m["session"], m["place"], m["segment_code"], m["date"]) == (317, "日内瓦", "INS", "2013-02-15")
    assert m["agenda_item"] == {"text": "第五项议程", "number": 5}
    assert m["title"] == "体面劳动国别计划的执行情况"
    # lines 10-11: the summary wrapped over two lines, joined without a space (CJK)
    assert m["summary"]["text"] == ("本文件介绍 2012 年体面劳动国别计划的执行情况以及劳工局为加强这些计划的成果管理而"
                                    "采取的措施，并请理事会就今后的方向提供指导（见第 5 段的决定草案）。")


def test_sections(tree):
    assert [(s["id"], s["kind"], s["heading"]) for s in sections(tree)] == [
        ("sec-1", "part", "导言"), ("sec-I", "part", "成果管理"), ("decision", "decision", "决定草案")]


def test_wrapped_lines_are_one_paragraph_each(tree):
    paras = paragraphs(tree)
    assert [(p["number"], p["lines"]) for p in paras] == [
        (1, [15, 18]), (2, [19, 20]), (3, [22, 32]), (4, [33, 35]), (5, [37, 39])]
    p1 = paras[0]
    # lines 15-18; the extractor dropped the space at the line ends before "48" and "313", so the
    # joined text has none there ("共有48 个国家", "第313 届会议"): nothing is invented
    assert p1["text"] == ("2012 年，劳工局继续支持成员国制定和执行体面劳动国别计划。截至 2012 年底，共有48 个国家的计划"
                          "处于执行阶段，另有 21 个国家的计划正在制定之中。劳工局在理事会第313 届会议的指导下对这些计划"
                          "进行了审查，审查发现大多数计划的重点与各国的发展优先事项相一致。")
    assert [j["line"] for j in p1["joins"]] == [16, 17, 18]
    assert {j["separator"] for j in p1["joins"]} == {""}
    # line 22 ends on 。 but is as long as the measure: paragraph 3 goes on (line 23), over the page break (30-32)
    p3 = paras[2]
    assert p3["text"] == ("劳工局采用了新的成果管理框架，要求每个计划都设定明确且可衡量的指标和基线值。各区域办事处为此"
                          "举办了培训班，共有 160 名工作人员参加。培训内容包括指标的选择、基线数据的收集以及监测和报告的"
                          "方法，参加者普遍认为培训对其工作有直接帮助。劳工局计划在 2013 年将培训扩大到国家办事处，并编写"
                          "一本关于成果管理的实用指南，供各国三方成员在制定和审查计划时参考使用。")
    assert [j["line"] for j in p3["joins"]] == [23, 30, 31, 32]
    assert [it["label"] for it in paras[4]["items"]] == ["a", "b"]
    assert not [d for d in tree["diagnostics"] if d["level"] in ("warning", "error")]


def test_glued_markers_and_wrapped_footnote_bodies(tree):
    paras = paragraphs(tree)
    assert refs(paras[0]) == [(1, paras[0]["text"].index("另有"))]
    assert refs(paras[1]) == [(2, paras[1]["text"].index("在一些国家"))]
    assert refs(paras[3]) == [(3, paras[3]["text"].index("评价将特别"))]
    assert [(n["number"], n["lines"], n["cited_by"], n["text"]) for n in tree["footnotes"]] == [
        (1, [24, 25], ["p-1"], "其中包括 12 个非洲国家、9 个亚洲及太平洋国家和 8 个美洲国家，其余国家分布在欧洲、中亚和阿拉伯国家地区。"),
        (2, [26, 27], ["p-2"], "见劳工局《体面劳动国别计划内部审查报告》（2012 年 11 月），第 14-17 页，该报告可从劳工组织网站获取。"),
        (3, [40, 40], ["p-4"], "评价结果将于 2013 年 11 月提交理事会。"),
    ]


def test_page_furniture(tree):
    assert [(f["kind"], f["line"], f["text"]) for f in tree["furniture"]] == [
        ("file_name", 28, "GB317-INS-5-2013-02-0081-Ch.doc"), ("symbol_line", 29, "GB.317/INS/5"),
        ("page_number", 41, "2"), ("file_name", 42, "GB317-INS-5-2013-02-0081-Ch.doc")]
