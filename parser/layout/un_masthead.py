"""The masthead of a UN document → ``meta`` fields and the symbol.

A UN masthead (General Assembly, Security Council, ECOSOC, Human Rights
Council; English, French, Spanish, Chinese) prints, in some order: the emblem
line ``United Nations``, the organ, the distribution (``Distr.: General``),
the symbol at the top right (joint symbols ``A/75/79-E/2020/55``, ``Add.``,
``Corr.``, ``Rev.``, ``(Sect. 25)``), the date, ``Original: English``, the
job number and bar code, the session, the agenda item with its title, the
committee, then the title and subtitle. Text extracted from PDF often runs
several of them into one line (``General Assembly Distr.: General 15 October
2025``), so a line is read as a sequence of fields, each taken off its front.

:func:`recognise` reads one line; :func:`read_masthead` reads the top of a
document and says where the masthead ends: at the first line that is not a
masthead field (the acting body of a resolution, a numbered paragraph, a
heading, ordinary text), so that nothing but header fields leaves the body.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import un_vocab as V
from .contents import is_title as is_contents_title
from .header_values import iso_date, language_code

_SEG = r"/[A-Za-z0-9][A-Za-z0-9.]{0,15}"
_ONE = (rf"(?!GB\.)[A-Z][A-Z0-9]{{0,9}}(?:\.\d{{1,3}})?(?:{_SEG}){{1,8}}"
        rf"(?:\s?\((?:Sect|Part|Vol)\.?\s?[^()]{{1,10}}\)(?:{_SEG}){{0,4}})?(?:\s\(\d{{4}}\))?")
#: one UN symbol or a joint symbol, with a digit somewhere
SYMBOL = re.compile(rf"(?=\S{{0,80}}\d)(?P<symbol>{_ONE}(?:[-–]{_ONE}){{0,3}})")
_DATE = (r"\d{1,2}(?:er)? (?:de )?(?:January|February|March|April|May|June|July|August|September|October|"
         r"November|December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
         r"décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
         r"diciembre) (?:de )?\d{4}|\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日")
_FIELDS = [
    ("organization", re.compile(r"(?i)^(?:united nations|nations unies|naciones unidas|联合国)(?![\w])")),
    ("distribution", re.compile(r"(?i)^Distr\.?\s*[:：]?\s*(?P<v>general|limited|restricted|générale|limitée|"
                                r"restreinte|limitada|reservada)(?![\w])")),
    ("organ", re.compile("(?i)^(?P<v>" + "|".join(sorted(map(re.escape, V.ORGANS), key=len, reverse=True)) + ")(?![\\w])")),
    ("original_language", re.compile(r"(?i)^(?:Original|原文)\s*[:：]\s*(?P<v>[A-Za-zÀ-ÿ]+|[\u4e00-\u9fff]{2,4})")),
    ("date", re.compile(rf"(?i)^(?P<v>{_DATE})(?![\w])")),
    ("job_number", re.compile(r"^(?P<v>\d{2}-\d{5}\s?\([A-Z]\)(?:\s+\d{6})?|\*\d{7,8}\*)(?!\S)")),
    ("session", V.SESSION),
    ("agenda_item", re.compile(
        r"(?i)^(?P<v>(?:provisional |provisoire )?(?:agenda items?|items?|points?|temas?)\s+(?P<n>\d{1,3})"
        r"(?:\s?\([a-z]\))?(?:(?:,\s*| and | et | y )\d{1,3}(?:\s?\([a-z]\))?)*"
        r"(?: of the (?:preliminary list|provisional agenda|agenda)| de la liste préliminaire"
        r"| de l['’]ordre du jour(?: provisoire)?| de la lista preliminar| del programa(?: provisional)?)?\*{0,3})"
        r"|^(?P<zv>(?:临时)?议程项目\s?(?P<zn>\d{1,3})(?:\s?\([a-z]\))?\*{0,3})")),
    ("committee", re.compile(r"^(?P<v>" + V.COMMITTEE.pattern[1:] + ")", re.IGNORECASE)),
    ("subsidiary_body", re.compile("(?i)^(?P<v>" + "|".join(map(re.escape, V.SUBSIDIARY)) + ")")),
    ("symbol", re.compile(r"^" + SYMBOL.pattern + r"(?!\S)")),
]
_PLACE_DATES = re.compile(r"^(?P<place>Geneva|New York|Genève|Ginebra|Nueva York|日内瓦|纽约|Vienna|Vienne|Viena|"
                          r"Nairobi)[,，]\s*(?P<dates>.*\d{4}.*)$")
_RESOLUTION = re.compile(r"^(?P<n>\d{1,3}/\d{1,4}(?: ?[A-Z](?![\w]))?)\s?[.．]\s*(?P<title>\S.*)$")
_TITLE_NOTE = re.compile(r"^\*{1,3}\s*\S")


@dataclass(slots=True)
class Masthead:
    """What the top of a document holds: meta values, the symbol, and for
    each header line its field name (``other`` when not recognised)."""
    meta: dict = field(default_factory=dict)
    symbol: str | None = None
    fields: list = field(default_factory=list)     # (field, line index)
    end: int = 0                                   # index of the first body line


def recognise(text: str, meta: dict) -> str | None:
    """The field of one masthead line (the first, when PDF text ran several
    together), storing every value found in *meta*; None when the line is
    not a masthead line."""
    text = text.strip()
    whole = _whole_line(text, meta)
    if whole:
        return whole
    found: list[str] = []
    rest = text
    while rest:
        for name, pattern in _FIELDS:
            m = pattern.match(rest)
            if m and not (name == "date" and found and found[-1] == "session"):
                _store(meta, name, m, rest)
                found.append(name)
                if name == "agenda_item":
                    tail = rest[m.end():].strip()
                    if tail:
                        meta["agenda_title"] = tail
                    rest = ""
                else:
                    rest = rest[m.end():].lstrip(" ,;\t")
                break
        else:
            break
    if rest:
        return None if not found else _partial(found, rest, meta)
    return found[0] if found else None


def _partial(found: list[str], rest: str, meta: dict) -> str | None:
    """A line that begins with fields and ends with something else: only
    ``Geneva, 8-19 February 2010`` after a session is still a masthead line."""
    m = _PLACE_DATES.match(rest)
    if m and found[-1] == "session":
        meta["place"], meta["session_dates"] = m["place"], m["dates"].strip()
        return found[0]
    return None


def _whole_line(text: str, meta: dict) -> str | None:
    """Fields that take a whole line."""
    m = V.ADOPTED.match(text)
    if m:
        kind = (m["kind"] or m["zkind"]).lower()
        meta["document_type"] = "decision" if kind.startswith(("déc", "dec", "决定")) else "resolution"
        meta["adoption_date_text"] = m["date"] or m["zdate"]
        meta["adoption_date"] = iso_date(meta["adoption_date_text"])
        return "document_type"
    m = V.DRAFT.match(text)
    if m:
        meta["document_type"] = m["kind"].lower()
        if m["sponsors"].strip():
            meta["sponsors"] = m["sponsors"].strip().rstrip(":：").strip()
        return "document_type"
    if V.SUBTITLES.match(text):
        meta["subtitle"] = text
        return "subtitle"
    m = V.COMMITTEE_REFERENCE.match(text)
    if m and SYMBOL.search(m["text"]):
        meta["committee_reference"] = m["text"]
        return "committee_reference"
    m = _PLACE_DATES.match(text)
    if m and meta.get("session") is not None and meta.get("place") is None:
        meta["place"], meta["session_dates"] = m["place"], m["dates"].strip()
        return "place"
    m = _RESOLUTION.match(text)
    if m and meta.get("resolution") is None:
        meta["resolution"] = {"number": m["n"], "title": m["title"].strip()}
        meta.setdefault("title", m["title"].strip())
        return "resolution"
    if text.lower() in ("english", "french", "spanish", "chinese", "anglais", "français", "espagnol", "chinois",
                        "inglés", "francés", "español", "chino", "英文", "法文", "西班牙文", "中文"):
        meta["language_version"] = text
        return "language_version"
    return None


def _store(meta: dict, name: str, m: re.Match, line: str) -> None:
    if name == "organization":
        meta["organization"] = m.group(0)
    elif name == "distribution":
        meta["distribution"] = m.group(0)
    elif name == "organ":
        organ = V.ORGANS[m["v"].lower()]
        if meta.get("organ") and meta["organ"] != organ:
            meta["organ"] = meta["organ"] + " / " + organ          # joint documents
        elif not meta.get("organ"):
            meta["organ"] = organ
    elif name == "original_language":
        meta["original_language"] = m["v"]
        meta["original_language_code"] = language_code(m["v"])
    elif name == "date":
        meta.setdefault("date_text", m["v"])
        meta.setdefault("date", iso_date(m["v"]))
    elif name == "job_number":
        key = "barcode" if m["v"].startswith("*") else "job_number"
        meta[key] = m["v"]
    elif name == "session":
        n = V.ordinal_value(m["word"]) if m["word"] else (int(m["digits"]) if m["digits"] else _zh(m["zh"]))
        meta["session"] = n
        meta["session_text"] = m.group(0)
    elif name == "agenda_item":
        printed = m["v"] or m["zv"]
        meta["agenda_item"] = {"text": printed, "number": int(m["n"] or m["zn"])}
    elif name == "committee":
        meta["committee"] = m["v"]
    elif name == "subsidiary_body":
        meta["subsidiary_body"] = m["v"]
    elif name == "symbol":
        meta.setdefault("_symbols", []).append(re.sub(r"\s+(?=\()", " ", m["symbol"]))


def _zh(text: str | None) -> int | None:
    from .header_values import chinese_number
    return chinese_number(text) if text else None


def looks_like_un(texts: list[str]) -> bool:
    """Is this the top of a UN document? Two masthead fields among its first
    non-blank lines (organ, distribution, UN symbol, resolution number…)."""
    meta: dict = {}
    hits = 0
    for text in [t for t in texts if t.strip()][:12]:
        if recognise(text, meta) in ("organization", "organ", "distribution", "symbol", "resolution",
                                     "document_type", "session", "agenda_item", "job_number"):
            hits += 1
    return hits >= 2


def read_masthead(texts: list[str], stop=lambda i, text: False) -> Masthead:
    """Read the masthead at the top of *texts* (one string per line, blank
    lines allowed). It ends at the first line that is not a field, a title or
    its continuation, or where ``stop(i, text)`` says the body begins.

    After the fields, one unrecognised line is the title (a second, when the
    first does not end a sentence, continues it); lines starting in lower
    case after the agenda item continue the agenda title."""
    out = Masthead()
    meta = out.meta
    last = None
    for i, raw in enumerate(texts):
        text = raw.strip()
        if not text:
            continue
        if stop(i, text):
            out.end = i
            break
        name = recognise(text, meta)
        if name is None:
            name = _title_or_note(text, last, meta)
        if name is None:
            out.end = i
            break
        out.fields.append((name, i))
        last = name
    else:
        out.end = len(texts)
    symbols = meta.pop("_symbols", [])
    if symbols:
        out.symbol = symbols[0]
        if len(symbols) > 1:
            meta["other_symbols"] = symbols[1:]
    return out


def _title_or_note(text: str, last: str | None, meta: dict) -> str | None:
    if _TITLE_NOTE.match(text):
        meta.setdefault("title_notes", []).append(text)
        return "title_note"
    if last == "agenda_item" and text[:1].islower() or last == "agenda_title":
        if last == "agenda_title" and not text[:1].islower():
            return _title(text, meta)
        meta["agenda_title"] = (meta.get("agenda_title", "") + " " + text).strip()
        return "agenda_title"
    if last == "agenda_item" and "agenda_title" not in meta and len(text) <= 200:
        meta["agenda_title"] = text
        return "agenda_title"
    return _title(text, meta)


def _title(text: str, meta: dict) -> str | None:
    if len(text) > 200 or V.ACTING_BODY.match(text) or text.endswith((".", "。", ",", "，", ";", "；")) \
            or is_contents_title(text):
        return None                      # a sentence, or a paragraph that goes on: body text, not a title
    if meta.get("title") is None:
        meta["title"] = text.rstrip("*").rstrip()
        return "title"
    if meta.get("_title_lines", 1) < 2 and not meta["title"].endswith((".", "。")) and text[:1].islower():
        meta["title"] = meta["title"] + " " + text.rstrip("*").rstrip()
        meta["_title_lines"] = 2
        return "title"
    return None
