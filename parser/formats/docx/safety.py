"""Checks made on a .docx's zip container before any XML in it is parsed.

A .docx is a zip of XML written by anyone. Reading it must not exhaust memory
(zip bombs: huge uncompressed sizes, absurd compression ratios, millions of
entries) nor touch the file system or the network (external entities). The zip
directory is checked here, from ``infolist()`` alone, so a hostile file is
refused before python-docx decompresses anything. Every XML part we parse
ourselves goes through :data:`SAFE_PARSER`.
"""
from __future__ import annotations

import io
import zipfile

from lxml import etree

from ...errors import InputError

MAX_ENTRIES = 2_000
MAX_ENTRY_BYTES = 100 * 1024 * 1024        # one uncompressed part
MAX_TOTAL_BYTES = 300 * 1024 * 1024        # all parts together, uncompressed
MAX_RATIO = 200                            # uncompressed / compressed, for parts over 1 MB
RATIO_FLOOR = 1024 * 1024

# No DTD, no entity expansion, no network: an XXE payload stays inert.
SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                              huge_tree=False, remove_blank_text=False)


def open_checked_zip(data: bytes, name: str) -> zipfile.ZipFile:
    """Open ``data`` as a zip after checking its directory; raise InputError otherwise."""
    if data[:2] != b"PK":
        raise InputError(name, "is not a .docx file (not a zip archive)")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except zipfile.BadZipFile as e:
        raise InputError(name, f"is a corrupt or truncated .docx file ({e})") from None
    except (OSError, ValueError, EOFError) as e:
        raise InputError(name, f"is a corrupt or truncated .docx file ({e})") from None
    check_infolist(infos, name)
    names = {i.filename for i in infos}
    if "word/document.xml" not in names and "[Content_Types].xml" not in names:
        raise InputError(name, "is a zip archive but not a .docx file (no [Content_Types].xml)")
    return zf


def check_infolist(infos: list, name: str) -> None:
    """Refuse zip bombs from the directory alone (sizes are what the zip claims;
    python-docx's reads are bounded by the same claims, zipfile checks CRCs)."""
    if len(infos) > MAX_ENTRIES:
        raise InputError(name, f"has {len(infos):,} zip entries, over the limit of {MAX_ENTRIES:,} (zip bomb?)")
    total = 0
    for info in infos:
        size = info.file_size
        if size > MAX_ENTRY_BYTES:
            raise InputError(name, f"zip entry {info.filename!r} unpacks to {size:,} bytes, "
                                   f"over the limit of {MAX_ENTRY_BYTES:,} (zip bomb?)")
        if size > RATIO_FLOOR and size > MAX_RATIO * max(info.compress_size, 1):
            raise InputError(name, f"zip entry {info.filename!r} is compressed {size // max(info.compress_size, 1):,} to 1, "
                                   f"over the limit of {MAX_RATIO} to 1 (zip bomb?)")
        total += size
    if total > MAX_TOTAL_BYTES:
        raise InputError(name, f"unpacks to {total:,} bytes, over the limit of {MAX_TOTAL_BYTES:,} (zip bomb?)")


def parse_part(blob: bytes, name: str, part: str):
    """Parse one XML part with the safe parser; a malformed part is an InputError."""
    try:
        return etree.fromstring(blob, SAFE_PARSER)
    except etree.XMLSyntaxError as e:
        raise InputError(name, f"part {part} is not well-formed XML ({e.msg if hasattr(e, 'msg') else e})") from None
