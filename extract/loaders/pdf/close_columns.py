"""Columns of figures set closer than a word space's gutter (a LaTeX table whose columns are
3-5 pt apart): the gaps between them are narrower than the gutter the columns are found by,
so two columns' figures come out as one cell ("0.54 0.67").  Such a pair is split only on
the evidence of many rows: in five rows or more (and most rows with a cell in the column)
the cell is two figures whose second starts at the same x (left-aligned columns) or whose
first ends at the same x (right-aligned columns); never a number printed with a space as
its thousands separator ("12 345")."""
from __future__ import annotations

import re
import statistics
from typing import Optional

from .text import Item, _col_of

_FIG = re.compile(r"^[-+(]?\d[\d,]*(?:\.\d+)?%?\)?$")
_THOUSANDS = re.compile(r"^\d{1,3}$")  # "12 345": a number with a space between its groups
_GROUP = re.compile(r"^\d{3}(?:[.,]\d+)?$")
_MIN_ROWS = 5
_TOL = 0.6  # points: one edge, read from many rows


def _pair(it) -> Optional[tuple]:
    """The two figures of a cell read as one ("0.54 0.67"), or None."""
    ws = it.words
    if len(ws) != 2 or not (_FIG.match(ws[0].text) and _FIG.match(ws[1].text)):
        return None
    if ws[1].x0 - ws[0].x1 < 1.0 or (_THOUSANDS.match(ws[0].text) and _GROUP.match(ws[1].text)):
        return None
    return ws[0], ws[1]


def _edge(values: list) -> Optional[float]:
    """The x most of ``values`` share (within ``_TOL``), when at least ``_MIN_ROWS`` do."""
    if len(values) < _MIN_ROWS:
        return None
    mid = statistics.median(values)
    near = [v for v in values if abs(v - mid) <= _TOL]
    return mid if len(near) >= _MIN_ROWS and len(near) >= 0.8 * len(values) else None


def _cut(it, at: float, left_aligned: bool) -> list:
    """The item cut at ``at``: words starting at or after it (left-aligned) / ending after it
    (right-aligned) go right; the item itself when either side would be empty."""
    if left_aligned:
        right = [w for w in it.words if w.x0 >= at - _TOL]
    else:
        right = [w for w in it.words if w.x1 > at + _TOL]
    left = [w for w in it.words if w not in right]
    if not left or not right or right[0].x0 - left[-1].x1 < 1.0 or \
            any(w.x0 < left[-1].x1 for w in right):
        return [it]
    return [Item(left), Item(right)]


def split_close_columns(items: list, bounds: list) -> tuple[list, list]:
    """(items, bounds) with each column whose cells are pairs of figures in many rows split
    in two (see the module docstring): the new bound at the shared edge, every item of the
    column (header cells too) cut there where a gap falls at it."""
    if not bounds or sum(1 for it in items if len(it.words) == 2) < _MIN_ROWS:
        return items, bounds  # no column can hold five pairs (the common case, read at once)
    for _ in range(len(bounds) + 1):
        by_col: dict[int, list] = {}
        filled: dict[int, int] = {}
        for it in items:
            c = _col_of(it, bounds)
            if _FIG.match(it.words[0].text):
                filled[c] = filled.get(c, 0) + 1
            p = _pair(it)
            if p is not None:
                by_col.setdefault(c, []).append(p)
        found = None
        for c, pairs in sorted(by_col.items()):
            if len(pairs) < 0.6 * filled.get(c, 0):
                continue
            x = _edge([b.x0 for _, b in pairs])
            if x is not None:
                found = (c, x - 0.5, True)
                break
            x = _edge([a.x1 for a, _ in pairs])
            if x is not None:
                found = (c, x + 0.5, False)
                break
        if found is None:
            break
        c, at, left_aligned = found
        new = []
        for it in items:
            new.extend(_cut(it, at, left_aligned) if _col_of(it, bounds) == c and it.x0 < at < it.x1 else [it])
        items = new
        bounds = sorted(bounds + [at])
    return items, bounds
