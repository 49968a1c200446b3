"""The parts of a resolution or decision, line by line.

A resolution reads: the acting body (``The General Assembly,``), preambular
paragraphs (unnumbered, each opening with a participle or adjective printed
in italics: ``Reaffirming also``, ``Deeply concerned``, ``Rappelant``,
``Teniendo presente``, ``重申``), operative paragraphs (numbered, with
lettered and roman sub-items), then the adoption line (``85th plenary
meeting`` and the date; ``Adopted by the Security Council at its 4213th
meeting, on 31 October 2000``). Annexes follow with their own numbering.

Text extracted from PDF loses the italics and the paragraph breaks, so a
preambular paragraph is recognised by its opening words; in Markdown a blank
line also ends a paragraph, and a line after a blank that starts in lower
case is the rest of a paragraph cut by a page break.
"""
from __future__ import annotations

import re

from . import un_vocab as V
from .header_values import iso_date

ACTING = "acting_body"
PREAMBLE = "preambular"
ADOPTION = "adoption"

# English openings: a participle or an adjective of attitude, then optional adverbs
_EN_ADJ = ("Mindful|Aware|Conscious|Convinced|Alarmed|Concerned|Deeply|Gravely|Seriously|Profoundly|Seized|"
           "Determined|Desirous|Cognizant|Guided|Encouraged|Fully|Firmly|Keeping|Bearing|Having|Taking|Noting|"
           "Recalling|Reaffirming|Recognizing|Welcoming|Acknowledging|Affirming|Emphasizing|Stressing|"
           "Underlining|Reiterating|Regretting|Expressing|Considering|Believing|Appreciating|Commending|Also|"
           "Further|Reaffirming|Observing|Acting|Underscoring|Deploring|Condemning|Viewing|Looking|Sharing|"
           "Reflecting|Highlighting|Pursuant|Realizing|Persuaded|Confident|Disturbed|Distressed|Shocked|"
           "Grateful|Satisfied|Pleased|Committed|Resolved|Dismayed|Appalled|Troubled|Anxious|Emphasising|"
           "Recognising|Welcoming|Reaffirming")
_EN = re.compile(rf"^(?P<o>(?:{_EN_ADJ}|[A-Z][a-z]{{3,}}ing)(?: (?:also|further|furthermore|moreover|"
                 r"in mind|note(?: with [a-z]{1,20})?(?: also)?|with (?:deep |grave |great )?[a-z]{1,20}(?: also)?|"
                 r"deeply|gravely|concerned|alarmed|disturbed|convinced|committed|aware|regretting|deploring)){0,6}"
                 r"(?: of(?= the))?)(?=[ ,])")
_FR = re.compile(r"^(?P<o>(?:[A-ZÉ][a-zéèêëàâîïôûç]{3,}(?:ant|é|ée|és|ées)|Consciente?|Convaincue?|Résolue?|"
                 r"Soucieuse?|Profondément|Vivement|Gravement|Ayant|Tenant|Prenant|Sachant)"
                 r"(?: (?:également|en outre|aussi|de plus|note|acte|compte|à l['’]esprit|avec [a-zéè]{1,20}|"
                 r"profondément|vivement)){0,6})(?=[ ,])")
_ES = re.compile(r"^(?P<o>(?:[A-ZÁÉÍÓÚ][a-záéíóúñ]{3,}(?:ando|iendo|yendo|ado|ada|ados|adas|ido|ida)|Consciente|"
                 r"Convencida?|Preocupada?|Profundamente|Gravemente|Decidida?|Teniendo|Tomando)"
                 r"(?: (?:también|además|asimismo|presente|nota|en cuenta|con [a-záéíóú]{1,20}|profundamente)){0,6})(?=[ ,])")
_ZH = re.compile(r"^(?P<o>(?:又|还|并|也|进一步|深为|深切|严重|极为)?"
                 r"(?:重申|回顾|注意到|确认|认识到|欢迎|强调|申明|铭记|关切|深信|相信|考虑到|表示|意识到|赞赏|"
                 r"满意地|关注|震惊|遗憾|决心|认为|承认|指出|念及|忆及|坚信|希望|决意|感谢|鼓励|关注到|赞扬|申明))")


def opening(text: str) -> str | None:
    """The opening words of a preambular paragraph (``Reaffirming also``),
    None when the text does not open like one."""
    text = text.lstrip("*_ ")
    for pattern in (_ZH, _EN, _FR, _ES):
        m = pattern.match(text)
        if m:
            return m["o"]
    return None


def is_acting_body(text: str) -> bool:
    return bool(V.ACTING_BODY.match(text.strip()))


def adoption(text: str) -> dict | None:
    """``85th plenary meeting`` (+ date) or the Security Council's adoption
    sentence → ``{"text", "meeting", "date"}``; None otherwise."""
    text = text.strip()
    m = V.PLENARY.match(text)
    if m:
        date = m["date"] or None
        if date and iso_date(date) is None:
            return None
        return {"text": text, "meeting": m["meeting"], "date": iso_date(date) if date else None}
    m = V.ADOPTED_SC.match(text)
    if m:
        meeting = m["en"] or m["fr"] or m["es"] or m["zh"]
        date = m["den"] or m["dfr"] or m["des"] or m["zdate"]
        return {"text": text, "meeting": meeting, "date": iso_date(date or "")}
    return None


def mark_lines(texts: list[str], kinds: list[str], *, blank_separates: bool,
               para: str, text: str, blank: str) -> list[str]:
    """New line kinds for a resolution's body: the acting body, the first
    line of each preambular paragraph, the adoption line. *kinds* are the
    reader's own kinds; only lines of kind *text* change. Without an acting
    body line the body is not a resolution and nothing changes."""
    out = list(kinds)
    if not any(k == text and is_acting_body(t) for t, k in zip(texts, kinds)):
        return out
    zone = "before"
    after_blank = True
    for i, (t, k) in enumerate(zip(texts, kinds)):
        if k == blank:
            after_blank = True
            continue
        stripped = t.strip()
        if k == text and adoption(stripped):
            out[i] = ADOPTION
        elif zone == "before" and k == text and is_acting_body(stripped):
            out[i] = ACTING
            zone = "preamble"
        elif zone == "preamble" and k == para:
            zone = "operative"
        elif zone == "preamble" and k == text:
            starts = opening(stripped) is not None and (after_blank or not blank_separates)
            if blank_separates and after_blank and stripped[:1].isupper() and not starts:
                starts = True            # a Markdown paragraph of its own, opening word not in the lists
            if starts:
                out[i] = PREAMBLE
        after_blank = False
    return out
