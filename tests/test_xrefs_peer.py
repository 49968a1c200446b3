"""References of a real UN text (GA resolution 80/6 as Markdown, third-party
material in shared/peer/un, read in place, skipped when absent). The expected
list was checked by hand against the file: every symbol, resolution and annex
it cites, and none of its paragraphs of other texts ("paragraph 3 of the
resolution", "article 12, paragraph 2, of the Rome Statute") nor its footnote
definitions ("[^2]: …")."""
from pathlib import Path

import pytest

from councildoc.corpus.cli import main

PEER = Path(__file__).resolve().parents[1].parent / "shared" / "peer" / "un"
RES_80_6 = PEER / "railcar__A_RES_80_6.md"


@pytest.mark.skipif(not RES_80_6.exists(), reason="shared/peer/un not available")
def test_general_assembly_resolution_80_6(capsys):
    import json
    assert main(["refs", str(RES_80_6), "--lang", "en"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["text"], r["kind"], r["target"]) for r in rows] == [
        ("A/RES/80/6", "un_resolution", "A/RES/80/6"),                     # front matter symbol
        ("https://digitallibrary.un.org/record/4093218/files/A_RES_80_6-EN.pdf", "url",
         "https://digitallibrary.un.org/record/4093218/files/A_RES_80_6-EN.pdf"),
        ("A/80/L.9", "un_document", "A/80/L.9"),                           # "(A/80/L.9)"
        ("resolution 79/6", "un_resolution", "A/RES/79/6"),                # "Recalling its resolution 79/6"
        ("resolution 58/318", "un_resolution", "A/RES/58/318"),
        ("resolution 58/318", "un_resolution", "A/RES/58/318"),
        ("A/58/874", "un_document", "A/58/874"),                           # "[^2]: A/58/874 and A/58/874/Add.1."
        ("A/58/874/Add.1", "un_document", "A/58/874/Add.1"),
        ("A/80/342", "un_document", "A/80/342"),
        ("A/67/828-S/2013/210", "un_document", "A/67/828-S/2013/210"),     # joint symbol, one reference
        ("annex", "appendix", "A/67/828-S/2013/210#annex"),                # "A/67/828-S/2013/210, annex."
        ("A/80/344", "un_document", "A/80/344"),
        ("S/PRST/2013/2", "un_document", "S/PRST/2013/2"),
        ("S/INF/68", "un_document", "S/INF/68"),
        ("A/80/1", "un_document", "A/80/1"),
    ]


@pytest.mark.skipif(not (PEER / "udhr__udhr_cmn_hans.xml").exists(), reason="shared/peer/un not available")
def test_udhr_chinese_note_cites_resolution_217_a_iii(capsys):
    """"联合国大会一九四八年十二月十日第217A(III)号决议通过并颁布": an old-style GA
    resolution with its letter and its session in Roman numerals."""
    import json
    assert main(["refs", str(PEER / "udhr__udhr_cmn_hans.xml"), "--lang", "zh"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["text"], r["target"]) for r in rows if r["kind"] == "un_resolution"] == [
        ("第217A(III)号决议", "A/RES/217A(III)")]
