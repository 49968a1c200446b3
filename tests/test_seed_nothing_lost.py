"""Nothing lost: every non-whitespace character of the seed, apart from link
markup syntax, appears in the tree exactly once — shown by rendering the tree
back to text (parser/render.py) and comparing character counts, and line by
line where the layout allows."""
import re
from collections import Counter

from conftest import SEED
from councildoc.parser.render import render_text

LINK = re.compile(r"\[([^\[\]\n]*)\]\([^()\s]*\)")


def _chars(text):
    return Counter(c for c in text if not c.isspace())


def test_every_character_exactly_once(seed_tree):
    source = LINK.sub(r"\1", SEED.read_text(encoding="utf-8"))
    rendered = render_text(seed_tree)
    missing = _chars(source) - _chars(rendered)
    extra = _chars(rendered) - _chars(source)
    assert missing == Counter() and extra == Counter()


def test_every_source_line_comes_back(seed_tree):
    source = {re.sub(r"\s+", "", LINK.sub(r"\1", line))
              for line in SEED.read_text(encoding="utf-8").split("\n")} - {""}
    rendered = {re.sub(r"\s+", "", line) for line in render_text(seed_tree).split("\n")} - {""}
    assert source - rendered == set()


def test_markup_removed_from_texts_but_targets_kept(seed_tree):
    rendered = render_text(seed_tree)
    assert "](#)" not in rendered
    hrefs = [s["href"] for h in seed_tree["meta"]["header"] for s in h["spans"] if s["type"] == "link"]
    assert hrefs == ["#", "#", "#", "#"]
