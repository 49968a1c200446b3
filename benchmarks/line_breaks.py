"""Paragraph breaks of PDF-extracted text against human labels.

``../shared/peer/un/mnbvc__validation_small.jsonl`` (MNBVC, Apache-2.0) gives,
for two UN documents as raw PDF text, ``is_hard_linebreak`` per line: true
when a real paragraph (or header line) ends there, false when the line is a
soft wrap; every header line is a break of its own. The parser's answer for the break after line *i* is "soft" when
line *i+1* was joined to the text before it (a paragraph's or footnote's
``joins``, a footnote body over several lines), else "hard". Prints precision and
recall of the hard breaks, per record and pooled, beside a baseline in the
same run: every line a paragraph (the text read as if it were well formed).

    python benchmarks/line_breaks.py [path/to/validation.jsonl]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from councildoc.parser import parse_text

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "peer" / "un" / "mnbvc__validation_small.jsonl"


def soft_lines(tree: dict) -> set[int]:
    """Source lines (1-based) that continue the text of the line before them."""
    out: set[int] = set()

    def visit(node):
        if isinstance(node, dict):
            for join in node.get("joins") or ():
                out.add(join["line"])
            if node.get("type") in ("footnote",) and node.get("lines"):
                first, last = node["lines"]
                out.update(range(first + 1, last + 1))
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)
    visit(tree["body"])
    visit(tree["footnotes"])
    return out


def predicted_hard(raw_text: str) -> list[bool]:
    """Is the break after each line (but the last) a paragraph break?"""
    tree = parse_text(raw_text)
    soft = soft_lines(tree)
    n = raw_text.count("\n") + 1
    return [(i + 2) not in soft for i in range(n - 1)]


def score(pred: list[bool], truth: list[bool]) -> tuple[float, float, int, int, int]:
    """Precision and recall of the hard breaks, and the counts behind them."""
    tp = sum(p and t for p, t in zip(pred, truth))
    fp = sum(p and not t for p, t in zip(pred, truth))
    fn = sum(t and not p for p, t in zip(pred, truth))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, tp, fp, fn


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def evaluate(path: Path) -> dict:
    """Per record and pooled: (precision, recall, tp, fp, fn) of the parser and of the baseline."""
    rows, pooled_pred, pooled_base, pooled_truth = [], [], [], []
    for k, rec in enumerate(records(path)):
        truth = [bool(x) for x in rec["is_hard_linebreak"]]
        pred = predicted_hard(rec["raw_text"])[:len(truth)]
        base = [True] * len(truth)
        rows.append((k, score(pred, truth), score(base, truth), len(truth)))
        pooled_pred += pred
        pooled_base += base
        pooled_truth += truth
    return {"records": rows, "pooled": score(pooled_pred, pooled_truth),
            "baseline": score(pooled_base, pooled_truth)}


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not path.exists():
        sys.exit(f"{path}: not found (the labelled lines live in ../shared/peer/un)")
    result = evaluate(path)
    print(f"{'record':>8} {'breaks':>7} {'precision':>10} {'recall':>8}   baseline (every line a paragraph)")
    for k, (p, r, *_), (bp, br, *_), n in result["records"]:
        print(f"{k:>8} {n:>7} {p:>10.3f} {r:>8.3f}   {bp:.3f} / {br:.3f}")
    p, r, tp, fp, fn = result["pooled"]
    bp, br, *_ = result["baseline"]
    print(f"{'pooled':>8} {tp + fn:>7} {p:>10.3f} {r:>8.3f}   {bp:.3f} / {br:.3f}   (tp {tp}, fp {fp}, fn {fn})")


if __name__ == "__main__":
    main()
