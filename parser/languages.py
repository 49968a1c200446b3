"""The language codes councildoc accepts from a user, and their normal form.

Users type ``ZH``, ``zh-CN``, ``zh_Hans``, ``fra`` or ``eng``; trees, the
index and TMX files hold plain lower-case ISO 639-1 codes. One function does
the normalising so every command (``parse --lang``, ``align --lang-a``…)
accepts the same spellings and refuses the same unknown ones, before any
work is done (an unknown code reaching the tree made it fail validation).
"""
from __future__ import annotations

import re

#: the six official languages of the United Nations, the languages council
#: documents are issued in (header recognition covers zh, en, fr and es)
SUPPORTED = ("ar", "en", "es", "fr", "ru", "zh")

#: ISO 639-2/3 codes and the names users type, for the supported languages
_ALIASES = {
    "ara": "ar", "arb": "ar", "arabic": "ar",
    "eng": "en", "english": "en",
    "spa": "es", "spanish": "es", "español": "es", "espanol": "es",
    "fra": "fr", "fre": "fr", "french": "fr", "français": "fr", "francais": "fr",
    "rus": "ru", "russian": "ru",
    "zho": "zh", "chi": "zh", "cmn": "zh", "chinese": "zh",
}
#: a primary subtag followed by script/region subtags (zh-CN, zh_Hans, en-GB)
_TAG = re.compile(r"([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{2,8})*")


class UnknownLanguage(ValueError):
    """A language code councildoc does not know; the message lists the known ones."""


def normalise_language(code: str) -> str:
    """The ISO 639-1 code for *code* (``ZH``, ``zh-CN``, ``cmn_Hans`` → ``zh``).

    Raises :class:`UnknownLanguage` with a one-line message listing
    :data:`SUPPORTED` when *code* is not one of them."""
    text = (code or "").strip()
    low = text.lower()
    if low in _ALIASES:
        return _ALIASES[low]
    m = _TAG.fullmatch(text)
    if m:
        primary = m.group(1).lower()
        primary = _ALIASES.get(primary, primary)
        if primary in SUPPORTED:
            return primary
    raise UnknownLanguage(f"unknown language code {code!r}; supported: {', '.join(SUPPORTED)}")
