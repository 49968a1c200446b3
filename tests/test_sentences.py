"""The shared sentence segmenter, table-driven per language.

Texts are real sentences: the seed (corpus/samples/GB.340-INS-6.zh.txt,
paragraph numbers given), A/80/6 (Sect. 25) and A/RES/80/2 in
../shared/peer/un, the Italian report ohchr_2 (French side of
../shared/peer/pdf/alignment/ohchr_2_en_fr.json, paragraph numbers given)
and the UDHR in Spanish (../shared/peer/un/udhr__udhr_spa.xml). The expected
sentences were split by hand, reading the punctuation.
"""
import pytest
from conftest import SEED

from councildoc.corpus.sentences import segment

CASES = [
    # --- zh: seed paragraph 4 (start), 。 ends sentences
    ("zh", "尽管遭遇了当前的 COVID-19 危机，但改革实施进展顺利。事实上，这场危机鼓舞了联合国发展系统在人道主义和"
           "社会经济领域更紧密的合作。",
     ["尽管遭遇了当前的 COVID-19 危机，但改革实施进展顺利。",
      "事实上，这场危机鼓舞了联合国发展系统在人道主义和社会经济领域更紧密的合作。"]),
    # seed paragraph 5: ； ends a sentence; superscript footnote markers ¹² stay with the last one
    ("zh", "本文件第一部分概述自理事会上一次讨论(2019 年 3 月)以来，有关改革主要方面的最新情况。第二部分介绍劳工组织"
           "在新驻地协调员系统方面的一些早期经验和实地观察；第三部分审议经理事会第 335 届会议(2019 年 3 月)核可的"
           "《劳工局 2019-2020 年行动计划》中相关行动项目的现状。¹²",
     ["本文件第一部分概述自理事会上一次讨论(2019 年 3 月)以来，有关改革主要方面的最新情况。",
      "第二部分介绍劳工组织在新驻地协调员系统方面的一些早期经验和实地观察；",
      "第三部分审议经理事会第 335 届会议(2019 年 3 月)核可的《劳工局 2019-2020 年行动计划》中相关行动项目的现状。¹²"]),
    # seed paragraph 18: a closing quote after 。 belongs to the sentence; 。 inside “…” then ” then text
    ("zh", "国家工作队业务活动战略中提出的共同事务仍然可由各机构“考虑到质量保证和成本效益”而选择性地加入。为了支持这一努力",
     ["国家工作队业务活动战略中提出的共同事务仍然可由各机构“考虑到质量保证和成本效益”而选择性地加入。",
      "为了支持这一努力"]),
    ("zh", "他说：“会议结束。”随后离开。", ["他说：“会议结束。”", "随后离开。"]),
    # the seed's cover page: a document symbol and a full stop with no Chinese terminal never split
    ("zh", "本文件系为 2020 年 3 月理事会(后被取消)编写的 GB.338/INS/9 号文件的修订更新版。作者单位：多边合作司(MULTILATERALS)。",
     ["本文件系为 2020 年 3 月理事会(后被取消)编写的 GB.338/INS/9 号文件的修订更新版。",
      "作者单位：多边合作司(MULTILATERALS)。"]),
    # --- en: A/80/6 (Sect. 25), paragraph 25.9 (start)
    ("en", "UNHCR integrates a gender perspective in its operational activities, deliverables and results, as "
           "appropriate. UNHCR will remain fully committed to a non-discriminatory approach. Specifically, UNHCR "
           "will strive to strengthen gender equality.",
     ["UNHCR integrates a gender perspective in its operational activities, deliverables and results, as appropriate.",
      "UNHCR will remain fully committed to a non-discriminatory approach.",
      "Specifically, UNHCR will strive to strengthen gender equality."]),
    # A/RES/80/2: "para. 6" inside brackets, "No. 11", a symbol with a full stop after it
    ("en", "[on the report of the Fifth Committee (A/80/401, para. 6)] Having considered chapter V of the report.",
     ["[on the report of the Fifth Committee (A/80/401, para. 6)] Having considered chapter V of the report."]),
    ("en", "Official Records of the General Assembly, Eightieth Session, Supplement No. 11 (A/80/11). See also "
           "A/80/6 (Sect. 25). It recalls resolution A/RES/48/246 and document GB.340/INS/6.",
     ["Official Records of the General Assembly, Eightieth Session, Supplement No. 11 (A/80/11).",
      "See also A/80/6 (Sect. 25).",
      "It recalls resolution A/RES/48/246 and document GB.340/INS/6."]),
    # A/80/6 (Sect. 25) paragraph numbers and decimals; abbreviations before capitals and numbers
    ("en", "As set out in paras. 25.1 to 25.7, and in Art. 19 of the Charter (cf. Nos. 3 and 4, pp. 12-14, vol. 2), "
           "Mr. Guterres and Ms. Bachelet met Dr. Tedros, i.e. the heads, e.g. of WHO. Conventions, etc. are listed. "
           "The list ends here, etc. It is long!  Is it?",
     ["As set out in paras. 25.1 to 25.7, and in Art. 19 of the Charter (cf. Nos. 3 and 4, pp. 12-14, vol. 2), "
      "Mr. Guterres and Ms. Bachelet met Dr. Tedros, i.e. the heads, e.g. of WHO.",
      "Conventions, etc. are listed.", "The list ends here, etc.", "It is long!", "Is it?"]),
    # initials; a sentence ending on a Roman numeral annex; a quotation ending the sentence
    ("en", "The report by J. Smith was noted in annex I. The Council said \"no action.\" It closed.",
     ["The report by J. Smith was noted in annex I.", "The Council said \"no action.\"", "It closed."]),
    # A/RES/80/2 operative paragraphs as one text: a number opening a sentence, or after a colon, stays
    ("en", "1. Reaffirms its role in accordance with Article 19 of the Charter; 2. Also reaffirms its resolution "
           "54/237 C of 23 December 1999. The Assembly decides as follows: 3. Requests the Secretary-General to "
           "continue. It ends in 2025. Then it closes.",
     ["1. Reaffirms its role in accordance with Article 19 of the Charter; 2. Also reaffirms its resolution "
      "54/237 C of 23 December 1999.",
      "The Assembly decides as follows: 3. Requests the Secretary-General to continue.",
      "It ends in 2025.", "Then it closes."]),
    # --- fr: ohchr_2 French, paragraphs 4, 9, 122
    ("fr", "La Constitution italienne de 1948 consacre l’ensemble des droits fondamentaux. Contenant 139 articles et "
           "18 dispositions transitoires, elle est divisée en deux parties. La première (art. 1 à 55) est "
           "essentiellement consacrée aux libertés et droits fondamentaux.",
     ["La Constitution italienne de 1948 consacre l’ensemble des droits fondamentaux.",
      "Contenant 139 articles et 18 dispositions transitoires, elle est divisée en deux parties.",
      "La première (art. 1 à 55) est essentiellement consacrée aux libertés et droits fondamentaux."]),
    ("fr", "Les membres des deux chambres sont élus pour cinq ans. La durée du mandat de chaque chambre ne peut être "
           "prorogée que par une loi et seulement en cas de guerre (art. 60.2).",
     ["Les membres des deux chambres sont élus pour cinq ans.",
      "La durée du mandat de chaque chambre ne peut être prorogée que par une loi et seulement en cas de guerre "
      "(art. 60.2)."]),
    ("fr", "Le Bureau national (UNAR − voir par. 32 ci-dessus) est en train de lancer un nouveau programme. "
           "M. Dupont et Mme Martin l’ont présenté (voir Art. 5, p. 3). Quoi ! Vraiment ?",
     ["Le Bureau national (UNAR − voir par. 32 ci-dessus) est en train de lancer un nouveau programme.",
      "M. Dupont et Mme Martin l’ont présenté (voir Art. 5, p. 3).", "Quoi !", "Vraiment ?"]),
    ("fr", "«Président du Conseil des ministres.» Il dirige la politique générale.",
     ["«Président du Conseil des ministres.»", "Il dirige la politique générale."]),
    # --- es: UDHR article 26 (1); Convention references with núm., Sr./Sra.
    ("es", "Toda persona tiene derecho a la educación. La educación debe ser gratuita, al menos en lo concerniente a "
           "la instrucción elemental y fundamental. La instrucción elemental será obligatoria.",
     ["Toda persona tiene derecho a la educación.",
      "La educación debe ser gratuita, al menos en lo concerniente a la instrucción elemental y fundamental.",
      "La instrucción elemental será obligatoria."]),
    ("es", "El Convenio sobre el trabajo forzoso, 1930 (núm. 29), y el art. 2 del Protocolo. La Sra. García y el "
           "Sr. Pérez lo citaron (véase el párr. 5). ¿Está vigente? ¡Sí!",
     ["El Convenio sobre el trabajo forzoso, 1930 (núm. 29), y el art. 2 del Protocolo.",
      "La Sra. García y el Sr. Pérez lo citaron (véase el párr. 5).", "¿Está vigente?", "¡Sí!"]),
]


@pytest.mark.parametrize("lang,text,expected", CASES)
def test_sentences_split_by_hand(lang, text, expected):
    spans = segment(text, lang)
    assert [text[a:b] for a, b in spans] == expected


@pytest.mark.parametrize("lang,text,expected", CASES)
def test_spans_cover_every_non_space_character_in_order(lang, text, expected):
    spans = segment(f"  {text} \n", lang)
    padded = f"  {text} \n"
    covered = set()
    last = 0
    for a, b in spans:
        assert last <= a < b
        assert not padded[a].isspace() and not padded[b - 1].isspace()
        covered.update(range(a, b))
        last = b
    assert {i for i, c in enumerate(padded) if not c.isspace()} <= covered


def test_empty_and_blank_text_have_no_sentence():
    assert segment("", "en") == []
    assert segment(" \u3000\n", "zh") == []


def test_seed_paragraph_29_has_its_eight_sentences():
    """Seed paragraph 29 (line 117 of the sample): eight sentences ending in 。
    (counted by hand), the second holds the README's --similar example."""
    line = next(l for l in SEED.read_text(encoding="utf-8").splitlines()
                if l.startswith("29. "))
    text = line[len("29. "):]
    sentences = [text[a:b] for a, b in segment(text, "zh")]
    assert len(sentences) == 8
    assert sentences[1].startswith("在当前预算极其紧张") and "联合国会员国继续将注意力集中在潜在的增效节支上" in sentences[1]
    assert all(s.endswith("。") for s in sentences)
