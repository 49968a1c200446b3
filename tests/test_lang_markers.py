"""Plain-digit footnote markers: read only where a marker sits, when a body
with that number exists and it is the next in the sequence; numbers in text
(years, COVID-19, 72/279, 1,000, 2.5, G20, URLs, 第3项) always stay text."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from councildoc.parser import parse_text
from councildoc.parser.inline import MarkupConverter, plain_marker_candidates


@pytest.mark.parametrize("text, numbers", [
    ("the Agreement,2 and", [2]),
    ("many countries.2 The forum", [2]),
    ("the heads of entities3 early", [3]),
    ("概要1", [1]),
    ("问题。2此后", [2]),
    ("框架2，并", [2]),
    ("COVID-19 crisis", []), ("in 2030 and", []), ("resolution 72/279", []), ("1,000 people", []),
    ("2.5 per cent", []), ("the G20 summit", []), ("see www.ilo.org/page2 now", []), ("第3项行动", []),
    ("2013年3月", []), ("。3个国家", []), ("343rd Session", []), ("(2019–20)", []),
])
def test_candidates(text, numbers):
    assert [n for _, _, n in plain_marker_candidates(text)] == numbers


def test_only_the_next_number_with_a_body_is_a_marker():
    conv = MarkupConverter({1, 2}, plain_digits=True)
    a = conv.convert("first stage,1 then the step,3 then")
    assert a.text == "first stage, then the step,3 then"
    assert [s["number"] for s in a.spans] == [1]
    b = conv.convert("later,2 done")
    assert b.text == "later, done" and [s["number"] for s in b.spans] == [2]
    assert conv.convert("again,2 no").spans == []      # 3 is expected now


def test_off_unless_the_document_uses_plain_markers():
    conv = MarkupConverter({2}, plain_digits=False)
    assert conv.convert("the Agreement,2 and").spans == []


@given(st.integers(min_value=1000, max_value=2100), st.sampled_from(["in ", "COVID-", "A/RES/72/", "(", "mid-"]))
def test_years_and_numbers_never_candidates(year, prefix):
    assert plain_marker_candidates(f"text {prefix}{year} and more") == []


def test_superscript_document_keeps_glued_digits_as_text():
    doc = ("▶ Introduction\n\n1. The Agreement,2 was signed in 2019.¹\n\n¹ A footnote.\n")
    tree = parse_text(doc)
    p = tree["body"][0]["children"][0]
    assert p["text"] == "The Agreement,2 was signed in 2019."
    assert [s["number"] for s in p["spans"] if s["type"] == "footnote_ref"] == [1]


def test_numbered_line_without_marker_is_text_not_a_footnote():
    doc = ("▶ Introduction\n\n1. The plan has two parts,1 as follows.\n\n1 A footnote.\n"
           "2. The second paragraph lists the figures for the year 2020 and the\n"
           "12 countries that took part.\n")
    tree = parse_text(doc)
    assert [n["number"] for n in tree["footnotes"]] == [1]
    p2 = tree["body"][0]["children"][1]
    assert p2["text"] == "The second paragraph lists the figures for the year 2020 and the 12 countries that took part."


def test_line_starting_with_a_number_after_furniture_continues_the_paragraph():
    doc = ("GB.340/INS/6\n▶ Introduction\n\n1. The plan was agreed by the Council,1 the Office,2 and then by\n\n"
           "1 A footnote.\n\nGB.340/INS/6 2\n\n2 countries that joined later.\n\n2 The second footnote.\n")
    tree = parse_text(doc)
    assert [(n["number"], n["text"]) for n in tree["footnotes"]] == [(1, "A footnote."), (2, "The second footnote.")]
    p = tree["body"][0]["children"][0]
    assert p["text"] == "The plan was agreed by the Council, the Office, and then by 2 countries that joined later."
