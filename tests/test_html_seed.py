"""The seed GB.340/INS/6 as a web page (tests/html_builder.py) reads into the
same tree as the text file: paragraphs, footnotes and who cites them,
sections, the table, the header fields."""
from __future__ import annotations

import pytest

from conftest import paragraphs, sections, tables
from councildoc.parser import parse_bytes, validate_tree
from html_builder import seed_html


@pytest.fixture(scope="module")
def html_tree(seed_tree):
    return parse_bytes("GB.340-INS-6.zh.html", seed_html(seed_tree))


def _refs(spans):
    return [(s["start"], s["number"]) for s in spans if s["type"] == "footnote_ref"]


def test_valid_and_html(html_tree):
    validate_tree(html_tree)
    assert html_tree["source"]["format"] == "html" and html_tree["source"]["encoding"] == "utf-8"


def test_same_paragraphs_and_markers(seed_tree, html_tree):
    key = lambda p: (p["id"], p["number"], p.get("marker"), p["text"], _refs(p["spans"]))  # noqa: E731
    assert [key(p) for p in paragraphs(html_tree)] == [key(p) for p in paragraphs(seed_tree)]
    assert len(paragraphs(html_tree)) == 47


def test_same_footnotes_and_cited_by(seed_tree, html_tree):
    key = lambda f: (f["id"], f["number"], f["text"], f["cited_by"])  # noqa: E731
    assert [key(f) for f in html_tree["footnotes"]] == [key(f) for f in seed_tree["footnotes"]]
    # the back-link arrow is not note text (checked by hand: note 6 reads "理事会文件 GB.340/POL/6。")
    assert html_tree["footnotes"][5]["text"] == "理事会文件 GB.340/POL/6。"


def test_same_sections(seed_tree, html_tree):
    key = lambda s: (s["id"], s["level"], s["kind"], s["number"], s["heading"])  # noqa: E731
    assert [key(s) for s in sections(html_tree)] == [key(s) for s in sections(seed_tree)]


def test_same_table(seed_tree, html_tree):
    [a], [b] = tables(seed_tree), tables(html_tree)
    assert (b["caption"], b["header"]) == (a["caption"], a["header"])
    rows = lambda t: [(r["kind"], r["number"], [c["text"] for c in r["cells"] if c["text"]]) for r in t["rows"]]  # noqa: E731
    assert rows(b) == rows(a)


def test_same_meta_and_nav_footer_are_furniture(seed_tree, html_tree):
    strip = lambda m: {k: v for k, v in m.items() if k != "header"}  # noqa: E731
    assert strip(html_tree["meta"]) == strip(seed_tree["meta"])
    assert [(f["kind"], f["text"]) for f in html_tree["furniture"]] == [
        ("running_head", "首页"), ("running_head", "国际劳工组织 · 第 1 页")]
    assert [d["code"] for d in html_tree["diagnostics"] if d["level"] != "info"] == []
