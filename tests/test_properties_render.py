"""The renderer gives back the text a tree came from (the basis of the
nothing-lost property): every source line once, markers back in place, only
link syntax and layout whitespace gone."""
from collections import Counter
from pathlib import Path

from councildoc.parser import parse_file, parse_text
from councildoc.parser.render import render_text

SAMPLE = Path(__file__).resolve().parents[1] / "corpus" / "samples" / "GB.340-INS-6.zh.txt"


def _chars(text: str) -> Counter:
    return Counter(c for c in text if not c.isspace())


def test_small_document_renders_back_line_for_line():
    src = ("▶ I. 标题\n\n"
           "1. This is an inter-\n"
           "national test with a note¹² and [a link](http://x) and[^3]\n"
           "continued here.\n"
           "(a) first item\n"
           "with more\n"
           "(b) second.\n\n"
           "³ third note.\n¹ one.\n² two.\n")
    # expected: the source, minus the link's "[", "](http://x)" and blank lines;
    # footnotes come in number order (the tree sorts them).
    expected = ("▶ I. 标题\n"
                "1. This is an inter-\n"
                "national test with a note¹² and a link and[^3]\n"
                "continued here.\n"
                "(a) first item\n"
                "with more\n"
                "(b) second.\n"
                "¹ one.\n² two.\n³ third note.\n")
    assert render_text(parse_text(src)) == expected


def test_seed_document_loses_only_link_syntax():
    src = SAMPLE.read_text(encoding="utf-8")
    rendered = render_text(parse_file(SAMPLE))
    lost = _chars(src) - _chars(rendered)
    added = _chars(rendered) - _chars(src)
    # the header has six links written [GB.xxx](#): their "[", "]", "(", "#", ")" go
    assert src.count("](#)") == 6
    assert lost == Counter({"[": 6, "]": 6, "(": 6, "#": 6, ")": 6})
    assert added == Counter()


def test_split_run_printed_once_repeated_run_twice():
    src = "1. a¹² b¹¹¹¹¹¹¹¹ c.\n\n¹ x.\n² y.\n"
    out = render_text(parse_text(src))
    assert out.splitlines()[0] == "1. a¹² b¹¹¹¹¹¹¹¹ c."
