"""pandoc JSON export: the AST's shape (always), and the round trip through
pandoc when it is installed: JSON → .docx by pandoc → this parser gives the
same paragraph numbers, footnotes and table shapes; LaTeX gets real
``\\footnote``s."""
from __future__ import annotations

import functools
import json
import shutil
import subprocess

import pytest

from councildoc.corpus.export.pandoc_json import PANDOC_API_VERSION, pandoc_ast, render_pandoc_json
from councildoc.parser import parse_file
from conftest import paragraphs, tables

from export_support import citations, doc_id, own_documents, peer_documents, tree_of

PANDOC = shutil.which("pandoc")
#: documents whose round trip differs for a reason outside the export
KNOWN = {
    # header line "340.ª reunión, Ginebra…": the text reader knows "340.ª" is not a
    # paragraph number, the .docx reader reads it as paragraph 340
    "GB.340-INS-6.es.txt": "the .docx reader reads the header line '340.ª reunión' as paragraph 340",
    # "2." alone on a line, "(1) Each Member…" on the next: the Markdown reader
    # (issue 14) leaves it unnumbered, the .docx reader reads "2. (1) Each…" as 2
    "laws-markdown__ILO_C144_BWBV0003775.md": "the Markdown reader leaves '2.' before a line break unnumbered",
}


def _walk(value, kind):
    """Every AST element of type *kind*."""
    if isinstance(value, dict):
        if value.get("t") == kind:
            yield value
        for v in value.values():
            yield from _walk(v, kind)
    elif isinstance(value, list):
        for v in value:
            yield from _walk(v, kind)


def _text(inlines) -> str:
    return "".join(i["c"] if i["t"] == "Str" else " " if i["t"] == "Space" else "" for i in inlines)


def test_seed_ast_shape(seed_tree):
    ast = pandoc_ast(seed_tree)
    assert ast["pandoc-api-version"] == PANDOC_API_VERSION == [1, 23, 1]
    assert _text(ast["meta"]["title"]["c"]) == "联合国改革的最新情况"
    assert ast["meta"]["lang"] == {"t": "MetaString", "c": "zh"}
    # the seed's 16 footnotes are 16 Notes; paragraph 1 holds notes 1 and 2
    assert len(list(_walk(ast, "Note"))) == 16
    divs = {d["c"][0][0]: d for d in _walk(ast, "Div")}
    para1 = divs["p-1"]["c"][1][0]["c"]
    assert para1[0] == {"t": "Str", "c": "1."} and len(list(_walk(para1, "Note"))) == 2
    headers = [(h["c"][0], h["c"][1][0]) for h in _walk(ast, "Header")]
    assert headers[:3] == [(1, "sec-1"), (1, "sec-I"), (2, "sec-I-1")]
    table = next(_walk(ast, "Table"))["c"]
    assert len(table[2]) == 3 and len(table[3][1][0][1]) == 3     # three columns, a head row of three cells
    assert len(table[4][0][3]) == 15                              # 15 body rows
    links = [link["c"][2][0] for link in _walk(ast, "Link")]
    assert "https://docs.un.org/zh/A/RES/72/279" in links


def test_ragged_table_becomes_a_grid():
    tree = {"schema_version": "1.0", "symbol": None, "language": "en", "meta": {"header": [], "other": []},
            "source": {"path": "x.docx", "format": "docx", "sha256": "0" * 64}, "footnotes": [], "diagnostics": [],
            "body": [{"type": "table", "id": "table-1", "caption": "T", "header": ["A"],
                      "rows": [{"kind": "data", "cells": [{"text": "a", "spans": [], "rowspan": 5},
                                                          {"text": "b", "spans": []}]},
                               {"kind": "data", "cells": [{"text": "c", "spans": [], "colspan": 3}]}]}]}
    table = next(_walk(pandoc_ast(tree), "Table"))["c"]
    assert len(table[2]) == 4                                       # c spans columns 2-4 beside a
    rows = table[4][0][3]
    assert [(cell[2], cell[3]) for cell in rows[0][1]] == [(2, 1), (1, 1), (1, 1), (1, 1)]
    assert [(cell[2], cell[3]) for cell in rows[1][1]] == [(1, 3)]
    head = table[3][1][0][1]
    assert len(head) == 4                                           # the head row padded to the width


def test_unsupported_api_version_is_refused(seed_tree):
    with pytest.raises(ValueError):
        pandoc_ast(seed_tree, api_version=(1, 17))


@functools.lru_cache(maxsize=1)
def _installed_api():
    out = subprocess.run([PANDOC, "-t", "json"], input="", capture_output=True, text=True, check=True).stdout
    return json.loads(out)["pandoc-api-version"]


def _shape(tree):
    return ([p["number"] for p in paragraphs(tree) if p["number"] is not None],
            citations(tree),
            [(len(t["header"]), len(t["rows"])) for t in tables(tree)])


def _regular_notes(tree) -> bool:
    """Notes 1…n, each cited, first cited in that order: what Word's automatic
    numbering reproduces (irregular numbering cannot survive it)."""
    notes = tree["footnotes"]
    return [f["number"] for f in notes] == list(range(1, len(notes) + 1)) and all(f["cited_by"] for f in notes)


@pytest.mark.skipif(PANDOC is None, reason="pandoc is not installed")
@pytest.mark.parametrize("path", own_documents() + peer_documents(), ids=doc_id)
def test_round_trip_through_pandoc_docx(path, tmp_path):
    tree = tree_of(path)
    if tree is None:
        pytest.skip("the parser refuses this document")
    source = tmp_path / "doc.json"
    source.write_text(render_pandoc_json(tree, api_version=_installed_api()), encoding="utf-8")
    subprocess.run([PANDOC, "-f", "json", "-t", "docx", str(source), "-o", str(tmp_path / "doc.docx")],
                   check=True, capture_output=True)
    back = parse_file(tmp_path / "doc.docx")
    numbers, notes, shapes = _shape(tree)
    back_numbers, back_notes, back_shapes = _shape(back)
    assert back_shapes == shapes
    assert len(back_notes) == len(notes)                 # every note a real footnote
    if _regular_notes(tree):
        assert back_notes == notes
    if path.name in KNOWN and back_numbers != numbers:
        pytest.xfail(KNOWN[path.name])
    assert back_numbers == numbers


@pytest.mark.skipif(PANDOC is None, reason="pandoc is not installed")
def test_latex_odt_epub_have_real_footnotes(seed_tree, tmp_path):
    source = tmp_path / "seed.json"
    source.write_text(render_pandoc_json(seed_tree, api_version=_installed_api()), encoding="utf-8")
    latex = subprocess.run([PANDOC, "-f", "json", "-t", "latex", str(source)], check=True,
                           capture_output=True, text=True).stdout
    assert latex.count("\\footnote{") == 16
    for fmt in ("odt", "epub"):
        out = tmp_path / f"seed.{fmt}"
        subprocess.run([PANDOC, "-f", "json", "-t", fmt, str(source), "-o", str(out)], check=True, capture_output=True)
        assert out.stat().st_size > 1000
