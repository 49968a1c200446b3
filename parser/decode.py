"""Bytes to text for the plain-text reader: UTF-8 (with or without BOM) and
BOM-marked UTF-16/32 are read; other encodings are detected and refused with
a message that says what the file looks like, rather than guessed at."""
from __future__ import annotations

import codecs
import re

from .errors import InputError

#: Default ceiling on the input size; large enough for any real document.
DEFAULT_MAX_BYTES = 50 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CJK = re.compile(r"[\u3400-\u9fff]")
# C0 controls other than tab, newline, vertical tab, form feed, carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def decode_text(data: bytes, path: str, encoding: str | None = None,
                max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, str]:
    """Return ``(text, encoding_used)`` with line endings normalised to ``\\n``.

    Raises :class:`InputError` for empty, oversized, binary or non-UTF-8 input.
    ``encoding`` forces a codec (the user said so: no detection)."""
    if len(data) > max_bytes:
        raise InputError(path, f"file is {len(data):,} bytes, over the limit of {max_bytes:,} bytes")
    if encoding:
        try:
            text = data.decode(encoding)
        except LookupError:
            raise InputError(path, f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as e:
            raise InputError(path, f"not valid {encoding} at byte {e.start}") from None
        used = encoding
    else:
        text, used = _detect_and_decode(data, path)
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise InputError(path, "empty document (no text)")
    bad = _CONTROL.findall(text[:65536])
    if len(bad) > max(8, len(text[:65536]) // 100):
        raise InputError(path, "binary file, not text (control characters throughout)")
    return normalise_newlines(text), used


def normalise_newlines(text: str) -> str:
    """CRLF, lone CR, and the Unicode line/paragraph separators become LF."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u2028" in text or "\u2029" in text or "\x85" in text:
        text = text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\x85", "\n")
    return text


def _detect_and_decode(data: bytes, path: str) -> tuple[str, str]:
    if not data:
        raise InputError(path, "empty file (0 bytes)")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec), codec.replace("-le", "").replace("-be", "") if codec != "utf-8" else "utf-8-sig"
            except UnicodeDecodeError as e:
                raise InputError(path, f"starts with a {codec} byte-order mark but is not valid {codec} at byte {e.start + len(bom)}") from None
    head = data[:4096]
    if data[:4] == b"PK\x03\x04":
        raise InputError(path, "is a zip archive (a .docx?), not a text file")
    if b"\x00" in head:
        if _looks_utf16(head):
            raise InputError(path, "looks like UTF-16 without a byte-order mark; re-save as UTF-8 or pass --encoding utf-16-le")
        raise InputError(path, "binary file, not text (contains NUL bytes)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as e:
        where = e.start
        if e.reason == "unexpected end of data" and e.start >= len(data) - 4:
            raise InputError(path, f"truncated: the file ends in the middle of a UTF-8 character (byte {where})") from None
    try:
        guess = data.decode("gb18030")
    except UnicodeDecodeError:
        guess = None
    if guess is not None and len(_CJK.findall(guess)) >= 2:
        raise InputError(path, "is encoded in GB18030/GBK, not UTF-8; re-save as UTF-8 or pass --encoding gb18030")
    raise InputError(path, f"not valid UTF-8 (first bad byte at offset {where}); pass --encoding if you know it")


def _looks_utf16(head: bytes) -> bool:
    """NUL bytes mostly at one parity (the high bytes of ASCII characters), and the
    bytes decode as UTF-16 text: BOM-less UTF-16, not a binary file."""
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    if max(even, odd) < 4 or max(even, odd) < 3 * min(even, odd):
        return False
    codec = "utf-16-le" if odd else "utf-16-be"
    try:
        text = head[: len(head) // 2 * 2].decode(codec)
    except UnicodeDecodeError:
        return False
    return len(_CONTROL.findall(text)) <= len(text) // 100
