"""Inputs that once broke a property (found by the property tests or the
fuzzers), kept as plain tests so they never come back. Each test says what was
wrong; expected values are checked by hand against the input."""
from councildoc.parser import parse_text


def test_fullwidth_paragraph_marker_is_kept_as_printed():
    # found by test_properties_parser: "0．:" gave marker "0." — the full-width
    # full stop was lost from the tree
    tree = parse_text("7．（a）项目。\n")
    para = tree["body"][0]
    assert para["number"] == 7
    assert para["marker"] == "7．"
    assert para["text"] == "（a）项目。"
