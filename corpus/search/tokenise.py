"""Text → the two tokenised columns of the full-text index, and query terms →
safe FTS5 expressions.

WHY: SQLite's unicode61 tokenizer treats a whole run of Chinese characters as
ONE token, and the trigram tokenizer cannot match queries shorter than three
characters (on SQLite 3.40 ``LIKE '%发展%'`` against a trigram table silently
returns nothing). So, as Lucene's CJK analyzer does, we tokenise CJK text
ourselves, in Python, into space-separated tokens that unicode61 then indexes
as they are:

- column ``bi``: every run of CJK characters becomes its overlapping bigrams
  (``驻地协调员`` → ``驻地 地协 协调 调员``). A CJK query of two or more
  characters is the PHRASE of its bigrams, so it matches exactly where the
  characters are adjacent.
- column ``uni``: the text as a stream of tokens, each CJK character alone,
  non-CJK text left for unicode61 (case folding, ``remove_diacritics 2``):
  one-character queries, Latin words, and mixed terms such as ``2020年``.

Text is NFKC-normalised first (full-width Ｌａｔｉｎ and digits become ASCII,
CJK compatibility ideographs their unified forms), on both sides, and spaces
between two CJK characters are dropped: Chinese is written without spaces, and
the ones found in documents are left over from a removed footnote marker or a
line break (``指南 和业务活动战略``), so they must not stop a phrase matching.

A third column, ``stem``, holds the Latin-script words as stems (see
``stems``); the columns are put together in ``columns``.
"""
from __future__ import annotations

import re
import unicodedata

#: bump when the columns computed from a text change: old indexes must be rebuilt
TOKENISER_VERSION = "3"

#: Han (with extensions A–G and compatibility), kana, Hangul syllables, 々 and 〇
CJK_CLASS = ("\u3005\u3007\u3040-\u309f\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
             "\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f")
_RUNS = re.compile(f"([{CJK_CLASS}]+)")
_CJK_CHAR = re.compile(f"[{CJK_CLASS}]")
_CJK_GAP = re.compile(f"(?<=[{CJK_CLASS}])\\s+(?=[{CJK_CLASS}])")


def normalise(text: str) -> str:
    """NFKC and no spaces between two CJK characters: the normalisation
    applied to indexed text and to queries alike."""
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return _CJK_GAP.sub("", text)


def is_cjk(ch: str) -> bool:
    return bool(_CJK_CHAR.fullmatch(ch))


def runs(text: str) -> list[tuple[bool, str]]:
    """Split *text* into alternating (is_cjk, run) pieces, empty pieces dropped."""
    out = []
    for i, piece in enumerate(_RUNS.split(text)):
        if piece:
            out.append((i % 2 == 1, piece))
    return out


def bigrams(run: str) -> list[str]:
    """Overlapping bigrams of a CJK run; a one-character run is its unigram."""
    if len(run) < 2:
        return [run]
    return [a + b for a, b in zip(run, run[1:])]


def has_word(text: str) -> bool:
    """True if unicode61 would find at least one token (a letter or a number)."""
    return any(unicodedata.category(c)[0] in "LN" for c in text)


def index_columns(text: str, normalised: bool = False) -> tuple[str, str]:
    """The ``(uni, bi)`` column values for one unit's text (*normalised*:
    :func:`normalise` was applied already).

    ``uni``: the whole text as a token stream — non-CJK text as it is (unicode61
    splits, folds case and accents), each CJK character a token of its own.
    ``bi``: only the bigrams of CJK runs of two or more characters, with a
    separator token between runs so that bigrams of different runs are never
    adjacent (a phrase cannot match across punctuation or Latin text)."""
    if not normalised:
        text = normalise(text)
    uni, bi = [], []
    for cjk, piece in runs(text):
        if cjk:
            uni.append(" ".join(piece))
            if len(piece) > 1:
                bi.append(" ".join([a + b for a, b in zip(piece, piece[1:])]))
                bi.append(RUN_SEPARATOR)
        else:
            uni.append(piece)
    return " ".join(uni), " ".join(bi)


#: a token between CJK runs in column ``bi`` (never searched: bi holds only bigrams)
RUN_SEPARATOR = "x"


def _quoted(text: str) -> str:
    """An FTS5 string: inside double quotes nothing is syntax (NEAR, *, :, -,
    AND…); only the quote itself must be doubled."""
    return '"' + text.replace('"', '""') + '"'


def term_expression(term: str, prefix: bool = False) -> str | None:
    """The FTS5 expression matching *term* (one word or a phrase) as a whole,
    or None when the term has nothing searchable (only punctuation).

    One run of two or more CJK characters: the phrase of its bigrams in
    ``bi`` (fast: bigram lists are short). Anything else — one CJK character,
    Latin words, a mix such as ``2020年`` — the phrase of its tokens in ``uni``,
    which holds every token in order, so adjacency is exact."""
    pieces = runs(normalise(term))
    if not any(cjk or has_word(piece) for cjk, piece in pieces):
        return None
    if len(pieces) == 1 and pieces[0][0] and len(pieces[0][1]) > 1:
        return f"bi : {_quoted(' '.join(bigrams(pieces[0][1])))}"
    expr = "uni : " + _quoted(" ".join(" ".join(piece) if cjk else piece for cjk, piece in pieces))
    if prefix and not pieces[-1][0]:
        expr += " *"                                  # prefix of the last Latin word
    return expr


def token_expression(token: str) -> str:
    """The expression for one token of :func:`passage_tokens` (bigram or word)."""
    column = "bi" if len(token) == 2 and is_cjk(token[0]) and is_cjk(token[1]) else "uni"
    return f"{column} : {_quoted(token)}"


def passage_tokens(text: str) -> list[str]:
    """Distinct index tokens of a passage, in order of first occurrence: CJK
    bigrams, and Latin words folded like unicode61 with remove_diacritics."""
    seen, out = set(), []
    for cjk, piece in runs(normalise(text)):
        if cjk:
            toks = bigrams(piece)          # a lone character is its own token (column uni)
        else:
            toks = [fold(w) for w in re.findall(r"[^\W_]+", piece)]
        for t in toks:
            if t and t not in seen:
                seen.add(t)
                out.append(t)
    return out


def fold(text: str) -> str:
    """Case- and accent-folded form of non-CJK text (for matching and scoring)."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
