"""Link checks that need no network: empty and placeholder targets, malformed
URLs, anchors that name no node, and a link whose text is a document symbol
while its target names another document.

Only ``link`` spans are checked (markdown links in text, hyperlinks in .docx
and HTML); bare URLs in running text are the online checker's business."""
from __future__ import annotations

import ipaddress
import re
from urllib.parse import unquote, urlsplit

from ...parser import xrefs

from . import internal
from .findings import Finding
from ...parser.model import Site

#: targets that stand for "link to be filled in"
PLACEHOLDERS = {"#", "#!", "#top", "javascript:void(0)", "javascript:void(0);", "javascript:;", "about:blank",
                "todo", "tbd", "tba", "url", "link", "...", "…", "xxx"}
DOCUMENT_KINDS = ("gb_document", "ilc_document", "un_document", "un_resolution", "un_decision")
_LABEL = re.compile(r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")
# ILO file names that stand for a symbol: GB338-INS-9, gb_338_ins_9
_FILE_SYMBOL = re.compile(r"(?<![A-Za-z])GB[._-]?(\d{3})[._-]([A-Za-z]{2,4})((?:[._-]\d{1,3})+)(?![0-9])", re.I)


def _host_problem(host: str) -> str | None:
    try:
        ipaddress.ip_address(host)
        return None
    except ValueError:
        pass
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        return f"the host name {host!r} is not valid"
    if ascii_host != "localhost" and "." not in ascii_host:
        return f"the host name {host!r} has no domain"
    labels = ascii_host.rstrip(".").split(".")
    if not all(_LABEL.match(label) for label in labels):
        return f"the host name {host!r} is not valid"
    return None


def url_problem(href: str) -> str | None:
    """Why *href* is not a usable URL, or None. Relative references and
    fragments are fine here (checked elsewhere)."""
    if any(c.isspace() for c in href):
        return "the target contains spaces"
    if "\\" in href:
        return "the target contains a backslash (a Windows path?)"
    try:
        parts = urlsplit(href)
    except ValueError as e:
        return f"the target cannot be parsed ({e})"
    scheme = parts.scheme.lower()
    if not scheme:
        if re.match(r"(?i)^https?(:|//|/)", href) or re.match(r"(?i)^h?t+p+s?:?//", href):
            return "the scheme is misspelt"
        return None
    if scheme in ("http", "https"):
        if not parts.netloc:
            return "the URL has no host"
        try:
            host = parts.hostname
            parts.port
        except ValueError as e:
            return f"the URL's host or port is not valid ({e})"
        if not host:
            return "the URL has no host"
        return _host_problem(host)
    if scheme == "mailto":
        return None if "@" in parts.path else "the e-mail address has no @"
    if re.fullmatch(r"h?t+p+s?", scheme):
        return f"the scheme {parts.scheme!r} is misspelt"
    return None


def symbols_in_href(href: str) -> set[str]:
    """Document symbols named by a link target (in a path or a file name)."""
    parts = urlsplit(unquote(href))
    text = parts.path + ("?" + parts.query if parts.query else "")
    # a symbol may start at any segment of the path (…/en/A/RES/72/279): try each
    segments = text.split("/")
    found = set()
    for i in range(len(segments)):
        tail = "/".join(segments[i:])
        found |= {s["target"] for s in xrefs.find_references(tail) if s.get("kind") in DOCUMENT_KINDS}
    for m in _FILE_SYMBOL.finditer(text):
        numbers = "/".join(re.split(r"[._-]", m.group(3))[1:])
        found.add(f"GB.{m.group(1)}/{m.group(2).upper()}/{numbers}")
    return found


def _short(text: str, width: int = 40) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def _family(symbol: str) -> str:
    """The document a symbol belongs to, whatever part or session is printed:
    ``A/RES/77/263A`` (part A of resolution 77/263, cited ``77/263 A``) and
    ``A/RES/319A(IV)`` are the documents ``A/RES/77/263`` and ``A/RES/319``."""
    base = re.sub(r"\(.*\)$", "", symbol)
    return re.sub(r"(?<=\d)[A-Z]$", "", base).casefold()


def _link_symbol(site: Site, link: dict) -> str | None:
    """The document symbol the link text IS (``[GB.338/INS/9](#)``), not one
    merely mentioned inside a longer title."""
    text = site.text[link["start"]:link["end"]]
    start = link["start"] + (len(text) - len(text.lstrip()))
    end = link["start"] + len(text.rstrip(" .,;:。，；"))
    for s in site.spans:
        if (s.get("type") == "xref" and s.get("kind") in DOCUMENT_KINDS
                and s["start"] <= start and s["end"] >= end):
            return s["target"]
    return None


def check_link(site: Site, link: dict, file: str, node_ids: set[str], para_numbers: list[int],
               fmt: str = "text") -> list[Finding]:
    href = link.get("href", "")
    target = href.strip()
    text = site.text[link["start"]:link["end"]]
    line = site.line_at(link["start"])
    symbol = _link_symbol(site, link)
    label = f"link \"{_short(text)}\"" if text else "a link with no text"

    def finding(code, level, message, suggestion=None):
        return [Finding(file, line, site.node, code, level, message, suggestion)]

    if not target:
        return finding("link-empty", "warning", f"{label} has an empty target",
                       f"link to the document {symbol}" if symbol else "give the link a target or remove it")
    if target.casefold() in PLACEHOLDERS:
        return finding("link-placeholder", "warning", f"{label} has the placeholder target {target!r}",
                       f"replace {target!r} with the address of {symbol}" if symbol
                       else f"replace {target!r} with the real address, or remove the link")
    if target.startswith("#"):
        anchor = target[1:]
        if not internal.NODE_ID.match(anchor):
            # a bookmark of a .docx or HTML source (#_Toc…, #_Ref…): the tree does
            # not keep bookmarks, so it cannot be checked; plain text has none
            if fmt != "text":
                return []
            return finding("link-anchor-unresolved", "warning",
                           f"{label} points to {target}, which names no node of this document",
                           "link to a node id such as #p-3, #sec-I or #fn-2")
        problem = internal.unresolved(anchor, node_ids, para_numbers)
        if problem:
            what, suggestion = problem
            return finding("link-anchor-unresolved", "error", f"{label} points to {target}: {what}", suggestion)
        return []
    if any(c.isspace() for c in target) and urlsplit(target).scheme.lower() in ("http", "https") \
            and not url_problem(re.sub(r"\s", "%20", target)):
        return finding("link-malformed", "warning", f"{label} has spaces in its address {target!r}",
                       "write each space as %20 (browsers do it, other tools may not)")
    problem = url_problem(target)
    if problem:
        return finding("link-malformed", "error", f"{label} has a malformed target {target!r}: {problem}")
    if urlsplit(target).scheme == "" and target.lower().startswith("www."):
        return finding("link-missing-scheme", "warning", f"{label} has no scheme: {target!r}",
                       f"write the address in full: https://{target}")
    if symbol:
        named = symbols_in_href(target)
        if named and _family(symbol) not in {_family(n) for n in named}:
            return finding("link-symbol-mismatch", "warning",
                           f"{label} names {symbol} but its target names {', '.join(sorted(named))}",
                           f"check the link: it should lead to {symbol}")
    return []


def check(tree: dict, sites: list[Site], file: str, node_ids: set[str], para_numbers: list[int]) -> list[Finding]:
    fmt = tree.get("source", {}).get("format", "text")
    out = []
    for site in sites:
        for s in site.spans:
            if s.get("type") == "link":
                out.extend(check_link(site, s, file, node_ids, para_numbers, fmt))
    return out
