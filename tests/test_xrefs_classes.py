"""Cross-reference classes the first grammar missed or confused (issue 14's list
and issue 18's false findings), one table per class and language, each with
negatives. Every expected value was written by hand from the text on the left."""
import pytest

from councildoc.parser.xrefs.ga_sessions import session_of
from councildoc.parser.xrefs.ordinals import value as ordinal_value
from xref_table import refs

RES = "un_resolution"
FN = "footnote"

# ① and "….(1)" cite footnotes; a circled number at the start of a line or item is a list label
FOOTNOTES = [
    ("正如①所述", "zh", [("①", FN, "#fn-1")]),
    ("该公约于1994年生效。(2)此后", "zh", [("(2)", FN, "#fn-2")]),
    ("adopted in 1994.(1) The Committee", "en", [("(1)", FN, "#fn-1")]),
    ("① 第一项工作", "zh", []),
    ("subparagraphs (a), (b) and (1) below", "en", []),
    ("under Article 3(1) of the Convention", "en", []),
]

# resolutions of the first thirty sessions cited by number alone take their session
OLD_RESOLUTIONS = [
    ("第1514号决议", "zh", [("第1514号决议", RES, "A/RES/1514(XV)")]),
    ("第2758号决议", "zh", [("第2758号决议", RES, "A/RES/2758(XXVI)")]),
    ("resolution 217 of the General Assembly", "en", [("resolution 217", RES, "A/RES/217(III)")]),
    ("Security Council resolution 1325", "en", [("resolution 1325", RES, "S/RES/1325")]),
    # a number whose session is not known for certain gives no reference rather than a wrong one
    ("resolution 2005", "en", []),
    ("第1600号决议", "zh", []),
]

# later members of a list, past the dates between them; lettered parts
LISTS = [
    ("resolutions 60/1 of 16 September 2005, 62/208 of 19 December 2007 and 64/289 of 2 July 2010", "en",
     [("resolutions 60/1", RES, "A/RES/60/1"), ("62/208", RES, "A/RES/62/208"), ("64/289", RES, "A/RES/64/289")]),
    ("résolutions 60/1 du 16 septembre 2005 et 64/289", "fr",
     [("résolutions 60/1", RES, "A/RES/60/1"), ("64/289", RES, "A/RES/64/289")]),
    ("resoluciones 60/1, de 16 de septiembre de 2005, y 64/289", "es",
     [("resoluciones 60/1", RES, "A/RES/60/1"), ("64/289", RES, "A/RES/64/289")]),
    ("resolution 45/264 B and 45/264 C", "en",
     [("resolution 45/264 B", RES, "A/RES/45/264B"), ("45/264 C", RES, "A/RES/45/264C")]),
    ("resolutions " + ", ".join(f"{k}/1" for k in range(50, 62)), "en",
     [("resolutions 50/1", RES, "A/RES/50/1")] + [(f"{k}/1", RES, f"A/RES/{k}/1") for k in range(51, 62)]),
]

# a Conference session (numbered below 200) is not a Governing Body session in a GB paper
SESSIONS = [
    ("at its 108th Session", "en", [("108th Session", "session", "ILC.108")]),
    ("the 335th and 108th Sessions", "en",
     [("335th", "session", "GB.335"), ("108th Sessions", "session", "ILC.108")]),
    ("à sa 108ᵉ session", "fr", [("108ᵉ session", "session", "ILC.108")]),
    ("第108届会议", "zh", [("第108届会议", "session", "ILC.108")]),
    ("la 335e session", "fr", [("335e session", "session", "GB.335")]),
    # sessions written in words, with the body named
    ("at its Hundred and Eighth Session, the Conference", "en",
     [("Hundred and Eighth Session", "session", "ILC.108")]),
    ("the three hundred and thirty-fifth session of the Governing Body", "en",
     [("three hundred and thirty-fifth session", "session", "GB.335")]),
    ("the seventy-eighth session of the General Assembly", "en", []),
    ("during the second session", "en", []),
]

# the type of an instrument comes from the head noun nearest its number
INSTRUMENTS = [
    ("the Convention and the Employment and Decent Work for Peace and Resilience Recommendation, 2017 (No. 205)",
     "en", [("Employment and Decent Work for Peace and Resilience Recommendation, 2017 (No. 205)",
             "ilo_recommendation", "R205")]),
    ("el Convenio y la Recomendación sobre el empleo y el trabajo decente para la paz y la resiliencia, 2017 (núm. 205)",
     "es", [("Recomendación sobre el empleo y el trabajo decente para la paz y la resiliencia, 2017 (núm. 205)",
             "ilo_recommendation", "R205")]),
    ("la convention et la recommandation sur le travail décent pour la paix et la résilience, 2017 (n° 205)",
     "fr", [("recommandation sur le travail décent pour la paix et la résilience, 2017 (n° 205)",
             "ilo_recommendation", "R205")]),
    ("Domestic Workers Convention, 2011 (No. 189)", "en",
     [("Domestic Workers Convention, 2011 (No. 189)", "ilo_convention", "C189")]),
]

# Conference reports cited by their number in Chinese words
REPORTS = [
    ("见报告五", "zh", [("报告五", "ilc_document", "ILC.?/Report V")]),
    ("国际劳工大会第108届会议的报告四(1)中", "zh",
     [("第108届会议", "session", "ILC.108"), ("报告四(1)", "ilc_document", "ILC.108/Report IV(1)")]),
    ("理事会报告一份", "zh", []),
    ("秘书长的报告", "zh", []),
]

# an annex or appendix of another document is that document's, never this one's
OTHER_DOCUMENTS = [
    ("GB.337/INS/3号文件的附录", "zh",
     [("GB.337/INS/3", "gb_document", "GB.337/INS/3"), ("附录", "appendix", "GB.337/INS/3#appendix")]),
    ("A/51/218, annex.", "en", [("A/51/218", "un_document", "A/51/218"), ("annex", "appendix", "A/51/218#annex")]),
    ("(NPT/CONF.1995/32 (Part I) and NPT/CONF.1995/32 (Part I)/Corr.2), annex.", "en", []),
    ("(Sales No. E.95.XIII.18), chap. I, resolution 1, annex.", "en", []),
    ("paragraphs 1 to 10 of the annex thereto on the criteria, as well as paragraphs 13 and 14, in which", "en", []),
    ("in accordance with paragraph 6 (A) (ii) of its statute.", "en", []),
    # this document's own
    ("see the annex to the present report", "en", [("annex", "appendix", "#annex")]),
    ("In 2019, annex II was added.", "en", [("annex II", "appendix", "#annex-II")]),
    ("paragraph 5 of the present report", "en", [("paragraph 5", "paragraph", "#p-5")]),
    ("see paragraph 10250 below", "en", [("paragraph 10250", "paragraph", "#p-10250")]),
]


@pytest.mark.parametrize("text,lang,expected",
                         FOOTNOTES + OLD_RESOLUTIONS + LISTS + INSTRUMENTS + REPORTS + OTHER_DOCUMENTS)
def test_reference_classes(text, lang, expected):
    assert refs(text, lang) == expected


@pytest.mark.parametrize("text,lang,expected", SESSIONS)
def test_sessions_in_a_governing_body_paper(text, lang, expected):
    assert refs(text, lang, council="GB") == expected


def test_sessions_in_words_are_not_guessed_in_un_documents():
    # UN resolutions print their own session in words: never a GB or ILC session
    assert refs("Eightieth session, agenda item 12", "en") == []


@pytest.mark.parametrize("number,session", [(1, "I"), (96, "I"), (181, "II"), (217, "III"), (319, "IV"),
                                            (1514, "XV"), (2758, "XXVI"), (3379, "XXX"), (3541, "XXX"),
                                            (97, None), (1600, None), (3542, None)])
def test_old_resolution_sessions(number, session):
    assert session_of(number) == session


@pytest.mark.parametrize("words,number", [("Hundred and Eighth", 108), ("three hundred and thirty-fifth", 335),
                                          ("ninety-first", 91), ("hundredth", 100), ("twelfth", 12),
                                          ("Hundred", None), ("thirty", None)])
def test_ordinal_words(words, number):
    assert ordinal_value(words) == number


def test_sub_labels_are_not_footnotes():
    assert refs("under section 2(a)(1) of the Act", "en") == []


def test_un_documents_have_their_own_council():
    from councildoc.parser.xrefs import council_of
    assert [council_of(s) for s in ("A/RES/80/3", "A/80/6 (Sect. 25)", "S/RES/1325 (2000)", "GB.340/INS/6")] \
        == ["UN", "UN", "UN", "GB"]
    # in a UN document a session with no ILO body named is the UN organ's: not annotated
    assert refs("at its 108th session", "en", council="UN") == []
    assert refs("the sixteenth session of the Conference", "en") == []
