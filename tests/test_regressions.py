"""Inputs that once broke a property (found by the property tests or the
fuzzers), kept as plain tests so they never come back. Each test says what was
wrong; expected values are checked by hand against the input."""
from councildoc.parser import parse_text


def test_fullwidth_paragraph_marker_is_kept_as_printed():
    # found by test_properties_parser: "0．:" gave marker "0." — the full-width
    # full stop was lost from the tree
    tree = parse_text("7．（a）项目。\n")
    para = tree["body"][0]
    assert para["number"] == 7
    assert para["marker"] == "7．"
    assert para["text"] == "（a）项目。"


def _html(body: str) -> dict:
    from councildoc.parser import parse_bytes
    return parse_bytes("page.html", f"<html><body>{body}</body></html>".encode("utf-8"), fmt="html")


def test_html_heading_keeps_its_glyph_as_printed():
    # found by test_properties_html: <h1>▶ 导言</h1> gave heading_text "导言",
    # and <h1>▶ </h1> vanished — the ▶ was lost from the tree
    tree = _html("<h1>▶ 导言</h1><p>1. 正文。</p>")
    section = tree["body"][0]
    assert (section["heading"], section["heading_text"]) == ("导言", "▶ 导言")
    assert _html("<h1>▶ </h1>")["body"][0]["heading_text"] == "▶"


def test_header_table_caption_is_kept():
    # found by test_properties_html: a small table before the first heading is
    # read as header lines; its <caption> was dropped
    tree = _html("<table><caption>GB.</caption><tr><td>GB.340/INS/6</td></tr></table>")
    assert [h["text"] for h in tree["meta"]["header"]] == ["GB.", "GB.340/INS/6"]
    assert tree["symbol"] == "GB.340/INS/6"


def test_docx_whose_main_part_is_in_another_namespace_is_refused_in_one_line():
    # found by fuzz/fuzz_docx.py: word/document.xml with the w: namespace URI
    # changed (…/2006/miin) made python-docx return a plain element, and the
    # reader failed with AttributeError ('_Element' has no attribute 'body')
    import pytest
    from councildoc.parser import InputError, parse_bytes
    from docx_builder import W_NS, document_xml, make_docx, rezip
    good = make_docx('<w:p><w:r><w:t>1. 正文。</w:t></w:r></w:p>')
    assert parse_bytes("ok.docx", good)["body"][0]["text"] == "正文。"
    broken = rezip(good, {"word/document.xml": document_xml('<w:p><w:r><w:t>1. 正文。</w:t></w:r></w:p>')
                          .replace(W_NS.encode(), W_NS.replace("main", "miin").encode())})
    with pytest.raises(InputError) as err:
        parse_bytes("broken.docx", broken)
    assert str(err.value) == "broken.docx: is a .docx file with no document body (w:body missing)"


def test_malformed_xml_part_is_refused_in_one_line():
    # found by fuzz/fuzz_docx.py: a NUL in word/footnotes.xml gave an InputError
    # whose message (lxml's) held a newline
    import pytest
    from councildoc.parser import InputError, parse_bytes
    from docx_builder import add_parts, make_docx, notes_xml
    body = '<w:p><w:r><w:t>1. 正文</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>'
    notes = notes_xml("footnote", {1: "<w:p><w:r><w:t>注。</w:t></w:r></w:p>"})
    good = add_parts(make_docx(body), {"rIdF": ("footnotes", "footnotes.xml", notes)})
    assert parse_bytes("ok.docx", good)["footnotes"][0]["text"] == "注。"
    bad = add_parts(make_docx(body), {"rIdF": ("footnotes", "footnotes.xml", notes.replace("注".encode(), b"\x00"))})
    with pytest.raises(InputError) as err:
        parse_bytes("bad.docx", bad)
    message = str(err.value)
    assert message.startswith("bad.docx: part /word/footnotes.xml is not well-formed XML (")
    assert "\n" not in message


def test_malformed_styles_part_is_refused_naming_the_file():
    # found by fuzz/fuzz_docx.py: an undeclared namespace prefix in
    # word/styles.xml gave an InputError with an empty file name (": part …")
    import pytest
    from councildoc.parser import InputError, parse_bytes
    import io
    import re
    import zipfile
    from docx_builder import W_NS, make_docx, rezip
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{W_NS}">'
              '<w:style w:type="paragraph" w:styleId="Normal"><kw:rPr/></w:style></w:styles>').encode()
    data = make_docx("<w:p><w:r><w:t>1. 正文。</w:t></w:r></w:p>", {"word/styles.xml": styles})
    # without its content-type entry python-docx leaves the part unparsed: the reader parses it
    types = zipfile.ZipFile(io.BytesIO(data)).read("[Content_Types].xml").decode()
    types = re.sub(r'<Override PartName="/word/styles.xml"[^>]*/>', "", types)
    data = rezip(data, {"[Content_Types].xml": types.encode()})
    with pytest.raises(InputError) as err:
        parse_bytes("styled.docx", data)
    assert str(err.value).startswith("styled.docx: part /word/styles.xml is not well-formed XML (Namespace prefix kw")


def test_relationship_without_a_type_is_ignored():
    # found by fuzz/fuzz_docx.py: a <Relationship> with no Type attribute made
    # the reader fail with AttributeError ('NoneType' has no attribute 'endswith')
    import io
    import re
    import zipfile
    from councildoc.parser import parse_bytes
    from docx_builder import make_docx, rezip
    data = make_docx("<w:p><w:r><w:t>1. 正文。</w:t></w:r></w:p>")
    rels = zipfile.ZipFile(io.BytesIO(data)).read("word/_rels/document.xml.rels").decode()
    untyped, n = re.subn(r'Type="[^"]*/styles"', "", rels)
    assert n == 1
    tree = parse_bytes("untyped.docx", rezip(data, {"word/_rels/document.xml.rels": untyped.encode()}))
    assert [(p["number"], p["text"]) for p in tree["body"]] == [(1, "正文。")]
