"""The JSON Schema of the document tree: the public contract every emitted tree obeys."""
from importlib import resources
import json

SCHEMA_FILE = "tree.schema.json"


def load_schema() -> dict:
    """Return the tree schema as a dict (read from the installed package data)."""
    return json.loads(resources.files(__name__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8"))
