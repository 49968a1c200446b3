"""Small hand-written language versions of one convention (en, fr, zh) as
trees, for the alignment tests: a title, a preamble of unnumbered
paragraphs, articles whose paragraph numbering restarts, a table and
unnumbered paragraphs. The versions differ the way real translations do,
on purpose (see each list)."""
from __future__ import annotations

from councildoc.parser import SCHEMA_VERSION, validate_tree


def para(pid: str, text: str, number: int | None = None, items=None) -> dict:
    node = {"type": "paragraph", "id": pid, "number": number, "text": text, "spans": [], "lines": [1, 1]}
    if items:
        node["items"] = [{"id": f"{pid}-{label}", "label": label, "text": t, "spans": []} for label, t in items]
    return node


def section(sid: str, heading: str, children: list, number: str | None = None) -> dict:
    return {"type": "section", "id": sid, "level": 1, "number": number, "heading": heading, "children": children}


def table(tid: str, header: list[str], rows: list[list[str]], caption: str | None = None) -> dict:
    return {"type": "table", "id": tid, "caption": caption, "header": header,
            "rows": [{"kind": "data", "cells": [{"text": c, "spans": []} for c in row]} for row in rows]}


def tree(lang: str, title: str, body: list, footnotes=()) -> dict:
    out = {"schema_version": SCHEMA_VERSION, "source": {"path": f"convention.{lang}.txt", "format": "text",
                                                        "sha256": "0" * 64},
           "symbol": "CONV/1", "symbol_inferred": False, "language": lang,
           "meta": {"header": [], "other": [], "title": title}, "body": body,
           "footnotes": list(footnotes), "diagnostics": []}
    validate_tree(out)
    return out


def articles(numbered: bool, texts: dict) -> list:
    """Articles 1–3 from *texts*: headings, then paragraphs 1, 2… (numbering
    restarts in each article), Article 2 with a table and a closing
    unnumbered paragraph, Article 3 unnumbered paragraphs."""
    def num(n):
        return str(n) if numbered else None
    art1 = section("art-1", texts["h1"], [para("p-1", texts["1.1"], 1), para("p-2", texts["1.2"], 2)], num(1))
    art2 = section("art-2", texts["h2"], [para("p-1-2", texts["2.1"], 1), para("p-2-2", texts["2.2"], 2),
                                          para("p-3", texts["2.3"], 3, texts.get("2.3 items")),
                                          texts["table"], para("u-9", texts["2.end"])], num(2))
    art3 = section("art-3", texts["h3"], [para(f"u-{10 + k}", t) for k, t in enumerate(texts["3"])], num(3))
    return [art1, art2, art3]


EN = {
    "title": "Convention on the Protection of Public Records",
    "preamble": ["The States Parties to this Convention,",
                 "Recognizing that public records are part of the common heritage of humanity and must be preserved "
                 "for the generations to come,",
                 "Considering that the loss of records in armed conflicts and natural disasters is a loss for all "
                 "peoples, and that cooperation between archives services is needed to prevent it,",
                 "Have agreed as follows:"],
    "h1": "Article 1", "h2": "Article 2", "h3": "Article 3",
    "1.1": "For the purposes of this Convention, public records are documents made or received by a public authority "
           "in the course of its work.",
    "1.2": "Each State Party shall keep a register of its public records.",
    "2.1": "Each State Party shall protect its public records against destruction and loss.",
    "2.2": "States Parties shall report to one another any loss of public records within three months.",
    "2.3": "The report shall state:",
    "2.3 items": [("a", "the records lost;"), ("b", "the cause of the loss.")],
    "table": table("table-1", ["Year", "Records lost"], [["1990", "1,200"], ["2000", "3,450"], ["2010", "780"]],
                   caption="Records lost by year"),
    "2.end": "This article applies from the date on which the Convention enters into force.",
    "3": ["This Convention shall be open for signature by all States at the headquarters of the Depositary.",
          "It shall be subject to ratification."],
}

#: fr differs from en: the third preambular paragraph is split in two (1–2);
#: Article 3 has a translator's note no other version has (0–1); the table
#: has a total row en lacks (0–1)
FR = {
    "title": "Convention sur la protection des archives publiques",
    "preamble": ["Les États parties à la présente Convention,",
                 "Reconnaissant que les archives publiques font partie du patrimoine commun de l’humanité et doivent "
                 "être préservées pour les générations à venir,",
                 "Considérant que la perte d’archives lors de conflits armés et de catastrophes naturelles est une "
                 "perte pour tous les peuples,",
                 "Considérant en outre qu’une coopération entre les services d’archives est nécessaire pour la "
                 "prévenir,",
                 "Sont convenus de ce qui suit :"],
    "h1": "Article premier", "h2": "Article 2", "h3": "Article 3",
    "1.1": "Aux fins de la présente Convention, les archives publiques sont les documents produits ou reçus par une "
           "autorité publique dans l’exercice de ses fonctions.",
    "1.2": "Chaque État partie tient un registre de ses archives publiques.",
    "2.1": "Chaque État partie protège ses archives publiques contre la destruction et la perte.",
    "2.2": "Les États parties se signalent mutuellement toute perte d’archives publiques dans un délai de trois mois.",
    "2.3": "Le signalement indique :",
    "2.3 items": [("a", "les archives perdues ;"), ("b", "la cause de la perte.")],
    "table": table("table-1", ["Année", "Archives perdues"],
                   [["1990", "1 200"], ["2000", "3 450"], ["2010", "780"], ["Total", "5 430"]],
                   caption="Archives perdues par année"),
    "2.end": "Le présent article s’applique à compter de la date d’entrée en vigueur de la Convention.",
    "3": ["La présente Convention est ouverte à la signature de tous les États au siège du dépositaire.",
          "Note du traducteur : le terme « archives » rend « records » dans toute la présente Convention, "
          "conformément à l’usage établi par les services d’archives des États francophones.",
          "Elle est soumise à ratification."],
}

#: zh differs from en: the first two preambular paragraphs are one (2–1)
ZH = {
    "title": "保护公共档案公约",
    "preamble": ["本公约缔约国，认识到公共档案是人类共同遗产的一部分，必须为子孙后代加以保存，",
                 "考虑到在武装冲突和自然灾害中损失档案是所有民族的损失，需要档案机构之间开展合作加以防止，",
                 "议定如下："],
    "h1": "第一条", "h2": "第二条", "h3": "第三条",
    "1.1": "为本公约的目的，公共档案是指公共机关在工作中形成或收到的文件。",
    "1.2": "各缔约国应保存其公共档案登记册。",
    "2.1": "各缔约国应保护其公共档案免遭销毁和损失。",
    "2.2": "缔约国应在三个月内相互通报公共档案的任何损失。",
    "2.3": "通报应说明：",
    "2.3 items": [("a", "损失的档案；"), ("b", "损失的原因。")],
    "table": table("table-1", ["年份", "损失的档案"], [["1990", "1,200"], ["2000", "3,450"], ["2010", "780"]],
                   caption="按年份分列的档案损失"),
    "2.end": "本条自本公约生效之日起适用。",
    "3": ["本公约开放供所有国家在保存人总部签署。", "本公约须经批准。"],
}


def convention(lang: str, numbered_articles: bool = True) -> dict:
    """The convention in *lang*; with *numbered_articles* False the article
    headings carry no number (a reader that did not recognise them), so
    paragraph numbers restart inside one scope."""
    texts = {"en": EN, "fr": FR, "zh": ZH}[lang]
    preamble = section("preamble", {"en": "Preamble", "fr": "Préambule", "zh": "序言"}[lang],
                       [para(f"u-{k}", t) for k, t in enumerate(texts["preamble"], 1)])
    return tree(lang, texts["title"], [preamble] + articles(numbered_articles, texts))
