"""Sections of the seed: five level-1 parts (▶ and ► both occur), their
level-2 sub-parts and unnumbered sub-headings, nested. Checked by hand."""
from conftest import sections


def test_five_level_one_sections(seed_tree):
    top = [n for n in seed_tree["body"] if n["type"] == "section"]
    assert [(s["id"], s["level"], s["number"], s["heading"]) for s in top] == [
        ("sec-1", 1, None, "导言"),
        ("sec-I", 1, "I", "联合国发展系统改革进展"),
        ("sec-II", 1, "II", "挑战及新出现的良好做法"),
        ("sec-III", 1, "III", "国际劳工组织行动计划下的工作状况"),   # line 134, glyph ►
        ("appendix", 1, None, "附录"),                              # line 158, "▶ 附 录"
    ]
    assert len(seed_tree["body"]) == 5


def test_level_two_headings(seed_tree):
    top = {s["id"]: s for s in seed_tree["body"]}
    sub = lambda sid: [(c["level"], c["number"], c["heading"]) for c in top[sid]["children"] if c["type"] == "section"]
    assert sub("sec-1") == []
    assert sub("sec-I") == [
        (2, None, "管理和问责制框架的进展情况"),
        (2, None, "合作框架指南及其推出"),
        (2, None, "业务活动战略及劳工组织参与改革的效率议程"),
        (2, None, "在区域重组联合国发展系统及强化多国驻地协调员办公室"),
        (2, None, "设立全系统独立评价办公室"),
        (2, None, "为驻地协调员系统供资"),
    ]
    assert sub("sec-II") == []
    assert sub("sec-III") == [
        (2, "A", "发展国家三方成员参与合作框架和可持续发展目标进程的能力"),
        (2, "B", "最大程度地利用联合国改革的机会，促进三方机制，支持成员国实现体面劳动"),
        (2, "C", "推进劳工局与联合国在国家一级的业务整合"),
    ]


def test_paragraphs_nest_in_their_sections(seed_tree):
    top = {s["id"]: s for s in seed_tree["body"]}
    ids = lambda node: [c["id"] for c in node["children"] if c["type"] == "paragraph"]
    assert ids(top["sec-1"]) == ["p-1", "p-2", "p-3", "p-4", "p-5"]
    assert ids(top["sec-I"]) == ["p-6"]
    first_sub = top["sec-I"]["children"][1]
    assert first_sub["heading"] == "管理和问责制框架的进展情况"
    assert ids(first_sub) == ["p-7", "p-8"]
    assert ids(top["sec-II"]) == [f"p-{n}" for n in range(31, 39)]
    assert ids(top["sec-III"]) == ["p-39"]
    sub_a = top["sec-III"]["children"][1]
    assert sub_a["id"] == "sec-III-A" and ids(sub_a) == ["p-40", "p-41", "p-42", "p-43"]
    assert [c["type"] for c in top["appendix"]["children"]] == ["table"]


def test_section_ids_are_unique(seed_tree):
    ids = [s["id"] for s in sections(seed_tree)]
    assert len(ids) == len(set(ids)) == 5 + 6 + 3
