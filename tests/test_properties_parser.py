"""Properties of the whole parser on generated inputs (Hypothesis searches for
counterexamples): any input gives a tree that validates or one InputError,
never another exception; nothing is lost; parsing is deterministic and does
not depend on line endings.

Budgets: see tests/property_inputs.py (HYPOTHESIS_PROFILE=campaign for a long run).
"""
from __future__ import annotations

import codecs

import pytest
from hypothesis import given, strategies as st

from councildoc.parser import InputError, parse_bytes, parse_text, validate_tree
from councildoc.parser.decode import decode_text, normalise_newlines

from property_inputs import (budget, canonical, lost_and_added, mutated_seed, random_text,
                             truncated_bytes, without_source)

any_text = st.one_of(random_text, mutated_seed())


def _parse_or_refuse(name: str, data: bytes):
    """The tree, or None when the input is refused with a one-line InputError."""
    try:
        tree = parse_bytes(name, data)
    except InputError as e:
        message = str(e)
        assert message.startswith(name + ": ") and "\n" not in message, message
        return None
    validate_tree(tree)
    return tree


@budget(150)
@given(text=any_text)
def test_text_gives_a_valid_tree_and_loses_nothing(text):
    tree = _parse_or_refuse("gen.txt", text.encode("utf-8"))
    if tree is None:
        return
    decoded, _ = decode_text(text.encode("utf-8"), "gen.txt")
    lost, added = lost_and_added(decoded, tree)
    assert not lost and not added, (lost, added)


@budget(100)
@given(text=any_text)
def test_parse_text_takes_any_string(text):
    """parse_text sees strings no decoder would produce (NUL, lone surrogates are
    impossible in UTF-8 but possible here): a tree or an InputError."""
    try:
        tree = parse_text(text, "gen.txt")
    except InputError as e:
        assert "\n" not in str(e)
        return
    lost, added = lost_and_added(normalise_newlines(text), tree)
    assert not lost and not added, (lost, added)


@budget(60)
@given(text=any_text)
def test_parsing_is_deterministic(text):
    try:
        first = parse_bytes("gen.txt", text.encode("utf-8"))
    except InputError as e:
        with pytest.raises(InputError) as again:
            parse_bytes("gen.txt", text.encode("utf-8"))
        assert str(again.value) == str(e)
        return
    assert canonical(parse_bytes("gen.txt", text.encode("utf-8"))) == canonical(first)


@budget(60)
@given(text=any_text, ending=st.sampled_from(["\r\n", "\r"]))
def test_line_endings_do_not_matter(text, ending):
    lf = normalise_newlines(text)
    other = lf.replace("\n", ending)
    try:
        a = parse_bytes("gen.txt", lf.encode("utf-8"))
    except InputError:
        with pytest.raises(InputError):
            parse_bytes("gen.txt", other.encode("utf-8"))
        return
    b = parse_bytes("gen.txt", other.encode("utf-8"))
    assert canonical(without_source(a)) == canonical(without_source(b))


@budget(60)
@given(data=st.one_of(truncated_bytes(), st.binary(max_size=600),
                      st.builds(lambda b: codecs.BOM_UTF16_LE + b, st.binary(max_size=200)),
                      random_text.map(lambda t: t.encode("gb18030", "replace"))))
def test_any_bytes_give_a_tree_or_one_clear_error(data):
    _parse_or_refuse("gen.txt", data)


def test_trees_do_not_depend_on_the_hash_seed(tmp_path):
    """Determinism across processes: set and dict orders of strings change with
    PYTHONHASHSEED; no tree may (same input in two interpreters, two seeds)."""
    import json
    import os
    import subprocess
    import sys

    from conftest import SEED
    from property_inputs import SEED_TEXT

    files = [SEED]
    mutated = tmp_path / "mutated.txt"            # pasted twice, footnotes shuffled into the text
    mutated.write_text(SEED_TEXT + "\n" + SEED_TEXT.replace("¹", "²³"), encoding="utf-8")
    files.append(mutated)
    try:
        from docx_builder import seed_docx
        from html_builder import seed_html
        from councildoc.parser import parse_file
        tree = parse_file(SEED)
        (tmp_path / "seed.docx").write_bytes(seed_docx(tree))
        (tmp_path / "seed.html").write_bytes(seed_html(tree))
        files += [tmp_path / "seed.docx", tmp_path / "seed.html"]
    except ImportError:                           # the other readers' builders are not there yet
        pass
    script = ("import json, sys\nfrom councildoc.parser import parse_file\n"
              "print(json.dumps([parse_file(p) for p in sys.argv[1:]], ensure_ascii=False, sort_keys=True))")
    outputs = []
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        done = subprocess.run([sys.executable, "-c", script, *map(str, files)], env=env,
                              capture_output=True, timeout=300)
        assert done.returncode == 0, done.stderr.decode()[-2000:]
        outputs.append(json.loads(done.stdout))
    assert outputs[0] == outputs[1]
