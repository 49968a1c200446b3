"""The PDF reader (parser/formats/pdf): small PDFs written in the test with
known content, and bad input refused in one line."""
from __future__ import annotations

import pytest

pytest.importorskip("pypdfium2")

from councildoc.parser import limits
from councildoc.parser.api import parse_bytes, detect_format
from councildoc.parser.errors import InputError
from councildoc.parser.formats.pdf.chars import Char
from councildoc.parser.formats.pdf.lines import page_lines
from councildoc.parser.formats.pdf.paragraphs import _separator
from pdf_builder import make_pdf

PAGE1 = [(72, 770, 10, "Title of a test"),
         (72, 740, 10, "1.  A first paragraph that mentions a note"),
         (262, 744, 6, "1"),                                  # superscript: smaller and raised
         (72, 728, 10, "and goes on with the Secretary-"),
         (72, 716, 10, "General."),
         (72, 690, 10, "2.  Second paragraph."),
         (72, 60, 8, "1 The note text."),
         (280, 30, 8, "Page 1")]
PAGE2 = [(72, 770, 10, "3.  Third paragraph."), (280, 30, 8, "Page 2")]


@pytest.fixture(scope="module")
def tree():
    return parse_bytes("t.pdf", make_pdf([PAGE1, PAGE2]))


def _paras(tree):
    return [n for n in tree["body"] if n["type"] == "paragraph"]


def test_pdf_is_detected_by_name_and_content():
    assert detect_format("x.pdf", b"") == "pdf"
    assert detect_format("x.bin", b"%PDF-1.7\n...") == "pdf"


def test_numbered_paragraphs_wrapped_lines_and_kept_hyphen(tree):
    paras = {p["number"]: p["text"] for p in _paras(tree) if p.get("number")}
    assert sorted(paras) == [1, 2, 3]
    assert [p["lines"] for p in _paras(tree) if p.get("number") == 1] == [[2, 4]]   # three lines
    # a line-end hyphen is real in UN English: kept, joined without a space
    assert paras[1] == "A first paragraph that mentions a note and goes on with the Secretary-General."
    assert tree["source"]["format"] == "pdf" and tree["schema_version"] == "1.1"


def test_superscript_marker_linked_to_the_note_at_the_bottom(tree):
    p1 = next(p for p in _paras(tree) if p.get("number") == 1)
    ref, = [s for s in p1["spans"] if s["type"] == "footnote_ref"]
    assert p1["text"][:ref["start"]] == "A first paragraph that mentions a note"
    fn, = tree["footnotes"]
    assert fn["text"] == "The note text." and fn["cited_by"] == [p1["id"]]


def test_page_numbers_are_furniture_not_body(tree):
    assert [(f["kind"], f["text"]) for f in tree["furniture"]] == [("page_number", "Page 1"),
                                                                   ("page_number", "Page 2")]
    assert not any("Page" in p["text"] for p in _paras(tree))


def test_two_columns_left_before_right():
    left = [(56, 760 - 12 * i, 10, f"left{i} words in the left column") for i in range(8)]
    right = [(320, 760 - 12 * i, 10, f"right{i} words in the right column") for i in range(8)]
    title = [(56, 790, 10, "A title line that spans both of the columns of the page")]
    lines = page_lines(_chars_of(make_pdf([title + right + left])), 1, 595)
    texts = [ln.text.split()[0] for ln in lines]
    assert texts == ["A"] + [f"left{i}" for i in range(8)] + [f"right{i}" for i in range(8)]


def _chars_of(data: bytes) -> list[Char]:
    import pypdfium2 as pdfium
    from councildoc.parser.formats.pdf.chars import page_chars
    doc = pdfium.PdfDocument(data)
    return page_chars(doc[0].get_textpage())


def test_cjk_lines_join_without_space_and_english_with_one():
    assert _separator("人人生而自由", "在尊严") == ""
    assert _separator("the Secretary-", "General") == ""
    assert _separator("goes", "on") == " "


def test_no_text_layer_is_refused_in_one_line():
    with pytest.raises(InputError, match=r"no text layer \(scanned\?\); OCR is not supported"):
        parse_bytes("scan.pdf", make_pdf([[]]))


@pytest.mark.parametrize("data", [b"%PDF-1.4\n1 0 obj garbage", b"%PDF-"])
def test_damaged_pdf_is_refused_in_one_line(data):
    with pytest.raises(InputError, match="the PDF is damaged") as e:
        parse_bytes("bad.pdf", data)
    assert "\n" not in str(e.value) and str(e.value).startswith("bad.pdf: ")


def test_truncated_pdf_is_refused_or_read_never_a_traceback():
    data = make_pdf([PAGE1, PAGE2])
    for cut in (len(data) // 3, len(data) // 2, len(data) - 40):
        try:
            parse_bytes("cut.pdf", data[:cut])
        except InputError as e:
            assert "\n" not in str(e) and str(e).startswith("cut.pdf: ")


def test_page_limit(monkeypatch):
    monkeypatch.setattr(limits, "MAX_PDF_PAGES", 1)
    with pytest.raises(InputError, match="has 2 pages, over the limit of 1"):
        parse_bytes("long.pdf", make_pdf([PAGE1, PAGE2]))
