"""The words of UN mastheads and resolutions in English, French, Spanish and
Chinese, as data (no logic beyond turning ordinal words into numbers).

Why a table: a masthead is the same in every language version (organ,
distribution, symbol, date, original language, session, agenda item), so the
recogniser in :mod:`.un_masthead` stays one piece of code and a language is a
few rows here.
"""
from __future__ import annotations

import re

#: organ names as printed (any case) → the English name used in ``meta.organ``
ORGANS = {
    "general assembly": "General Assembly", "assemblée générale": "General Assembly",
    "asamblea general": "General Assembly", "大会": "General Assembly",
    "security council": "Security Council", "conseil de sécurité": "Security Council",
    "consejo de seguridad": "Security Council", "安全理事会": "Security Council",
    "economic and social council": "Economic and Social Council",
    "conseil économique et social": "Economic and Social Council",
    "consejo económico y social": "Economic and Social Council",
    "经济及社会理事会": "Economic and Social Council",
    "human rights council": "Human Rights Council", "conseil des droits de l'homme": "Human Rights Council",
    "consejo de derechos humanos": "Human Rights Council", "人权理事会": "Human Rights Council",
}
#: the emblem line above the organ
UNITED_NATIONS = ("united nations", "nations unies", "naciones unidas", "联合国")
#: subsidiary bodies printed under the organ
SUBSIDIARY = ("working group on the universal periodic review",
              "groupe de travail sur l'examen périodique universel",
              "grupo de trabajo sobre el examen periódico universal", "普遍定期审议工作组")
#: main committees: "Third Committee", "Troisième Commission", "Tercera Comisión", "第三委员会"
COMMITTEE = re.compile(
    r"^(?:(?:First|Second|Third|Fourth|Fifth|Sixth) Committee"
    r"|(?:Première|Deuxième|Troisième|Quatrième|Cinquième|Sixième) Commission"
    r"|(?:Primera|Segunda|Tercera|Cuarta|Quinta|Sexta) Comisión"
    r"|第[一二三四五六]委员会)", re.IGNORECASE)
#: "Note by the Secretariat", "Report of the Secretary-General"… → meta.subtitle
SUBTITLES = re.compile(
    r"^(?:(?:Note|Report|Letter|Note verbale) (?:by|of|from) the (?:Secretariat|Secretary-General|President[^.]{0,60})"
    r"|(?:Note|Rapport) du (?:Secrétariat|Secrétaire général)"
    r"|(?:Nota|Informe) de la Secretaría|(?:Nota|Informe) del Secretario General"
    r"|秘书处的说明|秘书长的报告|秘书长的说明)[.。]?\*{0,3}$", re.IGNORECASE)
#: "draft resolution" / "projet de résolution" / "proyecto de resolución" / "决议草案", with sponsors before it
DRAFT = re.compile(r"^(?P<sponsors>.{0,200}?)[:：]?\s*(?P<star>\*{0,3})\s*"
                   r"(?P<kind>(?:revised )?draft (?:resolution|decision)|projet de (?:résolution|décision)(?: révisé)?"
                   r"|proyecto de (?:resolución|decisión)(?: revisado)?|决议草案|决定草案)$", re.IGNORECASE)
#: "Resolution adopted by the General Assembly on 26 November 2025" and its translations
ADOPTED = re.compile(
    r"^(?P<kind>Resolution|Decision|Résolution|Décision|Resolución|Decisión) "
    r"(?:adopted by|adoptée par|aprobada por) (?:the |l[ae'’] ?|el )?(?P<body>.+?) "
    r"(?:on|le|el) (?P<date>\d{1,2}(?:er)? (?:de )?\S+ (?:de )?\d{4})$"
    r"|^(?P<zbody>.{1,12}?)(?P<zdate>\d{4}年\d{1,2}月\d{1,2}日)通过的(?P<zkind>决议|决定)$", re.IGNORECASE)
#: "[without reference to a Main Committee (A/80/L.11)]", "[on the report of the Third Committee (A/80/480)]"
COMMITTEE_REFERENCE = re.compile(r"^[\[［](?P<text>[^\[\]]{4,200}?)[\]］]$")
#: acting body opening a resolution: "The General Assembly,", "L'Assemblée générale,", "大会，"
ACTING_BODY = re.compile(
    r"^(?:The (?:General Assembly|Security Council|Economic and Social Council|Human Rights Council|"
    r"General Conference[^,]{0,80}|Governing Body[^,]{0,60}|Conference|Council|Commission[^,]{0,60})"
    r"|L[’'] ?Assemblée générale|Le Conseil (?:de sécurité|économique et social|des droits de l[’']homme)"
    r"|La Asamblea General|El Consejo (?:de Seguridad|Económico y Social|de Derechos Humanos)"
    r"|大会|安全理事会|经济及社会理事会|人权理事会)\s*[,，]$")
#: the adoption line ending a resolution: "85th plenary meeting", "51e séance plénière", "第51次全体会议"
PLENARY = re.compile(
    r"^(?P<meeting>\d{1,4}(?:st|nd|rd|th|e|re|ª|a)?\.?\s*(?:plenary meeting|séance plénière|sesión plenaria)"
    r"|第\s?\d{1,4}\s?次全体会议)\s*(?P<date>\S.{0,40})?$", re.IGNORECASE)
ADOPTED_SC = re.compile(
    r"^(?:Adopted by the Security Council at its (?P<en>\d{1,5})(?:st|nd|rd|th) meeting, on (?P<den>.+?)"
    r"|Adoptée par le Conseil de sécurité à sa (?P<fr>\d{1,5})e séance, le (?P<dfr>.+?)"
    r"|Aprobada por el Consejo de Seguridad en su (?P<es>\d{1,5})ª sesión, celebrada el (?P<des>.+?)"
    r"|安全理事会\s?(?P<zdate>\d{4}年\d{1,2}月\d{1,2}日)第\s?(?P<zh>\d{1,5})\s?次会议通过)[.。]?$")

_EN_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_EN_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
             "seventeenth", "eighteenth", "nineteenth"]
_EN_TENS = {"twent": 20, "thirt": 30, "fort": 40, "fift": 50, "sixt": 60, "sevent": 70, "eight": 80, "ninet": 90}
_EN_CARD_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                 "eighty": 80, "ninety": 90}
_FR_UNITS = {"unième": 1, "deuxième": 2, "troisième": 3, "quatrième": 4, "cinquième": 5, "sixième": 6,
             "septième": 7, "huitième": 8, "neuvième": 9}
_FR_ORD = {"premier": 1, "première": 1, "deuxième": 2, "troisième": 3, "quatrième": 4, "cinquième": 5,
           "sixième": 6, "septième": 7, "huitième": 8, "neuvième": 9, "dixième": 10, "onzième": 11,
           "douzième": 12, "treizième": 13, "quatorzième": 14, "quinzième": 15, "seizième": 16,
           "vingtième": 20, "trentième": 30, "quarantième": 40, "cinquantième": 50, "soixantième": 60,
           "quatre-vingtième": 80}
_FR_TENS = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
            "soixante-dix": 70, "quatre-vingt": 80, "quatre-vingt-dix": 90}
_ES_UNITS = {"primero": 1, "primer": 1, "segundo": 2, "tercero": 3, "tercer": 3, "cuarto": 4, "quinto": 5,
             "sexto": 6, "séptimo": 7, "octavo": 8, "noveno": 9}
_ES_TENS = {"décimo": 10, "vigésimo": 20, "trigésimo": 30, "cuadragésimo": 40, "quincuagésimo": 50,
            "sexagésimo": 60, "septuagésimo": 70, "octogésimo": 80, "nonagésimo": 90}


def _english() -> dict[str, int]:
    out = {w: i for i, w in enumerate(_EN_UNITS, 1)}
    out.update({w: 10 + i for i, w in enumerate(_EN_TEENS)})
    for stem, tens in _EN_TENS.items():
        card = [k for k, v in _EN_CARD_TENS.items() if v == tens][0]
        out[stem + "ieth"] = tens
        for i, w in enumerate(_EN_UNITS, 1):
            out[f"{card}-{w}"] = tens + i
    return out


def _french() -> dict[str, int]:
    out = dict(_FR_ORD)
    for word, tens in _FR_TENS.items():
        units = dict(_FR_UNITS)
        if tens in (70, 90):                         # soixante-dixième, soixante et onzième…
            base = word[: -len("-dix")]
            out[word + "ième"] = tens
            for teen, n in (("onzième", 11), ("douzième", 12), ("treizième", 13), ("quatorzième", 14),
                            ("quinzième", 15), ("seizième", 16), ("dix-septième", 17), ("dix-huitième", 18),
                            ("dix-neuvième", 19)):
                joiner = " et " if n == 11 and tens == 70 else "-"
                out[f"{base}{joiner}{teen}"] = tens - 10 + n
            continue
        for u, n in units.items():
            joiner = " et " if n == 1 and tens != 80 else "-"
            out[f"{word}{joiner}{u}"] = tens + n
    return out


def _spanish() -> dict[str, int]:
    out = dict(_ES_UNITS)
    out.update(_ES_TENS)
    for tw, tens in _ES_TENS.items():
        for uw, n in _ES_UNITS.items():
            out[f"{tw} {uw}"] = tens + n
            out[f"{tw}{uw}"] = tens + n            # decimoquinto
    return out


ORDINAL_WORDS = {**_spanish(), **_french(), **_english()}
_ORDINAL_ALT = "|".join(sorted((re.escape(w) for w in ORDINAL_WORDS), key=len, reverse=True))
#: "Eightieth session", "Quatre-vingtième session", "Octogésimo período de sesiones", "第八十届会议",
#: "Seventh session" (of a working group); also "56th session"
SESSION = re.compile(
    rf"^(?P<word>{_ORDINAL_ALT})(?P<special> special| emergency special| extraordinaire| extraordinario)?"
    rf" (?:regular )?(?:session|período (?:extraordinario )?de sesiones)(?![A-Za-z])"
    r"|^(?P<digits>\d{1,3})(?:st|nd|rd|th|e) session(?![A-Za-z])"
    r"|^第(?P<zh>[一二三四五六七八九十百零]{1,6}|\d{1,3})届(?:特别)?会议", re.IGNORECASE)


def ordinal_value(word: str) -> int | None:
    """``Eightieth`` / ``quatre-vingtième`` / ``octogésimo`` → 80; None if unknown."""
    return ORDINAL_WORDS.get(word.strip().lower())
