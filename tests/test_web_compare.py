"""The compare page's rows (corpus/web/compare.py): a paragraph missing in
one version and one extra in the other each get a row with the other side
empty, in reading order; footnotes last."""
from __future__ import annotations

import copy

from councildoc.corpus.web.compare import compare_rows
from councildoc.parser import parse_file

from web_support import LANG


def test_unpaired_paragraphs_keep_a_row_each():
    en = parse_file(LANG / "GB.340-INS-6.en.txt")
    fr = copy.deepcopy(parse_file(LANG / "GB.340-INS-6.fr.txt"))
    section = next(n for n in fr["body"] if n["id"] == "sec-II")        # ¶6, ¶7 in the French version
    section["children"] = [c for c in section["children"] if c.get("number") != 6]
    section["children"].append(dict(section["children"][0], id="p-9", number=9, marker="9.",
                                     text="Un paragraphe de plus."))
    rows, findings = compare_rows(en, fr)
    by_key = {r.key: r for r in rows}
    assert by_key["p-6"].right is None and by_key["p-6"].left.startswith("Outreach to resident coordinators")
    assert by_key["b-p-9"].left is None and by_key["b-p-9"].right == "Un paragraphe de plus."
    assert by_key["p-7"].right.startswith("La concurrence entre les organismes")
    keys = [r.key for r in rows]
    assert keys.index("p-6") < keys.index("p-7") < keys.index("b-p-9") < keys.index("fn-1")
    assert findings and {f.level for f in findings} <= {"error", "warning", "info"}     # what did not pair is reported
