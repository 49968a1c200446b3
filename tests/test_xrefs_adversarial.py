"""Hostile lines: long runs of the characters every reference pattern starts
with. The patterns are linear (no nested unbounded quantifier), so each call
returns; what is asserted is that the spans stay well formed and that runs
which are not references give none."""
import pytest

from councildoc.parser.xrefs import find_references

N = 20_000
NOTHING = {
    "slashes": "1/" * (N // 2), "organs": "A/" * (N // 2), "brackets": "[" * N, "link-starts": "[a](" * (N // 4),
    "superscripts-after-digits": "1" + "¹" * N, "full-width": "ＧＢ．" * (N // 3), "digits": "1" * N,
    "zh-list-without-keyword": "第1/1号、" * (N // 6) + "决议", "zh-para-list-unclosed": "第1、" * (N // 3),
    "fr-ordinals-without-session": "12e, " * (N // 5), "title-without-number": "Convention " + "a" * N + "(No. x)",
    "dates": "2019/20 2020-2025 21/02/2020 " * (N // 29),
}
MANY = {
    "gb-prefixes": ("GB.1/" * (N // 5), "gb_document"),
    "appendix-words": ("Appendix " * (N // 9), "appendix"),
    "resolutions-in-words": ("人权理事会第17/4号决议" * (N // 14), "un_resolution"),
    "sessions-with-cues": ("理事会第 335 届会议" * (N // 12), "session"),
    "paragraph-after-symbol": ("GB.1/A paragraph 1 " * (N // 19), "paragraph"),
}


def _check(text, spans):
    last = -1
    for s in spans:
        assert 0 <= s["start"] < s["end"] <= len(text)
        assert s["start"] >= last
        last = s["start"]


@pytest.mark.parametrize("name", sorted(NOTHING))
@pytest.mark.parametrize("lang", ["zh", "en", "fr", "es"])
def test_runs_that_are_not_references(name, lang):
    text = NOTHING[name]
    spans = find_references(text, lang)
    _check(text, spans)
    assert [s for s in spans if s["kind"] != "link"] == []


@pytest.mark.parametrize("name", sorted(MANY))
def test_runs_of_references(name):
    text, kind = MANY[name]
    spans = find_references(text, "en")
    _check(text, spans)
    assert len([s for s in spans if s["kind"] == kind]) > 100


def test_many_component_symbols_that_fail_at_the_end():
    # an 8-component UN symbol glued to a letter is not a symbol; with overlapping
    # branches in the component pattern this backtracked 2^8 ways per start
    text = "A/RES/RES/RES/RES/RES/RES/RES/RES/RESx " * 500
    spans = find_references(text, "en")
    _check(text, spans)
    assert spans == []
