"""The PDF reader: PDFium's characters with geometry → lines → furniture,
footnotes, paragraphs and tables → the shared paragraph assembler.

Each stage is its own module and works on plain data (chars, lines), so it can
be tested alone: :mod:`.document` (open, refuse bad input), :mod:`.chars`,
:mod:`.lines`, :mod:`.furniture`, :mod:`.notes`, :mod:`.markers`,
:mod:`.paragraphs`, :mod:`.tables`, and :mod:`.reader`, the adapter.
"""
