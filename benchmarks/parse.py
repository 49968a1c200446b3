"""Parse + validate the seed, beside a floor measured in the same run.

The floor is what any reader of the file must do at least: read the bytes,
decode, split into lines, and one compiled-regex pass over every line. The
aim is parse + validate within 20x the floor.

    python benchmarks/parse.py [--repeat N] [FILE]
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _timing import median_seconds, ms  # noqa: E402

from councildoc.parser import parse_bytes, validate_tree  # noqa: E402
from councildoc.parser.build import build_tree  # noqa: E402
from councildoc.parser.api import read_document  # noqa: E402

SEED = Path(__file__).resolve().parents[1] / "corpus" / "samples" / "GB.340-INS-6.zh.txt"
_ONE_PASS = re.compile(r"^(\d{1,4})\.\s|[⁰¹²³⁴-⁹]|\t|\[")


def floor(path: Path) -> int:
    data = path.read_bytes()
    hits = 0
    for line in data.decode("utf-8").split("\n"):
        if _ONE_PASS.search(line):
            hits += 1
    return hits


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file", nargs="?", default=str(SEED))
    ap.add_argument("--repeat", type=int, default=50)
    args = ap.parse_args()
    path = Path(args.file)
    data = path.read_bytes()

    t_floor = median_seconds(lambda: floor(path), args.repeat)
    t_read = median_seconds(lambda: read_document(path.name, data), args.repeat)
    doc = read_document(path.name, data)
    t_build = median_seconds(lambda: build_tree(read_document(path.name, data)), args.repeat) - t_read
    tree = build_tree(doc)
    t_validate = median_seconds(lambda: validate_tree(tree), args.repeat)
    t_total = median_seconds(lambda: parse_bytes(path.name, path.read_bytes()), args.repeat)

    print(f"document: {path.name} ({len(data):,} bytes), median of {args.repeat} runs")
    print(f"  floor (read, decode, split, one regex pass) {ms(t_floor)}")
    print(f"  read (text reader -> blocks)                {ms(t_read)}")
    print(f"  build (blocks -> tree, xrefs)               {ms(t_build)}")
    print(f"  validate (jsonschema-rs)                    {ms(t_validate)}")
    print(f"  parse + validate, end to end                {ms(t_total)}")
    ratio = t_total / t_floor
    print(f"  ratio parse+validate / floor                {ratio:8.1f}x   (aim: <= 20x) {'OK' if ratio <= 20 else 'OVER'}")


if __name__ == "__main__":
    main()
