"""``councildoc align``: two language versions of GB.340/INS/6 (tests/data/lang,
en, fr and zh written with the same content and numbering) paired by number,
written as JSON lines and TMX 1.4; what does not pair is reported."""
from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from lxml import etree

from councildoc.corpus.align import align_trees, tmx_bytes
from councildoc.corpus.cli import main
from councildoc.parser import parse_file

DATA = Path(__file__).resolve().parent / "data" / "lang"
EN, FR, ZH = (DATA / f"GB.340-INS-6.{lang}.txt" for lang in ("en", "fr", "zh"))
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# title, summary; 5 headings (sec-1, sec-I, sec-I-A, sec-II, decision); 8 paragraphs; items 8(a), 8(b); 4 footnotes
BODY_PAIRS = 2 + 5 + 8 + 2 + 4
# header lines both versions hold once, read off the files: en and zh share council, session, segment, date,
# original language, agenda item, author unit, related documents (zh has no symbol line, no strategic objective,
# main outcome, implications and follow-up lines;
# it has a separate segment-code line "INS"); en and fr hold the same 15 (title and purpose lines aside)
EN_ZH_HEADER, EN_FR_HEADER = 8, 15
EXPECTED_PAIRS = BODY_PAIRS + EN_ZH_HEADER


@pytest.fixture(scope="module")
def en():
    return parse_file(EN)


@pytest.fixture(scope="module")
def zh():
    return parse_file(ZH)


def test_en_zh_pairs_everything(en, zh):
    result = align_trees(en, zh, "en", "zh")
    assert (result.source_lang, result.target_lang, result.symbol) == ("en", "zh", "GB.340/INS/6")
    assert [f for f in result.findings if f.level == "warning"] == []
    assert len(result.pairs) == EXPECTED_PAIRS
    assert [(f.code, f.message.split(":")[0]) for f in result.findings] == [
        ("header-unpaired", "7 header lines of en have no counterpart in zh"),
        ("header-unpaired", "1 header line of zh has no counterpart in en")]
    by_key = {p.key: p for p in result.pairs}
    assert by_key["title"].target.text == "联合国改革的最新情况"
    p3 = by_key["p-3"]
    assert p3.source.text.endswith("to be endorsed by the heads of entities early in 2021.")
    assert p3.target.text.endswith("并于 2021 年初获得各实体负责人的核可。")
    assert (by_key["p-8-b"].label, by_key["p-8-b"].target.text) == ("b", "向理事会第 343 届会议(2021 年 11 月)报告进展情况。")
    assert by_key["fn-4"].source.text == "Document GB.340/POL/6." and by_key["fn-4"].target.text == "理事会文件 GB.340/POL/6。"
    assert (by_key["decision"].source.text, by_key["decision"].target.text) == ("Draft decision", "决定草案")
    assert (by_key["header-agenda_item"].source.text, by_key["header-agenda_item"].target.text) == (
        "Sixth item on the agenda", "第六项议程")
    # the unnumbered first heading pairs by order and length, the numbered ones by number
    assert (by_key["sec-1"].method, by_key["sec-1"].target.text) == ("order", "导言")
    assert by_key["sec-I"].method == "number" and by_key["p-3"].method == "number"
    assert all(0 <= p.score <= 100 for p in result.pairs if p.score is not None)


def test_tmx_parses_and_has_one_tu_per_pair(en, zh):
    root = etree.fromstring(tmx_bytes(align_trees(en, zh)))
    assert root.tag == "tmx" and root.get("version") == "1.4"
    header = root.find("header")
    assert {k: header.get(k) for k in ("creationtool", "srclang", "adminlang", "segtype", "datatype")} == {
        "creationtool": "councildoc", "srclang": "en", "adminlang": "en", "segtype": "paragraph", "datatype": "plaintext"}
    assert header.get("o-tmf")
    tus = root.findall("body/tu")
    assert len(tus) == EXPECTED_PAIRS
    tu = [t for t in tus if t.findtext("prop[@type='x-councildoc-node']") == "p-7"][0]
    segs = {tuv.get(XML_LANG): tuv.findtext("seg") for tuv in tu.findall("tuv")}
    assert segs == {"en": "Competition among agencies for resources remains a concern, and transaction costs can be high compared with the amounts received.",
                    "zh-CN": "各机构之间争夺资源的问题依旧令人关切，相对于收到的金额而言，交易成本可能相当高。"}


def test_tmx_escapes_markup_characters(en, zh):
    a, b = copy.deepcopy(en), copy.deepcopy(zh)
    a["meta"]["title"] = "R&D <draft> \"quoted\"\x0b"
    root = etree.fromstring(tmx_bytes(align_trees(a, b)))
    assert root.find("body/tu/tuv/seg").text == "R&D <draft> \"quoted\""


def test_unpaired_paragraphs_footnotes_and_symbols_are_reported(en, zh):
    b = copy.deepcopy(zh)
    section_ii = [n for n in b["body"] if n.get("id") == "sec-II"][0]
    section_ii["children"] = [n for n in section_ii["children"] if n.get("number") != 7]
    b["footnotes"] = [n for n in b["footnotes"] if n["number"] != 4]
    b["symbol"] = "GB.340/INS/7"
    result = align_trees(en, b, "en.json", "zh.json")
    assert [(f.code, f.message) for f in result.findings if f.level == "warning"] == [
        ("symbol-mismatch", "the symbols differ: GB.340/INS/6 in en.json, GB.340/INS/7 in zh.json"),
        ("footnote-count-differs", "en.json has 4 footnotes, zh.json has 3"),
        ("unpaired", "2 units of en.json have no counterpart in zh.json: paragraph p-7 ('Competition among agencies "
                     "for resource…'), footnote fn-4 ('Document GB.340/POL/6.')"),
    ]
    assert len(result.pairs) == EXPECTED_PAIRS - 2


def test_cli_on_trees_and_documents(tmp_path, capsys):
    en_json = tmp_path / "en.json"
    assert main(["parse", str(EN), "-o", str(en_json)]) == 0
    out, tmx = tmp_path / "pairs.jsonl", tmp_path / "en-fr.tmx"
    assert main(["align", str(en_json), str(FR), "-o", str(out), "--tmx", str(tmx), "--strict"]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == BODY_PAIRS + EN_FR_HEADER
    p8a = [r for r in rows if r["key"] == "p-8-a"][0]
    assert (p8a["kind"], p8a["source"]["lang"], p8a["target"]["lang"], p8a["target"]["node"]) == ("item", "en", "fr", "p-8-a")
    assert p8a["target"]["text"].startswith("de tenir compte de ses orientations")
    root = etree.parse(str(tmx)).getroot()
    assert len(root.findall("body/tu")) == BODY_PAIRS + EN_FR_HEADER
    assert {tuv.get(XML_LANG) for tuv in root.iter("tuv")} == {"en", "fr"}
    err = capsys.readouterr().err
    assert "36 pairs (15 headers, 8 paragraphs, 5 headings, 4 footnotes, 2 items, 1 title, 1 summary; " \
           "1 by order and length), unpaired: 0 in A, 0 in B; 0 warnings" in err


def test_cli_strict_exit_and_bad_input(tmp_path, capsys):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    tree = parse_file(EN)
    a.write_text(json.dumps(tree), encoding="utf-8")
    tree["footnotes"] = tree["footnotes"][:3]
    tree["language"] = "fr"
    b.write_text(json.dumps(tree), encoding="utf-8")
    assert main(["align", str(a), str(b), "--strict"]) == 1
    captured = capsys.readouterr()
    assert "footnote-count-differs" in captured.err and len(captured.out.splitlines()) == BODY_PAIRS + EN_FR_HEADER - 1
    bad = tmp_path / "bad.json"
    bad.write_text('{"not": "a tree"}', encoding="utf-8")
    assert main(["align", str(a), str(bad), "-o", str(tmp_path / "x.jsonl")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "bad.json" in err[0] and "not a councildoc tree" in err[0]
    assert not (tmp_path / "x.jsonl").exists()


def test_paragraph_citing_other_footnotes_is_reported(en, zh):
    b = copy.deepcopy(zh)
    p5 = [n for n in b["body"][1]["children"][2]["children"] if n.get("id") == "p-5"][0]
    p5["spans"] = [s for s in p5["spans"] if s["type"] != "footnote_ref"]
    result = align_trees(en, b, "en", "zh")
    assert [(f.code, f.message) for f in result.findings if f.level == "warning"] == [
        ("footnote-refs-differ", "paragraph 5 cites footnotes [4] in en, none in zh")]
