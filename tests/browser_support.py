"""A live server and a real headless Chromium for the browser tests.

The browser is Debian's ``chromium`` (``apt-get install chromium``), or the
executable named by ``COUNCILDOC_CHROMIUM``, driven by Playwright's Python
package (its own browser download is never used). Where no browser can be
had, the tests skip saying so."""
from __future__ import annotations

import os
import shutil
import socket
import threading
import time

import pytest

LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--no-first-run"]


def chromium_path() -> str | None:
    for candidate in (os.environ.get("COUNCILDOC_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                      shutil.which("chromium-browser")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def live_server(web_db):
    """``http://127.0.0.1:PORT`` of the app over the test index, served by uvicorn in a thread."""
    uvicorn = pytest.importorskip("uvicorn", reason="the web extra is not installed: pip install '.[web]'")
    from councildoc.corpus.web.app import create_app
    config = uvicorn.Config(create_app(str(web_db)), host="127.0.0.1", port=_free_port(), log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{config.port}"
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="session")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api",
                                   reason="browser tests need Playwright: pip install '.[test]'")
    path = chromium_path()
    if path is None:
        pytest.skip("browser tests need Chromium: apt-get install chromium (or set COUNCILDOC_CHROMIUM)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=LAUNCH_ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1100, "height": 800})
    pg = context.new_page()
    pg.set_default_timeout(10000)
    yield pg
    context.close()
