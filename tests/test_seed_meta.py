"""Header metadata of the seed (lines 3–23), checked by hand."""


def test_meta_fields(seed_tree):
    m = seed_tree["meta"]
    assert m["council"] == "理事会"                      # "理 事 会", letter-spacing removed
    assert m["session"] == 340
    assert m["session_dates"] == "2020 年 10 月至 11 月"
    assert m["place"] == "日内瓦"
    assert m["segment"] == "机构部分"
    assert m["segment_code"] == "INS"
    assert m["date"] == "2020-10-12"                    # "日期：2020 年 10 月 12 日"
    assert m["original_language"] == "英文"
    assert m["original_language_code"] == "en"
    assert m["agenda_item"] == {"text": "第六项议程", "number": 6}
    assert m["title"] == "联合国改革的最新情况"
    assert m["author_unit"] == "多边合作司(MULTILATERALS)。"
    assert m["related_documents"] == ["GB.340/POL/6", "GB.340/INS/18/6", "GB.335/INS/10"]
    assert m["other"] == []


def test_summary_has_its_own_text_and_spans(seed_tree):
    s = seed_tree["meta"]["summary"]
    assert s["text"].startswith("本文件审议了自理事会第 335 届会议(2019 年 3 月)")
    assert s["text"].endswith("着重介绍了新驻地协调员系统的早期经验。")
    links = [x for x in s["spans"] if x["type"] == "link"]
    assert len(links) == 1
    assert s["text"][links[0]["start"]:links[0]["end"]] == "GB.338/INS/9"
    assert links[0]["href"] == "#"
    refs = [x for x in s["spans"] if x["type"] == "xref" and x["kind"] == "gb_document"]
    assert [x["target"] for x in refs] == ["GB.338/INS/9"]


def test_symbol_inferred_from_session_segment_and_item(seed_tree):
    assert seed_tree["symbol"] == "GB.340/INS/6"
    assert seed_tree["symbol_inferred"] is True
    assert any(d["code"] == "symbol-inferred" and d["level"] == "info" for d in seed_tree["diagnostics"])


def test_language_and_source(seed_tree):
    assert seed_tree["language"] == "zh"
    src = seed_tree["source"]
    assert src["format"] == "text"
    assert src["path"].endswith("GB.340-INS-6.zh.txt")
    assert len(src["sha256"]) == 64


def test_header_lines_kept_verbatim_in_order(seed_tree):
    header = seed_tree["meta"]["header"]
    assert [(h["line"], h["field"]) for h in header] == [
        (3, "council"), (5, "session"), (7, "segment"), (9, "segment_code"), (11, "date"),
        (13, "original_language"), (15, "agenda_item"), (17, "title"), (19, "summary"),
        (21, "author_unit"), (23, "related_documents")]
    assert header[0]["text"] == "理 事 会"
    assert header[10]["text"] == "相关文件：理事会文件 GB.340/POL/6、GB.340/INS/18/6、GB.335/INS/10。"


def test_unrecognised_header_lines_go_to_other():
    from councildoc.parser import parse_text
    tree = parse_text("理 事 会\n\n第 340 届会议，2020 年 10 月至 11 月，日内瓦\n\n机构部分\n\nINS\n\n"
                      "日期：2020 年 10 月 12 日\n\n某个未知的页眉行\n\n第六项议程\n\n标题\n\n▶ 导言\n\n1. 正文。\n")
    assert tree["meta"]["other"] == ["某个未知的页眉行"]
    assert tree["meta"]["title"] == "标题"


def test_symbol_line_is_used_and_not_inferred():
    from councildoc.parser import parse_text
    tree = parse_text("GB.340/INS/6\n\n理 事 会\n\n第 340 届会议，2020 年 10 月至 11 月，日内瓦\n\n第六项议程\n\n标题\n\n▶ 导言\n\n1. 正文。\n")
    assert tree["symbol"] == "GB.340/INS/6"
    assert tree["symbol_inferred"] is False
