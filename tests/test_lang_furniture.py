"""Page furniture between pages in the layouts of each language: the symbol
with the page number on either side (space or tab), ``Page 3`` / ``Página 3``,
a lone page number; removed from the flow, kept in ``furniture``, the cut
paragraph rejoined."""
from __future__ import annotations

import pytest

from councildoc.parser import parse_text


@pytest.mark.parametrize("furniture, kinds", [
    (["2\tGB.340/INS/6"], ["symbol_line"]),
    (["GB.340/INS/6 3"], ["symbol_line"]),
    (["Page 3"], ["page_number"]),
    (["Página 3"], ["page_number"]),
    (["- 3 -", "GB.340/INS/6"], ["page_number", "symbol_line"]),
])
def test_furniture_removed_and_paragraph_rejoined(furniture, kinds):
    lines = "\n".join(furniture)
    tree = parse_text(f"GB.340/INS/6\n▶ Introduction\n\n1. The text of the\n\n{lines}\n\nparagraph continues here.\n")
    para = tree["body"][0]["children"][0]
    assert para["text"] == "The text of the paragraph continues here."
    assert para["joins"] == [{"offset": len("The text of the "), "line": 7 + len(furniture), "separator": " "}]
    assert [f["kind"] for f in tree["furniture"]] == kinds
    assert [f["text"] for f in tree["furniture"]] == furniture


def test_another_documents_symbol_is_not_furniture():
    tree = parse_text("GB.340/INS/6\n▶ Introduction\n\n1. See the document.\n\nGB.340/POL/6 3\n")
    assert tree["furniture"] == []


def test_real_hyphen_kept_at_a_page_break():
    tree = parse_text("GB.340/INS/6\n▶ Introduction\n\n1. The crisis caused by COVID-\n\n2\n\n19 changed the plans of non-\n"
                      "\nGB.340/INS/6 3\n\nState actors.\n")
    para = tree["body"][0]["children"][0]
    assert para["text"] == "The crisis caused by COVID-19 changed the plans of non-State actors."
    assert [j["separator"] for j in para["joins"]] == ["", ""]
