"""Small PDFs with known content, written with PDFium's page-object API
(pypdfium2), so the PDF reader's stages can be tested without fixtures."""
from __future__ import annotations

import ctypes
import io

import pypdfium2 as pdfium
import pypdfium2.raw as R


def make_pdf(pages: list[list[tuple[float, float, float, str]]], size=(595.0, 842.0)) -> bytes:
    """One page per list of ``(x, y, font size, text)`` (Helvetica, baseline at y)."""
    doc = pdfium.PdfDocument.new()
    for items in pages:
        page = doc.new_page(*size)
        for x, y, font_size, text in items:
            obj = R.FPDFPageObj_NewTextObj(doc.raw, b"Helvetica", ctypes.c_float(font_size))
            buf = ctypes.create_unicode_buffer(text + "\0")
            wide = (text + "\0").encode("utf-16-le")
            arr = (ctypes.c_ushort * (len(wide) // 2)).from_buffer_copy(wide)
            R.FPDFText_SetText(obj, arr)
            R.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
            R.FPDFPage_InsertObject(page.raw, obj)
            del buf
        R.FPDFPage_GenerateContent(page.raw)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
