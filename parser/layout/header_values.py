"""Header values to normalised form: dates to ISO 8601, agenda ordinals to
numbers, language names to ISO 639-1 codes, session lines to place and dates.

Kept apart from the recognising code (:mod:`.header`) so that each conversion
can be tested alone and reused by the .docx and HTML readers.
"""
from __future__ import annotations

import re

from .header_labels import LANGUAGE_NAMES, MONTHS, ORDINALS, label_key

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}

_DATE_ZH = re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
# "12 October 2020", "1er octobre 2020", "12 de octubre de 2020", "1.º de octubre de 2020"
_DATE_LATIN = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})(?:er|\.?º|st|nd|rd|th)?\s+(?:de\s+)?(?P<month>[A-Za-zÀ-ÿ]{3,10})\s+(?:de\s+)?(?P<y>\d{4})(?!\d)")
# "October 12, 2020"
_DATE_EN_US = re.compile(r"(?P<month>[A-Za-z]{3,9})\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})(?!\d)")


def chinese_number(text: str) -> int | None:
    """``六`` → 6, ``十二`` → 12, ``二十一`` → 21, ``12`` → 12."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for ch in text:
        if ch in CN_DIGITS:
            current = CN_DIGITS[ch]
        elif ch in CN_UNITS:
            total += (current or 1) * CN_UNITS[ch]
            current = 0
        else:
            return None
    return total + current


def ordinal_number(text: str) -> int | None:
    """``Sixth`` / ``sixième`` / ``sexto`` / ``六`` / ``6`` → 6; None if unknown."""
    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        return int(text)
    key = label_key(text)
    if key in ORDINALS:
        return ORDINALS[key]
    return chinese_number(text)


def _valid(y: int, mo: int, d: int) -> str | None:
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def iso_date(text: str) -> str | None:
    """A date as printed in any of the header languages → ``YYYY-MM-DD``.

    ``2020 年 10 月 12 日``, ``12 October 2020``, ``12 octobre 2020``,
    ``12 de octubre de 2020``, ``October 12, 2020``; None when there is no
    recognisable date (never a guess)."""
    m = _DATE_ZH.search(text)
    if m:
        return _valid(int(m["y"]), int(m["m"]), int(m["d"]))
    m = _DATE_LATIN.search(text)
    if m and m["month"].lower() in MONTHS:
        return _valid(int(m["y"]), MONTHS[m["month"].lower()], int(m["d"]))
    m = _DATE_EN_US.search(text)
    if m and m["month"].lower() in MONTHS:
        return _valid(int(m["y"]), MONTHS[m["month"].lower()], int(m["d"]))
    return None


def language_code(name: str) -> str | None:
    """``English`` / ``anglais`` / ``inglés`` / ``英文`` → ``en``; None if unknown."""
    return LANGUAGE_NAMES.get(label_key(name.rstrip("。.").strip()))


def session_parts(rest: str) -> tuple[str | None, str | None]:
    """The tail of a session line (after the session number) → (dates, place).

    The parts are separated by commas; the part with digits is the dates, the
    other the place, in whatever order the language prints them
    (``，2020 年 10 月至 11 月，日内瓦`` / ``, Geneva, October–November 2020``).
    Month-only dates (``octobre-novembre 2020``) have digits through the year."""
    parts = [p.strip() for p in re.split(r"[，,、;]", rest) if p.strip()]
    dates = [p for p in parts if any(c.isdigit() for c in p)]
    places = [p for p in parts if not any(c.isdigit() for c in p)]
    return (", ".join(dates) or None), (", ".join(places) or None)
