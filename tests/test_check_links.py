"""Link findings of `councildoc check` (no network): the seed's six placeholder
links, and a small document with one defect per paragraph
(tests/data/check/links.zh.txt)."""
from pathlib import Path

import pytest

from councildoc.corpus.check.checker import check_tree
from councildoc.corpus.check.links import symbols_in_href, url_problem
from councildoc.parser import parse_file

HERE = Path(__file__).resolve().parent
SEED = HERE.parent / "corpus" / "samples" / "GB.340-INS-6.zh.txt"
LINKS = HERE / "data" / "check" / "links.zh.txt"


def _findings(path):
    return check_tree(parse_file(path), str(path))


def test_seed_placeholder_links():
    # counted by reading the seed: line 19 the summary's [GB.338/INS/9](#); line 23 the three
    # related documents; line 33 footnote 2 [主席总结](#); line 37 footnote 4 [执行大会…](#)
    found = [(f.line, f.node) for f in _findings(SEED) if f.code == "link-placeholder"]
    assert sorted(found) == [(19, "meta"), (23, "meta"), (23, "meta"), (23, "meta"), (33, "fn-2"), (37, "fn-4")]


def test_seed_placeholder_suggests_the_symbol():
    f = next(f for f in _findings(SEED) if f.line == 19)
    assert f.level == "warning"
    assert "GB.338/INS/9" in f.suggestion
    # footnote 4's link is a report title that merely mentions resolution 71/243:
    # the link text is no symbol, so no symbol is suggested
    f = next(f for f in _findings(SEED) if f.line == 37)
    assert f.suggestion == "replace '#' with the real address, or remove the link"


def test_each_link_defect():
    got = sorted((f.line, f.node, f.code, f.level) for f in _findings(LINKS))
    assert got == sorted([
        (21, "p-1", "link-symbol-mismatch", "warning"),   # text GB.338/INS/9, URL …/GB.337/INS/9
        (22, "p-2", "link-empty", "warning"),             # [主席总结]()
        (23, "p-3", "link-malformed", "error"),           # htp://
        (24, "p-4", "link-malformed", "error"),           # ilo..org
        (25, "p-5", "link-missing-scheme", "warning"),    # www.ilo.org/gb
        (26, "p-6", "link-anchor-unresolved", "error"),   # #p-30 (#p-3 is fine)
        (28, "p-8", "link-symbol-mismatch", "warning"),   # GB.335/INS/10 → GB337-INS-10.pdf
        (28, "p-8", "link-placeholder", "warning"),       # (TBD)
    ])   # line 27: a URL naming no symbol and GB340-INS-18-6.pdf for GB.340/INS/18/6 are fine


def test_anchor_suggestion_gives_the_paragraph_range():
    f = next(f for f in _findings(LINKS) if f.code == "link-anchor-unresolved")
    assert "#p-30" in f.message and "1–8" in f.suggestion


@pytest.mark.parametrize("href, bad", [
    ("https://www.ilo.org/gb", False), ("http://127.0.0.1:8000/x", False), ("mailto:a@ilo.org", False),
    ("doc.pdf", False), ("https://例子.中国/路径", False),
    ("https://", True), ("http:/www.ilo.org", True), ("htp://www.ilo.org", True), ("https://ilo", True),
    ("https://www.ilo.org:99999/", True), ("https://bad_host.org/", True), ("C:\\docs\\a.pdf", True),
    ("mailto:nobody", True), ("https://a b.org", True),
])
def test_url_problem(href, bad):
    assert (url_problem(href) is not None) == bad


def test_symbols_in_href():
    assert symbols_in_href("https://www.ilo.org/files/GB340-INS-18-6.pdf") == {"GB.340/INS/18/6"}
    assert symbols_in_href("https://www.ilo.org/gb/GB.337/INS/9") == {"GB.337/INS/9"}
    assert symbols_in_href("https://www.ilo.org/wcms_757614.pdf") == set()


def test_bookmark_anchors(tmp_path):
    """'#_Toc…' names a Word bookmark, which trees do not keep: not checkable in a
    .docx tree (no finding); in plain text there are no bookmarks (warning)."""
    from councildoc.corpus.check.links import check_link
    from councildoc.parser.model import Site
    site = Site("see chapter 1", [], "u-1", 4, "paragraph")
    link = {"type": "link", "start": 4, "end": 13, "href": "#_Toc89816785"}
    assert check_link(site, link, "a.docx", {"u-1"}, [], "docx") == []
    f, = check_link(site, link, "a.txt", {"u-1"}, [], "text")
    assert (f.code, f.level, f.line) == ("link-anchor-unresolved", "warning", 4)
    link["href"] = "#p-9"                  # our own id scheme: checked in every format
    f, = check_link(site, link, "a.docx", {"u-1"}, [], "docx")
    assert (f.code, f.level) == ("link-anchor-unresolved", "error")


def test_spaces_in_an_address_are_a_warning():
    from councildoc.corpus.check.links import check_link
    from councildoc.parser.model import Site
    site = Site("report", [], "p-1", 3, "paragraph")
    f, = check_link(site, {"type": "link", "start": 0, "end": 6, "href": "https://www.ilo.org/a file.pdf"},
                    "a.docx", set(), [], "docx")
    assert (f.code, f.level) == ("link-malformed", "warning") and "%20" in f.suggestion
