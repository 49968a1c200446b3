"""Footnotes of the seed: 16 bodies, markers removed from the text and kept
as zero-width spans, linked both ways. Checked by hand against the text."""
import re

from conftest import walk

CITED_BY = {1: "p-1", 2: "p-1", 3: "p-3", 4: "p-3", 5: "p-3", 6: "p-3", 7: "p-4", 8: "p-4", 9: "p-4",
            10: "p-4", 11: "p-4", 12: "p-5", 13: "p-6", 14: "p-6", 15: "p-8", 16: "p-24"}
SUPERSCRIPT = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]")


def test_sixteen_footnotes_in_number_order(seed_tree):
    notes = seed_tree["footnotes"]
    assert [n["number"] for n in notes] == list(range(1, 17))
    assert [n["id"] for n in notes] == [f"fn-{k}" for k in range(1, 17)]


def test_each_footnote_is_cited_by_its_paragraph(seed_tree):
    assert {n["number"]: n["cited_by"] for n in seed_tree["footnotes"]} == {k: [v] for k, v in CITED_BY.items()}


def test_marker_spans_point_back_to_the_footnote(seed_paragraphs):
    refs = {}
    for pid, p in seed_paragraphs.items():
        for s in p["spans"]:
            if s["type"] == "footnote_ref":
                assert s["start"] == s["end"]
                assert s["footnote"] == f"fn-{s['number']}"
                refs[s["number"]] = pid
    assert refs == CITED_BY


def test_marker_positions(seed_paragraphs):
    def around(pid, number):
        p = seed_paragraphs[pid]
        (s,) = [s for s in p["spans"] if s["type"] == "footnote_ref" and s["number"] == number]
        return p["text"][:s["start"]], p["text"][s["start"]:]
    before, after = around("p-1", 1)        # "…实施的早期阶段，¹几个关键治理框架…"
    assert before.endswith("早期阶段，") and after.startswith("几个关键治理框架")
    before, after = around("p-3", 3)        # "…四年度全面政策审查³的最后一年…"
    assert before.endswith("全面政策审查") and after.startswith("的最后一年")
    before, after = around("p-5", 12)       # two-digit marker at the very end
    assert before.endswith("带来的机会。") and after == ""
    before, after = around("p-8", 15)       # "…联合国区域实体¹⁵相对于…"
    assert before.endswith("联合国区域实体") and after.startswith("相对于驻地协调员系统")


def test_footnote_texts(seed_tree):
    notes = {n["number"]: n for n in seed_tree["footnotes"]}
    assert notes[6]["text"] == "理事会文件 GB.340/POL/6。"
    assert notes[1]["text"].startswith("见联合国大会第 72/279 号决议")
    assert notes[1]["text"].endswith("A/RES/72/279(2018年)。")
    assert notes[16]["text"] == "见 2020 年经社理事会发展方面业务活动部分的主席总结。"
    assert notes[2]["text"] == "见 2020 年经社理事会发展方面业务活动部分的主席总结。"   # link markup removed
    assert notes[14]["lines"] == [68, 68]


def _texts(tree):
    for h in tree["meta"]["header"]:
        yield h["text"]
    for node in walk(tree["body"]):
        if node["type"] == "section":
            yield node["heading"]
        elif node["type"] == "paragraph":
            yield node["text"]
            for it in node.get("items", []):
                yield it["text"]
        else:
            yield node["caption"] or ""
            yield from node["header"]
            for row in node["rows"]:
                for cell in row["cells"]:
                    yield cell["text"]
    for n in tree["footnotes"]:
        yield n["text"]


def test_no_superscript_digit_left_in_any_text(seed_tree):
    offenders = [t for t in _texts(seed_tree) if SUPERSCRIPT.search(t)]
    assert offenders == []


def test_footnote_diagnostics_absent_on_a_sound_document(seed_tree):
    assert not [d for d in seed_tree["diagnostics"] if d["code"].startswith("footnote")]
