"""Trackers saved as text one cell a line, each cell ending in " |" (a web or PDF table converted
with its cell rules: City of York's scrutiny recommendation tracker, the Isle of Wight's select
committee recommendations):

    |
    Reference |
    Recommendation |
    Lead Officer/EM |
    Status |
    |
    SR (25/26) 01 |
    That XYZ be completed by… |
    DM/PL/KL |
    Complete |

A cell is the lines up to the one that ends in "|" (a cell wrapped over lines: "Economic
Development, Planning," / "Tourism and Leisure Services |"); a "|" alone is an empty cell (York's
first column, empty in every row; the Isle of Wight's reference column, empty in the header).  The
header is that "|" alone and the cells after it up to the next "|" alone or the first cell with a
digit in it ("SC18"); it must make a deliverables header (``header_columns``), and each row has as
many cells.

The rows are read only where that is certain: every row has the header's number of cells, its due
cell (if any) is a due, its status cell a short status, its lead cell a short name and its action
cell words; at least two rows.  A row cut short (the end, a blank line, a cell not closed within
a few lines) ends the table; a whole row that does not parse means the columns cannot be trusted,
and nothing is read.
"""
from __future__ import annotations

import bisect
import re
from typing import Optional

from .cells import _is_due_cell
from .headers import header_columns, rag_of
from .parts import _Entry, _Row, _Run, _Source
from .text import _clean

_MAX_HEAD = 12          # header cells read at most
_MAX_WRAP = 8           # lines of one cell at most
_DIGIT = re.compile(r"\d")
_LETTERS = re.compile(r"[A-Za-z]{3}")
_PCT = re.compile(r"^\d{1,3}(?:\.\d+)?\s?%$")


def _is_rule(t: str) -> bool:
    return t == "|"


def _cell_at(raw: list[str], k: int) -> Optional[tuple[str, int]]:
    """(cell text, index after it) of the cell starting at raw line ``k`` ("" for a "|" alone), else
    None (a blank line, the end, or no line ending in "|" within _MAX_WRAP lines)."""
    parts = []
    for j in range(k, min(k + _MAX_WRAP, len(raw))):
        t = raw[j].strip()
        if not t or (parts and _is_rule(t)):
            return None
        if t.endswith("|"):
            parts.append(t[:-1].strip())
            return " ".join(p for p in parts if p), j + 1
        parts.append(t)
    return None


def _header(raw: list[str], i: int) -> tuple[list[str], int]:
    """The header cells from the "|" alone at raw line ``i`` (its first, empty cell) on."""
    cells, k = [""], i + 1
    while k < len(raw) and len(cells) < _MAX_HEAD and not _is_rule(raw[k].strip()):
        got = _cell_at(raw, k)
        if got is None or not got[0] or _DIGIT.search(got[0]):
            break
        cells.append(got[0])
        k = got[1]
    return cells, k


def _row_ok(cells: list[str], cols) -> bool:
    def cell(i):
        return _clean(cells[i]) if i is not None else ""
    a, d, s, ld, p = cell(cols.action), cell(cols.due), cell(cols.status), cell(cols.lead), cell(cols.progress)
    if not _LETTERS.search(a) or _is_due_cell(a):
        return False
    if d and not _is_due_cell(d):
        return False
    if p and not (_PCT.match(p) or rag_of(p)):
        return False
    if s and (len(s) > 60 or len(s.split()) > 8):
        return False
    if ld and (len(ld) > 100 or len(ld.split()) > 14 or _is_due_cell(ld)):
        return False
    return True


def _table_at(raw: list[str], i: int):
    """(header cells, cols, rows as (first line index, cells), index after) of the table whose
    header's first, empty cell is the "|" alone at raw line ``i``, else None."""
    head, k = _header(raw, i)
    if len(head) < 4:
        return None
    cols = header_columns(head)
    if cols is None:
        return None
    rows = []
    n = len(head)
    while True:
        start, cells = k, []
        while len(cells) < n:
            got = _cell_at(raw, k)
            if got is None:
                break
            cells.append(got[0])
            k = got[1]
        if len(cells) < n:          # a row cut short: the table ended before it
            k = start
            break
        if not any(cells):          # a row of empty cells (the rules left under a table)
            continue
        if not _row_ok(cells, cols):
            return None
        rows.append((start, cells))
    return (head, cols, rows, k) if len(rows) >= 2 else None


def pipe_runs(doc, entries: list[_Entry], src: _Source) -> list[tuple[_Run, int]]:
    """(run, entry index after it) of every " |" tracker (module docstring)."""
    raw_text = doc.raw_text
    if doc.format not in ("text", "markdown") or not raw_text \
            or ("\n|\n" not in raw_text and not raw_text.startswith("|\n")):
        return []
    raw = src.raw
    starts = src.starts

    def entry_at(line: int) -> int:
        return max(0, bisect.bisect_right(starts, line) - 1)

    out: list[tuple[_Run, int]] = []
    i = 0
    while i < len(raw):
        if not _is_rule(raw[i].strip()):
            i += 1
            continue
        got = _table_at(raw, i)
        if got is None:
            i += 1
            continue
        head, cols, rows, k = got
        h = entry_at(i + 1)
        run = _Run(start=h, mode="table", page=entries[h].block.page if entries else None, whole_cells=True)
        section = entries[h].block.section if entries else ""   # (a row's own lines may pass for headings)
        for first, cells in rows:
            e = entries[entry_at(first + 1)] if entries else None
            pick = lambda j: _clean(cells[j]) if j is not None else ""  # noqa: E731
            run.rows.append(_Row(pick(cols.action), pick(cols.due), pick(cols.progress), e.page if e else None,
                                 first + 1, section, pick(cols.status).rstrip(" ."),
                                 pick(cols.lead).rstrip(" ."), full=True, rag=pick(cols.rag)))
        out.append((run, entry_at(k) + 1))   # (raw line k, 1-based, is the table's last)
        i = k
    return out
