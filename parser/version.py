"""Versions: of the converter (bumped when output for the same input may change) and of the schema."""
__version__ = "0.1.0"
SCHEMA_VERSION = "1.1"
