"""A unit's text → the values of the three full-text columns (``uni``,
``bi``, ``stem``). Kept apart from ``tokenise`` (which knows no languages)
because the stem column depends on the document's language."""
from __future__ import annotations

import re

from .stems import STEMMED, stem, stemmer_language
from .tokenise import CJK_CLASS, fold, index_columns as cjk_columns, normalise, runs
from .tokenise import term_expression as cjk_term_expression

_LATIN_WORD = re.compile(f"[^\\W_{CJK_CLASS}]+")


def stem_column(text: str, lang: str | None) -> str:
    """The Latin-script words of *text* (normalised) as folded stems, in order."""
    rules = stemmer_language(lang)
    return " ".join([stem(w, rules) for w in _LATIN_WORD.findall(text)])


def index_columns(text: str, lang: str | None) -> tuple[str, str, str]:
    """``(uni, bi, stem)`` for one unit of a document in *lang*."""
    text = normalise(text)
    uni, bi = cjk_columns(text, normalised=True)
    return uni, bi, stem_column(text, lang)


def term_match(term: str, *, phrase: bool = False, prefix: bool = False) -> str | None:
    """The FTS5 expression for one query term, or None when it has nothing to
    search. A word (or hyphenated words) of Latin script, unquoted, matches by
    stem — any of the stems the English, French and Spanish rules give it — so
    ``refugee`` finds ``refugees``; a quoted phrase, a prefix (``educat*``) and
    anything with CJK characters match exactly (``tokenise.term_expression``)."""
    exact = cjk_term_expression(term, prefix)
    if exact is None or phrase or prefix:
        return exact
    forms = stemmed_forms(term)
    if not forms:
        return exact
    alternatives = [f'stem : "{f}"' for f in forms]
    return alternatives[0] if len(alternatives) == 1 else "(" + " OR ".join(alternatives) + ")"


def stemmed_forms(term: str) -> list[str]:
    """The distinct stem sequences of a Latin-script term under the three
    languages' rules; [] when the term holds CJK characters or no letter."""
    pieces = runs(normalise(term))
    if any(cjk for cjk, _ in pieces) or not any(c.isalpha() for c in term):
        return []
    words = _LATIN_WORD.findall(normalise(term))
    forms: list[str] = []
    for rules in STEMMED:
        for variant in (words, [fold(w) for w in words]):
            form = " ".join(stem(w, rules) for w in variant)
            if form not in forms:
                forms.append(form)
    return forms
