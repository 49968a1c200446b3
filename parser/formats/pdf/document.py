"""Open a PDF with PDFium and refuse what cannot be read, in one line.

A PDF encrypted with an owner password only (printing or copying restricted)
opens with the empty user password and is read; one that needs a user
password is refused (``read_pdf(password=...)`` opens it for a library caller).

Why here: PDFium reports failures as error codes (password, format, file);
this module turns each into an :class:`~parser.errors.InputError` naming the
file, and checks the page limit and that there is a text layer at all, so the
later stages only ever see a readable document. PDFium is not thread-safe: a
document opened here is used by one thread only (``convert`` uses processes).
"""
from __future__ import annotations

from ...errors import InputError
from ... import limits

NO_TEXT = "no text layer (scanned?); OCR is not supported"


def open_pdf(data: bytes, name: str, password: str | None = None):
    """A ``pypdfium2.PdfDocument`` for the bytes; InputError when it is not readable."""
    try:
        import pypdfium2 as pdfium
    except ImportError:
        raise InputError(name, "reading PDF files needs the pypdfium2 package (pip install pypdfium2)") from None
    if not data.lstrip()[:5].startswith(b"%PDF-"):
        raise InputError(name, "is not a PDF file (no %PDF- header)")
    try:
        doc = pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError as e:
        raise InputError(name, _problem(str(e), password)) from None
    n = len(doc)
    if n == 0:
        doc.close()
        raise InputError(name, "the PDF has no pages")
    if n > limits.MAX_PDF_PAGES:
        doc.close()
        raise InputError(name, f"has {n:,} pages, over the limit of {limits.MAX_PDF_PAGES:,}")
    return doc


def _problem(message: str, password: str | None) -> str:
    low = message.lower()
    if "password" in low:
        if password:
            return "the PDF is encrypted and the password given is wrong"
        return "the PDF is encrypted with a user password (open it and save it without one)"
    if "security" in low:
        return "the PDF uses an unsupported security handler"
    if "format" in low or "file" in low or "data" in low:
        return "the PDF is damaged (PDFium cannot read its structure)"
    return f"the PDF cannot be read ({message})"
