"""Spanish cross-references: real forms from ILO and UN Spanish pages (see the
grammar, shared/specs/references.md) and the negatives. Every expected value
was written by hand from the text on the left."""
import pytest

from xref_table import refs

RES = "un_resolution"
C = "ilo_convention"
R = "ilo_recommendation"

POSITIVE = [
    ("el documento GB.338/INS/9;", [("GB.338/INS/9", "gb_document", "GB.338/INS/9")]),
    ("GB.274/2 y Add.1", [("GB.274/2", "gb_document", "GB.274/2"), ("Add.1", "gb_document", "GB.274/2(Add.1)")]),
    ("ILC.109/Informe I (C)", [("ILC.109/Informe I (C)", "ilc_document", "ILC.109/Report I(C)")]),
    ("la resolución 72/279 de la Asamblea General", [("resolución 72/279", RES, "A/RES/72/279")]),
    ("las resoluciones 44/211 y 47/199", [("resoluciones 44/211", RES, "A/RES/44/211"), ("47/199", RES, "A/RES/47/199")]),
    ("la resolución S-23/2", [("resolución S-23/2", RES, "A/RES/S-23/2")]),
    ("la resolución 2 (I)", [("resolución 2 (I)", RES, "A/RES/2(I)")]),
    ("la resolución 1990/47", [("resolución 1990/47", RES, "E/RES/1990/47")]),
    ("las resoluciones del Consejo Económico y Social 2008/2",
     [("resoluciones del Consejo Económico y Social 2008/2", RES, "E/RES/2008/2")]),
    ("la resolución del Consejo de Derechos Humanos 17/4",
     [("resolución del Consejo de Derechos Humanos 17/4", RES, "A/HRC/RES/17/4")]),
    ("la declaración de la Presidencia 2015/25",
     [("declaración de la Presidencia 2015/25", "un_document", "S/PRST/2015/25")]),
    ("S/RES/2532 (2020)", [("S/RES/2532 (2020)", RES, "S/RES/2532(2020)")]),
    ("el Convenio sobre las trabajadoras y los trabajadores domésticos, 2011 (núm. 189)",
     [("Convenio sobre las trabajadoras y los trabajadores domésticos, 2011 (núm. 189)", C, "C189")]),
    ("el Convenio 189", [("Convenio 189", C, "C189")]),
    ("los Convenios núms. 87 y 98", [("Convenios núms. 87", C, "C87"), ("98", C, "C98")]),
    ("el Convenio No. 159", [("Convenio No. 159", C, "C159")]),
    ("el Convenio de la OIT (n.º 189)", [("Convenio de la OIT (n.º 189)", C, "C189")]),
    ("la Recomendación sobre los pisos de protección social, 2012 (núm. 202)",
     [("Recomendación sobre los pisos de protección social, 2012 (núm. 202)", R, "R202")]),
    ("la Recomendacion (numero 168)", [("Recomendacion (numero 168)", R, "R168")]),
    ("el Consejo de Administración, en su 335.ª reunión (marzo de 2019)", [("335.ª reunión", "session", "GB.335")]),
    ("el Consejo de Administración en su 331.a reunión", [("331.a reunión", "session", "GB.331")]),
    ("el Consejo de Administración en su 326. a reunión", [("326. a reunión", "session", "GB.326")]),
    ("la 108ª Reunión de la Conferencia Internacional del Trabajo", [("108ª Reunión", "session", "ILC.108")]),
    ("las 338.ª bis y 339.ª reuniones del Consejo de Administración",
     [("338.ª bis", "session", "GB.338bis"), ("339.ª reuniones", "session", "GB.339")]),
    ("véase el párrafo 10", [("párrafo 10", "paragraph", "#p-10")]),
    ("los párrafos 28 a 45", [("párrafos 28 a 45", "paragraph", "#p-28-45")]),
    ("párr. 44 b)", [("párr. 44 b)", "paragraph", "#p-44(b)")]),
    ("véase el proyecto de decisión que figura en el párrafo 24",
     [("proyecto de decisión que figura en el párrafo 24", "draft_decision", "#p-24")]),
    ("el proyecto de decisión (que figura) en el párrafo 24",
     [("proyecto de decisión (que figura) en el párrafo 24", "draft_decision", "#p-24")]),
    ("véase el anexo I", [("anexo I", "appendix", "#annex-I")]),
    ("en el apéndice", [("apéndice", "appendix", "#appendix")]),
    ("www.ilo.org/gb/lang--es.", [("www.ilo.org/gb/lang--es", "url", "https://www.ilo.org/gb/lang--es")]),
]

NEGATIVE = [
    "del 9-24 de marzo de 2017", "el párrafo 5 del artículo II del Estatuto", "en 2019/20", "el 22%", "1/3",
    "la página 3", "para 2018-2019", "la resolución sobre el trabajo decente", "el Convenio sobre los derechos del niño",
    "la 75.ª reunión de la Asamblea General", "el artículo 19 de la Constitución de la OIT",
    "la recomendación 3 del informe",
]


@pytest.mark.parametrize("text, expected", POSITIVE, ids=[t for t, _ in POSITIVE])
def test_forms(text, expected):
    assert refs(text, "es") == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_references(text):
    assert refs(text, "es") == []
