"""Folders of documents for the batch-conversion tests, built in tmp_path.

The mixed folder holds what a real archive holds: good documents in a nested
tree, and the files that must fail one by one without stopping the batch.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from conftest import SEED

#: a short English document written for these tests: two numbered paragraphs
SHORT_EN = """\
Governing Body
340th Session, Geneva, October–November 2020

GB.340/INS/99

Institutional Section
INS

Date: 1 October 2020
Original: English

NINETY-NINTH ITEM ON THE AGENDA

A short document for batch tests

1. The first paragraph of the short document.

2. The second paragraph, which cites document GB.340/INS/6.
"""

#: the same with paragraph 2 numbered 4: one "paragraph-number-gap" warning
SHORT_EN_GAP = SHORT_EN.replace("2. The second", "4. The second")

#: relative paths of the documents that convert in the mixed folder
GOOD = ["seed.txt", "reports/2020/seed-copy.md", "reports/short.txt", "reports/2020/nested/deep/gap.txt"]


def can_make_unreadable() -> bool:
    """chmod 000 does not stop root from reading a file."""
    return hasattr(os, "geteuid") and os.geteuid() != 0


def make_mixed_folder(root: Path) -> dict[str, str]:
    """Build the mixed folder; return {relative path: expected failure word} for the bad files."""
    (root / "reports" / "2020" / "nested" / "deep").mkdir(parents=True)
    shutil.copyfile(SEED, root / "seed.txt")
    shutil.copyfile(SEED, root / "reports" / "2020" / "seed-copy.md")
    (root / "reports" / "short.txt").write_text(SHORT_EN, encoding="utf-8")
    (root / "reports" / "2020" / "nested" / "deep" / "gap.txt").write_text(SHORT_EN_GAP, encoding="utf-8")
    bad = {}
    (root / "empty.txt").write_bytes(b"")
    bad["empty.txt"] = "empty"
    (root / "reports" / "binary.txt").write_bytes(bytes(range(256)) * 16)
    bad["reports/binary.txt"] = "binary"
    (root / "reports" / "gb18030.txt").write_bytes(SEED.read_text(encoding="utf-8").encode("gb18030"))
    bad["reports/gb18030.txt"] = "GB18030"
    os.symlink("no-such-target.txt", root / "reports" / "dangling.txt")
    bad["reports/dangling.txt"] = "dangling"
    if can_make_unreadable():
        locked = root / "reports" / "locked.txt"
        locked.write_text(SHORT_EN, encoding="utf-8")
        locked.chmod(0)
        bad["reports/locked.txt"] = "permission denied"
    # not documents: left alone by the folder search
    (root / "reports" / "notes.json").write_text("{}", encoding="utf-8")
    (root / ".hidden").mkdir()
    shutil.copyfile(SEED, root / ".hidden" / "ignored.txt")
    return bad


def make_copies(root: Path, n: int) -> None:
    """*n* documents in a few sub-folders (the seed, each made distinct by a trailing paragraph)."""
    text = SEED.read_text(encoding="utf-8")
    for i in range(n):
        folder = root / f"part{i % 4}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"doc{i:04d}.txt").write_text(text + f"\n附加说明 {i}。\n", encoding="utf-8")
