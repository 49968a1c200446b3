"""Hostile and broken .docx files: refused with one clear line, never a
traceback, never a read of a local file or of the network."""
from __future__ import annotations

import io
import zipfile

import pytest

from councildoc.corpus.cli import main
from councildoc.parser import parse_bytes, parse_file
from councildoc.parser.formats.docx.safety import check_infolist, MAX_ENTRY_BYTES
from councildoc.parser.errors import InputError
from docx_builder import blank_docx, make_docx, rezip, W_NS, R_NS


def _one_line_error(path) -> str:
    with pytest.raises(InputError) as e:
        parse_file(path)
    msg = str(e.value)
    assert "\n" not in msg and str(path) in msg
    return msg


def test_zip_bomb_by_compression_ratio(tmp_path):
    # 8 MB of zeros deflates to a few KB: a ratio no real .docx part has
    data = rezip(blank_docx(), {"word/media/bomb.bin": b"\0" * (8 * 1024 * 1024)})
    path = tmp_path / "bomb.docx"
    path.write_bytes(data)
    msg = _one_line_error(path)
    assert "word/media/bomb.bin" in msg and "zip bomb" in msg


def test_zip_bomb_by_number_of_entries(tmp_path):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for k in range(2_500):
            z.writestr(f"x/{k}.xml", b"")
    path = tmp_path / "many.docx"
    path.write_bytes(out.getvalue())
    assert "2,500 zip entries" in _one_line_error(path)


def test_zip_bomb_by_declared_size():
    huge = zipfile.ZipInfo("word/document.xml")
    huge.file_size, huge.compress_size = MAX_ENTRY_BYTES + 1, MAX_ENTRY_BYTES + 1
    with pytest.raises(InputError, match="unpacks to"):
        check_infolist([huge], "x.docx")
    parts = []
    for k in range(4):
        z = zipfile.ZipInfo(f"p{k}")
        z.file_size = z.compress_size = 90 * 1024 * 1024
        parts.append(z)
    with pytest.raises(InputError, match="over the limit"):
        check_infolist(parts, "x.docx")


def test_xxe_in_the_document_reads_no_local_file(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    doc = (f'<?xml version="1.0" encoding="UTF-8"?>'
           f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
           f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>'
           f'<w:p><w:r><w:t>before &xxe; after</w:t></w:r></w:p><w:sectPr/></w:body></w:document>').encode()
    path = tmp_path / "xxe.docx"
    path.write_bytes(rezip(blank_docx(), {"word/document.xml": doc}))
    try:
        tree = parse_file(path)
    except InputError as e:          # refusing is fine too, if clearly said
        assert "\n" not in str(e)
        return
    dump = repr(tree)
    assert "TOP-SECRET" not in dump
    assert "before" in dump and "after" in dump


def test_xxe_in_footnotes_reads_no_local_file(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-NOTE")
    body = '<w:p><w:r><w:t>Text</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>'
    base = make_docx(body)
    # relate a footnotes part by hand: content type, relationship, part
    z = zipfile.ZipFile(io.BytesIO(base))
    ct = z.read("[Content_Types].xml").replace(
        b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                     b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
    rels = z.read("word/_rels/document.xml.rels").replace(
        b"</Relationships>", b'<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/officeDocument/'
                             b'2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
    notes = (f'<?xml version="1.0"?><!DOCTYPE w:footnotes [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
             f'<w:footnotes xmlns:w="{W_NS}"><w:footnote w:id="1"><w:p><w:r><w:t>note &xxe;</w:t></w:r></w:p>'
             f'</w:footnote></w:footnotes>').encode()
    path = tmp_path / "xxe-notes.docx"
    path.write_bytes(rezip(base, {"[Content_Types].xml": ct, "word/_rels/document.xml.rels": rels,
                                  "word/footnotes.xml": notes}))
    tree = parse_file(path)
    assert "TOP-SECRET" not in repr(tree)
    assert [f["text"] for f in tree["footnotes"]] == ["note"]
    assert tree["footnotes"][0]["cited_by"] == ["u-1"]


def test_billion_laughs_is_not_expanded(tmp_path):
    ents = '<!ENTITY a "lol">' + "".join(f'<!ENTITY {c} "&{p};&{p};&{p};&{p};&{p};&{p};&{p};&{p};&{p};&{p};">'
                                          for p, c in zip("abcdefgh", "bcdefghi"))
    doc = (f'<?xml version="1.0"?><!DOCTYPE w:document [{ents}]><w:document xmlns:w="{W_NS}"><w:body>'
           f'<w:p><w:r><w:t>&i;</w:t></w:r></w:p></w:body></w:document>').encode()
    path = tmp_path / "laughs.docx"
    path.write_bytes(rezip(blank_docx(), {"word/document.xml": doc}))
    try:
        tree = parse_file(path)
    except InputError as e:
        assert "\n" not in str(e)
        return
    assert "lollol" not in repr(tree)


def test_truncated_zip(tmp_path):
    data = make_docx("<w:p><w:r><w:t>Hello</w:t></w:r></w:p>")
    path = tmp_path / "cut.docx"
    path.write_bytes(data[: len(data) // 2])
    assert "corrupt or truncated" in _one_line_error(path)


def test_docx_without_body(tmp_path):
    doc = f'<?xml version="1.0"?><w:document xmlns:w="{W_NS}"></w:document>'.encode()
    path = tmp_path / "nobody.docx"
    path.write_bytes(rezip(blank_docx(), {"word/document.xml": doc}))
    assert "no document body" in _one_line_error(path)


def test_not_a_zip_named_docx(tmp_path):
    path = tmp_path / "letter.docx"
    path.write_bytes("Dear colleagues, this is plain text.".encode())
    assert "not a zip archive" in _one_line_error(path)


def test_zip_that_is_not_a_docx(tmp_path):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("notes.txt", "hello")
    path = tmp_path / "archive.docx"
    path.write_bytes(out.getvalue())
    assert "not a .docx" in _one_line_error(path)


def test_malformed_document_xml(tmp_path):
    path = tmp_path / "broken.docx"
    path.write_bytes(rezip(blank_docx(), {"word/document.xml": b"<w:document><w:body><w:p>"}))
    assert "cannot be read as a .docx" in _one_line_error(path)


def test_cli_prints_one_line_and_exits_2(tmp_path, capsys):
    path = tmp_path / "cut.docx"
    path.write_bytes(make_docx("<w:p/>")[:300])
    out = tmp_path / "out.json"
    code = main(["parse", str(path), "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and "cut.docx" in err and "Traceback" not in err
    assert not out.exists()


def test_empty_body_is_an_empty_tree():
    tree = parse_bytes("empty.docx", make_docx(""))
    assert tree["body"] == [] and tree["footnotes"] == []


def test_office_package_that_is_not_word(tmp_path):
    data = blank_docx()
    ct = zipfile.ZipFile(io.BytesIO(data)).read("[Content_Types].xml").replace(
        b"wordprocessingml.document.main+xml", b"spreadsheetml.sheet.main+xml")
    path = tmp_path / "book.docx"
    path.write_bytes(rezip(data, {"[Content_Types].xml": ct}))
    msg = _one_line_error(path)
    assert "not a Word document" in msg and "spreadsheetml" in msg and "BytesIO" not in msg


def test_package_without_its_main_part(tmp_path):
    path = tmp_path / "nodoc.docx"
    path.write_bytes(rezip(blank_docx(), {"word/document.xml": None}))
    assert "word/document.xml" in _one_line_error(path)


def test_strict_open_xml_is_named(tmp_path):
    data = blank_docx()
    rels = zipfile.ZipFile(io.BytesIO(data)).read("_rels/.rels").replace(
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
        b"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument")
    path = tmp_path / "strict.docx"
    path.write_bytes(rezip(data, {"_rels/.rels": rels}))
    assert "Strict Open XML" in _one_line_error(path)
