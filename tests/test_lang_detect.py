"""Language detection when the caller does not say, and --lang to force it."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from councildoc.corpus.cli import main
from councildoc.parser import parse_file
from councildoc.parser.layout.language import detect_language

DATA = Path(__file__).resolve().parent / "data" / "lang"


@pytest.mark.parametrize("text, lang", [
    ("The Office took part in the work of the regional task forces.", "en"),
    ("Le Bureau a participé aux travaux des équipes spéciales régionales.", "fr"),
    ("La Oficina participó en la labor de los equipos de tareas regionales.", "es"),
    ("Conseil d’administration", "fr"),              # one header line: the elided article decides
    ("Consejo de Administración", "es"),             # -ción decides
    ("The development of employment and the establishment of a committee", "en"),   # -ment is not -mente
    ("理 事 会\n第 340 届会议", "zh"),
])
def test_detect(text, lang):
    assert detect_language(text) == lang


def test_documents_detected(tmp_path):
    got = {p.name.split(".")[-2]: parse_file(p)["language"] for p in sorted(DATA.glob("*.txt"))}
    assert got == {"en": "en", "fr": "fr", "es": "es", "zh": "zh", "zh-old": "zh"}


def test_lang_option_forces_the_language(tmp_path, capsys):
    out = tmp_path / "t.json"
    assert main(["parse", str(DATA / "GB.340-INS-6.en.txt"), "--lang", "fr", "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["language"] == "fr"
