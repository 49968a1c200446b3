"""English cross-references: real forms from ILO and UN English pages (see the
grammar, shared/specs/references.md) and the negatives. Every expected value
was written by hand from the text on the left."""
import pytest

from xref_table import refs

G = "gb_document"
RES = "un_resolution"
C = "ilo_convention"
R = "ilo_recommendation"

POSITIVE = [
    # GB documents with revisions, addenda, corrigenda; sentence punctuation left out
    ("see GB.343/INS/2 (Rev.1).", [("GB.343/INS/2 (Rev.1)", G, "GB.343/INS/2(Rev.1)")]),
    ("GB.338/PFA/INF/7, ", [("GB.338/PFA/INF/7", G, "GB.338/PFA/INF/7")]),
    ("GB.325/INS/2 (Add. 2)", [("GB.325/INS/2 (Add. 2)", G, "GB.325/INS/2(Add.2)")]),
    ("GB.331/INS/2(Add.)", [("GB.331/INS/2(Add.)", G, "GB.331/INS/2(Add.)")]),
    ("GB.331/INS/4/1(Rev.)", [("GB.331/INS/4/1(Rev.)", G, "GB.331/INS/4/1(Rev.)")]),
    ("GB.340/TOB (Rev. - 23/10/2020)", [("GB.340/TOB (Rev. - 23/10/2020)", G, "GB.340/TOB(Rev.)")]),
    ("GB.276/14/1 (and Corr.)", [("GB.276/14/1", G, "GB.276/14/1"), ("Corr.", G, "GB.276/14/1(Corr.)")]),
    ("GB.344/INS/13(Rev.1)/Decision", [("GB.344/INS/13(Rev.1)/Decision", G, "GB.344/INS/13(Rev.1)/decision")]),
    ("GB.340/INS/8/Addendum", [("GB.340/INS/8/Addendum", G, "GB.340/INS/8/Addendum")]),
    ("GB.285/WP/SDG/3/1", [("GB.285/WP/SDG/3/1", G, "GB.285/WP/SDG/3/1")]),
    ("(GB.331/PV)", [("GB.331/PV", G, "GB.331/PV")]),
    ("GB.338/Agenda (Rev.2)", [("GB.338/Agenda (Rev.2)", G, "GB.338/Agenda(Rev.2)")]),
    ("[GB.338/INS/9](#)", [("GB.338/INS/9", G, "GB.338/INS/9")]),
    # Conference documents
    ("ILC.109/Record No. 8B", [("ILC.109/Record No. 8B", "ilc_document", "ILC.109/Record 8B")]),
    ("ILC.107/V2", [("ILC.107/V2", "ilc_document", "ILC.107/Report V(2)")]),
    ("ILC108/V/1", [("ILC108/V/1", "ilc_document", "ILC.108/Report V(1)")]),
    ("ILC.108/III/B", [("ILC.108/III/B", "ilc_document", "ILC.108/Report III(B)")]),
    ("ILC107-PR7B(Rev.)", [("ILC107-PR7B(Rev.)", "ilc_document", "ILC.107/Record 7B(Rev.)")]),
    ("Report III(A) to the 112th Session of the Conference",
     [("Report III(A)", "ilc_document", "ILC.112/Report III(A)"), ("112th Session", "session", "ILC.112")]),
    # UN symbols
    ("A/RES/72/279", [("A/RES/72/279", RES, "A/RES/72/279")]),
    ("S/RES/2388 (2017)", [("S/RES/2388 (2017)", RES, "S/RES/2388(2017)")]),
    ("A/75/79–E/2020/55", [("A/75/79–E/2020/55", "un_document", "A/75/79-E/2020/55")]),
    ("E/2017/L.29–E/HLPF/2017/L.2", [("E/2017/L.29–E/HLPF/2017/L.2", "un_document", "E/2017/L.29-E/HLPF/2017/L.2")]),
    ("A/71/468 (Add.1)", [("A/71/468 (Add.1)", "un_document", "A/71/468/Add.1")]),
    ("S/PRST/2017/14", [("S/PRST/2017/14", "un_document", "S/PRST/2017/14")]),
    ("E/C.12/GC/24", [("E/C.12/GC/24", "un_document", "E/C.12/GC/24")]),
    ("A/HRC/17/31", [("A/HRC/17/31", "un_document", "A/HRC/17/31")]),
    ("A/59/2005/Add.2", [("A/59/2005/Add.2", "un_document", "A/59/2005/Add.2")]),
    ("A /RES/71/243", [("A /RES/71/243", RES, "A/RES/71/243")]),
    ("A/HRC/RES/53/3", [("A/HRC/RES/53/3", RES, "A/HRC/RES/53/3")]),
    ("A/RES/319(IV)", [("A/RES/319(IV)", RES, "A/RES/319(IV)")]),
    ("A/56/6 (Sect. 23)", [("A/56/6 (Sect. 23)", "un_document", "A/56/6(Sect.23)")]),
    ("[28/32](https://docs.un.org/en/A/hrc/RES/28/32)",      # the case of a URL is not the symbol's
     [("28/32", RES, "A/HRC/RES/28/32"), ("https://docs.un.org/en/A/hrc/RES/28/32", "url",
                                         "https://docs.un.org/en/A/hrc/RES/28/32")]),
    # resolutions and decisions in words
    ("General Assembly resolution 72/279", [("resolution 72/279", RES, "A/RES/72/279")]),
    ("resolutions 71/243 and 72/279", [("resolutions 71/243", RES, "A/RES/71/243"), ("72/279", RES, "A/RES/72/279")]),
    ("Security Council resolution 2388 (2017)", [("resolution 2388 (2017)", RES, "S/RES/2388(2017)")]),
    ("Human Rights Council resolution 17/4", [("resolution 17/4", RES, "A/HRC/RES/17/4")]),
    ("Commission on Human Rights resolution 2005/69", [("resolution 2005/69", RES, "E/CN.4/RES/2005/69")]),
    ("resolution 3363 (XXX)", [("resolution 3363 (XXX)", RES, "A/RES/3363(XXX)")]),
    ("decision 74/563", [("decision 74/563", "un_decision", "A/DEC/74/563")]),
    ("Presidential Statement 2015/25", [("Presidential Statement 2015/25", "un_document", "S/PRST/2015/25")]),
    # Conventions and Recommendations
    ("Convention No. 189", [("Convention No. 189", C, "C189")]),
    ("ILO Convention No 189", [("Convention No 189", C, "C189")]),
    ("the Domestic Workers Convention, 2011 (No. 189).", [("Domestic Workers Convention, 2011 (No. 189)", C, "C189")]),
    ("Worst Forms of Child Labour Convention, 1999 (No. 182)",
     [("Worst Forms of Child Labour Convention, 1999 (No. 182)", C, "C182")]),
    ("C189 and C001", [("C189", C, "C189"), ("C001", C, "C1")]),
    ("Conventions Nos 81, 87 and 98", [("Conventions Nos 81", C, "C81"), ("87", C, "C87"), ("98", C, "C98")]),
    ("Recommendation No. 202", [("Recommendation No. 202", R, "R202")]),
    ("Recommendation No.202", [("Recommendation No.202", R, "R202")]),
    ("Recommendation (No. 206)", [("Recommendation (No. 206)", R, "R206")]),
    ("R184", [("R184", R, "R184")]),
    # sessions
    ("the Governing Body at its 335th Session (March 2019)", [("335th Session", "session", "GB.335")]),
    ("the 338th and 340th Sessions of the Governing Body", [("338th", "session", "GB.338"),
                                                           ("340th Sessions", "session", "GB.340")]),
    ("the 109th Session of the International Labour Conference", [("109th Session", "session", "ILC.109")]),
    ("108th (Centenary) Session", [("108th (Centenary) Session", "session", "ILC.108")]),
    # internal references
    ("see paragraph 53.", [("paragraph 53", "paragraph", "#p-53")]),
    ("paragraphs 25–35", [("paragraphs 25–35", "paragraph", "#p-25-35")]),
    ("paragraphs 17 and 18", [("paragraphs 17", "paragraph", "#p-17"), ("18", "paragraph", "#p-18")]),
    ("paragraph 9(b) of the present document", [("paragraph 9(b)", "paragraph", "#p-9(b)")]),
    ("GB.341/INS/7, paragraph 53", [("GB.341/INS/7", G, "GB.341/INS/7"), ("paragraph 53", "paragraph", "GB.341/INS/7#p-53")]),
    ("paragraph 4 of resolution 72/279", [("paragraph 4", "paragraph", "A/RES/72/279#p-4"),
                                          ("resolution 72/279", RES, "A/RES/72/279")]),
    ("paragraph 68 and Appendix II of GB.338/INS/5",
     [("paragraph 68", "paragraph", "GB.338/INS/5#p-68"), ("Appendix II", "appendix", "GB.338/INS/5#appendix-II"),
      ("GB.338/INS/5", G, "GB.338/INS/5")]),
    ("paragraphs 4 and 5 and the annex of GB.334/POL/3",
     [("paragraphs 4", "paragraph", "GB.334/POL/3#p-4"), ("5", "paragraph", "GB.334/POL/3#p-5"),
      ("annex", "appendix", "GB.334/POL/3#annex"), ("GB.334/POL/3", G, "GB.334/POL/3")]),
    ("the annex to resolution 72/279", [("annex", "appendix", "A/RES/72/279#annex"),
                                        ("resolution 72/279", RES, "A/RES/72/279")]),
    ("paragraph 3 of the annex", [("annex", "appendix", "#annex")]),   # the annex's own numbering: not p-3
    ("see paragraph 3 or paragraph 4.", [("paragraph 3", "paragraph", "#p-3"), ("paragraph 4", "paragraph", "#p-4")]),
    ("as noted[^2] above", [("[^2]", "footnote", "#fn-2")]),
    ("see the draft decision in paragraph 35.", [("draft decision in paragraph 35", "draft_decision", "#p-35")]),
    ("the draft decision at paragraph 19", [("draft decision at paragraph 19", "draft_decision", "#p-19")]),
    ("as shown in Appendix I", [("Appendix I", "appendix", "#appendix-I")]),
    ("listed in the annex.", [("annex", "appendix", "#annex")]),
    ("see footnote 3", [("footnote 3", "footnote", "#fn-3")]),
    ("at https://www.ilo.org/ilc.", [("https://www.ilo.org/ilc", "url", "https://www.ilo.org/ilc")]),
    ("at www.ilo.org/gb", [("www.ilo.org/gb", "url", "https://www.ilo.org/gb")]),
    ("the [Chair's summary](#)", [("Chair's summary", "link", "#")]),
    # a link to a UN document whose text is its number: the symbol comes from the href
    ("[63/170](https://docs.un.org/en/A/RES/63/170)",
     [("63/170", RES, "A/RES/63/170"), ("https://docs.un.org/en/A/RES/63/170", "url", "https://docs.un.org/en/A/RES/63/170")]),
    ("[the report](https://docs.un.org/en/A/75/79)",      # words, not a number: a plain link
     [("the report", "link", "https://docs.un.org/en/A/75/79"),
      ("https://docs.un.org/en/A/75/79", "url", "https://docs.un.org/en/A/75/79")]),
]

NEGATIVE = [
    "2018–19", "2014/15", "in 2019/20", "(2019-20/2020-21)", "2018-2019", "on 21/02/2020", "83%", "1/3 of members",
    "page 3", "job number 17-03714 (C)", "Sales No. S.96.IV.13", "REPORT 2018/058", "vol. 66, 3-4/2013",
    "ISBN 978-92-2-031234-5", "article 19 of the ILO Constitution", "Article 39 of the Standing Orders",
    "paragraph 26 of the terms of reference", "paragraph 3 of the resolution on the Centenary Declaration",
    "article 19, paragraph 3", "question I", "A/B testing", "write to info@ilo.org", "GB294-ESP-4-Ch.doc",
    "recommendation 3 of the JIU report", "the 75th session of the General Assembly", "UNESCO 13 C/12",
    "FAO FC 110/4", "the Convention on the Rights of the Child", "Convention 2011", "the resolution on decent work",
    "N/A", "and/or", "1,000/year", "Appendix", "Annex I to the report", "paragraph 5 of the report",
    "paragraphs 3 and 4 of this article", "paragraph 1 or paragraph 2 (c) of this article",
    "[^2]: A footnote definition is not a citation", "Paragraph 24.11 — Replace the table",
]


@pytest.mark.parametrize("text, expected", POSITIVE, ids=[t for t, _ in POSITIVE])
def test_forms(text, expected):
    assert refs(text, "en") == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_references(text):
    assert refs(text, "en") == []


def test_session_without_cue_needs_a_council():
    assert refs("at its 335th Session", "en") == []                    # no body known: not guessed
    assert refs("at its 335th Session", "en", council="GB") == [("335th Session", "session", "GB.335")]


def test_links_given_by_a_reader():
    """The builder passes the link spans of .docx/HTML readers (hrefs may hold
    brackets): a link inside a reference adds nothing; a link whose text is a
    resolution number takes the symbol of its href."""
    from councildoc.parser.xrefs import find_references
    text = "resolutions 319 A (IV) and 428 (V); see also 1166 (XII) and the [summary]"
    links = [{"type": "link", "start": 12, "end": 22, "href": "https://undocs.org/en/A/RES/319(IV)"},
             {"type": "link", "start": 27, "end": 34, "href": "https://docs.un.org/en/A/RES/428(V)"},
             {"type": "link", "start": 45, "end": 55, "href": "https://docs.un.org/en/A/RES/1166(XII)"},
             {"type": "link", "start": 65, "end": 72, "href": "#"}]
    got = [(text[s["start"]:s["end"]], s["kind"], s["target"]) for s in find_references(text, "en", links=links)]
    assert got == [("resolutions 319 A (IV)", RES, "A/RES/319A(IV)"), ("428 (V)", RES, "A/RES/428(V)"),
                   ("1166 (XII)", RES, "A/RES/1166(XII)"), ("summary", "link", "#")]
