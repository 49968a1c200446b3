"""Pairing of what precedes the body: the title, the summary, and the header
lines the parser recognised (council, session, date, agenda item…), which
pair by the field they were recognised as, since every language version of
a masthead holds the same fields in its own words."""
from __future__ import annotations

from collections import Counter

from .lengths import length_score, text_length
from .model import Alignment, Pair, Segment, Unpaired

#: fields paired through meta (title, summary) or holding no text of their own
_NOT_PAIRED_AS_LINES = {"title", "summary", "purpose", "other"}


def pair_header(a: dict, b: dict, out: Alignment, ratio: float) -> None:
    la, lb = out.source_lang, out.target_lang
    ma, mb = a.get("meta", {}), b.get("meta", {})
    if ma.get("title") and mb.get("title"):
        out.pairs.append(_pair("title", "title", Segment(la, "meta", ma["title"]), Segment(lb, "meta", mb["title"]), ratio))
    sa, sb = ma.get("summary"), mb.get("summary")
    if isinstance(sa, dict) and isinstance(sb, dict) and sa.get("text") and sb.get("text"):
        out.pairs.append(_pair("summary", "summary", Segment(la, "meta", sa["text"]), Segment(lb, "meta", sb["text"]), ratio))
    lines_a, lines_b = _lines_by_field(ma), _lines_by_field(mb)
    for name, line in lines_a.items():
        other = lines_b.get(name)
        if other is None:
            out.unpaired.append(Unpaired("a", "header", f"header-{name}", line["text"]))
            continue
        out.pairs.append(_pair("header", f"header-{name}", Segment(la, f"header-{name}", line["text"]),
                               Segment(lb, f"header-{name}", other["text"]), ratio))
    for name, line in lines_b.items():
        if name not in lines_a:
            out.unpaired.append(Unpaired("b", "header", f"header-{name}", line["text"]))


def _lines_by_field(meta: dict) -> dict:
    """Header lines whose field occurs once (a field spread over several
    lines, such as a purpose statement, is left to the summary)."""
    lines = [h for h in meta.get("header", []) if h.get("field") not in _NOT_PAIRED_AS_LINES]
    counts = Counter(h["field"] for h in lines)
    return {h["field"]: h for h in lines if counts[h["field"]] == 1}


def _pair(kind: str, key: str, src: Segment, tgt: Segment, ratio: float) -> Pair:
    return Pair(kind, key, None, None, src, tgt, "field",
                length_score(text_length(src.text), text_length(tgt.text), ratio))
