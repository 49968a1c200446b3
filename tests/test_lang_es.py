"""The Spanish version of GB.340/INS/6 (tests/data/lang, own sentences in the
real layout): ``340.ª reunión`` (not a paragraph number), ``12 de octubre de
2020``, ``Sexto punto del orden del día``, ``[^n]`` markers and bodies, a
hyphenated word cut by a page break, ► as well as ▶. Expected values read off
the text."""
from __future__ import annotations

from pathlib import Path


from councildoc.parser import validate_tree
from conftest import sections

DOC = Path(__file__).resolve().parent / "data" / "lang" / "GB.340-INS-6.es.txt"


def test_valid_and_detected_as_spanish(tree):
    validate_tree(tree)
    assert tree["language"] == "es"


def test_header_fields(tree):
    m = tree["meta"]
    assert m["council"] == "Consejo de Administración"
    assert (m["session"], m["place"], m["session_dates"]) == (340, "Ginebra", "octubre-noviembre de 2020")
    assert (m["segment"], m["segment_code"]) == ("Sección Institucional", "INS")
    assert (m["date"], m["date_text"]) == ("2020-10-12", "12 de octubre de 2020")
    assert (m["original_language"], m["original_language_code"]) == ("inglés", "en")
    assert m["agenda_item"] == {"text": "Sexto punto del orden del día", "number": 6}
    assert m["title"] == "Información actualizada sobre la reforma de las Naciones Unidas"
    assert m["summary"]["text"].endswith("Véase el proyecto de decisión en el párrafo 8.")
    assert m["strategic_objective"] == "Todos."
    assert m["author_unit"] == "Departamento de Cooperación Multilateral (MULTILATERALS)."
    assert m["other"] == []


def test_sections_paragraphs_and_decision(tree, paras):
    assert [(s["id"], s["kind"]) for s in sections(tree)] == [
        ("sec-1", "part"), ("sec-I", "part"), ("sec-I-A", "subpart"), ("sec-II", "part"), ("decision", "decision")]
    assert sections(tree)[3]["heading"] == "Dificultades y buenas prácticas emergentes"   # ► glyph
    assert list(paras) == [f"p-{n}" for n in range(1, 9)]
    assert [i["marker"] for i in paras["p-8"]["items"]] == ["a)", "b)"]


def test_markdown_markers_and_dehyphenation(tree, paras):
    p3 = paras["p-3"]
    assert "que armonizará el desarrollo regional del sistema, sea aprobado" in p3["text"]
    assert p3["joins"][0]["separator"] == "dehyphenated" and p3["joins"][0]["line"] == 40
    ref = [s for s in p3["spans"] if s["type"] == "footnote_ref"]
    assert [(s["number"], s["marker"]) for s in ref] == [(3, "[^3]")]
    assert p3["text"][ref[0]["start"]:].startswith(" a principios de 2021.")
    assert [n["number"] for n in tree["footnotes"]] == [1, 2, 3, 4]
    assert tree["footnotes"][3]["text"] == "Documento GB.340/POL/6."
    assert [(f["kind"], f["text"]) for f in tree["furniture"]] == [
        ("page_number", "2"), ("symbol_line", "GB.340/INS/6"), ("symbol_line", "GB.340/INS/6 3")]
    assert [d for d in tree["diagnostics"] if d["level"] != "info"] == []
