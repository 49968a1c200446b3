"""Small PDFs with known content, written with PDFium's page-object API
(pypdfium2), so the PDF reader's stages can be tested without fixtures."""
from __future__ import annotations

import ctypes
import io

import pypdfium2 as pdfium
import pypdfium2.raw as R


def make_pdf(pages: list[list[tuple[float, float, float, str]]], size=(595.0, 842.0)) -> bytes:
    """One page per list of ``(x, y, font size, text)`` (Helvetica, baseline at
    y); a fifth item ``True`` turns the text a quarter turn (reading upwards)."""
    doc = pdfium.PdfDocument.new()
    for items in pages:
        page = doc.new_page(*size)
        for x, y, font_size, text, *turn in items:
            obj = R.FPDFPageObj_NewTextObj(doc.raw, b"Helvetica", ctypes.c_float(font_size))
            buf = ctypes.create_unicode_buffer(text + "\0")
            wide = (text + "\0").encode("utf-16-le")
            arr = (ctypes.c_ushort * (len(wide) // 2)).from_buffer_copy(wide)
            R.FPDFText_SetText(obj, arr)
            if turn and turn[0]:
                R.FPDFPageObj_Transform(obj, 0, 1, -1, 0, x, y)
            else:
                R.FPDFPageObj_Transform(obj, 1, 0, 0, 1, x, y)
            R.FPDFPage_InsertObject(page.raw, obj)
            del buf
        R.FPDFPage_GenerateContent(page.raw)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out, i, j = bytearray(), 0, 0
    for b in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(b ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def encrypted_pdf(text: str, user: str, owner: str) -> bytes:
    """A one-page PDF encrypted with the standard security handler, revision 2
    (40-bit RC4; PDF 1.7 §7.6.3), written by hand: PDFium opens it with the
    user password, and with none when the user password is empty."""
    import hashlib
    file_id = b"0123456789abcdef"
    perms = -4
    pad = lambda pw: (pw.encode("latin-1") + _PAD)[:32]
    o = _rc4(hashlib.md5(pad(owner or user)).digest()[:5], pad(user))
    key = hashlib.md5(pad(user) + o + perms.to_bytes(4, "little", signed=True) + file_id).digest()[:5]
    u = _rc4(key, _PAD)
    content = f"BT /F1 12 Tf 72 700 Td ({text}) Tj ET".encode("latin-1")
    obj_key = hashlib.md5(key + (4).to_bytes(3, "little") + (0).to_bytes(2, "little")).digest()[:10]
    stream = _rc4(obj_key, content)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <" + o.hex().encode() + b"> /U <" + u.hex().encode()
        + b"> /P %d >>" % perms,
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Encrypt 6 0 R /ID [<" % (len(objs) + 1) + file_id.hex().encode()
            + b"> <" + file_id.hex().encode() + b">] >>\nstartxref\n%d\n%%%%EOF\n" % xref)
    return bytes(out)
