"""Cross-reference extraction throughput on the bundled documents, beside a
floor measured in the same run.

The floor is one pass of one compiled regex over the same text (a regex that
finds where references can start: symbols, number/number, 第 N, keywords):
any extractor has to read the text at least that way. Extraction is measured
twice: on the whole text at once (what `councildoc refs` does) and line by
line (what the tree builder does, one paragraph at a time). Throughput is
UTF-8 megabytes per second; the ratio is extraction time / floor time.

    python benchmarks/xrefs.py [--repeat N] [FILE ...]
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _timing import median_seconds, ms  # noqa: E402

from councildoc.parser.decode import decode_text  # noqa: E402
from councildoc.parser.layout.language import detect_language  # noqa: E402
from councildoc.parser.xrefs import find_references, _guess_council  # noqa: E402
from councildoc.parser.xrefs.normalise import fold  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[1] / "corpus" / "samples"
_FLOOR = re.compile(r"[A-Z]{1,4}[./]\d|\d/\d|第 ?\d|[Pp]ara|[Pp]árr|esolu|onven|[Ss]ession|reuni|https?://|www\.|\[")


def floor(text: str) -> int:
    return sum(1 for _ in _FLOOR.finditer(text))


def whole(text: str, lang: str) -> int:
    return len(find_references(text, lang))


def by_line(lines: list[str], lang: str, council: str | None) -> int:
    # as the builder does: the document's council is decided once, not per text
    return sum(len(find_references(line, lang, council=council)) for line in lines if line)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", help="plain-text documents (default: corpus/samples/*.txt, *.md)")
    ap.add_argument("--repeat", type=int, default=30)
    args = ap.parse_args()
    paths = [Path(f) for f in args.files] or sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".md"))
    total = {"bytes": 0, "floor": 0.0, "whole": 0.0, "lines": 0.0}
    print(f"median of {args.repeat} runs per figure")
    for path in paths:
        text, _ = decode_text(path.read_bytes(), str(path))
        lang = detect_language(text)
        lines = text.split("\n")
        size = len(text.encode("utf-8"))
        t_floor = median_seconds(lambda: floor(text), args.repeat)
        t_whole = median_seconds(lambda: whole(text, lang), args.repeat)
        council = _guess_council(fold(text))
        t_lines = median_seconds(lambda: by_line(lines, lang, council), args.repeat)
        refs = whole(text, lang)
        mb = size / 1e6
        print(f"{path.name} ({size:,} bytes, {lang}, {refs} references)")
        print(f"  floor: one compiled-regex pass   {ms(t_floor)}  {mb / t_floor:8.1f} MB/s")
        print(f"  extraction, whole text           {ms(t_whole)}  {mb / t_whole:8.1f} MB/s   ratio {t_whole / t_floor:6.1f}x")
        print(f"  extraction, line by line         {ms(t_lines)}  {mb / t_lines:8.1f} MB/s   ratio {t_lines / t_floor:6.1f}x")
        total["bytes"] += size
        total["floor"] += t_floor
        total["whole"] += t_whole
        total["lines"] += t_lines
    if len(paths) > 1:
        mb = total["bytes"] / 1e6
        print(f"all {len(paths)} documents ({total['bytes']:,} bytes)")
        print(f"  floor {mb / total['floor']:.1f} MB/s; whole text {mb / total['whole']:.1f} MB/s "
              f"(ratio {total['whole'] / total['floor']:.1f}x); line by line {mb / total['lines']:.1f} MB/s "
              f"(ratio {total['lines'] / total['floor']:.1f}x)")


if __name__ == "__main__":
    main()
