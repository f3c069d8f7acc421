"""Column headings set over several lines above an unruled table, a line wider than its
column ("American Indian/" / "Alaskan" / "Native" over a column of figures): the wide line
crosses the gutter between two columns, so the band grouping leaves it out of the table and
it would be read as a paragraph.  Such lines, hugging the table's header row and each piece
standing over one column, are the upper lines of the header cells."""
from __future__ import annotations

import re
from typing import Optional

from .text import _lines_of

_MAX_LINES = 3  # a column heading of more lines is not seen in tables of any publisher
_MAX_WORDS = 5  # words in one piece of a heading line (a caption or a sentence has more)
_FIGURE = re.compile(r"(?<![\w/])[-+(]?\d[\d,]*\.\d+\)?(?![\w/])")  # a value with decimals


def _columns(tb) -> Optional[list[tuple[float, float]]]:
    """(x0, x1) of each column of the table block, from its cells' boxes."""
    n = max(len(r) for r in tb.rows)
    out = []
    for c in range(n):
        bbs = [r[c].bbox for r in tb.rows if c < len(r) and r[c].text and r[c].bbox and r[c].col_span == 1]
        if not bbs:
            return None
        out.append((min(b[0] for b in bbs), max(b[2] for b in bbs)))
    return out


def _column_of(it, cols: list) -> Optional[int]:
    """The one column the piece stands over: its centre within the column's extent widened
    by a quarter of the piece's overhang, the nearest column centre."""
    cx = (it.x0 + it.x1) / 2
    best = min(range(len(cols)), key=lambda c: abs(cx - (cols[c][0] + cols[c][1]) / 2))
    x0, x1 = cols[best]
    slack = max(0.0, (it.x1 - it.x0) - (x1 - x0)) / 2 + 2.0
    return best if x0 - slack <= cx <= x1 + slack else None


_HEADER_LINES_ABOVE_RE = re.compile(r"[.:;]$")
_HEADER_LINES_ABOVE_RE2 = re.compile(r"[\d.,%£$()+\-–]+")


def header_lines_above(items: list, tb) -> list:
    """The items of ``items`` (text right above the table block ``tb``) that are upper lines
    of its header cells, merged into its first row (empty when none): up to three lines of
    the header's size, each at line pitch (a gap under half a line) over the next and the
    last over the header row; every piece short (five words at most, no sentence end, not a
    figure), over one column, one a column a line; two columns or more in all (a caption
    over one column - "All figures in £m" - stays text).  The table's first row must be a
    header row (no figures)."""
    if not items or len(tb.rows) < 3 or not all(c.is_header for c in tb.rows[0]) \
            or any(_FIGURE.search(c.text) for c in tb.rows[0]):
        return []
    cols = _columns(tb)
    head = [c.bbox for c in tb.rows[0] if c.text and c.bbox]
    if cols is None or len(cols) < 3 or not head:
        return []
    top = min(b[1] for b in head)
    lh = min(b[3] - b[1] for b in head)  # a line of the header row (its shortest cell)
    lines = [ln for ln in _lines_of(items) if ln.bottom <= top + 1.0]
    taken: list = []
    placed: dict[int, list] = {}
    edge = top
    for ln in sorted(lines, key=lambda ln: -ln.bottom):
        if len(taken) == _MAX_LINES or edge - ln.bottom > 0.5 * lh or ln.bottom - ln.top > 1.3 * lh:
            break
        cols_here = [_column_of(it, cols) for it in ln.items]
        if None in cols_here or len(set(cols_here)) != len(cols_here) or any(
                len(it.words) > _MAX_WORDS or _HEADER_LINES_ABOVE_RE.search(it.text)
                or _HEADER_LINES_ABOVE_RE2.fullmatch(it.text) for it in ln.items):
            break  # text above the heading lines (a note, a caption)
        taken.append(ln)
        for c, it in zip(cols_here, ln.items):
            placed.setdefault(c, []).insert(0, it)
        edge = ln.top
    if len(placed) < 2:
        return []
    row = tb.rows[0]
    for c, its in placed.items():
        cell = row[c]
        texts = [" ".join(w.text for w in it.words) for it in sorted(its, key=lambda i: i.top)]
        cell.text = " ".join(texts + ([cell.text] if cell.text else []))
        bbs = [it.bbox for it in its] + ([cell.bbox] if cell.bbox else [])
        cell.bbox = (min(b[0] for b in bbs), min(b[1] for b in bbs), max(b[2] for b in bbs), max(b[3] for b in bbs))
    out = [it for ln in taken for it in ln.items]
    if tb.bbox:
        x0, y0, x1, y1 = tb.bbox
        tb.bbox = (min([x0] + [i.x0 for i in out]), min([y0] + [i.top for i in out]),
                   max([x1] + [i.x1 for i in out]), y1)
    return out
