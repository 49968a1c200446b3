"""Coverage-guided fuzzing (atheris / libFuzzer) of the .docx reader: any
bytes give a tree that validates, or one one-line InputError.

Why a custom mutator: flipping bytes of a zip only exercises the zip checks
(CRC errors). Here each mutation opens the package, changes one part — an
XML-aware edit (an element deleted, duplicated, moved, an attribute or text
changed) or libFuzzer's byte mutation of the part — and zips it again, so the
reader's XML handling (styles, numbering, notes, tables, runs) is what gets
explored. Sometimes the zip itself is mutated too.

Seeds are small Word files built by tests/docx_builder.py from slices of the
seed document (written into the corpus folder when it is empty):

    python fuzz/fuzz_docx.py fuzz/corpus/docx -max_len=200000 -max_total_time=600 \
        -artifact_prefix=fuzz/crash-docx-

Replay a crash: ``python fuzz/fuzz_docx.py fuzz/crash-docx-<hash>``.
"""
from __future__ import annotations

import io
import random
import sys
import zipfile
from pathlib import Path

import atheris

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

from councildoc.parser import InputError, parse_bytes, parse_text  # noqa: E402

#: Parts worth mutating, most interesting first (weights below).
PARTS = ["word/document.xml", "word/footnotes.xml", "word/styles.xml", "word/numbering.xml",
         "word/endnotes.xml", "word/_rels/document.xml.rels", "[Content_Types].xml", "docProps/core.xml"]
WEIGHTS = [10, 4, 2, 2, 1, 1, 1, 1]


def test_one_input(data: bytes) -> None:
    try:
        parse_bytes("fuzz.docx", data, fmt="docx")      # validates: TreeInvalidError is a finding
    except InputError as e:
        if "\n" in str(e) or not str(e).startswith("fuzz.docx: "):
            raise AssertionError(f"InputError message is not one line naming the file: {e!r}") from None


# ------------------------------------------------------------------ mutator

def _xml_edit(blob: bytes, rng: random.Random) -> bytes:
    from lxml import etree
    try:
        root = etree.fromstring(blob, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        return blob
    elements = list(root.iter())
    if len(elements) < 2:
        return blob
    el = rng.choice(elements[1:])
    parent = el.getparent()
    op = rng.randrange(6)
    if op == 0 and parent is not None:
        parent.remove(el)
    elif op == 1 and parent is not None:
        parent.insert(parent.index(el), _copy(el))
    elif op == 2 and parent is not None:
        other = rng.choice(elements[1:])
        if other is not el and el not in other.iterancestors() and other not in el.iterancestors() \
                and other.getparent() is not None:
            other.getparent().replace(other, _copy(el))
    elif op == 3 and el.attrib:
        key = rng.choice(list(el.attrib))
        el.set(key, rng.choice(["", "0", "-1", "1", "99999999", "abc", "superscript", "Heading1",
                                "Caption", "ListParagraph", "%1.", "footnote", "rId1", "rId999"]))
    elif op == 4:
        el.text = rng.choice(["", "¹", "1.", "(a)", "▶ I. 标题", "GB.340/INS/6", "\t", "[^1]", "x" * 1000,
                              "附 录", "表 1", "1. 2019 年", (el.text or "") * 2])
    else:
        for child in list(el)[::2]:
            el.remove(child)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _copy(el):
    from copy import deepcopy
    return deepcopy(el)


def _rezip(data: bytes, name: str, blob: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, blob if info.filename == name else src.read(info.filename))
    return out.getvalue()


def custom_mutator(data: bytes, max_size: int, seed: int) -> bytes:
    rng = random.Random(seed)
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        names = set(zf.namelist())
        choices = [(p, w) for p, w in zip(PARTS, WEIGHTS) if p in names]
        if not choices or rng.random() < 0.03:
            return atheris.Mutate(data, max_size)          # the container itself
        name = rng.choices([p for p, _ in choices], [w for _, w in choices])[0]
        blob = zf.read(name)
        for _ in range(rng.randint(1, 3)):
            blob = _xml_edit(blob, rng) if rng.random() < 0.6 else atheris.Mutate(blob, len(blob) + 64)
        out = _rezip(data, name, blob)
        return out if len(out) <= max_size else data
    except Exception:               # not a zip (any more): start again from a seed
        return SEEDS[seed % len(SEEDS)] if SEEDS else atheris.Mutate(data, max_size)


# ------------------------------------------------------------------ seeds

def make_seeds() -> list[bytes]:
    """Small Word files: slices of the seed document (header and first part,
    a part with footnotes, the appendix table), built by tests/docx_builder.py."""
    from docx_builder import seed_docx
    lines = (REPO / "corpus" / "samples" / "GB.340-INS-6.zh.txt").read_text(encoding="utf-8").split("\n")
    slices = [lines[:45], lines[:24] + lines[45:60], lines[:24] + lines[150:]]
    seeds = []
    for part in slices:
        tree = parse_text("\n".join(part))
        _drop_dangling_refs(tree, {n["number"] for n in tree["footnotes"]})
        try:
            seeds.append(seed_docx(tree))
        except Exception:           # a slice the builder cannot express: skip it
            continue
    return seeds


def _drop_dangling_refs(obj, numbers: set) -> None:
    """Remove footnote references whose body is not in the slice (the builder
    needs a Word note for every reference)."""
    if isinstance(obj, dict):
        for key, value in obj.items():
            if key.endswith("spans") and isinstance(value, list):
                if value and isinstance(value[0], list):
                    for inner in value:
                        inner[:] = [s for s in inner if s["type"] != "footnote_ref" or s["number"] in numbers]
                else:
                    value[:] = [s for s in value if s["type"] != "footnote_ref" or s["number"] in numbers]
            else:
                _drop_dangling_refs(value, numbers)
    elif isinstance(obj, list):
        for value in obj:
            _drop_dangling_refs(value, numbers)


SEEDS: list[bytes] = []


def main() -> None:
    global SEEDS
    SEEDS = make_seeds()
    corpus = [a for a in sys.argv[1:] if not a.startswith("-")]
    if corpus and Path(corpus[0]).is_dir() and not any(Path(corpus[0]).iterdir()):
        for k, blob in enumerate(SEEDS):
            (Path(corpus[0]) / f"seed-{k}.docx").write_bytes(blob)
    # The editable install's import finder hides modules from
    # atheris.instrument_imports, so instrument everything loaded instead.
    import councildoc.parser.formats.docx.reader  # noqa: F401  (load it before instrumenting)
    atheris.instrument_all()
    atheris.Setup(sys.argv, test_one_input, custom_mutator=custom_mutator)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
