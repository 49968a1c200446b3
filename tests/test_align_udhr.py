"""Alignment measured on the UDHR (../shared/peer/un/udhr__udhr_*.xml): the
share of truly corresponding paragraphs (article n paragraph k with article
n paragraph k; the preamble as read by hand, tests/udhr_trees.py) that
``align`` produces, for English with French, Spanish and Chinese, on trees
of three shapes (numbered articles; article numbers not recognised, so
paragraph numbers restart in one scope; no numbers at all).

Measured (benchmarks/align_scores.py prints them): fr 58/59 in each shape,
the miss being "The General Assembly" ↔ "L’Assemblée générale": align
joins the English "Now, therefore," (which French does not translate) to
it, a 2–1 bead instead of 1–0 + 1–1, an error of the aligner ("wrong");
es 60/60; zh 58/58; ru 59/59; ar 56/58 (the short fourth English
preambular paragraph, which Arabic lacks, joined to the fifth; and the
closing lines "Now, therefore," "The General Assembly" "Proclaims…", which
Arabic cuts differently, paired one to one by order)."""
from __future__ import annotations

import pytest

from conftest import SHARED
from councildoc.corpus.align import align_trees
from councildoc.corpus.align.measure import reference_recall
from udhr_trees import udhr_tree, udhr_truth

UN = SHARED / "peer" / "un"
pytestmark = pytest.mark.skipif(not (UN / "udhr__udhr_eng.xml").exists(), reason="../shared/peer/un is absent")

SHAPES = ["sections", "flat", "unnumbered"]


@pytest.fixture(scope="module")
def trees():
    return {(lang, shape): udhr_tree(UN, lang, shape) for lang in ("en", "fr", "es", "zh", "ru", "ar") for shape in SHAPES}


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("lang, expected", [("fr", (58, 59)), ("es", (60, 60)), ("zh", (58, 58)), ("ru", (59, 59)),
                                            ("ar", (56, 58))])
def test_share_of_true_pairs_produced(trees, lang, expected, shape):
    result = align_trees(trees["en", shape], trees[lang, shape], "en", lang)
    measure = reference_recall(result, udhr_truth(UN, lang))
    assert (measure.found, measure.total) == expected
    assert measure.share >= 0.95
    if lang == "fr":
        assert measure.missed == [("The General Assembly", "L’Assemblée générale", "wrong")]
    if lang == "ar":
        assert [(src[:28], cls) for src, _, cls in measure.missed] == [
            ("Whereas the peoples of the U", "wrong"), ("Now, therefore, The General ", "wrong")]


def test_every_article_heading_pairs_and_the_chinese_note_is_reported(trees):
    result = align_trees(trees["en", "flat"], trees["zh", "flat"], "en", "zh")
    headings = [(p.source.text, p.target.text) for p in result.pairs if p.kind == "heading"]
    # 31 headings: the preamble's and 30 articles' (udhr__udhr_cmn_hans.xml: <title>第一条</title>…)
    assert len(headings) == 31 and headings[1] == ("Article 1", "第一条") and headings[30] == ("Article 30", "第三十条")
    # the Chinese file opens with a <note> of two paragraphs English lacks (adopted by resolution 217 A (III)…)
    assert [(u.side, u.node) for u in result.unpaired] == [("b", "u-1"), ("b", "u-2")]
    [finding] = [f for f in result.findings if f.code == "unpaired"]
    assert finding.message.startswith("2 units of zh have no counterpart in en: paragraph u-1 ('联合国大会一九四八年十二月十日")


def test_restarted_numbers_pair_within_their_article(trees):
    """Article 21 has paragraphs 1–3 and article 29 too: each pairs inside its own article."""
    result = align_trees(trees["en", "flat"], trees["fr", "flat"], "en", "fr")
    got = {p.source.node: p for p in result.pairs if p.kind == "paragraph"}
    assert got["p-21-3"].target.node == "p-21-3" and got["p-21-3"].method == "number"
    assert got["p-21-3"].target.text.startswith("La volonté du peuple est le fondement")
    assert got["p-29-3"].target.node == "p-29-3"


def sentence_pairs(trees, lang, paragraph):
    from councildoc.corpus.align.sentences import sentence_alignment
    result = sentence_alignment(align_trees(trees["en", "sections"], trees[lang, "sections"], "en", lang))
    return [(p.source.text, p.target.text) for p in result.pairs
            if p.kind == "sentence" and p.source.node == paragraph]


def test_sentences_of_article_26(trees):
    """Article 26 paragraph 1, read off udhr__udhr_eng/fra/cmn_hans.xml: four
    English sentences, four French ones one to one; Chinese joins the first
    two with a comma and cuts the last in two (。)."""
    fr = sentence_pairs(trees, "fr", "p-26-1")
    assert [(en[:20], f[:20]) for en, f in fr] == [
        ("Everyone has the rig", "Toute personne a dro"),
        ("Education shall be f", "L’éducation doit êtr"),
        ("Elementary education", "L’enseignement éléme"),
        ("Technical and profes", "L’enseignement techn")]
    zh = sentence_pairs(trees, "zh", "p-26-1")
    assert zh == [
        ("Everyone has the right to education. Education shall be free, at least in the elementary and fundamental "
         "stages.", "人人都有受教育的权利,教育应当免费,至少在初级和基本阶段应如此。"),
        ("Elementary education shall be compulsory.", "初级教育应属义务性质。"),
        ("Technical and professional education shall be made generally available and higher education shall be "
         "equally accessible to all on the basis of merit.", "技术和职业教育应普遍设立。高等教育应根据成绩而对一切人平等开放。")]


def test_two_sentence_paragraphs_pair_one_to_one_in_french(trees):
    """The English paragraphs of two sentences (articles 1, 7, 11.2, 12, 16.1,
    25.2, 26.2): the French has two sentences each, in the same order (read
    off udhr__udhr_fra.xml)."""
    expected = {"u-11": "Ils sont doués", "u-18": "Tous ont droit", "p-11-2": "De même, il ne",
                "u-22": "Toute personne a droit à la protection", "p-16-1": "Ils ont des droits égaux",
                "p-25-2": "Tous les enfants", "p-26-2": "Elle doit favoriser"}
    for paragraph, second in expected.items():
        pairs = sentence_pairs(trees, "fr", paragraph)
        assert len(pairs) == 2 and pairs[1][1].startswith(second), paragraph
