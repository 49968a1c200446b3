"""``align --quiet`` prints nothing on standard error, not even the
``unnumbered-not-aligned`` line (issue 18 item 8), while the pairs are still
written and the exit status still tells."""
from pathlib import Path

from councildoc.corpus.cli import main

DATA = Path(__file__).resolve().parent / "data" / "lang"
EN, FR = DATA / "GB.340-INS-6.en.txt", DATA / "GB.340-INS-6.fr.txt"


def _fr_with_an_unnumbered_paragraph(tmp_path):
    fr = tmp_path / "fr.txt"
    fr.write_text(FR.read_text(encoding="utf-8") + "\nUn paragraphe sans numéro, ajouté pour le test.\n",
                  encoding="utf-8")
    return fr


def test_the_finding_is_there_without_quiet(tmp_path, capsys):
    fr = _fr_with_an_unnumbered_paragraph(tmp_path)
    assert main(["align", str(EN), str(fr), "-o", str(tmp_path / "p.jsonl")]) == 0
    err = capsys.readouterr().err
    assert "unnumbered-not-aligned: unnumbered paragraphs are not aligned (0 in" in err
    assert "en → fr: 8 paragraphs" in err


def test_quiet_prints_nothing(tmp_path, capsys):
    fr = _fr_with_an_unnumbered_paragraph(tmp_path)
    out = tmp_path / "p.jsonl"
    assert main(["align", str(EN), str(fr), "-o", str(out), "--quiet"]) == 0
    assert capsys.readouterr() == ("", "")
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2 + 5 + 8 + 2 + 4


def test_quiet_with_strict_still_exits_1(tmp_path, capsys):
    fr = tmp_path / "fr.txt"
    fr.write_text(FR.read_text(encoding="utf-8").replace("\n8. ", "\n9. "), encoding="utf-8")
    assert main(["align", str(EN), str(fr), "-o", str(tmp_path / "p.jsonl"), "--quiet", "--strict"]) == 1
    assert capsys.readouterr().err == ""
