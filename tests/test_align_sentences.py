"""``--level sentence``: sentences inside paired paragraphs, aligned by order
and length, with exact offsets; TMX at sentence level. Expected sentences
read off tests/data/lang/GB.340-INS-6.{en,zh,fr}.txt."""
from __future__ import annotations

import pytest

from align_docs import convention
from councildoc.corpus.align import align_trees
from councildoc.corpus.align.sentences import sentence_alignment
from councildoc.parser import parse_file
from test_align import EN, FR, ZH


@pytest.fixture(scope="module")
def en_zh():
    return sentence_alignment(align_trees(parse_file(EN), parse_file(ZH), "en", "zh"), ("en", "zh"))


def by_key(result):
    return {p.key: p for p in result.pairs}


def test_two_sentences_each_pair_one_to_one(en_zh):
    # paragraph 2 (en line 29, zh line 26): two sentences in each version (the footnote marker 2 / ² after the
    # first is a span in the tree, not text)
    got = by_key(en_zh)
    assert got["p-2.s1"].source.text.startswith("In July 2020") and got["p-2.s1"].source.text.endswith("many countries.")
    assert got["p-2.s1"].target.text.startswith("2020 年 7 月") and got["p-2.s1"].target.text.endswith("正日益遥远。")
    assert (got["p-2.s2"].source.text, got["p-2.s2"].target.text) == (
        "The forum could not agree on a ministerial declaration.", "论坛未能就部长级宣言达成一致。")
    assert "p-2.s3" not in got


def test_chinese_semicolon_sentence_pairs_with_one_english_sentence(en_zh):
    # paragraph 4 (en line 41, zh line 37): "；" ends a Chinese sentence, the English ";" does not: one pair, 1–2
    p4 = [p for p in en_zh.pairs if p.key.startswith("p-4.")]
    assert len(p4) == 1
    assert p4[0].target.text == "合作框架指南于 2019 年 6 月发布；2020 年有 16 个国家工作队采用了该指南，2021 年将再有 35 个。"


def test_offsets_are_exact_and_whole_units_pass_through(en_zh):
    trees = {"en": parse_file(EN), "zh": parse_file(ZH)}
    texts = {lang: {n["id"]: n["text"] for n in _nodes(t)} for lang, t in trees.items()}
    sentences = [p for p in en_zh.pairs if p.kind == "sentence"]
    assert len(sentences) > 15
    for p in sentences:
        for seg in (p.source, p.target):
            if seg.node in texts[seg.lang]:
                assert texts[seg.lang][seg.node][seg.start:seg.end] == seg.text
    kinds = {p.kind for p in en_zh.pairs}
    assert kinds == {"title", "header", "heading", "sentence"}
    assert en_zh.level == "sentence"


def test_an_extra_sentence_is_reported():
    fr = parse_file(FR)
    p7 = [n for n in _nodes(fr) if n["id"] == "p-7"][0]
    p7["text"] += " Une phrase ajoutée par le traducteur, sans équivalent dans la version originale anglaise du document."
    result = sentence_alignment(align_trees(parse_file(EN), fr, "en", "fr"), ("en", "fr"))
    [finding] = [f for f in result.findings if f.code == "sentence-unpaired"]
    assert finding.message.startswith("1 sentence of fr has no counterpart in en: sentence p-7@")
    assert "Une phrase ajoutée" in finding.message


def test_merged_paragraphs_split_into_sentences_with_offsets_into_the_joined_text():
    result = sentence_alignment(align_trees(convention("en"), convention("zh"), "en", "zh"), ("en", "zh"))
    merged = [p for p in result.pairs if p.source.node == "u-1+u-2"]
    assert merged and all(p.kind == "sentence" for p in merged)
    joined = "The States Parties to this Convention, Recognizing"
    assert merged[0].source.text.startswith(joined) and merged[0].source.start == 0


def _nodes(tree):
    stack = list(tree["body"])
    while stack:
        node = stack.pop()
        if node["type"] == "section":
            stack.extend(node["children"])
        elif node["type"] == "paragraph":
            yield node
            yield from node.get("items", [])
    yield from tree["footnotes"]
