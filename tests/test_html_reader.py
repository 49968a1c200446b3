"""HTML pages: footnotes, lists, tables, links, encodings, and malformed or
empty input (best effort or one clear line, never a traceback). Expected
values are read off the small pages written here."""
from __future__ import annotations

import pytest

from conftest import paragraphs, sections, tables
from councildoc.parser import parse_bytes, parse_file
from councildoc.parser.errors import InputError

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>T</title><script>var x = "<p>not text</p>";</script></head>
<body>
<nav>Home | About</nav>
<h1>I. Introduction</h1>
<p>1. The Council met.<sup><a href="#fn1" id="r1">1</a></sup> It decided
   <a href="https://www.ilo.org/gb">this</a>.</p>
<p>2. A second paragraph.<sup><a href="#fn2">2</a></sup></p>
<ol type="a"><li>first item;</li><li>second item.</li></ol>
<h2>A. Details</h2>
<ol start="3"><li>Third, numbered by the list.</li><li>Fourth.<sup><a href="#fn1">1</a></sup></li></ol>
<table><caption>Table 1. Data</caption>
<thead><tr><th>Name</th><th colspan="2">Values</th></tr></thead>
<tbody><tr><td rowspan="2">A</td><td>1</td><td>2</td></tr>
<tr><td>3</td><td>4<table><tr><td>in</td><td>ner</td></tr></table></td></tr></tbody></table>
<section class="footnotes"><hr><ol>
<li id="fn1"><p>First note, see <a href="https://example.org">site</a>. <a href="#r1">↩</a></p></li>
<li id="fn2"><p>Second<br>note.</p></li>
</ol></section>
<footer>Page footer</footer>
</body></html>"""


@pytest.fixture(scope="module")
def tree():
    return parse_bytes("page.html", PAGE.encode())


def test_paragraphs_items_and_list_numbers(tree):
    paras = paragraphs(tree)
    assert [(p["id"], p["marker"], p["text"]) for p in paras] == [
        ("p-1", "1.", "The Council met. It decided this."), ("p-2", "2.", "A second paragraph."),
        ("p-3", "3.", "Third, numbered by the list."), ("p-4", "4.", "Fourth.")]
    assert [(i["id"], i["marker"], i["text"]) for i in paras[1]["items"]] == [
        ("p-2-a", "a.", "first item;"), ("p-2-b", "b.", "second item.")]


def test_sections(tree):
    assert [(s["id"], s["level"], s["number"], s["heading"]) for s in sections(tree)] == [
        ("sec-I", 1, "I", "Introduction"), ("sec-I-A", 2, "A", "Details")]


def test_footnotes_and_references(tree):
    p1 = paragraphs(tree)[0]
    assert [(s["start"], s["number"]) for s in p1["spans"] if s["type"] == "footnote_ref"] == [(16, 1)]
    assert {"type": "link", "start": 28, "end": 32, "href": "https://www.ilo.org/gb"} in p1["spans"]
    notes = tree["footnotes"]
    assert [(f["number"], f["text"], f["cited_by"]) for f in notes] == [
        (1, "First note, see site.", ["p-1", "p-4"]), (2, "Second\nnote.", ["p-2"])]
    assert [s["href"] for s in notes[0]["spans"] if s["type"] == "link"] == ["https://example.org"]


def test_table(tree):
    [t] = tables(tree)
    assert t["caption"] == "Table 1. Data"
    assert t["header"] == ["Name", "Values"]
    assert t["header_cells"][1] == {"text": "Values", "spans": [], "colspan": 2}
    assert t["rows"][0]["cells"][0] == {"text": "A", "spans": [], "rowspan": 2}
    inner = t["rows"][1]["cells"][1]
    assert inner["text"] == "4"
    assert [c["text"] for c in inner["table"]["rows"][0]["cells"]] == ["in", "ner"]
    assert [d["code"] for d in tree["diagnostics"] if d["code"] == "table-row-width"] == []


def test_script_and_navigation_are_not_text(tree):
    dump = repr(tree["body"])
    assert "not text" not in dump and "Home" not in dump
    assert [f["text"] for f in tree["furniture"]] == ["Home | About", "Page footer"]


def test_notes_not_cited_from_a_sup_are_ordinary_links():
    page = '<p>See <a href="#part2">part 2</a>.</p><h2 id="part2">Part 2</h2><p>Text.</p>'
    t = parse_bytes("x.html", page.encode())
    assert t["footnotes"] == []
    assert {"type": "link", "start": 4, "end": 10, "href": "#part2"} in paragraphs(t)[0]["spans"]


def test_declared_charset_gb18030():
    page = '<html><head><meta charset="gb18030"></head><body><p>1. 理事会决定。</p></body></html>'
    t = parse_bytes("zh.html", page.encode("gb18030"))
    assert paragraphs(t)[0]["text"] == "理事会决定。"
    assert t["source"]["encoding"] == "gb18030"


@pytest.mark.parametrize("markup", [
    "<p>1. Unclosed <b>bold <i>and italic",
    "<div><p>1. Stray end tags</div></span></p></table>",
    "<table><tr><td>cell<tr><td colspan='x' rowspan='-3'>bad spans</table>",
    "<p>Note<sup><a href='#missing'>9</a></sup> with no target.</p>",
    "<?xml version='1.0' encoding='utf-8'?><html><body><p>XHTML-ish</p></body></html>",
])
def test_malformed_markup_best_effort(markup):
    t = parse_bytes("bad.html", markup.encode())
    assert t["body"]


@pytest.mark.parametrize("data,problem", [(b"", "empty"), (b"   \n  ", "empty"),
                                          (b"<html><body><script>x</script></body></html>", "no text")])
def test_empty_pages_are_refused(tmp_path, data, problem):
    path = tmp_path / "empty.html"
    path.write_bytes(data)
    with pytest.raises(InputError) as e:
        parse_file(path)
    assert problem in str(e.value) and "\n" not in str(e.value)


def test_binary_garbage_named_html(tmp_path):
    path = tmp_path / "garbage.html"
    path.write_bytes(bytes(range(256)) * 8)
    try:
        parse_file(path)
    except InputError as e:
        assert "\n" not in str(e)


def test_pathological_nesting_is_reported_not_a_crash():
    with pytest.raises(InputError, match="256 levels deep"):
        parse_bytes("deep.html", ("<div>" * 5000 + "deep text").encode())
    t = parse_bytes("deep.html", ("<p>1. Kept.</p>" + "<div>" * 300 + "lost").encode())
    assert paragraphs(t)[0]["text"] == "Kept."
    assert "html-too-deep" in {d["code"] for d in t["diagnostics"]}


def test_word_save_as_web_page_footnotes():
    # the markup Word writes for footnotes when a document is saved as HTML
    page = """<html><body><div class=WordSection1>
<p class=MsoNormal>1. The Council met.<a href="#_ftn1" name="_ftnref1" title=""><span
class=MsoFootnoteReference><span class=MsoFootnoteReference>[1]</span></span></a> It
adjourned.<a href="#_ftn2" name="_ftnref2"><span class=MsoFootnoteReference>[2]</span></a></p>
</div><div style='mso-element:footnote-list'><br clear=all><hr align=left size=1 width="33%">
<div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a href="#_ftnref1" name="_ftn1"
title=""><span class=MsoFootnoteReference>[1]</span></a> GB.340/INS/6, para. 3.</p></div>
<div style='mso-element:footnote' id=ftn2><p class=MsoFootnoteText><a href="#_ftnref2" name="_ftn2"><span
class=MsoFootnoteReference>[2]</span></a> Second note.</p></div></div></body></html>"""
    t = parse_bytes("word.html", page.encode())
    [p] = paragraphs(t)
    assert p["text"] == "The Council met. It adjourned."
    assert [(s["start"], s["number"], s["marker"]) for s in p["spans"] if s["type"] == "footnote_ref"] == [
        (16, 1, "1"), (30, 2, "2")]
    assert [(f["number"], f["text"], f["cited_by"]) for f in t["footnotes"]] == [
        (1, "GB.340/INS/6, para. 3.", ["p-1"]), (2, "Second note.", ["p-1"])]
