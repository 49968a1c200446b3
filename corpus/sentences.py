"""Sentence segmentation for Chinese, English, French and Spanish council texts.

Shared by search (sentences stored with the index, ``--similar`` windows) and
align (sentence-level TMX): one segmenter, so both see the same sentences.

``segment(text, lang)`` returns ``(start, end)`` offsets into *text* itself
(no normalisation, so slices are exact): the spans together cover every
non-space character, in order; whitespace between sentences and at either end
of a span is left out.

WHY rules and not a trained model: council documents are formal and
regular, the failure that matters is splitting inside references that are
everywhere in them (``para. 6``, ``No. 29``, ``A/80/6 (Sect. 25)``,
``GB.340/INS/6``, ``25.1``), and those follow from a short list of
abbreviations and one observation: a full stop ends a sentence only when
whitespace follows it and the next word does not start in lower case.
"""
from __future__ import annotations

import re

#: what ends a Chinese sentence (full-width; also ASCII ! ? ; inside Chinese text)
ZH_TERMINALS = "。！？；!?;"
#: closing punctuation that belongs to the sentence it follows, plus footnote
#: markers set as superscript digits (``支助。²``)
CLOSERS = "\"'”’»」』）)]】》〉›" + "⁰¹²³⁴⁵⁶⁷⁸⁹"
_ZH_END = re.compile(f"[{re.escape(ZH_TERMINALS)}…]*[{re.escape(ZH_TERMINALS)}][{re.escape(CLOSERS)}]*")

#: abbreviations that never end a sentence (case-sensitive; they precede a
#: number, a name or a reference). ``etc.`` is not here: it ends a sentence
#: when a capital follows, and a lower-case word after it is caught anyway.
ABBREVIATIONS = frozenset("""
para paras Para Paras par paragr No Nos no nos Art Arts art arts Sect sect Add Corr Rev Suppl suppl
Vol vol vols p pp cf Cf op cit al chap Chap ch Ch fig Fig sess Sess Res res Doc doc
Mr Mrs Ms Dr Dra Prof St Jr Messrs Mme Mmes Mlle Me MM Sr Sra Sres Srta Sras Excmo Excma Dña
núm Núm núms párr párrs pág págs apdo inc
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec approx vs
""".split())
# "no"/"nos" (lower case) are French numero: "no 29" is usually written without a full
# stop, "no. 29" with one; a Spanish "no." ending a sentence is followed by a capital
# and ... still would not split. Keep the lower-case forms out of the list.
ABBREVIATIONS = ABBREVIATIONS - {"no", "nos"}

_LATIN_END = re.compile(r"(?:\.\.\.|…|[.!?])+[" + re.escape(CLOSERS) + r"]*(?=\s)")
_OPENERS = "([«\"“‘'¿¡"
_INITIALISM = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]?")          # e.g  i.e  U.S  S.E
_SINGLE_LETTER = re.compile(r"[^\W\d_IVX]")   # J. Smith, M. Dupont; not "annex I." "chapter V."
_NEXT_WORD = re.compile(r"\s+(\S)")
_MARKER = re.compile(r"\d+(?:\.\d+)*|[IVXLC]+")                  # 1  25.1  IV


def segment(text: str, lang: str) -> list[tuple[int, int]]:
    """Sentence spans of *text* in language *lang* (``zh``, ``en``, ``fr``,
    ``es``; other languages use the Latin-script rules)."""
    ends = _zh_ends(text) if (lang or "").lower().startswith("zh") else _latin_ends(text)
    spans, start = [], 0
    for end in ends + [len(text)]:
        span = _trim(text, start, end)
        if span:
            spans.append(span)
        start = end
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _zh_ends(text: str) -> list[int]:
    return [m.end() for m in _ZH_END.finditer(text)]


def _latin_ends(text: str) -> list[int]:
    ends = []
    for m in _LATIN_END.finditer(text):
        nxt = _NEXT_WORD.match(text, m.end())
        if nxt is None:
            continue                                   # only spaces follow: the text's end
        if _continues(text, m.start(), m.group(), nxt.group(1)) or _list_marker(text, ends, m.start()):
            continue
        ends.append(m.end())
    return ends


def _list_marker(text: str, ends: list[int], at: int) -> bool:
    """True for the full stop of a number opening a sentence or following a
    colon or a semicolon: ``1. Reaffirms…``, ``as follows: 2. The Council…``."""
    word = _word_before(text, at)
    if not _MARKER.fullmatch(word):
        return False
    before = text[ends[-1] if ends else 0:at - len(word)].rstrip()
    return not before or before.endswith((":", ";"))


def _continues(text: str, at: int, mark: str, next_char: str) -> bool:
    """True when the punctuation *mark* at *at* does not end a sentence."""
    if next_char.islower():
        return True                                    # "etc. and", "cf. para. 5"
    if not mark.startswith("."):
        return False                                   # ! ? … end a sentence before a capital
    if mark[:3] == "...":
        return False
    word = _word_before(text, at)
    if word in ABBREVIATIONS or _SINGLE_LETTER.fullmatch(word):
        return True
    if _INITIALISM.fullmatch(word) and "." in word:
        return True                                    # e.g. i.e. U.S.
    return False


def _word_before(text: str, at: int) -> str:
    """The word ending at *at* (back to a space or an opening bracket/quote)."""
    start = at
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in _OPENERS:
        start -= 1
    return text[start:at]
