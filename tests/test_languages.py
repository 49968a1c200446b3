"""Language codes: every command takes them as users type them (``ZH``,
``zh-CN``, ``en-GB``) and refuses unknown ones as a usage error (exit 2)
listing the supported codes, never a tree that fails validation (issue 18 item 1)."""
import json

import pytest

from conftest import SEED
from councildoc.corpus.cli import main
from councildoc.parser import parse_bytes, parse_text
from councildoc.parser.languages import SUPPORTED, normalise_language


@pytest.mark.parametrize("code, lang", [
    ("zh", "zh"), ("ZH", "zh"), ("zh-CN", "zh"), ("zh_CN", "zh"), ("zh-Hans", "zh"), ("zh-Hans-CN", "zh"),
    ("zh-TW", "zh"), ("zho", "zh"), ("chi", "zh"), ("Chinese", "zh"),
    ("en-GB", "en"), ("EN-us", "en"), ("eng", "en"), ("fr-CH", "fr"), ("fre", "fr"), ("es-419", "es"),
    ("spa", "es"), ("ru", "ru"), ("ar-EG", "ar"), (" fr ", "fr"),
])
def test_codes_normalised(code, lang):
    assert normalise_language(code) == lang


@pytest.mark.parametrize("code", ["xx", "klingon", "", "-", "de", "zz-CN", "z", "e n"])
def test_unknown_codes_refused_listing_the_supported(code):
    with pytest.raises(ValueError) as e:
        normalise_language(code)
    assert all(c in str(e.value) for c in SUPPORTED)


def test_library_calls_normalise_too():
    """A caller of the library gets the same: 'ZH' is zh, 'xx' a ValueError, not a bug report."""
    assert parse_text("1. 理事会决定。\n", lang="ZH")["language"] == "zh"
    assert parse_bytes("a.txt", "1. The Council decides.\n".encode(), lang="en-GB")["language"] == "en"
    with pytest.raises(ValueError):
        parse_text("1. text\n", lang="klingon")


@pytest.mark.parametrize("code", ["ZH", "zh-CN", "zh-Hans"])
def test_parse_accepts_regional_and_upper_case_codes(capsys, code):
    # before: "internal error, the tree does not validate … please report this as a bug", exit 3
    assert main(["parse", str(SEED), "--lang", code]) == 0
    assert json.loads(capsys.readouterr().out)["language"] == "zh"


def _usage_error(capsys, argv):
    with pytest.raises(SystemExit) as e:
        main(argv)
    err = capsys.readouterr().err
    assert e.value.code == 2
    last = err.strip().splitlines()[-1]
    assert "unknown language code" in last and "ar, en, es, fr, ru, zh" in last
    assert "Traceback" not in err and "please report" not in err
    return last


@pytest.mark.parametrize("code", ["klingon", "xx"])
def test_parse_refuses_unknown_codes(capsys, tmp_path, code):
    out = tmp_path / "t.json"
    assert f"'{code}'" in _usage_error(capsys, ["parse", str(SEED), "--lang", code, "-o", str(out)])
    assert not out.exists()


def test_convert_and_search_refuse_unknown_codes(capsys, tmp_path):
    """(align's --lang-a/--lang-b go through the same normalise_language on the align branch.)"""
    out = tmp_path / "out"
    _usage_error(capsys, ["convert", str(SEED), "-o", str(out), "--lang", "xx"])
    assert not out.exists()
    _usage_error(capsys, ["search", "理事会", "--db", str(tmp_path / "x.db"), "--lang", "xx"])
    _usage_error(capsys, ["index", str(SEED), "--db", str(tmp_path / "x.db"), "--lang", "xx"])
    _usage_error(capsys, ["check", str(SEED), "--lang", "klingon"])
    assert not (tmp_path / "x.db").exists()


def test_convert_normalises_the_code(capsys, tmp_path):
    out = tmp_path / "out"
    assert main(["convert", str(SEED), "-o", str(out), "--lang", "ZH", "-j", "1", "-q"]) == 0
    tree = json.loads((out / "GB.340-INS-6.zh.json").read_text(encoding="utf-8"))
    assert tree["language"] == "zh"
