"""The real UN documents in ../shared/peer/un (see its PROVENANCE.md): symbol,
numbered paragraphs, preambular paragraphs, footnotes linked, and what is left
in meta.other — every expected value read off the file by hand (where is said
beside it). Skips when the folder is absent."""
from __future__ import annotations

import pytest

from conftest import SHARED, paragraphs, sections, tables
from councildoc.parser import parse_file, InputError

UN = SHARED / "peer" / "un"

# name, symbol, numbered paragraphs, preambular paragraphs, (footnotes linked, footnotes true)
CASES = [
    # front matter 'symbol: A/RES/80/1'; operative 1.–3.; preamble: Expressing concern, Regretting,
    # Taking note, Recalling, Recalling also; one body [^1], marker '[^1]' after "Headquarters of the United Nations"
    ("railcar__A_RES_80_1.md", "A/RES/80/1", 3, 5, (1, 1)),
    # operative 1.–6.; preamble: Having considered, Reaffirming; [^1] cited by "eighty-fifth session,1"
    ("railcar__A_RES_80_2.md", "A/RES/80/2", 6, 2, (1, 1)),
    # operative 1. only printed with its number (the second, "Expresses its profound gratitude…", lost it in
    # extraction); annex paragraphs printed with numbers: 1, 4–8, 10–12, 14, 16, 18, 19, 21, 22, 24, 25 (17);
    # 16 bodies [^1]–[^16]; the marker of 16 is not in the extracted text
    ("railcar__A_RES_80_3.md", "A/RES/80/3", 18, 1, (15, 16)),
    # operative 1.–32.; 14 preambular (Recalling … Stressing); 11 definitions, [^2013]: is the wrapped
    # second line of note 10 ("(S/INF/68).") → 10 notes, every marker present ("Court 1 reaffirms" …)
    ("railcar__A_RES_80_6.md", "A/RES/80/6", 32, 14, (10, 10)),
    # operative 1.–5.; Having received, Taking note, Recognizing, Recognizing also; markers "2024,1",
    # "2025;2", "Governors”; 3" (not "A.2" / "A.3" of GC(69)/RES/9 A.2, a part label)
    ("railcar__A_RES_80_7.md", "A/RES/80/7", 5, 4, (3, 3)),
    # operative 1.–3.; 11 preambular; 14 definitions, [^1994]: is the wrapped line of note 10 → 13 notes;
    # markers "Rights, 1 the", "Rights, 2 the", "Discrimination, 3", "[^4]", "Women,5", "Rights, 6", "Peoples, 7",
    # "Action, 8", "Action 9 and", "Development,10", "Development 11", "[^12]", "respectively,13"
    ("railcar__A_RES_80_10.md", "A/RES/80/10", 3, 11, (13, 13)),
    # operative 1.–23.; 35 preambular (Recalling … Seized); bodies [^1]–[^20], markers include "of 19721"
    # (1972 + 1), "1996,9", "2009,10", "Conference, 15"
    ("railcar__A_RES_80_24.md", "A/RES/80/24", 23, 35, (20, 20)),
    # draft resolution, no symbol printed; 1.–25. (lines 77–220); 14 preambular (Guided … Noting); markers
    # 1–9 but no footnote bodies in the file
    ("mnbvc__453500.txt", None, 25, 14, (0, 0)),
    # symbol in the first page's header; 25.1–25.41 typed "25.n<tab>"; footnotes.xml ids 1–6
    ("un-mandates__A_80_6_Sect.25.docx", "A/80/6 (Sect. 25)", 41, 0, (6, 6)),
    # generated list numbers 1.–156., a typed "139." after 156 (a numbering error of the source), Annex I 1.–2.;
    # footnotes ids 2–13
    ("un-mandates__A_80_6_Sect.3_Add.1.docx", "A/80/6 (Sect. 3)/Add.1", 159, 0, (12, 12)),
    # a corrigendum: "Paragraph 24.11 / Replace the table … with the following" and five tables, no numbered text
    ("un-mandates__A_80_6_Sect.24_Corr.1.docx", "A/80/6 (Sect. 24)/Corr.1", 0, 0, (0, 0)),
]


@pytest.fixture(scope="module")
def trees():
    cache = {}

    def get(name):
        path = UN / name
        if not path.exists():
            pytest.skip(f"{name} absent")
        if name not in cache:
            cache[name] = parse_file(path)
        return cache[name]
    return get


@pytest.mark.parametrize("name,symbol,numbered,preambular,notes", CASES)
def test_un_document_structure(trees, name, symbol, numbered, preambular, notes):
    tree = trees(name)
    paras = paragraphs(tree)
    assert tree["symbol"] == symbol
    assert sum(1 for p in paras if p["number"] is not None) == numbered
    assert sum(1 for p in paras if p.get("kind") == "preambular") == preambular
    linked = sum(1 for f in tree["footnotes"] if f["cited_by"])
    assert (linked, len(tree["footnotes"])) == notes
    # nothing recognisable is left over in the header of these documents
    assert tree["meta"]["other"] == []


@pytest.mark.parametrize("name,symbol,numbered,preambular,notes", [c for c in CASES if c[0].startswith("railcar")])
def test_resolution_parts(trees, name, symbol, numbered, preambular, notes):
    tree = trees(name)
    paras = paragraphs(tree)
    kinds = [p.get("kind") for p in paras]
    assert kinds[0] == "acting_body" and paras[0]["text"] == "The General Assembly,"
    # every numbered paragraph of the resolution proper (before the annex) is operative
    resolution = [p for p in tree["body"] if p["type"] == "paragraph"]
    assert all(p.get("kind") == "operative" for p in resolution if p["number"] is not None)
    assert all(p.get("opening") for p in paras if p.get("kind") == "preambular")
    assert tree["meta"]["resolution"]["number"] == symbol.split("/RES/")[1]
    assert tree["meta"]["adoption"]["meeting"].endswith("plenary meeting")


def test_a_res_80_10_masthead_and_openings(trees):
    tree = trees("railcar__A_RES_80_10.md")
    meta = tree["meta"]
    # lines 12–22 of the file
    assert meta["organ"] == "General Assembly" and meta["distribution"] == "Distr.: General"
    assert (meta["session"], meta["agenda_item"]["number"]) == (80, 13)
    assert meta["agenda_title"].startswith("Integrated and coordinated implementation")
    assert (meta["document_type"], meta["adoption_date"]) == ("resolution", "2025-11-26")
    assert meta["committee_reference"] == "without reference to a Main Committee (A/80/L.11)"
    assert meta["resolution"] == {"number": "80/10",
                                  "title": "International Day of the World’s Indigenous Women and Girls"}
    assert meta["adoption"] == {"text": "51st plenary meeting", "meeting": "51st plenary meeting", "date": None}
    openings = [p["opening"] for p in paragraphs(tree) if p.get("kind") == "preambular"]
    assert openings[:4] == ["Reaffirming", "Reaffirming also", "Recalling", "Reaffirming"]
    # "Reaffirming also the International Covenant…" is searchable body text now
    assert any(p["text"].startswith("Reaffirming also the International Covenant") for p in paragraphs(tree))
    # no '###' or '---' left as headings
    assert sections(tree) == []
    assert {f["kind"] for f in tree["furniture"]} == {"front_matter_fence", "thematic_break"}


def test_mnbvc_draft_masthead(trees):
    meta = trees("mnbvc__453500.txt")["meta"]
    # lines 1–13 of the file
    assert meta["distribution"] == "Distr.: Limited" and meta["date"] == "2001-11-28"
    assert (meta["original_language_code"], meta["job_number"], meta["barcode"]) == ("en", "01-66657 (E) 291101",
                                                                                     "*0166657*")
    assert (meta["session"], meta["committee"]) == (56, "Third Committee")
    assert meta["agenda_item"] == {"text": "Agenda item 119 (b)", "number": 119}
    assert meta["agenda_title"].endswith("of human rights and fundamental freedoms")
    assert (meta["document_type"], meta["sponsors"], meta["title"]) == ("draft resolution", "South Africa",
                                                                        "The right to development")


def test_section_25_header_numbers_captions_and_annex(trees):
    tree = trees("un-mandates__A_80_6_Sect.25.docx")
    meta = tree["meta"]
    # the first page's header: United Nations / General Assembly / Distr.: General / 21 February 2025 /
    # Original: English; the job number "25-02981 (E)    090525"
    assert (meta["organ"], meta["distribution"], meta["date"], meta["original_language_code"]) == (
        "General Assembly", "Distr.: General", "2025-02-21", "en")
    assert meta["job_number"].startswith("25-02981 (E)")
    # the title block (Part VI / … / Section 25 / …) is one header, not empty sections
    assert meta["title_block"][1:4] == ["Part VI", "Human rights and humanitarian affairs", "Section 25"]
    assert not any(s["heading"] in ("Part VI", "Section 25") for s in sections(tree))
    numbers = [p["number"] for p in paragraphs(tree) if p["number"] is not None]
    assert numbers == [f"25.{k}" for k in range(1, 42)]
    assert "p-25.12" in {p["id"] for p in paragraphs(tree)}
    assert not [d for d in tree["diagnostics"] if d["code"].startswith("paragraph-number")]
    # "Contents" and its table: a contents list; "Table 25.1" / "Performance measure": a caption
    kinds = {t.get("kind") for t in tables(tree)}
    assert "contents" in kinds
    assert "Table 25.1 Performance measure" in [t["caption"] for t in tables(tree)]
    assert not any(s["heading"].startswith(("Table 25.", "Figure 25.")) for s in sections(tree))
    annex = [s for s in sections(tree) if s["kind"] == "appendix"]
    assert annex and annex[0]["children"][0]["heading"].startswith("Organizational structure")
    # the three '*' notes printed under the contents (framed paragraphs, not w:footnote)
    assert [p["marker"] for p in paragraphs(tree) if p.get("kind") == "title_note"] == ["*", "**", "***"]


def test_section_3_add_1_annex_is_its_own_numbering_scope(trees):
    tree = trees("un-mandates__A_80_6_Sect.3_Add.1.docx")
    repeats = [d for d in tree["diagnostics"] if d["code"] == "paragraph-number-repeat"]
    # only the typed "139." that follows paragraph 156 (line 495 of the body); Annex I's 1. and 2. are not repeats
    assert [d["message"] for d in repeats] == ["paragraph number 139 appears again"]


def test_udhr_xml_is_refused_in_one_line():
    path = UN / "udhr__udhr_eng.xml"
    if not path.exists():
        pytest.skip("UDHR absent")
    with pytest.raises(InputError) as err:
        parse_file(path)
    assert "\n" not in str(err.value) and "XML" in str(err.value) and "udhr__udhr_eng.xml" in str(err.value)


def test_ilo_convention_markdown_articles_number_their_own_paragraphs(trees):
    tree = trees("laws-markdown__ILO_C160_BWBV0002079.md")
    heads = [s["heading"] for s in sections(tree)]
    # '### Article  1' … '### Article  26', then the Dutch '### Artikel  1' … '26' (grep '^### Arti')
    assert sum(h.startswith("Article") for h in heads) == 26 and sum(h.startswith("Artikel") for h in heads) == 26
    assert not any("#" in h for h in heads)
    # 44 lines '1.  …' in the file (English and Dutch); each article numbers from 1: no repeats
    assert sum(1 for p in paragraphs(tree) if p["number"] is not None) == 44
    assert not [d for d in tree["diagnostics"] if d["code"] == "paragraph-number-repeat"]
    # the preamble ("The General Conference … adopts …") is body text, not meta.other
    assert any(p["text"].startswith("The General Conference of the International Labour Organisation")
               for p in paragraphs(tree))
    assert tree["meta"]["other"] == []
