"""The PDF reader on the real PDFs in ../shared/peer/pdf (skipped when absent).

Expected values were read off the PDFs by hand (pdftoppm pages and
pdftotext -layout), or come from its PROVENANCE.md, which was read off them
by hand too; where each value is in the document is said beside it.
"""
from __future__ import annotations

import json
import re

import pytest

pytest.importorskip("pypdfium2")

from councildoc.parser.api import parse_file
from conftest import SHARED

PDF = SHARED / "peer" / "pdf"
pytestmark = pytest.mark.skipif(not PDF.is_dir(), reason="shared PDFs absent")


def _tree(rel):
    path = PDF / rel
    if not path.is_file():
        pytest.skip(f"{rel} absent")
    return parse_file(path)


def _nodes(nodes):
    for n in nodes:
        yield n
        yield from _nodes(n.get("children") or [])


def _numbered(tree):
    return [n["number"] for n in _nodes(tree["body"]) if n["type"] == "paragraph" and n.get("number") is not None]


@pytest.mark.parametrize("rel, true_notes", [
    # PROVENANCE.md: the w:footnote elements of the source .docx
    ("generated/un-mandates__A_80_6_Sect.25.pdf", 6),
    ("generated/un-mandates__A_80_6_Sect.24_Corr.1.pdf", 0),
    ("generated/zh_udhr.pdf", 7),
    ("generated/mammoth__footnotes.pdf", 2),
    ("generated/docxjs__footnote.pdf", 2),
    ("generated/pandoc__notes.pdf", 1),        # the note in the body's own size, a raised label
])
def test_generated_footnotes_found_and_linked(rel, true_notes):
    tree = _tree(rel)
    numbered = [fn for fn in tree["footnotes"] if 1 <= fn["number"] <= true_notes]
    assert [fn["number"] for fn in numbered] == list(range(1, true_notes + 1))
    assert all(fn["cited_by"] for fn in numbered)
    # besides, typed star notes (not w:footnote elements): A/80/6 (Sect. 25), page 2 bottom:
    # "* A/80/50.", "** In keeping with paragraph 10 …", "*** In keeping with paragraph 10 …"
    stars = [fn["text"][:30] for fn in tree["footnotes"] if fn not in numbered]
    assert stars == (["A/80/50.", "In keeping with paragraph 10 o", "In keeping with paragraph 10 o"]
                     if "Sect.25" in rel else [])


def test_a_80_6_sect_3_add_1_notes_under_tables_and_ibid():
    tree = _tree("generated/un-mandates__A_80_6_Sect.3_Add.1.pdf")
    numbered = [f for f in tree["footnotes"] if f["number"]]
    # PROVENANCE: 12 notes; notes 10-12 are "Ibid." (pages 79 and 81), note 9 "A/79/7/Add.1"
    # (page 78, under a two-column table); the 8.5 pt tables are not note zones
    assert [f["number"] for f in numbered] == list(range(1, 13))
    assert [f["text"] for f in numbered[8:]] == ["A/79/7/Add.1", "Ibid.", "Ibid.", "Ibid."]
    assert all(f["cited_by"] for f in numbered)
    # and the `*` note on the title (page 1: "* A/80/50.")
    assert [(f["number"], f["text"]) for f in tree["footnotes"] if not f["number"]] == [(0, "A/80/50.")]


def test_cejil2_word_footnotes_on_most_pages():
    tree = _tree("legal/cejil2.pdf")
    # notes 1 (page 1: "In a communication received on May 9, 2006, …") to 154 (page 22 or 23:
    # "I/A Court H.R., Case of Cantoral-Huamaní …"); note 130 starts in a bigger size than
    # its other lines, notes 124-131 sit under justified lines with wide word gaps (page 17)
    numbers = [f["number"] for f in tree["footnotes"]]
    assert numbers == list(range(1, 155))
    assert tree["footnotes"][0]["text"].startswith("In a communication received on May 9, 2006, Mr. Ángel Acosta")
    assert tree["footnotes"][153]["text"].startswith("I/A Court H.R., Case of Cantoral-Huamaní")
    assert sum(1 for f in tree["footnotes"] if f["cited_by"]) >= 150


def test_ohchr_2_fr_title_star_in_the_text_size():
    tree = _tree("un/ohchr_2_fr.pdf")
    # page 1: "… du Conseil des droits de l’homme*" and, at the foot, "* Le présent document n’a pas été revu …"
    star, = tree["footnotes"]
    assert star["number"] == 0 and star["text"].startswith("Le présent document n’a pas été revu") and star["cited_by"]
    # 138 paragraphs (page 23: "138. Pendant qu’elle assurait la présidence du G-8 …"); the bold
    # sub-heading "1. Politique en matière d’asile et d’immigration; traite des personnes; politique
    # d’intégration" (page 11, on two lines) is a heading, not a second paragraph 1
    assert _numbered(tree) == list(range(1, 139))


def test_a_80_6_sect_24_corr_1_tables_with_cells_wrapped_over_lines():
    tree = _tree("generated/un-mandates__A_80_6_Sect.24_Corr.1.pdf")
    tables = [n for n in _nodes(tree["body"]) if n["type"] == "table"]
    rows = [[c["text"] for c in r["cells"]] for t in tables for r in t["rows"]]
    # page 3, left half: symbol | title, the title wrapped over four lines in its cell
    assert ["77/224; 79/177", "The role of the Ombudsman and mediator institutions in the promotion and "
            "protection of human rights, good governance and the rule of law"] in rows
    assert ["77/10", "The situation in Afghanistan"] in rows
    # PROVENANCE: the first row is data, not a header
    assert all(not t.get("header") for t in tables)
    body = " ".join(n.get("text", "") for n in _nodes(tree["body"]))
    assert "25-08037" not in body


def test_plan_2_slash_notes_and_page_furniture():
    tree = _tree("un/plan_2_en.pdf")
    # 5 notes `1/` … `5/` under `____________` (pages 1, 2, 3, 5); note 1 on page 1: "A/42/521-S/19085, annex."
    notes = tree["footnotes"]
    assert [f["number"] for f in notes] == [1, 2, 3, 4, 5]
    assert notes[0]["text"] == "A/42/521-S/19085, annex."
    assert all(f["cited_by"] for f in notes)
    # page 1: "…on 7 August 1987, 1/ and the agreements…" — the marker taken out at its place
    citing = next(n for n in _nodes(tree["body"]) if n["id"] == notes[0]["cited_by"][0])
    ref = next(s for s in citing["spans"] if s["type"] == "footnote_ref" and s["number"] == 1)
    assert citing["text"][:ref["start"]].endswith("7 August 1987,") and ref["marker"] == "1/"
    # top of pages 2–7: the symbol and "Page N"; bottom of pages 1–6: "/..."
    kinds = [(f["kind"], f["text"]) for f in tree["furniture"]]
    assert [t for k, t in kinds if k == "page_number"] == [f"Page {n}" for n in range(2, 8)]
    assert [t for k, t in kinds if k == "continuation_mark"] == ["/..."] * 6
    assert [t for k, t in kinds if k == "symbol_line"] == ["A/RES/48/161"] * 6
    # 26 operative paragraphs, 1. Commends … 26. Requests (pages 3–7)
    assert _numbered(tree) == list(range(1, 27))
    body = " ".join(n.get("text", "") for n in _nodes(tree["body"]))
    assert "Page 2" not in body and "/..." not in body and "____" not in body


def test_ohchr_2_contents_job_number_and_title_note():
    tree = _tree("un/ohchr_2_en.pdf")
    # PROVENANCE: 138 numbered paragraphs in the English version
    assert _numbered(tree) == list(range(1, 139))
    kinds = [(f["kind"], f["text"]) for f in tree["furniture"]]
    assert ("job_number", "GE.09-17087") in kinds                       # page 1, bottom left
    # running heads of pages 2–25: the symbol and "Page N" (a tagged PDF: marked as artifacts too)
    assert [t for k, t in kinds if k == "page_number"] == [f"Page {n}" for n in range(2, 26)]
    assert [t for k, t in kinds if k == "symbol_line"] == ["A/HRC/WG.6/7/ITA/1"] * 24
    contents = [t for k, t in kinds if k == "contents"]
    assert any(t.startswith("I. METHODOLOGY AND CONSULTATION PROCESS") for t in contents)   # page 2
    body = " ".join(n.get("text", "") for n in _nodes(tree["body"]))
    assert "......" not in body
    # the `*` note on the title (page 1): "The present document was not edited before being sent…"
    star = tree["footnotes"][0]
    assert star["number"] == 0 and star["text"].startswith("The present document was not edited") and star["cited_by"]


def test_twocol_left_column_first():
    tree = _tree("generated/twocol.pdf")
    # page 1: paragraphs 1–5 in the left column, 6–9 in the right one; paragraph 5 runs
    # from the bottom left (… word5x26) to the top right (word5x27 …)
    assert _numbered(tree)[:9] == list(range(1, 10))
    body = " ".join(n.get("text", "") for n in _nodes(tree["body"]))
    assert body.index("word1x0") < body.index("word4x59") < body.index("word5x26") < body.index("word5x27") \
        < body.index("word6x0") < body.index("word9x0")


def test_zh_udhr():
    tree = _tree("generated/zh_udhr.pdf")
    assert _numbered(tree) == list(range(1, 31))                       # articles 1–30
    assert len([n for n in _nodes(tree["body"]) if n["type"] == "table"]) == 1   # 语文 / 文件数, page 2
    kinds = [(f["kind"], f["text"]) for f in tree["furniture"]]
    # header of every page and the job-number footer "24-00001 (C) n/4"
    assert [t for k, t in kinds if k == "running_head"] == ["A/RES/217 A (III) 世界人权宣言"] * 4
    assert [t for k, t in kinds if k == "job_number"] == [f"24-00001 (C) {n}/4" for n in range(1, 5)]
    # page 1, article 1: "人人生而自由²，在尊严和权利上一律平等。…" (marker 2 after 自由)
    first = next(n for n in _nodes(tree["body"]) if n.get("number") == 1)
    ref, = [s for s in first["spans"] if s["type"] == "footnote_ref"]
    assert first["text"][:ref["start"]] == "人人生而自由" and ref["number"] == 2
    assert first["text"].endswith("并应以兄弟关系的精神相对待。")


def test_a_80_6_sect_25_paragraphs_and_no_furniture_in_body():
    tree = _tree("generated/un-mandates__A_80_6_Sect.25.pdf")
    # 25.1 … 25.41 once each, in order ("see paras. / 25.6 to 25.8" wraps: not a paragraph);
    # the reader gives the paragraphs starting "25.1 The Office …", the layout stage numbers them
    numbers = [n for n in _numbered(tree) if isinstance(n, str) and n.startswith("25.")]
    assert numbers == [f"25.{k}" for k in range(1, 42)]
    first = next(n for n in _nodes(tree["body"]) if n.get("number") == "25.1")
    assert first["text"].startswith("The Office of the United Nations High Commissioner for Refugees")
    body = " ".join(n.get("text", "") for n in _nodes(tree["body"]))
    assert "25-02981" not in body and "/19" not in body
    assert tree["symbol"] == "A/80/6 (Sect. 25)"           # page 1, top right


def _norm(s):
    return " ".join(re.sub(r" ?\b\d{1,2}/(?=[\s,.;:)]|$)", "", s).split())


@pytest.mark.parametrize("doc, alignment, floor", [("plan_2_en", "plan_2_en_fr", 0.85),
                                                   ("ohchr_2_en", "ohchr_2_en_fr", 0.90)])
def test_paragraphs_match_the_hand_segmentation(doc, alignment, floor):
    """Share of the hand-segmented paragraphs (alignment/*.json) equal to one
    of ours (whitespace-normalised, `1/` markers left out); measured 0.87 and 0.94."""
    tree = _tree(f"un/{doc}.pdf")
    mine = set()
    for n in _nodes(tree["body"]):
        if n.get("text"):
            mine.add(_norm((n.get("marker", "") + " " + n["text"]).strip()))
    mine |= {_norm(f"{f['number']}/ {f['text']}") for f in tree["footnotes"]}
    hand = [_norm(p["main_language"]) for p in json.loads((PDF / "alignment" / f"{alignment}.json").read_text())["paragraphs"]]
    share = sum(h in mine for h in hand) / len(hand)
    assert share >= floor
