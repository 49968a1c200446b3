"""Section-numbered paragraphs ("25.1" … "25.10") flow downstream: search
citations keep the number whole (``A/80/6 (Sect. 25) ¶25.10``, never 25.1),
and alignment orders and pairs them without mixing up types."""
from __future__ import annotations

from councildoc.corpus.align.pairing import align_trees
from councildoc.corpus.search import index_tree, open_index
from councildoc.corpus.search.query import search
from councildoc.parser import parse_text

REPORT = ("General Assembly\nA/80/6 (Sect. 25)\nDistr.: General\n21 February 2025\n"
          + "".join(f"25.{k} Paragraph {k} of section 25 about refugee protection number{k}.\n" for k in range(1, 11))
          + "Annex\n1. The structure of the Office.\n")


def test_search_citation_keeps_the_section_number(tmp_path):
    conn = open_index(tmp_path / "i.db", write=True)
    index_tree(conn, parse_text(REPORT, "sect25.txt"), source="sect25.txt")
    cites = {r["citation"] for r in search(conn, "number10").results}
    assert cites == {"A/80/6 (Sect. 25) ¶25.10"}
    cites = {r["citation"] for r in search(conn, "number1").results}
    assert cites == {"A/80/6 (Sect. 25) ¶25.1"}
    conn.close()


def test_alignment_pairs_section_numbers_and_plain_numbers():
    a = parse_text(REPORT, "en.txt")
    b = parse_text(REPORT, "fr.txt")
    result = align_trees(a, b, "en.txt", "fr.txt")
    numbers = [p.number for p in result.pairs if p.kind == "paragraph"]
    assert numbers == [1] + [f"25.{k}" for k in range(1, 11)]
