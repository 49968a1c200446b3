"""The parser's public functions: one document in, one validated tree out.

``parse_bytes(name, data)`` is pure (no I/O) and picklable, so any engine
(processes, a Dask cluster) can map it over a corpus.
"""
from __future__ import annotations

import os

from .build import build_tree
from .decode import DEFAULT_MAX_BYTES, normalise_newlines
from .errors import InputError
from .formats.registry import FORMATS, detect, reader_for
from .languages import normalise_language
from .layout import lay_out
from .layout.plain import lay_out_lines
from .raw import RawDocument
from .validate import validate_tree


def detect_format(name: str, data: bytes) -> str:
    """The name of the document's format (see :mod:`parser.formats.registry`):
    from its first bytes, its name, then its content."""
    return detect(name, data).name


def read_raw(name: str, data: bytes, *, fmt: str | None = None, lang: str | None = None,
             encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument:
    """Run the reader for the document's format; return its raw blocks."""
    if fmt is not None and fmt not in FORMATS:
        raise InputError(name, f"unknown format {fmt!r}")
    lang = normalise_language(lang) if lang else None     # 'ZH', 'zh-CN' → 'zh'; unknown: a ValueError
    found = FORMATS[fmt] if fmt else detect(name, data)
    if len(data) > max_bytes:
        raise InputError(name, f"file is {len(data):,} bytes, over the limit of {max_bytes:,} bytes")
    return reader_for(name, found)(data, name, lang=lang, encoding=encoding, max_bytes=max_bytes)


def read_document(name: str, data: bytes, *, fmt: str | None = None, lang: str | None = None,
                  encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES):
    """Read the document and lay it out; return a Document of blocks."""
    return lay_out(read_raw(name, data, fmt=fmt, lang=lang, encoding=encoding, max_bytes=max_bytes))


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
    lang = normalise_language(lang) if lang else None     # 'ZH', 'zh-CN' → 'zh'; unknown: a ValueError
    tree = build_tree(lay_out_lines(normalise_newlines(text), name, lang=lang))
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
