"""Cross-references of the seed document (GB.340/INS/6, Chinese), every one
checked by hand against corpus/samples/GB.340-INS-6.zh.txt."""
from conftest import walk


def _xrefs(text, spans):
    return [(text[s["start"]:s["end"]], s["kind"], s["target"]) for s in spans if s["type"] == "xref"]


def _notes(tree):
    return {n["number"]: n for n in tree["footnotes"]}


def test_footnote_1_cites_the_resolution_twice(seed_tree):
    # "见联合国大会第 72/279 号决议，“…”，A/RES/72/279(2018年)。": in words, then by symbol
    n = _notes(seed_tree)[1]
    assert _xrefs(n["text"], n["spans"]) == [("第 72/279 号决议", "un_resolution", "A/RES/72/279"),
                                             ("A/RES/72/279", "un_resolution", "A/RES/72/279")]


def test_footnote_4_joint_symbol_and_resolution_in_words(seed_tree):
    n = _notes(seed_tree)[4]
    link_text = "执行大会关于联合国系统发展方面业务活动四年度全面政策审查的第 71/243 号决议的情况—秘书长的报告"
    assert _xrefs(n["text"], n["spans"]) == [
        (link_text, "link", "#"),                                   # the link text is not a symbol
        ("第 71/243 号决议", "un_resolution", "A/RES/71/243"),         # 大会 in the same clause: GA
        ("A/75/79-E/2020/55", "un_document", "A/75/79-E/2020/55"),   # one joint reference
    ]


def test_footnote_2_placeholder_link(seed_tree):
    n = _notes(seed_tree)[2]
    assert _xrefs(n["text"], n["spans"]) == [("主席总结", "link", "#")]


def test_footnotes_naming_gb_documents(seed_tree):
    notes = _notes(seed_tree)
    assert _xrefs(notes[6]["text"], notes[6]["spans"]) == [("GB.340/POL/6", "gb_document", "GB.340/POL/6")]
    assert _xrefs(notes[11]["text"], notes[11]["spans"]) == [("GB.340/INS/18/6", "gb_document", "GB.340/INS/18/6")]
    assert _xrefs(notes[12]["text"], notes[12]["spans"]) == [("GB.335/INS/10", "gb_document", "GB.335/INS/10")]
    # fn-16 names the same summary as fn-2 but without a link: nothing to report
    assert _xrefs(notes[16]["text"], notes[16]["spans"]) == []


def test_header_related_documents(seed_tree):
    assert seed_tree["meta"]["related_documents"] == ["GB.340/POL/6", "GB.340/INS/18/6", "GB.335/INS/10"]
    line = next(h for h in seed_tree["meta"]["header"] if h["field"] == "related_documents")
    assert [t for _, k, t in _xrefs(line["text"], line["spans"]) if k == "gb_document"] == [
        "GB.340/POL/6", "GB.340/INS/18/6", "GB.335/INS/10"]


def test_summary_cites_a_document_and_the_335th_session_twice(seed_tree):
    s = seed_tree["meta"]["summary"]
    # "自理事会第 335 届会议(2019 年 3 月)…[GB.338/INS/9](#) 号文件…经理事会第 335 届会议核可的
    # 《劳工局 2019-2020 年行动计划》": the plan's years are not a reference
    assert _xrefs(s["text"], s["spans"]) == [("第 335 届会议", "session", "GB.335"),
                                             ("GB.338/INS/9", "gb_document", "GB.338/INS/9"),
                                             ("第 335 届会议", "session", "GB.335")]


def test_header_session_line_is_the_gb_session(seed_tree):
    # "第 340 届会议，2020 年 10 月至 11 月，日内瓦" names no body: the document is a GB document
    line = next(h for h in seed_tree["meta"]["header"] if h["field"] == "session")
    assert _xrefs(line["text"], line["spans"]) == [("第 340 届会议", "session", "GB.340")]


def test_body_references(seed_tree):
    found = []
    for node in walk(seed_tree["body"]):
        if node["type"] == "paragraph":
            found += [(node["id"],) + x for x in _xrefs(node["text"], node["spans"])]
        elif node["type"] == "table":
            for row in node["rows"]:
                for cell in row["cells"]:
                    found += [(node["id"],) + x for x in _xrefs(cell["text"], cell["spans"])]
    # paragraph 5: "经理事会第 335 届会议(2019 年 3 月)核可的…"; paragraph 39: "理事会在其第 335 届会议
    # (2019 年 3 月)上批准了…以下部分和附录提供了…". Nothing else in the body is a reference
    # (2019-2020, 2020-2025, 2018-2022, 50%, 1% are not).
    assert found == [("p-5", "第 335 届会议", "session", "GB.335"),
                     ("p-39", "第 335 届会议", "session", "GB.335"),
                     ("p-39", "附录", "appendix", "#appendix")]


def test_the_appendix_reference_resolves_to_the_appendix_section(seed_tree):
    p39 = next(n for n in walk(seed_tree["body"]) if n.get("id") == "p-39")
    ref = next(s for s in p39["spans"] if s["type"] == "xref" and s["kind"] == "appendix")
    assert ref["resolved"] == "appendix"
    assert any(n["type"] == "section" and n["id"] == "appendix" for n in walk(seed_tree["body"]))
    assert not [d for d in seed_tree["diagnostics"] if d["code"] == "xref-unresolved"]


def test_every_xref_kind_and_span_is_well_formed(seed_tree):
    from councildoc.parser.xrefs import KINDS
    count = 0
    for node in walk(seed_tree["body"]):
        for s in node.get("spans", []):
            if s["type"] == "xref":
                assert s["kind"] in KINDS and 0 <= s["start"] < s["end"] <= len(node["text"])
                count += 1
    assert count == 3
