"""``--level sentence``: the sentences inside each paired paragraph, aligned
by order and length, the unit CAT tools keep in a translation memory.

Sentences come from the shared segmenter (:mod:`councildoc.corpus.sentences`,
the one the search index uses), with exact offsets. A Chinese sentence often
renders two English ones (or the reverse, as ``；`` ends a sentence in Chinese
but a semicolon does not in English), so the moves are those of paragraphs,
with 2–2 added (two sentences recast as two others that do not correspond
one to one).
The expected length ratio is the document pair's, not the paragraph pair's
own: a ratio measured on the pair would absorb a sentence one version added.
Headings, titles, header lines and table rows are kept whole. Sentences with
no counterpart are reported like paragraphs; offsets of a sentence of merged
paragraphs (node ``u-1+u-2``) are into their joined text.
"""
from __future__ import annotations

from ..sentences import segment
from .dp import SENTENCE_MOVES, align_sequences
from .lengths import length_score, text_length
from .model import Alignment, Finding, Pair, Segment, Unpaired
from .unpaired import describe_unpaired, unpaired_data

#: pair kinds kept whole: short, and not prose
WHOLE = {"title", "header", "heading", "caption", "table-header", "row"}


def sentence_alignment(paragraphs: Alignment, names: tuple[str, str] = ("A", "B")) -> Alignment:
    """The sentence pairs of *paragraphs* (a paragraph-level alignment)."""
    out = Alignment(paragraphs.source_lang, paragraphs.target_lang, paragraphs.symbol,
                    findings=list(paragraphs.findings), unpaired=list(paragraphs.unpaired), level="sentence",
                    ratio=paragraphs.ratio)
    before = len(out.unpaired)
    for pair in paragraphs.pairs:
        if pair.kind in WHOLE:
            out.pairs.append(pair)
        else:
            _split_pair(pair, out)
    for side, name, other in (("a", names[0], names[1]), ("b", names[1], names[0])):
        extra = [u for u in out.unpaired[before:] if u.side == side]
        if extra:
            out.findings.append(Finding("warning", "sentence-unpaired",
                                        describe_unpaired(extra, "sentence", name, other),
                                        data=unpaired_data(side, extra)))
    return out


def _split_pair(pair: Pair, out: Alignment) -> None:
    src, tgt = pair.source, pair.target
    spans_a, spans_b = _spans(src), _spans(tgt)
    len_a = [text_length(src.text[s:e]) for s, e in spans_a]
    len_b = [text_length(tgt.text[s:e]) for s, e in spans_b]
    for bead in align_sequences(len_a, len_b, out.ratio, moves=SENTENCE_MOVES):
        if not bead.b:
            out.unpaired.extend(_unpaired("a", src, spans_a[k]) for k in bead.a)
            continue
        if not bead.a:
            out.unpaired.extend(_unpaired("b", tgt, spans_b[k]) for k in bead.b)
            continue
        (sa, ea), (sb, eb) = _cover(spans_a, bead.a), _cover(spans_b, bead.b)
        out.pairs.append(Pair("sentence", f"{pair.key}.s{bead.a[0] + 1}", pair.number, pair.label,
                              Segment(src.lang, src.node, src.text[sa:ea], sa, ea),
                              Segment(tgt.lang, tgt.node, tgt.text[sb:eb], sb, eb), "order",
                              length_score(sum(len_a[k] for k in bead.a), sum(len_b[k] for k in bead.b), out.ratio)))


def _spans(seg: Segment) -> list[tuple[int, int]]:
    """Sentence offsets of *seg*'s text; the whole text when the segmenter
    finds none (a text of spaces only)."""
    spans = [(s, e) for s, e in segment(seg.text, seg.lang) if seg.text[s:e].strip()]
    return spans or [(0, len(seg.text))]


def _cover(spans: list[tuple[int, int]], indices: tuple[int, ...]) -> tuple[int, int]:
    return spans[indices[0]][0], spans[indices[-1]][1]


def _unpaired(side: str, seg: Segment, span: tuple[int, int]) -> Unpaired:
    return Unpaired(side, "sentence", f"{seg.node}@{span[0]}", seg.text[span[0]:span[1]])
