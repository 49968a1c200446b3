"""Word stems for English, French and Spanish, so that ``refugee`` finds
``refugees`` and ``décision`` finds ``décisions``.

WHY snowballstemmer: SQLite's built-in ``porter`` tokenizer stems English
only, and writing French and Spanish stemmers by hand would repeat the
Snowball project's published algorithms badly; the package is those
algorithms in pure Python (BSD), no compiler needed.

A stem is computed on the lower-cased word (the French and Spanish rules
need the accents), then accent-folded like the rest of the index. The rules
are applied again to their own result until it stops changing: the Spanish
rules take ``libertades`` to ``libertad`` but ``libertad`` to ``libert``,
and both words must meet. Stemming
is slow in pure Python (tens of microseconds a word) and council vocabulary
is small, so every (language, word) is stemmed once per process.

Documents in other languages (Chinese documents quote English names and
acronyms) are stemmed with the English rules. A query does not know which
language it is in: each word is stemmed with all three rules, as typed and
without its accents (``resume`` must find the French ``résumé``), and matches
any of the stems (``columns.stemmed_forms``).
"""
from __future__ import annotations

import snowballstemmer

from .tokenise import fold

STEMMED = {"en": "english", "fr": "french", "es": "spanish"}
_STEMMERS = {code: snowballstemmer.stemmer(name) for code, name in STEMMED.items()}
_CACHE: dict[tuple[str, str], str] = {}
_CACHE_LIMIT = 500_000


def stemmer_language(lang: str | None) -> str:
    """The stemming rules used for a document in *lang*."""
    code = (lang or "").lower()[:2]
    return code if code in _STEMMERS else "en"


def stem(word: str, lang: str) -> str:
    """The folded stem of one word (letters and digits only) in *lang* (en, fr, es)."""
    key = (lang, word)
    out = _CACHE.get(key)
    if out is None:
        lower = word.lower() if lang != "en" else fold(word)     # English rules know no accents
        out = lower
        if not lower.isdigit():
            stemmer = _STEMMERS[lang]
            for _ in range(3):          # to a fixed point: libertades → libertad → libert
                shorter = stemmer.stemWord(out)
                if shorter == out:
                    break
                out = shorter
            out = fold(out)
        if len(_CACHE) > _CACHE_LIMIT:
            _CACHE.clear()
        _CACHE[key] = out
    return out


