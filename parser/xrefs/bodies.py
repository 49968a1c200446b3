"""Which council or body a clause names: the cue that decides the organ of a
resolution cited in words (``Human Rights Council … resolution 17/4``) and
the body of a session (``335th Session of the Governing Body``).

The nearest cue in the same clause wins (before or after the citation).
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .spans import clause_before, clause_after

# Literal names only (spelling variants written out): an alternation of
# literals lets the regex engine skip ahead on the first character, so a scan
# of the whole text costs about as much as one plain pass. Word boundaries
# are checked afterwards.
_APOS = ("'", "’")
_CUES = {
    "GA": ["General Assembly", "general assembly", "Assemblée générale", "Assemblee generale",
           "Asamblea General", "联合国大会", "联大"],
    "HRC": ["Human Rights Council"] + [f"Conseil des droits de l{a}homme" for a in _APOS]
           + ["Consejo de Derechos Humanos", "人权理事会"],
    "CHR": ["Commission on Human Rights"] + [f"Commission des droits de l{a}homme" for a in _APOS]
           + ["Comisión de Derechos Humanos", "Comision de Derechos Humanos", "人权委员会"],
    "ECOSOC": ["Economic and Social Council", "ECOSOC", "Conseil économique et social", "Conseil economique et social",
               "Consejo Económico y Social", "Consejo Economico y Social", "经社理事会", "经济及社会理事会"],
    "SC": ["Security Council", "Conseil de sécurité", "Conseil de securite", "Consejo de Seguridad", "安全理事会", "安理会"],
    "GB": ["Governing Body", "governing body"] + [f"Conseil d{a}administration" for a in _APOS]
          + ["Consejo de Administración", "Consejo de Administracion", "理事会"],
    "ILC": ["International Labour Conference", "Conférence internationale du Travail",
            "Conferencia Internacional del Trabajo", "Conference", "conference", "Conférence", "conférence",
            "Conferencia", "conferencia", "CIT", "ILC", "国际劳工大会", "劳工大会",
            "大会"],   # inside an ILO document; 联合国大会 and 联大 (GA) are longer and found first
    # names that contain a cue but are another body: matched so that they hide it
    "OTHER": ["执行理事会", "Executive Board", "Conference of the Parties", "Conference of Parties",
              "Conférence des Parties", "Conferencia de las Partes"],
}
_BODY_OF = {name: body for body, names in _CUES.items() for name in names}
_ANY = re.compile("|".join(re.escape(n) for n in sorted(_BODY_OF, key=len, reverse=True)))


def _cues(folded: str):
    for m in _ANY.finditer(folded):
        s, e = m.start(), m.end()
        body = _BODY_OF[m.group(0)]
        if body == "OTHER":
            continue
        if folded[s].isascii() and ((s and folded[s - 1].isalpha()) or (e < len(folded) and folded[e].isalpha())):
            continue                                    # part of a longer word
        yield s, e, body


class Cues:
    """Every body named in one text, found in one pass on first use, so that
    each citation looks only at the cues of its own clause (a text with
    thousands of citations stays linear)."""

    def __init__(self, folded: str):
        self.folded = folded
        self.starts: list[int] | None = None
        self.items: list[tuple[int, int, str]] = []

    def _load(self) -> None:
        self.items = list(_cues(self.folded))
        self.starts = [i[0] for i in self.items]

    def nearest(self, start: int, end: int, among: tuple[str, ...]) -> str | None:
        """The body among *among* named nearest to ``folded[start:end]`` in its clause."""
        if self.starts is None:
            self._load()
        lo = start - len(clause_before(self.folded, start))
        hi = end + len(clause_after(self.folded, end))
        best, best_dist = None, None
        i = bisect_left(self.starts, start) - 1
        while i >= 0 and self.items[i][0] >= lo:
            s, e, body = self.items[i]
            if e <= start and body in among and (best_dist is None or start - e < best_dist):
                best, best_dist = body, start - e
            i -= 1
        i = bisect_left(self.starts, end)
        while i < len(self.items) and self.items[i][1] <= hi:
            s, e, body = self.items[i]
            if body in among:
                if best_dist is None or s - end < best_dist:
                    best = body
                break
            i += 1
        return best


def nearest_body(folded: str, start: int, end: int, among: tuple[str, ...], cues: Cues | None = None) -> str | None:
    """The body among *among* named nearest to ``folded[start:end]`` in its clause."""
    return (cues or Cues(folded)).nearest(start, end, among)


def mentions(folded: str, body: str) -> bool:
    """Whether *folded* names *body* anywhere."""
    return any(b == body for _, _, b in _cues(folded))
