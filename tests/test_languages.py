"""Language codes as users type them, normalised once for every command
(parser/languages.py; issue 18 item 1)."""
from __future__ import annotations

import pytest

from councildoc.parser.languages import SUPPORTED, UnknownLanguage, normalise_language


@pytest.mark.parametrize("code, expected", [
    ("zh", "zh"), ("ZH", "zh"), ("zh-CN", "zh"), ("zh_CN", "zh"), ("zh-Hans", "zh"), ("zh-Hans-CN", "zh"),
    ("cmn", "zh"), ("chi", "zh"), ("En", "en"), ("en-GB", "en"), ("eng", "en"), ("fra", "fr"), ("fre", "fr"),
    ("fr-CA", "fr"), ("es-419", "es"), ("spa", "es"), ("ar", "ar"), ("ara", "ar"), ("ru-RU", "ru"), (" fr ", "fr"),
    ("French", "fr"), ("Español", "es"),
])
def test_spellings_users_type(code, expected):
    assert normalise_language(code) == expected


@pytest.mark.parametrize("code", ["klingon", "xx", "de", "ja", "z", "", "zh--CN", "en_", "1en", "tlh-Latn"])
def test_unknown_codes_are_refused_listing_the_supported(code):
    with pytest.raises(UnknownLanguage) as e:
        normalise_language(code)
    assert str(e.value) == f"unknown language code {code!r}; supported: ar, en, es, fr, ru, zh"
    assert "\n" not in str(e.value)


def test_supported_are_the_un_official_languages():
    assert SUPPORTED == ("ar", "en", "es", "fr", "ru", "zh")
