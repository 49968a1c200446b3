"""Parse time grows linearly with input size, on normal and adversarial input.

Not a wall-clock limit: each case compares the time per MB at 8× the size with
the time per MB at 1× (best of up to three runs each, measured in the same
process), and allows a generous ratio of 4. Linear work gives about 1;
quadratic work gives about 8 (and much more at these sizes). The input
families are those of ``benchmarks/linearity.py``, which measures them at
1–10 MB; this test runs them small (32 KB → 256 KB, a few 256 KB → 2 MB) so it stays fast.
Every case here once was, or could be, quadratic: see the commit log.
"""
from __future__ import annotations

import importlib.util
import time
from pathlib import Path

import pytest

from councildoc.parser import InputError, parse_bytes

_BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "linearity.py"
_spec = importlib.util.spec_from_file_location("linearity_bench", _BENCH)
linearity = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(linearity)

SMALL = 32 * 1024
#: Families whose linear work is cheap need more input before quadratic work shows.
SMALL_FOR = {"line:closers": 256 * 1024, "line:spaces": 256 * 1024}
FACTOR = 8
BOUND = 4.0

CASES = [
    "normal",
    "line:closers",             # is_terminated sliced once per trailing quote
    "line:md-refs",             # … and re-searched once per trailing [^1]
    "line:gb-symbol",
    "line:gb-rev",
    "line:un-symbol",
    "line:un-chain",
    "line:digits-slashes",
    "line:superscripts",
    "line:brackets",
    "line:link-open",
    "line:parens",
    "line:tabs",
    "line:dates",
    "line:para-ref",
    "line:mixed",
    "line:spaces",
    "line:cjk-spaced",
    "line:colon-label",
    "many:same-paragraph-number",   # ids counted from 2 for every repeat
    "many:same-footnote",           # citing-node list look-ups
    "many:distinct-markers",
    "many:tables-and-page-numbers",  # every table scanned all furniture
]


def _seconds_per_mb(data: bytes) -> float:
    t0 = time.perf_counter()
    try:
        parse_bytes("linear.txt", data)
    except InputError:
        pass
    return (time.perf_counter() - t0) / (len(data) / (1024 * 1024))


@pytest.mark.parametrize("family", CASES)
def test_time_per_mb_does_not_grow_with_size(family):
    make = linearity.families()[family]
    size = SMALL_FOR.get(family, SMALL)
    small, large = make(size), make(size * FACTOR)
    assert len(large) > 6 * len(small)
    parse_bytes("warm.txt", small) if family == "normal" else None
    best_small = best_large = float("inf")
    for _ in range(3):                     # best of up to three: the least disturbed run
        best_small = min(best_small, _seconds_per_mb(small))
        best_large = min(best_large, _seconds_per_mb(large))
        if best_large / best_small < BOUND:
            break
    ratio = best_large / best_small
    assert ratio < BOUND, (f"{family}: {best_small:.3f} s/MB at {size // 1024} KB, "
                           f"{best_large:.3f} s/MB at {size * FACTOR // 1024} KB (×{ratio:.1f})")


# ---------------------------------------------------------------- regex audit

try:                                        # Python 3.11+
    import re._parser as _sre_parse
    from re._constants import MAXREPEAT as _MAXREPEAT, MAX_REPEAT as _MAX, MIN_REPEAT as _MIN
except ImportError:                         # Python 3.10
    import sre_parse as _sre_parse
    from sre_constants import MAXREPEAT as _MAXREPEAT, MAX_REPEAT as _MAX, MIN_REPEAT as _MIN
_REPEATS = {_MAX, _MIN}


def _subpatterns(av):
    for x in (av if isinstance(av, (list, tuple)) else [av]):
        if isinstance(x, _sre_parse.SubPattern):
            yield x
        elif isinstance(x, (list, tuple)):
            yield from (y for y in x if isinstance(y, _sre_parse.SubPattern))


def _has_unbounded(sub) -> bool:
    for op, av in sub:
        if op in _REPEATS and av[1] == _MAXREPEAT:
            return True
        if any(_has_unbounded(s) for s in (_subpatterns(av[2]) if op in _REPEATS else _subpatterns(av))):
            return True
    return False


def nested_quantifiers(pattern: str, flags: int = 0) -> int:
    """How many repeats (max > 1) hold an unbounded repeat inside: ``(a+)+``,
    ``(?:\\s*x){2,9}`` — the shapes that backtrack exponentially or polynomially."""
    count = 0

    def walk(sub):
        nonlocal count
        for op, av in sub:
            if op in _REPEATS:
                if av[1] > 1 and _has_unbounded(av[2]):
                    count += 1
                walk(av[2])
            else:
                for s in _subpatterns(av):
                    walk(s)
    walk(_sre_parse.parse(pattern, flags))
    return count


def _parser_patterns():
    import importlib
    import pkgutil
    import re
    import councildoc.parser as package
    for info in pkgutil.walk_packages(package.__path__, "councildoc.parser."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            values = value.values() if isinstance(value, dict) else value if isinstance(value, (list, tuple)) else [value]
            for v in values:
                if isinstance(v, re.Pattern):
                    yield f"{info.name}.{name}", v


def test_the_audit_finds_nested_quantifiers():
    assert nested_quantifiers(r"(?:a+)+b") == 1
    assert nested_quantifiers(r"(?:\s*x){2,9}") == 1
    assert nested_quantifiers(r"(?:/[A-Za-z0-9]{1,12}){1,5}") == 0
    assert nested_quantifiers(r"^[-–—]?\s*\d{1,4}\s*[-–—]?$") == 0


def test_no_regular_expression_of_the_parser_nests_an_unbounded_quantifier():
    patterns = list(_parser_patterns())
    assert len(patterns) > 50                   # the readers, inline markup, cross-references…
    offenders = [name for name, p in patterns if nested_quantifiers(p.pattern, p.flags)]
    assert offenders == []
