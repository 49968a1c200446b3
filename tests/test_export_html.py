"""HTML export: a page that is well-formed, whose anchors all land, whose
text is escaped, on the seed, the test documents and the real documents."""
from __future__ import annotations

import copy

import pytest
from lxml import html as lxml_html

from councildoc.corpus.export.html import render_html
from conftest import paragraphs

from export_support import doc_id, own_documents, peer_documents, tree_of

DOCS = own_documents() + peer_documents()


def _page(tree, **kw):
    return lxml_html.document_fromstring(render_html(tree, **kw))


@pytest.mark.parametrize("path", DOCS, ids=doc_id)
def test_every_internal_link_has_its_anchor(path):
    tree = tree_of(path)
    if tree is None:
        pytest.skip("the parser refuses this document")
    page = _page(tree)
    elements = [el for el in page.iter() if el.get("id")]
    by_id = {el.get("id"): el for el in elements}
    assert len(by_id) == len(elements), "duplicate ids"
    for a in page.iter("a"):
        href = a.get("href")
        if href and href.startswith("#"):
            assert href[1:] in by_id, href
    # every numbered paragraph has its anchor and its printed number
    for p in paragraphs(tree):
        el = by_id[p["id"]]
        if p["number"] is not None:
            num = next(c for c in el if c.get("class") == "num")
            assert num.text_content().rstrip(".") == str(p["number"])
    # every footnote cited in the body has a marker linking to it and a back-link
    for note in tree["footnotes"]:
        if note["cited_by"]:
            li = by_id[note["id"]]
            backs = [a.get("href") for a in li.iter("a") if "backref" in (a.get("class") or "")]
            assert backs, note["id"]


def test_seed_page_structure(seed_tree):
    page = _page(seed_tree)
    assert page.get("lang") == "zh" and page.get("dir") is None
    # the seed has 47 numbered paragraphs (1. … 47.), 5 top-level parts
    # (导言, I, II, III, 附录) and 16 footnotes
    assert len(page.xpath("//p[@class='para']")) == 47
    assert [s.get("id") for s in page.xpath("//article/section[not(@class='footnotes')]")] == \
        ["sec-1", "sec-I", "sec-II", "sec-III", "appendix"]
    assert len(page.xpath("//section[@class='footnotes']/ol/li")) == 16
    p1 = page.get_element_by_id("p-1")
    # paragraph 1 cites notes 1 and 2 (the ¹ after 早期阶段，, the ² at its end)
    assert [a.get("href") for a in p1.xpath(".//sup/a")] == ["#fn-1", "#fn-2"]
    assert p1.xpath(".//sup/a")[0].get("id") == "fnref-1-1"
    assert page.get_element_by_id("fn-1").xpath(".//a[@class='backref']/@href") == ["#fnref-1-1"]
    # the header is a definition list; the title is the h1
    assert page.xpath("//header/h1")[0].text == "联合国改革的最新情况"
    assert "概要" in [dt.text for dt in page.xpath("//header/dl/dt")]
    # the appendix table: a caption, a head of 3 columns, group rows of th
    table = page.get_element_by_id("table-1")
    assert table.find("caption").text_content().startswith("劳工局旨在最大程度利用")
    assert [th.text_content() for th in table.xpath("thead/tr/th")] == ["行动项目", "截止时间", "状态"]
    assert table.xpath("tbody/tr[@class='group']/th")[0].text_content().startswith("组成部分 1")
    # footnote 1 names A/RES/72/279: linked to the UN's document system in Chinese
    fn1 = page.get_element_by_id("fn-1")
    assert "https://docs.un.org/zh/A/RES/72/279" in fn1.xpath(".//a/@href")
    # the table of contents links every section; it and the notes are headed in the document's language
    assert page.xpath("//nav[@class='toc']//a/@href")[:2] == ["#sec-1", "#sec-I"]
    assert page.xpath("//nav[@class='toc']/h2/text()") == ["目录"]
    assert page.xpath("//section[@class='footnotes']/h2/text()") == ["脚注"]


def test_fragment_is_the_article_only(seed_tree):
    fragment = render_html(seed_tree, standalone=False)
    assert fragment.startswith("<article") and "<html" not in fragment and "<head>" not in fragment


def test_hostile_text_renders_inert(seed_tree):
    tree = copy.deepcopy(seed_tree)
    para = paragraphs(tree)[0]
    para["text"] = '<script>alert(1)</script> "><img src=x onerror=alert(2)> ' + para["text"]
    para["spans"] = [dict(s, start=s["start"] + 60, end=s["end"] + 60) for s in para["spans"]]
    para["spans"].append({"type": "link", "start": 0, "end": 8, "href": "javascript:alert(3)"})
    tree["meta"]["title"] = "</title><script>alert(4)</script>"
    tree["symbol"] = '"><svg onload=alert(5)>'
    out = render_html(tree)
    page = lxml_html.document_fromstring(out)
    assert not page.xpath("//script") and not page.xpath("//img") and not page.xpath("//svg")
    assert "javascript:" not in out
    assert page.get_element_by_id("p-1").text_content().startswith("1. <script>alert(1)</script>")


def test_link_for_chooses_the_url(seed_tree):
    chosen = {"GB.338/INS/9": "/doc/GB.338/INS/9"}
    page = _page(seed_tree, link_for=lambda span: chosen.get(span.get("target")))
    assert "/doc/GB.338/INS/9" in page.xpath("//header//a/@href")


def test_right_to_left_language(seed_tree):
    page = _page(seed_tree, lang="ar")
    assert page.get("lang") == "ar" and page.get("dir") == "rtl"


def test_spanned_cells_and_control_characters():
    tree = {"schema_version": "1.0", "symbol": None, "language": "en", "meta": {"header": [], "other": []},
            "source": {"path": "x.docx", "format": "docx", "sha256": "0" * 64},
            "body": [{"type": "table", "id": "table-1", "caption": None, "header": ["A", "B"],
                      "header_cells": [{"text": "A\x0b", "spans": [], "colspan": 2}],
                      "rows": [{"kind": "data", "cells": [{"text": "x", "spans": [], "rowspan": 2}]}]}],
            "footnotes": [], "diagnostics": []}
    page = _page(tree)
    assert page.xpath("//thead//th/@colspan") == ["2"] and page.xpath("//td/@rowspan") == ["2"]
    assert page.xpath("//thead//th")[0].text == "A\ufffd"
