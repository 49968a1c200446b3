"""What is wrong in a document is reported, not guessed away: small documents
with one defect each, the expected diagnostic worked out by hand."""
from councildoc.parser import parse_text

HEAD = "理 事 会\n\n第 340 届会议，2020 年 10 月至 11 月，日内瓦\n\n第六项议程\n\n标题\n\n▶ 导言\n\n"


def codes(body):
    tree = parse_text(HEAD + body)
    return [(d["code"], d["level"], d["node"]) for d in tree["diagnostics"] if d["level"] != "info"], tree


def test_marker_without_body():
    found, tree = codes("1. 第一段¹。\n2. 第二段²。\n\n¹ 注一。\n")
    assert found == [("footnote-missing-body", "error", "p-2")]
    spans = tree["body"][0]["children"][1]["spans"]
    assert [(s["type"], s["number"]) for s in spans] == [("footnote_ref", 2)]


def test_body_never_cited():
    found, _ = codes("1. 第一段¹。\n\n¹ 注一。\n² 注二。\n")
    assert found == [("footnote-uncited", "warning", "fn-2")]


def test_duplicate_footnote_body():
    found, tree = codes("1. 第一段¹。\n\n¹ 注一。\n¹ 又是注一。\n")
    assert ("footnote-duplicate", "error", "fn-1-2") in found
    assert [n["id"] for n in tree["footnotes"]] == ["fn-1", "fn-1-2"]


def test_markers_out_of_order():
    found, _ = codes("1. 第一段²。\n2. 第二段¹。\n\n¹ 注一。\n² 注二。\n")
    assert ("footnote-out-of-order", "warning", "p-2") in found


def test_paragraph_number_gap_and_repeat():
    found, tree = codes("1. 一。\n2. 二。\n4. 四。\n4. 又四。\n")
    assert ("paragraph-number-gap", "warning", "p-4") in found
    assert ("paragraph-number-repeat", "error", "p-4-2") in found
    ids = [c["id"] for c in tree["body"][0]["children"]]
    assert ids == ["p-1", "p-2", "p-4", "p-4-2"]


def test_unclassified_line_is_kept_with_a_warning():
    body = "1. 一。\n\n这一行既不是标题也不是编号段落，而且它以句号结尾，所以不能当作小标题处理，也没有分页的迹象。\n"
    found, tree = codes(body)
    assert found == [("unclassified-line", "warning", "u-1")]
    (para,) = [c for c in tree["body"][0]["children"] if c["id"] == "u-1"]
    assert para["number"] is None and para["unclassified"] is True
    assert para["text"].startswith("这一行既不是标题")


def test_items_kept_in_their_paragraph():
    _, tree = codes("1. 理事会：\n(a) 注意到本文件；\n(b) 请总干事考虑。\n2. 下一段。\n")
    p1 = tree["body"][0]["children"][0]
    assert p1["text"] == "理事会："
    assert [(i["id"], i["label"], i["marker"], i["text"]) for i in p1["items"]] == [
        ("p-1-a", "a", "(a)", "注意到本文件；"), ("p-1-b", "b", "(b)", "请总干事考虑。")]


def test_latin_page_break_joins():
    from councildoc.parser import parse_text
    text = ("▶ Introduction\n\n1. The Office will continue to develop-\n\n¹ A note.\n\n"
            "ment work with the\n\n2\n\nconstituents in every region.¹\n")
    tree = parse_text(text, lang="en")
    p = tree["body"][0]["children"][0]
    assert p["text"] == "The Office will continue to development work with the constituents in every region."
    assert [j["separator"] for j in p["joins"]] == ["dehyphenated", " "]
    assert {"kind": "page_number", "line": 9, "text": "2", "node": None} in tree["furniture"]


def test_numbering_that_starts_again_is_one_warning_not_a_repeat_per_number():
    # a numbered list after a lead-in line, in a document whose paragraphs are numbered too
    found, tree = codes("1. 一。\n2. 二。\n3. 要求如下：\n1. 甲。\n2. 乙。\n3. 丙。\n4. 三之后。\n")
    assert [c for c in found if c[0].startswith("paragraph-number")] == [
        ("paragraph-numbering-restart", "warning", "p-1-2")]
    restart = next(d for d in tree["diagnostics"] if d["code"] == "paragraph-numbering-restart")
    assert restart["data"] == {"number": 1, "previous": 3}
    # a real repeat (not a restart at 1) is still an error
    found, _ = codes("1. 一。\n2. 二。\n3. 三。\n2. 又二。\n")
    assert ("paragraph-number-repeat", "error", "p-2-2") in found
