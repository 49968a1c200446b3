"""ILO Governing Body document symbols (``GB.338/INS/9``, ``GB.343/INS/2 (Rev.1)``)
→ kind ``gb_document``; a bare ``GB.335`` → kind ``session``.

Targets are the symbol without spaces, revision/addendum/corrigendum suffixes
kept (they name one version). ``(and Corr.)`` and the Spanish ``y Add.1`` name a
second document: they become a second reference on the base symbol.
"""
from __future__ import annotations

import re

from .normalise import canonical
from .spans import xref, Context

# A body segment is letters or digits; "Appendix I" is a segment with a space.
_SEG = r"(?:Appendix [IVX]{1,5}(?![A-Za-z])|[A-Za-z]{1,12}|\d{1,4})"
_SUFFIX = r"(?: ?\((?:Rev|Add|Corr)\.?(?: ?- ?\d{1,2}/\d{1,2}/\d{2,4}| ?\d{0,2})\))"
_GB = re.compile(
    r"GB\.(?P<session>\d{1,3})(?P<bis>bis)?"
    r"(?P<body>(?:/" + _SEG + r"){1,7})"
    r"(?P<suffix>" + _SUFFIX + r"{0,2})"
    r"(?P<dec>/[Dd]ecision)?"
    r"(?P<extra> \(and Corr\.\)| y Add\. ?\d{1,2})?"
)
_GB_SESSION = re.compile(r"GB\.(\d{1,3})(bis)?(?![/\d])")
_DATED = re.compile(r"\((Rev)\. ?- ?[\d/]+\)")


def _glued(folded: str, start: int) -> bool:
    """Whether the symbol at *start* continues a word (``XGB.1``): checked here
    rather than by a lookbehind, which would stop the engine from skipping to
    the literal ``GB.``."""
    return start > 0 and (folded[start - 1].isascii() and (folded[start - 1].isalnum() or folded[start - 1] in "_-"))


def find(text: str, folded: str, ctx: Context) -> list[dict]:
    if "GB." not in folded:
        return []
    out = []
    for m in _GB.finditer(folded):
        if _glued(folded, m.start()):
            continue
        body = m.group("body")
        start = m.start()
        end = m.end("dec") if m.group("dec") else m.end("suffix")
        base = "GB." + m.group("session") + (m.group("bis") or "") + body
        target = canonical(_DATED.sub(r"(\1.)", folded[start:end]))
        if target.endswith("/Decision"):
            target = target[: -len("Decision")] + "decision"
        out.append(xref("gb_document", start, end, target))
        extra = m.group("extra")
        if extra:
            e = m.end("extra")
            if "Corr" in extra:
                s = m.start("extra") + extra.index("Corr")
                e -= 1             # "Corr." inside the brackets
                out.append(xref("gb_document", s, e, canonical(base) + "(Corr.)"))
            else:
                number = re.search(r"\d+", extra).group(0)
                s = m.start("extra") + extra.index("Add")
                out.append(xref("gb_document", s, e, canonical(base) + f"(Add.{number})"))
    for m in _GB_SESSION.finditer(folded):
        if _glued(folded, m.start()):
            continue
        out.append(xref("session", m.start(), m.end(), f"GB.{m.group(1)}{m.group(2) or ''}"))
    return out
