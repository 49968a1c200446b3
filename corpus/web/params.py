"""The search parameters of a request, checked and bounded before anything
touches the index: a query of at most ``MAX_QUERY`` characters (a passage
for similar search: ``MAX_PASSAGE``), a page
number and page size within limits, a language code, a session number, a
scope from the command line's list. A bad value is a :class:`BadRequest`
with a one-line message the page shows (HTTP 400), never an exception
deeper down."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..search.query import SCOPES, Filters

MAX_QUERY = 500
MAX_PASSAGE = 2000                        # --similar: a whole paragraph
MAX_SYMBOL = 100
PAGE_SIZE = 20
MAX_LIMIT = 100
MAX_RESULTS = 1000                        # the deepest result a page shows (page 50 of 20)
MAX_PAGE = MAX_RESULTS // PAGE_SIZE
DEFAULT_MIN_SCORE = 70.0
_LANG = re.compile(r"^[a-z]{2,3}$")


class BadRequest(Exception):
    """A parameter the app refuses (HTTP 400); the message is one line."""


@dataclass(frozen=True)
class SearchParams:
    q: str = ""
    lang: str | None = None
    symbol: str | None = None
    session: int | None = None
    scope: str = "all"
    similar: bool = False
    min_score: float = DEFAULT_MIN_SCORE
    page: int = 1
    size: int = PAGE_SIZE

    @property
    def filters(self) -> Filters:
        return Filters(self.lang, self.symbol, self.session, self.scope)

    def query_string(self, **changes) -> dict:
        """The parameters as a query-string dict (defaults left out), with *changes*."""
        values = {"q": self.q, "lang": self.lang, "symbol": self.symbol, "session": self.session,
                  "in": None if self.scope == "all" else self.scope, "similar": "1" if self.similar else None,
                  "min": None if self.min_score == DEFAULT_MIN_SCORE else f"{self.min_score:g}",
                  "page": None if self.page == 1 else self.page}
        values.update(changes)
        return {k: v for k, v in values.items() if v not in (None, "")}


def _text(value: str | None, name: str, limit: int) -> str | None:
    if value is None:
        return None
    value = value.strip()
    if len(value) > limit:
        raise BadRequest(f"the {name} is too long ({len(value)} characters; at most {limit})")
    if "\x00" in value:
        raise BadRequest(f"the {name} holds a NUL character")
    return value or None


def _integer(value: str | None, name: str, low: int, high: int) -> int | None:
    if value is None or not value.strip():
        return None
    try:
        number = int(value.strip())
    except ValueError:
        raise BadRequest(f"{name} must be a whole number, not {value[:20]!r}") from None
    if not low <= number <= high:
        raise BadRequest(f"{name} must be between {low} and {high}")
    return number


def language(value: str | None) -> str | None:
    """A ``?lang=`` value: a two- or three-letter code, or None."""
    value = (value or "").strip().lower() or None
    if value is not None and not _LANG.match(value):
        raise BadRequest(f"lang must be a language code such as zh, en or fr, not {value[:20]!r}")
    return value


def search_params(query: dict, *, api: bool = False) -> SearchParams:
    """Parse the query string of ``/search`` (or ``/api/search`` with *api*:
    ``limit`` instead of pages)."""
    scope = (query.get("in") or "all").strip()
    if scope not in SCOPES:
        raise BadRequest(f"in must be one of {', '.join(SCOPES)}, not {scope[:20]!r}")
    min_score = query.get("min")
    try:
        min_score = DEFAULT_MIN_SCORE if not min_score else float(min_score)
    except ValueError:
        raise BadRequest("min must be a number between 0 and 100") from None
    if not 0 <= min_score <= 100:
        raise BadRequest("min must be a number between 0 and 100")
    size = (_integer(query.get("limit"), "limit", 1, MAX_LIMIT) if api else None) or PAGE_SIZE
    similar = (query.get("similar") or "") in ("1", "on", "true", "yes")
    return SearchParams(
        q=(_text(query.get("q"), "passage", MAX_PASSAGE) if similar else _text(query.get("q"), "query", MAX_QUERY))
        or "",
        lang=language(query.get("lang")),
        symbol=_text(query.get("symbol"), "symbol filter", MAX_SYMBOL),
        session=_integer(query.get("session"), "session", 1, 100000),
        scope=scope,
        similar=similar,
        min_score=min_score,
        page=1 if api else (_integer(query.get("page"), "page", 1, MAX_PAGE) or 1),
        size=size)
