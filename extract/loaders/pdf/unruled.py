"""Unruled tables: one-row label/value boxes and tables found from aligned cells."""
from __future__ import annotations

import re
import statistics
from typing import Optional

from ...model import Block, Cell
from ..table_cells import mark_header_rows
from .ruled import _cell_text
from .text import Line, _GLYPH_MARK, _GLYPH_MARK_ANY, _GLYPH_ONLY, _TERMINAL, _bullet_marker, _gutters, _join_texts, _lines_of


def _box_value(text: str, n_words: int) -> bool:
    """A box's value text: a figure in it, and five words or three tokens with digits
    ("Q1: 70 Q2: 74")."""
    toks = text.split()
    return bool(re.search(r"\d", text)) and (n_words >= 5 or sum(1 for t in toks if re.search(r"\d", t)) >= 3)


def _one_row_box(lines: list, k: int = 0) -> Optional[tuple[Block, int]]:
    """(block, index after its last line) when line ``k`` of ``lines`` stands as a label and
    one to three value texts set apart by a wide gap ("Crime volume      Q1: 10,952 -
    43,523 rolling 12 months Q2: ...") - the one row of an unruled box: a short label (no
    sentence, not "Label:", no bullet), at least 2 em between cells, the first value a
    figure with words around it (``_box_value``), any other a value or a comment of three
    words or more.  Lines right under it, close and inside one cell's column each, are its
    cells' wrapped lines."""
    ln = lines[k]
    segs = sorted(ln.items, key=lambda i: i.x0)
    if not 2 <= len(segs) <= 4:
        return None
    label = segs[0].text
    if len(segs[0].words) > 16 or _TERMINAL.search(label) or _bullet_marker(label) or \
            not re.match(r"[A-Z0-9]", label) or re.search(r"[.;!?]\s", label) or \
            not re.search(r"[A-Za-z]{2,}", label):
        return None
    for a, b in zip(segs, segs[1:]):
        # a wide gap, wide for the cell before it too (two columns of text have a narrow
        # gutter between lines that fill their columns)
        if b.x0 - a.x1 < max(2.0 * max(a.size, b.size, 4.0), 0.5 * (a.x1 - a.x0)):
            return None
    h = ln.bottom - ln.top
    if k > 0 and ln.top - lines[k - 1].bottom <= 0.6 * h and \
            min(lines[k - 1].x1, segs[0].x1) > max(lines[k - 1].x0, segs[0].x0):
        return None  # the line goes on from the one above: text, not a box
    if not _box_value(segs[1].text, len(segs[1].words)):
        return None
    for v in segs[2:]:
        if not (_box_value(v.text, len(v.words)) or len(v.words) >= 3):
            return None
    cells = [[s] for s in segs]
    lefts = [s.x0 for s in segs]
    rights = [b.x0 for b in segs[1:]] + [float("inf")]
    j = k + 1
    while j < len(lines) and j <= k + 3:
        nxt = lines[j]
        if nxt.top - lines[j - 1].bottom > 0.6 * h or abs(nxt.size - ln.size) > 0.5:
            break
        homes = []
        for it in nxt.items:
            c = [c for c in range(len(segs)) if lefts[c] - 2 <= it.x0 and it.x1 <= rights[c] - 2]
            if not c:
                break
            homes.append(c[0])
        else:
            for it, c in zip(nxt.items, homes):
                cells[c].append(it)
            j += 1
            continue
        break
    if j < len(lines) and lines[j].top - lines[j - 1].bottom <= 0.6 * h or len(cells[0]) > 2:
        return None  # text running on below (two columns of text), or a long label
    row = []
    for cs in cells:
        row.append(Cell(_join_texts([c.text for c in cs]),
                        (min(c.x0 for c in cs), min(c.top for c in cs), max(c.x1 for c in cs),
                         max(c.bottom for c in cs))))
    bottom = max(x.bottom for x in lines[k:j])
    x1 = max(x.x1 for x in lines[k:j])
    return Block.table([row], bbox=(ln.x0, ln.top, x1, bottom), table_method="unruled"), j


def _unruled_table(items: list, gut: float) -> Optional[tuple[list, Block, list]]:
    """(items before, table block, items after) when ``items`` is confidently a table."""
    gutters = _gutters(items, gut)
    if not gutters:
        return None
    bounds = [(a + b) / 2 for a, b in gutters]

    def col_of(it):
        cx = (it.x0 + it.x1) / 2
        return sum(1 for b in bounds if cx > b)

    # a column of bullet glyphs only (a list's markers set apart from their items) is part
    # of the column on its right, not a column of its own
    c = 0
    while c < len(bounds):
        its = [it for it in items if col_of(it) == c]
        if its and all(_GLYPH_ONLY.match(it.text) for it in its):
            del bounds[c]
        else:
            c += 1
    if not bounds:
        return None
    ncol = len(bounds) + 1
    lines = _lines_of(items)

    # title lines above the table: a single bold/larger segment
    titles: list[Line] = []
    med_size = statistics.median(w.size for it in items for w in it.words)
    while len(lines) >= 3 and len(lines[0].items) == 1 and len({col_of(i) for i in lines[1].items}) >= 2 and (
            lines[0].bold or lines[0].size > med_size + 0.5):
        titles.append(lines.pop(0))
    filled = [{col_of(i) for i in ln.items} for ln in lines]
    multi_idx = [k for k, f in enumerate(filled) if len(f) >= 2]
    if len(multi_idx) == 1:
        # one line of cells among lines of text: a one-row box (with its wrapped lines), or text
        k = multi_idx[0]
        got = _one_row_box(lines, k)
        if got is None:
            return None
        box, j = got
        return ([it for ln in titles + lines[:k] for it in ln.items], box,
                [it for ln in lines[j:] for it in ln.items])
    if len(multi_idx) < 2:
        return None
    lh = statistics.median(ln.bottom - ln.top for ln in lines)
    small = 0.6 * lh
    # single-column lines before the first / after the last multi-column line belong to the
    # table only when they hug it (a wrapped cell); the rest is text around the table
    lo, hi = multi_idx[0], multi_idx[-1]
    while lo > 0 and lines[lo].top - lines[lo - 1].bottom <= small and not _bullet_marker(lines[lo - 1].text):
        lo -= 1
    def list_goes_on(ln) -> bool:
        # a bullet line under a list column of the table (its glyph where an item's glyph
        # above is): the list goes on in its cell, the line is no loose bullet
        it0 = ln.items[0]
        if len(ln.items) != 1 or col_of(it0) == 0 or not _GLYPH_MARK_ANY.match(it0.text):
            return False
        return any(col_of(i) == col_of(it0) and abs(i.x0 - it0.x0) <= 2.0 and _GLYPH_MARK_ANY.match(i.text)
                   for l2 in lines[lo:hi + 1] for i in l2.items)

    while hi < len(lines) - 1 and lines[hi + 1].top - lines[hi].bottom <= small and \
            (not _bullet_marker(lines[hi + 1].text) or list_goes_on(lines[hi + 1])):
        hi += 1
    before, after = lines[:lo], lines[hi + 1:]
    lines, filled = lines[lo:hi + 1], filled[lo:hi + 1]
    titles = titles + before
    multi = sum(1 for f in filled if len(f) >= 2)
    if multi < 2 or multi < 0.34 * len(lines) or (multi < 3 and ncol < 3):
        return None
    used = {c for f in filled for c in f}
    if len(used) < 2:
        return None
    # cells must be short: a column made of long prose is not a table column
    for ln in lines:
        for it in ln.items:
            if len(it.words) > 25:
                return None
    # rows: by larger vertical gaps when there are several, else one line per row
    gaps = [lines[k + 1].top - lines[k].bottom for k in range(len(lines) - 1)]
    starts = [True] + [False] * (len(lines) - 1)
    big_thr = None
    if gaps:
        sg = sorted(gaps)
        # the largest jump that leaves at least two row gaps above it (one tall gap, a row
        # whose wrapped line was cut off with its column, is not the row spacing)
        jumps = sorted(((sg[k + 1] - sg[k], k) for k in range(len(sg) - 1)), reverse=True)
        for j, k in jumps:
            if j <= 0.25 * lh:
                break
            if len(sg) - (k + 1) >= 2:
                big_thr = (sg[k] + sg[k + 1]) / 2
                break

    def first_col_text(k):
        segs = [i for i in lines[k].items if col_of(i) == 0]
        return segs[0].text if segs else ""

    for k in range(1, len(lines)):
        g = gaps[k - 1]
        if big_thr is not None:
            starts[k] = g > big_thr
        elif g > 0.8 * lh:
            starts[k] = True
        elif 0 not in filled[k]:
            starts[k] = False  # wrapped text in another column
        else:
            t0 = first_col_text(k).lstrip("\"'(“‘")
            starts[k] = not (t0[:1].islower())  # "commenced": the label wraps
    rows_lines: list[list[int]] = []
    for k in range(len(lines)):
        if starts[k] or not rows_lines:
            rows_lines.append([k])
        else:
            rows_lines[-1].append(k)
    col_x0 = [min(i.x0 for i in items)] + [b for b in bounds]
    col_x1 = [b for b in bounds] + [max(i.x1 for i in items)]
    rows: list[list[Cell]] = []
    for rl in rows_lines:
        top = min(lines[k].top for k in rl)
        bot = max(lines[k].bottom for k in rl)
        row = []
        for c in range(ncol):
            segs = [it for k in rl for it in sorted(lines[k].items, key=lambda i: i.x0) if col_of(it) == c]
            if segs:
                txt = _cell_text([w for s in segs for w in s.words], unruled=True)
                bb = (min(s.x0 for s in segs), min(s.top for s in segs),
                      max(s.x1 for s in segs), max(s.bottom for s in segs))
            else:
                txt, bb = "", (col_x0[c], top, col_x1[c], bot)
            row.append(Cell(txt, bb))
        rows.append(row)
    if len(rows) < 2:
        return None
    # a column of bullets in another size than the rest is a text column beside the table
    # that was not cut off: no table rather than one with narrative in its cells
    col_words: dict[int, list] = {}
    for ln in lines:
        for it in ln.items:
            col_words.setdefault(col_of(it), []).extend(it.words)
    for c, ws in col_words.items():
        if not any(_GLYPH_MARK.match(it.text) for ln in lines for it in ln.items if col_of(it) == c):
            continue
        rest = [w.size for k, v in col_words.items() if k != c for w in v]
        if rest and ws:
            a, b = statistics.median(w.size for w in ws), statistics.median(rest)
            if max(a, b) >= 1.2 * min(a, b):
                return None
    tb = (min(i.x0 for ln in lines for i in ln.items), lines[0].top,
          max(i.x1 for ln in lines for i in ln.items), lines[-1].bottom)
    table = Block.table(rows, bbox=tb, table_method="unruled")
    mark_header_rows(table)
    return [it for ln in titles for it in ln.items], table, [it for ln in after for it in ln.items]
