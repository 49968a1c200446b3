"""Citations of other council documents, checked against a corpus: which cited
documents the corpus does not hold (with the nearest symbols it does hold,
by rapidfuzz), and the corpus-wide picture of who cites whom.

A corpus is a folder of documents or trees (``--corpus DIR``), or the SQLite
index of ``corpus/search`` when that module offers a list of symbols."""
from __future__ import annotations

import os
import re
from collections import defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from .findings import Finding

#: a citation of another document is resolved if the corpus holds the same
#: symbol, or the same document family (revision/addendum suffix dropped)
_SUFFIX = re.compile(r"\s*\((?:Rev|Add|Corr|and Corr)[^()]*\)$", re.I)


def family(symbol: str) -> str:
    """``GB.343/INS/2(Rev.1)`` → ``gb.343/ins/2``: the key symbols are matched on."""
    s = _SUFFIX.sub("", symbol.strip())
    s = re.sub(r"/decision$", "", s, flags=re.I)
    return s.replace(" ", "").casefold()


def series(symbol: str) -> str:
    """Which series a symbol belongs to: GB, ILC or UN."""
    s = symbol.upper()
    return "GB" if s.startswith("GB.") else "ILC" if s.startswith("ILC") else "UN"


@dataclass
class Corpus:
    """The symbols a corpus holds (symbol → where), and the unreadable files."""
    documents: dict = field(default_factory=dict)         # symbol → path
    errors: list = field(default_factory=list)
    anchors: dict = field(default_factory=dict)           # symbol → (node ids, paragraph numbers), when known

    def __post_init__(self):
        self._families = {family(s): s for s in self.documents}
        self._series = {series(s) for s in self.documents}
        self._choices = sorted(self.documents)

    def holds(self, symbol: str) -> str | None:
        """The corpus symbol matching *symbol* (exactly or by family), or None."""
        if symbol in self.documents:
            return symbol
        return self._families.get(family(symbol))

    def has_series(self, symbol: str) -> bool:
        return series(symbol) in self._series

    def nearest(self, symbol: str, limit: int = 3, cutoff: float = 70) -> list[str]:
        matches = process.extract(symbol, self._choices, scorer=fuzz.ratio, limit=limit, score_cutoff=cutoff)
        return [m[0] for m in matches]


def corpus_from_reports(reports) -> Corpus:
    docs = {}
    errors = []
    anchors = {}
    for r in reports:
        if r.error:
            errors.append(r.error)
        elif r.symbol and r.symbol not in docs:
            docs[r.symbol] = r.file
            anchors[r.symbol] = (frozenset(r.node_ids), r.para_numbers)
    return Corpus(docs, errors, anchors)


def corpus_from_db(path: str) -> Corpus:
    """The symbols of a ``councildoc index`` database, listed by the search
    package (:func:`corpus.search.list_symbols`). Raises LookupError with a
    one-line reason when *path* is not a usable index."""
    from ..search import IndexProblem, list_symbols
    try:
        rows = list_symbols(path)
    except IndexProblem as e:
        raise LookupError(str(e)) from None
    except Exception as e:  # noqa: BLE001 - sqlite errors on a damaged file
        raise LookupError(f"{path}: cannot list the symbols of this index ({e})") from None
    docs = {}
    for sym, where in rows:
        docs.setdefault(sym, where or path)
    return Corpus(docs)


def check(report, corpus: Corpus) -> list[Finding]:
    """``xref-not-in-corpus`` for each citation the corpus does not hold:
    warning when the corpus holds documents of that series (GB, ILC, UN), so
    the absence is telling; info otherwise."""
    out = remote_findings(report, corpus)
    seen = set()
    for target, kind, place in report.citations:
        if target == report.symbol or corpus.holds(target) or (target, place.line, place.node) in seen:
            continue
        seen.add((target, place.line, place.node))    # "第 72/279 号决议 … A/RES/72/279": once
        near = [s for s in corpus.nearest(target) if s != report.symbol]
        if corpus.has_series(target):
            level, note = "warning", ""
        else:
            level, note = "info", f" (the corpus holds no {series(target)} documents)"
        out.append(Finding(report.file, place.line, place.node, "xref-not-in-corpus", level,
                           f"{target} ({kind}) is not in the corpus{note}",
                           ("nearest in the corpus: " + ", ".join(near)) if near else None))
    return out


def remote_findings(report, corpus: Corpus) -> list[Finding]:
    """``xref-remote-unresolved`` for a reference into another document of the
    corpus (``GB.341/INS/7#p-53``) whose paragraph or appendix that document
    does not have. Only for corpora read from documents (an index keeps no node ids)."""
    from .internal import unresolved
    out = []
    for symbol, anchor, place in report.remote_refs:
        held = corpus.holds(symbol)
        if not held or held == report.symbol or held not in corpus.anchors:
            continue
        ids, numbers = corpus.anchors[held]
        problem = unresolved(anchor, ids, numbers)
        if problem:
            what, suggestion = problem
            suggestion = f"{held}: {suggestion}" if suggestion else None
            out.append(Finding(report.file, place.line, place.node, "xref-remote-unresolved", "warning",
                               f"\"{place.surface}\" refers to {symbol}#{anchor}: in {held}, {what}", suggestion))
    return out


def citation_graph(reports, corpus: Corpus) -> dict:
    """Who cites whom, over the checked documents: for each checked symbol the
    symbols it cites (held or not), for each held symbol who cites it, and the
    cited-but-missing symbols with their citers, most cited first."""
    cites: dict[str, list[str]] = {}
    cited_by: dict[str, set[str]] = defaultdict(set)
    missing: dict[str, set[str]] = defaultdict(set)
    for r in reports:
        if r.error:
            continue
        me = r.symbol or r.file
        targets = []
        for target, _kind, _place in r.citations:
            held = corpus.holds(target)
            key = held or target
            if key == me or key in targets:
                continue
            targets.append(key)
            cited_by[key].add(me)
            if not held:
                missing[key].add(me)
        cites[me] = targets
    documents = {}
    for sym in sorted(set(corpus.documents) | set(cites)):
        documents[sym] = {"path": corpus.documents.get(sym), "in_corpus": sym in corpus.documents,
                          "cites": cites.get(sym, []), "cited_by": sorted(cited_by.get(sym, ()))}
    return {"documents": documents,
            "missing": [{"symbol": s, "cited_by": sorted(c)}
                        for s, c in sorted(missing.items(), key=lambda kv: (-len(kv[1]), kv[0]))]}


def graph_text(graph: dict, limit: int = 20) -> str:
    """The corpus picture for people: documents citing each other, then the
    most cited missing documents."""
    docs = graph["documents"]
    checked = {s: d for s, d in docs.items() if d["cites"]}
    lines = [f"Corpus: documents held {sum(1 for d in docs.values() if d['in_corpus'])}; "
             f"checked documents citing others {len(checked)}; cited documents missing {len(graph['missing'])}"]
    for sym, d in sorted(checked.items())[:limit]:
        lines.append(f"  {sym} cites: {', '.join(d['cites'])}")
    if len(checked) > limit:
        lines.append(f"  … and {len(checked) - limit} more citing documents (see --graph)")
    if graph["missing"]:
        lines.append("  cited but missing (most cited first):")
        for m in graph["missing"][:limit]:
            lines.append(f"    {m['symbol']}  ← {', '.join(m['cited_by'])}")
        if len(graph["missing"]) > limit:
            lines.append(f"    … and {len(graph['missing']) - limit} more (see --graph)")
    return "\n".join(lines) + "\n"


def is_database(path: str) -> bool:
    """A file (not a folder) whose first bytes are the SQLite header."""
    if not os.path.isfile(path):
        return False
    with open(path, "rb") as f:
        return f.read(16) == b"SQLite format 3\x00"
