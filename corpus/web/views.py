"""The endpoints. Plain functions (Starlette runs them in its thread pool):
each checks its parameters, asks the store, and fills a template whose every
value Jinja2 escapes; the only HTML passed through unescaped is the
document article written by the export renderer (which escapes the
document's text itself) with the findings notes (escaped in
:mod:`.findings_inline`)."""
from __future__ import annotations

from markupsafe import Markup
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse

from ..search.query import SCOPES, QueryError
from . import results
from .compare import compare_rows
from .document import render_document
from .params import MAX_PASSAGE, MAX_QUERY, MAX_RESULTS, BadRequest, language, search_params
from .results import COUNT_CAP
from .store import pick_version
from .urls import compare_url, doc_url, search_url

MAX_SYMBOL_PATH = 200


def _render(request, name: str, context: dict, status: int = 200):
    templates = request.app.state.templates
    base = {"max_query": MAX_QUERY, "max_passage": MAX_PASSAGE, "scopes": list(SCOPES), "stats": request.app.state.store.stats(),
            "doc_url": doc_url, "search_url": search_url, "compare_url": compare_url}
    return templates.TemplateResponse(request, name, {**base, **context}, status_code=status)


def _search(request, api: bool):
    params = search_params(dict(request.query_params), api=api)
    if not params.q:
        return params, None, None
    try:
        page = results.run(request.app.state.store.conn(), params)
    except QueryError as e:
        return params, None, str(e)
    return params, page, None


async def home(request):
    return await search_page(request)


async def search_page(request):
    params, page, problem = await run_in_threadpool(_search, request, False)
    return _render(request, "search.html", {"p": params, "page": page, "problem": problem,
                                            "max_results": MAX_RESULTS, "count_cap": COUNT_CAP},
                   400 if problem else 200)


async def api_search(request):
    params, page, problem = await run_in_threadpool(_search, request, True)
    if not params.q:
        raise BadRequest("nothing to search for: give q=")
    if problem:
        raise BadRequest(problem)
    clean = [{k: v for k, v in r.items() if not k.startswith("_") and k not in ("url", "pieces")}
             for r in page.results]
    return JSONResponse(clean)


def _symbol(request) -> str:
    symbol = request.path_params["symbol"]
    if not symbol or len(symbol) > MAX_SYMBOL_PATH or "\x00" in symbol:
        raise HTTPException(404, "no such document")
    return symbol


def _document(request, symbol: str, lang: str | None):
    store = request.app.state.store
    versions = store.versions(symbol)
    doc = pick_version(versions, lang)
    if doc is None:
        if versions:
            raise HTTPException(404, f"{symbol} is indexed, but not in {lang} "
                                     f"(versions: {', '.join(d.language for d in versions)})")
        raise HTTPException(404, f"the index holds no document {symbol}")
    tree = store.tree(doc)
    if tree is None:
        raise HTTPException(404, f"{symbol} [{doc.language}] was indexed before councildoc kept the documents "
                                 f"themselves; index it again to read it here")
    return versions, doc, tree


def _document_context(request, symbol: str | None, doc=None, versions=None):
    lang = language(request.query_params.get("lang"))
    if doc is None:
        versions, doc, tree = _document(request, symbol, lang)
    else:
        tree = request.app.state.store.tree(doc)
        if tree is None:
            raise HTTPException(404, "this document was indexed before councildoc kept the documents themselves")
    rendered = render_document(request.app.state.store, doc, tree)
    return {"doc": doc, "versions": versions or [doc], "tree": tree, "article": Markup(rendered.article),
            "findings": rendered.findings, "unplaced": rendered.unplaced}


async def document_page(request):
    symbol = _symbol(request)
    context = await run_in_threadpool(_document_context, request, symbol)
    return _render(request, "document.html", context)


async def source_page(request):
    """A document without a symbol, by the source it was indexed from."""
    path = (request.query_params.get("path") or "")[:1000]
    lang = language(request.query_params.get("lang"))
    doc = await run_in_threadpool(request.app.state.store.by_source, path, lang)
    if doc is None or doc.symbol:
        raise HTTPException(404, "the index holds no document from this source")
    context = await run_in_threadpool(_document_context, request, None, doc, [doc])
    return _render(request, "document.html", context)


def _compare_context(request, symbol: str):
    lang = language(request.query_params.get("lang"))
    other = language(request.query_params.get("with"))
    if other is None:
        raise BadRequest("give the language to compare with: ?with=fr")
    versions, doc, tree = _document(request, symbol, lang)
    if other == doc.language:
        raise BadRequest(f"with= names the same language as the document ({other})")
    _, doc_b, tree_b = _document(request, symbol, other)
    rows, findings = compare_rows(tree, tree_b)
    return {"doc": doc, "other": doc_b, "versions": versions, "rows": rows, "align_findings": findings}


async def compare_page(request):
    symbol = _symbol(request)
    context = await run_in_threadpool(_compare_context, request, symbol)
    return _render(request, "compare.html", context)
