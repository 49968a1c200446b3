"""The UN layout in line-based readers (plain text, Markdown): where the
masthead ends, which body lines open a resolution's parts, and the
resolution facts read off the finished blocks (operative paragraphs, the
adoption line, opening words).

Kept apart from :mod:`.plain` so the reader only asks two
questions: "is this a UN masthead, and where does it end?" and "which body
lines start a resolution part?".
"""
from __future__ import annotations

import re

from . import contents
from . import resolution as R
from .un_masthead import looks_like_un, read_masthead

TITLE_NOTE = "title_note"
#: line kinds added to the text reader's: a resolution's parts, and the "*" notes of a title
RESOLUTION_KINDS = (R.ACTING, R.PREAMBLE, R.ADOPTION, TITLE_NOTE)
_STAR_NOTE = re.compile(r"^\*{1,3}[ \t\u3000]+\S")
_OPERATIVE_VERB = re.compile(
    r"^(?P<o>(?:(?:Also|Further|Strongly|Once again|Again|Urgently|Firmly|Finally) [a-z]{2,20}s"
    r"|[A-ZÉ][a-zéèêàâîôûç]{1,20}(?: (?:also|further|once again|again|également|en outre|aussi|también|además|"
    r"asimismo|nuevamente))?)"
    r"|(?:又|还|并|也|再次|进一步)?(?:决定|请|促请|吁请|鼓励|欢迎|重申|强调|注意到|赞赏|确认|认识到|表示|呼吁|敦促|邀请|"
    r"要求|核可|核准|通过|宣布|赞扬|谴责|深表|关切))(?=[ ,;，]|[\u4e00-\u9fff《“])")


def un_header(lines, stop_kinds: tuple, empty_meta: dict):
    """``(cut, meta, fields, symbol)`` for a UN masthead at the top of
    *lines* (the text reader's :class:`Line` objects), None when the top is
    not a UN masthead. ``fields`` lists ``(field, line, 0)``."""
    texts = [ln.text for ln in lines]
    if not looks_like_un(texts[:60]):
        return None
    head = read_masthead(texts, stop=lambda i, t: lines[i].kind in stop_kinds or R.is_acting_body(t)
                         or R.opening(t) is not None and len(t) > 60)
    meta = dict(empty_meta)
    meta.update({k: v for k, v in head.meta.items() if not k.startswith("_")})
    fields = [(name, lines[i], 0) for name, i in head.fields]
    return head.end, meta, fields, head.symbol


def mark_contents_lines(lines, *, table: str, blank: str) -> None:
    """The entries of a printed table of contents become table rows (in
    place); the ``Contents`` line above them becomes their caption."""
    texts = [ln.text for ln in lines]
    i = 0
    while i < len(lines):
        end = contents.block(texts, i) if contents.is_title(texts[i]) else i
        for ln in lines[i + 1:end]:
            if ln.kind != blank:
                ln.kind = table
        i = max(end, i + 1)


_NOTES_TITLE = re.compile(r"^(?:Notes|NOTES|Notas|NOTAS|Endnotes|注|注释|尾注)$")
_ENDNOTE = re.compile(r"^(?P<n>\d{1,3})(?:[.)]?[ \t\u3000]+|/[ \t]+)(?P<rest>\S.*)$")


def mark_endnote_lines(lines, *, footnote: str, blank: str, stop_kinds: tuple, heading: str) -> set[int]:
    """The ``Notes`` section closing a report: its numbered lines
    (``1 Text``, ``1. Text``) are endnote bodies, linked like footnotes, not
    numbered paragraphs. Changes their kind in place; returns their line
    numbers (the reader marks those bodies as endnotes)."""
    out: set[int] = set()
    start = next((k for k in range(len(lines) - 1, -1, -1) if _NOTES_TITLE.match(lines[k].text.strip())), None)
    if start is None:
        return out
    lines[start].kind, lines[start].rest = heading, lines[start].text.strip()     # "Notes": a heading
    expected = 1
    for ln in lines[start + 1:]:
        if ln.kind == blank:
            continue
        m = _ENDNOTE.match(ln.text.strip())
        if m and int(m["n"]) == expected:
            ln.kind, ln.number, ln.rest = footnote, m["n"], m["rest"]
            out.add(ln.no)
            expected += 1
        elif ln.kind in stop_kinds:
            break
    return out


def mark_note_lines(lines, *, text: str) -> None:
    """``* Reissued for technical reasons.``: the body of a ``*`` note on the
    title (a paragraph of its own kind, never joined to the text above)."""
    for ln in lines:
        if ln.kind == text and _STAR_NOTE.match(ln.text.strip()):
            ln.kind = TITLE_NOTE


def mark_resolution_lines(lines, *, blank_separates: bool, para: str, text: str, blank: str) -> None:
    """Give the acting body, preambular and adoption lines their own kinds (in place)."""
    kinds = R.mark_lines([ln.text for ln in lines], [ln.kind for ln in lines],
                         blank_separates=blank_separates, para=para, text=text, blank=blank)
    for ln, kind in zip(lines, kinds):
        ln.kind = kind


def finish_resolution(body: list, meta: dict, paragraph_cls, heading_cls) -> None:
    """After the blocks are built: operative paragraphs (numbered, after the
    acting body, before any annex), opening words, and the adoption line in
    ``meta.adoption``."""
    state = "before"
    for block in body:
        if isinstance(block, heading_cls):
            if block.kind == "appendix":
                state = "annex"
            continue
        if not isinstance(block, paragraph_cls):
            continue
        if block.kind == R.ACTING:
            state = "resolution"
            meta["acting_body"] = block.content.text.rstrip(",， ")
        elif block.kind == R.PREAMBLE:
            block.opening = R.opening(block.content.text)
        elif block.kind == R.ADOPTION:
            found = R.adoption(block.content.text)
            if found is not None and "adoption" not in meta:
                meta["adoption"] = found
        elif state == "resolution" and block.number is not None:
            block.kind = "operative"
            m = _OPERATIVE_VERB.match(block.content.text)
            if m:
                block.opening = m["o"]
