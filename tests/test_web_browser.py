"""The web app in a real headless Chromium (tests/browser_support.py): search
and follow a result to its paragraph, open a footnote, follow a reference,
a hostile document stays inert, the compare page pairs paragraph 7 with
paragraph 7. Expected texts are those of tests/web_support.py's documents."""
from __future__ import annotations

import os
from pathlib import Path

from browser_support import browser, live_server, page  # noqa: F401 - fixtures
from web_support import web_db  # noqa: F401 - fixture

P7_EN = "Competition among agencies for resources remains a concern, and transaction costs can be high compared with the amounts received."
P7_FR = ("La concurrence entre les organismes pour les ressources reste préoccupante, et les coûts de transaction "
         "peuvent être élevés par rapport aux montants reçus.")


def test_search_and_follow_a_result_to_its_paragraph(page, live_server):
    page.goto(live_server + "/")
    page.fill("#q", "transaction costs")
    page.press("#q", "Enter")
    page.wait_for_url("**/search?**")
    first = page.locator("li.result .cite a").first
    assert first.inner_text() == "GB.340/INS/6 ¶7"
    assert page.locator("li.result >> nth=0").locator(".snippet mark").all_inner_texts() == ["transaction", "costs"]
    first.focus()
    page.keyboard.press("Enter")                       # keyboard only
    page.wait_for_url("**/doc/GB.340/INS/6?lang=en#p-7")
    target = page.locator("#p-7")
    assert target.inner_text() == "7. " + P7_EN
    assert page.evaluate("document.querySelector(':target').id") == "p-7"
    assert target.is_visible() and _in_viewport(page, "#p-7")


def _in_viewport(page, selector) -> bool:
    return page.evaluate("""s => { const r = document.querySelector(s).getBoundingClientRect();
                                   return r.top >= 0 && r.top < window.innerHeight; }""", selector)


def test_open_a_footnote_by_hover_focus_and_link(page, live_server):
    page.goto(live_server + "/doc/GB.999/WEB/1?lang=en")
    marker = page.locator("#p-1 sup.fnref a")
    preview = page.locator("#fn-preview")
    marker.hover()
    assert preview.is_visible() and preview.inner_text().strip() == "The reform document is GB.340/INS/6."
    page.mouse.move(0, 0)
    assert preview.is_hidden()
    marker.focus()                                     # keyboard users get the same preview
    assert preview.is_visible() and "The reform document" in preview.inner_text()
    page.keyboard.press("Escape")
    assert preview.is_hidden()
    marker.click()
    page.wait_for_url("**#fn-1")
    assert _in_viewport(page, "#fn-1")
    page.locator("#fn-1 a.backref").click()            # and back to the marker
    page.wait_for_url("**#fnref-1-1")


def test_follow_a_reference_to_another_document(page, live_server):
    page.goto(live_server + "/doc/GB.999/WEB/1?lang=en")
    page.get_by_role("link", name="paragraph 7", exact=True).click()
    page.wait_for_url("**/doc/GB.340/INS/6?lang=en#p-7")
    assert page.locator("article").get_attribute("lang") == "en"
    assert page.locator(":target").inner_text() == "7. " + P7_EN


def test_hostile_document_stays_inert(page, live_server):
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(live_server + "/doc/GB.999/WEB/2?lang=en")
    page.wait_for_load_state("load")
    page.locator("#p-2 .xref, #p-2 .link").first.click()   # the javascript: link is text, not a link
    page.hover("#p-1 sup.fnref a")                             # the preview copies the note's nodes
    assert "<svg onload=" in page.locator("#fn-preview").inner_text()
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert "pwned" not in page.title().replace("pwned-title", "")      # the title shows the text, did not run it
    assert page.title().startswith("GB.999/WEB/2 · Hostile <script>")
    assert page.locator("script").count() == 1 and page.locator("img, svg").count() == 0
    assert '<script>window.pwned = 1; document.title = "pwned";</script>' in page.locator("#p-1").inner_text()
    assert errors == []


def test_compare_pairs_paragraph_7_with_paragraph_7(page, live_server):
    page.goto(live_server + "/doc/GB.340/INS/6/compare?lang=en&with=fr")
    cells = page.locator("#pair-p-7 td")
    assert cells.nth(0).inner_text() == P7_EN and cells.nth(1).inner_text() == P7_FR
    left, right = cells.nth(0).bounding_box(), cells.nth(1).bounding_box()
    assert abs(left["y"] - right["y"]) < 1 and right["x"] > left["x"] + left["width"] - 1   # side by side


def test_reading_and_searching_work_without_javascript(browser, live_server):
    context = browser.new_context(java_script_enabled=False)
    pg = context.new_page()
    pg.goto(live_server + "/")
    pg.fill("#q", "交易成本")
    pg.press("#q", "Enter")
    pg.wait_for_url("**/search?**")
    pg.locator("li.result .cite a").first.click()
    pg.wait_for_url("**/doc/GB.340/INS/6?lang=zh#p-7")
    assert pg.locator("#p-7").inner_text().startswith("7. 各机构之间争夺资源的问题")
    context.close()


def test_phone_width_has_no_horizontal_scroll(browser, live_server):
    context = browser.new_context(viewport={"width": 375, "height": 740}, device_scale_factor=2, is_mobile=True)
    pg = context.new_page()
    for url in ("/search?q=reform+OR+réforme+OR+改革", "/doc/GB.340/INS/6?lang=zh", "/doc/GB.341/INS/1"):
        pg.goto(live_server + url)
        assert pg.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), url
    context.close()


def test_screenshots(page, live_server, tmp_path):
    """Screenshots of the search, reader and compare pages (into COUNCILDOC_SCREENSHOTS when set: docs/)."""
    out = Path(os.environ.get("COUNCILDOC_SCREENSHOTS") or tmp_path)
    shots = {
        "search": ("/search?q=reform+OR+réforme+OR+改革", None),
        "reader": ("/doc/GB.340/INS/6?lang=zh", "#p-1 sup.fnref a"),         # the note of ¶1 on hover
        "findings": ("/doc/GB.341/INS/1", None),
        "compare": ("/doc/GB.340/INS/6/compare?lang=zh&with=en#pair-sec-II", None),
    }
    page.set_viewport_size({"width": 1100, "height": 900})
    for name, (url, hover) in shots.items():
        page.goto(live_server + url)
        if hover:
            page.hover(hover)
        page.screenshot(path=str(out / f"web-{name}.png"))
        assert (out / f"web-{name}.png").stat().st_size > 10000
