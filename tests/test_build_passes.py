"""The builder's passes, each on its own (parser/build), and the shared
table-row rules of the layout stage (parser/layout/tables)."""
from __future__ import annotations

from councildoc.parser.blocks import Heading, Inline
from councildoc.parser.build.diagnostics import paragraph_numbering
from councildoc.parser.build.footnotes import body_order, marker_problems, numbering_gaps
from councildoc.parser.build.ids import Ids
from councildoc.parser.layout.tables import looks_like_header, row_kind_number, table_block
from councildoc.parser.raw import RawCell, RawRow, RawTable


def _note(number, nid, line):
    return {"number": number, "id": nid, "lines": [line, line]}


def test_one_gap_message_per_run_of_missing_numbers():
    notes = [_note(1, "fn-1", 10), _note(5, "fn-5", 50), _note(6, "fn-6", 60), _note(9, "fn-9", 90)]
    got = numbering_gaps([1, 5, 6, 9], notes)
    assert [(m.message, m.line, m.node, m.data) for m in got] == [
        ("footnotes 2–4 are missing from the sequence 1–9", 50, "fn-5", {"first": 2, "last": 4, "lowest": 1, "highest": 9}),
        ("footnotes 7–8 are missing from the sequence 1–9", 90, "fn-9", {"first": 7, "last": 8, "lowest": 1, "highest": 9}),
    ]
    assert [m.message for m in numbering_gaps([1, 3], [_note(1, "fn-1", 1), _note(3, "fn-3", 3)])] == \
        ["footnote 2 is missing from the sequence 1–3"]
    assert numbering_gaps([1, 2, 3], []) == []


def test_body_order_names_the_id_the_body_was_given():
    # bodies 3, 4, 3: the second 3 was given fn-3-2; the warning is on it, not on fn-3
    notes = [_note(3, "fn-3", 1), _note(4, "fn-4", 2), _note(3, "fn-3-2", 3)]
    [m] = body_order(notes)
    assert (m.node, m.line, m.data) == ("fn-3-2", 3, {"number": 3, "after": 4, "what": "body"})


def test_marker_problems():
    markers = [(1, 5, "p-1"), (3, 6, "p-2"), (2, 7, "p-3"), (9, 8, "p-4"), (1, 9, "p-5")]
    got = [(m.code, m.node, m.data) for m in marker_problems(markers, {1: "fn-1", 2: "fn-2", 3: "fn-3"})]
    assert got == [("footnote-missing-body", "p-4", {"number": 9}),
                   ("footnote-out-of-order", "p-3", {"number": 2, "after": 3, "what": "marker"})]


def test_paragraph_numbering():
    body = [{"type": "paragraph", "id": "p-1", "number": 1, "lines": [1, 1]},
            {"type": "section", "id": "sec-I", "children": [
                {"type": "paragraph", "id": "p-3", "number": 3, "lines": [4, 4]},
                {"type": "paragraph", "id": "u-1", "number": None, "lines": [5, 5]},
                {"type": "paragraph", "id": "p-3-2", "number": 3, "lines": [6, 6]}]}]
    assert [(m.code, m.node, m.data) for m in paragraph_numbering(body)] == [
        ("paragraph-number-gap", "p-3", {"number": 3, "previous": 1}),
        ("paragraph-number-repeat", "p-3-2", {"number": 3})]


def test_ids_are_unique_and_sections_count_within_their_parent():
    ids = Ids()
    assert [ids.take("p-3"), ids.take("p-3"), ids.take("p 3"), ids.take("")] == ["p-3", "p-3-2", "p-3-3", "node"]
    h = Heading(1, 1, "part", "I", Inline("A", []), "I. A")
    sub = Heading(2, 3, "subheading", None, Inline("x", []), "x")
    assert ids.section(h, None) == "sec-I"
    assert [ids.section(sub, "sec-I"), ids.section(sub, "sec-I")] == ["sec-I-1", "sec-I-2"]


def test_one_row_rule_for_every_format():
    # strings (text) and cells (docx, HTML) alike
    assert row_kind_number(["1.", "Review", "2024"]) == ("data", 1)
    assert row_kind_number([RawCell("12．", []), RawCell("x", [])]) == ("data", 12)
    assert row_kind_number(["Group A", "", ""]) == ("group", None)
    assert row_kind_number([RawCell("Group A", [], colspan=3)]) == ("group", None)
    assert row_kind_number(["2024", "", ""]) == ("data", None)         # a lone figure is no group label
    assert looks_like_header(["Item", "Date"]) and not looks_like_header(["1.", "Date"])
    assert not looks_like_header(["Item", ""])


def test_table_block_takes_a_styled_header_only_when_it_looks_like_one():
    rows = [RawRow(1, [RawCell("1.", []), RawCell("a", [])]), RawRow(1, [RawCell("2.", []), RawCell("b", [])])]
    assert table_block(RawTable(1, rows, header_styled=True)).header == []
    head = [RawRow(1, [RawCell("No.", []), RawCell("Item", [])])] + rows
    t = table_block(RawTable(1, head, header_styled=True))
    assert [c.text for c in t.header] == ["No.", "Item"] and [r.number for r in t.rows] == [1, 2]
    assert [c.text for c in table_block(RawTable(1, rows, header_marked=True)).header] == ["1.", "a"]
