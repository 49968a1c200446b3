"""Rewrite the golden files after an intended change of the parser's output.

    python tests/golden/regen.py          # owned trees and, if ../shared exists, peer summaries

List every golden file the change touches, and why, in the commit message.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import golden  # noqa: E402


def main() -> None:
    golden.TREES.mkdir(exist_ok=True)
    for key, (name, data) in golden.owned_documents().items():
        (golden.TREES / f"{key}.json").write_text(golden.dump(golden.owned_tree(name, data)), encoding="utf-8")
    docs = golden.peer_documents()
    if docs:
        golden.PEER_SUMMARIES.mkdir(exist_ok=True)
        for old in golden.PEER_SUMMARIES.glob("*.json"):
            old.unlink()
        for path in docs:
            (golden.PEER_SUMMARIES / f"{golden.peer_key(path)}.json").write_text(
                golden.dump(golden.peer_summary(path)), encoding="utf-8")
    print(f"{len(golden.owned_documents())} owned trees, {len(docs)} peer summaries written")


if __name__ == "__main__":
    main()
