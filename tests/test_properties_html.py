"""Properties of the HTML reader on generated web pages (Hypothesis): any page
— headings, paragraphs, lists, tables, <sup> runs and links, with text rich in
the council documents' own symbols — gives a tree that validates or one
one-line InputError; nothing visible on the page is lost; parsing is
deterministic. Also raw generated text served as HTML (tag soup).

Budgets: see tests/property_inputs.py (HYPOTHESIS_PROFILE=campaign for a long run).
"""
from __future__ import annotations

import re
from html import escape

import pytest
from hypothesis import given, strategies as st

from councildoc.parser import InputError, parse_bytes
from councildoc.parser.render import render_text

from property_inputs import (CHARS, SEED_LINES, TOKENS, budget, canonical, fold_marker_stop, nonspace,
                             random_text)

pytest.importorskip("councildoc.parser.formats.html.reader", reason="the HTML reader is not there yet")

_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
text = st.lists(st.one_of(st.sampled_from(TOKENS), st.sampled_from(CHARS), st.sampled_from(SEED_LINES)),
                max_size=10).map(lambda parts: _CONTROLS.sub("", "".join(parts)).replace("\r", " "))


@st.composite
def inline(draw) -> tuple[str, str]:
    """(HTML, visible text)."""
    parts, visible = [], []
    for _ in range(draw(st.integers(1, 3))):
        t = draw(text)
        wrap = draw(st.sampled_from(["", "", "sup", "a", "b", "span"]))
        if wrap == "a":
            parts.append(f'<a href="{escape(draw(st.sampled_from(["#", "#fn1", "http://x.org/a", "GB.1"])))}">{escape(t)}</a>')
        elif wrap:
            parts.append(f"<{wrap}>{escape(t)}</{wrap}>")
        else:
            parts.append(escape(t))
        visible.append(t)
    return "".join(parts), " ".join(visible)


@st.composite
def block(draw) -> tuple[str, str]:
    kind = draw(st.sampled_from(["p", "p", "p", "h1", "h2", "h3", "li", "table", "caption-table"]))
    if kind in ("table", "caption-table"):
        rows, visible = [], []
        width = draw(st.integers(1, 3))
        for _ in range(draw(st.integers(1, 3))):
            cells = [draw(inline()) for _ in range(width)]
            rows.append("<tr>" + "".join(f"<td>{h}</td>" for h, _ in cells) + "</tr>")
            visible += [t for _, t in cells]
        caption = ""
        if kind == "caption-table":
            h, t = draw(inline())
            caption = f"<caption>{h}</caption>"
            visible.append(t)
        return f"<table>{caption}{''.join(rows)}</table>", " ".join(visible)
    h, t = draw(inline())
    if kind == "li":
        return f"<ul><li>{h}</li></ul>", t
    return f"<{kind}>{h}</{kind}>", t


page = st.lists(block(), max_size=12).map(
    lambda blocks: ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title></head><body>'
                    + "".join(h for h, _ in blocks) + "</body></html>", "\n".join(t for _, t in blocks)))


def _parse(name: str, data: bytes):
    try:
        return parse_bytes(name, data, fmt="html")          # validated against the schema
    except InputError as e:
        assert str(e).startswith(name + ": ") and "\n" not in str(e), str(e)
        return None


@budget(40)
@given(doc=page)
def test_any_page_gives_a_valid_tree_and_loses_nothing_visible(doc):
    html, visible = doc
    tree = _parse("gen.html", html.encode("utf-8"))
    if tree is None:
        return
    lost = nonspace(fold_marker_stop(visible)) - nonspace(fold_marker_stop(render_text(tree)))
    assert not lost, lost


@budget(40)
@given(soup=random_text)
def test_tag_soup_gives_a_valid_tree_or_one_clear_error(soup):
    _parse("soup.html", ("<html><body>" + soup).encode("utf-8"))


@budget(15)
@given(doc=page)
def test_pages_parse_deterministically(doc):
    html, _ = doc
    first = _parse("gen.html", html.encode("utf-8"))
    if first is not None:
        assert canonical(parse_bytes("gen.html", html.encode("utf-8"), fmt="html")) == canonical(first)
