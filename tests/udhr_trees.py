"""The UDHR XML files of ../shared/peer/un (udhr__udhr_*.xml, efele.net
format) as councildoc trees, and the true paragraph alignment their
structure gives. The parser does not read this XML; the trees are built here
the way a reader of the printed declaration would give them, in three
shapes that test the aligner from easiest to hardest:

- ``sections``: each article a numbered section ("Article 21", number
  "21") whose paragraphs are numbered 1, 2, 3 when the article lists them;
- ``flat``: article headings found but not their numbers (unnumbered
  sub-headings), so paragraph numbers restart in one scope;
- ``unnumbered``: no number anywhere (headings and paragraphs aligned by
  order and length only).

The truth: article n paragraph k with article n paragraph k; the preamble
paragraph by paragraph, with the exceptions read off the files by hand (see
:data:`PREAMBLE_TRUTH`).
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from lxml import etree

from councildoc.parser import SCHEMA_VERSION

NS = "{http://efele.net/udhr}"
FILES = {"en": "udhr__udhr_eng.xml", "fr": "udhr__udhr_fra.xml", "es": "udhr__udhr_spa.xml",
         "zh": "udhr__udhr_cmn_hans.xml", "ru": "udhr__udhr_rus.xml", "ar": "udhr__udhr_arb.xml"}

#: preamble paragraphs of English (1-based) and their counterparts, read by
#: hand. en has 10: seven "Whereas…", "Now, therefore," "The General
#: Assembly", "Proclaims…". es has the same 10 ("Ahora, por tanto," "La
#: Asamblea General,"). fr has 9: no "Now, therefore,", then "L’Assemblée
#: générale" and "Proclame…"; ru the same ("Генеральная Ассамблея,",
#: "провозглашает…"). zh has 8: the last one, "因此现在,大会,发布这一世界人权宣言…",
#: holds the last three English paragraphs. ar has 9: six "ولما كان" (whereas)
#: paragraphs, the fourth English one (friendly relations between nations)
#: having none; "فإن الجمعية العامة" (then the General Assembly) for "Now,
#: therefore," and "The General Assembly"; "Proclaims…" in two paragraphs
#: ("تنادي بهذا الإعلان العالمي لحقوق الإنسان" and "على أنه المستوى المشترك…").
PREAMBLE_TRUTH = {
    "es": [((k,), (k,)) for k in range(1, 11)],
    "fr": [((k,), (k,)) for k in range(1, 8)] + [((9,), (8,)), ((10,), (9,))],
    "ru": [((k,), (k,)) for k in range(1, 8)] + [((9,), (8,)), ((10,), (9,))],
    "zh": [((k,), (k,)) for k in range(1, 8)] + [((8, 9, 10), (8,))],
    "ar": [((1,), (1,)), ((2,), (2,)), ((3,), (3,)), ((5,), (4,)), ((6,), (5,)), ((7,), (6,)),
           ((8, 9), (7,)), ((10,), (8, 9))],
}


def read_udhr(folder: Path, lang: str) -> etree._Element:
    return etree.parse(str(folder / FILES[lang])).getroot()


def _paras(element) -> list[str]:
    return [" ".join("".join(p.itertext()).split()) for p in element.iter(f"{NS}para")]


def udhr_tree(folder: Path, lang: str, shape: str = "sections") -> dict:
    """The declaration in *lang* as a tree of the given *shape*."""
    root = read_udhr(folder, lang)
    body: list[dict] = []
    unnumbered = 0

    def plain(text: str) -> dict:
        nonlocal unnumbered
        unnumbered += 1
        return {"type": "paragraph", "id": f"u-{unnumbered}", "number": None, "text": text, "spans": [], "lines": [1, 1]}

    for note in root.findall(f"{NS}note"):
        body.extend(plain(t) for t in _paras(note))
    preamble = root.find(f"{NS}preamble")
    body.append(_section("preamble", None, preamble.findtext(f"{NS}title"), [plain(t) for t in _paras(preamble)]))
    for article in root.findall(f"{NS}article"):
        n = article.get("number")
        listed = article.find(f"{NS}orderedlist") is not None
        children = []
        for k, text in enumerate(_paras(article), 1):
            if listed and shape != "unnumbered":
                children.append({"type": "paragraph", "id": f"p-{n}-{k}", "number": k, "marker": f"{k}.",
                                 "text": text, "spans": [], "lines": [1, 1]})
            else:
                children.append(plain(text))
        number = n if shape == "sections" else None
        body.append(_section(f"art-{n}", number, article.findtext(f"{NS}title"), children))
    title = root.findtext(f"{NS}title")
    return {"schema_version": SCHEMA_VERSION, "source": {"path": FILES[lang], "format": "text",
                                                         "sha256": hashlib.sha256(FILES[lang].encode()).hexdigest()},
            "symbol": "A/RES/217(III)", "symbol_inferred": False, "language": lang,
            "meta": {"header": [], "other": [], "title": title}, "body": body, "footnotes": [], "diagnostics": []}


def _section(sid: str, number, heading: str, children: list) -> dict:
    return {"type": "section", "id": sid, "level": 1, "number": number, "heading": heading, "children": children}


def udhr_truth(folder: Path, lang: str) -> list[tuple[str, str]]:
    """(English text, *lang* text) of every truly corresponding paragraph
    (or paragraphs, joined by a space, or nothing in Chinese)."""
    en, other = read_udhr(folder, "en"), read_udhr(folder, lang)
    joiner = "" if lang == "zh" else " "
    pre_en, pre_other = _paras(en.find(f"{NS}preamble")), _paras(other.find(f"{NS}preamble"))
    out = [(" ".join(pre_en[k - 1] for k in ks), joiner.join(pre_other[k - 1] for k in ls))
           for ks, ls in PREAMBLE_TRUTH[lang]]
    arts_other = {a.get("number"): a for a in other.findall(f"{NS}article")}
    for article in en.findall(f"{NS}article"):
        mine, theirs = _paras(article), _paras(arts_other[article.get("number")])
        assert len(mine) == len(theirs), article.get("number")
        out.extend(zip(mine, theirs))
    return out
