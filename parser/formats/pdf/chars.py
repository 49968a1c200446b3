"""The characters of one page with the geometry the later stages need.

Why per character: a line's baseline, a superscript marker (smaller and
raised), a footnote zone (smaller lines at the page bottom) and a tab stop
(a wide gap) are all facts about characters, not about the text PDFium
strings together. What PDFium gives and how it is corrected here:

- the font size: some PDFs (Acrobat Distiller 2.1, PDFMaker) set a size of
  1.0 and scale the text matrix; the *effective* size is the font size times
  the matrix's scale, which is what a reader sees;
- the origin on the baseline, and the *loose* box (the tight glyph box splits
  CJK words and makes lower-case lines look smaller than capital ones);
- bold: a weight of 600 or more, or a bold face by its name (headings);
- a rotated character (matrix with a shear/rotation part) is flagged: rotated
  running heads on landscape pages are furniture;
- U+0002 or U+FFFE for a hyphen at a line end (PDFium's soft-hyphen codes) becomes ``-``;
- spaces PDFium invents in justified lines are dropped between two CJK
  characters (Chinese has no spaces); ``\\r``/``\\n`` it generates are dropped
  too (lines are rebuilt from geometry in :mod:`.lines`).
"""
from __future__ import annotations

import ctypes
import math
import struct

import pypdfium2.raw as R

_RECT = struct.Struct("4f")
SOFT_HYPHEN = ("\x02", "\ufffe")      # what PDFium returns for a hyphen at a line end


class Char:
    """One character: text, loose box (x0, x1, bottom, top), baseline origin
    (ox, oy), effective size in points, and whether it is rotated."""
    __slots__ = ("ch", "x0", "x1", "bottom", "top", "ox", "oy", "size", "rotated", "bold")

    def __init__(self, ch, x0, x1, bottom, top, ox, oy, size, rotated=False, bold=False):
        self.ch, self.x0, self.x1, self.bottom, self.top = ch, x0, x1, bottom, top
        self.ox, self.oy, self.size, self.rotated, self.bold = ox, oy, size, rotated, bold

    def __repr__(self):
        return f"Char({self.ch!r}, x={self.x0:.1f}-{self.x1:.1f}, y={self.oy:.1f}, size={self.size:.1f})"


def is_cjk(ch: str) -> bool:
    """Han, kana, Hangul and full-width punctuation: text written without spaces."""
    return ("\u3000" <= ch <= "\u9fff") or ("\uf900" <= ch <= "\ufaff") or ("\uff00" <= ch <= "\uffef") \
        or ("\uac00" <= ch <= "\ud7af")


def page_chars(textpage) -> list[Char]:
    """Every character of a ``pypdfium2.PdfTextPage``, in PDFium's order."""
    h = textpage.raw
    n = R.FPDFText_CountChars(h)
    if n <= 0:
        return []
    text = _page_text(h, n)
    rect, m = R.FS_RECTF(), R.FS_MATRIX()
    x, y = ctypes.c_double(), ctypes.c_double()
    rect_p, m_p, x_p, y_p = ctypes.byref(rect), ctypes.byref(m), ctypes.byref(x), ctypes.byref(y)
    # FS_RECTF is four floats (left, top, right, bottom): one unpack beats four field reads
    rect_bytes = (ctypes.c_char * ctypes.sizeof(rect)).from_buffer(rect)
    unpack_rect = _RECT.unpack_from
    get_box, get_origin = R.FPDFText_GetLooseCharBox, R.FPDFText_GetCharOrigin
    is_generated = R.FPDFText_IsGenerated
    out: list[Char] = []
    append = out.append
    style_key = None
    size, rotated, bold, dx, dy = 0.0, False, False, 0.0, 0.0
    text_object, last_object, bold_object = _text_object_id(), None, None
    name_buf = ctypes.create_string_buffer(128)
    after_space = True
    for i in range(n):
        ch = text[i]
        if ch == "\r" or ch == "\n":
            after_space = True
            continue
        if ch == " ":
            # a space needs no geometry of its own (it takes its neighbour's); whether
            # PDFium made it up matters only between two CJK characters
            after_space = True
            if not out or out[-1].ch == " " or (0 < i < n - 1 and is_cjk(text[i - 1]) and is_cjk(text[i + 1])
                                                and is_generated(h, i) == 1):
                continue
            p = out[-1]
            append(Char(" ", p.x1, p.x1, p.bottom, p.top, p.x1, p.oy, p.size, p.rotated))
            continue
        if ch in SOFT_HYPHEN:
            ch = "-"
        get_box(h, i, rect_p)
        left, top, right, bottom = unpack_rect(rect_bytes)
        # the loose box depends on the font and its size, not on the glyph: while its
        # height stays the same, so do the size, the rotation and the baseline's
        # place in the box (one PDFium call per character instead of five)
        key = top - bottom
        if key != style_key or rotated:
            # some fonts give each glyph its own "loose" box: then ask which text object
            # the character is in (one font, size and matrix per object) before the rest
            style_key = key
            get_origin(h, i, x_p, y_p)
            dx, dy = x.value - left, y.value - bottom
            obj = text_object(h, i)
            if obj != last_object or rotated:
                last_object = obj
                size, rotated = _size_and_rotation(h, i, m, m_p)
                bold, bold_object = _is_bold(h, i, name_buf), obj
        elif after_space:
            obj = text_object(h, i)             # a bold word in a line of the same font size
            if obj != bold_object:
                bold, bold_object = _is_bold(h, i, name_buf), obj
        after_space = False
        append(Char(ch, left, right, bottom, top, left + dx, bottom + dy, size, rotated, bold))
    return out


_BOLD_NAMES = (b"Bold", b"bold", b"Black", b"Heavy", b"Semibold", b"SemiBold", b"Demi")


def _is_bold(h, i: int, name_buf) -> bool:
    """Weight 600 or more, or a bold face by name: LibreOffice embeds
    ``LiberationSerif-Bold`` with the weight left at 400."""
    if R.FPDFText_GetFontWeight(h, i) >= 600:
        return True
    R.FPDFText_GetFontInfo(h, i, name_buf, ctypes.sizeof(name_buf), None)
    return any(b in name_buf.value for b in _BOLD_NAMES)


def _text_object_id():
    """``FPDFText_GetTextObject`` returning the object's address as an int
    (comparable without a ctypes cast per character)."""
    proto = ctypes.CFUNCTYPE(ctypes.c_void_p, R.FPDF_TEXTPAGE, ctypes.c_int)
    return proto(ctypes.cast(R.FPDFText_GetTextObject, ctypes.c_void_p).value)


def _size_and_rotation(h, i: int, m, m_p) -> tuple[float, bool]:
    """Effective size (font size times the matrix scale when the font size is
    1.0) and whether the character is rotated."""
    R.FPDFText_GetMatrix(h, i, m_p)
    size = R.FPDFText_GetFontSize(h, i)
    if size <= 1.01:
        size *= math.sqrt(abs(m.a * m.d - m.b * m.c)) or 1.0
    return size, abs(m.b) > 1e-3 or abs(m.c) > 1e-3


def _page_text(h, n: int) -> str:
    """The page's characters as one string, one code unit per character index."""
    buf = ctypes.create_string_buffer((n + 1) * 2)
    got = R.FPDFText_GetText(h, 0, n, ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort)))
    raw = buf.raw[: max(got - 1, 0) * 2]
    text = raw.decode("utf-16-le", errors="surrogatepass")
    if len(text) == n:
        return text
    return "".join(chr(R.FPDFText_GetUnicode(h, i) or 0xFFFD) for i in range(n))
