"""Which council or body a clause names: the cue that decides the organ of a
resolution cited in words (``Human Rights Council … resolution 17/4``) and
the body of a session (``335th Session of the Governing Body``).

The nearest cue in the same clause wins (before or after the citation).
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .spans import clause_before, clause_after

_CUES = {
    "GA": r"General Assembly|Assembl[ée]e g[ée]n[ée]rale|Asamblea General|联合国大会|联大",
    "HRC": r"Human Rights Council|Conseil des droits de l[’']homme|Consejo de Derechos Humanos|人权理事会",
    "CHR": r"Commission on Human Rights|Commission des droits de l[’']homme|Comisi[óo]n de Derechos Humanos|人权委员会",
    "ECOSOC": (r"Economic and Social Council|ECOSOC|Conseil [ée]conomique et social|"
               r"Consejo Econ[óo]mico y Social|经社理事会|经济及社会理事会"),
    "SC": r"Security Council|Conseil de s[ée]curit[ée]|Consejo de Seguridad|安全理事会|安理会",
    "GB": (r"Governing Body|Conseil d[’']administration|Consejo de Administraci[óo]n|"
           r"(?<!人权)(?<!经社)(?<!安全)(?<!社会)(?<!执行)理事会"),
    "ILC": (r"International Labour Conference|Conf[ée]rence internationale du Travail|"
            r"Conferencia Internacional del Trabajo|\bConference\b|\bConf[ée]rence\b|\bConferencia\b|"
            r"\bCIT\b|\bILC\b|国际劳工大会|劳工大会"),
}
_ANY = re.compile("|".join(f"(?P<{k}>{v})" for k, v in _CUES.items()), re.IGNORECASE)


class Cues:
    """Every body named in one text, found in one pass on first use, so that
    each citation looks only at the cues of its own clause (a text with
    thousands of citations stays linear)."""

    def __init__(self, folded: str):
        self.folded = folded
        self.starts: list[int] | None = None
        self.items: list[tuple[int, int, str]] = []

    def _load(self) -> None:
        self.items = [(m.start(), m.end(), m.lastgroup) for m in _ANY.finditer(self.folded)]
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
    return re.search(_CUES[body], folded, re.IGNORECASE) is not None
