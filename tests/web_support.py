"""Shared by the web app tests: an index of small documents whose content is
known by hand, built once per session.

- GB.340/INS/6 in en, fr, zh (tests/data/lang: the same content and
  numbering in each language; paragraph 7 is "Competition among agencies…");
- GB.341/INS/1 zh (tests/data/check/footnotes.zh.txt: footnote findings);
- GB.999/WEB/1 en (tests/data/web: cites GB.340/INS/6 paragraph 7, a
  document not in the index, and A/RES/72/279; two footnotes);
- GB.999/WEB/2 en (tests/data/web: hostile text: <script>, onerror, a
  javascript: link, a closing </article>).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from councildoc.corpus.search import index_tree, open_index
from councildoc.parser import parse_file

TESTS = Path(__file__).resolve().parent
LANG = TESTS / "data" / "lang"
WEB_DOCS = [LANG / "GB.340-INS-6.en.txt", LANG / "GB.340-INS-6.fr.txt", LANG / "GB.340-INS-6.zh.txt",
            TESTS / "data" / "check" / "footnotes.zh.txt",
            TESTS / "data" / "web" / "GB.999-WEB-1.en.txt", TESTS / "data" / "web" / "GB.999-WEB-2.en.txt"]


def build_index(db: Path, paths=WEB_DOCS) -> Path:
    conn = open_index(db, write=True)
    for path in paths:
        index_tree(conn, parse_file(path), source=path.name)
    conn.close()
    return db


@pytest.fixture(scope="session")
def web_db(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("web") / "web.db")


@pytest.fixture(scope="session")
def client(web_db):
    pytest.importorskip("starlette", reason="the web extra is not installed: pip install '.[web]'")
    pytest.importorskip("jinja2", reason="the web extra is not installed: pip install '.[web]'")
    from starlette.testclient import TestClient
    from councildoc.corpus.web.app import create_app
    with TestClient(create_app(str(web_db)), raise_server_exceptions=False) as c:
        yield c
