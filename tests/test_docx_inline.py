"""What Word shows in a paragraph, and nothing else: hyperlinks (targets and
anchors), fields (simple and complex: HYPERLINK, REF; instructions are never
text), tracked changes, hidden text, note references (ids not 1..n, custom
marks, endnotes), captions, page headers and footers as furniture."""
from __future__ import annotations

from conftest import paragraphs, tables
from councildoc.parser import parse_bytes
from docx_builder import add_parts, make_docx, notes_xml, W_NS

RUN = '<w:r><w:t xml:space="preserve">{}</w:t></w:r>'


def r(text):
    return RUN.format(text)


def para(*runs, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def only_paragraph(body, **kw):
    data = make_docx(body)
    if kw:
        data = add_parts(data, kw.get("parts", {}), kw.get("links"))
    [p] = paragraphs(parse_bytes("x.docx", data))
    return p


def links(p):
    return [(p["text"][s["start"]:s["end"]], s["href"]) for s in p["spans"] if s["type"] == "link"]


def test_hyperlink_relationship_and_anchor():
    body = para(r("See "), '<w:hyperlink r:id="rIdL1">' + r("the site") + "</w:hyperlink>", r(" and "),
                '<w:hyperlink w:anchor="_Ref1">' + r("section 2") + "</w:hyperlink>", r("."))
    p = only_paragraph(body, links={"rIdL1": "https://www.ilo.org/gb"})
    assert p["text"] == "See the site and section 2."
    assert links(p) == [("the site", "https://www.ilo.org/gb"), ("section 2", "#_Ref1")]


def test_simple_and_complex_fields():
    complex_link = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                    '<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://docs.un.org/A/80/50" \\o "tip" </w:instrText></w:r>'
                    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + r("A/80/50")
                    + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    ref = ('<w:fldSimple w:instr=" REF _Ref42 \\h ">' + r("paragraph 7") + "</w:fldSimple>")
    page = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + r("3") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    p = only_paragraph(para(r("Document "), complex_link, r(", see "), ref, r(" on page "), page, r(".")))
    assert p["text"] == "Document A/80/50, see paragraph 7 on page 3."
    assert links(p) == [("A/80/50", "https://docs.un.org/A/80/50"), ("paragraph 7", "#_Ref42")]
    assert "HYPERLINK" not in p["text"] and "PAGE" not in p["text"]


def test_tracked_changes_hidden_text_tabs_and_breaks():
    body = para(r("Kept"), '<w:del w:id="1" w:author="x"><w:r><w:delText>gone</w:delText></w:r></w:del>',
                '<w:ins w:id="2" w:author="x">' + r(" inserted") + "</w:ins>",
                '<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r>',
                "<w:r><w:tab/><w:t>after tab</w:t><w:br/><w:t>next line</w:t></w:r>")
    assert only_paragraph(body)["text"] == "Kept inserted\tafter tab\nnext line"


def test_notes_numbered_by_first_reference_with_odd_ids():
    body = (para(r("First"), '<w:r><w:footnoteReference w:id="7"/></w:r>', r(" second"),
                 '<w:r><w:endnoteReference w:id="2"/></w:r>', r(" third"), '<w:r><w:footnoteReference w:id="3"/></w:r>')
            + para(r("Again"), '<w:r><w:footnoteReference w:id="7"/></w:r>'))
    fn = notes_xml("footnote", {3: para(r("Note three.")), 7: para(r("Note seven.")) + para(r("Its second paragraph.")),
                                9: para(r("Never cited."))})
    en = notes_xml("endnote", {2: para(r("An endnote."))})
    data = add_parts(make_docx(body), {"rIdF": ("footnotes", "footnotes.xml", fn), "rIdE": ("endnotes", "endnotes.xml", en)})
    tree = parse_bytes("notes.docx", data)
    got = [(f["number"], f.get("kind", "footnote"), f["text"], f["cited_by"]) for f in tree["footnotes"]]
    assert got == [(1, "footnote", "Note seven.\nIts second paragraph.", ["u-1", "u-2"]),
                   (2, "endnote", "An endnote.", ["u-1"]),
                   (3, "footnote", "Note three.", ["u-1"]),
                   (4, "footnote", "Never cited.", [])]
    p1 = paragraphs(tree)[0]
    assert p1["text"] == "First second third"
    assert [(s["start"], s["number"]) for s in p1["spans"] if s["type"] == "footnote_ref"] == [(5, 1), (12, 2), (18, 3)]
    # markers as Word prints them: footnotes 1, 2 and the endnote i (each kind counted alone)
    assert [s["marker"] for s in p1["spans"] if s["type"] == "footnote_ref"] == ["1", "i", "2"]
    assert "footnote-uncited" in {d["code"] for d in tree["diagnostics"]}


def test_note_mark_format_from_the_section():
    body = (para(r("A"), '<w:r><w:footnoteReference w:id="1"/></w:r>', r(" B"), '<w:r><w:footnoteReference w:id="2"/></w:r>')
            + '<w:sectPr><w:footnotePr><w:numFmt w:val="lowerLetter"/></w:footnotePr></w:sectPr>')
    fn = notes_xml("footnote", {1: para(r("one")), 2: para(r("two"))})
    tree = parse_bytes("fmt.docx", add_parts(make_docx(body), {"rIdF": ("footnotes", "footnotes.xml", fn)}))
    assert [s["marker"] for s in paragraphs(tree)[0]["spans"] if s["type"] == "footnote_ref"] == ["a", "b"]


def test_custom_note_mark():
    body = para(r("Items 137 and 138"), '<w:r><w:footnoteReference w:customMarkFollows="1" w:id="1"/><w:t>*</w:t></w:r>')
    fn = notes_xml("footnote", {1: para(r("A/80/50."))})
    tree = parse_bytes("mark.docx", add_parts(make_docx(body), {"rIdF": ("footnotes", "footnotes.xml", fn)}))
    p = paragraphs(tree)[0]
    assert p["text"] == "Items 137 and 138"
    [ref] = [s for s in p["spans"] if s["type"] == "footnote_ref"]
    assert (ref["start"], ref["marker"], ref["number"]) == (17, "*", 1)


def test_page_headers_and_footers_are_furniture():
    hdr = f'<w:hdr xmlns:w="{W_NS}">{para(r("GB.340/INS/6"))}</w:hdr>'.encode()
    ftr = (f'<w:ftr xmlns:w="{W_NS}"><w:p><w:fldSimple w:instr="PAGE"><w:r><w:t>2</w:t></w:r></w:fldSimple></w:p>'
           f'{para(r("Running title"))}</w:ftr>').encode()
    data = add_parts(make_docx(para(r("Body text."))), {"rIdH": ("header", "header1.xml", hdr),
                                                         "rIdFt": ("footer", "footer1.xml", ftr)})
    tree = parse_bytes("furn.docx", data)
    assert [p["text"] for p in paragraphs(tree)] == ["Body text."]
    assert sorted((f["kind"], f["text"]) for f in tree["furniture"]) == [
        ("page_number", "2"), ("running_head", "Running title"), ("symbol_line", "GB.340/INS/6")]


def test_caption_style_goes_to_the_table():
    table = ("<w:tbl><w:tr><w:tc><w:p>" + r("a") + "</w:p></w:tc><w:tc><w:p>" + r("b")
             + "</w:p></w:tc></w:tr></w:tbl>")
    tree = parse_bytes("cap.docx", make_docx(para(r("Table 1. Budget"), style="Caption") + table + para(r("After."))))
    [t] = tables(tree)
    assert t["caption"] == "Table 1. Budget"
    assert [p["text"] for p in paragraphs(tree)] == ["After."]


def test_vertical_merge_continuation_text_is_kept_once():
    tc = lambda text, vm="": f"<w:tc><w:tcPr>{vm}</w:tcPr><w:p>{r(text) if text else ''}</w:p></w:tc>"  # noqa: E731
    rows = ("<w:tr>" + tc("Top", '<w:vMerge w:val="restart"/>') + tc("x") + "</w:tr>"
            + "<w:tr>" + tc("", "<w:vMerge/>") + tc("y") + "</w:tr>"
            + "<w:tr>" + tc("stray", '<w:vMerge w:val="continue"/>') + tc("z") + "</w:tr>")
    [t] = tables(parse_bytes("vm.docx", make_docx(f"<w:tbl>{rows}</w:tbl>")))
    cells = [c for row in t["rows"] for c in row["cells"]]
    assert cells[0] == {"text": "Top\nstray", "spans": [], "rowspan": 3}
    assert [c["text"] for c in cells] == ["Top\nstray", "x", "y", "z"]


def test_text_box_read_once_after_its_anchor():
    box = '<w:txbxContent>' + para(r("Draft decision")) + '</w:txbxContent>'
    mc = ('<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
          f'<mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="urn:x-wps">{box}</wps:txbx></w:drawing></mc:Choice>'
          f'<mc:Fallback><w:pict>{box}</w:pict></mc:Fallback></mc:AlternateContent>')
    tree = parse_bytes("box.docx", make_docx(para(r("Anchor."), f"<w:r>{mc}</w:r>") + para(r("Next."))))
    assert [p["text"] for p in paragraphs(tree)] == ["Anchor.", "Draft decision", "Next."]
