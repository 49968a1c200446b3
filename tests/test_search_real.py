"""Search on real documents of ../shared/peer: stems (English, French), table
headers, and --similar matching a sentence inside a long paragraph.

Documents: A/80/6 (Sect. 25) (un/un-mandates__A_80_6_Sect.25.docx, parsed),
and the French side of the hand-made alignment of the Italian plan of action
(pdf/alignment/plan_2_en_fr.json: its 55 French paragraphs, put in a tree
here in their order, ids p-0…p-54). Skipped when ../shared is absent.
"""
import json
import re

import pytest
from conftest import SHARED

from councildoc.corpus.search import index_tree, open_index
from councildoc.corpus.search.query import Filters, search
from councildoc.corpus.search.similar import similar
from councildoc.corpus.search.units import tree_units
from councildoc.parser import parse_file

SECT25 = SHARED / "peer" / "un" / "un-mandates__A_80_6_Sect.25.docx"
PLAN_FR = SHARED / "peer" / "pdf" / "alignment" / "plan_2_en_fr.json"
UDHR_ES = SHARED / "peer" / "un" / "udhr__udhr_spa.xml"


def french_tree() -> dict:
    paragraphs = [p["other_language"] for p in json.loads(PLAN_FR.read_text(encoding="utf-8"))["paragraphs"]]
    body = [{"type": "paragraph", "id": f"p-{i}", "number": None, "text": t, "spans": []}
            for i, t in enumerate(paragraphs)]
    return {"symbol": "PLAN-2", "language": "fr", "body": body, "footnotes": []}


def spanish_tree() -> dict:
    """The UDHR in Spanish: its 60 <para> elements as paragraphs p-0…p-59."""
    from lxml import etree
    paras = ["".join(p.itertext()) for p in etree.parse(str(UDHR_ES)).iter("{*}para")]
    body = [{"type": "paragraph", "id": f"p-{i}", "number": None, "text": t, "spans": []}
            for i, t in enumerate(paras)]
    return {"symbol": "UDHR", "language": "es", "body": body, "footnotes": []}


@pytest.fixture(scope="module")
def real(tmp_path_factory):
    if not (SECT25.exists() and PLAN_FR.exists() and UDHR_ES.exists()):
        pytest.skip("../shared/peer is absent")
    db = tmp_path_factory.mktemp("real") / "index.db"
    conn = open_index(db, write=True)
    sect25 = parse_file(SECT25)
    index_tree(conn, sect25, source=SECT25.name)
    index_tree(conn, french_tree(), source=PLAN_FR.name)
    index_tree(conn, spanish_tree(), source=UDHR_ES.name)
    yield conn, tree_units(sect25)
    conn.close()


def nodes(results):
    return {r["node"] for r in results}


def test_refugee_finds_refugees_and_a_quoted_word_stays_exact(real):
    conn, units = real
    # grep of the document's units (case-insensitive): 42 hold "refugee" or "refugees",
    # 17 the singular "refugee"; no other word of the document starts with "refuge"
    every = [u for u in units if re.search(r"(?i)\brefugees?\b", u.text)]
    singular = [u for u in units if re.search(r"(?i)\brefugee\b", u.text)]
    assert (len(every), len(singular)) == (42, 17)
    out = search(conn, "refugee", limit=100, filters=Filters(lang="en"))
    assert out.matched == 42
    assert {(r["kind"], r["node"], r["label"]) for r in out.results} == {(u.kind, u.node, u.label) for u in every}
    assert search(conn, '"refugee"', limit=100, filters=Filters(lang="en")).matched == 17
    # the highlight marks the plural as the word found
    top = search(conn, "refugee", filters=Filters(lang="en")).results[0]
    assert {top["snippet"][s:e].lower() for s, e in top["highlights"]} <= {"refugee", "refugees"}


def test_decision_finds_decisions_in_french(real):
    conn, _ = real
    # plan_2 French paragraphs (0-based): "décision" in 7, 16, 29; "décisions" in 8 and 11
    fr = Filters(lang="fr")
    assert nodes(search(conn, "décision", limit=50, filters=fr).results) == {"p-7", "p-8", "p-11", "p-16", "p-29"}
    assert nodes(search(conn, "decisions", limit=50, filters=fr).results) == {"p-7", "p-8", "p-11", "p-16", "p-29"}
    assert nodes(search(conn, '"décision"', limit=50, filters=fr).results) == {"p-7", "p-16", "p-29"}
    # the query's language is not known: the English "decisions" of A/80/6 (Sect. 25) ¶25.1 is found too
    assert nodes(search(conn, "décision", limit=50).results) == {"p-7", "p-8", "p-11", "p-16", "p-29", "p-25.1"}


def test_libertad_finds_libertades_in_spanish(real):
    conn, _ = real
    # grep of the 60 <para> of udhr__udhr_spa.xml: "libertad" in 8, "libertades" in 9 others
    es = Filters(lang="es")
    assert search(conn, "libertad", limit=50, filters=es).matched == 17
    assert search(conn, "libertades", limit=50, filters=es).matched == 17
    assert search(conn, '"libertad"', limit=50, filters=es).matched == 8


def test_table_header_is_a_unit_cited_as_header(real):
    conn, _ = real
    # "object of expenditure" is printed twice (document.xml): in table 6's caption ("Overall: evolution
    # of financial resources by object of expenditure") and in its first header cell
    out = search(conn, '"Object of expenditure"')
    assert sorted((r["kind"], r["citation"]) for r in out.results) == [
        ("caption", "A/80/6 (Sect. 25) table-6"), ("header", "A/80/6 (Sect. 25) table-6 header")]
    header = next(r for r in out.results if r["kind"] == "header")
    assert header["text"].startswith("Object of expenditure | 2024 expenditure")
    assert search(conn, '"Object of expenditure"', filters=Filters(scope="tables")).matched == 2
    assert search(conn, '"Object of expenditure"', filters=Filters(scope="paragraphs")).matched == 0


# 25.9, its fourth sentence, paraphrased: "ensure" → "make sure", "healthcare" → "health care",
# "community engagement" → "engagement with communities"
SECT25_PARAPHRASE = ("It will make sure that survivors have access to health care, psychosocial support, safe "
                     "shelter and legal aid, while strengthening engagement with communities and prioritizing "
                     "awareness-raising activities.")
SECT25_SENTENCE = ("It will ensure that survivors have access to healthcare, psychosocial support, safe shelter "
                   "and legal aid, while strengthening community engagement and prioritizing awareness-raising "
                   "activities.")


def test_english_paraphrase_of_one_sentence_of_a_long_paragraph(real):
    conn, _ = real
    best = similar(conn, SECT25_PARAPHRASE)[0]          # default threshold 70
    assert best["citation"] == "A/80/6 (Sect. 25) ¶25.9"          # six sentences
    assert best["text"].startswith("UNHCR integrates a gender perspective")
    assert best["text"][slice(*best["span"])] == SECT25_SENTENCE
    assert 70 <= best["score"] < 100
