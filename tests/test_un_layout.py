"""The UN layout rules on small documents of our own, in English, French,
Spanish and Chinese: masthead fields, resolution parts, section-numbered
paragraphs, Markdown syntax, bare footnote markers, and a UN .docx."""
from __future__ import annotations

import io

import docx
import pytest

from conftest import paragraphs, sections, tables
from councildoc.parser import parse_bytes, parse_text
from councildoc.parser.layout.bare_markers import spaced_candidates
from councildoc.parser.layout.resolution import adoption, opening
from councildoc.parser.layout.section_numbers import section_number
from councildoc.parser.layout.un_masthead import recognise

# ---- one masthead line → its field and value ----------------------------------------------------

MASTHEAD_LINES = [
    ("General Assembly", "organ", "organ", "General Assembly"),
    ("Assemblée générale", "organ", "organ", "General Assembly"),
    ("Consejo de Seguridad", "organ", "organ", "Security Council"),
    ("经济及社会理事会", "organ", "organ", "Economic and Social Council"),
    ("HUMAN RIGHTS COUNCIL", "organ", "organ", "Human Rights Council"),
    ("Distr. GENERAL", "distribution", "distribution", "Distr. GENERAL"),
    ("Distr. limitée", "distribution", "distribution", "Distr. limitée"),
    ("A/75/79-E/2020/55", "symbol", "_symbols", ["A/75/79-E/2020/55"]),
    ("A/80/6 (Sect. 25)", "symbol", "_symbols", ["A/80/6 (Sect. 25)"]),
    ("A/HRC/55/10/Add.1", "symbol", "_symbols", ["A/HRC/55/10/Add.1"]),
    ("S/2024/15/Rev.1", "symbol", "_symbols", ["S/2024/15/Rev.1"]),
    ("Seventy-sixth session", "session", "session", 76),
    ("Soixante-seizième session", "session", "session", 76),
    ("Septuagésimo sexto período de sesiones", "session", "session", 76),
    ("第七十六届会议", "session", "session", 76),
    ("Item 137 of the preliminary list*", "agenda_item", "agenda_item",
     {"text": "Item 137 of the preliminary list*", "number": 137}),
    ("Point 40 de l'ordre du jour", "agenda_item", "agenda_item", {"text": "Point 40 de l'ordre du jour", "number": 40}),
    ("Tema 40 del programa", "agenda_item", "agenda_item", {"text": "Tema 40 del programa", "number": 40}),
    ("议程项目40", "agenda_item", "agenda_item", {"text": "议程项目40", "number": 40}),
    ("Original: French", "original_language", "original_language_code", "fr"),
    ("Original : espagnol", "original_language", "original_language_code", "es"),
    ("12 de marzo de 2024", "date", "date", "2024-03-12"),
    ("2024年3月12日", "date", "date", "2024-03-12"),
    ("01-66657 (E) 291101", "job_number", "job_number", "01-66657 (E) 291101"),
    ("Note by the Secretariat", "subtitle", "subtitle", "Note by the Secretariat"),
    ("Rapport du Secrétaire général", "subtitle", "subtitle", "Rapport du Secrétaire général"),
    ("秘书长的报告", "subtitle", "subtitle", "秘书长的报告"),
    ("48/161. Situation in Central America", "resolution", "resolution",
     {"number": "48/161", "title": "Situation in Central America"}),
    ("Working Group on the Universal Periodic Review", "subsidiary_body", "subsidiary_body",
     "Working Group on the Universal Periodic Review"),
]


@pytest.mark.parametrize("line,field,key,value", MASTHEAD_LINES)
def test_masthead_line(line, field, key, value):
    meta: dict = {}
    assert recognise(line, meta) == field
    assert meta[key] == value


def test_pdf_text_runs_masthead_fields_together():
    meta: dict = {}
    assert recognise("General Assembly Distr.: General 15 October 2025", meta) == "organ"
    assert (meta["organ"], meta["distribution"], meta["date"]) == ("General Assembly", "Distr.: General", "2025-10-15")
    meta = {}
    recognise("Eightieth session Agenda item 13 Integrated and coordinated implementation", meta)
    assert (meta["session"], meta["agenda_item"]["number"], meta["agenda_title"]) == (
        80, 13, "Integrated and coordinated implementation")


def test_text_that_is_not_a_masthead_line():
    for line in ("Reaffirming the purposes and principles of the Charter,", "The right to development",
                 "1. Decides to proclaim", "Recalling its resolution 48/161."):
        assert recognise(line, {}) is None


def test_upr_block_in_capitals():
    text = ("HUMAN RIGHTS COUNCIL\nWorking Group on the Universal Periodic Review\nSeventh session\n"
            "Geneva, 8-19 February 2010\nDistr. GENERAL\nA/HRC/WG.6/7/L.1\n12 February 2010\n"
            "Original: ENGLISH\nDRAFT REPORT OF THE WORKING GROUP\n"
            "1. The Working Group held its seventh session from 8 to 19 February 2010.\n")
    tree = parse_text(text, "upr.txt")
    meta = tree["meta"]
    assert tree["symbol"] == "A/HRC/WG.6/7/L.1"
    assert (meta["organ"], meta["subsidiary_body"], meta["session"], meta["place"], meta["session_dates"]) == (
        "Human Rights Council", "Working Group on the Universal Periodic Review", 7, "Geneva", "8-19 February 2010")
    assert meta["title"] == "DRAFT REPORT OF THE WORKING GROUP" and meta["other"] == []
    assert [p["number"] for p in paragraphs(tree)] == [1]


# ---- a resolution in four languages -------------------------------------------------------------

RESOLUTIONS = {
    "en": ("United Nations\nA/RES/80/10\nGeneral Assembly\nDistr.: General\n1 December 2025\nEightieth session\n"
           "Agenda item 13\nResolution adopted by the General Assembly on 26 November 2025\n"
           "[without reference to a Main Committee (A/80/L.11)]\n80/10. International Day of Indigenous Women\n"
           "The General Assembly,\nReaffirming the purposes and principles of the Charter of the United Nations,\n"
           "Reaffirming also the International Covenant on Civil and Political Rights,\n"
           "Deeply concerned that Indigenous women\nface discrimination,\n"
           "1. Decides to proclaim 5 September the International Day;\n"
           "2. Also requests the Secretary-General to bring the present resolution to the attention of all States:\n"
           "(a) Members of the United Nations;\n(b) Observers;\n51st plenary meeting\n26 November 2025\n"),
    "fr": ("Nations Unies\nA/RES/80/10\nAssemblée générale\nDistr. générale\n1er décembre 2025\n"
           "Quatre-vingtième session\nPoint 13 de l'ordre du jour\n"
           "Résolution adoptée par l'Assemblée générale le 26 novembre 2025\n"
           "[sans renvoi à une grande commission (A/80/L.11)]\n80/10. Journée internationale des femmes autochtones\n"
           "L'Assemblée générale,\nRéaffirmant les buts et principes de la Charte des Nations Unies,\n"
           "Réaffirmant également le Pacte international relatif aux droits civils et politiques,\n"
           "Profondément préoccupée par la discrimination\nà l'égard des femmes autochtones,\n"
           "1. Décide de proclamer le 5 septembre Journée internationale ;\n"
           "2. Prie également le Secrétaire général de porter la présente résolution à l'attention :\n"
           "a) Des États Membres ;\nb) Des observateurs ;\n51e séance plénière\n26 novembre 2025\n"),
    "es": ("Naciones Unidas\nA/RES/80/10\nAsamblea General\nDistr. general\n1 de diciembre de 2025\n"
           "Octogésimo período de sesiones\nTema 13 del programa\n"
           "Resolución aprobada por la Asamblea General el 26 de noviembre de 2025\n"
           "[sin remisión previa a una Comisión Principal (A/80/L.11)]\n80/10. Día Internacional de las Mujeres Indígenas\n"
           "La Asamblea General,\nReafirmando los propósitos y principios de la Carta de las Naciones Unidas,\n"
           "Reafirmando también el Pacto Internacional de Derechos Civiles y Políticos,\n"
           "Profundamente preocupada por la discriminación\nde las mujeres indígenas,\n"
           "1. Decide proclamar el 5 de septiembre Día Internacional;\n"
           "2. Solicita también al Secretario General que señale la presente resolución a la atención:\n"
           "a) De los Estados Miembros;\nb) De los observadores;\n51ª sesión plenaria\n26 de noviembre de 2025\n"),
    "zh": ("联合国\nA/RES/80/10\n大会\nDistr.: General\n2025年12月1日\n第八十届会议\n议程项目13\n"
           "大会2025年11月26日通过的决议\n[未经发交主要委员会(A/80/L.11)]\n80/10．世界土著妇女和女童国际日\n"
           "大会，\n重申《联合国宪章》的宗旨和原则，\n又重申《公民及政治权利国际公约》，\n深为关切土著妇女\n受到歧视，\n"
           "1. 决定宣布每年9月5日为世界土著妇女和女童国际日；\n2. 又请秘书长提请下列各方注意本决议：\n"
           "(a) 联合国会员国；\n(b) 观察员；\n第51次全体会议\n2025年11月26日\n"),
}
OPENINGS = {"en": ["Reaffirming", "Reaffirming also", "Deeply concerned"],
            "fr": ["Réaffirmant", "Réaffirmant également", "Profondément"],
            "es": ["Reafirmando", "Reafirmando también", "Profundamente"],
            "zh": ["重申", "又重申", "深为关切"]}


@pytest.mark.parametrize("lang", sorted(RESOLUTIONS))
def test_resolution_in_each_language(lang):
    tree = parse_text(RESOLUTIONS[lang], f"res.{lang}.txt")
    meta = tree["meta"]
    assert tree["symbol"] == "A/RES/80/10"
    assert (meta["organ"], meta["date"], meta["session"], meta["agenda_item"]["number"]) == (
        "General Assembly", "2025-12-01", 80, 13)
    assert (meta["document_type"], meta["adoption_date"]) == ("resolution", "2025-11-26")
    assert meta["committee_reference"].endswith("(A/80/L.11)")
    assert meta["resolution"]["number"] == "80/10" and meta["other"] == []
    paras = paragraphs(tree)
    assert [p.get("kind") for p in paras] == ["acting_body", "preambular", "preambular", "preambular",
                                              "operative", "operative", "adoption"]
    assert [p["opening"] for p in paras if p.get("kind") == "preambular"] == OPENINGS[lang]
    # the third preambular paragraph wraps onto a second line: one paragraph
    assert paras[3]["lines"] == [14, 15]
    assert [it["label"] for it in paras[5]["items"]] == ["a", "b"]
    assert meta["adoption"]["date"] == "2025-11-26"
    assert not [d for d in tree["diagnostics"] if d["level"] in ("warning", "error")]


def test_security_council_adoption_line():
    assert adoption("Adopted by the Security Council at its 4213th meeting, on 31 October 2000") == {
        "text": "Adopted by the Security Council at its 4213th meeting, on 31 October 2000",
        "meeting": "4213", "date": "2000-10-31"}
    assert adoption("85th plenary meeting") == {"text": "85th plenary meeting", "meeting": "85th plenary meeting",
                                                "date": None}
    assert adoption("85th plenary meeting of the year") is None


def test_openings_are_the_italic_words():
    assert opening("Bearing in mind that the Convention") == "Bearing in mind"
    assert opening("Taking note with appreciation of the report") == "Taking note with appreciation of"
    assert opening("Teniendo presente que") == "Teniendo presente"
    assert opening("The right to development") is None


def test_without_acting_body_nothing_is_preambular():
    tree = parse_text("General Assembly\nA/80/100\nDistr.: General\n"
                      "Recalling the report, this note sets out the figures.\n1. The Secretary-General reports.\n")
    assert not [p for p in paragraphs(tree) if p.get("kind")]
    assert paragraphs(tree)[0]["text"].startswith("Recalling the report")      # in the body, not meta.other


# ---- section-numbered paragraphs ----------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("25.1\tThe Office of the United Nations High Commissioner", ("25.1", 5)),
    ("3.12 The Committee recommends", ("3.12", 5)),
    ("25.1 Le Haut-Commissariat", ("25.1", 5)),
    ("25.1 El Alto Comisionado", ("25.1", 5)),
    ("25.1 难民署负责", ("25.1", 5)),
    ("2.5 million people were displaced", None),
    ("1.5. Text", None),
])
def test_section_number(text, expected):
    assert section_number(text) == expected


def test_report_paragraphs_numbered_by_section():
    text = ("General Assembly\nA/80/6 (Sect. 25)\nDistr.: General\n21 February 2025\n"
            "25.1 The Office is responsible for international protection.\n"
            "25.2 The objective is to ensure protection.\n(a) Respond to crises;\n(b) Support States.\n")
    tree = parse_text(text, "sect25.txt")
    assert tree["symbol"] == "A/80/6 (Sect. 25)"
    paras = paragraphs(tree)
    assert [(p["id"], p["number"]) for p in paras] == [("p-25.1", "25.1"), ("p-25.2", "25.2")]
    assert not [d for d in tree["diagnostics"] if d["code"].startswith("paragraph-number")]


# ---- Markdown ------------------------------------------------------------------------------------

MARKDOWN = """---
symbol: A/RES/79/1
date: "2024-09-22"
---

# Pact for the Future

##Chapter I

### Action 1

1. We will take bold action.[^1]

---

| Item | Amount |
|------|-------:|
| Posts | 10 |

[^1]: See resolution 70/1.
"""


def test_markdown_reader():
    tree = parse_bytes("pact.md", MARKDOWN.encode())
    assert tree["source"]["format"] == "markdown"
    assert tree["symbol"] == "A/RES/79/1" and tree["meta"]["date"] == "2024-09-22"
    heads = [(s["level"], s["heading"]) for s in sections(tree)]
    assert heads == [(1, "Pact for the Future"), (2, "Chapter I"), (3, "Action 1")]
    assert not any("#" in s["heading"] for s in sections(tree))
    assert [f["kind"] for f in tree["furniture"]] == ["front_matter_fence", "front_matter_fence",
                                                      "thematic_break", "table_rule"]
    (table,) = tables(tree)
    assert table["header"] == ["Item", "Amount"] and [c["text"] for c in table["rows"][0]["cells"]] == ["Posts", "10"]
    assert tree["footnotes"][0]["cited_by"] == ["p-1"] and tree["footnotes"][0]["marker"] == "[^1]:"


def test_bare_number_markers():
    text = "Reaffirming the Covenant, 1 the Convention 2 and the 13 steps of 19723 and paragraph 4 of it"
    found = [(text[s:e], n) for s, e, n in spaced_candidates(text)]
    # "13" follows "the", "4" follows "paragraph": words that take a number; 19723 is 1972 + marker 3
    assert found == [("1", 1), ("2", 2), ("3", 3)]


# ---- a UN .docx ----------------------------------------------------------------------------------

def _un_docx() -> bytes:
    d = docx.Document()
    header = d.sections[0].header
    for line in ("United Nations", "General Assembly", "Distr.: General", "A/79/6 (Sect. 3)", "12 March 2024",
                 "Original: English"):
        header.add_paragraph(line)
    d.add_paragraph("Seventy-ninth session")
    d.add_paragraph("Item 140 of the preliminary list*")
    for title in ("Proposed programme budget for 2025", "Part II", "Political affairs", "Section 3"):
        d.add_heading(title, level=1)
    d.add_heading("Contents", level=1)
    d.add_table(rows=2, cols=2).rows[0].cells[0].text = "Overall orientation"
    d.add_paragraph("3.1\tThe Department of Political Affairs supports the Secretary-General.")
    d.add_heading("Table 3.1", level=2)
    d.add_heading("Financial resources", level=2)
    d.add_paragraph("(Thousands of United States dollars)")
    d.add_table(rows=2, cols=2).rows[1].cells[1].text = "100"
    d.add_paragraph("3.2\tThe resources are set out in table 3.1.")
    d.add_heading("Annex", level=1)
    d.add_heading("Organizational structure", level=1)
    d.add_paragraph("1.\tThe structure is shown below.")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_un_docx_masthead_title_block_captions_and_annex():
    tree = parse_bytes("sect3.docx", _un_docx())
    meta = tree["meta"]
    assert tree["symbol"] == "A/79/6 (Sect. 3)"
    assert (meta["organ"], meta["distribution"], meta["date"], meta["original_language_code"]) == (
        "General Assembly", "Distr.: General", "2024-03-12", "en")
    assert (meta["session"], meta["agenda_item"]["number"]) == (79, 140)
    assert meta["title_block"] == ["Proposed programme budget for 2025", "Part II", "Political affairs", "Section 3"]
    assert [p["number"] for p in paragraphs(tree)] == ["3.1", "3.2", 1]
    contents, resources = tables(tree)
    assert contents["kind"] == "contents"
    assert resources["caption"] == "Table 3.1 Financial resources (Thousands of United States dollars)"
    (annex,) = [s for s in sections(tree) if s["kind"] == "appendix"]
    assert [c["heading"] for c in annex["children"]] == ["Organizational structure"]
    assert not [d for d in tree["diagnostics"] if d["code"].startswith("paragraph-number")]


# ---- reports printed as text: contents, numbered sub-headings, older notes ----------------------

def test_contents_printed_as_text_is_a_contents_table():
    text = ("General Assembly\nA/79/300\nDistr.: General\n1 August 2024\nSeventy-ninth session\n"
            "Item 69 (b) of the provisional agenda*\nPromotion and protection of human rights\n"
            "Report of the Secretary-General\nContents\nParagraphs Page\n"
            "I. Introduction ............................................. 1–5 3\n"
            "II. Activities of the Office of the United Nations High Commissioner\n"
            "for Human Rights ....................................... 6–20 4\n"
            "I. Introduction\n1. The present report is submitted pursuant to resolution 78/190.\n"
            "* A/79/150.\n")
    tree = parse_text(text, "report.txt")
    (contents,) = tables(tree)
    assert (contents["kind"], contents["caption"], len(contents["rows"])) == ("contents", "Contents", 4)
    assert [s["heading"] for s in sections(tree)] == ["Introduction"]       # entries are not headings
    assert tree["meta"]["subtitle"] == "Report of the Secretary-General"
    assert [p.get("kind") for p in paragraphs(tree)] == [None, "title_note"]


def test_numbered_subheadings_between_numbered_paragraphs():
    tree = parse_text("D. Operational environment\n23. The missions operate in volatile settings.\n"
                      "24. Security remains a concern.\n1. Women, peace and security\n"
                      "25. The missions promote the participation of women.\n2. Youth, peace and security\n"
                      "26. Young people are engaged.\n", "r.txt")
    subs = [(s["level"], s["number"], s["heading"]) for s in sections(tree)][1:]
    assert subs == [(3, "1", "Women, peace and security"), (3, "2", "Youth, peace and security")]
    assert [p["number"] for p in paragraphs(tree)] == [23, 24, 25, 26]
    assert not [d for d in tree["diagnostics"] if d["code"].startswith("paragraph-number")]


def test_older_un_slash_footnotes():
    tree = parse_text("General Assembly\nA/RES/48/161\nDistr.: General\n48/161. Situation in Central America\n"
                      "The General Assembly,\nRecalling the Esquipulas II agreement 1/ and resolution 47/118,\n"
                      "1. Supports the peace process, 2/ as set out in A/48/586;\n85th plenary meeting\n"
                      "20 December 1993\n1/ A/42/521-S/19085, annex.\n2/ See A/48/586.\n", "r.txt")
    notes = [(f["number"], f["marker"], f["cited_by"]) for f in tree["footnotes"]]
    assert notes == [(1, "1/", ["u-2"]), (2, "2/", ["p-1"])]
    assert tree["meta"]["adoption"]["date"] == "1993-12-20"


# ---- nothing leaves the body -------------------------------------------------------------------

def test_unrecognised_header_lines_are_reported_one_by_one():
    tree = parse_text("Governing Body\n340th Session, Geneva, October–November 2020\nGB.340/INS/6\n"
                      "Something odd here\n1. Text.\n", "gb.txt")
    assert tree["meta"]["other"] == ["Something odd here"]
    assert [(d["code"], d["line"]) for d in tree["diagnostics"]] == [("header-line-unrecognised", 4)]


def test_a_top_with_no_header_field_stays_in_the_body():
    tree = parse_text("Just a letter.\nDear colleague, thank you.\n1. First point.\n", "letter.txt")
    assert tree["meta"]["other"] == [] and tree["meta"]["header"] == []
    assert [p["text"] for p in paragraphs(tree)] == ["Just a letter.", "Dear colleague, thank you.", "First point."]


@pytest.mark.parametrize("title,first,second", [
    ("Notes", "The present report is submitted pursuant to that resolution.1",
     "It covers the period under review and its activities.2"),
    ("Notas", "El presente informe se presenta en cumplimiento de esa resolución.1",
     "Abarca el período que se examina y sus actividades.2"),
])
def test_endnotes_section_is_linked_like_footnotes(title, first, second):
    tree = parse_text(f"General Assembly\nA/79/300\nDistr.: General\n1 August 2024\nI. Introduction\n1. {first}\n"
                      f"2. {second}\n{title}\n1 Resolution 78/190, para. 12.\n2 See A/78/300.\n", "r.txt")
    notes = [(f["number"], f.get("kind"), f["cited_by"]) for f in tree["footnotes"]]
    assert notes == [(1, "endnote", ["p-1"]), (2, "endnote", ["p-2"])]
    assert [p["number"] for p in paragraphs(tree)] == [1, 2]         # the notes are not paragraphs 1 and 2 again
    assert [s["heading"] for s in sections(tree)] == ["Introduction", title]


def test_days_and_months_of_dates_are_not_bare_markers():
    # the export round trip found "2019 年 3 月" losing its 3 as footnote marker 3
    from councildoc.parser.layout.bare_markers import spaced_candidates
    for text in ("会议于 2019 年 3 月 举行", "3 月 5 日", "le 12 mars 2020", "el 5 de mayo", "Date: 1 March 2030"):
        assert spaced_candidates(text) == [], text
    assert spaced_candidates("the Court 1 reaffirms") == [(10, 11, 1)]
