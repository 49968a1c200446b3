"""The hand-made English–French paragraph alignments of
../shared/peer/pdf/alignment/ (two UN documents, see
../shared/peer/pdf/PROVENANCE.md) and the PDFs they were made on, for the
measured alignment test and benchmarks/align_scores.py."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from councildoc.parser import InputError, parse_file

#: reference name -> (English PDF, French PDF), under pdf/un/
DOCUMENTS = {"plan_2": ("plan_2_en.pdf", "plan_2_fr.pdf"), "ohchr_2": ("ohchr_2_en.pdf", "ohchr_2_fr.pdf")}


def reference_pairs(pdf_folder: Path, name: str) -> list[tuple[str, str]]:
    """(English text, French text) of each hand-aligned paragraph pair."""
    data = json.loads((pdf_folder / "alignment" / f"{name}_en_fr.json").read_text(encoding="utf-8"))
    return [(p["main_language"], p["other_language"]) for p in data["paragraphs"]]


def pdf_supported(pdf_folder: Path) -> bool:
    """Whether this councildoc reads PDF (the reader lands during issue 13)."""
    sample = pdf_folder / "un" / DOCUMENTS["plan_2"][0]
    if not sample.exists():
        return False
    try:
        _parse(sample, "en")
    except InputError:
        return False
    return True


def pdf_trees(pdf_folder: Path, name: str) -> tuple[dict, dict]:
    """The English and French trees (parsed once per process: callers must not change them)."""
    en, fr = DOCUMENTS[name]
    return _parse(pdf_folder / "un" / en, "en"), _parse(pdf_folder / "un" / fr, "fr")


@lru_cache(maxsize=None)
def _parse(path: Path, lang: str) -> dict:
    return parse_file(path, lang=lang)
