"""Export speed: time per document for each format, beside the parse time of
the same document measured in the same run (the ratio is export / parse).

Documents: the seed, the test documents, and the real documents of
../shared/peer (text, Markdown, .docx) when present; or the files given.

    python benchmarks/export.py [--repeat N] [FILE ...]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

# this folder last on the path, not first (where running the script puts it):
# benchmarks/docx.py would shadow python-docx and every .docx would be refused
HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE] + [str(HERE)]
from _timing import median_seconds  # noqa: E402

from councildoc.corpus.export import FORMATS, export_tree  # noqa: E402
from councildoc.parser import InputError, parse_bytes  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
PEER = REPO.parent / "shared" / "peer"


def default_documents() -> list[Path]:
    docs = sorted((REPO / "corpus" / "samples").glob("*.txt")) + sorted((REPO / "tests" / "data").glob("*/*.txt"))
    if PEER.is_dir():
        docs += sorted(p for p in PEER.rglob("*") if p.suffix.lower() in (".txt", ".md", ".docx")
                       and p.name not in ("PROVENANCE.md", "README.md"))
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", help="documents (default: seed, test documents, ../shared/peer)")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    paths = [Path(f) for f in args.files] or default_documents()
    formats = list(FORMATS)
    print(f"median of {args.repeat} runs, milliseconds per document; ratio = export / parse")
    print(f"{'document':<48} {'KB':>6} {'parse':>8} " + " ".join(f"{f:>11}" for f in formats))
    totals = {f: 0.0 for f in ["parse"] + formats}
    count = 0
    for path in paths:
        data = path.read_bytes()
        try:
            tree = parse_bytes(path.name, data)
        except InputError:
            continue
        count += 1
        t_parse = median_seconds(lambda: parse_bytes(path.name, data), args.repeat, warmup=1)
        totals["parse"] += t_parse
        cells = []
        for fmt in formats:
            t = median_seconds(lambda: export_tree(tree, fmt), args.repeat, warmup=1)
            totals[fmt] += t
            cells.append(f"{t * 1000:6.1f} {t / t_parse:4.2f}")
        print(f"{path.name[:48]:<48} {len(data) / 1024:6.0f} {t_parse * 1000:8.1f} " + " ".join(cells))
    if not count:
        sys.exit("no document could be parsed")
    print(f"{'total (' + str(count) + ' documents)':<48} {'':>6} {totals['parse'] * 1000:8.1f} "
          + " ".join(f"{totals[f] * 1000:6.1f} {totals[f] / totals['parse']:4.2f}" for f in formats))


if __name__ == "__main__":
    main()
