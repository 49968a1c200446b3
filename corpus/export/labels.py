"""The words an export prints around a document's own text: its title, a
section's heading with its number, a paragraph's number as printed, the
labels of the header fields, the writing direction.

Why one place: every format numbers paragraphs and headings the same way,
and trees from other readers may carry ``marker`` (the number as printed,
``"7."``, ``"25.1"``) or a string ``number`` — both are honoured here.
"""
from __future__ import annotations

import os

__all__ = ["document_title", "heading_of", "paragraph_marker", "header_label", "is_rtl", "RTL_LANGS"]

RTL_LANGS = {"ar", "ara", "he", "heb", "fa", "fas", "ur", "urd", "yi", "ps"}

_LABELS = {
    "en": {"council": "Body", "session": "Session", "segment": "Segment", "segment_code": "Segment code",
           "date": "Date", "original_language": "Original", "agenda_item": "Agenda item", "title": "Title",
           "summary": "Summary", "purpose": "Purpose", "author_unit": "Author unit",
           "related_documents": "Related documents", "symbol": "Symbol", "other": "Other",
           "contents": "Contents", "notes": "Notes"},
    "fr": {"council": "Organe", "session": "Session", "segment": "Segment", "date": "Date",
           "original_language": "Original", "agenda_item": "Point de l’ordre du jour", "title": "Titre",
           "summary": "Résumé", "purpose": "Objet", "author_unit": "Unité auteur",
           "related_documents": "Documents connexes", "symbol": "Cote", "other": "Autre",
           "contents": "Table des matières", "notes": "Notes"},
    "es": {"council": "Órgano", "session": "Reunión", "segment": "Segmento", "date": "Fecha",
           "original_language": "Original", "agenda_item": "Punto del orden del día", "title": "Título",
           "summary": "Resumen", "purpose": "Finalidad", "author_unit": "Unidad autora",
           "related_documents": "Documentos conexos", "symbol": "Signatura", "other": "Otro",
           "contents": "Índice", "notes": "Notas"},
    "zh": {"council": "机构", "session": "届会", "segment": "部分", "segment_code": "部分代码", "date": "日期",
           "original_language": "原文", "agenda_item": "议程项目", "title": "标题", "summary": "概要",
           "purpose": "目的", "author_unit": "作者单位", "related_documents": "相关文件", "symbol": "文号",
           "other": "其他", "contents": "目录", "notes": "脚注"},
}


def is_rtl(lang: str | None) -> bool:
    return (lang or "").split("-")[0].lower() in RTL_LANGS


def header_label(field: str, lang: str | None) -> str:
    """The label of a header field in the document's language (English, then
    the field name, when there is none)."""
    base = (lang or "en").split("-")[0].lower()
    return _LABELS.get(base, {}).get(field) or _LABELS["en"].get(field) or field.replace("_", " ").capitalize()


def document_title(tree: dict) -> str:
    """The title to show: the document's title, else its symbol, else its file name."""
    meta = tree.get("meta") or {}
    return (meta.get("title") or tree.get("symbol")
            or os.path.basename((tree.get("source") or {}).get("path", "")) or "Document")


def heading_of(section: dict) -> str:
    """A section's heading with its number: ``I. Progress``, ``A. Capacity``."""
    number, heading = section.get("number"), section.get("heading", "")
    return f"{number}. {heading}" if number else heading


def paragraph_marker(para: dict) -> str | None:
    """A paragraph's number as printed: its ``marker`` (``7.``, ``25.1``,
    ``(a)``) when the tree has one, else ``7.`` from an integer number, the
    number itself when it is a string (``25.1``); None for an unnumbered one."""
    marker = para.get("marker")
    if isinstance(marker, str) and marker.strip():
        return marker.strip()
    number = para.get("number")
    if number is None or number == "":
        return None
    if isinstance(number, int):
        return f"{number}."
    text = str(number)
    return text if "." in text.rstrip(".") or text.endswith(".") else text + "."
