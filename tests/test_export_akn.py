"""Akoma Ntoso export: every export validates against the OASIS 2018 schema
(read from ../shared/specs/akn at test time, skipped when absent), and the
names follow AKN4UN."""
from __future__ import annotations

import copy

import pytest
from lxml import etree

from councildoc.corpus.export.akn import AKN_NS, render_akn
from conftest import SHARED, paragraphs

from export_support import doc_id, own_documents, peer_documents, tree_of

XSD = SHARED / "specs" / "akn" / "akomantoso30.xsd"
NS = {"a": AKN_NS}


@pytest.fixture(scope="module")
def schema():
    if not XSD.is_file():
        pytest.skip("the Akoma Ntoso schema is not in ../shared/specs/akn")
    return etree.XMLSchema(etree.parse(str(XSD)))


def _valid(schema, xml: str):
    doc = etree.fromstring(xml.encode("utf-8"))
    assert schema.validate(doc), [f"{e.line}: {e.message}" for e in list(schema.error_log)[:5]]
    return doc


@pytest.mark.parametrize("path", own_documents() + peer_documents(), ids=doc_id)
def test_every_export_is_valid(schema, path):
    tree = tree_of(path)
    if tree is None:
        pytest.skip("the parser refuses this document")
    doc = _valid(schema, render_akn(tree, today="2026-12-01"))
    all_eids = doc.xpath("//@eId")
    eids = set(all_eids)
    assert len(all_eids) == len(eids), "duplicate eIds"
    # every numbered paragraph is there with its number; every cited note is an authorialNote once
    assert len(doc.xpath("//a:paragraph/a:num", namespaces=NS)) + len(doc.xpath("//a:recital", namespaces=NS)) \
        >= len([p for p in paragraphs(tree) if p["number"] is not None])
    notes = doc.xpath("//a:authorialNote", namespaces=NS)
    assert len(notes) == len(tree["footnotes"])
    for ref in doc.xpath("//a:noteRef/@href | //a:ref[starts-with(@href, '#')]/@href", namespaces=NS):
        assert ref[1:] in eids, ref


def test_seed_names_and_structure(schema, seed_tree):
    doc = _valid(schema, render_akn(seed_tree, today="2026-12-01"))
    body = doc.find("a:doc", NS)
    assert body.get("name") == "report"
    work = "/akn/un/doc/report/ilo-gb/2020-10-12/GB.340-INS-6"           # symbol GB.340/INS/6, dated 12 Oct 2020
    assert doc.xpath("//a:FRBRWork/a:FRBRuri/@value", namespaces=NS) == [work]
    assert doc.xpath("//a:FRBRExpression/a:FRBRuri/@value", namespaces=NS) == [work + "/zho@2020-10-12"]
    assert doc.xpath("//a:FRBRlanguage/@language", namespaces=NS) == ["zho"]
    assert doc.xpath("//a:preface//a:docNumber/text()", namespaces=NS) == ["GB.340/INS/6"]
    assert doc.xpath("//a:preface//a:docTitle/text()", namespaces=NS) == ["联合国改革的最新情况"]
    # sections I, II, III at the top with their paragraphs: part I holds paragraph 6
    assert doc.xpath("//a:mainBody/a:section/@eId", namespaces=NS) == ["sec_1", "sec_I", "sec_II", "sec_III", "sec_appendix"]
    para7 = doc.xpath("//a:paragraph[@eId='para_7']", namespaces=NS)[0]
    assert para7.findtext("a:num", namespaces=NS) == "7."
    assert para7.getparent().get("eId") == "sec_I-1"
    # footnote 1 sits in paragraph 1 after 早期阶段，, and links A/RES/72/279 to the UN's system
    note1 = doc.xpath("//a:paragraph[@eId='para_1']//a:authorialNote", namespaces=NS)[0]
    assert note1.get("marker") == "1" and note1.get("eId") == "fn_1"
    assert note1.getprevious() is None and note1.getparent().text.endswith("早期阶段，")
    assert "https://docs.un.org/zh/A/RES/72/279" in note1.xpath(".//a:ref/@href", namespaces=NS)
    # the appendix table: head row of th, 15 rows (12 items and 3 component rows as th)
    rows = doc.xpath("//a:table/a:tr", namespaces=NS)
    assert len(rows) == 16 and [th.xpath("string(a:p)", namespaces=NS) for th in rows[0]] == ["行动项目", "截止时间", "状态"]


def _resolution():
    return {
        "schema_version": "1.0", "symbol": "A/RES/68/1", "symbol_inferred": False, "language": "en",
        "source": {"path": "A-RES-68-1.en.txt", "format": "text", "sha256": "0" * 64},
        "meta": {"header": [{"field": "title", "line": 1, "text": "Review of resolution 61/16", "spans": []}],
                 "other": [], "date": "2013-09-20"},
        "body": [
            {"type": "paragraph", "id": "u-1", "number": None, "text": "The General Assembly,", "spans": [],
             "lines": [3, 3]},
            {"type": "paragraph", "id": "u-2", "number": None, "kind": "preambular",
             "text": "Recalling its resolution 61/16,1", "lines": [4, 4],
             "spans": [{"type": "xref", "start": 10, "end": 30, "kind": "un_resolution", "target": "A/RES/61/16"},
                       {"type": "footnote_ref", "start": 31, "end": 31, "footnote": "fn-1", "number": 1}]},
            {"type": "paragraph", "id": "p-1", "number": 1, "marker": "1.", "text": "Decides (see footnote)", "lines": [5, 5],
             "spans": [{"type": "footnote_ref", "start": 7, "end": 7, "footnote": "fn-1", "number": 1}],
             "items": [{"id": "p-1-a", "label": "a", "text": "that…", "spans": []}]},
            {"type": "paragraph", "id": "p-25.1", "number": "25.1", "text": "Sub-numbered.", "spans": [],
             "lines": [6, 6]}],
        "footnotes": [{"id": "fn-1", "number": 1, "text": "A/61/PV.1.", "spans": [], "cited_by": ["u-2", "p-1"]},
                      {"id": "fn-2", "number": 2, "text": "Never cited.", "spans": [], "cited_by": []}],
        "diagnostics": []}


def test_a_resolution_is_a_deliberation_statement(schema):
    doc = _valid(schema, render_akn(_resolution(), today="2026-12-01"))
    st = doc.find("a:statement", NS)
    assert st is not None and st.get("name") == "deliberation"
    assert doc.xpath("//a:FRBRWork/a:FRBRuri/@value", namespaces=NS) == \
        ["/akn/un/statement/deliberation/ga/2013-09-20/A-RES-68-1"]
    assert doc.xpath("//a:FRBRExpression/a:FRBRlanguage/@language", namespaces=NS) == ["eng"]
    # the two unnumbered paragraphs before paragraph 1 are the preamble
    assert [r.xpath("string(a:p)", namespaces=NS) for r in doc.xpath("//a:preamble//a:recital", namespaces=NS)][0] \
        == "The General Assembly,"
    assert doc.xpath("//a:mainBody/a:paragraph/a:num/text()", namespaces=NS) == ["1.", "25.1"]
    assert doc.xpath("//a:paragraph[@eId='para_1']/a:point/@eId", namespaces=NS) == ["para_1__point_a"]
    # note 1: an authorialNote at its first marker, a noteRef at the second; note 2 kept though never cited
    assert len(doc.xpath("//a:preamble//a:authorialNote[@eId='fn_1']", namespaces=NS)) == 1
    assert doc.xpath("//a:mainBody//a:noteRef/@href", namespaces=NS) == ["#fn_1"]
    assert doc.xpath("//a:hcontainer[@name='uncitedNotes']//a:authorialNote/@marker", namespaces=NS) == ["2"]
    assert doc.xpath("//a:preamble//a:ref/@href", namespaces=NS) == ["https://docs.un.org/en/A/RES/61/16"]


def test_hostile_and_control_characters_stay_text(schema, seed_tree):
    tree = copy.deepcopy(seed_tree)
    tree["meta"]["header"][0]["text"] = "<b>&amp;\x01</b>"
    doc = _valid(schema, render_akn(tree, today="2026-12-01"))
    assert doc.xpath("//a:preface/a:p[@class='council']/text()", namespaces=NS) == ["<b>&amp;\ufffd</b>"]


def test_resolution_parts_named_by_the_reader(schema):
    """Trees whose paragraphs carry a kind (acting_body, preambular, operative,
    adoption: the UN resolution layout) put each where AKN4UN has it."""
    tree = _resolution()
    tree["symbol"], tree["meta"]["document_type"] = "A/80/L.2", "draft resolution"
    tree["body"][0]["kind"] = "acting_body"
    tree["body"].append({"type": "paragraph", "id": "u-3", "number": None, "kind": "adoption",
                         "text": "35th plenary meeting 11 November 2025", "spans": [], "lines": [7, 7]})
    doc = _valid(schema, render_akn(tree, today="2026-12-01"))
    assert doc.find("a:statement", NS).get("name") == "deliberation"
    assert doc.xpath("//a:preamble/a:formula[@name='actingBody']/a:p/text()", namespaces=NS) == ["The General Assembly,"]
    assert len(doc.xpath("//a:preamble/a:recitals/a:recital", namespaces=NS)) == 1
    assert doc.xpath("//a:conclusions/a:p/text()", namespaces=NS) == ["35th plenary meeting 11 November 2025"]
    assert doc.xpath("//a:FRBRWork/a:FRBRuri/@value", namespaces=NS) == \
        ["/akn/un/statement/deliberation/ga/2013-09-20/A-80-L.2"]
