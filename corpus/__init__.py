"""councildoc.corpus: work over many documents — batch conversion, the paragraph
index and search, the footnote and link checker — and the command line."""
