"""Footnote findings of `councildoc check`: the seed's footnotes are sound; a
small document with every defect built in (tests/data/check/footnotes.zh.txt)
gives exactly the findings counted by hand from its text."""
from pathlib import Path

from councildoc.corpus.check.checker import check_tree
from councildoc.parser import parse_file

HERE = Path(__file__).resolve().parent
SEED = HERE.parent / "corpus" / "samples" / "GB.340-INS-6.zh.txt"
DEFECTS = HERE / "data" / "check" / "footnotes.zh.txt"


def _findings(path):
    return check_tree(parse_file(path), str(path))


def test_seed_footnotes_are_sound():
    # 16 footnotes, each cited once, in order (checked by reading the seed)
    tree = parse_file(SEED)
    assert [fn["number"] for fn in tree["footnotes"]] == list(range(1, 17))
    assert not [f for f in _findings(SEED) if f.code.startswith("footnote-")]


def test_each_defect_found_once_at_its_line():
    got = sorted((f.line, f.node, f.code) for f in _findings(DEFECTS))
    # by hand, from tests/data/check/footnotes.zh.txt:
    assert got == sorted([
        (19, "sec-1", "footnote-in-heading"),        # ▶ 导言¹
        (21, "p-1", "footnote-out-of-order"),        # ² ⁴ ³: 3 after 4
        (22, "p-2", "footnote-missing-body"),        # ⁹ has no body
        (22, "p-2", "footnote-marker-repeated"),     # ² cited again after ⁹
        (32, "fn-4-2", "footnote-duplicate"),        # second body ⁴
        (34, "fn-6", "footnote-number-gap"),         # bodies 1-4, 6, 7: no 5 (put on the body after the gap)
        (34, "fn-6", "footnote-uncited"),            # ⁶ never cited
        (36, "fn-7", "footnote-empty"),              # [^7]: with no text
        (43, "table-1", "footnote-in-table"),        # 甲⁷ in a tab-separated table
        (43, "table-1", "footnote-out-of-order"),    # ⁷ first cited after ⁹
    ])


def test_levels_and_suggestions():
    by_code = {f.code: f for f in _findings(DEFECTS)}
    assert by_code["footnote-missing-body"].level == "error"
    assert by_code["footnote-duplicate"].level == "error"
    assert by_code["footnote-in-heading"].level == "warning"
    assert by_code["footnote-marker-repeated"].level == "info"
    assert "5" in by_code["footnote-number-gap"].message
    assert all(f.suggestion for f in by_code.values())
