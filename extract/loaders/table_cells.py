"""Table structure shared by the loaders: header rows and spanning cells.

``mark_header_rows(block)`` flags the leading rows of a table that are its header
(``Cell.is_header``): a header band is the run of at most three leading rows with
no numeric value in any cell ("2023/24", "Q1", "Target" are headings; "1,234",
"45%", "(300)" are values), above a row that has one.  Its first row needs two
filled cells or a spanning cell, later rows of the band two filled cells (a lone
label under the header is a section row of the body).  A table without any value
(a text table) has only its first row as header, and only when its cells are short
and none is a "Label:" (a two-column list of labels and values has no header).

``grid_spans(boxes)`` turns a grid whose merged positions are ``None`` (as
pdfplumber reports a ruled table) into spans: each ``None`` position belongs to
the cell above or to the left whose box covers its centre.
"""
from __future__ import annotations

import re
from typing import Optional

from ..model import Block

_VALUE = re.compile(r"^[-+−–(£$€]*\d[\d,]*(?:\.\d+)?\)?\s*(?:%|pp|[kKmMbB]n?)?\)?\*?$")


def _is_value(text: str) -> bool:
    return bool(_VALUE.match(text.strip().replace(" ", "")))


def _has_value(row: list) -> bool:
    return any(c.text and _is_value(c.text) for c in row if not c.covered)


def header_rows(rows: list) -> int:
    """How many leading rows of ``rows`` (lists of cells) are the table's header."""
    if len(rows) < 2:
        return 0
    valued = [_has_value(r) for r in rows]
    if not any(valued[1:]):
        first = [c.text for c in rows[0] if c.text]
        if len(first) >= 2 and all(len(t.split()) <= 6 and not t.rstrip().endswith(":") for t in first):
            return 1
        return 0
    k = 0
    while k < min(3, len(rows) - 1) and not valued[k]:
        filled = [c for c in rows[k] if c.text]
        if not (len(filled) >= 2 or (k == 0 and any(c.col_span > 1 for c in filled))):
            break
        k += 1
    return k if k < len(rows) and any(valued[k:]) else 0


def mark_header_rows(block: Block) -> None:
    """Set ``is_header`` on the header rows of a table block (unless a loader already did)."""
    if any(c.is_header for r in block.rows for c in r):
        return
    for r in block.rows[:header_rows(block.rows)]:
        for c in r:
            c.is_header = True


def grid_spans(boxes: list[list[Optional[tuple]]]) -> dict[tuple[int, int], tuple[int, int]]:
    """For a grid of cell boxes (``None`` where a merged cell covers the position):
    ``{(row, col): (row_span, col_span)}`` for every cell spanning more than one position."""
    n_cols = max((len(r) for r in boxes), default=0)
    col_x0 = []
    for ci in range(n_cols):
        xs = [r[ci][0] for r in boxes if ci < len(r) and r[ci] is not None]
        col_x0.append(min(xs) if xs else None)
    row_top = []
    for r in boxes:
        ys = [c[1] for c in r if c is not None]
        row_top.append(min(ys) if ys else None)
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    for ri, r in enumerate(boxes):
        for ci in range(n_cols):
            if ci < len(r) and r[ci] is not None:
                continue
            if col_x0[ci] is None or row_top[ri] is None:
                continue
            x, y = col_x0[ci] + 1.0, row_top[ri] + 1.0
            owner = _owner(boxes, ri, ci, x, y)
            if owner is None:
                continue
            oi, oj = owner
            rs, cs = spans.get(owner, (1, 1))
            spans[owner] = (max(rs, ri - oi + 1), max(cs, ci - oj + 1))
    return spans


def _owner(boxes: list, ri: int, ci: int, x: float, y: float) -> Optional[tuple[int, int]]:
    for oi in range(ri, -1, -1):
        for oj in range(min(ci, len(boxes[oi]) - 1), -1, -1):
            b = boxes[oi][oj]
            if b is not None and b[0] < x < b[2] and b[1] < y < b[3]:
                return oi, oj
    return None
