"""Internal references resolved to node ids in a parsed tree; those that
point nowhere become ``xref-unresolved`` warnings with their line and node."""
import pytest

from councildoc.parser import parse_text, validate_tree

DOC = """理 事 会

第 341 届会议，2021 年 3 月，日内瓦

机构部分

INS

日期：2021 年 2 月 1 日

原文：英文

第三项议程

内部引用检查样例

▶ 导言

1. 本段引出下文。
2. 详见第 3 段和附录，以及脚注 1。¹
3. 另见第 50 段、附录 II、第 2(b)段和第 1 至 3 段，以及 GB.341/INS/7 号文件第 60 段。

¹ 见第 1 段。

▶ 附 录

行动项目	状态
1. 第一项	已完成
"""


@pytest.fixture(scope="module")
def tree():
    return parse_text(DOC, "internal.zh.txt", lang="zh")


def _para(tree, pid):
    for sec in tree["body"]:
        for node in sec.get("children", []):
            if node.get("id") == pid:
                return node
    raise KeyError(pid)


def _resolved(node):
    return [(node["text"][s["start"]:s["end"]], s["target"], s.get("resolved", "external"))
            for s in node["spans"] if s["type"] == "xref"]


def test_references_that_exist_resolve(tree):
    assert _resolved(_para(tree, "p-2")) == [("第 3 段", "#p-3", "p-3"), ("附录", "#appendix", "appendix"),
                                             ("脚注 1", "#fn-1", "fn-1")]


def test_references_that_point_nowhere(tree):
    assert _resolved(_para(tree, "p-3")) == [
        ("第 50 段", "#p-50", None),
        ("附录 II", "#appendix-II", None),        # the appendix is unnumbered: no appendix II
        ("第 2(b)段", "#p-2(b)", None),           # paragraph 2 has no items
        ("第 1 至 3 段", "#p-1-3", "p-1"),         # a range resolves to its first paragraph
        ("GB.341/INS/7", "GB.341/INS/7", "external"),
        ("第 60 段", "GB.341/INS/7#p-60", "external"),   # another document's paragraph: not checked
    ]
    diags = [(d["level"], d["line"], d["node"], d["message"]) for d in tree["diagnostics"]
             if d["code"] == "xref-unresolved"]
    assert [(lvl, line, node) for lvl, line, node, _ in diags] == [("warning", 21, "p-3")] * 3
    assert "第 50 段" in diags[0][3] and "#p-50" in diags[0][3]


def test_footnote_text_references_resolve(tree):
    note = tree["footnotes"][0]
    assert _resolved(note) == [("第 1 段", "#p-1", "p-1")]


def test_tree_with_resolved_fields_validates(tree):
    validate_tree(tree)


def test_range_with_a_missing_end_is_unresolved():
    tree = parse_text(DOC.replace("第 1 至 3 段", "第 2 至 9 段"), "x.zh.txt", lang="zh")
    p3 = _para(tree, "p-3")
    ref = next(s for s in p3["spans"] if s.get("target") == "#p-2-9")
    assert ref["resolved"] is None
