"""The French version of GB.340/INS/6 (tests/data/lang, own sentences in the
real layout): ``Date :`` with the narrow no-break space before the colon,
French ordinals and dates, superscript markers, ``a)`` items, page furniture
with the page number before the symbol. Expected values read off the text."""
from __future__ import annotations

from pathlib import Path


from councildoc.parser import validate_tree
from conftest import sections

DOC = Path(__file__).resolve().parent / "data" / "lang" / "GB.340-INS-6.fr.txt"


def test_valid_and_detected_as_french(tree):
    validate_tree(tree)
    assert tree["language"] == "fr"
    assert tree["symbol"] == "GB.340/INS/6"


def test_header_fields(tree):
    m = tree["meta"]
    assert m["council"] == "Conseil d’administration"
    assert (m["session"], m["place"], m["session_dates"]) == (340, "Genève", "octobre-novembre 2020")
    assert (m["segment"], m["segment_code"]) == ("Section institutionnelle", "INS")
    assert (m["date"], m["date_text"]) == ("2020-10-12", "12 octobre 2020")
    assert (m["original_language"], m["original_language_code"]) == ("anglais", "en")
    assert m["agenda_item"] == {"text": "Sixième question à l’ordre du jour", "number": 6}
    assert m["title"] == "Le point sur la réforme des Nations Unies"
    assert m["purpose"].startswith("Le présent document fait le point")
    assert m["main_outcome"] == "Résultat facilitateur B\u202f: Gouvernance efficace et efficiente de l’Organisation."
    assert m["follow_up"] == "Oui."
    assert m["related_documents"] == ["GB.340/POL/6", "GB.335/INS/10"]
    assert m["other"] == []


def test_sections_and_decision(tree, paras):
    assert [(s["id"], s["kind"], s["heading"]) for s in sections(tree)] == [
        ("sec-1", "part", "Introduction"),
        ("sec-I", "part", "Progrès de la réforme du système pour le développement"),
        ("sec-I-A", "subpart", "Actifs régionaux"),
        ("sec-II", "part", "Difficultés et bonnes pratiques émergentes"),
        ("decision", "decision", "Projet de décision"),
    ]
    p8 = paras["p-8"]
    assert [(i["label"], i["marker"]) for i in p8["items"]] == [("a", "a)"), ("b", "b)")]
    assert p8["items"][0]["text"].startswith("de tenir compte de ses orientations")


def test_superscript_markers_and_page_break_join(tree, paras):
    p3 = paras["p-3"]
    assert "qui mettra en cohérence les entités régionales du système, sera approuvé par les chefs des entités au début de 2021." in p3["text"]
    assert p3["joins"] == [{"offset": p3["text"].index("entités régionales du système"), "line": 40, "separator": " "}]
    assert [s["number"] for s in p3["spans"] if s["type"] == "footnote_ref"] == [3]
    assert [(n["number"], n["cited_by"]) for n in tree["footnotes"]] == [(1, ["p-1"]), (2, ["p-2"]), (3, ["p-3"]), (4, ["p-5"])]
    assert "72/279" in p3["text"] and "COVID-19" in p3["text"]


def test_furniture(tree):
    assert [(f["kind"], f["text"]) for f in tree["furniture"]] == [
        ("symbol_line", "GB.340/INS/6"), ("page_number", "2"), ("symbol_line", "3 GB.340/INS/6"),
        ("running_head", "Le point sur la réforme des Nations Unies")]
    assert [d for d in tree["diagnostics"] if d["level"] != "info"] == []
