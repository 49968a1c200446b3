"""Ordinal numbers written in English words, as older and more formal texts
cite sessions: ``the Hundred and Eighth Session``, ``three hundred and
thirty-fifth session`` → 108, 335.

:data:`ORDINAL_WORDS` is the pattern of such a number (case-insensitive
words, hyphen or space between tens and units); :func:`value` reads it.
"""
from __future__ import annotations

import re

_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_UNIT_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9}
_TEEN_ORD = {"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
             "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
_TENS_ORD = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
             "seventieth": 70, "eightieth": 80, "ninetieth": 90}

_W = lambda words: "|".join(sorted(words, key=len, reverse=True))   # noqa: E731
_BELOW_100 = (r"(?:(?:" + _W(_TENS) + r")[- ](?:" + _W(_UNIT_ORD) + r")|" + _W(_TENS_ORD) + "|"
              + _W(_TEEN_ORD) + "|" + _W(_UNIT_ORD) + ")")
ORDINAL_WORDS = (r"(?:(?:(?:" + _W(_UNITS) + r") )?hundred(?:th\b|(?: and)? " + _BELOW_100 + r")|"
                 + _BELOW_100 + ")")
_HUNDREDS = re.compile(r"(?:(" + _W(_UNITS) + r") )?hundred", re.I)


def value(words: str) -> int | None:
    """``Hundred and Eighth`` → 108; None when *words* is not an ordinal."""
    low = words.lower().replace("-", " ")
    total = 0
    m = _HUNDREDS.match(low)
    if m:
        total = 100 * (_UNITS.index(m.group(1)) + 1 if m.group(1) else 1)
        rest = low[m.end():]
        if rest.startswith("th"):
            return total if not rest[2:].strip() else None      # "hundredth"
        low = rest.strip().removeprefix("and").strip()
        if not low:
            return None                                        # "hundred" is a cardinal
    parts = low.split()
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _UNIT_ORD:
        return total + _TENS[parts[0]] + _UNIT_ORD[parts[1]]
    if len(parts) == 1:
        for table in (_UNIT_ORD, _TEEN_ORD, _TENS_ORD):
            if parts[0] in table:
                return total + table[parts[0]]
    return None
