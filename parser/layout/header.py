"""Stage 2 of the text reader: the header block (council, session, date,
original language, agenda item, title, summary, related documents…).

The header runs from the top of the document to the first section heading or
numbered paragraph. Each line is recognised as a field, or kept verbatim as
``other``; nothing is dropped. The vocabulary of every language lives in
:mod:`.header_labels`, the value conversions in :mod:`.header_values`; this
module only decides which field a line is.

Block labels (``Purpose of the document`` alone on a line) take the lines
below them as their value, until the next recognised line; those lines are
reported with the same field name.
"""
from __future__ import annotations

import re

from .classify import Line, BLANK, PART, PARA, despace_cjk
from .header_labels import (COUNCILS, SEGMENT_CODES, LABELLED, BLOCK_LABELS, LANGUAGE_NAMES,  # noqa: F401 (re-exported)
                            AGENDA_PATTERNS, SESSION_PATTERNS, SEGMENT_PATTERNS, FOR_ACTION, label_key)
from .header_values import chinese_number, iso_date, ordinal_number, language_code, session_parts  # noqa: F401

_LABEL_ZH = re.compile(r"^(?P<label>[\u4e00-\u9fff]{2,8})[：:]\s*(?P<value>.*)$")
# "Date :" with a (narrow) no-break space before the colon in French
_LABEL_LATIN = re.compile(r"^(?P<label>[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ '’-]{1,60}?)[ \u00a0\u202f]*[:：][ \u00a0\u202f]*(?P<value>.*)$")
_SYMBOL_LINE = re.compile(r"^GB\.\d{1,3}(?:bis)?(?:/[A-Za-z0-9]{1,12}){1,5}(?:\s?\((?:Rev|Add|Corr)\.?[^()]{0,12}\))?$")
_TRAILING_MARKER = re.compile(r"(?:\d{1,3}|[⁰¹²³⁴-⁹]{1,3}|\[\^\d{1,3}\])$")
_TERMINAL = tuple("。.；;！!？?")


def header_end(lines: list[Line]) -> int:
    """Index of the first body line: the first section heading or numbered paragraph."""
    for i, line in enumerate(lines):
        if line.kind in (PART, PARA):
            return i
    return len(lines)


def empty_meta() -> dict:
    return {
        "council": None, "session": None, "session_text": None, "session_dates": None,
        "place": None, "segment": None, "segment_code": None, "date": None, "date_text": None,
        "original_language": None, "original_language_code": None, "agenda_item": None,
        "title": None, "summary": None, "purpose": None, "author_unit": None,
        "related_documents": [], "other": [],
    }


def parse_header(lines: list[Line]) -> tuple[dict, list[tuple[str, Line, int]], str | None]:
    """Recognise header lines.

    Returns ``(meta, fields, symbol)`` where ``fields`` lists
    ``(field, line, value_offset)`` for every non-blank header line in order
    (``value_offset`` is where the value starts after its label), and ``symbol``
    is the document symbol when a line carries it."""
    meta = empty_meta()
    fields: list[tuple[str, Line, int]] = []
    symbol = None
    seen_agenda = False
    open_field: str | None = None     # a field whose value may continue on the next line
    continued: dict[str, list[str]] = {}   # field → its value lines, joined once at the end
    for line in lines:
        if line.kind == BLANK:
            continue
        text = line.text.strip()
        field, offset = _recognise(text, meta, seen_agenda)
        if field == "other" and open_field is not None:
            field = open_field
            if field not in ("summary", "related_documents"):   # built from clean text by the reader
                continued.setdefault(field, [meta[field]] if meta.get(field) else []).append(text)
        elif field == "other" and seen_agenda and meta["title"] is None:
            meta["title"] = text
            field = "title"
        if field == "symbol":
            symbol = re.sub(r"\s+", "", text)
        elif field == "agenda_item":
            seen_agenda = True
        elif field == "other":
            meta["other"].append(text)
        open_field = _open_after(field, text[offset:], meta, continued)
        fields.append((field, line, offset))
    for field, parts in continued.items():
        meta[field] = _join_lines(parts)
    return meta, fields, symbol


def _open_after(field: str, value: str, meta: dict, continued: dict) -> str | None:
    """May the next unrecognised line continue this field's value?"""
    if field in BLOCK_LABELS:
        return field
    if field == "title":
        # a long title wraps onto one more line (never more: the next is a label)
        first = field not in continued and meta.get("title") == value
        return "title" if first and not value.rstrip().endswith(_TERMINAL) else None
    if field in LABELLED.values() and field not in ("date", "original_language", "related_documents", "summary"):
        last = continued[field][-1] if field in continued else meta.get(field)
        if isinstance(last, str) and last and not last.rstrip().endswith(_TERMINAL):
            return field
    return None


def _join_lines(parts: list[str]) -> str:
    """Lines of one value: nothing between CJK text, a space between words."""
    out = [parts[0]] if parts else []
    for prev, cur in zip(parts, parts[1:]):
        out.append("" if _is_cjk(prev[-1]) or _is_cjk(cur[0]) else " ")
        out.append(cur)
    return "".join(out)


def _is_cjk(ch: str) -> bool:
    return "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"


def _recognise(text: str, meta: dict, seen_agenda: bool) -> tuple[str, int]:
    compact = despace_cjk(text)
    key = label_key(compact)
    if key in COUNCILS and meta.get(COUNCILS[key]) is None:
        meta[COUNCILS[key]] = compact
        return COUNCILS[key], 0
    if _SYMBOL_LINE.match(text):
        return "symbol", 0
    if meta["session"] is None and (text[:1].isdigit() or text[:1] == "第"):
        for pattern in SESSION_PATTERNS:
            m = pattern.match(text)
            if m and meta["session"] is None:
                meta["session"] = int(m["n"])
                meta["session_text"] = text
                meta["session_dates"], meta["place"] = session_parts(m["rest"])
                return "session", 0
    if FOR_ACTION.match(compact):
        meta["for_action"] = compact
        return "for_action", 0
    if text in SEGMENT_CODES and meta["segment_code"] is None:
        meta["segment_code"] = text
        return "segment_code", 0
    if meta["segment"] is None:
        for pattern in SEGMENT_PATTERNS:
            m = pattern.match(text)
            if m:
                meta["segment"] = m["name"].strip()
                if m["code"] and meta["segment_code"] is None:
                    meta["segment_code"] = m["code"]
                return "segment", 0
    if meta["agenda_item"] is None:
        agenda_text = compact.replace("’", "'")
        for pattern in AGENDA_PATTERNS:
            m = pattern.match(agenda_text)
            if m:
                n = m["n"] or m.groupdict().get("n2")
                meta["agenda_item"] = {"text": text, "number": ordinal_number(n) if n else None}
                return "agenda_item", 0
    m = _LABEL_ZH.match(text) or _LABEL_LATIN.match(text)
    if m and label_key(m["label"]) in LABELLED:
        field = LABELLED[label_key(m["label"])]
        value = m["value"].strip()
        offset = m.start("value")
        _store(meta, field, value)
        return field, offset
    bare = _TRAILING_MARKER.sub("", compact).strip()
    if label_key(bare) in LABELLED and LABELLED[label_key(bare)] in BLOCK_LABELS:
        return LABELLED[label_key(bare)], len(text)
    return "other", 0


def _store(meta: dict, field: str, value: str) -> None:
    if field == "date":
        meta["date_text"] = value
        meta["date"] = iso_date(value)
    elif field == "original_language":
        meta["original_language"] = value.rstrip("。.")
        meta["original_language_code"] = language_code(value)
    elif field in ("summary", "related_documents"):
        pass  # filled from the clean text by the reader (spans needed)
    else:
        meta[field] = value
