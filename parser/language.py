"""Language detection for documents whose caller did not say: script first
(Han, Cyrillic, Arabic), then function words for English, French and Spanish."""
from __future__ import annotations

import re

_HAN = re.compile(r"[\u4e00-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_LATIN_LETTER = re.compile(r"[A-Za-zÀ-ÿ]")
_WORD = re.compile(r"[a-zà-ÿ]+")

_FUNCTION_WORDS = {
    "en": {"the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "by", "which", "this", "are", "be"},
    "fr": {"le", "la", "les", "des", "et", "du", "en", "est", "pour", "dans", "une", "sur", "qui", "au", "aux", "que"},
    "es": {"el", "la", "los", "las", "y", "del", "en", "es", "para", "una", "por", "con", "que", "se", "al"},
}


def detect_language(text: str, sample: int = 4000) -> str:
    """Return an ISO 639-1 code: zh, ja, ru, ar, en, fr or es (en when unsure)."""
    head = text[:sample]
    han = len(_HAN.findall(head))
    latin = len(_LATIN_LETTER.findall(head))
    if _KANA.search(head) and len(_KANA.findall(head)) > han * 0.1:
        return "ja"
    cyr = len(_CYRILLIC.findall(head))
    ara = len(_ARABIC.findall(head))
    best = max(han, cyr, ara, latin)
    if best == 0:
        return "en"
    if best == han:
        return "zh"
    if best == cyr:
        return "ru"
    if best == ara:
        return "ar"
    counts = {lang: 0 for lang in _FUNCTION_WORDS}
    for w in _WORD.findall(head.lower()):
        for lang, words in _FUNCTION_WORDS.items():
            if w in words:
                counts[lang] += 1
    # words shared by fr and es ("la", "en", "que") count for both; the rest decide
    return max(counts, key=lambda k: (counts[k], k == "en"))
