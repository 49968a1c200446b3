"""The reader on a real document: A/80/6 (Sect. 3)/Add.1, the 505 KB UN
.docx in ../shared/peer/un/ (skipped when absent). Expected values read off
the .docx: 12 footnotes (word/footnotes.xml ids 2-13), the first beginning
"The United Nations Mission for the Referendum in Western Sahara (MINURSO)";
20 tables; the second paragraph "Pursuant to General Assembly resolution
77/267 and established practice, …"."""
from __future__ import annotations

import pytest
from lxml import html as lxml_html

from conftest import SHARED
from web_support import build_index

DOCX = SHARED / "peer" / "un" / "un-mandates__A_80_6_Sect.3_Add.1.docx"
pytestmark = pytest.mark.skipif(not DOCX.exists(), reason="the shared real documents are not here")


@pytest.fixture(scope="module")
def real_page(tmp_path_factory):
    pytest.importorskip("starlette", reason="the web extra is not installed: pip install '.[web]'")
    from starlette.testclient import TestClient
    from councildoc.corpus.web.app import create_app
    db = build_index(tmp_path_factory.mktemp("real") / "real.db", [DOCX])
    with TestClient(create_app(str(db)), raise_server_exceptions=False) as client:
        hits = client.get("/api/search", params={"q": "Western Sahara", "in": "footnotes"}).json()
        url = hits[0]
        r = client.get(f"/source?path={DOCX.name}&lang=en" if not url["symbol"] else f"/doc/{url['symbol']}")
        assert r.status_code == 200, r.text[:300]
        yield hits, lxml_html.fromstring(r.text)


def test_search_finds_the_first_footnote(real_page):
    hits, _ = real_page
    assert hits[0]["kind"] == "footnote" and hits[0]["number"] == 1
    assert hits[0]["text"].startswith("The United Nations Mission for the Referendum in Western Sahara (MINURSO)")


def test_page_has_every_footnote_table_and_reference(real_page):
    _, doc = real_page
    notes = doc.cssselect("section.footnotes li[id^=fn-]")
    assert len(notes) == 12
    assert notes[0].get("id") == "fn-1" and notes[0].text_content().startswith(
        "The United Nations Mission for the Referendum in Western Sahara (MINURSO)")
    assert len(doc.cssselect("article table")) == 20
    p2 = doc.cssselect("#p-2")[0]
    assert p2.text_content().startswith("2. Pursuant to General Assembly resolution 77/267 and established practice")
    assert p2.cssselect("a.xref")[0].get("href") == "https://docs.un.org/en/A/RES/77/267"
    # every footnote marker links to a note of the page, and every note links back
    markers = doc.cssselect("sup.fnref a")
    assert markers and all(doc.cssselect(f"li{m.get('href')}") for m in markers)
    assert all(doc.cssselect(f"#{n.cssselect('a.backref')[0].get('href')[1:]}") for n in notes
               if n.cssselect("a.backref"))
