"""TMX written by ``align`` is valid TMX 1.4: checked against a DTD for the
part of TMX 1.4 councildoc writes (written here from the content models of
the TMX 1.4b specification: header attributes, tu = (note|prop)* tuv+,
tuv = (note|prop)* seg), at paragraph and sentence level, with markup
characters and control characters in the text."""
from __future__ import annotations

import copy
import io

import pytest
from lxml import etree

from align_docs import convention
from councildoc.corpus.align import align_trees, tmx_bytes
from councildoc.corpus.align.sentences import sentence_alignment

TMX_DTD = """
<!ELEMENT tmx (header, body)>
<!ATTLIST tmx version CDATA #FIXED "1.4">
<!ELEMENT header (note|prop|ude)*>
<!ATTLIST header creationtool CDATA #REQUIRED creationtoolversion CDATA #REQUIRED
          segtype (block|paragraph|sentence|phrase) #REQUIRED o-tmf CDATA #REQUIRED adminlang CDATA #REQUIRED
          srclang CDATA #REQUIRED datatype CDATA #REQUIRED o-encoding CDATA #IMPLIED creationdate CDATA #IMPLIED
          creationid CDATA #IMPLIED changedate CDATA #IMPLIED changeid CDATA #IMPLIED>
<!ELEMENT ude (map*)>
<!ELEMENT map EMPTY>
<!ELEMENT note (#PCDATA)>
<!ELEMENT prop (#PCDATA)>
<!ATTLIST prop type CDATA #REQUIRED xml:lang CDATA #IMPLIED o-encoding CDATA #IMPLIED>
<!ELEMENT body (tu*)>
<!ELEMENT tu ((note|prop)*, tuv+)>
<!ATTLIST tu tuid CDATA #IMPLIED o-encoding CDATA #IMPLIED datatype CDATA #IMPLIED usagecount CDATA #IMPLIED
          lastusagedate CDATA #IMPLIED creationtool CDATA #IMPLIED creationtoolversion CDATA #IMPLIED
          creationdate CDATA #IMPLIED creationid CDATA #IMPLIED changedate CDATA #IMPLIED segtype CDATA #IMPLIED
          changeid CDATA #IMPLIED o-tmf CDATA #IMPLIED srclang CDATA #IMPLIED>
<!ELEMENT tuv ((note|prop)*, seg)>
<!ATTLIST tuv xml:lang CDATA #REQUIRED>
<!ELEMENT seg (#PCDATA)>
"""
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def check_tmx(data: bytes, srclang: str, segtype: str) -> etree._Element:
    """Parse *data*, validate it, and check what a DTD cannot: the declared
    encoding, the source language in every unit, no empty segment."""
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")
    root = etree.fromstring(data)
    dtd = etree.DTD(io.StringIO(TMX_DTD))
    assert dtd.validate(root), dtd.error_log.filter_from_errors()
    header = root.find("header")
    assert (header.get("srclang"), header.get("segtype")) == (srclang, segtype)
    for tu in root.iter("tu"):
        langs = [tuv.get(XML_LANG) for tuv in tu.findall("tuv")]
        assert len(langs) == 2 and langs[0] == srclang and langs[1] != srclang
        assert all(tuv.findtext("seg").strip() for tuv in tu.findall("tuv"))
    return root


@pytest.mark.parametrize("lang, tmx_lang", [("fr", "fr"), ("zh", "zh-CN")])
def test_paragraph_and_sentence_tmx_are_valid(lang, tmx_lang):
    paragraphs = align_trees(convention("en"), convention(lang), "en", lang)
    root = check_tmx(tmx_bytes(paragraphs), "en", "paragraph")
    assert len(root.findall("body/tu")) == len(paragraphs.pairs)
    assert {tuv.get(XML_LANG) for tuv in root.iter("tuv")} == {"en", tmx_lang}
    sentences = sentence_alignment(paragraphs)
    root = check_tmx(tmx_bytes(sentences), "en", "sentence")
    assert len(root.findall("body/tu")) == len(sentences.pairs)
    kinds = [tu.findtext("prop[@type='x-councildoc-kind']") for tu in root.iter("tu")]
    assert "sentence" in kinds and "row" in kinds


def test_markup_and_control_characters_stay_valid():
    fr = copy.deepcopy(convention("fr"))
    fr["body"][1]["children"][1]["text"] = "R&D <b>gras</b> \"cité\" \x0b\x01 fin ]]> & c’est tout."
    root = check_tmx(tmx_bytes(align_trees(convention("en"), fr, "en", "fr")), "en", "paragraph")
    segs = [seg.text for seg in root.iter("seg")]
    assert "R&D <b>gras</b> \"cité\"  fin ]]> & c’est tout." in segs


def test_scores_and_methods_are_properties_of_each_unit():
    root = etree.fromstring(tmx_bytes(align_trees(convention("en"), convention("fr"), "en", "fr")))
    tu = [t for t in root.iter("tu") if t.get("tuid") == "p-1-2"][0]
    props = {p.get("type"): p.text for p in tu.findall("prop")}
    assert props["x-councildoc-kind"] == "paragraph" and props["x-councildoc-node"] == "p-1-2"
    assert 0 <= float(props["x-councildoc-score"]) <= 100


def test_pairs_with_a_blank_side_are_not_translation_units():
    en, fr = convention("en"), convention("fr")
    en["body"][1]["children"][1]["text"] = " \x0b "
    result = align_trees(en, fr, "en", "fr")
    assert "p-2" in {p.key for p in result.pairs}
    root = check_tmx(tmx_bytes(result), "en", "paragraph")
    assert "p-2" not in {tu.get("tuid") for tu in root.iter("tu")}
    assert len(root.findall("body/tu")) == len(result.pairs) - 1
