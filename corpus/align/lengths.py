"""The length model of Gale and Church (1993): the length of a translation is
roughly proportional to the length of its original, with a variance that
grows with the length, so the deviation of a candidate pair from the expected
length, measured in standard deviations, says how plausible the pair is.

Lengths are counted in characters other than white space (Chinese is written
without spaces, and the parser keeps spaces around digits that the source
put there). The expected ratio depends on the language pair: a Chinese text
has about a third of the characters of its English original. The ratio of a
document pair is measured on the pair itself when there is enough text
(:func:`document_ratio`); the table below is the fallback for short inputs.
"""
from __future__ import annotations

import math

#: characters of a typical UN text in each language per character of English
#: (non-space characters; measured on the UDHR: fr 1.12, es 1.12, zh 0.31,
#: ru 1.15, ar 0.69; on the GB.340/INS/6 versions in tests/data/lang: fr 1.11,
#: es 1.12, zh 0.37)
CHARS_PER_ENGLISH_CHAR = {"en": 1.0, "fr": 1.12, "es": 1.12, "zh": 0.33, "ru": 1.15, "ar": 0.69}

#: variance of the length difference per character (Gale and Church's value)
VARIANCE = 6.8

#: below this many characters on either side, the table ratio is trusted more
#: than the document's own
MIN_TEXT_FOR_RATIO = 400


def text_length(text: str) -> int:
    """Characters other than white space."""
    return len(text) - sum(1 for ch in text if ch.isspace())


def table_ratio(lang_a: str, lang_b: str) -> float:
    """Expected length of B per character of A, from the language table."""
    return CHARS_PER_ENGLISH_CHAR.get(lang_b, 1.0) / CHARS_PER_ENGLISH_CHAR.get(lang_a, 1.0)


def document_ratio(len_a: int, len_b: int, lang_a: str, lang_b: str) -> float:
    """Expected length of B per character of A for one document pair: its own
    ratio when both sides hold enough text, else the language table's."""
    if len_a >= MIN_TEXT_FOR_RATIO and len_b >= MIN_TEXT_FOR_RATIO:
        return len_b / len_a
    return table_ratio(lang_a, lang_b)


def deviation(len_a: int, len_b: int, ratio: float) -> float:
    """Gale and Church's delta: how many standard deviations *len_b* lies from
    the length expected for a translation of *len_a* characters."""
    mean = (len_a + len_b / ratio) / 2
    if mean <= 0:
        return 0.0
    return (len_b / ratio - len_a) / math.sqrt(VARIANCE * mean)


def length_cost(len_a: int, len_b: int, ratio: float) -> float:
    """-log of the two-sided probability of a deviation at least this large."""
    return -math.log(max(_two_sided(deviation(len_a, len_b, ratio)), 1e-12))


def length_score(len_a: int, len_b: int, ratio: float) -> float:
    """0–100: 100 when the lengths agree exactly with *ratio*, 5 at two
    standard deviations; a score to sort and filter pairs by."""
    return round(100 * _two_sided(deviation(len_a, len_b, ratio)), 1)


def _two_sided(delta: float) -> float:
    return math.erfc(abs(delta) / math.sqrt(2))
