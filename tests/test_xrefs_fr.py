"""French cross-references: real forms from ILO and UN French pages (see the
grammar, shared/specs/references.md) and the negatives. Every expected value
was written by hand from the text on the left."""
import pytest

from xref_table import refs

RES = "un_resolution"
C = "ilo_convention"
R = "ilo_recommendation"

POSITIVE = [
    ("le document GB.338/INS/9.", [("GB.338/INS/9", "gb_document", "GB.338/INS/9")]),
    ("ILC.110/Compte rendu no 8C", [("ILC.110/Compte rendu no 8C", "ilc_document", "ILC.110/Record 8C")]),
    ("la résolution 72/279 de l’Assemblée générale", [("résolution 72/279", RES, "A/RES/72/279")]),
    ("les résolutions 71/243 et 72/279", [("résolutions 71/243", RES, "A/RES/71/243"), ("72/279", RES, "A/RES/72/279")]),
    ("la résolution 17/4 du Conseil des droits de l’homme", [("résolution 17/4", RES, "A/HRC/RES/17/4")]),
    ("la résolution 2388 (2017) du Conseil de sécurité", [("résolution 2388 (2017)", RES, "S/RES/2388(2017)")]),
    ("la déclaration présidentielle 2015/25",
     [("déclaration présidentielle 2015/25", "un_document", "S/PRST/2015/25")]),
    ("la décision 74/563", [("décision 74/563", "un_decision", "A/DEC/74/563")]),
    ("A/75/79-E/2020/55", [("A/75/79-E/2020/55", "un_document", "A/75/79-E/2020/55")]),
    ("la convention (n° 189)", [("convention (n° 189)", C, "C189")]),
    ("la convention n° 189", [("convention n° 189", C, "C189")]),
    ("la convention no 189", [("convention no 189", C, "C189")]),
    ("la Convention (n° 102) concernant la sécurité sociale", [("Convention (n° 102)", C, "C102")]),
    ("la recommandation (n° 202)", [("recommandation (n° 202)", R, "R202")]),
    ("la recommandation n°202", [("recommandation n°202", R, "R202")]),
    ("la recommandation n o 202", [("recommandation n o 202", R, "R202")]),
    ("la convention nº 189", [("convention nº 189", C, "C189")]),
    ("C102", [("C102", C, "C102")]),
    ("les conventions nos 87 et 98", [("conventions nos 87", C, "C87"), ("98", C, "C98")]),
    ("à sa 335e session (mars 2019), le Conseil d’administration", [("335e session", "session", "GB.335")]),
    ("le Conseil d’administration, à sa 341ᵉ session", [("341ᵉ session", "session", "GB.341")]),
    ("le Conseil d’administration, à sa 323 e session", [("323 e session", "session", "GB.323")]),
    ("le Conseil d’administration à sa 279esession", [("279esession", "session", "GB.279")]),
    ("la 104ème session CIT", [("104ème session", "session", "ILC.104")]),
    ("les 259e, 262e, 265e et 268e sessions du Conseil d’administration",
     [("259e", "session", "GB.259"), ("262e", "session", "GB.262"), ("265e", "session", "GB.265"),
      ("268e sessions", "session", "GB.268")]),
    ("la 108e session de la Conférence internationale du Travail", [("108e session", "session", "ILC.108")]),
    ("voir le paragraphe 32.", [("paragraphe 32", "paragraph", "#p-32")]),
    ("les paragraphes 10 à 12", [("paragraphes 10 à 12", "paragraph", "#p-10-12")]),
    ("les paragraphes 4, 15 et 18", [("paragraphes 4", "paragraph", "#p-4"), ("15", "paragraph", "#p-15"),
                                     ("18", "paragraph", "#p-18")]),
    ("les paragraphes 4 et 5 de la résolution 72/279",
     [("paragraphes 4", "paragraph", "A/RES/72/279#p-4"), ("5", "paragraph", "A/RES/72/279#p-5"),
      ("résolution 72/279", RES, "A/RES/72/279")]),
    ("le paragraphe 5 du présent document", [("paragraphe 5", "paragraph", "#p-5")]),
    ("voir le projet de décision au paragraphe 16.", [("projet de décision au paragraphe 16", "draft_decision", "#p-16")]),
    ("figurant à l’annexe.", [("annexe", "appendix", "#annex")]),
    ("voir l’annexe II", [("annexe II", "appendix", "#annex-II")]),
    ("voir la note de bas de page 4", [("note de bas de page 4", "footnote", "#fn-4")]),
    ("https://www.ilo.org/gb/lang--fr", [("https://www.ilo.org/gb/lang--fr", "url", "https://www.ilo.org/gb/lang--fr")]),
]

NEGATIVE = [
    "6,8 pour cent", "22 %", "du 12-27 mars 2015", "la session de mars 2019", "l’article 19 de la Constitution de l’OIT",
    "le paragraphe 3 de l’article 19", "le paragraphe 26 du mandat", "en 2019/20", "pour 2018-2019", "la question I",
    "la résolution concernant le travail décent", "la convention sur les droits de l’enfant", "page 3",
    "1/3 des membres", "la 75e session de l’Assemblée générale", "annexes",
]


@pytest.mark.parametrize("text, expected", POSITIVE, ids=[t for t, _ in POSITIVE])
def test_forms(text, expected):
    assert refs(text, "fr") == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_references(text):
    assert refs(text, "fr") == []
