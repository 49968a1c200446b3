"""Chinese cross-references: real forms from ILO and UN Chinese pages (see the
grammar, shared/specs/references.md) and the negatives. Every expected value
was written by hand from the text on the left."""
import pytest

from xref_table import refs

G = "gb_document"
RES = "un_resolution"

POSITIVE = [
    # resolutions in words → GA unless another body is named in the clause
    ("见联合国大会第 72/279 号决议，“在联合国", [("第 72/279 号决议", RES, "A/RES/72/279")]),
    ("第72/279号决议", [("第72/279号决议", RES, "A/RES/72/279")]),
    ("大会48/26号决议", [("48/26号决议", RES, "A/RES/48/26")]),
    ("第49/35 A号决议", [("第49/35 A号决议", RES, "A/RES/49/35A")]),
    ("第194(III)号决议", [("第194(III)号决议", RES, "A/RES/194(III)")]),
    ("安理会第2417(2018)号决议", [("第2417(2018)号决议", RES, "S/RES/2417(2018)")]),
    ("人权理事会第17/4号决议", [("第17/4号决议", RES, "A/HRC/RES/17/4")]),
    ("人权委员会第2005/69号决议", [("第2005/69号决议", RES, "E/CN.4/RES/2005/69")]),
    ("大会第 71/243 号和第 72/279 号决议", [("第 71/243 号", RES, "A/RES/71/243"),
                                     ("第 72/279 号决议", RES, "A/RES/72/279")]),
    ("大会第 74/563 号决定", [("第 74/563 号决定", "un_decision", "A/DEC/74/563")]),
    ("第７２／２７９号决议", [("第７２／２７９号决议", RES, "A/RES/72/279")]),       # full-width digits and slash
    # UN symbols
    ("，A/RES/72/279(2018年)。", [("A/RES/72/279", RES, "A/RES/72/279")]),
    ("秘书长的报告，A/75/79-E/2020/55。", [("A/75/79-E/2020/55", "un_document", "A/75/79-E/2020/55")]),
    ("见 A/75/79–E/2020/55 号文件", [("A/75/79–E/2020/55", "un_document", "A/75/79-E/2020/55")]),
    # GB documents, bare, in links, full-width
    ("理事会文件 GB.340/POL/6。", [("GB.340/POL/6", G, "GB.340/POL/6")]),
    ("[GB.338/INS/9](#) 号文件", [("GB.338/INS/9", G, "GB.338/INS/9")]),
    ("ＧＢ．３３５／ＩＮＳ／１０号文件", [("ＧＢ．３３５／ＩＮＳ／１０", G, "GB.335/INS/10")]),
    ("GB.343/INS/2（Rev.1）、GB.338/PFA/INF/7", [("GB.343/INS/2（Rev.1）", G, "GB.343/INS/2(Rev.1)"),
                                             ("GB.338/PFA/INF/7", G, "GB.338/PFA/INF/7")]),
    # Conventions and Recommendations
    ("第189号公约", [("第189号公约", "ilo_convention", "C189")]),
    ("批准155号公约", [("155号公约", "ilo_convention", "C155")]),
    ("2011年《家庭工人公约》(第189号)", [("2011年《家庭工人公约》(第189号)", "ilo_convention", "C189")]),
    ("1977年《护理人员建议书》（第157号）", [("1977年《护理人员建议书》（第157号）", "ilo_recommendation", "R157")]),
    ("第 202 号建议书", [("第 202 号建议书", "ilo_recommendation", "R202")]),
    ("164号建议书", [("164号建议书", "ilo_recommendation", "R164")]),
    ("第81号、第87号和第98号公约", [("第81号", "ilo_convention", "C81"), ("第87号", "ilo_convention", "C87"),
                          ("第98号公约", "ilo_convention", "C98")]),
    # sessions: the body named in the clause, the surface without the dates
    ("自理事会第 335 届会议(2019 年 3 月)讨论", [("第 335 届会议", "session", "GB.335")]),
    ("理事会第335 届会议", [("第335 届会议", "session", "GB.335")]),
    ("理事会第106屆會議", [("第106屆會議", "session", "GB.106")]),
    ("第109届国际劳工大会", [("第109届国际劳工大会", "session", "ILC.109")]),
    ("国际劳工大会第91届会议", [("第91届会议", "session", "ILC.91")]),
    ("劳工组织大会第 109 届会议", [("第 109 届会议", "session", "ILC.109")]),     # 大会 in an ILO text: the Conference
    ("安理会主席声明2015/25", [("主席声明2015/25", "un_document", "S/PRST/2015/25")]),
    ("理事会第 335 届和第 337 届会议", [("第 335 届", "session", "GB.335"), ("第 337 届会议", "session", "GB.337")]),
    # internal references
    ("详见第 10 段。", [("第 10 段", "paragraph", "#p-10")]),
    ("见第 6 – 15 段", [("第 6 – 15 段", "paragraph", "#p-6-15")]),
    ("见第6段至第15段", [("第6段至第15段", "paragraph", "#p-6-15")]),
    ("第7、第8和第9(b)段", [("第7", "paragraph", "#p-7"), ("第8", "paragraph", "#p-8"),
                      ("第9(b)段", "paragraph", "#p-9(b)")]),
    ("本文件第 342 段", [("第 342 段", "paragraph", "#p-342")]),
    ("GB.341/INS/7号文件第53段", [("GB.341/INS/7", G, "GB.341/INS/7"),
                             ("第53段", "paragraph", "GB.341/INS/7#p-53")]),
    ("大会第 72/279 号决议第 4 段", [("第 72/279 号决议", RES, "A/RES/72/279"),
                              ("第 4 段", "paragraph", "A/RES/72/279#p-4")]),
    ("决定草案：第 4 段", [("决定草案：第 4 段", "draft_decision", "#p-4")]),
    ("决定草案，第55段", [("决定草案，第55段", "draft_decision", "#p-55")]),
    ("GB.338/INS/9 号文件，第 10 段", [("GB.338/INS/9", G, "GB.338/INS/9"), ("第 10 段", "paragraph", "GB.338/INS/9#p-10")]),
    ("以下部分和附录提供了", [("附录", "appendix", "#appendix")]),
    ("见附录 I。", [("附录 I", "appendix", "#appendix-I")]),
    ("见附件七。", [("附件七", "appendix", "#annex-VII")]),
    ("见附件十一。", [("附件十一", "appendix", "#annex-XI")]),
    ("见附录二十。", [("附录二十", "appendix", "#appendix-XX")]),
    ("见附件二", [("附件二", "appendix", "#annex-II")]),
    ("见脚注 3", [("脚注 3", "footnote", "#fn-3")]),
    ("实施阶段，¹几个", [("¹", "footnote", "#fn-1")]),
    ("见 www.ilo.org/gb。", [("www.ilo.org/gb", "url", "https://www.ilo.org/gb")]),
    ("见[主席总结](#)。", [("主席总结", "link", "#")]),
]

NEGATIVE = [
    "2019-20年", "2022-2027年", "《劳工局 2019-2020 年行动计划》", "(2019-20/2020-21)", "2018–19 两年期",
    "2005年9月19 - 23日", "提高到 50% 的目标", "第3页", "第 9 条", "第 5 项议程", "第六项议程",
    "第26届联合国大会", "联合国大会第 75 届会议", "《暴力和骚扰公约》", "三分之一(1/3)", "已完成/进行中",
    "该决议第 4 段", "章程第 9 条第 2 段", "GB294-ESP-4-Ch.doc", "请致函 info@ilo.org",
    "2020 年 10 月 12 日", "国家发展战略(2016-2030)", "相对于 2.81 亿美元", "第 340 届会议", "附 录",
]


@pytest.mark.parametrize("text, expected", POSITIVE, ids=[t for t, _ in POSITIVE])
def test_forms(text, expected):
    assert refs(text, "zh") == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_references(text):
    assert refs(text, "zh") == []


def test_session_takes_the_documents_council_without_cue():
    # the header line of a GB document names no body: the builder passes GB
    assert refs("第 340 届会议，2020 年 10 月至 11 月，日内瓦", "zh", council="GB") == [
        ("第 340 届会议", "session", "GB.340")]
    assert refs("第 109 届会议", "zh", council="ILC") == [("第 109 届会议", "session", "ILC.109")]
