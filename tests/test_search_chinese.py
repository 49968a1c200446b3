"""Keyword search in the Chinese seed GB.340/INS/6. Every expected set was
found by hand in corpus/samples/GB.340-INS-6.zh.txt (grep of the text, each
line mapped to its paragraph, footnote or table row; the summary in the header
and the section headings are not searchable units)."""
from search_support import citations, conn, seed_db  # noqa: F401

from councildoc.corpus.search.query import Filters, search

DOC = "GB.340/INS/6"


def paras(*numbers):
    return {f"{DOC} ¶{n}" for n in numbers}


def test_five_character_term_finds_every_paragraph_footnote_and_row(conn):
    out = search(conn, "驻地协调员", limit=100)
    expected = (paras(1, 3, 5, 6, 7, 8, 9, 13, 17, 24, 27, 29, 31, 32, 33, 34, 35, 37, 41, 44, 47)
                | {f"{DOC} fn 13"}
                # table rows: action items 6, 7 and 12 (rows 8, 9 and 15 counting the group rows)
                | {f"{DOC} table-1 row 8 (no. 6)", f"{DOC} table-1 row 9 (no. 7)", f"{DOC} table-1 row 15 (no. 12)"})
    assert citations(out) == expected
    assert out.matched == 25


def test_paragraph_seven_is_found_in_its_continuation_after_the_page_break(conn):
    # ¶7 mentions 驻地协调员 only in the part printed after footnotes 13 and 14
    out = search(conn, "附加报告官员")
    assert citations(out) == paras(7)


def test_two_character_term(conn):
    out = search(conn, "供资", limit=50)
    assert citations(out) == paras(28, 29, 30, 37, 45) | {f"{DOC} table-1 row 7 (no. 5)"}


def test_one_character_terms(conn):
    assert citations(search(conn, "津")) == paras(35, 41)        # 津巴布韦 twice
    assert citations(search(conn, "伊")) == paras(14, 33)        # 伊拉克 twice


def test_character_absent_from_the_document_finds_nothing(conn):
    out = search(conn, "薪")
    assert out.results == [] and out.matched == 0


def test_all_terms_must_match(conn):
    # 供资 paragraphs (28, 29, 30, 37, 45, row 5) that also contain 驻地协调员: 29 and 37 only
    assert citations(search(conn, "供资 驻地协调员")) == paras(29, 37)


def test_footnote_only_term(conn):
    assert citations(search(conn, "主席总结")) == {f"{DOC} fn 2", f"{DOC} fn 16"}
    assert citations(search(conn, "主席总结", filters=Filters(scope="paragraphs"))) == set()
    assert citations(search(conn, "冠状病毒病")) == paras(4) | {f"{DOC} fn 7"}


def test_mixed_digits_and_characters_ignore_spacing(conn):
    # "2020年是当前四年度…" (¶3): 年 is followed by more characters, no space
    out = search(conn, "2020年", limit=100)
    assert paras(1, 2, 3, 11) <= citations(out)
    assert f"{DOC} fn 2" in citations(out)          # printed "2020 年" with a space


def test_result_carries_section_path_and_highlighted_snippet(conn):
    out = search(conn, "混合供资模式")
    assert len(out.results) == 1
    r = out.results[0]
    assert r["citation"] == f"{DOC} ¶29" and r["node"] == "p-29" and r["number"] == 29
    assert r["path"] == ["I. 联合国发展系统改革进展", "为驻地协调员系统供资"]
    assert [r["snippet"][s:e] for s, e in r["highlights"]] == ["混合供资模式"]
    assert "«混合供资模式»" in r["_snippet"].render("«", "»")


def test_footnote_takes_the_path_of_the_paragraph_citing_it(conn):
    by_node = {x["node"]: x for x in search(conn, "主席总结").results}
    assert by_node["fn-2"]["path"] == ["导言"]                                # cited by ¶1
    assert by_node["fn-16"]["path"][0] == "I. 联合国发展系统改革进展"           # cited by ¶24


def test_filters(conn):
    assert citations(search(conn, "供资", filters=Filters(scope="tables"))) == {f"{DOC} table-1 row 7 (no. 5)"}
    assert len(search(conn, "供资", filters=Filters(symbol="GB.340/*")).results) == 6
    assert search(conn, "供资", filters=Filters(symbol="GB.341/*")).results == []
    assert len(search(conn, "供资", filters=Filters(session=340, lang="zh")).results) == 6
    assert search(conn, "供资", filters=Filters(lang="en")).results == []


def test_spaces_between_chinese_characters_do_not_stop_a_phrase(conn):
    # ¶6 (seed line 48) reads "指南¹⁴ 和业务活动战略": the marker is removed, a space stays
    for query in ('"指南和业务活动战略"', "指南和业务活动战略", "指南 和业务"):
        out = search(conn, query)
        assert citations(out) == paras(6), query
    (r,) = search(conn, '"指南和业务活动战略"').results
    assert [r["snippet"][s:e] for s, e in r["highlights"]] == ["指南 和业务活动战略"]
