"""Paragraph numbers that Word generates from ``numbering.xml``.

The digits of a Word list are not in the text: a paragraph carries
``w:numPr`` (a list instance ``numId`` and a level ``ilvl``), directly or through
its style, and Word computes the label from the list's abstract definition
(start value, number format, ``lvlText`` such as ``%1.%2.``) and from the
paragraphs numbered before it. :class:`Numberer` replays that count in reading
order, with level restarts (``w:lvlRestart``) and instance overrides
(``w:lvlOverride/w:startOverride``), so the tree gets the numbers a reader sees.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...numerals import roman, letters
from ...raw import Label
from .ns import w, val

_LVL_REF = re.compile(r"%([1-9])")

_CN_DIGITS = "零一二三四五六七八九"


@dataclass(slots=True)
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None     # 1-based level whose use restarts this one; 0 never
    legal: bool = False            # w:isLgl: show all levels as decimal


def chinese_counting(n: int) -> str:
    """一, 二 … 十, 十一 … 二十 … 九十九, 一百 … (Word's chineseCounting style)."""
    if n <= 0 or n >= 100_000:
        return str(n)
    if n < 10:
        return _CN_DIGITS[n]
    units = [(10_000, "万"), (1000, "千"), (100, "百"), (10, "十")]
    out = []
    zero = False
    started = False
    for value, name in units:
        d, n = divmod(n, value)
        if d:
            if zero:
                out.append("零")
                zero = False
            if not (value == 10 and d == 1 and not started):
                out.append(_CN_DIGITS[d])
            out.append(name)
            started = True
        elif started:
            zero = True
    if n:
        if zero:
            out.append("零")
        out.append(_CN_DIGITS[n])
    return "".join(out)


def _enclosed(n: int) -> str:
    return chr(0x2460 + n - 1) if 1 <= n <= 20 else str(n)


FORMATS = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "lowerLetter": letters,
    "upperLetter": lambda n: letters(n).upper(),
    "lowerRoman": lambda n: roman(n).lower(),
    "upperRoman": roman,
    "chineseCounting": chinese_counting,
    "chineseCountingThousand": chinese_counting,
    "chineseLegalSimplified": chinese_counting,
    "ideographTraditional": lambda n: "甲乙丙丁戊己庚辛壬癸"[n - 1] if 1 <= n <= 10 else str(n),
    "japaneseCounting": chinese_counting,
    "taiwaneseCounting": chinese_counting,
    "decimalFullWidth": lambda n: str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    "decimalFullWidth2": lambda n: str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９")),
    "decimalHalfWidth": str,
    "decimalEnclosedCircle": _enclosed,
    "decimalEnclosedCircleChinese": _enclosed,
    "ordinal": lambda n: f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}",
    "cardinalText": str,
    "ordinalText": str,
    "none": lambda n: "",
}


class Numbering:
    """The definitions of ``numbering.xml`` (abstract lists and their instances)."""

    def __init__(self, root=None):
        self.abstract: dict[str, dict[int, Level]] = {}
        self.style_links: dict[str, str] = {}     # abstractNum id → numbering style it takes its levels from
        self.nums: dict[str, tuple[str, dict[int, int], dict[int, Level]]] = {}
        if root is None:
            return
        for an in root.iterchildren(w("abstractNum")):
            aid = an.get(w("abstractNumId"))
            self.abstract[aid] = {_int(lvl.get(w("ilvl")), 0): _level(lvl) for lvl in an.iterchildren(w("lvl"))}
            link = an.find(w("numStyleLink"))
            if link is not None and val(link):
                self.style_links[aid] = val(link)
        for num in root.iterchildren(w("num")):
            abstract_id = val(num.find(w("abstractNumId")))
            starts: dict[int, int] = {}
            levels: dict[int, Level] = {}
            for ov in num.iterchildren(w("lvlOverride")):
                ilvl = _int(ov.get(w("ilvl")), 0)
                so = ov.find(w("startOverride"))
                if so is not None:
                    starts[ilvl] = _int(val(so), 1)
                lvl = ov.find(w("lvl"))
                if lvl is not None:
                    levels[ilvl] = _level(lvl)
                    if so is None:
                        starts[ilvl] = levels[ilvl].start
            self.nums[num.get(w("numId"))] = (abstract_id, starts, levels)


class Numberer:
    """Counts numbered paragraphs in reading order and renders their labels.

    Counters are kept per abstract list (two instances of one list share a
    count, as in Word) unless an instance restarts a level with
    ``startOverride``, which it does at its first use."""

    def __init__(self, numbering: Numbering, styles=None):
        self.defs = numbering
        self.styles = styles
        self.counters: dict[str, list[int | None]] = {}
        self.started_overrides: set[tuple[str, int]] = set()
        self.unsupported: set[str] = set()

    def next(self, num_id: str, ilvl: int) -> Label | None:
        if num_id is None or num_id == "0" or num_id not in self.defs.nums:
            return None
        abstract_id, starts, overrides = self.defs.nums[num_id]
        abstract_id = self._follow_style_link(abstract_id)
        levels = dict(self.defs.abstract.get(abstract_id, {}))
        levels.update(overrides)
        if ilvl not in levels:
            return None
        key = abstract_id if abstract_id is not None else "num:" + num_id
        counts = self.counters.setdefault(key, [None] * 10)
        ilvl = max(0, min(ilvl, 9))
        if ilvl in starts and (num_id, ilvl) not in self.started_overrides:
            self.started_overrides.add((num_id, ilvl))
            counts[ilvl] = None
            for k in range(ilvl + 1, 10):
                counts[k] = None
            counts[ilvl] = starts[ilvl] - 1
        lvl = levels[ilvl]
        counts[ilvl] = (counts[ilvl] + 1) if counts[ilvl] is not None else lvl.start
        for k in range(ilvl + 1, 10):
            deeper = levels.get(k)
            restart = deeper.restart if deeper is not None and deeper.restart is not None else k
            if restart != 0 and ilvl < restart:
                counts[k] = None
        text = _LVL_REF.sub(lambda m: self._render(levels, counts, int(m.group(1)) - 1, lvl.legal), lvl.text)
        return Label(text, counts[ilvl], lvl.fmt, ilvl)

    def _follow_style_link(self, abstract_id):
        """A list defined by a numbering style (``w:numStyleLink``) takes the
        levels of the list that style points to."""
        seen = set()
        while abstract_id in self.defs.style_links and abstract_id not in seen and self.styles is not None:
            seen.add(abstract_id)
            num_id = self.styles.resolve(self.defs.style_links[abstract_id])[2]
            if num_id not in self.defs.nums:
                break
            abstract_id = self.defs.nums[num_id][0]
        return abstract_id

    def _render(self, levels: dict, counts: list, k: int, legal: bool) -> str:
        lvl = levels.get(k) or Level()
        n = counts[k] if counts[k] is not None else lvl.start
        fmt = "decimal" if legal else lvl.fmt
        f = FORMATS.get(fmt)
        if f is None:
            if fmt != "bullet":
                self.unsupported.add(fmt)
            return str(n)
        return f(n)


def _level(el) -> Level:
    lvl = Level()
    lvl.start = _int(val(el.find(w("start"))), 1)
    lvl.fmt = val(el.find(w("numFmt")), "decimal")
    lt = el.find(w("lvlText"))
    lvl.text = val(lt, "") if lt is not None else ""
    rs = el.find(w("lvlRestart"))
    lvl.restart = _int(val(rs), None) if rs is not None else None
    lvl.legal = el.find(w("isLgl")) is not None and val(el.find(w("isLgl")), "1") not in ("0", "false")
    return lvl


def _int(s, default):
    try:
        return int(s)
    except (TypeError, ValueError):
        return default
