"""councildoc.parser: one council document in, one validated JSON tree out.

Readers (text, .docx, HTML) turn input into blocks; the builder turns blocks
into the tree; the tree is validated against ``schema/`` before it is returned.
Pure functions: no I/O beyond reading the input.

The names below are imported on first use (PEP 562), so ``councildoc
--version`` or ``councildoc search``, which never parse, do not pay for the
readers, the cross-reference patterns and the schema validator at start-up.
"""
from .errors import InputError, TreeInvalidError, UsageError
from .lazy import lazy_attributes
from .version import __version__, SCHEMA_VERSION

#: public name → the module that defines it
_LAZY = {
    "parse_bytes": ".api", "parse_file": ".api", "parse_text": ".api", "detect_format": ".api",
    "read_document": ".api", "validate_tree": ".validate", "tree_errors": ".validate",
}

__all__ = ["parse_bytes", "parse_file", "parse_text", "detect_format", "read_document",
           "InputError", "TreeInvalidError", "UsageError", "validate_tree", "tree_errors",
           "__version__", "SCHEMA_VERSION"]


__getattr__, __dir__ = lazy_attributes(__name__, _LAZY, globals())
