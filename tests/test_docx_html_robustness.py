"""Damaged documents never end in a traceback: the seed's Word parts and its
web page, mutated at random (fixed seeds: the same cases every run), give a
tree or one InputError."""
from __future__ import annotations

import io
import random
import zipfile

import pytest
from lxml import etree

from councildoc.parser import parse_bytes
from councildoc.parser.errors import InputError
from docx_builder import rezip, seed_docx
from html_builder import seed_html

PARTS = ["word/document.xml", "word/footnotes.xml", "word/numbering.xml", "word/styles.xml"]
ODD_VALUES = ["", "-1", "x", "99999", "0", "restart", "%1%9"]
HTML_NOISE = ["<p>", "</p>", "<ol start='x'>", "<li value='-5'>", "</ol>", "<table>", "<tr>", "<td colspan='0'>",
              "<th rowspan='9999'>", "</table>", "<sup><a href='#fn1'>", "</a></sup>", "<h1>", "</h1>", "<br>", "<pre>",
              "<div id='fn1'>", "<section class='footnotes'>", "<caption>", "&#0;", "&bogus;", "<!--", "<svg>"]


@pytest.fixture(scope="module")
def seed_bytes(seed_tree):
    return seed_docx(seed_tree)


def _mutate_xml(blob: bytes, rng: random.Random) -> bytes:
    root = etree.fromstring(blob)
    els = list(root.iter())
    for _ in range(rng.randint(1, 8)):
        el = rng.choice(els)
        op = rng.random()
        if op < 0.3 and el.getparent() is not None:
            el.getparent().remove(el)
        elif op < 0.6:
            for a in list(el.attrib):
                el.set(a, rng.choice(ODD_VALUES))
        else:
            el.append(etree.fromstring(etree.tostring(rng.choice(els))))
    return etree.tostring(root)


@pytest.mark.parametrize("seed", range(30))
def test_mutated_docx_parts(seed, seed_bytes):
    rng = random.Random(seed)
    part = PARTS[seed % len(PARTS)]
    blob = zipfile.ZipFile(io.BytesIO(seed_bytes)).read(part)
    try:
        parse_bytes("mutated.docx", rezip(seed_bytes, {part: _mutate_xml(blob, rng)}))
    except InputError as e:
        assert "\n" not in str(e)


@pytest.mark.parametrize("seed", range(20))
def test_mutated_docx_bytes(seed, seed_bytes):
    rng = random.Random(seed)
    data = bytearray(seed_bytes)
    for _ in range(rng.randint(1, 20)):
        data[rng.randrange(len(data))] = rng.randrange(256)
    try:
        parse_bytes("flipped.docx", bytes(data))
    except InputError as e:
        assert "\n" not in str(e)


@pytest.mark.parametrize("seed", range(30))
def test_mutated_html(seed, seed_tree):
    rng = random.Random(seed)
    s = seed_html(seed_tree).decode()
    for _ in range(rng.randint(1, 30)):
        i = rng.randrange(len(s))
        s = s[:i] + rng.choice(HTML_NOISE) + s[i + rng.randint(0, 50):]
    try:
        parse_bytes("mutated.html", s.encode())
    except InputError as e:
        assert "\n" not in str(e)
