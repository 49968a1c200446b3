"""The package layout holds (read from the source, no import needed):

- a reader never imports another reader (``parser/formats/<a>`` ↛ ``parser/formats/<b>``), nor the layout
  or build stages (it only reads its format);
- the layout stage never imports a reader or the builder; the builder never imports a reader or the layout;
- the library (``parser/``, ``corpus/`` but its command line) never imports the command line
  (``corpus/cli.py``, ``corpus/commands/``); ``parser/`` never imports ``corpus/``;
- imports between the packages are relative (they follow the folders), not ``councildoc.…``;
- no module over ~400 lines, no function over ~80;
- every message code the source emits is in the one registry, and docs/codes.md is generated from it.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGES = ("parser", "corpus")
ENTRY_POINTS = {"corpus/__main__.py"}        # installed as councildoc.__main__ too: absolute on purpose


def _modules():
    for top in PACKAGES:
        for path in sorted((REPO / top).rglob("*.py")):
            yield path.relative_to(REPO).as_posix(), path


def _module_name(rel: str) -> list[str]:
    parts = rel[:-3].split("/")
    return parts[:-1] if parts[-1] == "__init__" else parts


def _imports(rel: str, path: Path) -> set[str]:
    """Every module path (``parser/formats/docx/runs`` style) *rel* imports."""
    here = _module_name(rel)
    package = here if rel.endswith("__init__.py") else here[:-1]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[:len(package) - node.level + 1]
                target = base + (node.module.split(".") if node.module else [])
            else:
                target = (node.module or "").split(".")
            out.add("/".join(target))
            out.update("/".join(target + [a.name]) for a in node.names)
        elif isinstance(node, ast.Import):
            out.update(a.name.replace(".", "/") for a in node.names)
    return out


IMPORTS = {rel: _imports(rel, path) for rel, path in _modules()}


def _violations(source_prefix: str, forbidden, allow=lambda rel, imp: False):
    return sorted((rel, imp) for rel, imps in IMPORTS.items() if rel.startswith(source_prefix)
                  for imp in imps if forbidden(rel, imp) and not allow(rel, imp))


def _reader(path: str) -> str | None:
    m = re.match(r"parser/formats/([a-z]+)/", path + "/")
    return m.group(1) if m and m.group(1) != "registry" else None


def test_a_reader_never_imports_another_reader_nor_later_stages():
    assert _violations("parser/formats/", lambda rel, imp: (
        _reader(imp) is not None and _reader(rel) is not None and _reader(imp) != _reader(rel))) == []
    assert _violations("parser/formats/", lambda rel, imp: imp.startswith(("parser/layout", "parser/build"))) == []


def test_layout_and_build_never_import_readers():
    assert _violations("parser/layout/", lambda rel, imp: imp.startswith(("parser/formats", "parser/build"))) == []
    assert _violations("parser/build/", lambda rel, imp: imp.startswith(("parser/formats", "parser/layout"))) == []


def _is_cli(path: str) -> bool:
    return path.startswith(("corpus/cli", "corpus/commands")) or path.endswith("__main__.py")


def test_the_library_never_imports_the_command_line():
    assert _violations("parser/", lambda rel, imp: imp.startswith("corpus")) == []
    found = [(rel, imp) for rel, imps in IMPORTS.items() if not _is_cli(rel)
             for imp in imps if _is_cli(imp)]
    assert found == []


def test_imports_between_packages_are_relative():
    absolute = sorted((rel, imp) for rel, imps in IMPORTS.items() if rel not in ENTRY_POINTS
                      for imp in imps if imp.startswith("councildoc"))
    assert absolute == []


def test_the_checks_above_can_fail():
    """The import reader sees a relative import across readers (guards the rules against a silent parser)."""
    assert "parser/raw" in IMPORTS["parser/formats/docx/reader.py"]
    assert "parser/formats/registry" in IMPORTS["parser/api.py"]


MAX_MODULE_LINES = 410
MAX_FUNCTION_LINES = 80


@pytest.mark.parametrize("rel", sorted(IMPORTS))
def test_module_and_function_size(rel):
    text = (REPO / rel).read_text(encoding="utf-8")
    assert text.count("\n") <= MAX_MODULE_LINES, f"{rel} has {text.count(chr(10))} lines"
    long = [(n.name, n.end_lineno - n.lineno + 1) for n in ast.walk(ast.parse(text))
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.end_lineno - n.lineno + 1 > MAX_FUNCTION_LINES]
    assert long == []


_EMITTED = [
    re.compile(r'Message\(\s*"(?:error|warning|info)",\s*"([a-z0-9-]+)"'),                 # parser, align
    re.compile(r'Finding\(\s*"(?:error|warning|info)",\s*"([a-z0-9-]+)"'),                 # align
    re.compile(r'\bwarn\(\s*"([a-z0-9-]+)"'),                                               # align
    re.compile(r'Finding\([^()]*?"([a-z0-9]+(?:-[a-z0-9]+)+)",\s*"(?:error|warning|info)"'),  # check
    re.compile(r'finding\(\s*"([a-z0-9-]+)",\s*"(?:error|warning|info)"'),                 # check/links
]


def test_every_emitted_code_is_registered():
    from councildoc.parser.codes import CODES
    emitted = set()
    for rel in IMPORTS:
        text = (REPO / rel).read_text(encoding="utf-8")
        for pattern in _EMITTED:
            emitted.update(pattern.findall(text))
    assert len(emitted) >= 30            # the patterns do find the codes
    assert sorted(emitted - set(CODES)) == []


def test_golden_diagnostics_are_registered():
    import json
    from councildoc.parser.codes import CODES
    codes = set()
    for path in (REPO / "tests" / "golden" / "trees").glob("*.json"):
        codes.update(d["code"] for d in json.loads(path.read_text(encoding="utf-8"))["diagnostics"])
    for path in (REPO / "tests" / "golden" / "peer").glob("*.json"):
        codes.update(json.loads(path.read_text(encoding="utf-8")).get("diagnostics", {}))
    assert codes and sorted(codes - set(CODES)) == []


def test_codes_doc_is_generated_from_the_registry():
    from councildoc.parser.codes import markdown
    assert (REPO / "docs" / "codes.md").read_text(encoding="utf-8") == markdown(), \
        "run: python -m councildoc.parser.codes > docs/codes.md"
