"""The Starlette application: routes, security headers, error pages.

Every page works without JavaScript (forms and links); ``static/preview.js``
only adds footnote previews on hover and focus. The Content-Security-Policy
allows scripts and styles from this server only (no inline script, no inline
style), so even a document text that escaped escaping could not run. Errors
are pages with one line of explanation: 400 for a bad parameter, 404 for a
document the index does not hold, 500 (with no traceback) for a bug.
"""
from __future__ import annotations

import logging
import os
import time
from pathlib import Path

import jinja2
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from . import views
from .params import MAX_QUERY, BadRequest
from .store import Store

HERE = Path(__file__).resolve().parent
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")
HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
           (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY")]
log = logging.getLogger("councildoc.web")


class SecurityHeaders:
    """Adds :data:`HEADERS` to every response (pages, JSON, static files,
    errors), and ``Server-Timing: app;dur=MS``: the time the app took to
    make the response (what ``benchmarks/web.py`` measures). A bug in a
    page becomes the 500 page from *on_error* here, logged in one line, so
    that no traceback reaches the browser nor the terminal (set
    COUNCILDOC_DEBUG=1 to log it)."""

    def __init__(self, app, on_error):
        self.app = app
        self.on_error = on_error

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        start = time.perf_counter()

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                timing = f"app;dur={(time.perf_counter() - start) * 1000:.2f}".encode()
                message["headers"] = list(message.get("headers", [])) + [
                    (k, v) for k, v in HEADERS if k not in names] + [(b"server-timing", timing)]
            if message["type"] == "http.response.start":
                started.append(True)
            await send(message)

        started: list[bool] = []
        try:
            await self.app(scope, receive, send_with_headers)
        except Exception as exc:  # noqa: BLE001 - a bug in a page: the error page, one log line
            if os.environ.get("COUNCILDOC_DEBUG"):
                log.exception("error on %s", scope.get("path"))
            else:
                log.error("councildoc serve: internal error on %s: %s: %s (set COUNCILDOC_DEBUG=1 for details)",
                          scope.get("path"), type(exc).__name__, exc)
            if started:
                return
            await self.on_error(Request(scope))(scope, receive, send_with_headers)


def _error_page(templates, request, status: int, message: str):
    """The page (or, under /api/, the JSON object) saying what went wrong in
    one line. It depends on nothing but the template: the index may be the
    problem."""
    titles = {400: "Bad request", 404: "Not found", 405: "Method not allowed", 500: "Internal error"}
    headers = {k.decode(): v.decode() for k, v in HEADERS}
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": message}, status_code=status, headers=headers)
    try:
        return templates.TemplateResponse(request, "error.html", {"title": titles.get(status, "Error"),
                                                                  "message": message, "max_query": MAX_QUERY},
                                          status_code=status, headers=headers)
    except Exception:  # noqa: BLE001 - the error page itself failed: plain text, still no traceback
        log.exception("error page failed")
        return PlainTextResponse(f"{status} {titles.get(status, 'Error')}: {message}", status_code=status,
                                 headers=headers)


def create_app(db: str) -> Starlette:
    """The app over the index at *db* (opened read-only). Raises IndexProblem
    when *db* is not a usable index."""
    store = Store(db)
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE / "templates")), autoescape=True)
    templates = Jinja2Templates(env=env)

    async def http_error(request, exc: HTTPException):
        return _error_page(templates, request, exc.status_code, exc.detail or "")

    async def bad_request(request, exc: BadRequest):
        return _error_page(templates, request, 400, str(exc))

    def server_error(request):
        return _error_page(templates, request, 500, "the page could not be made (an internal error; "
                                                    "it has been logged by the server)")

    routes = [
        Route("/", views.home),
        Route("/search", views.search_page),
        Route("/api/search", views.api_search),
        Route("/doc/{symbol:path}/compare", views.compare_page),
        Route("/doc/{symbol:path}", views.document_page),
        Route("/source", views.source_page),
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
    app = Starlette(routes=routes, middleware=[Middleware(SecurityHeaders, on_error=server_error)],
                    exception_handlers={HTTPException: http_error, BadRequest: bad_request})
    app.state.store = store
    app.state.templates = templates
    return app
