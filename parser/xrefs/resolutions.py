"""UN resolutions and decisions cited in words, in four languages:
``resolution 72/279``, ``résolution 72/279``, ``resolución 72/279``,
``第 72/279 号决议`` → ``A/RES/72/279`` (kind ``un_resolution``);
``decision 74/563`` → ``A/DEC/74/563`` (``un_decision``).

The organ comes from the number's shape and the body named nearest in the
same clause (:mod:`.bodies`): ``NN/NNN`` is the General Assembly unless the
Human Rights Council is named; ``YYYY/N`` is ECOSOC (or the Commission on
Human Rights when named); ``NNNN (YYYY)`` is the Security Council; old GA
numbers carry their session in Roman numerals (``3363 (XXX)``). A keyword is
always required, so ``2019/20`` alone stays a biennium.
"""
from __future__ import annotations

import re

from .bodies import nearest_body
from .ga_sessions import session_of
from .spans import xref, Context

_NUM = (r"(?:S-\d{1,2}/\d{1,3}"
        r"|\d{1,4}/\d{1,4}(?: ?[A-Z](?![A-Za-z]))?"
        r"|\d{1,4} ?\(\d{4}\)|\d{1,4}(?: ?[A-Z])? ?\([IVXL]{1,7}\)"
        r"|\d{3,4}(?![\d/(]))")
_N = "(?:" + _NUM + ")"

# Latin languages: keyword, number, then a tight list ("71/243 and 72/279").
_KEY = {
    "en": (r"[Rr]esolutions?", r"[Dd]ecisions?", r"(?:,? and |, | & )"),
    "fr": (r"[Rr][ée]solutions?", r"[Dd][ée]cisions?", r"(?:,? et |, )"),
    "es": (r"[Rr]esoluci[oó]n(?:es)?", r"[Dd]ecisi[oó]n(?:es)?", r"(?:,? y |, )"),
}
_NO = r"(?:(?:No\.?|n°|no|núm\.|num\.|n\.o) ?)?"


# "resoluciones del Consejo Económico y Social 2008/2": the body between
_BODY_BETWEEN = (r"(?:(?:of the|del|de la|du|de l['’]) (?:General Assembly|Human Rights Council|"
                 r"Economic and Social Council|Security Council|Asamblea General|Consejo de Derechos Humanos|"
                 r"Consejo Econ[óo]mico y Social|Consejo de Seguridad|Assembl[ée]e g[ée]n[ée]rale|"
                 r"Conseil des droits de l['’]homme|Conseil [ée]conomique et social|Conseil de s[ée]curit[ée]) )?")


# the date a list member was adopted on, between two members
_DATE = (r"(?:,? (?:of|du|de|del) \d{1,2}(?:er)? (?:de )?[A-Za-zéû]{3,10} (?:de )?\d{4}"
         r"| \(\d{4}\))?")


def _latin(key: str, glue: str) -> re.Pattern:
    # no lookbehind in front: a literal first character lets the engine skip
    # ahead; the word boundary is checked in find()
    return re.compile(r"(?P<key>" + key + r") " + _BODY_BETWEEN + _NO + r"(?P<first>" + _N + r")"
                      r"(?P<rest>(?:" + _DATE + glue + _N + r"){0,30})(?![\d/])")


_LATIN = {lang: (_latin(r, g), _latin(d, g)) for lang, (r, d, g) in _KEY.items()}
_ANY_LATIN = (_latin(r"[Rr][ée]soluci[oó]n(?:es)?|[Rr][ée]solutions?", r"(?:,? (?:and|et|y) |, )"),
              _latin(r"[Dd][ée]cisi[oó]n(?:es)?|[Dd][ée]cisions?", r"(?:,? (?:and|et|y) |, )"))
_NUM_RE = re.compile(_NUM)
# a member of the list after the first, past its glue and the date before it
_MEMBER = re.compile(_DATE + r"(?:,? (?:and|et|y) |, | & )(?P<n>" + _N + r")")

# Chinese: 第 72/279 号决议, 第 71/243 号和第 72/279 号决议, 48/26号决议.
_ZH = re.compile(r"(?:第 ?)?" + _N + r" ?号(?:(?: ?(?:、|和|及|与|以及|,) ?)(?:第 ?)?" + _N + r" ?号){0,8} ?"
                 r"(?P<kw>决议|決議|决定|決定)")
_ZH_KW = re.compile(r"决议|決議|决定|決定")
_ZH_WINDOW = 160          # longer than any list the pattern accepts (9 items)
_ZH_ITEM = re.compile(r"(?:第 ?)?(?P<num>" + _N + r") ?号")

_ORGANS = ("GA", "HRC", "CHR", "ECOSOC", "SC")

# Security Council presidential statements cited in words → S/PRST/2015/25 (a document, not a resolution)
_PRST = re.compile(r"(?:[Pp]residential [Ss]tatement|[Dd][ée]claration (?:du |de la )?[Pp]r[ée]siden(?:t|ce|tielle)|"
                   r"[Dd]eclaraci[óo]n (?:de la |del )?[Pp]residen(?:cia|te)|主席声明) ?(?:S/PRST/)?(?P<n>(?:19|20)\d\d/\d{1,3})(?![\d/])")


def _target(num: str, body: str | None, decision: bool) -> str | None:
    """The symbol of resolution (or decision) *num* adopted by *body*."""
    n = num.replace(" ", "")
    if decision:
        if re.fullmatch(r"\d{1,2}/\d{1,4}", n):
            return f"A/DEC/{n}"
        return None
    if n.startswith("S-"):
        return f"A/RES/{n}"
    m = re.fullmatch(r"(\d{3,4})\((\d{4})\)", n)
    if m:
        return f"S/RES/{n}"
    if re.fullmatch(r"\d{1,4}[A-Z]?\([IVXL]+\)", n):
        return f"A/RES/{n}"
    if re.fullmatch(r"\d{3,4}", n):
        if body == "SC":
            return f"S/RES/{n}"
        session = session_of(int(n)) if body in (None, "GA") else None
        return f"A/RES/{n}({session})" if session else None
    first = int(n.split("/")[0])
    if 1945 <= first <= 2100:
        return f"E/CN.4/RES/{n}" if body == "CHR" else f"E/RES/{n}"
    if first > 99:
        return None
    if body == "HRC":
        return f"A/HRC/RES/{n}"
    return f"A/RES/{n}"


def _emit(out, folded, start, end, num, decision, cue_from=None, cues=None):
    # the body may sit between the keyword and the number ("resoluciones del
    # Consejo Económico y Social 2008/2"): look for it from the number
    body = nearest_body(folded, start if cue_from is None else cue_from, end, _ORGANS, cues)
    target = _target(num, body, decision)
    if target:
        out.append(xref("un_decision" if decision else "un_resolution", start, end, target))


def _zh_matches(folded: str):
    """_ZH matches, searched only in a window before each 决议/决定: the
    pattern has no literal first character, so a scan of the whole text would
    try it at every position."""
    done = 0
    for k in _ZH_KW.finditer(folded):
        lo = max(done, k.start() - _ZH_WINDOW)
        while lo < k.start() and (folded[lo].isdigit() or folded[lo] in "/()"):
            lo += 1                         # do not start inside a cut number
        for m in _ZH.finditer(folded, lo, k.end()):
            yield m
        done = k.end()


def find(text: str, folded: str, ctx: Context) -> list[dict]:
    out: list[dict] = []
    low = ctx.low
    if "statement" in low or "claration" in low or "declaraci" in low or "主席声明" in folded:
        for m in _PRST.finditer(folded):
            if m.start() and folded[m.start() - 1].isalpha() and folded[m.start()].isascii():
                continue
            out.append(xref("un_document", m.start(), m.end(), f"S/PRST/{m['n']}"))
    if ctx.lang == "zh" or "号" in folded:
        if "号" in folded and ("决" in folded or "決" in folded):
            for m in _zh_matches(folded):
                decision = m.group("kw") in ("决定", "決定")
                items = list(_ZH_ITEM.finditer(folded, m.start(), m.start("kw")))
                for i, it in enumerate(items):
                    end = m.end() if i == len(items) - 1 else it.end()
                    _emit(out, folded, it.start(), end, it.group("num"), decision, cues=ctx.cues)
    if ctx.lang != "zh" or "esolu" in folded or "cision" in folded:
        pats = _LATIN.get(ctx.lang, _ANY_LATIN)
        for pat, decision, word in ((pats[0], False, "olu"), (pats[1], True, "cisi")):
            if word not in low:
                continue
            for m in pat.finditer(folded):
                if m.start() and folded[m.start() - 1].isalpha():
                    continue
                _emit(out, folded, m.start(), m.end("first"), m.group("first"), decision, m.start("first"), ctx.cues)
                for n in _MEMBER.finditer(folded, m.start("rest"), m.end("rest")):
                    _emit(out, folded, n.start("n"), n.end("n"), n.group("n"), decision, cues=ctx.cues)
    return out
