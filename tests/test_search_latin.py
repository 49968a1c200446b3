"""Keyword search in Latin script, on the English test document
tests/data/search/GB.999-INS-9.en.txt (written for these tests; expected sets
read off that file by hand)."""
from search_support import citations, conn, seed_db  # noqa: F401

from councildoc.corpus.search.query import Filters, search

DOC = "GB.999/INS/9"


def paras(*numbers):
    return {f"{DOC} ¶{n}" for n in numbers}


def test_case_and_accents_are_ignored(conn):
    # ¶2 has "résumé", ¶4 has "RESUME"
    for query in ("resume", "RÉSUMÉ", "Resumé"):
        assert citations(search(conn, query)) == paras(2, 4), query
    assert citations(search(conn, "cote d'ivoire")) == paras(2)       # Côte d'Ivoire
    assert citations(search(conn, "TURKIYE")) == paras(4)             # Türkiye


def test_phrase_needs_the_words_in_order(conn):
    # ¶6 has "work … decent" but not the phrase
    assert citations(search(conn, '"decent work"')) == paras(2, 4)
    assert citations(search(conn, "decent work")) == paras(2, 4, 6)
    assert citations(search(conn, "“decent work”")) == paras(2, 4)   # typographic quotes


def test_every_term_must_match(conn):
    # only ¶3 has both "field" and "Office" ("offices" is another word)
    assert citations(search(conn, "office field")) == paras(3)
    assert citations(search(conn, "office OR field")) == (paras(2, 3, 5, 6)
                                                          | {f"{DOC} fn 1", f"{DOC} fn 2"})


def test_prefix_stems_and_whole_words(conn):
    # ¶5 has "coordinator", ¶3(a) "coordinators": the stem finds both, the quoted word only ¶5
    assert citations(search(conn, "coordinator")) == {f"{DOC} ¶3(a)"} | paras(5)
    assert citations(search(conn, '"coordinator"')) == paras(5)
    assert citations(search(conn, "coordinat*")) == {f"{DOC} ¶3(a)"} | paras(5)


def test_items_and_footnotes_are_units(conn):
    (r,) = search(conn, "pooled fund").results
    assert (r["citation"], r["node"], r["number"], r["label"]) == (f"{DOC} ¶3(a)", "p-3-a", 3, "a")
    assert r["path"] == ["I. Funding of field offices"]
    assert citations(search(conn, "Sprachkurs")) == {f"{DOC} fn 2"}
    assert citations(search(conn, "abidjan", filters=Filters(scope="paragraphs"))) == set()


def test_highlight_maps_back_to_the_printed_text(conn):
    (r,) = search(conn, "\"cote d'ivoire\"").results
    assert [r["snippet"][s:e] for s, e in r["highlights"]] == ["Côte d'Ivoire"]
    (r,) = search(conn, "covid-19", filters=Filters(lang="en")).results
    assert [r["snippet"][s:e] for s, e in r["highlights"]] == ["COVID-19"]


def test_language_filter_separates_documents(conn):
    assert {r["language"] for r in search(conn, "COVID-19", limit=50).results} == {"zh", "en"}
    assert citations(search(conn, "COVID-19", filters=Filters(lang="en"))) == {f"{DOC} ¶3(b)"}
