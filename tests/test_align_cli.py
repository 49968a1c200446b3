"""``councildoc align`` options: --level sentence, --quiet (errors only,
issue 18 item 8), language codes normalised or refused (issue 18 item 1)."""
from __future__ import annotations

import json

from lxml import etree

from councildoc.corpus.cli import main
from test_align import EN, FR, ZH

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def test_quiet_prints_nothing_but_errors(tmp_path, capsys):
    # en and zh leave header lines unpaired (information findings, printed without --quiet): nothing printed
    assert main(["align", str(EN), str(ZH), "--quiet", "-o", str(tmp_path / "p.jsonl")]) == 0
    assert capsys.readouterr() == ("", "")
    assert main(["align", str(EN), str(tmp_path / "missing.txt"), "--quiet"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "missing.txt" in err[0]


def test_language_codes_are_normalised(tmp_path, capsys):
    tmx = tmp_path / "en-zh.tmx"
    assert main(["align", str(EN), str(ZH), "--lang-a", "EN", "--lang-b", "zh-CN", "--tmx", str(tmx),
                 "-o", str(tmp_path / "p.jsonl")]) == 0
    root = etree.parse(str(tmx)).getroot()
    assert {tuv.get(XML_LANG) for tuv in root.iter("tuv")} == {"en", "zh-CN"}
    assert "en → zh:" in capsys.readouterr().err


def test_unknown_language_is_a_usage_error_listing_the_supported(tmp_path, capsys):
    out, tmx = tmp_path / "p.jsonl", tmp_path / "x.tmx"
    assert main(["align", str(EN), str(FR), "--lang-b", "xx", "-o", str(out), "--tmx", str(tmx)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["councildoc align: error: --lang-b: unknown language code 'xx'; supported: ar, en, es, fr, ru, zh"]
    assert not out.exists() and not tmx.exists()
    assert main(["align", str(EN), str(FR), "--lang-a", "klingon"]) == 2
    assert "--lang-a: unknown language code 'klingon'" in capsys.readouterr().err


def test_sentence_level_writes_sentences_with_offsets(tmp_path, capsys):
    out, tmx = tmp_path / "s.jsonl", tmp_path / "s.tmx"
    assert main(["align", str(EN), str(FR), "--level", "sentence", "-o", str(out), "--tmx", str(tmx)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    p2 = [r for r in rows if r["key"].startswith("p-2.")]
    # paragraph 2 of the English and French versions: two sentences each (en line 29, fr line 29)
    assert [r["source"]["text"][:12] for r in p2] == ["In July 2020", "The forum co"]
    assert [r["target"]["text"][:14] for r in p2] == ["En juillet 202", "Le forum n’a p"]
    assert p2[1]["source"]["start"] == 133 and p2[1]["method"] == "order"
    assert etree.parse(str(tmx)).getroot().find("header").get("segtype") == "sentence"
    assert "sentences" in capsys.readouterr().err
