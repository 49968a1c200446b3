"""Paragraph numbers that Word generates from numbering.xml (the digits are not
in the text), and numbers typed into the text. Expected labels worked out by
hand from the list definitions below, as Word displays them."""
from __future__ import annotations

import io
import zipfile

import pytest

from conftest import paragraphs, sections
from councildoc.parser import parse_bytes
from councildoc.parser.formats.docx.numbering import chinese_counting
from councildoc.parser.numerals import letters, roman
from docx_builder import W_NS, blank_docx, make_docx


def lvl(ilvl, fmt, text, start=1, restart=None):
    extra = f'<w:lvlRestart w:val="{restart}"/>' if restart is not None else ""
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{extra}'
            f'<w:lvlText w:val="{text}"/></w:lvl>')


NUMBERING = (
    f'<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="{W_NS}">'
    # 1: GB paragraphs 1. with items (a) and sub-items (i)
    '<w:abstractNum w:abstractNumId="1">' + lvl(0, "decimal", "%1.") + lvl(1, "lowerLetter", "(%2)")
    + lvl(2, "lowerRoman", "(%3)") + '</w:abstractNum>'
    # 2: parts I., II. with lettered sub-parts A., B.
    '<w:abstractNum w:abstractNumId="2">' + lvl(0, "upperRoman", "%1.") + lvl(1, "upperLetter", "%2.") + '</w:abstractNum>'
    # 3: Chinese 一、二、
    '<w:abstractNum w:abstractNumId="3">' + lvl(0, "chineseCounting", "%1、") + '</w:abstractNum>'
    # 4: a level that never restarts (lvlRestart 0), shown with its parent: 1.1, 1.2, 2.3
    '<w:abstractNum w:abstractNumId="4">' + lvl(0, "decimal", "%1.") + lvl(1, "decimal", "%1.%2", restart=0) + '</w:abstractNum>'
    # 5: a format we do not know
    '<w:abstractNum w:abstractNumId="5">' + lvl(0, "hebrew2", "%1.") + '</w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>'
    '<w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num>'
    '<w:num w:numId="4"><w:abstractNumId w:val="4"/></w:num>'
    '<w:num w:numId="5"><w:abstractNumId w:val="5"/></w:num>'
    # 6: list 1 restarted at 20 by its instance
    '<w:num w:numId="6"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="20"/>'
    '</w:lvlOverride></w:num>'
    '</w:numbering>').encode()


def p(text, num=None, ilvl=0, style=None):
    ppr = ""
    if style or num is not None:
        ppr = "<w:pPr>"
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if num is not None:
            ppr += f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num}"/></w:numPr>'
        ppr += "</w:pPr>"
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def build(body):
    return parse_bytes("list.docx", make_docx(body, {"word/numbering.xml": NUMBERING}))


def test_formats():
    assert [roman(n) for n in (1, 4, 9, 14, 40, 1990)] == ["I", "IV", "IX", "XIV", "XL", "MCMXC"]
    assert [letters(n) for n in (1, 26, 27, 28)] == ["a", "z", "aa", "bb"]
    assert [chinese_counting(n) for n in (1, 10, 11, 20, 21, 100, 105, 110)] == [
        "一", "十", "十一", "二十", "二十一", "一百", "一百零五", "一百一十"]


def test_generated_paragraph_numbers_items_and_restarts():
    tree = build(p("First.", 1) + p("alpha;", 1, 1) + p("one;", 1, 2) + p("two;", 1, 2) + p("beta.", 1, 1)
                 + p("Second.", 1) + p("gamma.", 1, 1))
    paras = paragraphs(tree)
    assert [(x["id"], x["number"], x["marker"], x["text"]) for x in paras] == [
        ("p-1", 1, "1.", "First."), ("p-2", 2, "2.", "Second.")]
    # level 2 (i), (ii) are items too; level 1 restarts after paragraph 2: (a) again
    assert [(i["id"], i["marker"], i["text"]) for i in paras[0]["items"]] == [
        ("p-1-a", "(a)", "alpha;"), ("p-1-i", "(i)", "one;"), ("p-1-ii", "(ii)", "two;"), ("p-1-b", "(b)", "beta.")]
    assert [(i["id"], i["marker"]) for i in paras[1]["items"]] == [("p-2-a", "(a)")]


def test_instance_start_override():
    tree = build(p("One.", 1) + p("Twenty.", 6) + p("Twenty-one.", 6))
    assert [x["number"] for x in paragraphs(tree)] == [1, 20, 21]
    assert "paragraph-number-gap" in {d["code"] for d in tree["diagnostics"]}


def test_numbered_headings_give_section_numbers():
    tree = build(p("Introduction", 2, style="Heading1") + p("Text.", 1)
                 + p("Background", 2, style="Heading1") + p("Origins", 2, 1, style="Heading2") + p("More.", 1))
    assert [(s["id"], s["number"], s["kind"], s["heading"]) for s in sections(tree)] == [
        ("sec-I", "I", "part", "Introduction"), ("sec-II", "II", "part", "Background"),
        ("sec-II-A", "A", "subpart", "Origins")]
    assert [x["id"] for x in paragraphs(tree)] == ["p-1", "p-2"]


def test_chinese_counting_and_never_restarting_level():
    tree = build(p("总则", 3) + p("范围", 3) + p("x", 4) + p("y", 4, 1) + p("z", 4, 1) + p("w", 4) + p("v", 4, 1))
    markers = [x.get("marker") for x in paragraphs(tree)]
    assert markers == ["一、", "二、", "1.", "1.1", "1.2", "2.", "2.3"]


def test_unsupported_format_is_reported():
    tree = build(p("Aleph.", 5))
    [d] = [d for d in tree["diagnostics"] if d["code"] == "numbering-format-unsupported"]
    assert "hebrew2" in d["message"] and d["level"] == "warning"
    assert paragraphs(tree)[0]["marker"] == "1."


def test_numbering_through_the_paragraph_style():
    styles = zipfile.ZipFile(io.BytesIO(blank_docx())).read("word/styles.xml")
    styles = styles.replace(b"</w:styles>", b'<w:style w:type="paragraph" w:styleId="ParaNum"><w:name w:val="Para Num"/>'
                            b'<w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr>'
                            b'</w:style><w:style w:type="paragraph" w:styleId="ParaNum2"><w:name w:val="Para Num 2"/>'
                            b'<w:basedOn w:val="ParaNum"/></w:style></w:styles>')
    data = make_docx(p("One.", style="ParaNum") + p("Two.", style="ParaNum2") + p("Plain.", 0, style="ParaNum"),
                     {"word/numbering.xml": NUMBERING, "word/styles.xml": styles})
    paras = paragraphs(parse_bytes("style.docx", data))
    # numId 0 on the paragraph switches the style's numbering off
    assert [(x["id"], x.get("style")) for x in paras] == [("p-1", "Para Num"), ("p-2", "Para Num 2"), ("u-1", "Para Num")]


@pytest.mark.parametrize("typed,number,text", [("7. Text", 7, "Text"), ("12.\tTab after", 12, "Tab after"),
                                               ("3．全角", 3, "全角")])
def test_typed_numbers(typed, number, text):
    [para] = paragraphs(build(p(typed)))
    assert (para["number"], para["marker"], para["text"]) == (number, f"{number}.", text)


def test_typed_items_attach_to_their_paragraph():
    paras = paragraphs(build(p("5. The Office shall:") + p("(a) report;") + p("(b) act.")))
    assert [(i["id"], i["text"]) for i in paras[0]["items"]] == [("p-5-a", "report;"), ("p-5-b", "act.")]


def test_typed_heading_numbers_in_one_heading_style():
    # UN documents put "I.", "A." and "1." headings in one style (outline level 1):
    # the letter is a sub-part of the Roman part, the digit a subdivision of the letter
    tree = build(p("I.\tIntroduction", style="Heading1") + p("1. Text.")
                 + p("A.\tMandates", style="Heading1") + p("2. Text.")
                 + p("C.\tPerformance", style="Heading1")
                 + p("1.\tWomen, peace and security", style="Heading1") + p("3. Text.")
                 + p("II.\tResources", style="Heading1"))
    assert [(s["id"], s["level"], s["kind"], s["number"], s["heading"]) for s in sections(tree)] == [
        ("sec-I", 1, "part", "I", "Introduction"), ("sec-I-A", 2, "subpart", "A", "Mandates"),
        ("sec-I-C", 2, "subpart", "C", "Performance"),
        ("sec-I-C-1", 3, "subheading", "1", "Women, peace and security"),
        ("sec-II", 1, "part", "II", "Resources")]


def test_list_defined_through_a_numbering_style():
    # abstractNum 8 has no levels of its own: w:numStyleLink → style "OutlineList"
    # → numId 9 → abstractNum 9 (upperRoman "%1.")
    numbering = NUMBERING.replace(b"</w:numbering>",
        b'<w:abstractNum w:abstractNumId="8"><w:numStyleLink w:val="OutlineList"/></w:abstractNum>'
        b'<w:abstractNum w:abstractNumId="9"><w:styleLink w:val="OutlineList"/>'
        + lvl(0, "upperRoman", "%1.").encode() + b'</w:abstractNum>'
        b'<w:num w:numId="8"><w:abstractNumId w:val="8"/></w:num>'
        b'<w:num w:numId="9"><w:abstractNumId w:val="9"/></w:num></w:numbering>')
    styles = zipfile.ZipFile(io.BytesIO(blank_docx())).read("word/styles.xml").replace(
        b"</w:styles>", b'<w:style w:type="numbering" w:styleId="OutlineList"><w:name w:val="Outline List"/>'
                        b'<w:pPr><w:numPr><w:numId w:val="9"/></w:numPr></w:pPr></w:style></w:styles>')
    data = make_docx(p("First", 8) + p("Second", 8), {"word/numbering.xml": numbering, "word/styles.xml": styles})
    assert [x["marker"] for x in paragraphs(parse_bytes("link.docx", data))] == ["I.", "II."]


def test_default_numbering_style_is_not_the_default_paragraph_style():
    # Word's styles.xml marks both "Normal" (paragraph) and "No List" (numbering) as default
    styles = zipfile.ZipFile(io.BytesIO(blank_docx())).read("word/styles.xml").replace(
        b"</w:styles>", b'<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
                        b'</w:style></w:styles>')
    data = make_docx(p("Plain."), {"word/styles.xml": styles})
    assert paragraphs(parse_bytes("d.docx", data))[0]["style"] == "Normal"
