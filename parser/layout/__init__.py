"""The layout stage every reader feeds: raw blocks → :class:`~parser.blocks.Document`.

One implementation of each rule of a council document's layout, whatever
the file format: line and label classification (:mod:`.classify`), header
fields (:mod:`.header`), paragraph numbers, items and headings
(:mod:`.numbering`), table rows (:mod:`.tables`), language
(:mod:`.language`), and assembly into blocks — line by line for plain text
(:mod:`.lines`, :mod:`.plain`), paragraph by paragraph for .docx, HTML and
PDF (:mod:`.paragraphs`). It never imports a reader.
"""
from __future__ import annotations

from ..blocks import Document
from ..raw import RawDocument, RawParagraph
from .language import detect_language
from .paragraphs import assemble_paragraphs
from .plain import lay_out_lines
from .markdown import apply_markdown
from . import un_docx

LANGUAGE_SAMPLE_BLOCKS = 200      # the first blocks of a paragraph document tell its language


def lay_out(raw: RawDocument) -> Document:
    """The Document of a reader's raw output."""
    if raw.lines is not None:
        doc = lay_out_lines(raw.lines, raw.path, lang=raw.language, fmt=raw.format, sha256=raw.sha256,
                            encoding=raw.encoding, size=raw.size)
        doc.footnotes.extend(raw.footnotes)
        doc.furniture.extend(raw.furniture)
        doc.diagnostics[:0] = raw.diagnostics
        if raw.format == "markdown":
            apply_markdown(doc, raw)
        return doc
    asm = assemble_paragraphs(raw.blocks)
    furniture = [f.text for f in raw.furniture]
    if asm.un or un_docx.is_un(furniture):          # a UN masthead lives in the first page's header
        asm.symbol = un_docx.masthead_from_furniture(furniture, asm.meta) or asm.symbol
    sample = "\n".join(b.content.text for b in raw.blocks[:LANGUAGE_SAMPLE_BLOCKS] if isinstance(b, RawParagraph))
    return Document(path=raw.path, format=raw.format, sha256=raw.sha256,
                    language=raw.language or detect_language(sample), meta=asm.meta, header=asm.header,
                    body=asm.body, footnotes=raw.footnotes, furniture=raw.furniture,
                    diagnostics=list(raw.diagnostics), encoding=raw.encoding, size=raw.size,
                    symbol=asm.symbol, related=asm.related)
