"""Paragraph index and search over many council documents.

One embedded SQLite file (no server) holds every searchable unit (paragraph,
list item, footnote, table row, table caption) of every indexed document, with
an FTS5 full-text index built so that Chinese queries of ANY length work (the
built-in trigram tokenizer cannot match one or two characters) and Latin-script
queries ignore case and accents. Modules, one job each:

- ``tokenise``: CJK unigram/bigram columns and query terms (pure functions);
- ``schema``: the tables, opening a database for reading or writing;
- ``units``: a document tree → its searchable units;
- ``sources``: files, folders, JSON/JSONL → trees (documents parsed on the fly);
- ``indexer``: replace one document's units in one transaction;
- ``query``: parse a query, build a safe FTS5 expression, rank, filter;
- ``snippet``: find the matched text in a unit and cut a highlighted snippet;
- ``similar``: translation-memory style fuzzy matching (rapidfuzz) on candidates
  taken from the index.
"""
from .schema import open_index, IndexProblem, list_symbols
from .indexer import index_tree
from .query import search, QueryError
from .similar import similar

__all__ = ["open_index", "IndexProblem", "list_symbols", "index_tree", "search", "QueryError", "similar"]
