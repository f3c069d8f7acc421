"""Tables whose header rule is drawn cell by cell: an unruled table (no vertical rules) with a
rule over its header across the table and, under the header, a rule drawn as one segment per
column, end to end (a word processor's or a journal's cell bottom borders).  The segments'
ends are the column bounds, so the columns are known even where cells hold wrapped prose of
many lines beside one-line cells (the layout reads such prose columns as text flows of their
own and the table loses them).  The table is read as a ruled one: header lines stacked per
column into one row; body rows start at each line with text in the first column (a label's
or a cell's wrapped lines go on the row above); the body ends at a rule of the table's width,
at a gap of more than two lines (a line starting a row, more than half as far again as any
gap between the lines above), or at a line of text crossing a column bound."""
from __future__ import annotations

import statistics
from typing import Optional

from ...model import Cell
from .ruled import RuledTable, _cell_text
from .text import _cluster_lines

_TOL = 1.5  # points: segment ends meeting, rules of the same extent


def _segment_runs(hrules) -> list[tuple[float, list[float]]]:
    """(y, bounds) of each run of three or more horizontal segments at one height drawn end to
    end (each starting within ``_TOL`` of the previous one's end): ``bounds`` are the run's
    x0, the joints and its x1."""
    by_y: dict[float, list] = {}
    for x0, y, x1 in hrules:
        by_y.setdefault(round(y, 1), []).append((x0, x1))
    out = []
    for y, segs in by_y.items():
        segs = sorted(set((round(a, 1), round(b, 1)) for a, b in segs))
        run = [segs[0]]
        for a, b in segs[1:] + [(None, None)]:
            if a is not None and abs(a - run[-1][1]) <= _TOL and b - a >= 4:
                run.append((a, b))
                continue
            if len(run) >= 3:
                out.append((y, [run[0][0]] + [s[1] for s in run]))
            if a is not None:
                run = [(a, b)]
    return out


def _full_rule_above(hrules, y: float, x0: float, x1: float, pitch: float) -> Optional[float]:
    """The height of a single rule of the run's extent above ``y``, within six lines of it."""
    ys = [ry for a, ry, b in hrules if abs(a - x0) <= _TOL and abs(b - x1) <= _TOL
          and y - 6 * pitch <= ry < y - pitch]
    return max(ys) if ys else None


def _col(w, bounds: list) -> Optional[int]:
    """The column holding word ``w`` whole, None when it crosses a bound."""
    for k in range(len(bounds) - 1):
        if bounds[k] - _TOL <= w.x0 and w.x1 <= bounds[k + 1] + _TOL:
            return k
    return None


def cell_rule_tables(words: list, rules: tuple) -> list[RuledTable]:
    """The tables of the page whose header rule is drawn cell by cell (module docstring)."""
    if not rules or not words:
        return []
    hrules, vrules = rules
    runs = _segment_runs(hrules)
    if not runs:
        return []
    pitch = statistics.median(w.bottom - w.top for w in words) * 1.3
    out = []
    for y, bounds in runs:
        x0, x1 = bounds[0], bounds[-1]
        if any(x0 + _TOL < vx < x1 - _TOL and vt < y + pitch and vb > y - pitch for vx, vt, vb in vrules):
            continue  # rules between the columns: a grid, read as a ruled table
        top = _full_rule_above(hrules, y, x0, x1, pitch)
        if top is None:
            continue
        got = _table(words, bounds, top, y, hrules, pitch)
        if got is not None:
            out.append(got)
    return out


def _table(words: list, bounds: list, top: float, y: float, hrules, pitch: float) -> Optional[RuledTable]:
    x0, x1 = bounds[0], bounds[-1]
    inside = [w for w in words if x0 - _TOL <= w.x0 and w.x1 <= x1 + _TOL and w.top >= top]
    head = [w for w in inside if w.bottom <= y + 1.0]
    if not head or any(_col(w, bounds) is None for w in head):
        return None
    below = [ry for a, ry, b in hrules if abs(a - x0) <= _TOL and abs(b - x1) <= _TOL and ry > y + pitch]
    end = min(below) if below else float("inf")
    lines = [ln for ln in _cluster_lines([w for w in inside if y + 1.0 < w.top and w.bottom <= end])]
    body: list = []
    last, widest, n_rows = y, 0.0, 0
    for ln in lines:
        gap = ln[0].top - last
        if gap > 2 * pitch or any(_col(w, bounds) is None for w in ln):
            break
        if any(_col(w, bounds) == 0 for w in ln):
            if n_rows >= 2 and gap > 1.5 * widest + 1.0:
                break  # a note set apart under the rows, no row of its own
            n_rows += 1
        if body:
            widest = max(widest, gap)
        body.append(ln)
        last = max(w.bottom for w in ln)
    starts = [k for k, ln in enumerate(body) if any(_col(w, bounds) == 0 for w in ln)]
    if len(starts) < 2 or starts[0] != 0:
        return None
    filled = {_col(w, bounds) for ln in body for w in ln}
    if len(filled) < 3:
        return None
    rows = [_row(head, bounds, top, y)]
    for a, b in zip(starts, starts[1:] + [len(body)]):
        ws = [w for ln in body[a:b] for w in ln]
        rows.append(_row(ws, bounds, min(w.top for w in ws), max(w.bottom for w in ws)))
    bottom = max(w.bottom for ln in body for w in ln)
    return RuledTable(bbox=(x0, top, x1, bottom), rows=rows, col_x=bounds[:-1])


def _row(ws: list, bounds: list, top: float, bottom: float) -> list:
    row = []
    for k in range(len(bounds) - 1):
        cw = [w for w in ws if _col(w, bounds) == k]
        box = (bounds[k], top, bounds[k + 1], bottom)
        row.append(Cell(_cell_text(cw, unruled=True) if cw else "", box))
    return row
