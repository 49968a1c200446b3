"""Numbered sessions of the Governing Body or the Conference → kind
``session``, target ``GB.335``, ``GB.338bis`` or ``ILC.109``.

``335th Session``, ``335e session``, ``341ᵉ session``, ``279esession``,
``335.ª reunión``, ``第 335 届会议``; lists give one ref per number, the
session word staying on the last surface. The body is the one named nearest
in the clause (Governing Body / Conference and their translations); with no
cue it is the council of the document (GB in a GB document); sessions of the
UN General Assembly and sessions with no known body are not annotated.
The surface is the ordinal and the session word only (no dates).
"""
from __future__ import annotations

import re

from . import ordinals
from .bodies import nearest_body
from .spans import xref, Context, Taken

_EN_ORD = r"\d{2,3}(?:st|nd|rd|th)(?: \(?bis\)?)?"
_FR_ORD = r"\d{2,3} ?(?:ème|eme|e)(?: bis)?"
_ES_ORD = r"\d{2,3} ?(?:\. ?a|a|\. ?o|o)(?: bis)?"
_LATIN = {
    "en": re.compile(r"(?<![\w.])" + _EN_ORD + r"(?:(?:, |,? and )" + _EN_ORD + r"){0,10}"
                     r"(?: \(Centenary\))? [Ss]essions?\b"),
    "fr": re.compile(r"(?<![\w.])" + _FR_ORD + r"(?:(?:, |,? et )" + _FR_ORD + r"){0,10}"
                     r" ?(?:[Ss]essions?|[Rr][ée]unions?)\b"),
    "es": re.compile(r"(?<![\w.])" + _ES_ORD + r"(?:(?:, |,? y )" + _ES_ORD + r"){0,10}"
                     r" (?:[Rr]euni[oó]n(?:es)?|per[ií]odo de sesiones)\b"),
}
# "the Hundred and Eighth Session", "the three hundred and thirty-fifth session"
_EN_WORDS = re.compile(r"(?<![\w-])(?P<n>" + ordinals.ORDINAL_WORDS + r") [Ss]ession\b", re.I)
_BIS_ALONE = re.compile(r"(?<![\w.])(\d{3})(?:th|e|\. ?a|a) bis\b")
_NUMBER = re.compile(r"\d{2,3}")

_ZH = re.compile(r"第 ?\d{2,3} ?(?:届|屆)(?:(?:、|和|及|与) ?第 ?\d{2,3} ?(?:届|屆)){0,8}"
                 r" ?(?P<word>会议|會議|国际劳工大会|國際勞工大會)")
_ZH_ITEM = re.compile(r"第 ?(?P<n>\d{2,3}) ?(?:届|屆)")


# Conference sessions are numbered below 200 (the 113th in 2025), the Governing
# Body's above 200 since the 1960s (the 355th in 2025): with no body named, an
# ILO document's own council gives way to the one the number belongs to
_GB_FROM = 200


def _by_number(n: str, council: str | None) -> str | None:
    if council not in ("GB", "ILC"):
        return council
    return "ILC" if int(n) < _GB_FROM else "GB"


def _emit(out, folded, ctx, items, explicit=None):
    """items: (start, end, number, bis) of one list; the body is decided once."""
    if not items:
        return
    named = explicit or nearest_body(folded, items[0][0], items[-1][1], ("GB", "ILC", "GA"), ctx.cues)
    if named == "GA":
        return
    for start, end, n, bis in items:
        body = named or _by_number(n, ctx.council)
        if body in ("GB", "ILC"):
            out.append(xref("session", start, end, f"{body}.{int(n)}{'bis' if bis else ''}"))


def _latin(folded: str, ctx: Context, lang: str, out: list) -> None:
    pat = _LATIN[lang]
    for m in pat.finditer(folded):
        nums = list(_NUMBER.finditer(folded, m.start(), m.end()))
        items = []
        for i, n in enumerate(nums):
            end = m.end() if i == len(nums) - 1 else _item_end(folded, n.end(), nums[i + 1].start())
            items.append((n.start(), end, n.group(0), "bis" in folded[n.end():end]))
        explicit = "ILC" if "Centenary" in m.group(0) else None
        _emit(out, folded, ctx, items, explicit)


def _item_end(folded: str, after_number: int, next_start: int) -> int:
    """End of a list item's surface: the ordinal suffix (and ``bis``), not the glue."""
    m = re.match(r"[^,]*?(?=, |,? (?:and|et|y) )", folded[after_number:next_start])
    return after_number + (len(m.group(0)) if m else 0)


def find(text: str, folded: str, ctx: Context) -> list[dict]:
    out: list[dict] = []
    if "届" in folded or "屆" in folded:
        for m in _ZH.finditer(folded):
            named = folded[max(0, m.start() - 7):m.start()].rstrip().endswith(("国际劳工大会", "國際勞工大會"))
            explicit = "ILC" if named or m.group("word") not in ("会议", "會議") else None
            nums = list(_ZH_ITEM.finditer(folded, m.start(), m.end()))
            items = []
            for i, it in enumerate(nums):
                end = m.end() if i == len(nums) - 1 else it.end()
                items.append((it.start(), end, it.group("n"), False))
            _emit(out, folded, ctx, items, explicit)
    low = ctx.low
    langs = [ctx.lang] if ctx.lang in _LATIN else list(_LATIN)
    for lang in langs:
        keys = {"en": ("session",), "fr": ("session", "réunion", "reunion"), "es": ("reuni", "sesiones")}[lang]
        if any(k in low for k in keys):
            _latin(folded, ctx, lang, out)
    if "ession" in low and ("en" in langs or ctx.lang is None):
        for m in _EN_WORDS.finditer(folded):
            n = ordinals.value(m.group("n"))
            # in words only in an ILO document and with an ILO body named (UN documents
            # write their own sessions and those of other conferences so); which of the
            # two it is comes from the number: "convened by the Governing Body … in its
            # Sixty-first Session" is the Conference's
            named = nearest_body(folded, m.start(), m.end(), ("GB", "ILC", "GA"), ctx.cues)
            if n is not None and ctx.council in ("GB", "ILC") and not ctx.council_guessed \
                    and named in ("GB", "ILC"):
                _emit(out, folded, ctx, [(m.start(), m.end(), str(n), False)], _by_number(str(n), ctx.council))
    if " bis" in folded:
        taken = Taken(out)
        for m in _BIS_ALONE.finditer(folded):
            if m.start() not in taken:
                _emit(out, folded, ctx, [(m.start(), m.end(), m.group(1), True)])
    return out
