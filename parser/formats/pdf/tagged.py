"""Tagged PDFs (Word, Acrobat PDFMaker and LibreOffice can write them): what
the producer marked as an *artifact* — running heads and feet, page numbers —
is furniture, whatever the geometry says.

Why the marks and not the structure tree: the artifact mark sits on the page
object itself, so one pass over a page's text objects finds it, while the
structure tree would have to be walked and matched back to marked-content ids.
Untagged PDFs (most LibreOffice and older Distiller output) skip this and the
geometry of :mod:`.furniture` decides alone.
"""
from __future__ import annotations

import ctypes

import pypdfium2.raw as R

from .lines import Line


def is_tagged(doc) -> bool:
    return bool(R.FPDFCatalog_IsTagged(doc.raw))


def artifact_boxes(page) -> list[tuple[float, float, float, float]]:
    """(left, bottom, right, top) of the page's text objects marked ``Artifact``."""
    out = []
    name = (ctypes.c_ushort * 64)()
    length = ctypes.c_ulong()
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    for i in range(R.FPDFPage_CountObjects(page.raw)):
        obj = R.FPDFPage_GetObject(page.raw, i)
        if R.FPDFPageObj_GetType(obj) != R.FPDF_PAGEOBJ_TEXT:
            continue
        for j in range(R.FPDFPageObj_CountMarks(obj)):
            mark = R.FPDFPageObj_GetMark(obj, j)
            if not R.FPDFPageObjMark_GetName(mark, name, ctypes.sizeof(name), ctypes.byref(length)):
                continue
            if bytes(name)[:max(length.value - 2, 0)].decode("utf-16-le", "replace") == "Artifact":
                R.FPDFPageObj_GetBounds(obj, ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right),
                                        ctypes.byref(top))
                out.append((left.value, bottom.value, right.value, top.value))
                break
    return out


def artifact_lines(lines: list[Line], boxes: list[tuple[float, float, float, float]]) -> list[Line]:
    """Lines lying within an artifact's box (most of their width, their baseline)."""
    out = []
    for ln in lines:
        width = max(ln.x1 - ln.x0, 0.1)
        for left, bottom, right, top in boxes:
            if bottom - 1 <= ln.baseline <= top + 1 and (min(ln.x1, right) - max(ln.x0, left)) >= 0.5 * width:
                out.append(ln)
                break
    return out
