"""councildoc.parser: one council document in, one validated JSON tree out.

Readers (text, .docx, HTML) turn input into blocks; the builder turns blocks
into the tree; the tree is validated against ``schema/`` before it is returned.
Pure functions: no I/O beyond reading the input.
"""
from .api import parse_bytes, parse_file, parse_text, detect_format, read_document
from .errors import InputError, TreeInvalidError, UsageError
from .validate import validate_tree, tree_errors
from .version import __version__, SCHEMA_VERSION

__all__ = ["parse_bytes", "parse_file", "parse_text", "detect_format", "read_document",
           "InputError", "TreeInvalidError", "UsageError", "validate_tree", "tree_errors",
           "__version__", "SCHEMA_VERSION"]
