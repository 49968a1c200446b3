"""ILO Conventions and Recommendations → ``ilo_convention`` ``C189`` and
``ilo_recommendation`` ``R202``, in four languages.

Forms: keyword + number (``Convention No. 189``, ``convention (n° 189)``,
``Convenio núm. 189``, ``Conventions Nos 81, 87 and 98``: one ref per number);
title + year + bracketed number (``Domestic Workers Convention, 2011 (No. 189)``,
``Convenio sobre …, 2011 (núm. 189)``, ``2011年《家庭工人公约》(第189号)``); the
codes ``C189`` / ``R202``; Chinese ``第189号公约``. The type comes from the head
noun. A Recommendation needs its number marker (``No.``): "recommendation 3"
is usually a recommendation of a report, not an instrument. Titles without a
number are not annotated.
"""
from __future__ import annotations

import re

from .spans import xref, Context, Taken

_KW_C = r"Conventions?|conventions?|Convenios?|convenios?"
_KW_R = r"Recommendations?|recommendations?|[Rr]ecommandations?|Recomendaci[oó]n(?:es)?|recomendaci[oó]n(?:es)?"
_MARK = r"(?:Nos?\.?|N°s?|n°s?|nos?|n o|núms?\.|nums?\.|n\.os?|n\. o|números?|numeros?|№)"
_GLUE = r"(?:, |,? and |,? et |,? y )"
_KW = re.compile(
    r"(?<![A-Za-z])(?P<kw>" + _KW_C + "|" + _KW_R + r")(?: of the ILO| de la OIT| de l['’]OIT)?"
    r" ?(?P<open>\( ?)?(?P<mark>" + _MARK + r")? ?(?P<n>\d{1,3})(?![\d/]|[.,]\d)(?(open) ?\))"
    r"(?P<rest>(?:" + _GLUE + r"(?:" + _MARK + r" ?)?\d{1,3}(?![\d/]|[.,]\d)){0,12})"
)
_TITLE = re.compile(
    r"(?<![A-Za-z])(?P<kw>" + _KW_C + "|" + _KW_R + r")(?P<title>[^().;\n]{0,160})"
    r"\((?P<mark>" + _MARK + r") ?(?P<n>\d{1,3})\)"
)
_HEAD = re.compile(_KW_C + "|" + _KW_R)
_YEAR_NO = re.compile(r"(?<!\d)(?:1[89]|20)\d\d \((?:" + _MARK + r") ?(?P<n>\d{1,3})\)")
_CODE = re.compile(r"(?P<t>[CR])(?P<n>\d{3})(?![A-Za-z0-9])")
_NUM = re.compile(r"\d{1,3}")

_ZH = re.compile(r"(?:第 ?)?\d{1,3} ?号(?:(?:、|和|及|与|以及|,) ?(?:第 ?)?\d{1,3} ?号){0,12} ?(?P<kw>公约|建议书)")
_ZH_ITEM = re.compile(r"(?:第 ?)?(?P<n>\d{1,3}) ?号")
_ZH_TITLE = re.compile(r"(?:(?:1[89]|20)\d\d ?年 ?)?《[^《》\n]{1,60}(?P<kw>公约|建议书)》 ?\( ?第 ?(?P<n>\d{1,3}) ?号 ?\)")

_FUNCTION = {"of", "and", "the", "on", "for", "in", "to", "against", "concerning", "at"}


def _kind(kw: str) -> str:
    return "ilo_convention" if kw[0] in "Cc公" else "ilo_recommendation"


def _target(kind: str, n: str) -> str:
    return ("C" if kind == "ilo_convention" else "R") + str(int(n))


def _name_start(folded: str, kw_start: int) -> int:
    """Where an English title ending at *kw_start* begins: capitalised words
    (and the function words between them) right before the keyword."""
    lo = max(0, kw_start - 120)
    words = list(re.finditer(r"[^\s,]+", folded[lo:kw_start]))
    start = kw_start
    pending = None
    for w in reversed(words):
        tail = folded[lo + w.end():start if pending is None else pending]
        if tail.strip():                       # a comma or other gap ends the name
            break
        word = w.group(0)
        if _HEAD.fullmatch(word):
            break                              # another instrument's head noun ends the name
        if word[:1].isupper() and word.isalpha() or word[:1].isupper() and "-" in word:
            start = lo + w.start()
            pending = None
        elif word in _FUNCTION and start != kw_start:
            pending = lo + w.start()
        else:
            break
    return start


def _latin(folded: str, out: list) -> None:
    taken = Taken()
    for m in _TITLE.finditer(folded):
        # the head noun is the keyword nearest the number: "the Convention and the
        # … Recommendation, 2017 (No. 205)" cites the Recommendation
        kw_start, kw = m.start(), m.group("kw")
        for k in _HEAD.finditer(folded, m.start("title"), m.end("title")):
            if k.start() == 0 or not folded[k.start() - 1].isalpha():
                kw_start, kw = k.start(), k.group(0)
        kind = _kind(kw)
        start = kw_start
        if kw[0] in "CR" and kw.startswith(("Convention", "Recommendation")):
            start = _name_start(folded, kw_start)
        out.append(xref(kind, start, m.end(), _target(kind, m.group("n"))))
        taken.add(m.start(), m.end())
    for m in _KW.finditer(folded):
        if m.start() in taken:
            continue
        kind = _kind(m.group("kw"))
        if kind == "ilo_recommendation" and not m.group("mark"):
            continue
        end = m.start("rest") if m.group("open") else m.end("n")     # keep the closing bracket
        out.append(xref(kind, m.start(), end, _target(kind, m.group("n"))))
        base = m.start("rest")
        for n in _NUM.finditer(m.group("rest")):
            out.append(xref(kind, base + n.start(), base + n.end(), _target(kind, n.group(0))))
    for m in _YEAR_NO.finditer(folded):
        if m.start() in taken:
            continue
        window = folded[max(0, m.start() - 300):m.start()]
        heads = list(re.finditer(_KW_C + "|" + _KW_R, window))
        if heads:
            kind = _kind(heads[-1].group(0))
            out.append(xref(kind, m.start(), m.end(), _target(kind, m.group("n"))))


def _chinese(folded: str, out: list) -> None:
    taken = Taken()
    for m in _ZH_TITLE.finditer(folded):
        kind = _kind(m.group("kw"))
        out.append(xref(kind, m.start(), m.end(), _target(kind, m.group("n"))))
        taken.add(m.start(), m.end())
    for m in _ZH.finditer(folded):
        if m.start() in taken:
            continue
        kind = _kind(m.group("kw"))
        items = list(_ZH_ITEM.finditer(folded, m.start(), m.start("kw")))
        for i, it in enumerate(items):
            end = m.end() if i == len(items) - 1 else it.end()
            out.append(xref(kind, it.start(), end, _target(kind, it.group("n"))))


def find(text: str, folded: str, ctx: Context) -> list[dict]:
    out: list[dict] = []
    if "公约" in folded or "建议书" in folded:
        _chinese(folded, out)
    low = ctx.low
    if "conven" in low or "recom" in low:
        _latin(folded, out)
    if "C" in folded or "R" in folded:          # the codes C189, R202
        for m in _CODE.finditer(folded):
            s = m.start()
            if s and folded[s - 1].isascii() and (folded[s - 1].isalnum() or folded[s - 1] in "-/._"):
                continue
            kind = "ilo_convention" if m.group("t") == "C" else "ilo_recommendation"
            out.append(xref(kind, m.start(), m.end(), _target(kind, m.group("n"))))
    return out
