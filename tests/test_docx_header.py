"""Header fields of a Word document: read with the text reader's recognisers
from the paragraphs before the first heading or numbered paragraph, including
the cells of a small header table (the usual Word layout of a GB paper)."""
from __future__ import annotations

from conftest import paragraphs, tables
from councildoc.parser import parse_bytes
from docx_builder import make_docx


def p(text, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def cell(*texts):
    return "<w:tc>" + "".join(p(t) for t in texts) + "</w:tc>"


HEADER_TABLE = ("<w:tbl><w:tr>" + cell("理 事 会") + cell("GB.340/INS/6") + "</w:tr><w:tr>"
                + cell("第 340 届会议，2020 年 10 月至 11 月，日内瓦") + cell("日期：2020 年 10 月 12 日", "原文：英文")
                + "</w:tr></w:tbl>")


def test_header_table_and_paragraphs_give_the_meta():
    body = (HEADER_TABLE + p("机构部分") + p("INS") + p("第六项议程") + p("联合国改革的最新情况")
            + p("导言", "Heading1") + p("1. 第一段。"))
    tree = parse_bytes("gb.docx", make_docx(body))
    meta = tree["meta"]
    assert (meta["council"], meta["session"], meta["date"], meta["original_language_code"]) == ("理事会", 340, "2020-10-12", "en")
    assert (meta["segment"], meta["segment_code"], meta["agenda_item"]["number"], meta["title"]) == (
        "机构部分", "INS", 6, "联合国改革的最新情况")
    assert tree["symbol"] == "GB.340/INS/6" and tree["symbol_inferred"] is False
    # the header table is header, not body; its cell lines keep the table's position
    assert tables(tree) == []
    assert [h["line"] for h in meta["header"]][:5] == [1, 1, 1, 1, 1]
    assert [p_["id"] for p_ in paragraphs(tree)] == ["p-1"]


def test_no_header_recognised_keeps_everything_in_the_body():
    body = "<w:tbl><w:tr>" + cell("Name") + cell("Value") + "</w:tr></w:tbl>" + p("Just a letter.") + p("1. First point.")
    tree = parse_bytes("letter.docx", make_docx(body))
    assert tree["meta"]["header"] == []
    assert len(tables(tree)) == 1
    assert [p_["text"] for p_ in paragraphs(tree)] == ["Just a letter.", "First point."]
