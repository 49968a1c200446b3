"""``councildoc serve``: a local, read-only web app over the search index.

Search (the same functions as ``councildoc search``), read a document with
its footnotes, cross-references and check findings (rendered by
``corpus/export``), compare two language versions side by side (``align``).
Modules, one job each:

- ``store``: read-only access to the index (documents, stored trees);
- ``params``: query-string parameters, checked and bounded;
- ``results``: a search request → a page of results, counts per document;
- ``document``: a tree → the article with app links and findings;
- ``findings_inline``: check findings placed at their nodes;
- ``compare``: two trees → side-by-side rows;
- ``urls``: the app's URLs; ``views``: the endpoints; ``app``: the
  Starlette application (routes, security headers, error pages).

Needs the ``web`` extra: ``pip install 'councildoc[web]'``.
"""
from __future__ import annotations

__all__ = ["create_app"]


def create_app(db: str):
    from .app import create_app as _create
    return _create(db)
