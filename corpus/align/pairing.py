"""Pair two versions of one document (say English and French) by the numbers
the documents themselves print, never by guessing from the text.

Every language version of a Governing Body document numbers its paragraphs,
items and footnotes identically, so those numbers are the alignment: paragraph
7 pairs with paragraph 7, its item (b) with item (b), footnote 3 with
footnote 3. Sections pair by id (``sec-I``, ``sec-III-A``, ``decision``), and
the title and summary of the header pair with each other. What does not pair
is reported as a :class:`Finding` (a paragraph present in one version only, a
footnote count that differs, a paragraph citing other footnotes, different
symbols), so a translator sees the gap instead of a silently shifted memory.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ...parser.messages import Message
from ...parser.model import load_tree as _load, walk_nodes


@dataclass(slots=True)
class Segment:
    """One side of a pair: the text of one node in one language."""
    lang: str
    node: str
    text: str


@dataclass(slots=True)
class Pair:
    kind: str                 # title | summary | heading | paragraph | item | footnote
    key: str                  # the node id shared by both versions (p-7, p-7-b, fn-3, sec-I…)
    number: int | None
    label: str | None
    source: Segment
    target: Segment

    def as_dict(self) -> dict:
        return {"kind": self.kind, "key": self.key, "number": self.number, "label": self.label,
                "source": {"lang": self.source.lang, "node": self.source.node, "text": self.source.text},
                "target": {"lang": self.target.lang, "node": self.target.node, "text": self.target.text}}


#: what does not pair is reported as a message (no line or node: it concerns two documents)
Finding = Message


@dataclass(slots=True)
class Alignment:
    source_lang: str
    target_lang: str
    symbol: str | None
    pairs: list = field(default_factory=list)       # list[Pair]
    findings: list = field(default_factory=list)    # list[Finding]

    def count(self, kind: str) -> int:
        return sum(1 for p in self.pairs if p.kind == kind)


def load_tree(path: str, lang: str | None = None) -> dict:
    """A tree from a ``.json`` file written by ``councildoc parse``/``convert``,
    or a document parsed on the fly (:func:`parser.model.load_tree`)."""
    return _load(path, lang=lang)


def _index(tree: dict) -> tuple[dict, dict, dict, int]:
    """Numbered paragraphs by number, sections by id, footnotes by number, and
    the count of unnumbered paragraphs (which have nothing to pair by)."""
    paragraphs: dict[int, dict] = {}
    sections: dict[str, dict] = {}
    unnumbered = 0
    for node in walk_nodes(tree.get("body", [])):
        if node.get("type") == "paragraph":
            if node.get("number") is None:
                unnumbered += 1
            else:
                paragraphs.setdefault(node["number"], node)
        elif node.get("type") == "section":
            sections.setdefault(node["id"], node)
    footnotes: dict[int, dict] = {}
    for note in tree.get("footnotes", []):
        footnotes.setdefault(note["number"], note)
    return paragraphs, sections, footnotes, unnumbered


def align_trees(a: dict, b: dict, a_name: str = "A", b_name: str = "B") -> Alignment:
    """Pair the nodes of tree *a* (source) with those of tree *b* (target)."""
    la, lb = a.get("language") or "und", b.get("language") or "und"
    out = Alignment(la, lb, a.get("symbol") or b.get("symbol"))
    warn = lambda code, msg: out.findings.append(Finding("warning", code, msg))   # noqa: E731
    if a.get("symbol") != b.get("symbol"):
        warn("symbol-mismatch", f"the symbols differ: {a.get('symbol')} in {a_name}, {b.get('symbol')} in {b_name}")
    if la == lb:
        warn("same-language", f"both versions are in the same language ({la})")

    ma, mb = a.get("meta", {}), b.get("meta", {})
    if ma.get("title") and mb.get("title"):
        out.pairs.append(Pair("title", "title", None, None, Segment(la, "meta", ma["title"]), Segment(lb, "meta", mb["title"])))
    sa, sb = ma.get("summary"), mb.get("summary")
    if isinstance(sa, dict) and isinstance(sb, dict) and sa.get("text") and sb.get("text"):
        out.pairs.append(Pair("summary", "summary", None, None, Segment(la, "meta", sa["text"]), Segment(lb, "meta", sb["text"])))

    pa, seca, fa, ua = _index(a)
    pb, secb, fb, ub = _index(b)

    for sid, sec in seca.items():
        other = secb.get(sid)
        if other is None:
            out.findings.append(Finding("info", "section-unpaired", f"section {sid} is only in {a_name}"))
            continue
        out.pairs.append(Pair("heading", sid, None, sec.get("number"),
                              Segment(la, sid, sec["heading"]), Segment(lb, sid, other["heading"])))
    for sid in secb:
        if sid not in seca:
            out.findings.append(Finding("info", "section-unpaired", f"section {sid} is only in {b_name}"))

    for number in sorted(set(pa) | set(pb), key=_number_key):
        if number not in pb:
            warn("paragraph-unpaired", f"paragraph {number} is only in {a_name}")
            continue
        if number not in pa:
            warn("paragraph-unpaired", f"paragraph {number} is only in {b_name}")
            continue
        x, y = pa[number], pb[number]
        out.pairs.append(Pair("paragraph", f"p-{number}", number, None,
                              Segment(la, x["id"], x["text"]), Segment(lb, y["id"], y["text"])))
        _pair_items(out, number, x, y, a_name, b_name)
        ra, rb = _cited(x), _cited(y)
        if ra != rb:
            warn("footnote-refs-differ", f"paragraph {number} cites footnotes {ra or 'none'} in {a_name}, "
                                         f"{rb or 'none'} in {b_name}")
    if ua or ub:
        out.findings.append(Finding("info", "unnumbered-not-aligned",
                                    f"unnumbered paragraphs are not aligned ({ua} in {a_name}, {ub} in {b_name})"))

    if len(fa) != len(fb):
        warn("footnote-count-differs", f"{a_name} has {len(fa)} footnotes, {b_name} has {len(fb)}")
    for number in sorted(set(fa) | set(fb)):
        if number not in fb or number not in fa:
            where = a_name if number in fa else b_name
            warn("footnote-unpaired", f"footnote {number} is only in {where}")
            continue
        out.pairs.append(Pair("footnote", f"fn-{number}", number, None,
                              Segment(la, fa[number]["id"], fa[number]["text"]),
                              Segment(lb, fb[number]["id"], fb[number]["text"])))
    return out


def _cited(paragraph: dict) -> list[int]:
    """Footnote numbers a paragraph (items included) cites, in order: the same
    in every language version, so a difference is a translation slip."""
    spans = list(paragraph.get("spans", []))
    for item in paragraph.get("items", []):
        spans.extend(item.get("spans", []))
    return sorted(s["number"] for s in spans if s.get("type") == "footnote_ref")


def _pair_items(out: Alignment, number: int, x: dict, y: dict, a_name: str, b_name: str) -> None:
    ia = {i["label"]: i for i in x.get("items", [])}
    ib = {i["label"]: i for i in y.get("items", [])}
    for label in ia:
        if label not in ib:
            out.findings.append(Finding("warning", "item-unpaired", f"item ({label}) of paragraph {number} is only in {a_name}"))
            continue
        out.pairs.append(Pair("item", f"p-{number}-{label}", number, label,
                              Segment(out.source_lang, ia[label]["id"], ia[label]["text"]),
                              Segment(out.target_lang, ib[label]["id"], ib[label]["text"])))
    for label in ib:
        if label not in ia:
            out.findings.append(Finding("warning", "item-unpaired", f"item ({label}) of paragraph {number} is only in {b_name}"))


def _number_key(number) -> tuple:
    """Order paragraph numbers of either form: 7 and "25.10" (a section-numbered paragraph) sort together."""
    return tuple(int(part) for part in str(number).split(".") if part.isdigit())
