"""Commentary rows of an unruled table: a line of prose set across the table's value columns
between two of its rows (a savings or risk table with a note under each line: "The absence
of a commissioned managed account ... has hindered ..."), its own row of the table with one
cell spanning from its first column to the last.  Read apart, the prose crosses the table's
gutters, so the band grouping ends the table at the first note and every row after it falls
into paragraphs ("-3,300.0 - - - - 3,300.0 3,300.0 -").

A note is joined only with the rows of values under it: the lines after the table are read
on while each is a note (starts right of the label column's text and crosses a gutter, or
goes on from the note above at its left edge) or a line of cells in the table's columns, and
each run of cells holds a line of figures in two or more columns; a note after the last row
is left as text (it ends the table), unless every row has its note and this one starts where
they start (the last row's commentary)."""
from __future__ import annotations

import copy
import re

from ...model import Cell
from .close_columns import split_close_columns
from .ruled import _cell_text
from .text import _lines_of
from .unruled import _col_of, _column_bounds, _grid_rows, _row_line_groups, _unruled_table

_FIG = re.compile(r"^[-+(£$€]*\d[\d.,]*%?\)?$")
_NO = object()  # a group not read yet


def _crosses(it, bounds: list) -> int:
    return sum(1 for b in bounds if it.x0 + 1 < b < it.x1 - 1)


def _note(ln, prev_note, bounds: list, label_x1: float, lh: float) -> bool:
    """A line of a note: one segment starting right of the label column's text that crosses
    a gutter, or the wrapped line of the note above (at its left edge, close under it)."""
    if len(ln.items) != 1:
        return False
    it = ln.items[0]
    if prev_note is not None and abs(it.x0 - prev_note.x0) <= 1.0 and ln.top - prev_note.bottom <= 0.6 * lh:
        return True
    return it.x0 > label_x1 + 2 and _crosses(it, bounds) >= 1 and len(it.words) >= 3


def _cells_line(ln, bounds: list, x0: float, x1: float) -> bool:
    return all(_crosses(i, bounds) == 0 and i.x0 >= x0 - 2 and i.x1 <= x1 + 2 for i in ln.items)


def _value_line(ln, bounds: list) -> bool:
    return len({_col_of(i, bounds) for i in ln.items if _FIG.match(i.text.replace(" ", ""))} - {0}) >= 2


def _runs(lines: list, bounds: list, x0: float, x1: float, label_x1: float, lh: float) -> list:
    """[(kind, lines)] of the lines after a table while they are notes ('note') or runs of
    close lines of cells holding a line of figures ('row'); stops at the first other line."""
    runs: list = []
    prev_note = None
    for ln in lines:
        if _note(ln, prev_note, bounds, label_x1, lh):
            if runs and runs[-1][0] == "note":
                runs[-1][1].append(ln)
            else:
                runs.append(("note", [ln]))
            prev_note = ln
            continue
        prev_note = None
        if not _cells_line(ln, bounds, x0, x1):
            break
        if runs and runs[-1][0] == "row" and ln.top - runs[-1][1][-1].bottom <= 0.6 * lh:
            runs[-1][1].append(ln)
        else:
            runs.append(("row", [ln]))
    for k, (kind, ls) in enumerate(runs):
        if kind == "row" and not any(_value_line(ln, bounds) for ln in ls):
            runs = runs[:k]  # cells with no figures (a heading, the next table's title): the end
            break
    last = _last_note(runs)
    while runs and runs[-1][0] == "note":
        runs.pop()  # a note after the last row ends the table: left as text
    return runs + last


def _last_note(runs: list) -> list:
    """The note run under the table's last row when every row is followed by its note (two
    notes or more before it, rows and notes alternating) and it starts where they start
    (within 1 pt): the last row's commentary, not text under the table."""
    if len(runs) < 4 or runs[-1][0] != "note" or runs[-2][0] != "row":
        return []
    kinds = [kind for kind, _ in runs]
    if any(a == b for a, b in zip(kinds, kinds[1:])) or kinds.count("note") < 3:
        return []
    xs = [min(ln.x0 for ln in ls) for kind, ls in runs if kind == "note"]
    return runs[-1:] if all(abs(x - xs[-1]) <= 1.0 for x in xs) else []


def _cell_rows(lines: list, bounds: list, items: list, lh: float) -> list:
    """The rows of a run of close lines of cells: one row around its one line of figures (a
    label wrapped above and below it), else grouped as the table's rows are."""
    if sum(1 for ln in lines if _value_line(ln, bounds)) == 1:
        groups = [list(range(len(lines)))]
    else:
        filled = [{_col_of(i, bounds) for i in ln.items} for ln in lines]
        groups = _row_line_groups(lines, filled, bounds, lh)
    return _grid_rows(lines, groups, bounds, items)


def _note_row(note: list, bounds: list, ncol: int) -> list[Cell]:
    x0 = min(ln.x0 for ln in note)
    col = next((c for c in range(1, ncol) if c == ncol - 1 or x0 < bounds[c]), ncol - 1)
    words = [w for ln in note for it in ln.items for w in it.words]
    bb = (x0, min(ln.top for ln in note), max(ln.x1 for ln in note), max(ln.bottom for ln in note))
    row = [Cell("", None) for _ in range(ncol)]
    row[col] = Cell(_cell_text(words, unruled=True), bb, col_span=ncol - col)
    for q in range(col + 1, ncol):
        row[q].covered = True
    return row


def join_commentary_rows(groups: list, gut_for, hrules=()) -> tuple[list, dict]:
    """(groups, {id(items): unruled table read}) with the notes and rows after each unruled
    table joined into its group, and that group's table read with its note rows (``hrules``:
    the page's horizontal rules, for ``_unruled_table``)."""
    read: dict = {}
    groups = list(groups)
    out: list = []
    k = 0
    while k < len(groups):
        kind, its = groups[k]
        k += 1
        out.append((kind, its))
        if kind != "table":
            continue
        got = read.get(id(its), _NO)
        if got is _NO:
            got = read[id(its)] = _unruled_table(its, gut_for(its), hrules)
        if got is None or got[2] or len(got[1].rows) < 2:
            continue
        joined = _join_after(groups, k, its, got, gut_for(its))
        if joined is None:
            continue
        merged, table, k, rest = joined
        out[-1] = ("table", merged)
        read[id(merged)] = table
        if rest is not None:
            groups[k - 1] = rest  # the part of the last group read on after the table
            k -= 1
    return out, read


def _join_after(groups: list, k: int, its: list, got: tuple, gut: float):
    """(items, table read, index after the last group read into it, the rest of that group
    or None) when notes and rows of the groups from ``k`` on continue the table of ``its``."""
    read = {id(j) for j in got[0]}
    own = [i for i in its if id(i) not in read]
    bounds = _column_bounds(own, gut)
    own, bounds = split_close_columns(own, bounds)
    ncol = len(got[1].rows[0])
    if len(bounds) + 1 != ncol:
        return None
    x0, x1 = min(i.x0 for i in own), max(i.x1 for i in own)
    label_x1 = max((i.x1 for i in own if _col_of(i, bounds) == 0), default=x0)
    lh = min(ln.bottom - ln.top for ln in _lines_of(own))
    after: list = []
    j = k
    while j < len(groups) and groups[j][0] in ("text", "table") and \
            all(i.top >= got[1].bbox[3] for i in groups[j][1]):
        after.extend(groups[j][1])
        j += 1
    runs = _runs(_lines_of(after), bounds, x0, x1, label_x1, lh)
    if not any(kind == "note" for kind, _ in runs):
        return None
    taken = [ln for _, ls in runs for ln in ls]
    ids = {id(i) for ln in taken for i in ln.items}
    table = copy.copy(got[1])
    rows = list(table.rows)
    for kind, ls in runs:
        if kind == "note":
            rows.append(_note_row(ls, bounds, ncol))
        else:
            rows.extend(_cell_rows(ls, bounds, own + [i for ln in ls for i in ln.items], lh))
    table.rows = rows
    table.text = "\n".join("\t".join(c.text for c in r) for r in rows)
    table.bbox = (table.bbox[0], table.bbox[1], max(table.bbox[2], max(ln.x1 for ln in taken)),
                  max(ln.bottom for ln in taken))
    # the groups read whole, and the rest of the last one read in part
    m = k
    while m < j and all(id(i) in ids for i in groups[m][1]):
        m += 1
    rest = None
    if m < j:
        left = [i for i in groups[m][1] if id(i) not in ids]
        if len(left) < len(groups[m][1]):
            rest, m = (groups[m][0], left), m + 1
    merged = its + [i for i in after if id(i) in ids]
    return merged, (got[0], table, []), m, rest
