"""Start-up: commands that do not parse must not load the parser (issue 18
item 15). Time itself is measured by benchmarks/startup.py, never here; this
checks what is imported, which is what the time is made of."""
import json
import subprocess
import sys

import pytest

from conftest import SEED

#: modules that only parsing needs: the readers' and builders' heavy dependencies
PARSER_ONLY = ("councildoc.parser.api", "councildoc.parser.build", "councildoc.parser.xrefs", "jsonschema_rs",
               "lxml", "docx")


def _loaded_after(argv: list[str], setup: str = "") -> set[str]:
    """The modules loaded by running ``councildoc ARGV`` in a fresh interpreter."""
    code = (f"import sys, json\n{setup}\nfrom councildoc.corpus.cli import main\n"
            f"try:\n    main({argv!r})\nexcept SystemExit:\n    pass\n"
            "print(json.dumps(sorted(sys.modules)), file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    return set(json.loads(done.stderr.strip().splitlines()[-1]))


def _parser_modules(loaded: set[str]) -> list[str]:
    return sorted(m for m in loaded if m.split(".")[0] in PARSER_ONLY or m.startswith(PARSER_ONLY))


@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["parse", "--help"], ["convert", "--help"],
                                  ["check", "--list-codes"], ["refs", "--help"], ["align", "--help"],
                                  ["export", "--help"]])
def test_help_and_version_load_no_parser(argv):
    assert _parser_modules(_loaded_after(argv)) == []


def test_version_loads_no_command(capsys):
    loaded = _loaded_after(["--version"])
    assert not [m for m in loaded if m.startswith("councildoc.corpus.commands.")]


def test_search_loads_neither_the_parser_nor_rapidfuzz(tmp_path):
    db = tmp_path / "i.db"
    from councildoc.corpus.cli import main
    assert main(["index", str(SEED), "--db", str(db), "-q"]) == 0
    loaded = _loaded_after(["search", "驻地协调员", "--db", str(db)])
    assert _parser_modules(loaded) == []
    assert "rapidfuzz" not in loaded and "councildoc.corpus.search.indexer" not in loaded
    # --similar does need rapidfuzz
    assert "rapidfuzz" in _loaded_after(["search", "--similar", "驻地协调员制度", "--db", str(db)])


def test_the_package_names_still_work():
    """The lazy package attributes give the same functions as before."""
    import councildoc.parser as parser
    from councildoc.parser.api import parse_file
    assert parser.parse_file is parse_file and "parse_bytes" in dir(parser)
    with pytest.raises(AttributeError):
        parser.no_such_name
    from councildoc.corpus import search, check
    from councildoc.corpus.search.query import search as query_search
    assert search.search is query_search and check.check_tree.__name__ == "check_tree"
