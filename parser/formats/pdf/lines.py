"""Characters → text lines in reading order, one page at a time.

Why geometry and not PDFium's own line breaks: PDFium strings characters in
content-stream order, which puts a right-hand column's line beside the left
one's when they share a baseline, and splits a line at a raised footnote
marker in some producers. Here:

- characters are cut into *runs* where PDFium's order jumps (another baseline,
  or back to the left), then runs on one baseline (within a third of the text
  size) are clustered into a :class:`Line`; a small raised run (a superscript
  marker) joins the line whose box it sits in;
- inside a line, a horizontal gap wider than :data:`TAB_GAP` text sizes is a
  tab stop: the line keeps its *segments* (a hanging number and its text,
  table cells) and its text has ``\\t`` there;
- two columns: when a vertical gutter near the middle of the page is crossed
  by few runs, runs are split into left and right, and each band between
  full-width lines is read left column first, then right;
- the same character drawn twice at (almost) one place (fake bold) is read once.
"""
from __future__ import annotations

from .chars import Char, is_cjk

TAB_GAP = 1.6          # a gap this many text sizes wide is a tab stop / cell boundary
SPACE_GAP = 0.1        # a gap this wide (in text sizes) between two glyphs is a word space; loose boxes touch inside a word


class Line:
    """One text line: its characters, segments (split at tab stops), text,
    box, baseline and dominant size; ``page`` is 1-based, ``no`` the running
    line number over the document (set by the reader)."""
    __slots__ = ("page", "no", "chars", "segments", "text", "x0", "x1", "baseline", "size", "rotated",
                 "smallest")

    def __init__(self, page: int, chars: list[Char], rotated: bool = False):
        self.page, self.no, self.rotated = page, 0, rotated
        self.chars = chars
        weight: dict[float, int] = {}
        x0 = x1 = None
        smallest = float("inf")
        for c in chars:
            if c.ch == " ":
                continue
            s = c.size
            weight[s] = weight.get(s, 0) + 1
            if s < smallest:
                smallest = s
            if x0 is None or c.x0 < x0:
                x0 = c.x0
            if x1 is None or c.x1 > x1:
                x1 = c.x1
        self.size = max(weight, key=lambda k: (weight[k], k)) if weight else chars[0].size
        self.smallest = smallest
        self.x0, self.x1 = (x0, x1) if x0 is not None else (chars[0].x0, chars[0].x1)
        self.baseline = next((c.oy for c in chars if c.size == self.size and c.ch != " "), chars[0].oy)
        self.segments = _segments(chars, self.size) if not rotated else [chars]
        self.text = "\t".join(segment_text(s) for s in self.segments)

    @property
    def seg_starts(self) -> list[float]:
        return [min(c.x0 for c in s if c.ch != " ") if any(c.ch != " " for c in s) else s[0].x0
                for s in self.segments]

    @property
    def seg_ends(self) -> list[float]:
        return [max(c.x1 for c in s) for s in self.segments]

    def __repr__(self):
        return f"Line(p{self.page} y={self.baseline:.1f} x={self.x0:.1f}-{self.x1:.1f} s={self.size:.1f} {self.text!r})"



def _segments(chars: list[Char], size: float) -> list[list[Char]]:
    """Characters sorted left to right, cut at tab-stop gaps — unless the line
    is justified text whose few words are spread wide (every wide gap about
    the same, and the line mostly letters)."""
    chars = sorted(chars, key=lambda c: c.x0)
    segs: list[list[Char]] = [[]]
    gaps: list[float] = []
    last_x1 = None
    tab = TAB_GAP * max(size, 1.0)
    for c in chars:
        if c.ch == " ":
            segs[-1].append(c)
            continue
        if last_x1 is not None and c.x0 - last_x1 > tab:
            segs.append([])
            gaps.append(c.x0 - last_x1)
        segs[-1].append(c)
        last_x1 = c.x1
    segs = [s for s in segs if any(c.ch != " " for c in s)]
    if len(gaps) >= 3 and max(gaps) < 1.2 * min(gaps) and _mostly_letters(chars):
        return [[c for s in segs for c in s]]
    return segs


def _mostly_letters(chars: list[Char]) -> bool:
    letters = sum(1 for c in chars if c.ch.isalpha())
    return letters > 0.7 * sum(1 for c in chars if c.ch != " ")


def segment_text(chars: list[Char]) -> str:
    """Text of left-to-right characters: a space where PDFium put one or where
    the gap is a word space (never between two CJK characters)."""
    out: list[str] = []
    prev = None
    for c in chars:
        if c.ch == " ":
            if out and out[-1] != " ":
                out.append(" ")
            continue
        if prev is not None and out[-1] != " ":
            gap = c.x0 - prev.x1
            if gap > SPACE_GAP * 1.0 and gap > SPACE_GAP * (c.size if c.size > prev.size else prev.size) \
                    and not (is_cjk(c.ch) and is_cjk(prev.ch)):
                out.append(" ")
        out.append(c.ch)
        prev = c
    return "".join(out).strip()


def _runs(chars: list[Char]) -> list[list[Char]]:
    """Cut PDFium's character sequence where it changes baseline or goes back left."""
    runs: list[list[Char]] = []
    cur: list[Char] = []
    prev = None
    for c in chars:
        if c.ch == " ":
            if cur:
                cur.append(c)
            continue
        if prev is not None:
            size = c.size if c.size > prev.size else prev.size
            dy = c.oy - prev.oy
            if c.rotated != prev.rotated or (
                    (dy > 0.6 * size or dy < -0.6 * size or c.x0 < prev.x0 - 0.5 * size) if not c.rotated
                    else (abs(c.ox - prev.ox) > 0.6 * size and abs(dy) > 0.6 * size)):
                runs.append(cur)
                cur = []
            elif c.ch == prev.ch and -0.3 < dy < 0.3 and abs(c.x0 - prev.x0) < 0.3 * max(c.x1 - c.x0, 0.5):
                continue                      # drawn twice (fake bold)
        cur.append(c)
        prev = c
    if cur:
        runs.append(cur)
    return runs


def page_lines(chars: list[Char], page: int, width: float) -> list[Line]:
    """The lines of one page in reading order (rotated lines last)."""
    runs = _runs(chars)
    upright = [r for r in runs if not r[0].rotated]
    rotated = [Line(page, r, rotated=True) for r in runs if r[0].rotated]
    gutter = _gutter(upright, width)
    if gutter is None:
        return _cluster(upright, page) + rotated
    left = [r for r in upright if _run_x1(r) <= gutter]
    right = [r for r in upright if _run_x0(r) >= gutter]
    wide = [r for r in upright if _run_x0(r) < gutter < _run_x1(r)]
    return _read_columns(_cluster(left, page), _cluster(right, page), _cluster(wide, page)) + rotated


def _run_x0(r):
    return min(c.x0 for c in r)


def _run_x1(r):
    return max(c.x1 for c in r)


def _cluster(runs: list[list[Char]], page: int) -> list[Line]:
    """Runs on one baseline → one line, top to bottom."""
    keyed = []
    for r in runs:
        size = max(c.size for c in r)          # a space carries its neighbour's size
        if size <= 0:
            continue
        base = min(c.oy for c in r if c.size >= size * 0.9 and c.ch != " ")
        keyed.append((base, size, r))
    keyed.sort(key=lambda k: -k[0])
    groups: list[list] = []           # [baseline, size, chars]
    for base, size, r in keyed:
        for g in reversed(groups[-4:]):
            tol = 0.35 * max(size, g[1])
            if abs(g[0] - base) <= tol:
                g[2].extend(r)
                break
            if size < 0.85 * g[1] and g[0] < base < g[0] + 0.75 * g[1]:   # raised marker run
                g[2].extend(r)
                break
        else:
            groups.append([base, size, list(r)])
    lines = [Line(page, g[2]) for g in groups]
    lines.sort(key=lambda ln: -ln.baseline)
    return lines


def _gutter(runs: list[list[Char]], width: float) -> float | None:
    """x of an empty vertical strip near the page middle that splits the text
    into two columns, or None. Few runs may cross it (a title, a heading)."""
    if len(runs) < 12:
        return None
    spans = [(_run_x0(r), _run_x1(r)) for r in runs]
    best = None
    for frac in (0.5, 0.45, 0.55, 0.4, 0.6):
        x = width * frac
        crossing = sum(1 for a, b in spans if a < x < b)
        left = sum(1 for a, b in spans if b <= x)
        right = sum(1 for a, b in spans if a >= x)
        if left >= 5 and right >= 5 and crossing <= 0.1 * len(spans):
            best = x if best is None else best
            break
    if best is None:
        return None
    # the gutter must hold left-column runs that end near it and right-column runs that start near it
    near_left = sum(1 for a, b in spans if best - 0.2 * width < b <= best)
    near_right = sum(1 for a, b in spans if best <= a < best + 0.1 * width)
    return best if near_left >= 5 and near_right >= 5 else None


def _read_columns(left: list[Line], right: list[Line], wide: list[Line]) -> list[Line]:
    """Bands between full-width lines; in each band the left column, then the right."""
    out: list[Line] = []
    cuts = sorted(wide, key=lambda ln: -ln.baseline)
    bounds = [float("inf")] + [ln.baseline for ln in cuts] + [float("-inf")]
    for i in range(len(bounds) - 1):
        hi, lo = bounds[i], bounds[i + 1]
        out += [ln for ln in left if lo < ln.baseline < hi]
        out += [ln for ln in right if lo < ln.baseline < hi]
        if i < len(cuts):
            out.append(cuts[i])
    return out
