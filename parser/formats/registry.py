"""The one input-format registry: which files councildoc reads, and how.

Every command (parse, convert, index, check, align) asks this module, so
they all accept the same files. A format is known by name, by its file
extensions and, for binary formats, by its first bytes; a known format whose
reader is not in this version (PDF, until its reader lands) is refused with
a one-line reason instead of being misread as text.
"""
from __future__ import annotations

import importlib
import os
from dataclasses import dataclass

from ..errors import InputError


@dataclass(frozen=True, slots=True)
class Format:
    name: str
    extensions: tuple[str, ...]
    reader: str | None             # "package.module:function" under parser.formats; None: not in this version
    magic: bytes | None = None     # the file's first bytes
    label: str = ""                # how messages name it


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("text", (".txt", ".text"), "text.reader:read_text", label="text"),
    Format("markdown", (".md", ".markdown"), "markdown.reader:read_markdown", label="Markdown"),
    Format("docx", (".docx",), "docx.reader:read_docx", magic=b"PK\x03\x04", label=".docx"),
    Format("html", (".html", ".htm", ".xhtml"), "html.reader:read_html", label="HTML"),
    Format("pdf", (".pdf",), None, magic=b"%PDF-", label="PDF"),
    # document formats found beside council documents that no reader takes: listed, so that a folder
    # walk reports them as skipped (with this reason) instead of passing over them in silence
    Format("doc", (".doc",), None, magic=b"\xd0\xcf\x11\xe0", label="Word 97-2003 .doc"),
    Format("rtf", (".rtf",), None, magic=b"{\\rtf", label="RTF"),
    Format("odt", (".odt",), None, label="OpenDocument .odt"),
    Format("xml", (".xml",), None, label="XML"),     # e.g. the UDHR in XML: refused, not misread as text
)}

# files without an extension are read as text (text exported by tools often has none)
_BY_EXTENSION = {ext: f for f in FORMATS.values() for ext in f.extensions} | {"": FORMATS["text"]}
DOCUMENT_EXTENSIONS = frozenset(ext for f in FORMATS.values() for ext in f.extensions)
_HTML_STARTS = (b"<!doctype html", b"<html")
_PLAIN = ("text", "markdown")


def register(fmt: Format) -> None:
    """Add or replace a format (a reader package registers itself here)."""
    FORMATS[fmt.name] = fmt
    for ext in fmt.extensions:
        _BY_EXTENSION[ext] = fmt
    global DOCUMENT_EXTENSIONS
    DOCUMENT_EXTENSIONS = frozenset(ext for f in FORMATS.values() for ext in f.extensions)


def format_of_name(name: str) -> Format | None:
    """The format a file's name says (its extension), or None for an unknown extension."""
    return _BY_EXTENSION.get(os.path.splitext(name)[1].lower())


def is_document_name(name: str) -> bool:
    """Is this a file of a known document format, by its name (what folder
    walks collect: readable ones, and the others to report as skipped)?"""
    return os.path.splitext(name)[1].lower() in DOCUMENT_EXTENSIONS


def readable_extensions() -> frozenset:
    """Extensions of the formats this version reads."""
    return frozenset(ext for f in FORMATS.values() if f.reader is not None for ext in f.extensions)


def unsupported_reason(name: str) -> str | None:
    """Why a file named so is not read (a known format whose reader this
    version lacks), or None. A file of an unknown extension is read as text
    when it is named on its own: the user asked for it."""
    fmt = format_of_name(name)
    if fmt is not None and fmt.reader is None:
        return f"reading {fmt.label} files is not supported by this version"
    return None


def detect(name: str, data: bytes) -> Format:
    """The format of a document: its magic bytes first, then its extension;
    a text or Markdown name (or an unknown one) that starts like an HTML
    page is HTML; anything else is text."""
    for fmt in FORMATS.values():
        if fmt.magic is not None and data.startswith(fmt.magic):
            return fmt
    by_name = format_of_name(name)
    if by_name is not None and by_name.name not in _PLAIN:
        return by_name             # a damaged binary file too: its reader says what is wrong
    if data[:512].lstrip().lower().startswith(_HTML_STARTS):
        return FORMATS["html"]
    return by_name or FORMATS["text"]


def reader_for(name: str, fmt: Format):
    """The reading function of a format; :class:`InputError` when this version has none."""
    if fmt.reader is None:
        raise InputError(name, f"reading {fmt.label} files is not supported by this version")
    module, func = fmt.reader.split(":")
    try:
        return getattr(importlib.import_module(f"{__package__}.{module}"), func)
    except ImportError:
        raise InputError(name, f"reading {fmt.label} files is not supported by this version") from None
