"""Alignment pairs as TMX 1.4, the translation-memory exchange format every
CAT tool imports (one ``<tu>`` per pair, one ``<tuv>`` per language).

Written with lxml, so the escaping of ``&``, ``<`` and the like is right; the
few control characters XML 1.0 cannot hold at all are dropped from segments
(a TMX file that CAT tools refuse would lose everything). Each unit
keeps the councildoc node id (``<prop type="x-councildoc-node">p-7</prop>``)
so a segment can be traced back to the tree.
"""
from __future__ import annotations

import re

from lxml import etree

from ...parser import __version__

from .pairing import Alignment

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
#: TMX wants a region for Chinese; the others are plain ISO 639-1
_TMX_LANGS = {"zh": "zh-CN"}
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def tmx_lang(code: str) -> str:
    return _TMX_LANGS.get(code, code)


def tmx_bytes(alignment: Alignment) -> bytes:
    """The TMX 1.4 document (UTF-8, with XML declaration) for *alignment*."""
    root = etree.Element("tmx", version="1.4")
    header = etree.SubElement(root, "header", {
        "creationtool": "councildoc", "creationtoolversion": __version__,
        "segtype": "paragraph", "o-tmf": "councildoc", "adminlang": "en",
        "srclang": tmx_lang(alignment.source_lang), "datatype": "plaintext",
    })
    if alignment.symbol:
        prop = etree.SubElement(header, "prop", type="x-councildoc-symbol")
        prop.text = alignment.symbol
    body = etree.SubElement(root, "body")
    for pair in alignment.pairs:
        tu = etree.SubElement(body, "tu", tuid=pair.key)
        prop = etree.SubElement(tu, "prop", type="x-councildoc-node")
        prop.text = pair.key
        kind = etree.SubElement(tu, "prop", type="x-councildoc-kind")
        kind.text = pair.kind
        for seg in (pair.source, pair.target):
            tuv = etree.SubElement(tu, "tuv", {_XML_LANG: tmx_lang(seg.lang)})
            etree.SubElement(tuv, "seg").text = _NOT_XML.sub("", seg.text)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
