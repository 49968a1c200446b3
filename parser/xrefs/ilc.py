"""International Labour Conference documents → kind ``ilc_document``, and a
bare ``ILC.109`` → kind ``session``.

Canonical targets: ``ILC.<session>/Report <ROMAN>(<part>)`` and
``ILC.<session>/Record <n><letter>``: ``ILC.107/V2`` → ``ILC.107/Report V(2)``,
``ILC.110/Compte rendu no 8C`` → ``ILC.110/Record 8C``,
``ILC107-PR7B(Rev.)`` → ``ILC.107/Record 7B(Rev.)``. A report cited without
its symbol (``Report III(A)``) takes the session named in the same sentence,
else ``ILC.?``; it needs its bracketed part to count (precision).
"""
from __future__ import annotations

import re

from .normalise import zh_roman
from .spans import xref, Context, Taken, clause_before, clause_after

_SESSION = r"ILC\.?(?P<s>\d{2,3})"
_RECORD = re.compile(r"(?<![A-Za-z0-9])" + _SESSION +
                     r"/(?:Record No\.|Compte rendu no|Compte rendu n°|Actas núm\.) ?(?P<n>\d{1,2}[A-Z]?)(?![A-Za-z0-9])")
_PR = re.compile(r"(?<![A-Za-z0-9])ILC(?P<s>\d{2,3})-PR(?P<n>\d{1,2}[A-Z]?)(?P<rev>\(Rev\.\))?(?![A-Za-z0-9])")
_REPORT_SYM = re.compile(
    r"(?<![A-Za-z0-9])" + _SESSION + r"/(?:(?:Report|Rapport|Informe) )?(?P<r>[IVX]{1,5})"
    r"(?: ?\((?P<p1>[A-C1-9])\)|/(?P<p2>[A-C1-9])|(?P<p3>[1-9]))?(?![A-Za-z0-9/])")
_REPORT_WORD = re.compile(
    r"(?<![A-Za-z/])(?:Report|Rapport|Informe) (?P<r>[IVX]{1,5}) ?\((?P<p>[A-C1-9]|Part B|Parte B|partie B)\)"
    r"(?P<rev>\(Rev\.\))?")
# 报告五, 报告五(1), 报告四(2B): a Conference report cited by its number in Chinese words
_ZH_REPORT = re.compile(r"报告 ?(?P<r>[一二三四五六七八九十]{1,2}|[IVX]{1,5})(?: ?\((?P<p>[A-C1-9][AB]?)\))?"
                        r"(?![一二三四五六七八九十份项个次条年月日名位点种篇期])")
_ZH_SESSION = re.compile(r"第 ?(\d{2,3}) ?届")
_ILC_SESSION = re.compile(r"(?<![A-Za-z0-9_\-])ILC\.(\d{2,3})(?![/\d])")
_SENTENCE_SESSION = re.compile(r"(\d{2,3})(?:th|st|nd|rd|e|ème|\. ?a|a) (?:\(Centenary\) )?(?:[Ss]ession|[Rr][ée]union|[Rr]euni[oó]n)")


def find(text: str, folded: str, ctx: Context) -> list[dict]:
    out: list[dict] = []
    if "ILC" in folded:
        for m in _RECORD.finditer(folded):
            out.append(xref("ilc_document", m.start(), m.end(), f"ILC.{m['s']}/Record {m['n']}"))
        for m in _PR.finditer(folded):
            out.append(xref("ilc_document", m.start(), m.end(),
                            f"ILC.{m['s']}/Record {m['n']}{'(Rev.)' if m['rev'] else ''}"))
        for m in _REPORT_SYM.finditer(folded):
            part = m["p1"] or m["p2"] or m["p3"]
            out.append(xref("ilc_document", m.start(), m.end(),
                            f"ILC.{m['s']}/Report {m['r']}" + (f"({part})" if part else "")))
        for m in _ILC_SESSION.finditer(folded):
            out.append(xref("session", m.start(), m.end(), f"ILC.{m.group(1)}"))
    if "Report " in folded or "Rapport " in folded or "Informe " in folded:
        taken = Taken(out)
        for m in _REPORT_WORD.finditer(folded):
            if m.start() in taken:
                continue
            sentence = clause_before(folded, m.start(), 300) + " " + clause_after(folded, m.end(), 300)
            ses = _SENTENCE_SESSION.search(sentence)
            part = m["p"][-1]
            target = f"ILC.{ses.group(1) if ses else '?'}/Report {m['r']}({part})" + ("(Rev.)" if m["rev"] else "")
            out.append(xref("ilc_document", m.start(), m.end(), target))
    if "报告" in folded:
        _chinese_reports(folded, out)
    return out


def _chinese_reports(folded: str, out: list) -> None:
    taken = Taken(out)
    for m in _ZH_REPORT.finditer(folded):
        if m.start() in taken:
            continue
        sentence = clause_before(folded, m.start(), 300) + " " + clause_after(folded, m.end(), 300)
        ses = _ZH_SESSION.search(sentence) or _SENTENCE_SESSION.search(sentence)
        part = f"({m['p']})" if m["p"] else ""
        out.append(xref("ilc_document", m.start(), m.end(),
                        f"ILC.{ses.group(1) if ses else '?'}/Report {zh_roman(m['r'])}{part}"))
