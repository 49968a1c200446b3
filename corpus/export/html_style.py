"""The style sheet of an exported HTML page: readable on screen, and a print
layout (no table of contents, notes in small type, headings kept with what
follows, table rows not split across pages)."""

CSS = """
:root { --text: #1b1b1b; --muted: #555; --rule: #ccc; --link: #0b57a4; }
body { margin: 0 auto; max-width: 46rem; padding: 1.5rem; color: var(--text);
       font: 1rem/1.6 "Noto Serif", "Noto Serif CJK SC", Georgia, serif; }
a { color: var(--link); }
header.document dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem;
                     font-size: .9rem; color: var(--muted); }
header.document dt { font-weight: bold; }
header.document dd { margin: 0; }
.symbol { font-family: ui-monospace, monospace; color: var(--muted); }
nav.toc { border: 1px solid var(--rule); padding: .5rem 1rem; margin: 1rem 0; font-size: .9rem; }
nav.toc h2, section.footnotes h2 { font-size: 1rem; margin: .3rem 0; }
nav.toc ol { list-style: none; padding-left: 1rem; }
p.para .num, li .label { font-weight: bold; margin-inline-end: .4em; }
ol.items { list-style: none; padding-inline-start: 2rem; }
table { border-collapse: collapse; margin: 1rem 0; width: 100%; font-size: .9rem; }
caption { font-weight: bold; text-align: start; padding: .3rem 0; }
th, td { border: 1px solid var(--rule); padding: .25rem .5rem; vertical-align: top; text-align: start; }
tr.group th { background: #f2f2f2; }
sup.fnref { line-height: 0; }
sup.fnref a { text-decoration: none; }
section.footnotes { border-top: 1px solid var(--rule); margin-top: 2rem; font-size: .9rem; }
section.footnotes li .backref { text-decoration: none; margin-inline-start: .3em; }
:target { background: #fff6d5; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  nav.toc, .backref { display: none; }
  a { color: inherit; text-decoration: none; }
  h1, h2, h3, h4, h5, h6, caption { break-after: avoid; }
  p { orphans: 3; widows: 3; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
  section.footnotes { font-size: 9pt; }
  :target { background: none; }
}
"""
