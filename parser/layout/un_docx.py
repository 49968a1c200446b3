"""The UN layout in Word documents (DGACM templates): the masthead in the
first page's header, the title block, the contents table, table captions
typed in heading styles, ``*`` notes, lettered table notes, and annexes.

Why: in a UN .docx the masthead (organ, ``Distr.: General``, symbol, date,
``Original: English``, job number) sits in the page header, not in the body,
so the symbol must be read from there; the title block (``Part VI`` /
``Human rights and humanitarian affairs`` / ``Section 25`` / title) is
typed as a run of headings, which would otherwise become empty sections; and
``Table 25.1`` / ``Performance measure`` in heading styles above a table are
its caption, not sections that swallow the paragraphs after them.

Pure functions over the reader's raw entries and blocks; the .docx reader
calls them only when :func:`is_un` says the header is a UN masthead.
"""
from __future__ import annotations

import re

from .un_masthead import looks_like_un, recognise, SYMBOL

CONTENTS_WORDS = ("contents", "table des matières", "índice", "目录", "目 录")
_CAPTION = re.compile(r"^(?:Table|Figure|Tableau|Graphique|Cuadro|Gráfico|Figura|表|图)\s*"
                      r"[\dIVXLC]{1,4}(?:\.[\dIVXLC]{1,4})?(?:\s|$)")
_NOTE_MARKER = re.compile(r"^[\t ]*(?P<marker>\*{1,3}|[a-z])\t+(?P<rest>\S)")
_UNIT_LINE = re.compile(r"^\((?:[^()]{1,80})\)$|^(?:Notes?|Sources?|Abbreviations)\s?:")
# "(1)<tab>Regular budget" in a heading style: the caption of one of a table's parts
_PART_CAPTION = re.compile(r"^\(\d{1,2}\)\s+\S")


def is_un(texts: list[str]) -> bool:
    return looks_like_un(texts)


def title_block_end(texts: list, headings: list[bool]) -> int:
    """Where the header ends: masthead lines (``Eightieth session``, in
    whatever style) and the title block after them (headings, empty
    paragraphs) run until the first table (text None), ``Contents``
    heading or paragraph that is not a masthead field."""
    j = 0
    while j < len(texts):
        if texts[j] is None:
            break
        text = texts[j].strip()
        if text and (is_contents_heading(text)
                     or not headings[j] and recognise(text, {}) is None and not text.startswith("*")):
            break
        j += 1
    return j


def is_contents_heading(text: str) -> bool:
    return text.strip().lower() in CONTENTS_WORDS


def header_field(text: str, style: str | None, meta: dict) -> str:
    """The field of one header line of a UN .docx (masthead field, agenda
    title, title, title block line), stored in *meta*."""
    name = recognise(text, meta)
    if name is not None:
        return name
    low = (style or "").lower().replace(" ", "").replace("_", "")
    if text.lstrip().startswith("*"):
        meta.setdefault("title_notes", []).append(text.strip())
        return "title_note"
    if "agendatitle" in low:
        meta["agenda_title"] = (meta.get("agenda_title", "") + " " + text).strip() if meta.get("agenda_title") else text
        return "agenda_title"
    meta.setdefault("title_block", []).append(text)
    if "title" in low and meta.get("title") is None:
        meta["title"] = text
        return "title"
    return "title_block"


def masthead_from_furniture(texts: list[str], meta: dict) -> str | None:
    """Masthead fields from the page headers' lines (in their order: the
    first page's header holds the masthead as consecutive lines); returns
    the document symbol, the longest full symbol printed there."""
    found: dict = {}
    start = next((i for i, t in enumerate(texts) if recognise(t, {}) in ("organization", "organ", "distribution")), None)
    if start is not None:
        for t in texts[start:start + 12]:     # the masthead's lines, with notes such as "ADVANCE UNEDITED COPY"
            recognise(t, found)
    for key in ("organization", "organ", "distribution", "date", "date_text", "original_language",
                "original_language_code"):
        if found.get(key) and not meta.get(key):
            meta[key] = found[key]
    for t in texts:
        job: dict = {}
        if recognise(t, job) == "job_number":
            for key in ("job_number", "barcode"):
                if job.get(key) and not meta.get(key):
                    meta[key] = job[key]
    symbols = [t.strip() for t in texts if SYMBOL.fullmatch(t.strip())]
    return max(symbols, key=len) if symbols else None


def caption_start(text: str, is_heading: bool = False) -> bool:
    """``Table 25.1``, ``Figure 25.IV``, ``Cuadro 3``: a caption, even in a
    heading style; ``(2) Extrabudgetary`` in a heading style: a table part's."""
    text = text.strip()
    if len(text) > 160 or text.endswith((".", ";", ":")):       # "Table 6 provides an analysis…." is a sentence
        return False
    return bool(_CAPTION.match(text)) or is_heading and bool(_PART_CAPTION.match(text))


def is_caption_tail(text: str, is_heading: bool) -> bool:
    """A line continuing a caption: the caption's title in a heading style, or
    the unit line ``(Thousands of United States dollars)``."""
    text = text.strip()
    return (is_heading and len(text) <= 200 and not _CAPTION.match(text)) or bool(_UNIT_LINE.match(text))


def note_marker(text: str) -> tuple[str, int] | None:
    """``*<tab>A/80/50.`` or ``a<tab>Does not include…`` → (marker, offset of the text)."""
    m = _NOTE_MARKER.match(text)
    return (m["marker"], m.start("rest")) if m else None


def nest_annexes(blocks: list, heading_cls) -> None:
    """An ``Annex`` heading holds what follows it: headings after it at its
    own level move one level down, until the next annex."""
    annex_level = None
    for b in blocks:
        if not isinstance(b, heading_cls):
            continue
        if b.kind == "appendix":
            annex_level = b.level
        elif annex_level is not None and b.level <= annex_level:
            b.level = annex_level + 1
