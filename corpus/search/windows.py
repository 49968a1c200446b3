"""Where inside a unit a passage may match, and the forms the scorer compares.

A translator's passage is usually one sentence, sometimes a clause or two or
three sentences, rarely a whole paragraph; comparing it with whole units
gives a fragment of a long paragraph a low score whatever its quality. So a
unit offers *windows*: each sentence, each run of two or three consecutive
sentences (``units.sentences``, from ``corpus.sentences``), inside a sentence
each run of one to three clauses, and the whole unit. Every window is a
``(start, end)`` span of the unit's text, so the best one is also the match's
exact place.

Forms compared (both with rapidfuzz's normalised Indel similarity, 0–100):
- passages with CJK characters: character level, on the NFKC text with case
  and accents folded and everything but letters and digits removed (spacing
  and punctuation differences cost nothing);
- other passages: token level, each word's folded stem (in the unit's
  language) mapped to one private-use character, so that an edit is a word
  changed, added or dropped, whatever its length.
"""
from __future__ import annotations

import re

from .stems import stem, stemmer_language
from .tokenise import normalise

#: clause boundaries inside a sentence (Chinese and Latin punctuation)
_CLAUSE_END = re.compile(r"[，,；;：:]\s*")
_NOT_WORD = re.compile(r"[\W_]+")
_WORD = re.compile(r"[^\W_]+")
MAX_RUN = 3


def windows(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Candidate spans of *text*: runs of 1–3 sentences, runs of 1–3 clauses
    inside each sentence, and the whole text; distinct, in order of start."""
    spans = set(_runs(sentences))
    for a, b in sentences:
        clauses = _clauses(text, a, b)
        if len(clauses) > 1:
            spans.update(_runs(clauses))
    if sentences:
        spans.add((sentences[0][0], sentences[-1][1]))
    elif text.strip():
        spans.add((0, len(text)))
    return sorted(spans)


def _runs(pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [(pieces[i][0], pieces[j][1]) for i in range(len(pieces))
            for j in range(i, min(i + MAX_RUN, len(pieces)))]


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for m in _CLAUSE_END.finditer(text, start, end):
        if m.start() > pos:
            out.append((pos, m.start()))          # the separator is not part of the clause
        pos = m.end()
    if pos < end:
        out.append((pos, end))
    return out


def char_form(text: str) -> str:
    """Character-level form: letters and digits only, NFKC, folded."""
    return _NOT_WORD.sub("", normalise(text)).casefold()


class TokenForms:
    """Token-level forms: one private-use character per distinct stem, shared
    by the passage and every window of one query."""

    def __init__(self):
        self.codes: dict[str, str] = {}

    def form(self, text: str, lang: str | None) -> str:
        rules = stemmer_language(lang)
        out = []
        for word in _WORD.findall(normalise(text)):
            s = stem(word, rules)
            code = self.codes.get(s)
            if code is None:
                code = self.codes[s] = chr(0xF0000 + len(self.codes))
            out.append(code)
        return "".join(out)
