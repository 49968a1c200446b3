"""The .docx reader on the seed, beside python-docx and lxml baselines
measured in the same run.

The seed GB.340/INS/6 is written as a Word file by the tests' builder
(tests/docx_builder.py: headings, typed numbers, real footnotes, the table).
Timed, median per document:

  read_docx         councildoc's .docx reader (zip checks, python-docx load,
                    body, numbering, notes, header meta) → Document
  read + build      the same plus the tree builder (ids, xrefs, footnote links)
  parse_bytes       the whole public call, schema validation included
  python-docx       baseline: docx.Document(...) and the text of every paragraph
  lxml iterparse    floor: zipfile + iterparse of word/document.xml, text of w:t

Aim: read_docx within 1.5x of the python-docx baseline.

    python benchmarks/docx.py [--repeat N] [FILE.docx]
"""
from __future__ import annotations

import argparse
import importlib.util
import io
import statistics
import sys
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# this file is named docx.py: keep its folder off the path so "import docx" is python-docx
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.insert(0, str(ROOT / "tests"))

import docx  # noqa: E402
from lxml import etree  # noqa: E402

_spec = importlib.util.spec_from_file_location("_timing", HERE / "_timing.py")
_timing = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_timing)
ms = _timing.ms

from councildoc.parser import parse_bytes, parse_file  # noqa: E402
from councildoc.parser.build import build_tree  # noqa: E402
from councildoc.parser.api import read_document  # noqa: E402

SEED = ROOT / "corpus" / "samples" / "GB.340-INS-6.zh.txt"
W_T = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"


def python_docx(data: bytes) -> int:
    d = docx.Document(io.BytesIO(data))
    return sum(len(p.text) for p in d.paragraphs)


def lxml_iterparse(data: bytes) -> int:
    with zipfile.ZipFile(io.BytesIO(data)) as z, z.open("word/document.xml") as f:
        n = 0
        for _, el in etree.iterparse(f, events=("end",), tag=W_T):
            n += len(el.text or "")
            el.clear()
        return n


def interleaved_medians(fns, repeat: int) -> list[float]:
    """Median time of each function, the functions taking turns in every
    round: on a shared machine a burst of load then hits all of them alike,
    which keeps the ratios honest."""
    for fn in fns:                       # warm-up
        fn()
    times = [[] for _ in fns]
    for _ in range(repeat):
        for k, fn in enumerate(fns):
            t0 = time.perf_counter()
            fn()
            times[k].append(time.perf_counter() - t0)
    return [statistics.median(t) for t in times]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="?", help="a .docx (default: the seed built as a .docx)")
    ap.add_argument("--repeat", type=int, default=50)
    args = ap.parse_args()
    if args.file:
        data, name = Path(args.file).read_bytes(), Path(args.file).name
    else:
        from docx_builder import seed_docx
        data, name = seed_docx(parse_file(SEED)), "GB.340-INS-6.zh.docx"

    r = args.repeat
    t_iter, t_pydocx, t_read, t_build, t_parse = interleaved_medians([
        lambda: lxml_iterparse(data),
        lambda: python_docx(data),
        lambda: read_document(name, data),
        lambda: build_tree(read_document(name, data)),
        lambda: parse_bytes(name, data),
    ], r)

    print(f"{name}: {len(data):,} bytes, median of {r} interleaved runs")
    print(f"  lxml iterparse (floor)      {ms(t_iter)}   {t_iter / t_pydocx:5.2f}x python-docx")
    print(f"  python-docx load + iterate  {ms(t_pydocx)}   1.00x")
    print(f"  read_document               {ms(t_read)}   {t_read / t_pydocx:5.2f}x python-docx   "
          f"{t_read / t_iter:5.1f}x floor   (aim <= 1.5x python-docx)")
    print(f"  read_document + build     {ms(t_build)}   {t_build / t_pydocx:5.2f}x python-docx")
    print(f"  parse_bytes (+ validation)  {ms(t_parse)}   {t_parse / t_pydocx:5.2f}x python-docx")


if __name__ == "__main__":
    main()
