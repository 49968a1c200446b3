"""The one input-format registry: every command accepts the same files, a
format without a reader is refused (or skipped in a folder) with its reason,
and ``parse -`` / ``python -m councildoc`` work."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from conftest import SEED
from councildoc.corpus.cli import main
from councildoc.parser import InputError, detect_format, parse_bytes
from councildoc.parser.formats.registry import (DOCUMENT_EXTENSIONS, FORMATS, readable_extensions,
                                                unsupported_reason)
from councildoc.corpus.search import sources


@pytest.mark.parametrize("name, data, fmt", [
    ("a.txt", b"1. text", "text"), ("a.text", b"1. text", "text"), ("a", b"1. text", "text"),
    ("a.md", b"# T", "markdown"), ("a.markdown", b"# T", "markdown"),
    ("a.docx", b"not a zip", "docx"), ("renamed.txt", b"PK\x03\x04rest", "docx"),
    ("a.htm", b"<p>x", "html"), ("page.txt", b"  <!DOCTYPE html><p>x", "html"),
    ("a.pdf", b"%PDF-1.7", "pdf"), ("scan.txt", b"%PDF-1.4\n", "pdf"), ("odd.csv", b"a,b", "text"),
])
def test_detect(name, data, fmt):
    assert detect_format(name, data) == fmt


def test_formats_known_by_name():
    assert {"text", "markdown", "docx", "html", "pdf"} <= set(FORMATS)


def test_markdown_has_its_own_reader():
    tree = parse_bytes("a.md", "1. 第一段。\n".encode())
    assert tree["source"]["format"] == "markdown" and tree["body"][0]["number"] == 1


def test_pdf_is_refused_in_one_line():
    with pytest.raises(InputError, match=r"^scan.pdf: reading PDF files is not supported by this version$"):
        parse_bytes("scan.pdf", b"%PDF-1.7\n%...")
    assert unsupported_reason("x.PDF") == "reading PDF files is not supported by this version"
    assert unsupported_reason("x.txt") is None and unsupported_reason("x.unknown") is None


def test_index_takes_every_extension_convert_takes():
    assert readable_extensions() <= sources.DOCUMENT_EXTENSIONS == DOCUMENT_EXTENSIONS
    assert ".text" in sources.DOCUMENT_EXTENSIONS


def _folder(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    shutil.copy(SEED, d / "seed.text")          # .text: index used to leave it out
    (d / "scan.pdf").write_bytes(b"%PDF-1.7\n")
    return d


def test_convert_lists_unsupported_files_as_skipped(tmp_path, capsys):
    d = _folder(tmp_path)
    assert main(["convert", str(d), "-o", str(tmp_path / "out"), "--jobs", "1"]) == 0
    out = capsys.readouterr().out
    report = json.loads((tmp_path / "out" / "_report.json").read_text(encoding="utf-8"))
    assert report["converted"] == 1 and report["skipped"] == 1 and report["unsupported"] == 1
    entry = next(e for e in report["files"] if e["path"] == "scan.pdf")
    assert entry["status"] == "skipped" and entry["reason"] == "reading PDF files is not supported by this version"
    assert "1 of the skipped files are in formats this version does not read" in out
    assert not (tmp_path / "out" / "scan.json").exists()


def test_convert_with_nothing_to_convert_says_so(tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["convert", str(empty), "-o", str(tmp_path / "out")]) == 2
    assert "no documents found in" in capsys.readouterr().err
    d = _folder(tmp_path)
    assert main(["convert", str(d), "-o", str(tmp_path / "out2"), "--jobs", "1"]) == 0
    capsys.readouterr()
    assert main(["convert", str(d), "-o", str(tmp_path / "out2"), "--jobs", "1"]) == 0   # all up to date
    assert "nothing to do" in capsys.readouterr().out


def test_index_reads_text_files_and_skips_pdf(tmp_path, capsys):
    d = _folder(tmp_path)
    assert main(["index", str(d), "--db", str(tmp_path / "i.db")]) == 0
    err = capsys.readouterr().err
    assert "indexed 1 document(s)" in err and "1 skipped (format not supported)" in err
    assert "skipped: " in err and "scan.pdf: reading PDF files is not supported" in err


def test_check_reports_unsupported_as_info(tmp_path, capsys):
    d = _folder(tmp_path)
    main(["check", str(d), "--format", "json"])
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    pdf = [r for r in rows if r["code"] == "input-unsupported"]
    assert len(pdf) == 1 and pdf[0]["level"] == "info" and pdf[0]["data"]["reason"].startswith("reading PDF")


def test_parse_reads_standard_input(monkeypatch, capsys):
    import io
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEED.read_bytes())))
    assert main(["parse", "-"]) == 0
    tree = json.loads(capsys.readouterr().out)
    assert tree["source"]["path"] == "<stdin>" and tree["symbol"] == "GB.340/INS/6"


def test_python_dash_m_councildoc():
    p = subprocess.run([sys.executable, "-m", "councildoc", "parse", "-"], input=b"1. Text.\n",
                       capture_output=True, timeout=120)
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["body"][0]["number"] == 1
