"""The Markdown reader (``.md``): see :mod:`.reader`."""
from .reader import read_markdown, MARKDOWN_EXTENSIONS

__all__ = ["read_markdown", "MARKDOWN_EXTENSIONS"]
