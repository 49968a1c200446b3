"""Properties of the .docx reader on generated Word files (Hypothesis): any
document — paragraphs of text rich in the council documents' own symbols, in
heading, caption, list and plain styles, with superscript runs, tabs, line
breaks and tables — gives a tree that validates or one one-line InputError;
nothing typed in the document is lost; parsing is deterministic.

Budgets: see tests/property_inputs.py (HYPOTHESIS_PROFILE=campaign for a long run).
"""
from __future__ import annotations

import re
from collections import Counter
from xml.sax.saxutils import escape

import pytest
from hypothesis import given, strategies as st

from councildoc.parser import InputError, parse_bytes
from councildoc.parser.render import render_text

from property_inputs import CHARS, TOKENS, SEED_LINES, budget, canonical, fold_marker_stop, nonspace

docx_builder = pytest.importorskip("docx_builder", reason="the .docx test builder is not there yet")
pytest.importorskip("councildoc.parser.formats.docx.reader", reason="the .docx reader is not there yet")

# XML 1.0 cannot hold most C0 controls; Word files never contain them
_XML_OK = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
STYLES = [None, None, None, "Heading1", "Heading2", "Caption", "ListParagraph", "Title", "FootnoteText"]

run_text = st.lists(st.one_of(st.sampled_from(TOKENS), st.sampled_from(CHARS), st.sampled_from(SEED_LINES)),
                    max_size=12).map(lambda parts: _XML_OK.sub("", "".join(parts)).replace("\n", " ").replace("\r", " "))


@st.composite
def paragraph_xml(draw) -> tuple[str, str]:
    """(w:p XML, the text it holds)."""
    style = draw(st.sampled_from(STYLES))
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    runs, text = [], []
    for _ in range(draw(st.integers(1, 4))):
        t = draw(run_text)
        sup = draw(st.booleans()) and draw(st.booleans())
        rpr = '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>' if sup else ""
        inner = "".join(f"<w:tab/>" if part == "\t" else f'<w:t xml:space="preserve">{escape(part)}</w:t>'
                        for part in re.split(r"(\t)", t) if part)
        runs.append(f"<w:r>{rpr}{inner}</w:r>")
        text.append(t)
    return f"<w:p>{ppr}{''.join(runs)}</w:p>", "".join(text)


@st.composite
def table_xml(draw) -> tuple[str, str]:
    rows, text = [], []
    width = draw(st.integers(1, 3))
    for _ in range(draw(st.integers(1, 3))):
        cells = []
        for _ in range(width):
            p, t = draw(paragraph_xml())
            cells.append(f"<w:tc>{p}</w:tc>")
            text.append(t)
        rows.append(f"<w:tr>{''.join(cells)}</w:tr>")
    return f"<w:tbl><w:tblGrid/>{''.join(rows)}</w:tbl>", " ".join(text)


document = st.lists(st.one_of(paragraph_xml(), paragraph_xml(), paragraph_xml(), table_xml()), min_size=0, max_size=12)


def _build(blocks) -> tuple[bytes, str]:
    return docx_builder.make_docx("".join(x for x, _ in blocks)), "\n".join(t for _, t in blocks)


@budget(40)
@given(blocks=document)
def test_any_word_document_gives_a_valid_tree_or_one_clear_error(blocks):
    data, typed = _build(blocks)
    try:
        tree = parse_bytes("gen.docx", data)          # validated against the schema
    except InputError as e:
        assert str(e).startswith("gen.docx: ") and "\n" not in str(e)
        return
    # nothing typed is lost (superscript digits are markers; the renderer puts
    # back the ones that became footnote references)
    kept = nonspace(fold_marker_stop(render_text(tree)))
    lost = nonspace(fold_marker_stop(typed)) - kept
    assert not lost, lost


@budget(15)
@given(blocks=document)
def test_word_documents_parse_deterministically(blocks):
    data, _ = _build(blocks)
    try:
        first = parse_bytes("gen.docx", data)
    except InputError:
        return
    assert canonical(parse_bytes("gen.docx", data)) == canonical(first)
