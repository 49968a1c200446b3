"""The words of the header block in each language, as data.

Governing Body documents carry the same header in every language version
(council, session, section, date, original language, agenda item, then the
labelled box: purpose, strategic objective, implications…). This module holds
only the per-language vocabulary, so that adding a language is adding rows,
not code; :mod:`.header` does the recognising and :mod:`.header_values` turns
values (dates, ordinals, language names) into normalised form.

Labels are looked up after :func:`label_key` (lower case, apostrophes and
spaces normalised), so ``Date :`` with the French (narrow) no-break space and
``Date:`` are the same key.
"""
from __future__ import annotations

import re

#: council / organisation lines → meta field
COUNCILS = {
    "理事会": "council", "国际劳工局": "office", "国际劳工组织": "organization",
    "governing body": "council", "international labour office": "office",
    "international labour organization": "organization",
    "conseil d'administration": "council", "bureau international du travail": "office",
    "organisation internationale du travail": "organization",
    "consejo de administración": "council", "oficina internacional del trabajo": "office",
    "organización internacional del trabajo": "organization",
}

#: segment codes printed next to (or under) the section name
SEGMENT_CODES = {"INS", "POL", "PFA", "LILS", "HL", "STM", "ESP", "TC", "WP/SDG"}

#: "label: value" lines (and block labels, see BLOCK_LABELS) → meta field
LABELLED = {
    # zh
    "概要": "summary", "作者单位": "author_unit", "相关文件": "related_documents",
    "本文件目的": "purpose", "目的": "purpose", "所涉战略目标": "strategic_objective",
    "主要相关成果": "main_outcome", "政策影响": "policy_implications",
    "法律影响": "legal_implications", "财务影响": "financial_implications",
    "后续行动": "follow_up", "所需决定": "decision_required", "日期": "date",
    "原文": "original_language",
    # en
    "date": "date", "original": "original_language", "summary": "summary",
    "purpose of the document": "purpose", "relevant strategic objective": "strategic_objective",
    "main relevant outcome": "main_outcome", "policy implications": "policy_implications",
    "legal implications": "legal_implications", "financial implications": "financial_implications",
    "follow-up action required": "follow_up", "author unit": "author_unit",
    "related documents": "related_documents", "decision required": "decision_required",
    # fr ("date", "original" shared with en)
    "résumé": "summary", "objet du document": "purpose",
    "objectif stratégique pertinent": "strategic_objective",
    "principal résultat pertinent": "main_outcome",
    "incidences sur le plan des politiques": "policy_implications",
    "incidences juridiques": "legal_implications", "incidences financières": "financial_implications",
    "suivi nécessaire": "follow_up", "unité auteur": "author_unit",
    "documents connexes": "related_documents", "décision requise": "decision_required",
    # es ("original" shared)
    "fecha": "date", "resumen": "summary", "finalidad del documento": "purpose",
    "objetivo estratégico pertinente": "strategic_objective",
    "resultado más pertinente": "main_outcome",
    "repercusiones en materia de políticas": "policy_implications",
    "repercusiones jurídicas": "legal_implications", "repercusiones financieras": "financial_implications",
    "seguimiento requerido": "follow_up", "unidad autora": "author_unit",
    "documentos conexos": "related_documents", "decisión requerida": "decision_required",
}

#: labels that may stand alone on a line, their value in the lines below
BLOCK_LABELS = {"summary", "purpose"}

#: language names as printed after "Original:" → ISO 639-1
LANGUAGE_NAMES = {
    "英文": "en", "法文": "fr", "西班牙文": "es", "中文": "zh", "俄文": "ru",
    "阿拉伯文": "ar", "德文": "de",
    "english": "en", "french": "fr", "spanish": "es", "chinese": "zh", "russian": "ru",
    "arabic": "ar", "german": "de",
    "anglais": "en", "français": "fr", "espagnol": "es", "chinois": "zh", "russe": "ru",
    "arabe": "ar", "allemand": "de",
    "inglés": "en", "francés": "fr", "español": "es", "chino": "zh", "ruso": "ru",
    "árabe": "ar", "alemán": "de",
}

MONTHS = {
    # en
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    # fr
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    # es ("setiembre" is the variant spelling)
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}

_EN_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_EN_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
             "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
_FR_UNITS = ["unième", "deuxième", "troisième", "quatrième", "cinquième", "sixième", "septième",
             "huitième", "neuvième"]
_FR_TEENS = ["dixième", "onzième", "douzième", "treizième", "quatorzième", "quinzième", "seizième",
             "dix-septième", "dix-huitième", "dix-neuvième"]
_ES_UNITS = ["primero", "segundo", "tercero", "cuarto", "quinto", "sexto", "séptimo", "octavo", "noveno"]
_ES_TEENS = ["décimo", "undécimo", "duodécimo", "decimotercero", "decimocuarto", "decimoquinto",
             "decimosexto", "decimoséptimo", "decimoctavo", "decimonoveno"]


def _ordinals() -> dict[str, int]:
    """Ordinal words 1–39 in en, fr, es (agenda items never go further)."""
    out: dict[str, int] = {}
    for i, w in enumerate(_EN_UNITS, 1):
        out[w] = i
        out[f"twenty-{w}"] = 20 + i
        out[f"thirty-{w}"] = 30 + i
    for i, w in enumerate(_EN_TEENS):
        out[w] = 10 + i
    out["twentieth"], out["thirtieth"] = 20, 30
    out["premier"] = out["première"] = 1
    out["second"] = out["seconde"] = 2
    for i, w in enumerate(_FR_UNITS, 1):
        if i > 1:
            out[w] = i
        out[f"vingt-{w}" if i > 1 else "vingt et unième"] = 20 + i
        out[f"trente-{w}" if i > 1 else "trente et unième"] = 30 + i
    for i, w in enumerate(_FR_TEENS):
        out[w] = 10 + i
    out["vingtième"], out["trentième"] = 20, 30
    out["primer"], out["tercer"], out["sétimo"] = 1, 3, 7
    for i, w in enumerate(_ES_UNITS, 1):
        out[w] = i
        out[f"vigésimo {w}"] = 20 + i
        out[f"trigésimo {w}"] = 30 + i
    out["vigésimo primer"], out["vigésimo tercer"] = 21, 23
    for i, w in enumerate(_ES_TEENS):
        out[w] = 10 + i
    out["decimoprimero"], out["decimosegundo"] = 11, 12
    out["vigésimo"], out["trigésimo"] = 20, 30
    return out


ORDINALS = _ordinals()
_ORD = "|".join(sorted((re.escape(w) for w in ORDINALS), key=len, reverse=True))

#: agenda item lines; group ``n`` is digits or an ordinal word
AGENDA_PATTERNS = [
    re.compile(r"^第\s*(?P<n>[\d一二三四五六七八九十百零〇两]{1,6})\s*项议程$"),
    re.compile(rf"^(?P<n>{_ORD}) item on the agenda$", re.IGNORECASE),
    re.compile(r"^(?:agenda item|item)\s+(?P<n>\d{1,3})(?: of the agenda)?$", re.IGNORECASE),
    re.compile(rf"^(?P<n>{_ORD}) (?:question|point) (?:à|de) l'ordre du jour$", re.IGNORECASE),
    re.compile(r"^(?:point|question)\s+(?:(?P<n>\d{1,3})\s+)?(?:de|à) l'ordre du jour(?:\s+(?P<n2>\d{1,3}))?$", re.IGNORECASE),
    re.compile(rf"^(?P<n>{_ORD}) punto del orden del día$", re.IGNORECASE),
    re.compile(r"^punto\s+(?:(?P<n>\d{1,3})\s+)?del orden del día(?:\s+(?P<n2>\d{1,3}))?$", re.IGNORECASE),
]

#: "340th Session", "340e session", "340.ª reunión", "第 340 届会议" → group n; the
#: rest of the line (after a comma) holds place and dates
SESSION_PATTERNS = [
    re.compile(r"^第\s*(?P<n>\d{1,3})\s*届会议(?P<rest>.*)$"),
    re.compile(r"^(?P<n>\d{1,3})(?:st|nd|rd|th)\s+[Ss]ession(?P<rest>(?:[,;].*)?)$"),
    re.compile(r"^(?P<n>\d{1,3})\s?(?:e|ème|ᵉ|re)\s+[Ss]ession(?P<rest>(?:[,;].*)?)$"),
    re.compile(r"^(?P<n>\d{1,3})\.?\s?[ªaº]\s+[Rr]eunión(?P<rest>(?:[,;].*)?)$"),
]

#: section (segment) names: "机构部分", "Institutional Section", "Section institutionnelle",
#: "Sección Institucional"; an optional segment code may follow on the same line
SEGMENT_PATTERNS = [
    re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,10}部分)(?:[ \t\u3000]+(?P<code>[A-Z]{2,4}(?:/[A-Z]{2,4})?))?$"),
    re.compile(r"^(?P<name>[A-Z][A-Za-z ,'’-]{0,80} Section)(?:[ \t]+(?P<code>[A-Z]{2,4}(?:/[A-Z]{2,4})?))?$"),
    re.compile(r"^(?P<name>Section [a-zà-ÿ'’][A-Za-zÀ-ÿ ,'’-]{0,80}?)(?:[ \t]+(?P<code>[A-Z]{2,4}(?:/[A-Z]{2,4})?))?$"),
    re.compile(r"^(?P<name>Sección [A-Za-zÀ-ÿ][A-Za-zÀ-ÿ ,'’-]{0,80}?)(?:[ \t]+(?P<code>[A-Z]{2,4}(?:/[A-Z]{2,4})?))?$"),
]

#: the action line of older layouts ("FOR DECISION", "POUR DÉCISION", "供决定")
FOR_ACTION = re.compile(
    r"^(?:FOR (?:DECISION|INFORMATION|DEBATE AND GUIDANCE|DISCUSSION AND GUIDANCE|DISCUSSION)"
    r"|POUR (?:DÉCISION|INFORMATION|DÉBAT ET ORIENTATION|DISCUSSION)"
    r"|PARA (?:DECISIÓN|INFORMACIÓN|DEBATE Y ORIENTACIÓN|DISCUSIÓN)"
    r"|供(?:决定|参考|讨论和指导|讨论和决定|讨论|审议))$")

_SPACES = re.compile(r"[\s\u00a0\u202f]+")


def label_key(label: str) -> str:
    """``Date\u202f`` → ``date``; ``Point de l’ordre`` → ``point de l'ordre``."""
    return _SPACES.sub(" ", label.replace("’", "'")).strip().lower()
