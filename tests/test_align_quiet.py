"""``align --quiet`` prints nothing on standard error, not even the
finding that a unit did not pair (issue 18 item 8), while the pairs are
still written and the exit status still tells."""
from pathlib import Path

from councildoc.corpus.cli import main

DATA = Path(__file__).resolve().parent / "data" / "lang"
EN, FR = DATA / "GB.340-INS-6.en.txt", DATA / "GB.340-INS-6.fr.txt"
# title, summary, 15 header lines, 5 headings, 8 paragraphs, items 8(a) and 8(b), 4 footnotes (see test_align.py)
PAIRS = 2 + 15 + 5 + 8 + 2 + 4


def _fr_with_an_unnumbered_paragraph(tmp_path):
    fr = tmp_path / "fr.txt"
    fr.write_text(FR.read_text(encoding="utf-8") + "\nUn paragraphe sans numéro, ajouté pour le test.\n",
                  encoding="utf-8")
    return fr


def test_the_finding_is_there_without_quiet(tmp_path, capsys):
    fr = _fr_with_an_unnumbered_paragraph(tmp_path)
    assert main(["align", str(EN), str(fr), "-o", str(tmp_path / "p.jsonl")]) == 0
    err = capsys.readouterr().err
    # after paragraph 8, which ends with a colon: not its continuation
    assert f"warning: unpaired: 1 unit of {fr} has no counterpart in {EN}: paragraph u-1 ('Un paragraphe sans " in err
    assert f"en → fr: {PAIRS} pairs" in err and "unpaired: 0 in A, 1 in B; 1 warnings" in err


def test_quiet_prints_nothing(tmp_path, capsys):
    fr = _fr_with_an_unnumbered_paragraph(tmp_path)
    out = tmp_path / "p.jsonl"
    assert main(["align", str(EN), str(fr), "-o", str(out), "--quiet"]) == 0
    assert capsys.readouterr() == ("", "")
    assert len(out.read_text(encoding="utf-8").splitlines()) == PAIRS


def test_quiet_with_strict_still_exits_1(tmp_path, capsys):
    # French paragraph 8 printed as 9: it still pairs with English 8 (by order and length), with a warning
    fr = tmp_path / "fr.txt"
    fr.write_text(FR.read_text(encoding="utf-8").replace("\n8. ", "\n9. "), encoding="utf-8")
    assert main(["align", str(EN), str(fr), "-o", str(tmp_path / "p.jsonl"), "--quiet", "--strict"]) == 1
    assert capsys.readouterr().err == ""
    assert main(["align", str(EN), str(fr), "-o", str(tmp_path / "p.jsonl")]) == 0
    assert f"warning: number-differs: paragraph 8 of {EN} pairs with paragraph 9 of {fr} (by order and length)" \
        in capsys.readouterr().err
