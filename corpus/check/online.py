"""Fetching external URLs (``--online`` only; the other checks never touch
the network).

Standard library only (urllib + a thread pool): a link check needs a status
line and a Location header, not a full HTTP client, and this keeps the
checker free of a network dependency. Each URL is asked with HEAD, then GET
when HEAD is refused (405/501); redirects are followed by hand (up to 10) so
each hop and the final status are reported; transient failures (5xx, 429,
connection reset) are retried; requests to one host are spaced by a minimum
interval; results are cached on disk so a re-run asks only for what is new or
stale. Transient failures are not cached: a re-run tries them again.
"""
from __future__ import annotations

import http.client
import json
import os
import socket
import sys
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

from ...parser import __version__

from ..output import write_atomic
from .findings import Finding

USER_AGENT = f"councildoc-linkcheck/{__version__} (+link checker for council documents)"
TRANSIENT_STATUS = {429, 500, 502, 503, 504}
MAX_REDIRECTS = 10
#: the one request error that is the link's fault, not the network's
BAD_HOST = "the host name cannot be encoded"
CACHE_VERSION = 1


@dataclass
class UrlResult:
    url: str
    status: int | None = None                  # final HTTP status
    final_url: str | None = None
    redirects: list = field(default_factory=list)   # [(status, next url)]
    error: str | None = None                   # why no status: timeout, refused…
    method: str = "HEAD"                       # the method that gave the final answer
    attempts: int = 0
    cached: bool = False
    #: no answer at all (refused, unknown host, no route, timeout): says nothing
    #: about the link, only that this machine could not reach its host now
    unreachable: bool = False

    @property
    def ok(self) -> bool:
        return self.status is not None and self.status < 400

    @property
    def cacheable(self) -> bool:
        return self.status is not None and self.status not in TRANSIENT_STATUS


class HostRateLimiter:
    """At most one request per *interval* seconds to each host; hosts do not
    wait for each other. Clock and sleep are injectable for tests."""

    def __init__(self, interval: float, clock=time.monotonic, sleep=time.sleep):
        self.interval = interval
        self.clock, self.sleep = clock, sleep
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, host: str) -> float:
        """Block until *host* may be asked again; return the time waited."""
        with self._lock:
            now = self.clock()
            start = max(now, self._next.get(host, now))
            self._next[host] = start + self.interval
        delay = start - now
        if delay > 0:
            self.sleep(delay)
        return delay


class ResultCache:
    """URL → last result, in one JSON file, fresh for *ttl* seconds."""

    def __init__(self, path: str | os.PathLike | None, ttl: float = 86400, clock=time.time):
        self.path = Path(path) if path else None
        self.ttl, self.clock = ttl, clock
        self.entries: dict[str, dict] = {}
        self.dirty = False
        if self.path and self.path.exists():
            try:
                data = json.loads(self.path.read_text("utf-8"))
                if data.get("version") == CACHE_VERSION:
                    self.entries = data.get("results", {})
            except (OSError, ValueError, AttributeError):
                self.entries = {}          # a damaged cache is only a slower run

    def get(self, url: str) -> UrlResult | None:
        e = self.entries.get(url)
        if not e or self.clock() - e.get("checked_at", 0) > self.ttl:
            return None
        fields = {k: e[k] for k in ("status", "final_url", "error", "method", "attempts") if k in e}
        return UrlResult(url, redirects=[tuple(r) for r in e.get("redirects", [])], cached=True, **fields)

    def put(self, result: UrlResult) -> None:
        if self.path is None or not result.cacheable:
            return
        entry = asdict(result)
        entry.pop("cached")
        entry.pop("url")
        entry["checked_at"] = self.clock()
        self.entries[result.url] = entry
        self.dirty = True

    def save(self) -> str | None:
        """Write the cache; a cache that cannot be written only makes the next
        run slower, so the reason is returned (for a warning), not raised."""
        if self.path is not None and self.dirty:
            try:
                write_atomic(self.path, json.dumps({"version": CACHE_VERSION, "results": self.entries},
                                                   ensure_ascii=False, indent=1))
            except OSError as e:
                return f"the link cache {self.path} cannot be written ({e.strerror or e})"
            self.dirty = False
        return None


def default_cache_path() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "councildoc" / "links.json"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Hand 3xx answers back instead of following them (we follow by hand)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


_OPENER = urllib.request.build_opener(_NoRedirect())


def _is_timeout(exc: BaseException) -> bool:
    return isinstance(exc, (TimeoutError, socket.timeout)) or (
        isinstance(exc, urllib.error.URLError) and isinstance(exc.reason, (TimeoutError, socket.timeout)))


def to_ascii(url: str) -> str:
    """An IRI as a URI a request line can carry: IDNA host, percent-encoded
    path and query (characters already encoded are left alone)."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if not netloc.isascii():
        userinfo, _, hostport = netloc.rpartition("@")
        host, sep, port = hostport.partition(":")
        netloc = (userinfo + "@" if userinfo else "") + host.encode("idna").decode("ascii") + sep + port
    path = quote(parts.path, safe="/%:@!$&'()*+,;=-._~")
    query = quote(parts.query, safe="/%:@!$&'()*+,;=?-._~")
    return urlunsplit((parts.scheme, netloc, path, query, ""))


def _request(url: str, method: str, timeout: float) -> tuple[int | None, str | None, str | None, bool]:
    """One request: (status, Location, error, transient)."""
    try:
        url = to_ascii(url)
    except UnicodeError:
        return None, None, BAD_HOST, False
    req = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    try:
        with _OPENER.open(req, timeout=timeout) as resp:
            return resp.status, resp.headers.get("Location"), None, False
    except urllib.error.HTTPError as e:
        location = e.headers.get("Location") if e.headers else None
        e.close()
        return e.code, location, None, e.code in TRANSIENT_STATUS
    except Exception as e:  # noqa: BLE001 - every network failure becomes a result
        if _is_timeout(e):
            return None, None, f"no answer within {timeout:g} s", False
        reason = e.reason if isinstance(e, urllib.error.URLError) else e
        transient = isinstance(reason, (ConnectionResetError, ConnectionAbortedError, http.client.RemoteDisconnected))
        if isinstance(reason, ConnectionRefusedError):
            return None, None, "connection refused", False
        if isinstance(reason, socket.gaierror):
            return None, None, "host name not found", False
        if isinstance(reason, OSError) and reason.strerror:
            return None, None, reason.strerror[:1].lower() + reason.strerror[1:], transient   # network is unreachable…
        return None, None, f"{type(reason).__name__}: {reason}", transient


@dataclass
class Fetcher:
    timeout: float = 10.0
    retries: int = 1
    retry_delay: float = 1.0
    limiter: HostRateLimiter = field(default_factory=lambda: HostRateLimiter(0.5))

    def _ask(self, url: str, method: str, result: UrlResult):
        for attempt in range(self.retries + 1):
            self.limiter.wait(urlsplit(url).netloc.lower())
            result.attempts += 1
            status, location, error, transient = _request(url, method, self.timeout)
            if not transient or attempt == self.retries:
                return status, location, error
            time.sleep(self.retry_delay * (attempt + 1))
        return status, location, error  # pragma: no cover - loop always returns

    def check(self, url: str) -> UrlResult:
        result = UrlResult(url)
        current = url
        seen = {url}
        while True:
            method = "HEAD"
            status, location, error = self._ask(current, method, result)
            if status in (405, 501):
                method = "GET"
                status, location, error = self._ask(current, method, result)
            result.status, result.error, result.method, result.final_url = status, error, method, current
            result.unreachable = status is None and error is not None and error != BAD_HOST
            if status is None or not (300 <= status < 400) or not location:
                return result
            nxt = urljoin(current, location)
            result.redirects.append((status, nxt))
            if nxt in seen or len(result.redirects) > MAX_REDIRECTS:
                result.error = "redirect loop" if nxt in seen else f"more than {MAX_REDIRECTS} redirects"
                result.status = None
                return result
            if urlsplit(nxt).scheme not in ("http", "https"):
                result.error = f"redirects to a non-web address {nxt}"
                result.status = None
                return result
            seen.add(nxt)
            current = nxt


def check_urls(urls, fetcher: Fetcher, cache: ResultCache | None = None, connections: int = 8) -> dict[str, UrlResult]:
    """Results for every distinct URL: from the cache when fresh, else fetched
    with at most *connections* requests in flight."""
    results: dict[str, UrlResult] = {}
    todo = []
    for url in dict.fromkeys(urls):
        hit = cache.get(url) if cache else None
        if hit:
            results[url] = hit
        else:
            todo.append(url)
    if todo:
        with ThreadPoolExecutor(max_workers=max(1, connections)) as pool:
            for url, result in zip(todo, pool.map(fetcher.check, todo)):
                results[url] = result
                if cache:
                    cache.put(result)
    if cache:
        problem = cache.save()
        if problem:
            print(f"councildoc check: warning: {problem}", file=sys.stderr)
    return results


_PERMANENT = {301, 308}


def findings_for(report, results: dict[str, UrlResult]) -> list[Finding]:
    out = []
    for url, place in report.urls:
        r = results.get(url)
        if r is None:
            continue
        where = f" (after redirects to {r.final_url})" if r.redirects else ""
        # no answer (refused, unknown host, no network, timeout) tells nothing about
        # the link, only about the way to its host from here: a warning of its own;
        # an answer that fails (4xx, a redirect loop) is the link's error
        if r.unreachable:
            out.append(Finding(report.file, place.line, place.node, "url-unreachable", "warning",
                               f"{url} cannot be reached: {r.error}{where}",
                               "check the network and try again later; if it persists, check the address"))
        elif r.error:
            out.append(Finding(report.file, place.line, place.node, "url-broken", "error",
                               f"{url}: {r.error}{where}", "check the address"))
        elif r.status >= 400:
            reason = http.client.responses.get(r.status, "")
            level = "warning" if r.status >= 500 else "error"
            out.append(Finding(report.file, place.line, place.node, "url-broken", level,
                               f"{url} answers {r.status} {reason}{where}".rstrip(),
                               "the server failed: try again later" if level == "warning"
                               else "find the document's current address or remove the link"))
        elif r.redirects:
            hops = " → ".join(f"{s} {u}" for s, u in r.redirects)
            permanent = all(s in _PERMANENT for s, _ in r.redirects)
            out.append(Finding(report.file, place.line, place.node, "url-redirected", "info",
                               f"{url} redirects: {hops}; final status {r.status}",
                               f"link to {r.final_url} directly" if permanent else None))
    return out


def offline_warning(results: dict[str, UrlResult]) -> str | None:
    """One line when no URL could be reached at all: most likely this machine
    has no network, which the per-URL warnings alone do not say."""
    if results and all(r.unreachable for r in results.values()):
        hosts = {urlsplit(u).netloc.lower() for u in results}
        return (f"none of the {len(results)} URLs ({len(hosts)} hosts) could be reached: is this machine "
                "offline? They are reported as url-unreachable warnings, not as broken links")
    return None
