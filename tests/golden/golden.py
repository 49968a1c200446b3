"""Golden outputs: what the parser makes of every document the tests own, and
a summary of what it makes of every real document under ``../shared/peer``.

Written by :mod:`regen` (``python tests/golden/regen.py``), compared by
``tests/test_golden.py``. The summariser below walks trees itself, on
purpose: it must not change when the parser's own helpers are refactored.
Peer summaries keep numbers, ids, shapes and hashes, never the documents'
text (their licences do not let us copy it into the repository).
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SHARED = REPO.parent / "shared"
PEER = SHARED / "peer"
TREES = HERE / "trees"
PEER_SUMMARIES = HERE / "peer"
PEER_SUFFIXES = (".txt", ".md", ".docx", ".html")


def owned_documents() -> dict[str, tuple[str, bytes]]:
    """golden name → (document name, bytes) for every document the tests own
    or build: the seed, tests/data, and the seed written as .docx and HTML."""
    from councildoc.parser import parse_file
    import sys
    sys.path.insert(0, str(REPO / "tests"))
    from docx_builder import seed_docx
    from html_builder import seed_html
    seed = REPO / "corpus" / "samples" / "GB.340-INS-6.zh.txt"
    out = {"seed.zh.txt": (seed.name, seed.read_bytes())}
    for path in sorted((REPO / "tests" / "data").rglob("*")):
        if path.is_file():
            rel = path.relative_to(REPO / "tests" / "data").as_posix()
            out[rel.replace("/", "__")] = (path.name, path.read_bytes())
    seed_tree = parse_file(seed)
    out["seed.zh.docx"] = ("GB.340-INS-6.zh.docx", seed_docx(seed_tree))
    out["seed.zh.html"] = ("GB.340-INS-6.zh.html", seed_html(seed_tree))
    return out


def peer_documents() -> list[Path]:
    """Every text, Markdown, .docx and HTML document under ../shared/peer
    (not PDF, not the UDHR XML, not the PROVENANCE notes)."""
    if not PEER.is_dir():
        return []
    return sorted(p for p in PEER.rglob("*") if p.is_file() and p.suffix.lower() in PEER_SUFFIXES
                  and not p.name.startswith("PROVENANCE"))


def peer_key(path: Path) -> str:
    return path.relative_to(PEER).as_posix().replace("/", "__")


def owned_tree(name: str, data: bytes) -> dict:
    """The tree as kept in the golden file (without the converter version,
    which changes with every release and says nothing about the parse)."""
    from councildoc.parser import parse_bytes
    tree = parse_bytes(name, data)
    tree.pop("converter_version", None)
    if name.endswith(".docx"):
        tree["source"].pop("sha256")     # a zip written now holds the time: its hash changes every run
    return tree


def _h(value) -> str:
    if not isinstance(value, str):
        value = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:12]


def _spans(spans) -> str:
    return _h([[s.get("type"), s.get("start"), s.get("end"), s.get("kind"), s.get("target"),
                s.get("number"), s.get("resolved")] for s in spans or []])


def _table(t: dict) -> dict:
    return {"id": t["id"], "header": len(t["header"]), "rows": [len(r["cells"]) for r in t["rows"]],
            "kinds": "".join(r["kind"][0] for r in t["rows"]),
            "caption": _h(t["caption"]) if t.get("caption") else None,
            "cells": _h([[c["text"] for c in r["cells"]] for r in t["rows"]] + [t["header"]]),
            "nested": [_table(c["table"]) for r in t["rows"] for c in r["cells"] if c.get("table")]}


def _body(nodes: list, out: list) -> None:
    for n in nodes:
        if n["type"] == "section":
            out.append({"section": n["id"], "level": n["level"], "number": n["number"], "kind": n["kind"],
                        "heading": _h(n["heading"]), "spans": _spans(n.get("heading_spans"))})
            _body(n["children"], out)
        elif n["type"] == "paragraph":
            entry = {"paragraph": n["id"], "number": n["number"], "text": _h(n["text"]),
                     "spans": _spans(n["spans"]), "lines": n["lines"]}
            if n.get("items"):
                entry["items"] = [[i["id"], _h(i["text"]), _spans(i["spans"])] for i in n["items"]]
            out.append(entry)
        else:
            out.append({"table": _table(n)})


def summarise(tree: dict) -> dict:
    """Numbers, ids, shapes and hashes of a tree; none of its text."""
    body: list = []
    _body(tree["body"], body)
    diag_codes: dict[str, int] = {}
    for d in tree["diagnostics"]:
        diag_codes[d["code"]] = diag_codes.get(d["code"], 0) + 1
    meta = tree["meta"]
    return {
        "format": tree["source"]["format"], "language": tree["language"], "symbol": tree["symbol"],
        "meta": _h({k: v for k, v in meta.items() if k != "header"}),
        "header": [[h["field"], h["line"], _h(h["text"])] for h in meta.get("header", [])],
        "body": body,
        "footnotes": [{"id": f["id"], "number": f["number"], "cited_by": f["cited_by"],
                       "text": _h(f["text"]), "spans": _spans(f["spans"])} for f in tree["footnotes"]],
        "furniture": len(tree["furniture"]),
        "diagnostics": dict(sorted(diag_codes.items())),
    }


def peer_summary(path: Path) -> dict:
    """The summary of one real document, or the one-line error it is refused with."""
    from councildoc.parser import parse_file, InputError
    try:
        tree = parse_file(path, display_name=path.name)
    except InputError as e:
        return {"error": e.problem}
    return summarise(tree)


def dump(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1) + "\n"
