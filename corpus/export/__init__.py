"""Exports of a tree to formats people and other tools read: HTML, Markdown,
Akoma Ntoso, pandoc JSON, plain text (one module per format)."""
