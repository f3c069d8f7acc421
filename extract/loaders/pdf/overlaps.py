"""A line of text drawn twice on itself at two sizes (a letterhead set at 16 pt and again at 20 pt
over it, as a word-art shadow): one copy is kept.

pdfplumber's ``dedupe_chars`` merges only characters of the same size at the same place, so two
copies at different sizes stay, and the words read from them interleave letter by letter ("H H E E
R R ..."). Here the page's characters are cut into runs (consecutive in the order drawn, at one
height); two runs each of one size, the sizes different, of the same characters in the same order
(spaces aside), whose boxes overlap by at least half of the smaller box, are one line drawn twice:
the smaller copy is dropped and the larger (the one read as the heading) kept."""
from __future__ import annotations

from itertools import groupby
from operator import itemgetter

#: the fewest characters (spaces aside) of a run compared: a letter or two drawn twice is no line
_MIN_CHARS = 4
#: the smallest share of the smaller run's box covered by the other's
_MIN_COVER = 0.5
_RUN_KEY = itemgetter("top")
_TEXT = itemgetter("text")


def _runs(chars):
    """The page's characters cut into runs: consecutive characters at one height (grouped in C, by
    ``top`` alone: this looks at every character of every page; a run's sizes are compared after)."""
    return (list(g) for _, g in groupby(chars, _RUN_KEY))


def _one_size(run) -> bool:
    size = run[0]["size"]
    return all(c["size"] == size for c in run)


def _box(run) -> tuple:
    return (min(c["x0"] for c in run), min(c["top"] for c in run),
            max(c["x1"] for c in run), max(c["bottom"] for c in run))


def _covered(a, b) -> bool:
    """True when boxes ``a`` and ``b`` overlap by at least ``_MIN_COVER`` of the smaller one."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return False
    smaller = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    return smaller > 0 and w * h >= _MIN_COVER * smaller


def doubled_chars(chars) -> set:
    """The ids of the characters of every smaller copy of a line drawn twice at two sizes."""
    by_text: dict = {}
    for run in _runs(chars):
        if len(run) < _MIN_CHARS:
            continue
        text = "".join("".join(map(_TEXT, run)).split())
        if len(text) >= _MIN_CHARS:
            by_text.setdefault(text, []).append(run)
    drop = set()
    for runs in by_text.values():
        if len(runs) < 2:
            continue
        for i, a in enumerate(runs):
            for b in runs[i + 1:]:
                if a[0]["size"] == b[0]["size"] or not (_one_size(a) and _one_size(b)) \
                        or not _covered(_box(a), _box(b)):
                    continue
                drop.update(id(c) for c in (a if a[0]["size"] < b[0]["size"] else b))
    return drop


def single_copies(p):
    """``p`` itself, or the page without the smaller copy of each line drawn twice at two sizes."""
    drop = doubled_chars(p.chars)
    if not drop:
        return p
    return p.filter(lambda obj: id(obj) not in drop)
