"""Numbered paragraphs of the seed GB.340/INS/6 (zh): values checked by hand
against corpus/samples/GB.340-INS-6.zh.txt."""
from conftest import paragraphs


def test_47_paragraphs_numbered_1_to_47_in_order(seed_tree):
    numbered = [p for p in paragraphs(seed_tree) if p["number"] is not None]
    assert [p["number"] for p in numbered] == list(range(1, 48))
    assert [p["id"] for p in numbered] == [f"p-{n}" for n in range(1, 48)]


def test_no_unnumbered_paragraph_and_no_warning(seed_tree):
    assert [p["id"] for p in paragraphs(seed_tree) if p["number"] is None] == []
    codes = {d["code"] for d in seed_tree["diagnostics"] if d["level"] != "info"}
    assert codes == set()


def test_paragraph_text_starts_after_its_number(seed_paragraphs):
    # line 27: "1. 2019年3月，劳工组织理事会上一次…"
    assert seed_paragraphs["p-1"]["text"].startswith("2019年3月，劳工组织理事会上一次")
    assert seed_paragraphs["p-1"]["marker"] == "1."
    # line 156: "47. 2019 年，劳工局修订了…"
    assert seed_paragraphs["p-47"]["text"].startswith("2019 年，劳工局修订了外地办事处主任")
    assert seed_paragraphs["p-47"]["text"].endswith("负责开发驻地协调员上岗培训工作组的成员之一。")


def test_source_lines(seed_paragraphs):
    assert seed_paragraphs["p-1"]["lines"] == [27, 27]
    assert seed_paragraphs["p-2"]["lines"] == [28, 28]
    assert seed_paragraphs["p-47"]["lines"] == [156, 156]


def test_table_rows_are_never_paragraphs(seed_tree):
    # the appendix table has rows "1. 与工人活动局…" … "12. 加强…": they are table rows
    texts = [p["text"] for p in paragraphs(seed_tree)]
    assert not any(t.startswith("与工人活动局和雇主活动局合作") for t in texts)
    assert not any(t.startswith("加强面向对驻地协调员甄选过程") for t in texts)
