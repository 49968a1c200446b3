"""Readers, one package per file format: bytes → :class:`~parser.raw.RawDocument`.

:mod:`.registry` knows every format (extensions, content sniffing) and which
reader reads it; a reader never imports another reader.
"""
