"""The seed GB.340/INS/6 written as a real Word file (tests/docx_builder.py:
Heading 1/2 styles, typed paragraph numbers, Word footnotes in footnotes.xml,
hyperlinks, a table with a w:tblHeader row and merged group rows) reads into
the same tree as the text file."""
from __future__ import annotations

import io
import zipfile

import pytest

from conftest import paragraphs, sections, tables
from councildoc.parser import parse_bytes, validate_tree
from docx_builder import seed_docx


@pytest.fixture(scope="module")
def seed_docx_bytes(seed_tree):
    return seed_docx(seed_tree)


@pytest.fixture(scope="module")
def docx_tree(seed_docx_bytes):
    return parse_bytes("GB.340-INS-6.zh.docx", seed_docx_bytes)


def _refs(spans):
    return [(s["start"], s["number"]) for s in spans if s["type"] == "footnote_ref"]


def _links(spans):
    return [(s["start"], s["end"], s["href"]) for s in spans if s["type"] == "link"]


def test_the_fixture_is_a_real_word_file_with_real_footnotes(seed_docx_bytes):
    z = zipfile.ZipFile(io.BytesIO(seed_docx_bytes))
    doc = z.read("word/document.xml").decode()
    notes = z.read("word/footnotes.xml").decode()
    assert doc.count("<w:footnoteReference") == 16           # markers ¹…¹⁶ of the seed, each cited once
    assert "¹" not in doc and "⁶" not in doc                   # no typed superscript digits left
    assert notes.count('w:type="separator"') == 1
    assert doc.count("<w:tblHeader") == 1
    assert 'w:val="Heading1"' in doc and 'w:val="Heading2"' in doc


def test_tree_validates_and_says_docx(docx_tree):
    validate_tree(docx_tree)
    assert docx_tree["source"]["format"] == "docx"
    assert docx_tree["language"] == "zh"


def test_same_paragraphs(seed_tree, docx_tree):
    expected = [(p["id"], p["number"], p.get("marker"), p["text"]) for p in paragraphs(seed_tree)]
    got = [(p["id"], p["number"], p.get("marker"), p["text"]) for p in paragraphs(docx_tree)]
    assert len(got) == 47
    assert got == expected


def test_same_footnote_markers_and_links_in_paragraphs(seed_tree, docx_tree):
    for a, b in zip(paragraphs(seed_tree), paragraphs(docx_tree)):
        assert _refs(b["spans"]) == _refs(a["spans"]), a["id"]
        assert _links(b["spans"]) == _links(a["spans"]), a["id"]


def test_same_footnotes_and_cited_by(seed_tree, docx_tree):
    expected = [(f["id"], f["number"], f["text"], f["cited_by"]) for f in seed_tree["footnotes"]]
    got = [(f["id"], f["number"], f["text"], f["cited_by"]) for f in docx_tree["footnotes"]]
    assert got == expected
    # checked by hand: note 1 (A/RES/72/279) is cited by paragraph 1, note 16 by paragraph 24
    assert got[0][3] == ["p-1"] and got[15][3] == ["p-24"]
    assert got[15][2] == "见 2020 年经社理事会发展方面业务活动部分的主席总结。"


def test_links_inside_footnotes(seed_tree, docx_tree):
    for a, b in zip(seed_tree["footnotes"], docx_tree["footnotes"]):
        assert _links(b["spans"]) == _links(a["spans"])
    fn2 = docx_tree["footnotes"][1]
    assert fn2["text"][slice(*_links(fn2["spans"])[0][:2])] == "主席总结"


def test_same_sections(seed_tree, docx_tree):
    def key(s):
        return (s["id"], s["level"], s["kind"], s["number"], s["heading"])
    expected = [key(s) for s in sections(seed_tree)]
    assert [key(s) for s in sections(docx_tree)] == expected
    assert ("sec-III-A", 2, "subpart", "A", "发展国家三方成员参与合作框架和可持续发展目标进程的能力") in expected
    assert ("appendix", 1, "appendix", None, "附录") in expected


def test_same_table(seed_tree, docx_tree):
    [a] = tables(seed_tree)
    [b] = tables(docx_tree)
    assert b["caption"] == a["caption"]
    assert b["header"] == a["header"] == ["行动项目", "截止时间", "状态"]
    def rows(t):
        return [(r["kind"], r["number"], [c["text"] for c in r["cells"] if c["text"]]) for r in t["rows"]]
    assert rows(b) == rows(a)
    # group rows are one Word cell merged across the three columns
    assert b["rows"][0]["cells"][0].get("colspan") == 3 and len(b["rows"][0]["cells"]) == 1


def test_same_meta(seed_tree, docx_tree):
    a = {k: v for k, v in seed_tree["meta"].items() if k != "header"}
    b = {k: v for k, v in docx_tree["meta"].items() if k != "header"}
    assert b == a
    assert docx_tree["symbol"] == "GB.340/INS/6"
    assert [h["field"] for h in docx_tree["meta"]["header"]] == [h["field"] for h in seed_tree["meta"]["header"]]


def test_no_warnings(docx_tree):
    assert [d["code"] for d in docx_tree["diagnostics"] if d["level"] != "info"] == []
