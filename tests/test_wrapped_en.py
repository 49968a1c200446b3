"""An English Governing Body paper as PDF text extraction leaves it
(tests/data/wrapped/GB.317-INS-5.en-pdftotext.txt, own sentences): lines
wrapped at 80 columns between words (line 18 ends a sentence, ``…drafted.``,
and paragraph 1 goes on), a paragraph cut by the page break (lines 27-29 and
36-37), footnote bodies wrapped over two lines (30-33; line 32 ends on
``pp.``), plain-digit markers glued to words (``countries,1``, ``varied.2``,
``year.3``), the Word file name as the page foot (lines 34, 51), the symbol at
the top of page 2 (line 35) and the office name with the symbol on line 1.
Expected values read off the file."""
from __future__ import annotations

from pathlib import Path

from councildoc.parser import validate_tree
from conftest import paragraphs, sections, footnote_refs as refs

DOC = Path(__file__).resolve().parent / "data" / "wrapped" / "GB.317-INS-5.en-pdftotext.txt"


def test_header(tree):
    validate_tree(tree)
    assert tree["language"] == "en"
    assert tree["symbol"] == "GB.317/INS/5" and tree["symbol_inferred"] is False
    m = tree["meta"]
    assert (m["office"], m["council"], m["session"], m["place"]) == (
        "INTERNATIONAL LABOUR OFFICE", "Governing Body", 317, "Geneva")
    assert m["header"][0]["field"] == "office" and m["header"][0]["line"] == 1
    assert m["title"] == "Implementation of Decent Work Country Programmes"
    assert m["purpose"] == ("This paper reports on the implementation of Decent Work Country Programmes in 2012 and "
                            "on the measures taken by the Office to strengthen their results-based management (see "
                            "the draft decision in paragraph 5).")


def test_sections_and_paragraphs(tree):
    assert [(s["kind"], s["heading"]) for s in sections(tree)] == [
        ("part", "Introduction"), ("part", "Results-based management"), ("decision", "Draft decision")]
    paras = paragraphs(tree)
    assert [(p["number"], p["lines"]) for p in paras] == [
        (1, [16, 21]), (2, [22, 25]), (3, [27, 37]), (4, [38, 43]), (5, [45, 48])]
    assert paras[0]["text"] == (
        "In 2012 the Office continued to support member States in the design and implementation of Decent Work "
        "Country Programmes. By the end of 2012, programmes were under implementation in 48 countries, and a further "
        "21 were being drafted. The Office reviewed these programmes under the guidance given by the Governing Body "
        "at its 313th Session and found that most were aligned with national development priorities.")
    assert {j["separator"] for j in paras[0]["joins"]} == {" "}
    assert paras[2]["text"].endswith("The workshops covered the choice of indicators, the collection of baseline "
                                     "data and methods of monitoring and reporting, and most participants found "
                                     "them directly useful in their work.")
    assert [j["line"] for j in paras[2]["joins"]] == [28, 29, 36, 37]
    items = paras[4]["items"]
    assert [(it["label"], it["lines"]) for it in items] == [("a", [46, 47]), ("b", [48, 48])]
    assert items[0]["text"] == ("take into account its guidance in preparing the next generation of Decent Work "
                                "Country Programmes;")
    assert not [d for d in tree["diagnostics"] if d["level"] in ("warning", "error")]


def test_markers_footnotes_furniture(tree):
    paras = paragraphs(tree)
    assert refs(paras[0]) == [(1, paras[0]["text"].index(" and a further"))]
    assert refs(paras[1]) == [(2, paras[1]["text"].index(" In some countries"))]
    assert refs(paras[3]) == [(3, paras[3]["text"].index(" The evaluations"))]
    assert [(n["number"], n["lines"], n["cited_by"]) for n in tree["footnotes"]] == [
        (1, [30, 31], ["p-1"]), (2, [32, 33], ["p-2"]), (3, [49, 49], ["p-4"])]
    assert tree["footnotes"][1]["text"] == ("See ILO: Internal review of Decent Work Country Programmes (Geneva, "
                                            "November 2012), pp. 14-17, available on the ILO website.")
    assert [(f["kind"], f["line"]) for f in tree["furniture"]] == [
        ("file_name", 34), ("symbol_line", 35), ("page_number", 50), ("file_name", 51)]
