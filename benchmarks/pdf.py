"""PDF reading speed: ms per page of councildoc's PDF reader on the shared UN
PDFs, beside pypdfium2's bare text extraction and ``pdftotext -layout`` (when
installed), all measured in the same run; and a whole ``convert`` of a
16-page-or-so UN report against ``pdftotext -layout`` on it.

Run: ``python benchmarks/pdf.py [--repeat N]``. Times are process CPU time
(the machine may be shared), best of N; pdftotext is a child process, timed
by its children's CPU time.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PDFS = REPO.parent / "shared" / "peer" / "pdf"
DOCS = ["un/plan_2_en.pdf", "un/ohchr_2_en.pdf", "generated/un-mandates__A_80_6_Sect.25.pdf",
        "generated/un-mandates__A_80_6_Sect.3_Add.1.pdf", "generated/zh_udhr.pdf", "legal/cejil2.pdf"]
CONVERT_DOC = "generated/un-mandates__A_80_6_Sect.25.pdf"     # a 19-page UN budget section


def _cpu(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def _child_cpu(cmd: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        before = os.times()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        after = os.times()
        best = min(best, (after.children_user - before.children_user) + (after.children_system - before.children_system))
    return best


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    if not PDFS.is_dir():
        print(f"shared PDFs not found at {PDFS}", file=sys.stderr)
        return 1
    import pypdfium2 as pdfium
    from councildoc.parser.api import parse_bytes
    pdftotext = shutil.which("pdftotext")
    print(f"{'document':44s} {'pages':>5s} {'councildoc':>11s} {'pdfium text':>11s} {'pdftotext':>10s}  (ms/page)")
    ours_all, pages_all = 0.0, 0
    for rel in DOCS:
        path = PDFS / rel
        if not path.is_file():
            continue
        data = path.read_bytes()
        n = len(pdfium.PdfDocument(data))

        def bare():
            doc = pdfium.PdfDocument(data)
            for i in range(len(doc)):
                page = doc[i]
                tp = page.get_textpage()
                tp.get_text_range()
                tp.close()
                page.close()
            doc.close()

        ours = _cpu(lambda: parse_bytes(rel, data), args.repeat)
        base = _cpu(bare, args.repeat)
        ptt = _child_cpu([pdftotext, "-layout", str(path), "-"], args.repeat) if pdftotext else None
        ours_all, pages_all = ours_all + ours, pages_all + n
        ptt_s = f"{ptt * 1000 / n:10.1f}" if ptt is not None else f"{'-':>10s}"
        print(f"{rel:44s} {n:5d} {ours * 1000 / n:11.1f} {base * 1000 / n:11.1f} {ptt_s}")
    print(f"{'all':44s} {pages_all:5d} {ours_all * 1000 / max(pages_all, 1):11.1f}")
    if pdftotext and (PDFS / CONVERT_DOC).is_file():
        with tempfile.TemporaryDirectory() as out:
            tiny = Path(out) / "tiny.txt"
            tiny.write_text("1. One paragraph.\n", encoding="utf-8")
            conv = _child_cpu([sys.executable, "-m", "councildoc.corpus.cli", "convert", str(PDFS / CONVERT_DOC),
                               "-o", out, "--quiet", "--jobs", "1", "--force"], args.repeat)
            fixed = _child_cpu([sys.executable, "-m", "councildoc.corpus.cli", "convert", str(tiny),
                                "-o", out, "--quiet", "--jobs", "1", "--force"], args.repeat)
        ptt = _child_cpu([pdftotext, "-layout", str(PDFS / CONVERT_DOC), "-"], args.repeat)
        print(f"convert {CONVERT_DOC}: {conv * 1000:.0f} ms; pdftotext -layout {ptt * 1000:.0f} ms; "
              f"ratio {conv / ptt:.1f}x (aim <= 8x); of which {fixed * 1000:.0f} ms is convert's start-up "
              f"(a one-line text file); without it {(conv - fixed) / ptt:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
