"""The per-document reference pass (parser/xrefs/document.py) gives every
text exactly what find_references gives it alone: it only shares the folded
and lower-cased document between the texts."""
from __future__ import annotations

from pathlib import Path

import pytest

from councildoc.parser import xrefs
from councildoc.parser.api import read_document
from councildoc.parser.build import build_tree
from councildoc.parser.model.texts import text_sites
from councildoc.parser.xrefs.document import find_in_texts

SAMPLES = Path(__file__).resolve().parents[1] / "corpus" / "samples"


def _one_by_one(texts, links, lang, council):
    return [xrefs.find_references(t, lang, council=council, links=ln) if t else [] for t, ln in zip(texts, links)]


@pytest.mark.parametrize("path", sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".md")),
                         ids=lambda p: p.name)
def test_same_as_text_by_text_on_the_samples(path):
    doc = read_document(path.name, path.read_bytes())
    tree = build_tree(doc)
    sites = text_sites(tree, summary=True)
    texts = [s.text for s in sites]
    links = [[x for x in s.spans if x["type"] == "link"] for s in sites]
    council = xrefs.council_of(doc.symbol, doc.meta)
    found = find_in_texts(texts, links, tree["language"], council)
    assert found == _one_by_one(texts, links, tree["language"], council)
    assert any(found)              # the samples cite documents, paragraphs and footnotes


def test_texts_stay_apart_and_fold_alike():
    # full-width symbol folded (ＧＢ．３３５), a superscript marker at a text's start
    # (a footnote label, not a citation: the previous text must not make it one),
    # "İ" whose lower case is two characters (each text is then lower-cased alone),
    # an empty text, and a link whose text is a UN symbol
    texts = ["见ＧＢ．３３５/INS/5号文件第 3 段。", "¹ 脚注正文", "", "İstanbul, see paragraph 4 and A/75/79",
             "63/170", "no reference here"]
    links = [[], [], [], [], [{"type": "link", "start": 0, "end": 6,
                              "href": "https://docs.un.org/en/A/RES/63/170"}], []]
    for lang in ("zh", "en", None):
        found = find_in_texts(texts, links, lang, "GB")
        assert found == _one_by_one(texts, links, lang, "GB")
    zh = find_in_texts(texts, links, "zh", "GB")
    assert [s["target"] for s in zh[0]] == ["GB.335/INS/5", "GB.335/INS/5#p-3"]
    assert zh[1] == []
    assert [s["target"] for s in zh[4]] == ["A/RES/63/170"]
