"""Generated inputs and checks shared by the property tests (tests/test_properties_*.py).

Why a module of its own: the same input generators (random text rich in the
document's own characters, mutations of the seed document) and the same
nothing-lost check serve the text-reader, the parser and the fuzz harness.

Example budgets come from a Hypothesis profile chosen by the environment
variable ``HYPOTHESIS_PROFILE``: ``ci`` (default, the whole property suite in
well under a minute) or ``campaign`` (100× as many examples, for a long local
run: ``HYPOTHESIS_PROFILE=campaign python -m pytest tests/test_properties_*.py
--hypothesis-show-statistics``).
"""
from __future__ import annotations

import json
import os
import re
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, settings, strategies as st

from councildoc.parser.inline import MarkupConverter
from councildoc.parser.render import render_text

SEED = Path(__file__).resolve().parents[1] / "corpus" / "samples" / "GB.340-INS-6.zh.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")
SEED_LINES = SEED_TEXT.split("\n")

_SCALE = {"ci": 1, "campaign": 100}
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
if PROFILE not in _SCALE:
    raise RuntimeError(f"HYPOTHESIS_PROFILE must be one of {sorted(_SCALE)}, not {PROFILE!r}")
settings.register_profile("ci", deadline=None, derandomize=False, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("campaign", parent=settings.get_profile("ci"))


def budget(examples: int) -> settings:
    """Settings for a test that runs *examples* inputs in CI (×100 in a campaign)."""
    return settings(settings.get_profile(PROFILE), max_examples=examples * _SCALE[PROFILE])


# ---------------------------------------------------------------- alphabets

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SEED_CJK = sorted({c for c in SEED_TEXT if "\u3000" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef"})
#: Single characters: the document's own symbols, whitespace of every kind,
#: line separators, stray controls, and a sample of its CJK characters.
CHARS = (list("▶►▸■" + SUPERSCRIPTS + "0123456789" + "./．/：:，,。；;！？!?()（）[]【】#^-–—…“”\"'")
         + list("abcdefghxyzABCDEGHIVXLCR") + ["\t", "\n", " ", "\u3000", "\r", "\x0b", "\x0c",
                                                "\x1c", "\x85", "\u2028", "\u2029", "\ufeff",
                                                "\x00", "\x07", "\x7f", "\u200b", "é", "😀"]
         + _SEED_CJK[:200])
#: Fragments that trigger the reader's rules (markers, headings, symbols, links…).
TOKENS = ["GB.", "GB.340/INS/6", "GB.1/", "(Rev.)", "(Rev.1)", "GB.338/INS/9(Add.)", "A/RES/72/279",
          "E/2020/55", "A/75/79-E/2020/55", "[^3]", "[^12]:", "[^1]: ", "[x](#)", "[GB.340/POL/6](#)",
          "[", "](", ")", "[[", "(((", "¹", "¹²", "⁰¹", "¹ ", "1. ", "47. ", "7．", "(a) ", "(iv) ", "b) ",
          "▶ ", "▶ I. ", "► II. ", "▶ 附 录", "附录", "Appendix II", "A. ", "B．", "- 3 -", "第 1 页",
          "Page 2", "第 340 届会议，2020 年 10 月至 11 月，日内瓦", "理 事 会", "INS", "机构部分",
          "第六项议程", "日期：2020 年 10 月 12 日", "原文：英文", "概要：", "相关文件：", "第 1 段",
          "inter-", "national", "危机1。", "概要2", "1 见", "2 ", "3 脚注", "COVID-19", "。", "\t", "\n", "\n\n", "\r\n", " ", "行动项目\t截止时间\t状态"]

chars_text = st.text(alphabet=st.sampled_from(CHARS), max_size=400)
token_text = st.lists(st.one_of(st.sampled_from(TOKENS), st.sampled_from(CHARS),
                                st.sampled_from(SEED_LINES)), max_size=60).map("".join)
random_text = st.one_of(chars_text, token_text)


# ---------------------------------------------------------------- mutations

_INSERTS = ["\t", "¹", "²³", "[^4]", "▶ ", "1. ", "(a) ", "[", "](#)", "GB.", "\u3000", "。", "- 2 -", "\x0c"]


@st.composite
def mutated_seed(draw, max_ops: int = 8, max_repeat: int = 2) -> str:
    """The seed document with lines deleted, duplicated, shuffled, truncated,
    markers and tabs inserted, or the whole document repeated."""
    lines = list(SEED_LINES)
    for _ in range(draw(st.integers(0, max_ops))):
        op = draw(st.sampled_from(["delete", "duplicate", "swap", "truncate", "insert", "join", "blank"]))
        i = draw(st.integers(0, len(lines) - 1)) if lines else 0
        if not lines:
            lines = [""]
        if op == "delete" and len(lines) > 1:
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "truncate":
            lines[i] = lines[i][:draw(st.integers(0, max(0, len(lines[i]))))]
        elif op == "insert":
            k = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:k] + draw(st.sampled_from(_INSERTS)) + lines[i][k:]
        elif op == "join" and i + 1 < len(lines):
            lines[i:i + 2] = [lines[i] + lines[i + 1]]
        elif op == "blank":
            lines.insert(i, "")
    if draw(st.booleans()) and len(lines) > 2:
        # a stretch of lines shuffled, as in a bad extraction
        a = draw(st.integers(0, len(lines) - 2))
        b = draw(st.integers(a + 1, min(len(lines), a + 12)))
        lines[a:b] = draw(st.permutations(lines[a:b]))
    text = "\n".join(lines)
    repeat = draw(st.integers(1, max_repeat))
    return text * repeat if draw(st.booleans()) else "\n".join([text] * repeat)


@st.composite
def truncated_bytes(draw) -> bytes:
    """The seed document as UTF-8 cut at any byte (often inside a character)."""
    data = SEED_TEXT.encode("utf-8")
    return data[:draw(st.integers(1, len(data)))]


# ---------------------------------------------------------------- checks


def nonspace(text: str) -> Counter:
    """Non-whitespace characters, superscript digits left out (footnote markers
    are markup: they become spans and are counted by the span checks)."""
    return Counter(c for c in text if not c.isspace() and c not in SUPERSCRIPTS)


def _all_spans(tree: dict):
    for h in tree["meta"]["header"]:
        yield from h["spans"]

    def walk(nodes):
        for n in nodes:
            if n["type"] == "section":
                # heading_text is rendered (link syntax removed) from the printed line
                yield from MarkupConverter(set()).convert(n.get("heading_text", "")).spans
                yield from walk(n["children"])
            elif n["type"] == "paragraph":
                yield from n["spans"]
                for it in n.get("items", []):
                    yield from it["spans"]
            elif n["type"] == "table":
                yield from n.get("caption_spans", [])
                for spans in n.get("header_spans", []):
                    yield from spans
                for row in n["rows"]:
                    for cell in row["cells"]:
                        yield from cell["spans"]
    yield from walk(tree["body"])
    for note in tree["footnotes"]:
        yield from note["spans"]
    for f in tree.get("furniture", []):
        yield from MarkupConverter(set()).convert(f["text"]).spans


def lost_and_added(text: str, tree: dict) -> tuple[Counter, Counter]:
    """What the tree lost from *text* and what it added, beyond markup syntax.

    *text* is the decoded input with line endings normalised. The allowed losses
    are exactly: layout whitespace, superscript marker digits, the number opening
    a footnote body (``[^n]:`` or a plain ``n``), and each link's ``[``, ``]``, ``(``, target, ``)`` (known
    from the link spans)."""
    # a body whose marker the tree keeps ("[^3]:", schema 1.1) renders it back; otherwise it is left out
    note_lines = {note["lines"][0]: note["number"] for note in tree["footnotes"]
                  if "lines" in note and "marker" not in note}
    source = Counter()
    for no, line in enumerate(text.split("\n"), start=1):
        if no in note_lines:
            # the body's number as printed: "[^3]:", or a plain "3" (superscripts are left out anyway)
            n = note_lines[no]
            line = re.sub(rf"^(?:\[\^0*{n}\]:|0*{n}(?!\d))", "", line.strip(), count=1)
        source.update(nonspace(line))
    kept = nonspace(render_text(tree))
    for span in _all_spans(tree):
        if span["type"] == "link":
            kept.update(nonspace("[](" + span["href"] + ")"))
    return source - kept, kept - source


def fold_marker_stop(text: str) -> str:
    """'．' as '.': the .docx and HTML readers write a typed paragraph number
    '7．' as marker '7.' (by design: tests/test_docx_numbering.py), where the
    text reader keeps it as printed; their nothing-lost checks fold the two."""
    return text.replace("．", ".")


def canonical(tree: dict) -> str:
    return json.dumps(tree, ensure_ascii=False, sort_keys=True)


def without_source(tree: dict) -> dict:
    """The tree minus what describes the file rather than the document."""
    return {k: v for k, v in tree.items() if k != "source"}
