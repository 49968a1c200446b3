"""The text reader's decoding: UTF-8 with or without BOM, CRLF and CR line
endings, UTF-16 with a BOM; GB18030, BOM-less UTF-16, binary and empty input
refused with a one-line error naming the file."""
import codecs

import pytest

from councildoc.parser import InputError, parse_bytes
from conftest import SEED, paragraphs

SEED_BYTES = SEED.read_bytes()


def _numbers(tree):
    return [p["number"] for p in paragraphs(tree)]


@pytest.mark.parametrize("data", [
    codecs.BOM_UTF8 + SEED_BYTES,
    SEED_BYTES.replace(b"\n", b"\r\n"),
    SEED_BYTES.replace(b"\n", b"\r"),
    codecs.BOM_UTF16_LE + SEED_BYTES.decode("utf-8").encode("utf-16-le"),
    codecs.BOM_UTF16_BE + SEED_BYTES.decode("utf-8").encode("utf-16-be"),
], ids=["utf8-bom", "crlf", "cr", "utf16le-bom", "utf16be-bom"])
def test_equivalent_encodings_give_the_same_tree(data):
    plain = parse_bytes("seed.txt", SEED_BYTES)
    other = parse_bytes("seed.txt", data)
    assert other["body"] == plain["body"]
    assert other["footnotes"] == plain["footnotes"]
    assert other["meta"] == plain["meta"]
    assert _numbers(other) == list(range(1, 48))


@pytest.mark.parametrize("data,words", [
    (b"", "empty"),
    (b"  \n\n \t\n", "empty"),
    (SEED_BYTES.decode("utf-8").encode("gb18030"), "GB18030"),
    (SEED_BYTES.decode("utf-8").encode("utf-16-le"), "UTF-16"),
    (bytes(range(256)) * 20, "binary"),
    (b"\x7fELF\x02\x01\x01\x00\x00\x00" + bytes(2000), "binary"),
    (b"PK\x03\x04" + bytes(100), "zip"),
    (SEED_BYTES.decode("utf-8")[:60].encode("utf-8") + b"\xe6\x9d", "truncated"),
    ("Governing Body caf\u00e9".encode("latin-1"), "UTF-8"),
], ids=["empty", "blank", "gb18030", "utf16-no-bom", "binary", "elf", "zip", "truncated", "latin1"])
def test_bad_input_is_refused_with_one_line(data, words):
    with pytest.raises(InputError) as err:
        parse_bytes("docs/bad.txt", data, fmt="text")
    message = str(err.value)
    assert message.startswith("docs/bad.txt: ")
    assert words.lower() in message.lower()
    assert "\n" not in message


def test_gb18030_read_when_the_user_says_so():
    tree = parse_bytes("seed.txt", SEED_BYTES.decode("utf-8").encode("gb18030"), encoding="gb18030")
    assert _numbers(tree) == list(range(1, 48))
    assert tree["source"]["encoding"] == "gb18030"


def test_size_limit():
    with pytest.raises(InputError, match="over the limit"):
        parse_bytes("big.txt", SEED_BYTES, max_bytes=1000)
