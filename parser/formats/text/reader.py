"""The plain-text reader: bytes → :class:`~parser.raw.RawDocument` of lines.

Text converted from the official PDF (or typed) is line-oriented: the reader
only decodes it (:mod:`parser.decode`) and hands the text on; the layout
stage classifies its lines.
"""
from __future__ import annotations

import hashlib

from ...decode import decode_text, DEFAULT_MAX_BYTES
from ...raw import RawDocument


def read_text(data: bytes, path: str, *, lang: str | None = None, encoding: str | None = None,
              max_bytes: int = DEFAULT_MAX_BYTES, fmt: str = "text") -> RawDocument:
    text, used = decode_text(data, path, encoding=encoding, max_bytes=max_bytes)
    return RawDocument(path=path, format=fmt, sha256=hashlib.sha256(data).hexdigest(), size=len(data),
                       encoding=used, lines=text, language=lang)
