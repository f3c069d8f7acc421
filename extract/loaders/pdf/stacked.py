"""Ruled grid cells that hold more than one table cell: a table ruled between its column
groups and over and under groups of rows only (a LaTeX/booktabs table with ``|`` between
its column groups, a statistical table with a rule before its totals) gives pdfplumber a
grid whose cells each hold a group of rows, one line per row, or several columns of
figures; a table ruled between its columns only gives one tall row holding every record,
records parted by space.  Such rows and columns are split here, before the cells are made."""
from __future__ import annotations

import re

from ..table_cells import _YEAR, _is_value
from .text import _cluster_lines


_FIGURE = re.compile(r"^[-+(£$€]*\d[\d,]*(?:\.\d+)?(?:[-–]\d[\d,]*(?:\.\d+)?)?(?:%|[A-Za-z]{1,2})?\)?$")


def _figure_like(text: str) -> bool:
    """A figure as a stacked row's value: a number, a range or a size with a unit letter
    ("84-89", "2.5B", "12T"), not a bare year; a figure does not wrap."""
    t = text.strip()
    return _is_value(t) or (bool(_FIGURE.match(t)) and not _YEAR.match(t))


def _stacked_lines(cells: list) -> list | None:
    """The lines of a grid row's cells (``[(cell index, [lines])]``) when the row is several
    table rows stacked: two or more filled cells, every one with the same number of lines
    (two or more), the k-th lines of all cells on one baseline, and figures on every line of
    some cell.  Wrapped text (a label over two lines beside a one-line value,
    prose cells) has lines that do not pair up so; None then."""
    filled = [(ci, _cluster_lines(ws)) for ci, ws in cells if ws]
    if len(filled) < 2:
        return None
    n = len(filled[0][1])
    if n < 2 or any(len(lines) != n for _, lines in filled):
        return _wrapped_labels(filled)
    for k in range(n):
        mids = [sum(w.top + w.bottom for w in lines[k]) / (2 * len(lines[k])) for _, lines in filled]
        h = min(max(w.bottom - w.top for w in lines[k]) for _, lines in filled)
        if max(mids) - min(mids) > 0.4 * h:
            return None
    if not any(all(_figure_like(" ".join(w.text for w in ln)) for ln in lines) for _, lines in filled):
        return None
    return filled


def _mid(line: list) -> float:
    return sum(w.top + w.bottom for w in line) / (2 * len(line))


def _wrapped_labels(filled: list) -> list | None:
    """``_stacked_lines`` for stacked rows whose labels wrap: two or more cells of figures,
    one figure a line, with the same number of lines (two or more) on the same baselines
    (a group of rows ruled only around the group: "Long-term investments" / "Short-term
    investments" / "Cash and cash" "equivalents" beside "280.1" / "44.4" / "128.9", the last
    figure set between its label's two lines); each line of the other cells goes with the
    figure line nearest it, every figure line getting one or more lines of each such cell,
    at line pitch (a gap under half a line: a record's lines set apart by space are records,
    ``_gap_bands``).  None when the cells do not pair up so."""
    figs = [(ci, lines) for ci, lines in filled
            if len(lines) >= 2 and all(_figure_like(" ".join(w.text for w in ln)) for ln in lines)]
    if len(figs) < 2 or len({len(lines) for _, lines in figs}) != 1:
        return None
    n = len(figs[0][1])
    for k in range(n):
        mids = [_mid(lines[k]) for _, lines in figs]
        h = min(max(w.bottom - w.top for w in lines[k]) for _, lines in figs)
        if max(mids) - min(mids) > 0.4 * h:
            return None
    centres = [sum(_mid(lines[k]) for _, lines in figs) / len(figs) for k in range(n)]
    out = []
    for ci, lines in filled:
        if (ci, lines) in figs:
            out.append((ci, lines))
            continue
        if len(lines) < n:
            return None
        groups: list = [[] for _ in range(n)]
        for ln in lines:
            groups[min(range(n), key=lambda k: abs(_mid(ln) - centres[k]))].append(ln)
        if any(not g for g in groups) or any(
                min(w.top for w in b) - max(w.bottom for w in a) > 0.5 * max(w.bottom - w.top for w in b)
                for g in groups for a, b in zip(g, g[1:])):
            return None  # a group's lines apart: records parted by space, not wrapped labels
        out.append((ci, [[w for ln in g for w in ln] for g in groups]))
    return out


def split_stacked_rows(rows_bb: list, cell_words: dict, covered_rows: set) -> tuple[list, dict]:
    """``rows_bb`` (grid rows of cell boxes) and ``cell_words`` ({(row, col): words}) with
    every grid row that holds stacked table rows split into one row per line; a row some
    merged cell covers (``covered_rows``) is left whole."""
    out_bb: list = []
    out_words: dict = {}
    for ri, r in enumerate(rows_bb):
        stacked = None
        if ri not in covered_rows and all(c is not None for c in r):
            stacked = _stacked_lines([(ci, cell_words.get((ri, ci), [])) for ci in range(len(r))])
        bands = None
        if stacked is None and ri not in covered_rows and all(c is not None for c in r):
            bands = _gap_bands([(ci, cell_words.get((ri, ci), [])) for ci in range(len(r))])
        if bands is not None:
            top, bottom = min(c[1] for c in r), max(c[3] for c in r)
            edges = [top] + [(a[1] + b[0]) / 2 for a, b in zip(bands, bands[1:])] + [bottom]
            for k in range(len(bands)):
                row_i = len(out_bb)
                out_bb.append([(c[0], edges[k], c[2], edges[k + 1]) for c in r])
                for ci in range(len(r)):
                    ws = [w for w in cell_words.get((ri, ci), []) if edges[k] <= (w.top + w.bottom) / 2 < edges[k + 1]]
                    if ws:
                        out_words[(row_i, ci)] = ws
            continue
        if stacked is None:
            for ci in range(len(r)):
                if (ri, ci) in cell_words:
                    out_words[(len(out_bb), ci)] = cell_words[(ri, ci)]
            out_bb.append(r)
            continue
        n = len(stacked[0][1])
        top, bottom = min(c[1] for c in r), max(c[3] for c in r)
        # each line's band: from the middle of the gap above it to the middle of the gap under it
        edges = [top]
        for k in range(1, n):
            above = max(w.bottom for _, lines in stacked for w in lines[k - 1])
            below = min(w.top for _, lines in stacked for w in lines[k])
            edges.append((above + below) / 2)
        edges.append(bottom)
        by_cell = dict(stacked)
        for k in range(n):
            row_i = len(out_bb)
            out_bb.append([(c[0], edges[k], c[2], edges[k + 1]) for c in r])
            for ci in by_cell:
                out_words[(row_i, ci)] = list(by_cell[ci][k])
    return out_bb, out_words


def _gap_bands(cells: list) -> list | None:
    """The bands of a tall grid row that holds several records set apart by space, not by
    rules (a table ruled between its columns only, its rows of wrapped cells parted by a
    blank line's space): the row's lines, pooled over its cells, fall into groups parted by
    gaps of two sizes (``_row_gap_threshold``, as an unruled table's rows).  Kept when there
    are three bands or more, each with text in the first column (a record's label), and
    figures in another column on half the bands or more; ``[(top, bottom)]`` of each band,
    else None."""
    from .unruled import _row_gap_threshold  # unruled imports ruled: imported when used
    lines = [ln for _, ws in cells if ws for ln in _cluster_lines(ws)]
    if len(lines) < 6:
        return None
    spans = sorted((min(w.top for w in ln), max(w.bottom for w in ln)) for ln in lines)
    merged: list = []
    for t, b in spans:  # lines of the pooled cells that overlap are one line of the row
        if merged and t < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([t, b])
    if len(merged) < 3:
        return None
    lh = sorted(b - t for t, b in spans)[len(spans) // 2]
    gaps = [merged[k + 1][0] - merged[k][1] for k in range(len(merged) - 1)]
    thr = _row_gap_threshold(gaps, lh)
    if thr is None:
        return None
    bands = [list(merged[0])]
    for k, g in enumerate(gaps):
        if g > thr:
            bands.append(list(merged[k + 1]))
        else:
            bands[-1][1] = merged[k + 1][1]
    if len(bands) < 3:
        return None

    def texts(ci: int, band) -> list:
        return [w.text for c, ws in cells if c == ci for w in ws if band[0] <= (w.top + w.bottom) / 2 <= band[1]]
    if not all(texts(0, b) for b in bands):
        return None
    n_cols = max(c for c, _ in cells) + 1
    if not any(sum(any(_figure_like(t) for t in texts(ci, b)) for b in bands) * 2 >= len(bands)
               for ci in range(1, n_cols)):
        return None
    return [tuple(b) for b in bands]


def _column_gutters(rows_bb: list, cell_words: dict, ci: int) -> tuple[list, int] | None:
    """Sub-columns packed into ruled column ``ci`` (a table ruled between its column groups
    only: "Train Test Val" under one heading, no rule between them): x positions of vertical
    gutters free of every word of the column's rows below its heading rows (leading rows of
    one phrase: headings over the group, read as spanning cells), and how many those are.
    Kept when three rows or more have words on both sides of every gutter and two thirds of those
    rows' parts are figures; None else."""
    rows = [ri for ri, r in enumerate(rows_bb) if ci < len(r) and r[ci] is not None and cell_words.get((ri, ci))]
    if len(rows) < 3:
        return None
    ws_all = [w for ri in rows for w in cell_words[(ri, ci)]]
    em = sorted(w.bottom - w.top for w in ws_all)[len(ws_all) // 2]

    def pieces(ws: list) -> list:  # (x0, x1) of runs of words closer than a gutter
        out: list = []
        for a, b in sorted((w.x0, w.x1) for w in ws):
            if out and a - out[-1][1] < 0.6 * em:
                out[-1][1] = max(out[-1][1], b)
            else:
                out.append([a, b])
        return out
    # heading rows: leading rows of one phrase (no gutter inside it), not a figure
    n_head = 0
    while n_head < 2 and len(rows) - n_head > 3:
        ws = cell_words[(rows[n_head], ci)]
        if len(pieces(ws)) != 1 or _figure_like(" ".join(w.text for w in ws)):
            break
        n_head += 1
    body = rows[n_head:]
    runs = pieces([w for ri in body for w in cell_words[(ri, ci)]])
    gutters = [(a[1] + b[0]) / 2 for a, b in zip(runs, runs[1:])]
    if not gutters:
        return None
    bounds = [-1e9] + gutters + [1e9]
    part_ws = [[[w for w in sorted(cell_words[(ri, ci)], key=lambda w: w.x0)
                 if bounds[k] <= (w.x0 + w.x1) / 2 < bounds[k + 1]] for k in range(len(gutters) + 1)]
               for ri in body]
    parts = [[" ".join(w.text for w in ws) for ws in row] for row in part_ws]
    if sum(all(p) for p in parts) < 3:
        return None
    flat = [p for ps in parts for p in ps if p]
    if sum(_figure_like(p) for p in flat) * 3 < 2 * len(flat) and not _aligned_words(part_ws):
        return None
    return gutters, n_head


def _aligned_words(part_ws: list) -> bool:
    """Sub-columns of words, not figures ("M | YES | HISPANIC" in one drawn column of an R
    table ruled between column groups): five rows or more fill every part, each part one
    word, and each sub-column's words start (or end) at one x, within 1 pt, on 80% of its
    rows.  Words of a cell of prose or of names part at no common x."""
    full = [row for row in part_ws if all(row)]
    if len(full) < 5 or any(len(ws) != 1 for row in full for ws in row):
        return False
    for k in range(len(full[0])):
        for edge in ("x0", "x1"):
            xs = sorted(getattr(row[k][0], edge) for row in full)
            mid = xs[len(xs) // 2]
            if sum(abs(x - mid) <= 1.0 for x in xs) >= 0.8 * len(xs):
                break
        else:
            return False
    return True


def _flush_over_one(head: list, body: list, gutters: list) -> bool:
    """The heading starts or ends where one of the columns parted at ``gutters`` does in the
    body rows (within 1.5 pt) and overlaps no other column's words (it may reach into the
    gutter: a heading wider than its figures)."""
    def col(w) -> int:
        return sum(1 for g in gutters if (w.x0 + w.x1) / 2 > g)
    ext: dict = {}
    for ws in body:
        for w in ws:
            ext.setdefault(col(w), []).append(w)
    h0, h1 = min(w.x0 for w in head), max(w.x1 for w in head)
    for j, ws in ext.items():
        rows = [[w for w in r if col(w) == j] for r in body]
        x0s = sorted(min(w.x0 for w in r) for r in rows if r)
        x1s = sorted(max(w.x1 for w in r) for r in rows if r)
        if abs(h1 - x1s[len(x1s) // 2]) > 1.5 and abs(h0 - x0s[len(x0s) // 2]) > 1.5:
            continue
        return all(h1 <= min(w.x0 for w in o) or h0 >= max(w.x1 for w in o) for i, o in ext.items() if i != j)
    return False


def split_packed_columns(rows_bb: list, cell_words: dict) -> tuple[list, dict]:
    """``rows_bb`` and ``cell_words`` with every ruled column that packs several columns of
    figures or aligned words (``_column_gutters``) split at its gutters; a heading row over
    the group keeps one cell spanning the new columns (its other positions ``None``, as a
    merged cell), unless it sits over one of them."""
    n_cols = max(len(r) for r in rows_bb)
    for ci in range(n_cols - 1, -1, -1):
        found = _column_gutters(rows_bb, cell_words, ci)
        if found is None:
            continue
        gutters, n_head = found
        filled = [ri for ri, r in enumerate(rows_bb) if ci < len(r) and r[ci] is not None and cell_words.get((ri, ci))]
        # a heading flush with one of the new columns ("grade" right-aligned over its figures,
        # the row names' column beside it headed by nothing) is that column's, not a span (a
        # heading centred over the group, "% of Total", spans it)
        head = {ri for ri in filled[:n_head]
                if not _flush_over_one(cell_words[(ri, ci)], [cell_words[(b, ci)] for b in filled[n_head:]], gutters)}
        k = len(gutters)
        new_bb, new_words = [], {}
        for ri, r in enumerate(rows_bb):
            c = r[ci] if ci < len(r) else None
            if c is None or ri in head:
                extra = [None] * k
                parts = [c] + extra if ci < len(r) else []
            else:
                xs = [c[0]] + gutters + [c[2]]
                parts = [(xs[j], c[1], xs[j + 1], c[3]) for j in range(k + 1)]
            new_bb.append(list(r[:ci]) + parts + list(r[ci + 1:]))
            for (wr, wc), ws in cell_words.items():
                if wr != ri:
                    continue
                if wc < ci:
                    new_words[(ri, wc)] = ws
                elif wc > ci:
                    new_words[(ri, wc + k)] = ws
                elif c is None or ri in head:
                    new_words[(ri, ci)] = ws
                else:
                    for j in range(k + 1):
                        got = [w for w in ws if parts[j][0] <= (w.x0 + w.x1) / 2 < parts[j][2]]
                        if got:
                            new_words[(ri, ci + j)] = got
        rows_bb, cell_words = new_bb, new_words
    return rows_bb, cell_words
