"""What PDF text extraction leaves in a plain text besides the document's
own lines: the file name of the Word original printed as a page foot
(``GB320-INS_6_[RELME-140120-1]-Ch.docx``, ``GB.317-INS-5-2013-02-0123-Ch.doc``,
``0166657e.doc``), and the UN job number and bar code of the first page
(``01-66657 (E) 291101``, ``*0166657*``), which a page-layout reader keeps
as furniture and the masthead reader also reads into ``meta``.

Why here and not in the masthead reader: these are page marks of a PDF, not
header fields; they only appear in text taken out of one.
"""
from __future__ import annotations

import re

# one token, no spaces: a Word or PDF file name, as the foot of every page prints it
_FILE_NAME = re.compile(r"^[\w\[\]().,+~&'#-]{2,150}\.(?:docx?|DOCX?|rtf|RTF|pdf|PDF)$")


def is_file_name(text: str) -> bool:
    """Is this line only the file name of the document's original (a page foot)?"""
    text = text.strip()
    return bool(_FILE_NAME.match(text)) and any(c.isalpha() for c in text[:-4])


def page_mark_kind(field: str, text: str) -> str | None:
    """``job_number`` or ``barcode`` when a masthead line the header reader
    took as the job-number field is one of those page marks, else None."""
    if field != "job_number":
        return None
    return "barcode" if text.strip().startswith("*") else "job_number"
