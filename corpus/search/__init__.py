"""Paragraph index and search over many council documents.

One embedded SQLite file (no server) holds every searchable unit (paragraph,
list item, footnote, table row, caption and header) of every indexed document
and its sentences, with
an FTS5 full-text index built so that Chinese queries of ANY length work (the
built-in trigram tokenizer cannot match one or two characters) and Latin-script
queries ignore case and accents and match by stem. Modules, one job each:

- ``tokenise``: CJK unigram/bigram columns and query terms (pure functions);
- ``stems``, ``columns``: English/French/Spanish stems; the three FTS columns;
- ``schema``: the tables, opening a database for reading or writing;
- ``units``: a document tree → its searchable units;
- ``sources``: files, folders, JSON/JSONL → trees (documents parsed on the fly);
- ``indexer``: replace one document's units in one transaction;
- ``query``: parse a query, build a safe FTS5 expression, rank (bm25), filter;
- ``snippet``: find the matched text in a unit and cut a highlighted snippet;
- ``similar``: translation-memory style fuzzy matching (rapidfuzz) on candidates
  taken from the index; ``windows``: the sentence/clause spans it scores.
"""
from ...parser.lazy import lazy_attributes

# imported on first use: 'councildoc search' never loads the indexer, nor
# rapidfuzz unless --similar
__getattr__, __dir__ = lazy_attributes(__name__, {
    "open_index": ".schema", "IndexProblem": ".schema", "list_symbols": ".schema", "index_tree": ".indexer",
    "search": ".query", "QueryError": ".query", "similar": ".similar"}, globals())

__all__ = ["open_index", "IndexProblem", "list_symbols", "index_tree", "search", "QueryError", "similar"]
