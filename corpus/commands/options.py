"""Options shared by the commands that parse documents, so that ``parse``,
``convert``, ``index`` and ``check`` spell and check them the same way (an
error message telling a user to ``pass --encoding gb18030`` must be true of
every command that can meet a GBK file)."""
from __future__ import annotations

import argparse
import codecs

from ...parser.languages import normalise_language


def encoding_argument(text: str) -> str:
    """A codec name Python knows (``gb18030``, ``utf-16-le``…), or argparse's
    one-line usage error (exit 2) before any file is read."""
    try:
        return codecs.lookup(text).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {text!r} (e.g. utf-8, gb18030, utf-16-le)") from None


def language_argument(text: str) -> str:
    """``--lang``: a code as users type it (``ZH``, ``zh-CN``) normalised, or
    argparse's one-line usage error (exit 2) listing the supported codes."""
    try:
        return normalise_language(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def add_parse_options(p, every: str = "every") -> None:
    """``--lang`` and ``--encoding`` for documents parsed on the fly (trees are read as they are)."""
    p.add_argument("--lang", metavar="CODE", type=language_argument,
                   help=f"the language of {every} document parsed (zh, en, fr, es, ar, ru; zh-CN, en-GB… "
                        "accepted); detected when omitted")
    p.add_argument("--encoding", metavar="CODEC", type=encoding_argument,
                   help=f"read {every} text document in this encoding instead of UTF-8 (e.g. gb18030)")
