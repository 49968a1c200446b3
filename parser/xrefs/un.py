"""UN document symbols (``A/75/79``, ``S/RES/2388 (2017)``, ``E/C.12/GC/24``),
joint symbols (``A/75/79-E/2020/55``: ONE reference) → ``un_document``,
``un_resolution`` (``/RES/``) or ``un_decision`` (``/DEC/``).

Precision: the first component must be a known UN organ or treaty-body
prefix, and the symbol must hold a number and at least two components after
the organ, so ``A/B testing``, ``N/A``, ``1/3`` and dates are not symbols.
"""
from __future__ import annotations

import re

from .normalise import canonical
from .spans import xref, Context

_ORGAN = (r"(?:A|E|S|ST|TD|DP|UNEP|CCPR|CERD|CEDAW|CRC|CMW|CAT|CRPD|CED|HRI|FCCC|LC|ECE|"
          r"ESCAP|JIU|ICEF|UNW|SPLOS|ISBA|PBC|CTOC|UNCTAD|WFP)")
# The branches are disjoint (RES, DEC, PRST are letter runs like HRC or GC):
# with overlapping branches a failing 8-component symbol would backtrack 2^8 ways.
_COMP = (r"(?:S-\d{1,2}|(?:Add|Rev|Corr|Amend)\.\d{1,3}|"
         r"[A-Z]{1,8}(?![A-Z])(?:\.\d{1,4})?|\d{1,4}[A-Z]?(?![A-Za-z]))")
_ONE = _ORGAN + r"(?: ?/" + _COMP + r"){2,8}"
# (Add.1), (Vol. III), (2017) of a Security Council resolution, (IV) of an old GA
# resolution (A/RES/319(IV)), (Sect. 23) of a budget fascicle (A/56/6 (Sect. 23))
_AFTER = r"(?: ?\((?:Add\.\d{1,3}|Vol\. ?[IVX]{1,5}|\d{4}|[IVXL]{1,7}|Sect\. ?\d{1,3})\))?\*?"
_UN = re.compile(
    r"(?<![A-Za-z0-9/.\-_@])(?P<one>" + _ONE + _AFTER + r")"
    r"(?:(?P<dash> ?- ?)(?P<two>" + _ONE + _AFTER + r"))?"
    r"(?![A-Za-z0-9/])"
)
_CUE = re.compile(r"[A-Z/]")
_ADD = re.compile(r"\((Add\.\d{1,3})\)")


def _normal(surface: str) -> str:
    s = canonical(surface).rstrip("*")
    return _ADD.sub(r"/\1", s)


def _valid(surface: str) -> bool:
    # a number somewhere, and the broken spacing "A /RES" only right after the organ
    return any(c.isdigit() for c in surface) and " /" not in surface[2:]


def find(text: str, folded: str, ctx: Context) -> list[dict]:
    if "/" not in folded:
        return []
    out = []
    pos = 0
    while True:
        m = _UN.search(folded, pos)
        if not m:
            break
        pos = m.end()
        one = m.group("one")
        if not _valid(one):
            pos = m.start() + 1
            continue
        end = m.end("one")
        target = _normal(one)
        if m.group("two") and _valid(m.group("two")):
            end = m.end("two")
            target = target + "-" + _normal(m.group("two"))
        elif m.group("two"):
            pos = m.end("one")
        kind = ("un_resolution" if "/RES/" in target else
                "un_decision" if "/DEC/" in target else "un_document")
        out.append(xref(kind, m.start(), end, target))
    return out
