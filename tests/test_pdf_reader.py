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
from pdf_builder import make_pdf, encrypted_pdf

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


def test_owner_password_only_opens_and_parses():
    tree = parse_bytes("owner.pdf", encrypted_pdf("Readable with restrictions", user="", owner="boss"))
    assert [p["text"] for p in _paras(tree)] == ["Readable with restrictions"]


def test_user_password_is_refused_in_one_line_and_opens_with_it():
    data = encrypted_pdf("Secret text", user="secret", owner="boss")
    with pytest.raises(InputError, match="^locked.pdf: the PDF is encrypted with a user password"):
        parse_bytes("locked.pdf", data)
    from councildoc.parser.formats.pdf.reader import read_pdf
    doc = read_pdf(data, "locked.pdf", password="secret")
    assert doc.blocks[0].content.text == "Secret text"
    with pytest.raises(InputError, match="the password given is wrong"):
        read_pdf(data, "locked.pdf", password="nope")


@pytest.mark.parametrize("text, kind", [
    ("Page 2", "page_number"), ("3/19", "page_number"), ("7", "page_number"),
    ("GE.09-17087", "job_number"), ("25-02981 (E) 090525", "job_number"), ("2/19 25-02981", "job_number"),
    ("*2502981*", "barcode"), ("/...", "continuation_mark"),
    ("Recalling its resolution 47/118", None), ("A/RES/48/161", None),
])
def test_furniture_kinds_said_by_the_text(text, kind):
    from councildoc.parser.formats.pdf.furniture import kind_of
    assert kind_of(text) == kind


@pytest.mark.parametrize("text", ["A/RES/48/161", "A/HRC/WG.6/7/ITA/1", "A/80/6 (Sect. 25)",
                                  "A/80/6 (Sect. 24)/Corr.1", "GB.340/INS/6"])
def test_a_repeated_symbol_is_a_symbol_line(text):
    from councildoc.parser.formats.pdf.furniture import SYMBOL
    assert SYMBOL.match(text)


def test_slash_notes_under_underscores_and_a_table_in_small_type_is_not_a_note_zone():
    page = [(72, 770, 10, "Recalling the agreements of 1987, 1/ and the later ones,"),
            (72, 758, 10, "and the report of the Secretary-General 2/ on the question,"),
            (72, 130, 10, "____________"),
            (108, 110, 10, "1/"), (144, 110, 10, "A/42/521-S/19085, annex."),
            (108, 98, 10, "2/"), (144, 98, 10, "A/48/580.")]
    tree = parse_bytes("slash.pdf", make_pdf([page]))
    assert [(f["number"], f["text"]) for f in tree["footnotes"]] == [(1, "A/42/521-S/19085, annex."),
                                                                     (2, "A/48/580.")]
    p, = _paras(tree)
    assert p["text"] == ("Recalling the agreements of 1987, and the later ones, and the report of the "
                         "Secretary-General on the question,")
    assert [(s["number"], s["marker"]) for s in p["spans"] if s["type"] == "footnote_ref"] == [(1, "1/"), (2, "2/")]
    # a table in 8.5 pt at the page bottom: no label continuing the numbering, no marker: stays body
    table = [(72, 770, 10, "The figures are as follows:"),
             (72, 120, 8.5, "Region"), (200, 120, 8.5, "2024"), (300, 120, 8.5, "2025"),
             (72, 108, 8.5, "Africa"), (200, 108, 8.5, "12"), (300, 108, 8.5, "14"),
             (72, 96, 8.5, "Asia"), (200, 96, 8.5, "3"), (300, 96, 8.5, "5")]
    tree = parse_bytes("table.pdf", make_pdf([table]))
    assert tree["footnotes"] == []
    t, = [n for n in tree["body"] if n["type"] == "table"]
    assert [[c["text"] for c in r["cells"]] for r in t["rows"]] == [["Region", "2024", "2025"],
                                                                   ["Africa", "12", "14"], ["Asia", "3", "5"]]


def test_rotated_running_head_on_a_landscape_page_is_furniture():
    page = [(820, 200, 8.5, "A/80/6 (Sect. 3)/Add.1", True),
            (60, 500, 10, "1.  The text of a wide table page.")]
    data = make_pdf([page], size=(842.0, 595.0))
    tree = parse_bytes("wide.pdf", data)
    assert [(f["kind"], f["text"]) for f in tree["furniture"]] == [("running_head", "A/80/6 (Sect. 3)/Add.1")]
    assert [p["text"] for p in _paras(tree)] == ["The text of a wide table page."]
