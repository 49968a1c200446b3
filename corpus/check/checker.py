"""The offline checks of one document, and what the corpus and online checks
need from it (its citations of other documents, its external URLs), in one
picklable report so documents can be checked in worker processes without
shipping whole trees back."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ...parser import InputError, TreeInvalidError

from . import footnotes, internal, links
from .findings import Finding, sort_key
from .inputs import LINE, NODE, PARAGRAPH, load_tree
from ...parser.model import NotATree, Site, node_index, text_sites
from ...parser.formats.registry import unsupported_reason
from ...parser.xrefs.resolve import INTERNAL_KINDS

DOCUMENT_KINDS = links.DOCUMENT_KINDS


@dataclass(frozen=True, slots=True)
class Place:
    """Where a citation or URL occurs."""
    line: int | None
    node: str | None
    surface: str


@dataclass(slots=True)
class DocReport:
    path: str                                   # the input as given
    file: str                                   # the name findings carry
    symbol: str | None = None
    findings: list = field(default_factory=list)
    citations: list = field(default_factory=list)    # (target symbol, kind, Place)
    remote_refs: list = field(default_factory=list)  # (symbol, anchor, Place): GB.341/INS/7#p-53
    node_ids: list = field(default_factory=list)     # every node id, for references from other documents
    para_numbers: list = field(default_factory=list)
    urls: list = field(default_factory=list)         # (url, Place)
    error: str | None = None                         # one line when unreadable
    skipped: bool = False                            # a foreign JSON file found in a folder
    unit: str = LINE                                 # how positions in ``file`` are given (see relocate)


def paragraph_numbers(index: dict) -> list[int]:
    return sorted(n["number"] for n in index.values()
                  if n.get("type") == "paragraph" and isinstance(n.get("number"), int))


def check_tree(tree: dict, file: str) -> list[Finding]:
    """Footnote, link and internal-reference findings for one tree, sorted by
    line. *file* is the name findings carry."""
    sites = text_sites(tree)
    index = node_index(tree)
    ids = set(index)
    numbers = paragraph_numbers(index)
    findings = (footnotes.check(tree, sites, file)
                + links.check(tree, sites, file, ids, numbers)
                + internal.check(tree, sites, file))
    return sorted(findings, key=sort_key)


def _series_kind(symbol: str) -> str:
    return "gb_document" if symbol.startswith("GB.") else "ilc_document" if symbol.startswith("ILC") else "un_document"


def citations(sites: list[Site]) -> tuple[list, list]:
    """Other documents cited, and references into them.

    Returns ``(citations, remote_refs)``: citations are (symbol, kind, Place)
    for document-symbol xrefs, plus the document part of a reference such as
    ``GB.341/INS/7#p-53`` when the same text does not cite that symbol already;
    remote_refs are (symbol, anchor, Place) for those references."""
    cited, remote = [], []
    for site in sites:
        in_site = set()
        prefixed = []
        for s in site.spans:
            if s.get("type") != "xref":
                continue
            target, kind = s.get("target", ""), s.get("kind")
            place = Place(site.line_at(s["start"]), site.node, site.text[s["start"]:s["end"]])
            if kind in DOCUMENT_KINDS:
                cited.append((target, kind, place))
                in_site.add(target)
            elif kind in INTERNAL_KINDS and "#" in target and not target.startswith("#"):
                symbol, anchor = target.split("#", 1)
                prefixed.append((symbol, anchor, place))
        for symbol, anchor, place in prefixed:
            remote.append((symbol, anchor, place))
            if symbol not in in_site:
                cited.append((symbol, _series_kind(symbol), place))
                in_site.add(symbol)
    return cited, remote


def external_urls(sites: list[Site]) -> list[tuple[str, Place]]:
    """http(s) URLs of link spans and of ``url`` xrefs, once per place."""
    out, seen = [], set()
    for site in sites:
        for s in site.spans:
            if s.get("type") == "link":
                url = s.get("href", "").strip()
            elif s.get("type") == "xref" and s.get("kind") == "url":
                url = s.get("target", "").strip()
            else:
                continue
            if urlsplit(url).scheme.lower() not in ("http", "https") or links.url_problem(url):
                continue
            place = Place(site.line_at(s["start"]), site.node, site.text[s["start"]:s["end"]])
            if (url, place.line, place.node) not in seen:
                seen.add((url, place.line, place.node))
                out.append((url, place))
    return out


def analyse(path: str, in_folder: bool = False, lang: str | None = None, encoding: str | None = None) -> DocReport:
    """Load and check one input; never raises for bad input (the report
    carries the one-line error instead). A JSON file found in a folder that is
    not a councildoc tree is skipped, not reported; a document of a format no
    reader takes (PDF in this version) is reported as ``input-unsupported``."""
    reason = unsupported_reason(path)
    if reason:
        return DocReport(path, path, findings=[Finding(path, None, None, "input-unsupported", "info",
                                                       f"skipped: {reason}", data={"reason": reason})])
    try:
        tree, file, unit = load_tree(path, lang, encoding)
        sites = text_sites(tree)
        index = node_index(tree)
        cited, remote = citations(sites)
        return DocReport(path, file, symbol=tree.get("symbol"), findings=check_tree(tree, file),
                         citations=cited, urls=external_urls(sites), remote_refs=remote,
                         node_ids=sorted(index), para_numbers=paragraph_numbers(index), unit=unit)
    except NotATree as e:
        if in_folder:
            return DocReport(path, path, skipped=True)
        return DocReport(path, path, error=str(e))
    except InputError as e:
        return DocReport(path, path, error=str(e))
    except TreeInvalidError as e:
        return DocReport(path, path, error=str(e))
    except Exception as e:  # noqa: BLE001 - one bad file must not stop a batch
        if os.environ.get("COUNCILDOC_DEBUG"):
            raise
        return DocReport(path, path, error=f"{path}: internal error while checking "
                                          f"({type(e).__name__}: {e}); please report")


def relocate(findings: list[Finding], reports: list[DocReport]) -> list[Finding]:
    """Give every finding the position its file has: the checks record the
    tree's ``line``, which for a .docx is the paragraph's position in the body
    (moved to ``paragraph``) and for a tree file without its document means
    nothing to the user (dropped; the node id stays)."""
    units = {r.file: r.unit for r in reports}
    out = []
    for f in findings:
        unit = units.get(f.file, LINE)
        if unit == PARAGRAPH and f.line is not None:
            f = f.located(None, f.line)
        elif unit == NODE:
            f = f.located(None, None)
        out.append(f)
    return out
