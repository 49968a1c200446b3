"""The check findings of a document (``corpus/check``) shown where they occur:
each one becomes a note placed at the element of the rendered document that
carries its node id (``<p id="p-7">``, ``<li id="fn-3">``, ``<table
id="table-1">``).

WHY on the rendered HTML and not inside the renderer: the renderer (shared
with ``councildoc export``) knows nothing of checks; the web app adds them
after. This is safe because the renderer escapes every document text (with
lxml): a ``<`` in the output always starts a real tag, so the pattern below
can only match real tags, never text that imitates one. The notes themselves
are built with :func:`html.escape` on every value.
"""
from __future__ import annotations

import re
from html import escape

_TAG_WITH_ID = re.compile(r'<([a-z][a-z0-9]*)\b[^<>]*?\sid="([^"<>]+)"[^<>]*>')
#: elements that cannot hold a note as their first child: the note goes before them
_BEFORE = {"table", "ol", "ul", "tr", "tbody", "thead"}


def note_html(finding) -> str:
    level = escape(finding.level)
    parts = [f'<span class="finding finding-{level}" role="note" lang="en">',
             f'<span class="finding-level">{level}</span> ',
             f'<code class="finding-code">{escape(finding.code)}</code> ',
             escape(finding.message)]
    if finding.suggestion:
        parts.append(f' <span class="finding-suggestion">({escape(finding.suggestion)})</span>')
    parts.append("</span>")
    return "".join(parts)


def place_findings(html: str, findings: list) -> tuple[str, list]:
    """*html* with each finding's note at its node; and the findings that
    have no node in the page (the header, the whole document)."""
    by_node: dict[str, list] = {}
    for f in findings:
        by_node.setdefault(f.node or "", []).append(f)
    placed: set[str] = set()

    def insert(match: re.Match) -> str:
        tag, node = match.group(1), match.group(2)
        notes = by_node.get(node)
        if not notes or node in placed:
            return match.group(0)
        placed.add(node)
        block = "".join(note_html(f) for f in notes)
        return block + match.group(0) if tag in _BEFORE else match.group(0) + block

    out = _TAG_WITH_ID.sub(insert, html) if by_node else html
    rest = [f for node, fs in by_node.items() if node not in placed for f in fs]
    return out, rest
