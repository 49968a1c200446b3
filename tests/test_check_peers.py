"""`check` on third-party .docx test files (shared/peer/docx, read in place,
never copied): links and a footnote hyperlink as their own projects expect
them (pandoc's .native and mammoth's .expected.html, read by hand)."""
from pathlib import Path

import pytest

from councildoc.corpus.check.checker import analyse

PEER = Path(__file__).resolve().parents[1].parent / "shared" / "peer" / "docx"


def _report(name):
    path = PEER / name
    if not path.exists():
        pytest.skip(f"peer file {name} not available")
    report = analyse(str(path))
    assert report.error is None, report.error
    return report


def test_pandoc_links_all_sound():
    # pandoc__links.native: two external links (google.com, pandoc.org/README.html#synopsis)
    # and two internal ones to a heading and a bookmark, which the tree does not keep
    r = _report("pandoc__links.docx")
    assert r.findings == []
    assert [u for u, _ in r.urls] == ["http://google.com", "http://pandoc.org/README.html#synopsis"]


def test_mammoth_footnote_with_hyperlink():
    # mammoth__footnote-hyperlink.expected.html: one footnote, cited once, holding
    # a link to http://www.example.com
    r = _report("mammoth__footnote-hyperlink.docx")
    assert r.findings == []
    (url, place), = r.urls
    assert (url, place.node) == ("http://www.example.com", "fn-1")


def test_table_of_contents_bookmarks_are_not_errors():
    # docx-rs__toc1.docx: a table of contents whose entries link to _Toc bookmarks
    r = _report("docx-rs__toc1.docx")
    assert not [f for f in r.findings if f.code.startswith("link-")]
