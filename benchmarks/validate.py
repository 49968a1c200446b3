"""Which JSON Schema validator: measured, since validation runs on every tree
of every batch. Validates the seed tree with each candidate that supports
draft 2020-12, in the same run, and prints medians and ratios.

    python benchmarks/validate.py [--repeat N]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _timing import median_seconds, ms  # noqa: E402

from councildoc.parser import parse_bytes  # noqa: E402
from councildoc.schema import load_schema  # noqa: E402

SEED = Path(__file__).resolve().parents[1] / "corpus" / "samples" / "GB.340-INS-6.zh.txt"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=30)
    args = ap.parse_args()
    schema = load_schema()
    tree = parse_bytes(SEED.name, SEED.read_bytes(), validate=False)
    results = {}
    try:
        import jsonschema_rs
        v = jsonschema_rs.Draft202012Validator(schema)
        results["jsonschema-rs (is_valid)"] = median_seconds(lambda: v.is_valid(tree), args.repeat)
    except ImportError:
        print("jsonschema-rs not installed")
    try:
        import jsonschema
        v2 = jsonschema.Draft202012Validator(schema)
        results["python-jsonschema (validate)"] = median_seconds(lambda: v2.validate(tree), max(5, args.repeat // 5))
    except ImportError:
        print("python-jsonschema not installed (pip install jsonschema)")
    print("fastjsonschema: not a candidate (drafts 4, 6, 7 only; the schema is draft 2020-12)")
    base = min(results.values())
    for name, t in sorted(results.items(), key=lambda kv: kv[1]):
        print(f"  {name:32s} {ms(t)}   {t / base:7.1f}x the fastest")


if __name__ == "__main__":
    main()
