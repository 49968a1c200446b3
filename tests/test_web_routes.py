"""``councildoc serve``: the routes, through Starlette's test client, on the
small documents of tests/web_support.py (expected values read off those
files by hand)."""
from __future__ import annotations

import json

import pytest
from lxml import html as lxml_html

from web_support import client, web_db  # noqa: F401 - fixtures

pytest.importorskip("starlette", reason="the web extra is not installed: pip install '.[web]'")


def page(client, url, status=200):
    r = client.get(url)
    assert r.status_code == status, (url, r.status_code, r.text[:300])
    return lxml_html.fromstring(r.text), r


def test_search_page_cites_highlights_and_links_to_the_paragraph(client):
    doc, r = page(client, "/search?q=competition&lang=en")
    results = doc.cssselect("li.result")
    # en ¶7: "Competition among agencies for resources remains a concern…" (tests/data/lang, line 56);
    # GB.999/WEB/1 ¶1: "The competition among agencies is described…"
    cites = {li.cssselect(".cite a")[0].text: li.cssselect(".cite a")[0].get("href") for li in results}
    assert cites == {"GB.340/INS/6 ¶7": "/doc/GB.340/INS/6?lang=en#p-7",
                     "GB.999/WEB/1 ¶1": "/doc/GB.999/WEB/1?lang=en#p-1"}
    marks = [m.text for m in doc.cssselect(".snippet mark")]
    assert sorted(marks) == ["Competition", "competition"]
    paths = [p.text_content() for p in doc.cssselect("li.result .path")]
    assert "II. Challenges and emerging good practices" in paths
    assert doc.cssselect(".snippet")[0].get("lang") == "en"
    per_doc = {li.cssselect("a")[0].text: li.cssselect(".count")[0].text for li in doc.cssselect(".per-document li")}
    assert per_doc == {"GB.340/INS/6": "1", "GB.999/WEB/1": "1"}
    assert r.headers["content-type"].startswith("text/html; charset=utf-8")


def test_chinese_search_and_filters(client):
    doc, _ = page(client, "/search?q=交易成本")
    assert [a.text for a in doc.cssselect(".cite a")] == ["GB.340/INS/6 ¶7"]
    assert doc.cssselect(".cite a")[0].get("href") == "/doc/GB.340/INS/6?lang=zh#p-7"
    doc, _ = page(client, "/search?q=交易成本&lang=fr")
    assert doc.cssselect("li.result") == [] and "no matches" in doc.cssselect(".summary")[0].text_content()
    doc, _ = page(client, "/search?q=regional&in=footnotes")
    # the notes with "regional": en fn 3 "…a chapter on regional entities." and, stemmed and without
    # accents, fr fn 3 "…un chapitre sur les entités régionales." (tests/data/lang)
    assert {a.get("href") for a in doc.cssselect(".cite a")} == {"/doc/GB.340/INS/6?lang=en#fn-3",
                                                                 "/doc/GB.340/INS/6?lang=fr#fn-3"}
    assert {m.text for m in doc.cssselect(".snippet mark")} == {"regional", "régionales"}
    doc, _ = page(client, "/search?q=regional&session=341")
    assert doc.cssselect("li.result") == []


def test_paging(client):
    # English "the", French "la", Chinese 的: in more than 20 units; pages of 20, page 2 numbered from 21
    first, _ = page(client, "/search?q=the+OR+la+OR+的")
    summary = first.cssselect(".summary")[0].text_content()
    matched = int(summary.split()[0])
    assert matched > 20
    assert len(first.cssselect("li.result")) == 20
    nxt = first.cssselect("nav.pages a[rel=next]")[0].get("href")
    second, _ = page(client, nxt)
    assert second.cssselect("ol.results")[0].get("start") == "21"
    assert len(second.cssselect("li.result")) == min(20, matched - 20)
    firsts = {a.get("href") for a in first.cssselect(".cite a")}
    assert len(firsts) == 20 and firsts.isdisjoint(a.get("href") for a in second.cssselect(".cite a"))


def test_similar_mode(client):
    # ¶7 of the English version with two words changed
    doc, _ = page(client, "/search?similar=1&q=Competition+among+agencies+for+money+remains+a+concern,"
                          "+and+transaction+costs+can+be+high+compared+with+the+amounts+received.")
    cites = [a.text for a in doc.cssselect(".cite a")]
    assert cites[0] == "GB.340/INS/6 ¶7"
    # the matched span is highlighted: here the whole paragraph
    assert doc.cssselect("li.result")[0].cssselect(".snippet mark")[0].text.startswith("Competition among agencies")
    assert doc.cssselect("input[name=similar]")[0].get("checked") is not None


def test_api_search_is_the_json_of_the_command(client, web_db, capsys):
    r = client.get("/api/search?q=交易成本&limit=5")
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    from councildoc.corpus.cli import main
    assert main(["search", "交易成本", "--db", str(web_db), "--json", "--limit", "5"]) == 0
    assert r.json() == json.loads(capsys.readouterr().out)
    assert client.get("/api/search?q=").json() == {"error": "nothing to search for: give q="}
    assert client.get("/api/search?q=x&limit=1000").status_code == 400


def test_document_page_anchors_footnotes_and_references(client):
    doc, r = page(client, "/doc/GB.999/WEB/1")
    article = doc.cssselect("article.councildoc")[0]
    assert article.get("lang") == "en"
    assert [p.get("id") for p in article.cssselect("p.para")] == ["p-1", "p-2", "p-3"]
    # footnote 1 is cited at the end of ¶1, with a back-link from the note
    marker = article.cssselect("#p-1 sup.fnref a")[0]
    assert marker.get("href") == "#fn-1"
    note = article.cssselect("li#fn-1")[0]
    assert note.text_content().startswith("The reform document is GB.340/INS/6.")
    assert note.cssselect("a.backref")[0].get("href") == "#" + marker.get("id")
    hrefs = {a.text_content(): a.get("href") for a in article.cssselect("#p-1 a.xref, #p-2 a.xref")}
    # the index holds GB.340/INS/6 in en: its page here, the paragraph anchor kept
    assert hrefs["paragraph 7"] == "/doc/GB.340/INS/6?lang=en#p-7"
    assert hrefs["GB.340/INS/6"] == "/doc/GB.340/INS/6?lang=en"
    # a UN resolution not in the index: its official page
    assert hrefs["A/RES/72/279"] == "https://docs.un.org/en/A/RES/72/279"
    # a GB document not in the index has no derivable official page: plain text, no link
    assert "GB.999/NOT/1" not in hrefs
    assert article.cssselect("#p-2 span.xref")[0].text_content() == "GB.999/NOT/1"
    # a reference inside the document stays an anchor
    assert article.cssselect("#p-3 a.xref")[0].get("href") == "#p-1"
    assert doc.cssselect("nav.toc a")[0].get("href") == "#sec-I"
    html = r.text
    assert '<meta charset="utf-8">' in html and '<html lang="en">' in html


def test_document_versions_and_language_choice(client):
    doc, _ = page(client, "/doc/GB.340/INS/6")
    # no ?lang=: the Chinese version first
    assert doc.cssselect("article")[0].get("lang") == "zh"
    assert doc.cssselect("#p-7")[0].text_content() == "7. 各机构之间争夺资源的问题依旧令人关切，相对于收到的金额而言，交易成本可能相当高。"
    langs = [a.text for a in doc.cssselect("nav.versions a.tag")]
    assert langs == ["en", "fr"]
    doc, _ = page(client, "/doc/GB.340/INS/6?lang=fr")
    assert doc.cssselect("#p-7")[0].text_content().startswith("7. La concurrence entre les organismes")
    _, r = page(client, "/doc/GB.340/INS/6?lang=de", 404)
    assert "not in de" in r.text


def test_findings_are_shown_where_they_occur(client):
    doc, _ = page(client, "/doc/GB.341/INS/1")
    # tests/data/check/footnotes.zh.txt: ¶2 cites footnote 9, which has no body
    notes = doc.cssselect("#p-2 .finding")
    assert [n.cssselect(".finding-code")[0].text for n in notes] == ["footnote-missing-body", "footnote-marker-repeated"]
    assert "finding-error" in notes[0].get("class")
    # footnote 6 is never cited; footnote 5 is missing from the sequence
    assert {c.text for c in doc.cssselect("#fn-6 .finding-code")} == {"footnote-uncited", "footnote-number-gap"}
    # table-1: the note goes just before the table
    table = doc.cssselect("#table-1")[0]
    assert "footnote-in-table" in table.getprevious().text_content() or \
        "footnote-in-table" in " ".join(e.text_content() for e in table.itersiblings(preceding=True))
    summary = doc.cssselect("details.findings-summary summary")[0].text_content()
    assert "10 check finding(s)" in summary


def test_compare_pairs_paragraph_7_with_paragraph_7(client):
    doc, _ = page(client, "/doc/GB.340/INS/6/compare?lang=en&with=fr")
    row = doc.cssselect("tr#pair-p-7")[0]
    left, right = row.cssselect("td")
    assert (left.get("lang"), right.get("lang")) == ("en", "fr")
    assert left.text_content() == ("Competition among agencies for resources remains a concern, and transaction "
                                   "costs can be high compared with the amounts received.")
    assert right.text_content() == ("La concurrence entre les organismes pour les ressources reste préoccupante, "
                                    "et les coûts de transaction peuvent être élevés par rapport aux montants reçus.")
    ids = [tr.get("id") for tr in doc.cssselect("table.compare tbody tr")]
    # reading order of the English version: headings, paragraphs, items 8(a) 8(b), then the notes
    assert ids.index("pair-p-6") < ids.index("pair-p-7") < ids.index("pair-p-8") < ids.index("pair-p-8-a")
    assert ids[-4:] == ["pair-fn-1", "pair-fn-2", "pair-fn-3", "pair-fn-4"]
    page(client, "/doc/GB.340/INS/6/compare?with=en&lang=en", 400)
    page(client, "/doc/GB.340/INS/6/compare", 400)
    page(client, "/doc/GB.340/INS/6/compare?with=de", 404)


@pytest.mark.parametrize("url", ["/doc/GB.999/WEB/2", "/search?q=pwned", "/search?q=script", "/search?q=onerror",
                                 "/doc/GB.999/WEB/2/compare?with=zh"])
def test_hostile_text_is_escaped(client, url):
    r = client.get(url)
    tree = lxml_html.fromstring(r.text)
    assert tree.cssselect("script[src='/static/preview.js']")
    assert [s.get("src") for s in tree.iter("script")] == ["/static/preview.js"]     # no other script element
    for el in tree.iter():
        assert not any(name.startswith("on") for name in el.attrib), (el.tag, dict(el.attrib))
        assert not (el.get("href") or "").lower().startswith("javascript:")
    assert tree.find(".//img") is None and tree.find(".//svg") is None


def test_hostile_document_text_reads_as_typed(client):
    doc, r = page(client, "/doc/GB.999/WEB/2")
    assert doc.cssselect("#p-1")[0].text_content() == (
        '1. A paragraph holding <script>window.pwned = 1; document.title = "pwned";</script> as text.1')
    assert "&lt;/p&gt;&lt;/article&gt;&lt;script&gt;" in r.text
    assert doc.cssselect("title")[0].text.startswith("GB.999/WEB/2 · Hostile <script>")


def test_security_headers_everywhere(client):
    for url in ["/", "/search?q=x", "/doc/GB.340/INS/6", "/static/style.css", "/api/search?q=x", "/doc/none"]:
        r = client.get(url)
        csp = r.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "default-src 'none'" in csp and "'unsafe-inline'" not in csp
        assert r.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("url, status, words", [
    ("/search?q=" + "x" * 501, 400, "the query is too long (501 characters; at most 500)"),
    ("/search?similar=1&q=" + "x" * 2001, 400, "the passage is too long (2001 characters; at most 2000)"),
    ("/search?q=a&page=51", 400, "page must be between 1 and 50"),
    ("/search?q=a&page=x", 400, "whole number"),
    ("/search?q=a&in=everything", 400, "in must be one of"),
    ("/search?q=a&lang=x1", 400, "language code"),
    ("/search?q=%22%22", 400, "no words or characters"),
    ("/doc/nothing/here", 404, "holds no document nothing/here"),
    ("/doc/%2e%2e/%2e%2e/etc/passwd", 404, "holds no document"),
    ("/static/%2e%2e/app.py", 404, "Not Found"),
    ("/static/..%2fviews.py", 404, "Not Found"),
    ("/nowhere", 404, "Not Found"),
])
def test_bad_requests_are_pages(client, url, status, words):
    r = client.get(url)
    assert r.status_code == status
    assert words in lxml_html.fromstring(r.text).text_content()
    assert "Traceback" not in r.text and "File \"" not in r.text


def test_a_bug_is_a_page_without_traceback(web_db, monkeypatch, caplog):
    from starlette.testclient import TestClient
    from councildoc.corpus.web import views
    from councildoc.corpus.web.app import create_app

    def broken(*args, **kwargs):
        raise RuntimeError("secret internal detail")
    monkeypatch.setattr(views, "render_document", broken)
    monkeypatch.delenv("COUNCILDOC_DEBUG", raising=False)
    # raise_server_exceptions=True: the exception must not even reach the server
    with TestClient(create_app(str(web_db)), raise_server_exceptions=True) as strict:
        r = strict.get("/doc/GB.340/INS/6")
    assert r.status_code == 500
    assert "Internal error" in r.text and "secret internal detail" not in r.text and "Traceback" not in r.text
    assert "content-security-policy" in r.headers
    logged = [rec for rec in caplog.records if rec.name == "councildoc.web"]
    assert len(logged) == 1 and logged[0].exc_info is None
    assert "RuntimeError: secret internal detail" in logged[0].getMessage()
