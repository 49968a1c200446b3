"""False findings `councildoc check` gave on real UN documents (issue 18, item 13),
and the real defects it must still find. Read off the documents by hand:
- A/80/6 (Sect. 3)/Add.1 links the text "77/263" to A/RES/77/263 although the
  reference reads "77/263 A" (part A of that resolution: the same document), and
  likewise 73/279 A and 76/246 A; it links "A/80/50" to A/79/50 and "A/79/751" to
  A/78/722: those two are real mismatches.
- A/80/6 (Sect. 25) links "319 A (IV)" to A/RES/319(IV) (the same resolution), and
  cites "paragraph 6 (A) (ii) of its statute" (the UNHCR statute's paragraph).
- A/RES/80/10 cites "paragraphs 1 to 10 of the annex thereto …, as well as paragraphs
  13 and 14" of ECOSOC resolution 1980/67; A/RES/80/24's footnotes cite
  "(NPT/CONF.1995/32 (Part I) …/Corr.2), annex." and "…, chap. I, resolution 1, annex.":
  none of them is this document's paragraph or annex.
"""
import pytest

from conftest import SHARED
from councildoc.corpus.check.checker import check_tree
from councildoc.parser import parse_file

UN = SHARED / "peer" / "un"
pytestmark = pytest.mark.skipif(not UN.is_dir(), reason="../shared/peer/un is not present")


def _codes(name, code):
    path = UN / name
    return [f.message for f in check_tree(parse_file(path), str(path)) if f.code == code]


def test_real_link_mismatches_are_found_and_parts_are_not_mismatches():
    found = _codes("un-mandates__A_80_6_Sect.3_Add.1.docx", "link-symbol-mismatch")
    assert len(found) == 2
    assert any("A/80/50" in m and "A/79/50" in m for m in found)
    assert any("A/79/751" in m and "A/78/722" in m for m in found)


@pytest.mark.parametrize("name", ["un-mandates__A_80_6_Sect.25.docx", "railcar__A_RES_80_10.md",
                                  "railcar__A_RES_80_24.md"])
def test_no_false_internal_findings(name):
    assert _codes(name, "xref-internal-unresolved") == []
    assert _codes(name, "link-symbol-mismatch") == []


def test_paragraph_numbers_of_five_digits():
    # issue 18, item 14: a long record numbers its paragraphs past 9999
    from councildoc.parser import parse_text
    text = ("9999. The penultimate paragraph.\n\n10000. The Committee noted the report.\n\n"
            "10001. It recalled paragraph 10000 above.\n")
    tree = parse_text(text, lang="en")
    paras = [n for n in tree["body"] if n["type"] == "paragraph"]
    assert [p["number"] for p in paras] == [9999, 10000, 10001]
    ref = next(s for s in paras[2]["spans"] if s["type"] == "xref")
    assert (ref["target"], ref["resolved"]) == ("#p-10000", "p-10000")


def test_typed_paragraph_numbers_of_five_digits_in_docx():
    from councildoc.parser import parse_bytes
    from docx_builder import make_docx
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{n}. Paragraph {n} of the record.</w:t></w:r></w:p>'
                   for n in (9999, 10000))
    tree = parse_bytes("record.docx", make_docx(body), lang="en")
    assert [n["number"] for n in tree["body"] if n["type"] == "paragraph"] == [9999, 10000]
