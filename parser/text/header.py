"""Stage 2 of the text reader: the header block (council, session, date,
original language, agenda item, title, summary, related documents…).

The header runs from the top of the document to the first section heading or
numbered paragraph. Each line is recognised as a field, or kept verbatim as
``other``; nothing is dropped.
"""
from __future__ import annotations

import re

from .classify import Line, BLANK, PART, PARA, despace_cjk

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}

LANGUAGE_NAMES = {
    "英文": "en", "法文": "fr", "西班牙文": "es", "中文": "zh", "俄文": "ru",
    "阿拉伯文": "ar", "德文": "de",
}
COUNCILS = {"理事会": "council", "国际劳工局": "office", "国际劳工组织": "organization"}
SEGMENT_CODES = {"INS", "POL", "PFA", "LILS", "HL", "STM", "ESP", "TC", "WP/SDG"}

# label → field for "label：value" lines
LABELLED = {
    "概要": "summary", "作者单位": "author_unit", "相关文件": "related_documents",
    "本文件目的": "purpose", "目的": "purpose", "所涉战略目标": "strategic_objective",
    "主要相关成果": "main_outcome", "政策影响": "policy_implications",
    "法律影响": "legal_implications", "财务影响": "financial_implications",
    "后续行动": "follow_up", "所需决定": "decision_required", "日期": "date",
    "原文": "original_language",
}
_LABEL = re.compile(r"^(?P<label>[\u4e00-\u9fff]{2,8})[：:]\s*(?P<value>.*)$")
_SESSION = re.compile(r"^第\s*(?P<n>\d{1,3})\s*届会议(?:\s*[，,、]\s*(?P<dates>[^，,]+?))?(?:\s*[，,、]\s*(?P<place>[^，,\d]+?))?\s*$")
_DATE_ZH = re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
_AGENDA = re.compile(r"^第\s*(?P<n>[\d一二三四五六七八九十百零〇两]+)\s*项议程$")
_SEGMENT = re.compile(r"^[\u4e00-\u9fff]{2,10}部分$")
_SYMBOL_LINE = re.compile(r"^GB\.\d{1,3}(?:bis)?(?:/[A-Za-z0-9]{1,12}){1,5}(?:\s?\((?:Rev|Add|Corr)\.?[^()]{0,12}\))?$")


def chinese_number(text: str) -> int | None:
    """``六`` → 6, ``十二`` → 12, ``二十一`` → 21, ``12`` → 12."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for ch in text:
        if ch in CN_DIGITS:
            current = CN_DIGITS[ch]
        elif ch in CN_UNITS:
            total += (current or 1) * CN_UNITS[ch]
            current = 0
        else:
            return None
    return total + current


def iso_date(text: str) -> str | None:
    m = _DATE_ZH.search(text)
    if not m:
        return None
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


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
    for line in lines:
        if line.kind == BLANK:
            continue
        text = line.text.strip()
        field, offset = _recognise(text, meta, seen_agenda)
        if field == "symbol":
            symbol = re.sub(r"\s+", "", text)
        elif field == "agenda_item":
            seen_agenda = True
        elif field == "other":
            meta["other"].append(text)
        fields.append((field, line, offset))
    return meta, fields, symbol


def _recognise(text: str, meta: dict, seen_agenda: bool) -> tuple[str, int]:
    compact = despace_cjk(text)
    if compact in COUNCILS and meta.get(COUNCILS[compact]) is None:
        meta[COUNCILS[compact]] = compact
        return COUNCILS[compact], 0
    if _SYMBOL_LINE.match(text):
        return "symbol", 0
    m = _SESSION.match(text)
    if m and meta["session"] is None:
        meta["session"] = int(m["n"])
        meta["session_text"] = text
        meta["session_dates"] = m["dates"].strip() if m["dates"] else None
        meta["place"] = m["place"].strip() if m["place"] else None
        return "session", 0
    if text in SEGMENT_CODES and meta["segment_code"] is None:
        meta["segment_code"] = text
        return "segment_code", 0
    if _SEGMENT.match(text) and meta["segment"] is None:
        meta["segment"] = text
        return "segment", 0
    m = _AGENDA.match(compact)
    if m and meta["agenda_item"] is None:
        meta["agenda_item"] = {"text": text, "number": chinese_number(m["n"])}
        return "agenda_item", 0
    m = _LABEL.match(text)
    if m and m["label"] in LABELLED:
        field = LABELLED[m["label"]]
        value = m["value"].strip()
        offset = m.start("value")
        if field == "date":
            meta["date_text"] = value
            meta["date"] = iso_date(value)
        elif field == "original_language":
            meta["original_language"] = value.rstrip("。.")
            meta["original_language_code"] = LANGUAGE_NAMES.get(value.rstrip("。."))
        elif field in ("summary", "related_documents"):
            pass  # filled from the clean text by the reader (spans needed)
        elif field in meta:
            meta[field] = value
        else:
            meta[field] = value
        return field, offset
    if seen_agenda and meta["title"] is None:
        meta["title"] = text
        return "title", 0
    return "other", 0
