"""The English version of GB.340/INS/6 (tests/data/lang, own sentences in the
real layout): header block, ▶ sections, plain-digit footnote markers and
``1 text`` footnote bodies, a hyphenated word cut by a page break, page
furniture, the draft decision with lettered items. Expected values were read
off the document text by hand."""
from __future__ import annotations

from pathlib import Path


from councildoc.parser import validate_tree
from conftest import sections, footnote_refs as refs

DOC = Path(__file__).resolve().parent / "data" / "lang" / "GB.340-INS-6.en.txt"


def test_valid_and_detected_as_english(tree):
    validate_tree(tree)
    assert tree["language"] == "en"
    assert tree["symbol"] == "GB.340/INS/6" and tree["symbol_inferred"] is False


def test_header_fields(tree):
    m = tree["meta"]
    assert m["council"] == "Governing Body"
    assert (m["session"], m["place"], m["session_dates"]) == (340, "Geneva", "October–November 2020")
    assert (m["segment"], m["segment_code"]) == ("Institutional Section", "INS")
    assert (m["date"], m["date_text"]) == ("2020-10-12", "12 October 2020")
    assert (m["original_language"], m["original_language_code"]) == ("English", "en")
    assert m["agenda_item"] == {"text": "Sixth item on the agenda", "number": 6}
    assert m["title"] == "Update on the United Nations reform"
    assert m["purpose"].startswith("This document updates the Governing Body")
    assert m["purpose"].endswith("See the draft decision in paragraph 8.")
    assert m["summary"]["text"] == m["purpose"]
    assert m["strategic_objective"] == "All."
    assert m["main_outcome"] == "Enabling outcome B: Effective and efficient governance of the Organization."
    assert m["follow_up"] == "Yes."
    assert m["author_unit"] == "Multilateral Cooperation Department (MULTILATERALS)."
    assert m["related_documents"] == ["GB.340/POL/6", "GB.335/INS/10"]
    assert m["other"] == []
    fields = [h["field"] for h in m["header"]]
    assert fields[:8] == ["symbol", "council", "session", "segment", "date", "original_language",
                          "agenda_item", "title"]
    assert fields.count("purpose") == 2      # the label line and its value line


def test_sections(tree):
    got = [(s["id"], s["kind"], s["number"], s["heading"]) for s in sections(tree)]
    assert got == [
        ("sec-1", "part", None, "Introduction"),
        ("sec-I", "part", "I", "Progress in the reform of the development system"),
        ("sec-I-A", "subpart", "A", "Regional assets"),
        ("sec-II", "part", "II", "Challenges and emerging good practices"),
        ("decision", "decision", None, "Draft decision"),
    ]


def test_paragraph_numbers_in_order(paras):
    assert list(paras) == [f"p-{n}" for n in range(1, 9)]


def test_plain_digit_markers_after_punctuation_and_glued_to_a_word(paras):
    p1 = paras["p-1"]
    assert "at an early stage, and several" in p1["text"]          # ",1 and"
    assert refs(p1) == [(1, p1["text"].index(", and several") + 1)]
    assert "36 entities" in p1["text"]                              # a number, not a marker
    p2 = paras["p-2"]
    assert refs(p2) == [(2, p2["text"].index(" The forum"))]       # ".2 The forum"
    assert "the 2030 Agenda" in p2["text"]
    p5 = paras["p-5"]
    assert refs(p5) == [(4, p5["text"].index(" The Office"))]


def test_numbers_in_text_are_never_markers(paras, tree):
    p3 = paras["p-3"]
    assert "resolution 72/279 and the COVID-19 response plans" in p3["text"]
    p4 = paras["p-4"]
    assert refs(p4) == []
    assert p4["text"] == ("The guidance on the Cooperation Framework was issued in June 2019; "
                          "16 country teams applied it in 2020 and 35 more will do so in 2021.")
    assert "2019–20, in the light of the COVID-19 crisis" in tree["meta"]["summary"]["text"]
    assert [s for s in tree["meta"]["summary"]["spans"] if s["type"] == "footnote_ref"] == []


def test_hyphenated_word_rejoined_across_page_break_and_footnotes(paras):
    p3 = paras["p-3"]
    assert "which will bring the regional development of the system into line, to be endorsed by the heads of entities early in 2021." in p3["text"]
    assert "develop-" not in p3["text"] and "GB.340" not in p3["text"]
    assert p3["joins"] == [{"offset": p3["text"].index("ment of the system"), "line": 40,
                            "separator": "dehyphenated"}]
    assert p3["lines"] == [33, 40]
    assert refs(p3) == [(3, p3["text"].index(" early in 2021"))]   # "entities3 early"


def test_footnote_bodies_written_as_plain_digits(tree):
    notes = tree["footnotes"]
    assert [(n["number"], n["cited_by"], n["lines"]) for n in notes] == [
        (1, ["p-1"], [34, 34]), (2, ["p-2"], [35, 35]), (3, ["p-3"], [47, 47]), (4, ["p-5"], [48, 48])]
    assert notes[0]["text"].startswith("General Assembly resolution 72/279, “Repositioning")
    assert notes[3]["text"] == "Document GB.340/POL/6."


def test_page_furniture_removed_and_kept(tree):
    assert [(f["kind"], f["line"], f["text"]) for f in tree["furniture"]] == [
        ("page_number", 37, "2"),
        ("symbol_line", 38, "GB.340/INS/6"),
        ("symbol_line", 50, "GB.340/INS/6 3"),
        ("running_head", 51, "Update on the United Nations reform"),
    ]


def test_draft_decision_with_lettered_items(paras):
    p8 = paras["p-8"]
    assert p8["text"] == "The Governing Body requested the Director-General to:"
    assert [(i["id"], i["label"], i["marker"]) for i in p8["items"]] == [("p-8-a", "a", "(a)"), ("p-8-b", "b", "(b)")]
    assert p8["items"][1]["text"] == "report on progress at its 343rd Session (November 2021)."


def test_no_warnings(tree):
    assert [d for d in tree["diagnostics"] if d["level"] != "info"] == []
