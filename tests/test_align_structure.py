"""Alignment of small hand-written versions of one convention
(tests/align_docs.py): numbering that restarts article by article, a
preamble of unnumbered paragraphs split (fr) or merged (zh) in translation,
a table with an extra row, a paragraph only one version has. Every expected
pair below was worked out by hand from the texts in align_docs.py."""
from __future__ import annotations

import copy

import pytest

from align_docs import EN, FR, ZH, convention
from councildoc.corpus.align import align_trees


def pairs(result):
    """(kind, source node, target node, method) of every pair, in order."""
    return [(p.kind, p.source.node, p.target.node, p.method) for p in result.pairs]


# en/fr, read off align_docs.py: the third English preambular paragraph is two French ones; article 3 has a
# French translator's note (u-11) and the French table a "Total" row that English lacks
EN_FR = [
    ("title", "meta", "meta", "field"),
    ("heading", "preamble", "preamble", "order"),
    ("paragraph", "u-1", "u-1", "order"), ("paragraph", "u-2", "u-2", "order"),
    ("paragraph", "u-3", "u-3+u-4", "order"), ("paragraph", "u-4", "u-5", "order"),
    ("heading", "art-1", "art-1", "number"),
    ("paragraph", "p-1", "p-1", "number"), ("paragraph", "p-2", "p-2", "number"),
    ("heading", "art-2", "art-2", "number"),
    ("paragraph", "p-1-2", "p-1-2", "number"), ("paragraph", "p-2-2", "p-2-2", "number"),
    ("paragraph", "p-3", "p-3", "number"), ("item", "p-3-a", "p-3-a", "label"), ("item", "p-3-b", "p-3-b", "label"),
    ("caption", "table-1", "table-1", "order"), ("table-header", "table-1", "table-1", "order"),
    ("row", "table-1-r1", "table-1-r1", "order"), ("row", "table-1-r2", "table-1-r2", "order"),
    ("row", "table-1-r3", "table-1-r3", "order"),
    ("paragraph", "u-9", "u-9", "order"),
    ("heading", "art-3", "art-3", "number"),
    ("paragraph", "u-10", "u-10", "order"), ("paragraph", "u-11", "u-12", "order"),
]

# zh/en: the first two English preambular paragraphs are one Chinese paragraph; the rest is one to one
EN_ZH = [
    ("title", "meta", "meta", "field"),
    ("heading", "preamble", "preamble", "order"),
    ("paragraph", "u-1+u-2", "u-1", "order"), ("paragraph", "u-3", "u-2", "order"), ("paragraph", "u-4", "u-3", "order"),
    *EN_FR[6:20],
    ("paragraph", "u-9", "u-9", "order"),
    ("heading", "art-3", "art-3", "number"),
    ("paragraph", "u-10", "u-10", "order"), ("paragraph", "u-11", "u-11", "order"),
]


def aligned(lang: str, numbered_articles: bool, expected: list):
    """en aligned with *lang*, checked against *expected*; without article
    numbers the article headings pair by order instead of by number."""
    result = align_trees(convention("en", numbered_articles), convention(lang, numbered_articles), "en", lang)
    if not numbered_articles:
        expected = [(k, a, b, "order" if k == "heading" and a.startswith("art-") else m) for k, a, b, m in expected]
    assert pairs(result) == expected
    return result


@pytest.mark.parametrize("numbered_articles", [True, False], ids=["articles", "no-article-numbers"])
def test_en_fr_restarts_preamble_split_table_and_extra_units(numbered_articles):
    result = aligned("fr", numbered_articles, EN_FR)
    by_key = {p.key: p for p in result.pairs}
    # paragraph 1 of article 2 pairs with paragraph 1 of article 2, not of article 1
    assert by_key["p-1-2"].target.text == FR["2.1"]
    assert by_key["u-3=u-3+u-4"].target.text == FR["preamble"][2] + " " + FR["preamble"][3]
    assert by_key["table-1-r3"].source.text == "2010 | 780" and by_key["table-1-r3"].target.text == "2010 | 780"
    assert [(f.level, f.code, f.message) for f in result.findings] == [
        ("warning", "unpaired", "2 units of fr have no counterpart in en: row table-1-r4 ('Total | 5 430'), "
                                "paragraph u-11 ('Note du traducteur : le terme « archive…')")]
    assert [(u.side, u.kind, u.node) for u in result.unpaired] == [("b", "row", "table-1-r4"), ("b", "paragraph", "u-11")]


@pytest.mark.parametrize("numbered_articles", [True, False], ids=["articles", "no-article-numbers"])
def test_en_zh_preamble_merge_and_restarts(numbered_articles):
    result = aligned("zh", numbered_articles, EN_ZH)
    assert result.findings == [] and result.unpaired == []
    by_key = {p.key: p for p in result.pairs}
    assert by_key["u-1+u-2=u-1"].source.text == EN["preamble"][0] + " " + EN["preamble"][1]
    assert by_key["p-2-2"].target.text == ZH["2.2"]
    assert by_key["art-3"].target.text == "第三条"


def test_zh_source_merges_without_space():
    """zh as the source: the two English paragraphs are joined with a space
    on the target side; Chinese paragraphs joined would get none."""
    result = align_trees(convention("zh"), convention("en"), "zh", "en")
    first = [p for p in result.pairs if p.kind == "paragraph"][0]
    assert (first.source.node, first.target.node) == ("u-1", "u-1+u-2")
    assert first.target.text == EN["preamble"][0] + " " + EN["preamble"][1]


def test_scores_rank_a_wrong_pair_below_right_ones():
    """A pair whose lengths disagree with the language pair's ratio scores
    low: the French article 1.1 replaced by a two-word text."""
    fr = convention("fr")
    fr["body"][1]["children"][0]["text"] = "Définitions."
    result = align_trees(convention("en"), fr, "en", "fr")
    scores = {p.key: p.score for p in result.pairs}
    assert scores["p-1"] < 5 < min(scores["p-2"], scores["p-1-2"], scores["p-2-2"])


def test_numbers_crossing_order_keep_the_longest_consistent_run():
    """French paragraphs 1 and 2 of article 1 read in the wrong order (a
    reading slip): one of them stays an anchor, the other cannot pair
    without crossing it and is reported on both sides; the rest of the
    document is not pulled out of order."""
    fr = convention("fr")
    art1 = fr["body"][1]["children"]
    art1[0], art1[1] = art1[1], art1[0]
    result = align_trees(convention("en"), fr, "en", "fr")
    got = [(p.source.node, p.target.node, p.method) for p in result.pairs if p.kind == "paragraph"]
    assert got[4:8] == [("p-2", "p-2", "number"), ("p-1-2", "p-1-2", "number"),
                        ("p-2-2", "p-2-2", "number"), ("p-3", "p-3", "number")]
    assert [(u.side, u.node) for u in result.unpaired if u.kind == "paragraph"] == [("a", "p-1"), ("b", "p-1"), ("b", "u-11")]


def test_section_missing_in_one_version_does_not_unpair_its_paragraphs():
    """Paragraph numbers used once in the document pair whatever sections
    surround them: here the French article 1 heading was not recognised."""
    en = align_docs_flat_numbers(convention("en"))
    fr = align_docs_flat_numbers(convention("fr"))
    art1 = fr["body"].pop(1)
    fr["body"][1:1] = art1["children"]
    result = align_trees(en, fr, "en", "fr")
    got = [(p.source.node, p.target.node, p.method) for p in result.pairs if p.kind == "paragraph"][4:6]
    assert got == [("p-1", "p-1", "number"), ("p-2", "p-2", "number")]
    assert [u.node for u in result.unpaired if u.kind == "heading"] == ["art-1"]


def align_docs_flat_numbers(tree):
    """The convention with article 2's paragraphs numbered 3, 4, 5: numbers
    used once in the document."""
    tree = copy.deepcopy(tree)
    for node, n in zip(tree["body"][2]["children"][:3], (3, 4, 5)):
        node["number"] = n
    return tree


def test_section_numbered_and_resolution_paragraphs():
    """Schema 1.1 paragraphs: numbers such as "25.1" (paragraph 1 of section
    25) pair by number, and a paragraph's kind in a resolution layout
    (preambular, operative) is the pair's kind."""
    en, fr = convention("en"), convention("fr")
    for tree in (en, fr):
        art1 = tree["body"][1]["children"]
        art1[0]["number"], art1[1]["number"] = "1.1", "1.2"
        for node in tree["body"][0]["children"]:
            node["kind"] = "preambular"
    result = align_trees(en, fr, "en", "fr")
    got = {p.source.node: (p.kind, p.number, p.method) for p in result.pairs if p.source.node in ("p-1", "p-2", "u-2")}
    assert got == {"p-1": ("paragraph", "1.1", "number"), "p-2": ("paragraph", "1.2", "number"),
                   "u-2": ("preambular", None, "order")}


def test_a_numbered_paragraph_cut_at_a_page_break_is_joined_back():
    """The French article 1 paragraph 1 read as two units, the second
    unnumbered (a PDF page break): it joins its paragraph, 1–2; a
    paragraph of its own next to it would not (article 3's translator's note
    stays unpaired, see EN_FR)."""
    fr = convention("fr")
    art1 = fr["body"][1]["children"]
    first, rest = FR["1.1"].split(" par une autorité")
    art1[0]["text"] = first
    art1.insert(1, {"type": "paragraph", "id": "u-99", "number": None, "text": "par une autorité" + rest,
                    "spans": [], "lines": [1, 1]})
    result = align_trees(convention("en"), fr, "en", "fr")
    [p1] = [p for p in result.pairs if p.source.node == "p-1"]
    assert (p1.target.node, p1.method, p1.number) == ("p-1+u-99", "number", 1)
    assert p1.target.text == FR["1.1"]
    assert [u.node for u in result.unpaired] == ["table-1-r4", "u-11"]
