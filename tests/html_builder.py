"""Writes the seed GB.340/INS/6 as a web page, the way council pages are
published: header lines as paragraphs, parts in <h2>, sub-parts and
sub-headings in <h3>, numbered paragraphs with typed numbers, footnote markers
as ``<sup><a href="#fnN">N</a></sup>`` with an endnote list of targets
carrying back-links, links as <a>, the appendix table with <thead> and group
rows spanning the table (colspan). Content comes from the text reader's tree.
"""
from __future__ import annotations

from html import escape


def _inline(text: str, spans: list) -> str:
    cuts = sorted((s for s in spans if s["type"] in ("footnote_ref", "link")),
                  key=lambda s: (s["start"], s["type"] != "footnote_ref"))
    out, pos = [], 0
    for s in cuts:
        out.append(escape(text[pos:s["start"]]))
        pos = s["start"]
        if s["type"] == "footnote_ref":
            n = s["number"]
            out.append(f'<sup><a href="#fn{n}" id="fnref{n}-{s["start"]}">{n}</a></sup>')
        else:
            out.append(f'<a href="{escape(s["href"])}">{escape(text[s["start"]:s["end"]])}</a>')
            pos = s["end"]
    out.append(escape(text[pos:]))
    return "".join(out)


def seed_html(tree: dict) -> bytes:
    h = ['<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8"><title>GB.340/INS/6</title></head><body>',
         '<nav><a href="/">首页</a></nav>', "<header>"]
    for line in tree["meta"]["header"]:
        h.append(f"<p>{_inline(line['text'], line['spans'])}</p>")
    h.append("</header><main>")

    def emit(nodes):
        for n in nodes:
            if n["type"] == "section":
                tag = "h2" if n["level"] == 1 else "h3"
                h.append(f"<{tag}>{escape(n['heading_text'].lstrip('▶►▸■ ').strip())}</{tag}>")
                emit(n["children"])
            elif n["type"] == "paragraph":
                marker = escape(n["marker"]) + " " if n.get("marker") else ""
                h.append(f"<p>{marker}{_inline(n['text'], n['spans'])}\n</p>")
            elif n["type"] == "table":
                width = len(n["header"])
                h.append("<table>")
                if n["caption"]:
                    h.append(f"<caption>{escape(n['caption'])}</caption>")
                h.append("<thead><tr>" + "".join(f"<th>{escape(c)}</th>" for c in n["header"]) + "</tr></thead><tbody>")
                for r in n["rows"]:
                    if r["kind"] == "group":
                        h.append(f'<tr><td colspan="{width}">{escape(r["cells"][0]["text"])}</td></tr>')
                    else:
                        h.append("<tr>" + "".join(f"<td>{_inline(c['text'], c['spans'])}</td>" for c in r["cells"]) + "</tr>")
                h.append("</tbody></table>")
    emit(tree["body"])
    h.append('</main><section class="footnotes" role="doc-endnotes"><h2>注释</h2><hr><ol>')
    for f in tree["footnotes"]:
        h.append(f'<li id="fn{f["number"]}"><p>{_inline(f["text"], f["spans"])} '
                 f'<a href="#fnref{f["number"]}" role="doc-backlink">↩</a></p></li>')
    h.append("</ol></section><footer>国际劳工组织 · 第 1 页</footer></body></html>")
    return "\n".join(h).encode("utf-8")
