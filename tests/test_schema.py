"""The schema is the public contract: it is itself valid draft 2020-12, every
tree validates, and a tree that breaks it is refused as a bug, never written."""
import copy

import jsonschema
import pytest

from councildoc.parser import TreeInvalidError, validate_tree, tree_errors, SCHEMA_VERSION
from councildoc.schema import load_schema


def test_schema_is_valid_draft_2020_12():
    schema = load_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["properties"]["schema_version"]["const"] == SCHEMA_VERSION


def test_seed_tree_validates_with_the_reference_validator(seed_tree):
    # the program validates with jsonschema-rs; cross-check with python-jsonschema
    jsonschema.Draft202012Validator(load_schema()).validate(seed_tree)
    assert tree_errors(seed_tree) == []


@pytest.mark.parametrize("breakage", [
    lambda t: t.pop("footnotes"),
    lambda t: t["body"][0].update(level=0),
    lambda t: t["footnotes"][0].update(id="note-1"),
    lambda t: t["body"][0]["children"][0]["spans"].append({"type": "xref", "start": 0, "end": 1}),
    lambda t: t["meta"].update(date="12 October 2020"),
])
def test_broken_trees_are_refused_as_bugs(seed_tree, breakage):
    tree = copy.deepcopy(seed_tree)
    breakage(tree)
    with pytest.raises(TreeInvalidError) as err:
        validate_tree(tree)
    assert "bug" in str(err.value)
