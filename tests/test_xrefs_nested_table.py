"""One internal-reference resolver for the builder and ``check``: a reference
in a table nested inside another table is resolved like any other (it was
skipped by the builder, which never looked inside ``cell["table"]``, while
``check`` reported it)."""
from __future__ import annotations

from councildoc.corpus.check.checker import check_tree
from councildoc.parser import parse_bytes

PAGE = """<html><body>
<p>1. The Office reports on the programme.</p>
<p>2. The table below lists the items.</p>
<table>
 <tr><td>Outer</td><td>
  <table>
   <tr><td>Inner</td><td>see paragraph 99</td></tr>
   <tr><td>Other</td><td>see paragraph 2</td></tr>
  </table>
 </td></tr>
</table>
</body></html>
"""


def _nested(tree):
    outer = next(n for n in tree["body"] if n["type"] == "table")
    return outer, outer["rows"][0]["cells"][1]["table"]


def _xref(cell):
    return next(s for s in cell["spans"] if s["type"] == "xref")


def test_nested_table_reference_is_resolved_in_the_tree():
    tree = parse_bytes("nested.html", PAGE.encode())
    outer, inner = _nested(tree)
    missing, present = _xref(inner["rows"][0]["cells"][1]), _xref(inner["rows"][1]["cells"][1])
    assert missing["target"] == "#p-99" and missing["resolved"] is None
    assert present["target"] == "#p-2" and present["resolved"] == "p-2"
    unresolved = [d for d in tree["diagnostics"] if d["code"] == "xref-unresolved"]
    assert len(unresolved) == 1
    assert unresolved[0]["node"] == inner["id"] and unresolved[0]["data"]["target"] == "#p-99"


def test_check_and_builder_agree():
    tree = parse_bytes("nested.html", PAGE.encode())
    findings = [f for f in check_tree(tree, "nested.html") if f.code == "xref-internal-unresolved"]
    assert [(f.node, f.data["target"]) for f in findings] == [(_nested(tree)[1]["id"], "#p-99")]
    assert "paragraph 99 does not exist" in findings[0].message
