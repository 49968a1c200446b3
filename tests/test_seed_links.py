"""Markdown links: the text stays, a link span keeps the target (placeholder
'#' kept as is); document symbols become xref spans. Checked by hand."""


def _links(text, spans):
    return [(text[s["start"]:s["end"]], s["href"]) for s in spans if s["type"] == "link"]


def test_related_documents_links(seed_tree):
    line = seed_tree["meta"]["header"][-1]
    assert _links(line["text"], line["spans"]) == [
        ("GB.340/POL/6", "#"), ("GB.340/INS/18/6", "#"), ("GB.335/INS/10", "#")]
    xrefs = [(line["text"][s["start"]:s["end"]], s["target"]) for s in line["spans"]
             if s["type"] == "xref" and s["kind"] == "gb_document"]
    assert xrefs == [("GB.340/POL/6", "GB.340/POL/6"), ("GB.340/INS/18/6", "GB.340/INS/18/6"),
                     ("GB.335/INS/10", "GB.335/INS/10")]


def test_footnote_links(seed_tree):
    notes = {n["number"]: n for n in seed_tree["footnotes"]}
    assert _links(notes[2]["text"], notes[2]["spans"]) == [("主席总结", "#")]
    assert _links(notes[4]["text"], notes[4]["spans"]) == [
        ("执行大会关于联合国系统发展方面业务活动四年度全面政策审查的第 71/243 号决议的情况—秘书长的报告", "#")]
    assert "[" not in notes[4]["text"] and "](#)" not in notes[4]["text"]


def test_symbols_in_footnotes(seed_tree):
    notes = {n["number"]: n for n in seed_tree["footnotes"]}
    def targets(n, kind):
        return [s["target"] for s in notes[n]["spans"] if s["type"] == "xref" and s["kind"] == kind]
    assert targets(4, "un_document") == ["A/75/79-E/2020/55"]          # one joint reference
    assert "A/RES/72/279" in targets(1, "un_resolution")
    assert targets(6, "gb_document") == ["GB.340/POL/6"]
    assert targets(11, "gb_document") == ["GB.340/INS/18/6"]
    assert targets(12, "gb_document") == ["GB.335/INS/10"]


def test_every_link_in_the_document(seed_tree):
    from conftest import walk
    count = 0
    for h in seed_tree["meta"]["header"]:
        count += sum(s["type"] == "link" for s in h["spans"])
    for node in walk(seed_tree["body"]):
        if node["type"] == "paragraph":
            count += sum(s["type"] == "link" for s in node["spans"])
    for n in seed_tree["footnotes"]:
        count += sum(s["type"] == "link" for s in n["spans"])
    # summary: 1; related documents: 3; footnotes 2 and 4: 1 each (grep '](#)' gives 6)
    assert count == 6
