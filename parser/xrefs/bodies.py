"""Which council or body a clause names: the cue that decides the organ of a
resolution cited in words (``Human Rights Council … resolution 17/4``) and
the body of a session (``335th Session of the Governing Body``).

The nearest cue in the same clause wins (before or after the citation).
"""
from __future__ import annotations

import re

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


def nearest_body(folded: str, start: int, end: int, among: tuple[str, ...]) -> str | None:
    """The body among *among* named nearest to ``folded[start:end]`` in its clause."""
    before = clause_before(folded, start)
    after = clause_after(folded, end)
    best, best_dist = None, None
    for m in _ANY.finditer(before):
        if m.lastgroup in among:
            dist = len(before) - m.end()
            if best_dist is None or dist <= best_dist:
                best, best_dist = m.lastgroup, dist
    for m in _ANY.finditer(after):
        if m.lastgroup in among:
            dist = m.start()
            if best_dist is None or dist < best_dist:
                best, best_dist = m.lastgroup, dist
            break
    return best


def mentions(folded: str, body: str) -> bool:
    """Whether *folded* names *body* anywhere."""
    return re.search(_CUES[body], folded, re.IGNORECASE) is not None
