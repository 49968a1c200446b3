"""The parser's public functions: one document in, one validated tree out.

``parse_bytes(name, data)`` is pure (no I/O) and picklable, so any engine
(processes, a Dask cluster) can map it over a corpus.
"""
from __future__ import annotations

import os

from .build import build_tree
from .decode import DEFAULT_MAX_BYTES
from .errors import InputError
from .text.reader import read_text, read_string
from .validate import validate_tree

TEXT_EXTENSIONS = {".txt", ".md", ".text", ""}
DOCX_EXTENSIONS = {".docx"}
HTML_EXTENSIONS = {".html", ".htm", ".xhtml"}
PDF_EXTENSIONS = {".pdf"}


def detect_format(name: str, data: bytes) -> str:
    """``text``, ``docx``, ``html`` or ``pdf`` from the name, then the content."""
    ext = os.path.splitext(name)[1].lower()
    if ext in PDF_EXTENSIONS or data[:1024].lstrip()[:5] == b"%PDF-":
        return "pdf"
    if ext in DOCX_EXTENSIONS or data[:4] == b"PK\x03\x04":
        return "docx"
    if ext in HTML_EXTENSIONS:
        return "html"
    head = data[:512].lstrip().lower()
    if head.startswith(b"<!doctype html") or head.startswith(b"<html"):
        return "html"
    return "text"


def read_document(name: str, data: bytes, *, fmt: str | None = None, lang: str | None = None,
                  encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES):
    """Run the reader for the document's format; return a Document of blocks."""
    fmt = fmt or detect_format(name, data)
    if len(data) > max_bytes:
        raise InputError(name, f"file is {len(data):,} bytes, over the limit of {max_bytes:,} bytes")
    if fmt == "text":
        return read_text(data, name, lang=lang, encoding=encoding, max_bytes=max_bytes)
    if fmt == "docx":
        try:
            from .docx.reader import read_docx
        except ImportError:
            raise InputError(name, "reading .docx files is not supported by this version") from None
        return read_docx(data, name, lang=lang)
    if fmt == "html":
        try:
            from .html.reader import read_html
        except ImportError:
            raise InputError(name, "reading HTML files is not supported by this version") from None
        return read_html(data, name, lang=lang, encoding=encoding)
    if fmt == "pdf":
        from .formats.pdf.reader import read_pdf
        return read_pdf(data, name, lang=lang)
    raise InputError(name, f"unknown format {fmt!r}")


def parse_bytes(name: str, data: bytes, *, fmt: str | None = None, lang: str | None = None,
                encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                validate: bool = True) -> dict:
    """Parse one document given as bytes; return its validated tree.

    Raises :class:`InputError` for bad input, :class:`TreeInvalidError` if the
    tree does not validate (a bug)."""
    tree = build_tree(read_document(name, data, fmt=fmt, lang=lang, encoding=encoding, max_bytes=max_bytes))
    if validate:
        validate_tree(tree)
    return tree


def parse_text(text: str, name: str = "<string>", *, lang: str | None = None, validate: bool = True) -> dict:
    """Parse a document already decoded to a string."""
    from .decode import normalise_newlines
    tree = build_tree(read_string(normalise_newlines(text), name, lang=lang))
    if validate:
        validate_tree(tree)
    return tree


def read_input(path: str | os.PathLike, *, display_name: str | None = None,
               max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of an input file; :class:`InputError` with a one-line message
    (missing, a directory, unreadable, over the size limit) otherwise."""
    name = display_name or os.fspath(path)
    try:
        size = os.path.getsize(path)
        if size > max_bytes:
            raise InputError(name, f"file is {size:,} bytes, over the limit of {max_bytes:,} bytes")
        with open(path, "rb") as f:
            return f.read()
    except IsADirectoryError:
        raise InputError(name, "is a directory, not a file") from None
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except PermissionError:
        raise InputError(name, "permission denied") from None
    except OSError as e:
        raise InputError(name, f"cannot be read ({e.strerror or e})") from None


def parse_file(path: str | os.PathLike, *, display_name: str | None = None, **kw) -> dict:
    """Read a file and parse it; unreadable files raise :class:`InputError`."""
    name = display_name or os.fspath(path)
    data = read_input(path, display_name=name, max_bytes=kw.get("max_bytes", DEFAULT_MAX_BYTES))
    return parse_bytes(name, data, **kw)
