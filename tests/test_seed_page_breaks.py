"""Paragraphs cut by footnote blocks or page ends are rejoined (Chinese: no
space). The four cuts of the seed, checked by hand:

- p-7 (line 52) ends "…管理和问责制", footnotes 7–14 follow, line 70 "框架呼吁…";
- p-26 (line 103) ends "…共同领导拉丁美", footnote 16, line 107 "洲公平增长联盟…";
- p-30 (line 118) ends "…将借鉴劳工组", a page break, line 120 "织在经常预算…";
- p-42 (line 142) ends "…也了解到这些讲", a page break, line 144 "习班现在必须…".
"""
import pytest

CASES = [
    ("p-7", 52, 70, "管理和问责制", "框架呼吁驻地协调员作为附加报告官员"),
    ("p-26", 103, 107, "共同领导拉丁美", "洲公平增长联盟"),
    ("p-30", 118, 120, "将借鉴劳工组", "织在经常预算补充账户协议方面的经验"),
    ("p-42", 142, 144, "也了解到这些讲", "习班现在必须与合作框架挂钩"),
]


@pytest.mark.parametrize("pid,first,last,left,right", CASES)
def test_cut_paragraph_is_rejoined_without_space(seed_paragraphs, pid, first, last, left, right):
    p = seed_paragraphs[pid]
    assert left + right in p["text"]
    assert p["lines"] == [first, last]
    assert len(p["joins"]) == 1
    join = p["joins"][0]
    assert join["line"] == last
    assert join["separator"] == ""
    assert p["text"][:join["offset"]].endswith(left)
    assert p["text"][join["offset"]:].startswith(right)


def test_only_those_four_paragraphs_were_joined(seed_paragraphs):
    assert sorted(pid for pid, p in seed_paragraphs.items() if p.get("joins")) == ["p-26", "p-30", "p-42", "p-7"]


def test_continuation_lines_are_not_paragraphs_of_their_own(seed_paragraphs):
    for p in seed_paragraphs.values():
        assert not p["text"].startswith("框架呼吁")
        assert not p["text"].startswith("洲公平增长联盟")
