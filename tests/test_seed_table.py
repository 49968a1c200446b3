"""The appendix table of the seed (lines 160–179), checked by hand."""
from conftest import tables


def test_one_table_with_caption_and_header(seed_tree):
    (table,) = tables(seed_tree)
    assert table["id"] == "table-1"
    assert table["caption"] == "劳工局旨在最大程度利用联合国发展系统改革给予劳工组织和三方成员机会的《2019-2020 年行动计划》状态"
    assert table["header"] == ["行动项目", "截止时间", "状态"]
    assert table["lines"] == [160, 179]


def test_rows_data_and_group(seed_tree):
    (table,) = tables(seed_tree)
    kinds = [r["kind"] for r in table["rows"]]
    assert kinds.count("data") == 12
    assert kinds.count("group") == 3
    assert [r["number"] for r in table["rows"] if r["kind"] == "data"] == list(range(1, 13))
    groups = [r["cells"][0]["text"] for r in table["rows"] if r["kind"] == "group"]
    assert [g.split("：")[0] for g in groups] == ["组成部分 1", "组成部分 2", "组成部分 3"]
    assert groups[2] == "组成部分 3：促进劳工局与联合国在国家层面的业务整合，同时尊重劳工组织的价值观"
    assert all(c["text"] == "" for r in table["rows"] if r["kind"] == "group" for c in r["cells"][1:])


def test_cells_verbatim(seed_tree):
    (table,) = tables(seed_tree)
    data = [r for r in table["rows"] if r["kind"] == "data"]
    assert [c["text"] for c in data[0]["cells"]] == [
        "1. 与工人活动局和雇主活动局合作，开发与联合国合作的有关认识提高和培训材料", "2019 年底前", "已完成/进行中"]
    assert [c["text"] for c in data[10]["cells"]] == [
        "11. 就绩效管理系统和《职员条例》的修改进行内部协商", "2019 年底前",
        "在对管理和问责制框架进行修订并经联合国可持续发展集团核可后，于 2020 年开始"]
    assert data[8]["line"] == 176   # row 9 comes after the page break


def test_header_repeated_after_page_break_is_not_a_row(seed_tree):
    (table,) = tables(seed_tree)
    assert not any([c["text"] for c in r["cells"]] == ["行动项目", "截止时间", "状态"] for r in table["rows"])
    assert {"kind": "repeated_table_header", "line": 174, "text": "行动项目\t截止时间\t状态",
            "node": "table-1"} in seed_tree["furniture"]
