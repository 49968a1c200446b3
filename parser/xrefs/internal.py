"""References inside the document: paragraphs (``paragraph 10``,
``paragraphs 25–35``, ``第 6 – 15 段``), the draft decision's paragraph, the
appendix or annex, footnotes (``footnote 3``, superscript markers, ``[^3]``).

Targets are fragments on node ids: ``#p-10``, ``#p-25-35`` (a range is one
ref), ``#p-9(b)`` (an item), ``#appendix``, ``#annex-I``, ``#fn-3``; in an
enumeration each number is its own ref, the keyword staying on the first.

A paragraph of a *named* document (``GB.341/INS/7, paragraph 53``,
``paragraph 4 of resolution 72/279``, ``GB.341/INS/7号文件第53段``) gets the
document's target as prefix (``GB.341/INS/7#p-53``). A paragraph of an
unnamed external text (``paragraph 26 of the terms of reference``,
``article 19, paragraph 3``, ``该决议第 4 段``) is not a reference of this
document and is left out: precision first.
"""
from __future__ import annotations

import re

from bisect import bisect_left, bisect_right

from .normalise import zh_roman
from .spans import xref, Context, Taken

_PNUM = r"\d{1,5}(?: ?\([a-z]\)| [a-z]\))?"
_LATIN_PARA = {
    # the glue may repeat the keyword: "paragraph 3 or paragraph 4 of this article" is one list
    "en": (r"[Pp]aragraphs?|[Pp]aras?\.", r"(?: ?- ?| to )", r"(?:, |,? and |,? or )(?:paragraphs? )?"),
    "fr": (r"[Pp]aragraphes?|§", r"(?: ?- ?| à )", r"(?:, |,? et |,? ou )(?:(?:au )?paragraphes? )?"),
    "es": (r"[Pp][áa]rrafos?|[Pp][áa]rrs?\.", r"(?: ?- ?| a )", r"(?:, |,? y |,? o )(?:(?:el )?p[áa]rrafos? )?"),
}


def _para(kw: str, dash: str, glue: str) -> re.Pattern:
    return re.compile(r"(?<![A-Za-zÀ-ÿ])(?P<kw>" + kw + r") ?(?P<first>" + _PNUM + r")"
                      r"(?:" + dash + r"(?P<last>\d{1,5}))?(?!\d|[/.,]\d)"
                      r"(?P<rest>(?:" + glue + _PNUM + r"(?:" + dash + r"\d{1,5})?(?!\d|[/.,]\d)){0,12})")


_PARA = {lang: _para(*parts) for lang, parts in _LATIN_PARA.items()}
_ITEM = re.compile(r"(?:(?:paragraphs?|paragraphes?|p[áa]rrafos?) )?(?P<n>\d{1,5})(?: ?\((?P<a>[a-z])\)| (?P<b>[a-z])\))?(?:(?: ?- ?| to | à | a )(?P<last>\d{1,5}))?")

_ZH_RANGE = re.compile(r"第 ?(?P<n>\d{1,5}) ?段 ?(?:至|到|-) ?第 ?(?P<last>\d{1,5}) ?段")
_ZH_PARA = re.compile(r"第 ?" + _PNUM + r"(?: ?(?:至|到|-) ?第? ?\d{1,5})?"
                      r"(?: ?(?:、|和|及|与|,) ?第? ?" + _PNUM + r"(?: ?(?:至|到|-) ?第? ?\d{1,5})?){0,12} ?段")
_ZH_ITEM = re.compile(r"(?P<n>\d{1,5})(?: ?\((?P<a>[a-z])\))?(?: ?(?:至|到|-) ?第? ?(?P<last>\d{1,5}))?")

_DRAFT = [
    re.compile(r"(?<![A-Za-z])[Dd]raft decision (?:(?:is |as )?(?:contained |set out |proposed |found )?(?:in|at) )"
               r"paragraph (?P<n>\d{1,3})(?!\d)"),
    re.compile(r"(?<![A-Za-z])[Pp]rojet de d[ée]cision (?:(?:qui figure|figurant|pr[ée]sent[ée]) )?(?:au|dans le) "
               r"paragraphe (?P<n>\d{1,3})(?!\d)"),
    re.compile(r"(?<![A-Za-z])[Pp]royecto de decisi[oó]n (?:\(?que figura\)? |contenido )?en el "
               r"p[áa]rrafo (?P<n>\d{1,3})(?!\d)"),
    re.compile(r"[决決]定草案 ?[:,] ?第 ?(?P<n>\d{1,3}) ?段"),
    re.compile(r"第 ?(?P<n>\d{1,3}) ?段(?:中|所载|内)?的[决決]定草案"),
]

_ROMAN = r"[IVX]{1,5}"
_APPX_LATIN = re.compile(r"(?<![A-Za-zÀ-ÿ/])(?P<kw>[Aa]ppendix|[Aa]nnex|[Aa]nnexe|[Aa]ppendice|[Aa]nexo|[Aa]p[ée]ndice)"
                         r"(?: (?P<n>" + _ROMAN + r"|[A-H]|\d{1,2})(?![A-Za-z0-9]))?(?![A-Za-zÀ-ÿ])")
_APPX_ZH = re.compile(r"(?P<kw>附录|附件) ?(?P<n>" + _ROMAN + r"|[一二三四五六七八九十]{1,2}|\d{1,2})?(?![A-Za-z0-9])")
_APPX_KIND = {"appendix": "appendix", "appendice": "appendix", "apéndice": "appendix", "apendice": "appendix",
              "annex": "annex", "annexe": "annex", "anexo": "annex", "附录": "appendix", "附件": "annex"}

_SUP = re.compile(r"(?P<sup>[⁰¹²³⁴-⁹]{1,3})")
_SUP_VALUE = {c: str(i) for i, c in enumerate("⁰¹²³⁴⁵⁶⁷⁸⁹")}
_MD_NOTE = re.compile(r"\[\^(?P<n>\d{1,4})\]")
# circled numbers ① … ⑳ cite notes 1–20 (older Chinese layouts), and a bracketed
# number glued to the end of a sentence, "… 1994.(1)", is a note in some exports
_CIRCLED = re.compile(r"[\u2460-\u2473]")
_BRACKET_NOTE = re.compile(r"(?<=[.。;；,，:：”\"'’])\((?P<n>\d{1,2})\)(?![A-Za-z0-9(])")
_NOTE_WORDS = re.compile(r"(?<![A-Za-z])(?:[Ff]ootnote|[Nn]ote de bas de page|[Nn]ota (?:a|de) pie de p[áa]gina) (?P<n>\d{1,3})(?![\d/])"
                         r"|脚注 ?(?P<zh>\d{1,3})(?!\d)")

# After a paragraph or annex: "of the terms of reference" → another text.
# sub-labels printed after the number ("paragraph 6 (A) (ii) of its statute") are skipped
_OF_LATIN = re.compile(r"(?: ?\([A-Za-z0-9]{1,4}\)){0,3},? (?:of|to|de|du|des|del|de la|de l['’]) ?"
                       r"(?:the |its |their |his |her |la |el |le |los |las |sa |son |ses |su |sus |l['’])?"
                       r"(?P<what>[\wÀ-ÿ]+)")
# "the annex thereto", "l'annexe à celle-ci", "el anexo de la misma": the annex of a text just named
_EXTERNAL_AFTER = re.compile(r",? (?:thereto|therein|thereof|to (?:that|the said) (?:resolution|decision|document)"
                             r"|(?:à|de) (?:celle-ci|celui-ci|ladite|ledit)|de (?:la misma|dicha|esta última|ésta)"
                             r")\b")
# "of the present document" is this document; "of the report", "of the annex"
# may be another text or another numbering: left out (precision first)
_INTERNAL_WORDS = {"present", "this", "présent", "présente", "presente", "este", "esta", "cette", "ce"}
# ... followed by one of these: "of this article" is an article's paragraph
_INTERNAL_NOUNS = re.compile(r" ?(?:document|paper|report|note|documento|informe|nota|rapport|texte|text)\b")
_BEFORE_LATIN = re.compile(r"(?:[Aa]rticles?|[Aa]rt[íi]culos?|[Rr]ules?|[Rr][èe]gles?|[Rr]eglas?|[Ss]ections?|"
                           r"[Ss]ecci[óo]n|[Cc]hapter|[Cc]hapitre|[Cc]ap[íi]tulo)\s+[\dIVXLC]{1,6}[a-z]?,?\s*$")
_BEFORE_ZH = re.compile(r"(?:条|決議|决议|公约|建议书|章程|宪章|宣言|议定书|协定|规则|条例|报告|议程|决定|导则|框架)(?:的)? ?$")
# a closing bracket may end the document's citation: "(A/51/218 and Corr.2), annex"
# "A/51/218, annex", "(… Corr.2), annex", "chap. I, resolution 1, annex": the annex
# of the document the citation before the comma names, not this document's
_CITATION_TAIL = re.compile(r"(?:[/.][\w.]{0,12}\d|[)）]|(?:[Rr]esolution|[Dd]ecision|chap\.) [\dIVX]{1,5}),\s*$")
_GLUE_BEFORE = re.compile(r"^[)）]?(?:,? ?| ?号?文件 ?(?:的 ?)?,? ?| ?的 ?)$")
_GLUE_AFTER = re.compile(r"^,? ?(?:of|in|to|de|du|del|de la|de l['’])? ?(?:the |la |el |le )?"
                         r"(?:(?:document|documento|report|rapport|informe) ?)?$")
_GLUE_MAX = 40
DOC_KINDS = ("gb_document", "ilc_document", "un_document", "un_resolution", "un_decision")


def _para_target(n: str, item: str | None, last: str | None) -> str:
    t = f"#p-{int(n)}"
    if last:
        t += f"-{int(last)}"
    if item:
        t += f"({item})"
    return t


def _paragraphs(folded: str, lang: str, low: str, out: list) -> None:
    if lang == "zh" or "段" in folded:
        if "段" in folded:
            taken = Taken()
            for m in _ZH_RANGE.finditer(folded):
                out.append(xref("paragraph", m.start(), m.end(), _para_target(m["n"], None, m["last"])))
                taken.add(m.start(), m.end())
            for m in _ZH_PARA.finditer(folded):
                if m.start() in taken:
                    continue
                items = list(_ZH_ITEM.finditer(folded, m.start() + 1, m.end()))
                group = []
                for i, it in enumerate(items):
                    start = m.start() if i == 0 else it.start()
                    if i > 0 and folded[it.start() - 1] == "第":
                        start = it.start() - 1
                    end = m.end() if i == len(items) - 1 else it.end()
                    group.append(xref("paragraph", start, end, _para_target(it["n"], it["a"], it["last"])))
                out.append(group)
    pats = [_PARA[lang]] if lang in _PARA else [
        p for key, p in (("paragra", _PARA["en"]), ("paragraphe", _PARA["fr"]), ("rrafo", _PARA["es"]),
                         ("párr", _PARA["es"]), ("parr", _PARA["es"]), ("§", _PARA["fr"])) if key in low]
    for pat in dict.fromkeys(pats):
        for m in pat.finditer(folded):
            first = _ITEM.fullmatch(m.group("first"))
            end = m.end("last") if m.group("last") else m.end("first")
            group = [xref("paragraph", m.start(), end,
                          _para_target(first["n"], first["a"] or first["b"], m.group("last")))]
            base = m.start("rest")
            for it in _ITEM.finditer(m.group("rest")):
                group.append(xref("paragraph", base + it.start(), base + it.end(),
                                  _para_target(it["n"], it["a"] or it["b"], it["last"])))
            out.append(group)


def _appendices(folded: str, out: list) -> None:
    for pat in (_APPX_LATIN, _APPX_ZH):
        for m in pat.finditer(folded):
            kind = _APPX_KIND[m.group("kw").lower()]
            n = zh_roman(m.group("n"))
            out.append(xref("appendix", m.start(), m.end(), f"#{kind}-{n}" if n else f"#{kind}"))


def _footnotes(folded: str, out: list) -> None:
    for m in _SUP.finditer(folded):
        s = m.start()
        if s == 0 or folded[s - 1] == "\n":
            continue                  # the label of a footnote body, not a citation
        if folded[s - 1].isdigit() or folded[s - 1] in "⁰¹²³⁴⁵⁶⁷⁸⁹" or folded[max(0, s - 2):s] in ("km", "cm", "mm", "dm"):
            continue                  # a power (10³, km²), not a marker
        n = "".join(_SUP_VALUE[c] for c in m.group("sup"))
        out.append(xref("footnote", m.start(), m.end(), f"#fn-{int(n)}"))
    # the pattern's own scan, not a Python loop over every character, finds out
    # whether there is any circled number at all (most texts have none)
    for m in _CIRCLED.finditer(folded):
        s = m.start()
        if s == 0 or folded[s - 1].isspace():
            continue              # a list label ("① …") or a note's own label, not a citation
        out.append(xref("footnote", s, m.end(), f"#fn-{ord(m.group(0)) - 0x2460 + 1}"))
    if ".(" in folded or "。(" in folded or ")(" in folded or "(" in folded:
        for m in _BRACKET_NOTE.finditer(folded):
            out.append(xref("footnote", m.start(), m.end(), f"#fn-{int(m['n'])}"))
    if "[^" in folded:
        for m in _MD_NOTE.finditer(folded):
            if folded[m.end():m.end() + 1] == ":":
                continue              # "[^3]: …" defines footnote 3, it does not cite it
            out.append(xref("footnote", m.start(), m.end(), f"#fn-{int(m['n'])}"))
    if not ("ootnote" in folded or "bas de page" in folded or "pie de p" in folded or "脚注" in folded):
        return
    for m in _NOTE_WORDS.finditer(folded):
        out.append(xref("footnote", m.start(), m.end(), f"#fn-{int(m['n'] or m['zh'])}"))


def find(text: str, folded: str, ctx: Context, docs: list[dict]) -> list[dict]:
    """Internal refs of *folded*; *docs* are the document refs already found
    (sorted by start), used to prefix or to reject a paragraph or annex."""
    raw: list[dict] = []
    low = ctx.low
    if "段" in folded or "para" in low or "párr" in low or "parr" in low or "§" in folded:
        _paragraphs(folded, ctx.lang, low, raw)
    if "draft" in low or "projet" in low or "proyecto" in low or "定草案" in folded:
        for pat in _DRAFT:
            for m in pat.finditer(folded):
                raw.append(xref("draft_decision", m.start(), m.end(), f"#p-{int(m['n'])}"))
    if "nex" in low or "ppend" in low or "péndice" in low or "附" in folded:
        _appendices(folded, raw)
    _footnotes(folded, raw)
    out: list[dict] = []
    # docs do not overlap, so sorted by start they are sorted by end too
    docs_index = ([d["start"] for d in docs], [d["end"] for d in docs])
    external_end = None           # end of the last paragraph ref that was another text's
    groups = [e if isinstance(e, list) else [e] for e in raw]
    for group in sorted((g for g in groups if g), key=lambda g: g[0]["start"]):
        # one decision for an enumeration ("paragraphes 4 et 5 de la résolution 72/279")
        prefix = _attach(folded, group[0]["start"], group[-1]["end"], group[0]["kind"], docs, docs_index, ctx)
        if group[0]["kind"] == "paragraph":
            if prefix is None:
                external_end = group[-1]["end"]
            elif prefix == "" and external_end is not None and _same_sentence(folded, external_end, group[0]["start"]):
                # "paragraphs 1 to 10 of the annex thereto …, as well as paragraphs 13 and 14":
                # the later paragraphs of the sentence are of the same other text
                prefix = None
        if prefix is None:
            continue
        for s in group:
            s["target"] = prefix + s["target"]
            out.append(s)
    return _share_prefixes(folded, out)


_SENTENCE_END = re.compile(r"[.;。；!?！？]\s|\n")


def _same_sentence(folded: str, a: int, b: int) -> bool:
    return b - a <= 200 and not _SENTENCE_END.search(folded, a, b)


_AND = re.compile(r"^,? ?(?:and|et|y|和|及|以及|、) ?(?:the |l['’]|la |le |el )?$")


def _share_prefixes(folded: str, spans: list[dict]) -> list[dict]:
    """``paragraph 68 and Appendix II of GB.338/INS/5``: an internal ref
    coordinated with one that names a document belongs to that document too."""
    spans.sort(key=lambda s: s["start"])
    for a, b in zip(reversed(spans[:-1]), reversed(spans[1:])):
        if (a["target"].startswith("#") and "#" in b["target"] and not b["target"].startswith("#")
                and a["kind"] != "footnote" and b["start"] - a["end"] <= 12
                and _AND.match(folded[a["end"]:b["start"]])):
            a["target"] = b["target"].split("#")[0] + a["target"]
    return spans


def _attach(folded: str, start: int, end: int, kind: str, docs: list[dict], docs_index, ctx: Context) -> str | None:
    """The prefix of the reference at ``folded[start:end]``: the target of the
    document named right before or after it, "" when it is internal, None when
    it belongs to an unnamed external text (then it is dropped)."""
    if kind == "footnote":
        return ""
    starts, ends = docs_index
    i = bisect_right(ends, start) - 1          # the last document ending before the reference
    if i >= 0 and start - ends[i] <= _GLUE_MAX and _GLUE_BEFORE.match(folded[ends[i]:start]):
        return docs[i]["target"]
    j = bisect_left(starts, end)               # the first document starting after it
    if j < len(docs) and starts[j] - end <= _GLUE_MAX and _GLUE_AFTER.match(folded[end:starts[j]]):
        return docs[j]["target"]
    if kind == "appendix" and (_EXTERNAL_AFTER.match(folded, end)
                               or _CITATION_TAIL.search(folded, max(0, start - 30), start)):
        return None
    before = folded[max(0, start - 30):start]
    if ctx.lang == "zh" or "\u4e00" <= folded[start:start + 1] <= "\u9fff":
        if _BEFORE_ZH.search(before):
            return None
    if _BEFORE_LATIN.search(before):
        return None
    after = _OF_LATIN.match(folded, end)
    if after and not after.group("what").isdigit():
        if after.group("what").lower() not in _INTERNAL_WORDS:
            return None
        if not _INTERNAL_NOUNS.match(folded, after.end()):
            return None
    return ""
