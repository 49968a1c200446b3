"""Footnote markers that PDF-to-text conversion left as bare numbers with
spaces around them (``Court 1 reaffirms``, ``Rights, 6  the``) or fused with
a year (``of 19721 and``: the year 1972, marker 1).

Why separate from :func:`parser.inline.plain_marker_candidates`: those need
the digits glued to a word (``Agreement,2``); here a space stands on both
sides, so the candidate is only taken when it is exactly the next footnote
number of a document whose bodies exist (the converter checks that), and
never after a word that takes a number (``the 13 steps``, ``paragraph 50``,
``resolution 70``) or next to another figure.
"""
from __future__ import annotations

import re

_SPACED = re.compile(r"(?<=[^\s\d] )(?P<n>\d{1,3})(?= |$|[,;.)])")
_YEAR_FUSED = re.compile(r"(?<![\d./-])(?P<year>1[89]\d\d|20\d\d)(?P<n>\d{1,2})(?![\d%])")
_TAKES_NUMBER = frozenset("""
the of and or to in on at by for from with no no. nos. vol. vols. para. paras. paragraph paragraphs
article articles art. resolution resolutions decision decisions item items chapter chap. section sect.
annex annexes rule rules principle principles goal goals target targets step steps action actions than
about over some all page pages p. pp. part parts volume sub-item session sessions its their his her
least nearly almost around approximately under between within among only first last every each per
into through since until up a an number numbers year years day days group article-by-article table
tables figure figures box recommendation recommendation. convention protocol level levels phase stage
grade class category list model option options scenario scenarios version edition point points
""".split())
_TAKES_NUMBER_CAPITAL = frozenset("""
Article Articles Resolution Resolutions Decision Paragraph Paragraphs Chapter Section Annex Rule Rules Table
Figure Goal Goals Target Targets Part Volume No. Nos. Vol. Item Items Principle Recommendation Step Phase
""".split())
# "issued on 8 July 1996,9 and": a marker after a year and its comma (never "1,000": two digits at most)
_AFTER_YEAR = re.compile(r"(?<![\d,.])(?:1[89]|20)\d\d,(?P<n>\d{1,2})(?=\s|$)")
_CLOSE_BEFORE = set(",;:)”’\"'")
_DATE_UNITS = ("年", "月", "日", "号", "時", "时")
_MONTH = re.compile(r"(?:de )?(?:January|February|March|April|May|June|July|August|September|October|November|"
                    r"December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
                    r"décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
                    r"diciembre)\b", re.I)


_SLASH = re.compile(r"(?<=[^\s\d/] )(?P<n>\d{1,3})/(?=\s|$|[,.;:)])")


def slash_candidates(text: str) -> list[tuple[int, int, int]]:
    """``Programme of Action 1/``: the older UN marker, a number and a slash
    after a space (never ``48/161`` or ``A/80/6``: a digit or slash follows
    or precedes them)."""
    return [(m.start(), m.end(), int(m["n"])) for m in _SLASH.finditer(text)] if "/" in text else []


def spaced_candidates(text: str) -> list[tuple[int, int, int]]:
    """``(start, end, number)`` of every bare number that could be a marker."""
    out: list[tuple[int, int, int]] = []
    if not any(c.isdigit() for c in text):
        return out
    for m in _SPACED.finditer(text):
        start, end = m.start(), m.end()
        before = text[:start - 1]
        word = before.rsplit(None, 1)[-1] if before.strip() else ""
        if not word or word[-1].isdigit():
            continue
        bare = word.rstrip("".join(_CLOSE_BEFORE))
        if not bare or not bare[-1].isalpha() and word[-1] not in _CLOSE_BEFORE:
            continue
        # "the 13 steps", "Article 5": a word that takes a number (not "Action, 8": the comma ends it)
        if word == bare and (bare in _TAKES_NUMBER or bare in _TAKES_NUMBER_CAPITAL):
            continue
        after = text[end:].lstrip()
        if after[:1].isdigit() or after[:1] and after[:1] in "%$€£°":
            continue
        # a day or month of a date, spaced as Chinese typesetting spaces figures:
        # "2019 年 3 月", "3 月 5 日"; and "1 March", "5 de mayo", "12 mars"
        if word.endswith(_DATE_UNITS) or after.startswith(_DATE_UNITS) or _MONTH.match(after):
            continue
        out.append((start, end, int(m["n"])))
    for m in _AFTER_YEAR.finditer(text):
        out.append((m.start("n"), m.end("n"), int(m["n"])))
    for m in _YEAR_FUSED.finditer(text):
        out.append((m.start("n"), m.end("n"), int(m["n"])))
    return out
