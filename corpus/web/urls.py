"""The app's own URLs, built in one place so that every link to a document
quotes its symbol the same way (symbols hold slashes, spaces, brackets:
``A/80/6 (Sect. 3)/Add.1`` → ``/doc/A/80/6%20(Sect.%203)/Add.1``)."""
from __future__ import annotations

from urllib.parse import quote, urlencode

_SAFE = "/().,-_~"


def doc_url(symbol: str | None, lang: str | None = None, node: str | None = None, *,
            source: str | None = None) -> str:
    """``/doc/GB.340/INS/6?lang=zh#p-7``; a document without a symbol by its source."""
    if symbol:
        url = "/doc/" + quote(symbol, safe=_SAFE) + (f"?{urlencode({'lang': lang})}" if lang else "")
    else:
        url = "/source?" + urlencode({k: v for k, v in (("path", source or ""), ("lang", lang)) if v})
    return url + (f"#{quote(node, safe='-_.')}" if node else "")


def compare_url(symbol: str, lang: str, other: str) -> str:
    return "/doc/" + quote(symbol, safe=_SAFE) + "/compare?" + urlencode({"lang": lang, "with": other})


def search_url(params: dict) -> str:
    return "/search?" + urlencode(params)
