"""Does parse time grow linearly with input size? (issue #9)

Why: a parser built on regular expressions and list look-ups can be driven into
quadratic (or worse) work by one unlucky input, and a user's archive holds
everything: documents pasted many times, lines of hundreds of thousands of
characters, runs of symbols. This benchmark parses (``parse_bytes``, with
schema validation, as the tool does) each family of input at several sizes and
prints the time per MB and its ratio to the smallest size measured in the same
run. Linear work gives ratios near 1; quadratic work gives a ratio near the size
factor (8 at 8×).

Families:
- ``normal``: the seed document repeated (documents pasted into one file);
- ``lines:<name>``: 100,000-character lines built from one fragment, as many
  lines as the size needs (total size grows, line length fixed);
- ``line:<name>``: two lines of half the size each (the lines themselves grow:
  catches work quadratic in a line's length);
- ``many:<name>``: many short lines that each create a node (ids, tables,
  footnotes, page furniture).

Run: ``python benchmarks/linearity.py`` (sizes 1, 5, 10 MB for ``normal``);
``--quick`` for small sizes; ``--only NAME`` to run one family.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import time
from pathlib import Path

from councildoc.parser import InputError, parse_bytes

MB = 1024 * 1024
SEED = Path(__file__).resolve().parents[1] / "corpus" / "samples" / "GB.340-INS-6.zh.txt"

#: Symbol fragments that each regular expression of the reader reacts to.
FRAGMENTS = {
    "gb-symbol": "GB.1/",
    "gb-rev": "GB.1/INS/1(Rev.",
    "digits-slashes": "1/2/",
    "un-symbol": "A/RES/1-",
    "un-chain": "A/B.1/",
    "superscripts": "¹²³",
    "md-refs": "[^1]",
    "tabs": "a\t",
    "brackets": "[[[[",
    "link-open": "](",
    "link-text": "[x",
    "parens": "(((",
    "closers": "”",
    "para-ref": "第 1 段",
    "cjk-spaced": "理 ",
    "dates": "2020 年 ",
    "spaces": " \u3000",
    "colon-label": "Session ",
    "zh-instrument-list": "第 1 号、",
    "en-paragraph-list": "paragraphs 1, 2 and ",
    "convention-list": "Convention No. 1, ",
    "paragraph-of": "paragraph 1 of the ",
    "appendix-words": "Appendix I 附录 ",
    "urls": "http://a.b/",
    "mixed": "GB.1/[^2]¹(a)▶\t第 1 段 A/1 ",
}

#: Short lines that each become a node or furniture; repeated N times.
MANY = {
    "same-paragraph-number": "1. 同一段落编号。\n",
    "same-footnote": "1. 正文¹。\n¹ 脚注。\n",
    "tables-and-page-numbers": "表\na\tb\n- 1 -\na\tb\n",
    "items": "(a) 项目\n",
    "distinct-markers": None,      # built below: markers 1..999 cited in turn
}


def normal(size: int) -> bytes:
    seed = SEED.read_bytes()
    return (seed * (size // len(seed) + 1))[:size].rsplit(b"\n", 1)[0] + b"\n"


def long_lines(fragment: str, size: int, line_chars: int = 100_000) -> bytes:
    line = (fragment * (line_chars // len(fragment) + 1))[:line_chars]
    one = (line + "\n").encode("utf-8")
    return "1. 开始。\n".encode("utf-8") + one * max(1, size // len(one))


def one_line(fragment: str, size: int) -> bytes:
    """Two lines of half the size each: the second makes the reader look back
    at the first as a paragraph that might continue (is_terminated…)."""
    unit = fragment.encode("utf-8")
    half = unit * max(1, size // len(unit) // 2)
    return "1. 开始。\n".encode("utf-8") + half + b"\n" + half + b"\n"


def many(name: str, size: int) -> bytes:
    if name == "distinct-markers":
        out, n = [], 0
        total = 0
        while total < size:
            k = n % 999 + 1
            s = f"{n + 1}. 引用{''.join('⁰¹²³⁴⁵⁶⁷⁸⁹'[int(d)] for d in str(k))}。\n"
            out.append(s)
            total += len(s.encode("utf-8"))
            n += 1
        return "".join(out).encode("utf-8")
    unit = MANY[name].encode("utf-8")
    return unit * max(1, size // len(unit))


def families() -> dict:
    fams = {"normal": normal}
    for name, frag in FRAGMENTS.items():
        fams[f"lines:{name}"] = (lambda f: lambda size: long_lines(f, size))(frag)
        fams[f"line:{name}"] = (lambda f: lambda size: one_line(f, size))(frag)
    for name in MANY:
        fams[f"many:{name}"] = (lambda n: lambda size: many(n, size))(name)
    return fams


def seconds_per_mb(data: bytes, repeat: int) -> float:
    """Best of *repeat* runs (the least disturbed by other load), per MB of input."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        try:
            parse_bytes("bench.txt", data)
        except InputError:
            pass            # a refusal is an answer too; its time counts
        best = min(best, time.perf_counter() - t0)
    return best / (len(data) / MB)


def growth(make, small: int, factor: int = 8, repeat: int = 3) -> tuple[float, float, float]:
    """(seconds/MB at small, at small×factor, ratio)."""
    a = seconds_per_mb(make(small), repeat)
    b = seconds_per_mb(make(small * factor), repeat)
    return a, b, b / a


def _child(name: str, small: int, repeat: int, queue) -> None:
    queue.put(growth(families()[name], small, 8, repeat))


def guarded_growth(name: str, small: int, repeat: int, limit: float):
    """growth() in a child process, stopped after *limit* seconds (a runaway
    input must not hang the benchmark); None when stopped."""
    queue = mp.get_context("fork").Queue()
    child = mp.get_context("fork").Process(target=_child, args=(name, small, repeat, queue))
    child.start()
    child.join(limit)
    if child.is_alive():
        child.terminate()
        child.join()
        return None
    return queue.get() if not queue.empty() else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="small sizes (128 KB × 8) for every family")
    ap.add_argument("--only", help="run only families whose name contains this")
    ap.add_argument("--repeat", type=int, default=3, help="runs per size; the best is kept")
    ap.add_argument("--limit", type=float, default=120, help="seconds allowed per family before it is called runaway")
    args = ap.parse_args()

    fams = families()
    print(f"{'family':34} {'s/MB small':>11} {'s/MB 8x':>10} {'ratio':>7}")
    worst = ("", 0.0)
    for name, make in fams.items():
        if args.only and args.only not in name:
            continue
        if name == "normal" and not args.quick:
            continue
        # line: families grow the line itself; at 128 KB × 8 their lines stay
        # under parser.limits.MAX_LINE_CHARS (longer lines are refused)
        small = 128 * 1024 if args.quick or name.startswith("line:") else 1 * MB
        result = guarded_growth(name, small, args.repeat, args.limit)
        if result is None:
            print(f"{name:34} RUNAWAY: stopped after {args.limit:.0f} s", flush=True)
            worst = (name, float("inf"))
            continue
        a, b, r = result
        print(f"{name:34} {a:11.4f} {b:10.4f} {r:7.2f}", flush=True)
        if r > worst[1]:
            worst = (name, r)
    if not args.quick and (not args.only or args.only in "normal"):
        print("\nnormal documents (seed repeated): seconds per MB, ratio to 1 MB")
        base = None
        for size_mb in (1, 5, 10):
            spm = seconds_per_mb(normal(size_mb * MB), max(1, args.repeat - 1))
            base = base or spm
            print(f"  {size_mb:3d} MB  {spm:8.4f} s/MB  ratio {spm / base:5.2f}", flush=True)
    print(f"\nworst ratio (8x size / 1x): {worst[1]:.2f} ({worst[0]})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
