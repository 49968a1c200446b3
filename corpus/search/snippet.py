"""Find where a query's terms occur in a unit's ORIGINAL text, and cut a short
snippet around the first occurrence with the matches marked.

WHY in Python and not FTS5's highlight(): the index holds tokenised columns
(CJK bigrams), not the text as printed, so FTS5 would highlight bigrams. Here
each term becomes a regular expression over a case- and accent-folded copy of
the text whose characters map back to the original offsets.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .columns import stemmed_forms
from .tokenise import fold, is_cjk, normalise, runs

_SEP = r"[\W_]+?"


def fold_char(ch: str) -> str:
    """One character folded as the index sees it: NFKC; then, outside CJK,
    accents removed and case folded."""
    return normalise(ch) if is_cjk(ch) else fold(unicodedata.normalize("NFKC", ch))


class _FoldTable(dict):
    """A ``str.translate`` table filled on first use of each character."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = fold_char(chr(code))
        return folded


_FOLDED = _FoldTable()


def folded_with_offsets(text: str) -> tuple[str, list[int]]:
    """The folded text, and for each of its characters the index of the
    original character it came from."""
    if text.isascii():
        return text.lower(), list(range(len(text)))
    folded = text.translate(_FOLDED)
    if len(folded) == len(text):          # every character folded to one (nearly always): offsets unchanged
        return folded, list(range(len(text)))
    chars, offsets = [], []
    for i, ch in enumerate(text):
        f = _FOLDED[ord(ch)]
        for c in f:
            chars.append(c)
            offsets.append(i)
    return "".join(chars), offsets


def _latin_word_char(ch: str) -> bool:
    return ch.isalnum() and not is_cjk(ch)


@dataclass
class TermPattern:
    """A regular expression for one query term over folded text, with the
    word-boundary tests done in Python on each match: a character class
    excluding CJK costs milliseconds to compile, for every query."""
    regex: re.Pattern
    whole_start: bool       # a Latin word must start here (not inside a word)
    whole_end: bool         # … and end here
    extend: bool            # prefix or stem: the mark runs to the end of the word

    def spans(self, folded: str):
        for m in self.regex.finditer(folded):
            s, e = m.span()
            if e == s or (self.whole_start and s and _latin_word_char(folded[s - 1])):
                continue
            if self.extend:
                while e < len(folded) and _latin_word_char(folded[e]):
                    e += 1
            elif self.whole_end and e < len(folded) and _latin_word_char(folded[e]):
                continue
            yield s, e


def _pieces(term: str) -> list[tuple[str, str]]:
    pieces = []
    for cjk, piece in runs(normalise(term)):
        if cjk:     # spaces between CJK characters are ignored, as in the index
            pieces.append(("cjk", r"\s*".join(re.escape(fold_char(c)) for c in piece)))
        else:
            for word in re.findall(r"[^\W_]+", fold(piece)):
                pieces.append(("word", re.escape(word)))
    return pieces


def term_pattern(term: str, prefix: bool = False) -> TermPattern | None:
    """The pattern matching *term* in folded text, as the index does: CJK
    characters adjacent (spaces between them allowed), Latin words whole (or
    as a prefix), any punctuation or spacing between words."""
    pieces = _pieces(term)
    if not pieces:
        return None
    out = []
    for i, (kind, pat) in enumerate(pieces):
        if i:
            out.append(_SEP if kind == pieces[i - 1][0] == "word" else r"[\W_]*?")
        out.append(pat)
    return TermPattern(re.compile("".join(out)), pieces[0][0] == "word",
                       pieces[-1][0] == "word" and not prefix, pieces[-1][0] == "word" and prefix)


def highlight_pattern(term) -> TermPattern | None:
    """The pattern marking a query term (``query.Term``) in a unit's text:
    a word matched by stem is marked wherever a word starts with one of its
    stems (``refugee`` marks ``refugees``); anything else as it matches."""
    forms = None if term.phrase or term.prefix else stemmed_forms(term.text)
    if not forms:
        return term_pattern(term.text, term.prefix)
    alternatives = [(r"[^\W_]*" + _SEP).join(re.escape(w) for w in form.split()) for form in forms]
    return TermPattern(re.compile("|".join(alternatives)), True, False, True)


def match_spans(text: str, patterns: list[TermPattern]) -> list[tuple[int, int]]:
    """Sorted, merged (start, end) spans of the original text matched by any pattern."""
    folded, offsets = folded_with_offsets(text)
    spans = []
    for pat in patterns:
        for s, e in pat.spans(folded):
            spans.append((offsets[s], offsets[e - 1] + 1))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


@dataclass
class Snippet:
    text: str                       # the excerpt, with "…" where it was cut
    spans: list[tuple[int, int]]    # matches, as offsets into ``text``

    def render(self, open_mark: str, close_mark: str) -> str:
        out, pos = [], 0
        for s, e in self.spans:
            out.append(self.text[pos:s])
            out.append(open_mark + self.text[s:e] + close_mark)
            pos = e
        out.append(self.text[pos:])
        return "".join(out)


def make_snippet(text: str, spans: list[tuple[int, int]], width: int = 160) -> Snippet:
    """About *width* characters of *text* around the first match (the start of
    the text when nothing matched), whitespace collapsed."""
    if len(text) <= width:
        start, end = 0, len(text)
    else:
        first = spans[0][0] if spans else 0
        start = max(0, min(first - width // 3, len(text) - width))
        end = min(len(text), start + width)
        if start and text[start - 1] not in " \t\n" and not is_cjk(text[start]):
            space = text.find(" ", start, first if spans else start + 20)
            if space != -1:
                start = space + 1
    excerpt = text[start:end]
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    inside = [(max(s, start) - start + len(prefix), min(e, end) - start + len(prefix))
              for s, e in spans if e > start and s < end]
    body = prefix + excerpt + suffix
    # collapse runs of whitespace (tabs in table rows, line breaks) without moving spans
    return Snippet(body.replace("\n", " ").replace("\t", " "), inside)
