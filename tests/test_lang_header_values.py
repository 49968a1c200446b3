"""Header values in each language to normalised form (dates, agenda ordinals,
language names, session lines), and header lines in each language."""
from __future__ import annotations

import pytest

from councildoc.parser.layout.classify import classify_lines
from councildoc.parser.layout.header import parse_header
from councildoc.parser.layout.header_values import iso_date, ordinal_number, language_code, session_parts


@pytest.mark.parametrize("text, iso", [
    ("12 October 2020", "2020-10-12"),
    ("12 octobre 2020", "2020-10-12"),
    ("1er février 2021", "2021-02-01"),
    ("12 de octubre de 2020", "2020-10-12"),
    ("3 de septiembre de 2019", "2019-09-03"),
    ("October 12, 2020", "2020-10-12"),
    ("2020 年 10 月 12 日", "2020-10-12"),
    ("octobre-novembre 2020", None),      # no day: never guessed
    ("32 October 2020", None),
    ("12 Octember 2020", None),
])
def test_iso_date(text, iso):
    assert iso_date(text) == iso


@pytest.mark.parametrize("text, n", [
    ("Sixth", 6), ("twenty-first", 21), ("sixième", 6), ("vingt et unième", 21), ("dix-septième", 17),
    ("sexto", 6), ("Decimoquinto", 15), ("vigésimo primero", 21), ("六", 6), ("十二", 12), ("7", 7), ("many", None),
])
def test_ordinal_number(text, n):
    assert ordinal_number(text) == n


@pytest.mark.parametrize("name, code", [
    ("English", "en"), ("anglais", "en"), ("inglés", "en"), ("français.", "fr"), ("Spanish", "es"),
    ("espagnol", "es"), ("chino", "zh"), ("英文", "en"), ("Klingon", None),
])
def test_language_code(name, code):
    assert language_code(name) == code


def test_session_parts_in_either_order():
    assert session_parts(", Geneva, October–November 2020") == ("October–November 2020", "Geneva")
    assert session_parts("，日内瓦，2014 年 3 月 13-27 日") == ("2014 年 3 月 13-27 日", "日内瓦")
    assert session_parts("，2020 年 10 月至 11 月，日内瓦") == ("2020 年 10 月至 11 月", "日内瓦")


def header(text):
    meta, fields, symbol = parse_header(classify_lines(text))
    return meta, [f for f, _, _ in fields], symbol


@pytest.mark.parametrize("line, number", [
    ("Agenda item 6", 6), ("Sixth item on the agenda", 6), ("Twelfth item on the agenda", 12),
    ("Sixième question à l'ordre du jour", 6), ("Point 6 de l’ordre du jour", 6),
    ("Sexto punto del orden del día", 6), ("Punto 6 del orden del día", 6), ("第十二项议程", 12),
])
def test_agenda_item_lines(line, number):
    meta, fields, _ = header(line)
    assert fields == ["agenda_item"] and meta["agenda_item"] == {"text": line, "number": number}


def test_french_labels_with_no_break_spaces():
    for sep in (" :", "\u00a0:", "\u202f:", ":"):
        meta, fields, _ = header(f"Date{sep} 12 octobre 2020\nOriginal{sep} anglais")
        assert fields == ["date", "original_language"]
        assert meta["date"] == "2020-10-12" and meta["original_language_code"] == "en"


def test_wrapped_label_value_continues_on_the_next_line():
    meta, fields, _ = header("Main relevant outcome: Enabling outcome B: Effective and efficient\n"
                             "governance of the Organization.\nPolicy implications: None.")
    assert fields == ["main_outcome", "main_outcome", "policy_implications"]
    assert meta["main_outcome"] == "Enabling outcome B: Effective and efficient governance of the Organization."


def test_segment_with_code_on_the_same_line():
    for line, name in [("Policy Development Section POL", "Policy Development Section"),
                       ("Section de l’élaboration des politiques POL", "Section de l’élaboration des politiques"),
                       ("Sección de Formulación de Políticas POL", "Sección de Formulación de Políticas")]:
        meta, fields, _ = header(line)
        assert fields == ["segment"] and (meta["segment"], meta["segment_code"]) == (name, "POL")


@pytest.mark.parametrize("doc, expected", [
    ("INTERNATIONAL LABOUR OFFICE\nGoverning Body\n320th Session, Geneva, 13–27 March 2014\n\nGB.320/INS/6\n\n"
     "Institutional Section\nINS\n\nSIXTH ITEM ON THE AGENDA\n\nUpdate on the reform\n\nFOR DECISION\n",
     ("INTERNATIONAL LABOUR OFFICE", "Geneva", "13–27 March 2014", "Institutional Section", "Update on the reform", "FOR DECISION")),
    ("BUREAU INTERNATIONAL DU TRAVAIL\nConseil d’administration\n320e session, Genève, 13-27 mars 2014\n\nGB.320/INS/6\n\n"
     "Section institutionnelle\nINS\n\nSIXIÈME QUESTION À L’ORDRE DU JOUR\n\nLe point\n\nPOUR DÉCISION\n",
     ("BUREAU INTERNATIONAL DU TRAVAIL", "Genève", "13-27 mars 2014", "Section institutionnelle", "Le point", "POUR DÉCISION")),
    ("OFICINA INTERNACIONAL DEL TRABAJO\nConsejo de Administración\n320.ª reunión, Ginebra, 13-27 de marzo de 2014\n\n"
     "GB.320/INS/6\n\nSección Institucional\nINS\n\nSEXTO PUNTO DEL ORDEN DEL DÍA\n\nInformación\n\nPARA DECISIÓN\n",
     ("OFICINA INTERNACIONAL DEL TRABAJO", "Ginebra", "13-27 de marzo de 2014", "Sección Institucional", "Información", "PARA DECISIÓN")),
])
def test_older_latin_layouts_in_capitals(doc, expected):
    meta, fields, symbol = header(doc)
    got = (meta["office"], meta["place"], meta["session_dates"], meta["segment"], meta["title"], meta["for_action"])
    assert got == expected
    assert (meta["session"], meta["segment_code"], meta["agenda_item"]["number"], symbol) == (320, "INS", 6, "GB.320/INS/6")
    assert "other" not in fields
