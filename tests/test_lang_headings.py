"""Headings in each language and layout: glyph-less Introduction / Roman /
appendix headings, letter-spaced Chinese headings, ► and ▶; header titles
wrapped onto a second line and the action line of older layouts."""
from __future__ import annotations

import pytest

from councildoc.parser import parse_text
from conftest import sections


@pytest.mark.parametrize("heading, kind, number, text", [
    ("Introduction", "part", None, "Introduction"),
    ("Introducción", "part", None, "Introducción"),
    ("导 言", "part", None, "导言"),
    ("▶ 导 言", "part", None, "导言"),
    ("► III. Estado de la labor", "part", "III", "Estado de la labor"),
    ("II. Challenges and emerging good practices", "part", "II", "Challenges and emerging good practices"),
    ("Projet de décision", "decision", None, "Projet de décision"),
    ("Proyecto de decisión", "decision", None, "Proyecto de decisión"),
    ("决 定 草 案", "decision", None, "决定草案"),
])
def test_heading(heading, kind, number, text):
    tree = parse_text(f"{heading}\n\n1. Un párrafo numerado del documento.\n")
    [section] = sections(tree)
    assert (section["kind"], section["number"], section["heading"]) == (kind, number, text)
    assert section["children"][0]["id"] == "p-1"


@pytest.mark.parametrize("heading, number", [("Annexe", None), ("Anexo II", "II"), ("Appendix", None), ("附 录", None),
                                             ("Appendice", None), ("Apéndice I", "I")])
def test_appendix_heading_without_glyph(heading, number):
    tree = parse_text(f"▶ Introduction\n\n1. Le texte du paragraphe.\n\n{heading}\n\nTableau\n")
    [appendix] = [s for s in sections(tree) if s["level"] == 1 and s["id"] != "sec-1"]
    assert appendix["kind"] == "appendix" and appendix["number"] == number


def test_roman_line_that_is_a_sentence_is_not_a_heading():
    tree = parse_text("▶ Introduction\n\n1. First paragraph.\nI. This line ends like a sentence.\n")
    assert [s["id"] for s in sections(tree)] == ["sec-1"]


def test_wrapped_title_and_action_line():
    tree = parse_text("GB.320/INS/6\nGoverning Body\n320th Session, Geneva, 13–27 March 2014\n\nINS\n\n"
                      "Sixth item on the agenda\n\nUpdate on the reform of the United Nations system and the\n"
                      "role of the Office\n\nFOR DECISION\n\nSummary: A short summary.\n\n▶ Introduction\n\n1. Text.\n")
    m = tree["meta"]
    assert m["title"] == "Update on the reform of the United Nations system and the role of the Office"
    assert m["for_action"] == "FOR DECISION" and m["other"] == []
    assert (m["session"], m["place"], m["session_dates"], m["segment_code"]) == (320, "Geneva", "13–27 March 2014", "INS")
    assert m["summary"]["text"] == "A short summary."
