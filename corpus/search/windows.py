"""Where inside a unit a passage may match, and the forms the scorer compares.

A translator's passage is usually one sentence, sometimes a clause or two or
three sentences, rarely a whole paragraph; comparing it with whole units
gives a fragment of a long paragraph a low score whatever its quality. So a
unit offers *windows*: each sentence, each run of two or three consecutive
sentences (``units.sentences``, from ``corpus.sentences``), inside a sentence
each run of one to three clauses, and the whole unit. A window is a run of
clauses, so its span in the text and its form are slices (nothing is
normalised window by window), and its clauses can be compared in any order
(reordered clauses). The best window is also the match's exact place.

Forms compared (both with rapidfuzz's normalised Indel similarity, 0–100;
built by ``Forms``):
- passages with CJK characters: character level, on the NFKC text with case
  and accents folded and everything but letters and digits removed (spacing
  and punctuation differences cost nothing);
- other passages: token level, each word's folded stem (in the unit's
  language) mapped to one private-use character, so that an edit is a word
  changed, added or dropped, whatever its length.
"""
from __future__ import annotations

import re

from .snippet import fold_char
from .stems import stem, stemmer_language
from .tokenise import normalise

#: clause boundaries inside a sentence (Chinese and Latin punctuation)
_CLAUSE_END = re.compile(r"[，,；;：:]\s*")
_NOT_WORD = re.compile(r"[\W_]+")
_WORD = re.compile(r"[^\W_]+")
MAX_RUN = 3


def atoms(text: str, sentences: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The clauses of *text* in order (a sentence without clause punctuation
    is one clause), and for each sentence the indexes of its first and last
    clause."""
    out, bounds = [], []
    for a, b in sentences:
        first = len(out)
        out += _clauses(text, a, b) or [(a, b)]
        bounds.append((first, len(out) - 1))
    return out, bounds


def windows(bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Windows as (first clause, last clause) indexes: runs of 1–3 sentences,
    runs of 1–3 clauses inside each sentence, and the whole text."""
    spans = set()
    for k, (first, last) in enumerate(bounds):
        for i in range(first, last + 1):
            spans.update((i, j) for j in range(i, min(i + MAX_RUN, last + 1)))
        spans.update((first, bounds[k2][1]) for k2 in range(k, min(k + MAX_RUN, len(bounds))))
    if bounds:
        spans.add((0, bounds[-1][1]))
    return sorted(spans)


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for m in _CLAUSE_END.finditer(text, start, end):
        if m.start() > pos:
            out.append((pos, m.start()))          # the separator is not part of the clause
        pos = m.end()
    if pos < end:
        out.append((pos, end))
    return out


class _CharTable(dict):
    """Character → its character-level form (NFKC, folded, letters and
    digits only; '' for anything else), filled on first use."""

    def __missing__(self, code: int) -> str:
        form = self[code] = _NOT_WORD.sub("", fold_char(chr(code)))
        return form


_CHARS = _CharTable()


class Forms:
    """Forms of clauses (a window's form is the concatenation of its
    clauses' forms: nothing is normalised window by window).

    Character level (``cjk``): the letters and digits, NFKC and folded
    (``str.translate``, C speed). Token level: one private-use character per
    distinct stem, shared by the passage and every unit of one query, so an
    edit is a word changed, added or dropped."""

    def __init__(self, cjk: bool):
        self.cjk = cjk
        self.codes: dict[str, str] = {}

    def clauses(self, text: str, spans: list[tuple[int, int]], lang: str | None) -> list[str]:
        if self.cjk:
            return [text[a:b].translate(_CHARS) for a, b in spans]
        rules = stemmer_language(lang)
        return ["".join(self._code(word, rules) for word in _WORD.findall(text, a, b)) for a, b in spans]

    def _code(self, word: str, rules: str) -> str:
        s = stem(word if word.isascii() else normalise(word), rules)
        code = self.codes.get(s)
        if code is None:
            code = self.codes[s] = chr(0xF0000 + len(self.codes))
        return code
