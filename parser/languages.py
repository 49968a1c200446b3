"""Language codes as users type them, turned into the one form trees carry.

A user writes ``ZH``, ``zh-CN``, ``zh_Hans``, ``chi``, ``Chinese`` or ``en-GB``;
a tree carries ``zh`` or ``en`` (the schema's ``language`` is lower-case ISO
639-1). Every command that takes a language code goes through
:func:`normalise_language`, so a code is refused or accepted the same way
everywhere, and a code the tool does not know is a usage error listing the
ones it does, never a tree that fails validation later.
"""
from __future__ import annotations

from .errors import UsageError

#: the six official languages of the UN system, as ISO 639-1 codes: councildoc
#: has rules of its own for zh, en, fr and es, and reads ar and ru generically
SUPPORTED = ("ar", "en", "es", "fr", "ru", "zh")

#: ISO 639-2 (bibliographic and terminological) codes and English names
_ALIASES = {
    "ara": "ar", "arabic": "ar",
    "eng": "en", "english": "en",
    "spa": "es", "spanish": "es",
    "fra": "fr", "fre": "fr", "french": "fr",
    "rus": "ru", "russian": "ru",
    "zho": "zh", "chi": "zh", "chinese": "zh", "cmn": "zh",
}


def normalise_language(code: str) -> str:
    """The ISO 639-1 code of *code* (``zh-CN`` → ``zh``), or :class:`UsageError`.

    Case is ignored, and everything after the primary language subtag of a
    BCP 47 tag (script, region: ``zh-Hans-CN``, ``en_GB``) is dropped: the
    parser's rules depend on the language alone."""
    text = str(code).strip()
    primary = text.replace("_", "-").split("-", 1)[0].lower()
    lang = primary if primary in SUPPORTED else _ALIASES.get(primary)
    if lang is None:
        raise UsageError(f"unknown language code {text!r}; supported: {', '.join(SUPPORTED)} "
                         "(also as zh-CN, en-GB…, or ISO 639-2 codes such as zho, fra)")
    return lang


def language_argument(text: str) -> str:
    """:func:`normalise_language` as an ``argparse`` ``type=``: a bad code
    becomes argparse's one-line usage error (exit 2)."""
    import argparse
    try:
        return normalise_language(text)
    except UsageError as e:
        raise argparse.ArgumentTypeError(str(e)) from None
