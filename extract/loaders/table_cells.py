"""Table structure shared by the loaders: header rows and spanning cells.

``mark_header_rows(block)`` flags the leading rows of a table that are its header
(``Cell.is_header``): a header band is the run of at most four leading rows with
no numeric value in any cell ("2023/24", "2023", "Q1", "Target" are headings; "1,234",
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

from ..model import Block, Cell

_VALUE = re.compile(r"^[-+−–(£$€]*\d[\d,]*(?:\.\d+)?\)?\s*(?:%|pp|[kKmMbB]n?)?\)?\*?$")


_YEAR = re.compile(r"^(?:19[5-9]\d|20[0-4]\d)$")


def _is_value(text: str) -> bool:
    """A number as a table value; a bare year ("2023") is a column heading."""
    t = text.strip().replace(" ", "")
    return bool(_VALUE.match(t)) and not _YEAR.match(t)


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
    while k < min(4, len(rows) - 1) and not valued[k]:  # four, as the measures read a header
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


def drop_slivers(rows: list[list], min_w: float = 8.0, min_h: float = 4.0) -> list[list]:
    """Remove columns narrower than ``min_w`` and rows lower than ``min_h`` points that hold
    no text: the padding between a cell's edge and its filled background, which a grid found
    from rectangle edges takes for columns or rows of their own.  A sliver column is merged
    into its neighbour (a cell spanning both loses one of its spans); spans are adjusted."""
    j = 0
    while j + 1 < max((len(r) for r in rows), default=0):
        if _can_merge(rows, j, min_w):
            for r in rows:
                _merge_pair(r, j)
        else:
            j += 1
    keep = []
    for ri, r in enumerate(rows):
        hs = [c.bbox[3] - c.bbox[1] for c in r if c.bbox is not None and c.row_span == 1 and not c.covered]
        sliver = hs and max(hs) < min_h and not any(c.text for c in r) and \
            all(c.covered or c.row_span == 1 for c in r)
        if sliver:
            for oi in range(ri - 1, -1, -1):
                for c in rows[oi]:
                    if not c.covered and c.row_span > 1 and oi + c.row_span > ri:
                        c.row_span -= 1
        else:
            keep.append(r)
    return keep if len(keep) >= 1 else rows


def _width(c) -> float:
    return c.bbox[2] - c.bbox[0] if c.bbox is not None else 0.0


def _spans_to(r: list, k: int) -> bool:
    """Position ``k`` of row ``r`` is covered by a cell to its left in the same row."""
    for oj in range(k - 1, -1, -1):
        if not r[oj].covered:
            return oj + r[oj].col_span > k
    return False


def _can_merge(rows: list, j: int, min_w: float) -> bool:
    sliver = False
    for r in rows:
        if j + 1 >= len(r):
            continue
        a, b = r[j], r[j + 1]
        if b.covered and (_spans_to(r, j + 1) or a.covered):
            continue  # one cell spans both, or both are covered from above
        if a.covered or b.covered or a.col_span > 1 or b.col_span > 1:
            return False
        narrow = [c for c in (a, b) if c.bbox is not None and _width(c) < min_w]
        if not narrow or any(c.text for c in narrow):
            return False
        sliver = True
    return sliver


def _merge_pair(r: list, j: int) -> None:
    if j + 1 >= len(r):
        return
    a, b = r[j], r[j + 1]
    if b.covered:
        for oj in range(j, -1, -1):  # the cell spanning over both loses one span
            if not r[oj].covered:
                if oj + r[oj].col_span > j + 1:
                    r[oj].col_span -= 1
                break
        del r[j + 1]
        return
    keep, other = (a, b) if (a.text or not b.text) else (b, a)
    if keep.bbox and other.bbox:
        keep.bbox = (min(keep.bbox[0], other.bbox[0]), min(keep.bbox[1], other.bbox[1]),
                     max(keep.bbox[2], other.bbox[2]), max(keep.bbox[3], other.bbox[3]))
    r[j] = keep
    del r[j + 1]


def merge_split_header_rows(rows: list[list]) -> list[list]:
    """A first row whose cells all span the row under it but one, above rows of values: that row is only the
    lower part of one header cell cut by a filled background ("Grand" / "Total"), so its
    text joins the cell above and the row goes."""
    i = 0
    while i + 1 < len(rows) and i < 1 and any(_has_value(r) for r in rows[i + 2:]):
        a, b = rows[i], rows[i + 1]
        if len(a) >= 3 and len(a) == len(b) and not _has_value(a) and not _has_value(b):
            own = [j for j, c in enumerate(b) if not c.covered]
            spanned = all(a[j].row_span >= 2 for j in range(len(a)) if j not in own and not a[j].covered)
            if len(own) == 1 and spanned and not a[own[0]].covered and a[own[0]].row_span == 1 \
                    and all(b[j].covered for j in range(len(b)) if j != own[0]):
                j = own[0]
                top, low = a[j], b[j]
                top.text = " ".join(t for t in (top.text, low.text) if t)
                if top.bbox and low.bbox:
                    top.bbox = (min(top.bbox[0], low.bbox[0]), top.bbox[1], max(top.bbox[2], low.bbox[2]), low.bbox[3])
                for c in a:
                    if not c.covered and c.row_span >= 2:
                        c.row_span -= 1
                del rows[i + 1]
                continue
        i += 1
    return rows


def merge_header_lines(rows: list[list]) -> list[list]:
    """An unruled header set over several lines ("Latest" / "month", "Change" / "on last" /
    "year") is one header row: a leading row without values is joined with the row under it
    when that row sits at line pitch (gap under half its height), leaves the first (label)
    column empty, has text only in columns that have text above (a heading over columns,
    "Year to date" above "2022/23" "2023/24", is a row of its own), and rows of values
    follow (a list of "Label:" lines and their values has no header)."""
    from .pdf.text import _join_texts  # (the pdf package imports this module)
    while len(rows) >= 3:
        a, b = rows[0], rows[1]
        if _has_value(a) or _has_value(b) or len(a) != len(b):
            break
        boxes_a = [c.bbox for c in a if c.text and c.bbox]
        boxes_b = [c.bbox for c in b if c.text and c.bbox]
        if not boxes_a or not boxes_b:
            break
        h = max(bb[3] - bb[1] for bb in boxes_b) / max(1, max(len(c.text.split("\n")) for c in b))
        gap = min(bb[1] for bb in boxes_b) - max(bb[3] for bb in boxes_a)
        under = all(a[j].text for j, c in enumerate(b) if c.text) or _stacked(a, b)
        above_values = any(_has_value(r) for r in rows[2:])
        if not (under and gap <= 0.5 * h and len(boxes_a) >= 2 and above_values and not b[0].text):
            break
        for ca, cb in zip(a, b):
            if cb.text:
                if not ca.text or ca.bbox is None:
                    ca.bbox = cb.bbox
                ca.text = _join_texts([ca.text, cb.text])  # "Un-" / "deliverable": "Un-deliverable"
                if ca.bbox and cb.bbox:
                    ca.bbox = (min(ca.bbox[0], cb.bbox[0]), ca.bbox[1], max(ca.bbox[2], cb.bbox[2]), cb.bbox[3])
        del rows[1]
    return rows


def _stacked(a: list, b: list) -> bool:
    """Row ``a`` holds only the upper lines of headings set bottom-aligned over several lines
    (taller headings start higher: "Forecast" / "against" / "original" / "saving" beside
    "Total" / "Forecast"): every cell of ``a`` has a cell of ``b`` under it, aligned with it
    (left edges, right edges or centres within 2 pt) and over no other cell of ``b``; a
    heading centred over a group of columns ("Year to date" over "2022/23" "2023/24") is
    over two cells of ``b``, aligned with neither."""
    for j, ca in enumerate(a):
        if not ca.text:
            continue
        cb = b[j]
        if not cb.text or ca.bbox is None or cb.bbox is None:
            return False
        (ax0, _, ax1, _), (bx0, _, bx1, _) = ca.bbox, cb.bbox
        if min(abs(ax0 - bx0), abs(ax1 - bx1), abs(ax0 + ax1 - bx0 - bx1) / 2) > 2.0:
            return False
        if any(k != j and c.text and c.bbox and c.bbox[0] < ax1 and ax0 < c.bbox[2] for k, c in enumerate(b)):
            return False
    return True


def split_at_repeated_header(rows: list[list]) -> list[tuple[Optional[Cell], list[list]]]:
    """An unruled table that runs on into a second table set under it (a title line, then a
    header row without values, then rows of values) is two tables: ``[(title, rows), ...]``
    (the first title None; a title is the cell of the title line).  A header is a row of two or more cells without values after rows
    with values; the title, when there is one, is the row above it with only its first cell."""
    parts: list[tuple[Optional[Cell], list[list]]] = []
    start, title = 0, None
    i = 1
    while i < len(rows) - 1:
        r = rows[i]
        filled = [c for c in r if c.text]
        seen_values = any(_has_value(x) for x in rows[start:i])
        if seen_values and len(filled) >= 2 and not _has_value(r) and \
                any(_has_value(x) for x in rows[i + 1:i + 4]):
            p = rows[i - 1]
            titled = i - 1 > start and [c for c in p if c.text] == [p[0]] and bool(p[0].text) \
                and not _has_value(p)
            repeat = [norm_text(c.text) for c in r] == [norm_text(c.text) for c in rows[start]]
            if repeat or (titled and 2 * len(filled) >= len(r) and _headerish(r)
                          and _set_apart(rows[start:i], i - 1 - start)):
                cut, t = (i - 1, p[0]) if titled else (i, None)
                parts.append((title, rows[start:cut]))
                start, title = i, t
        i += 1
    parts.append((title, rows[start:]))
    return parts


def _span_y(r: list) -> Optional[tuple[float, float]]:
    bbs = [c.bbox for c in r if c.text and c.bbox]
    return (min(b[1] for b in bbs), max(b[3] for b in bbs)) if bbs else None


def _set_apart(rows: list, k: int) -> bool:
    """Row ``k`` of ``rows`` (a title line) has more space above it than the rows before
    it have between them: at least its own height and twice their largest gap."""
    ys = [_span_y(r) for r in rows[:k + 1]]
    if any(y is None for y in ys) or k < 2:
        return False
    gaps = [b[0] - a[1] for a, b in zip(ys[:k - 1], ys[1:k])]
    gap = ys[k][0] - ys[k - 1][1]
    return gap >= ys[k][1] - ys[k][0] and gap >= 2 * max(gaps + [0.0])


def _headerish(r: list) -> bool:
    """A header by shape: every filled cell short and not a sentence."""
    return all(len(c.text.split()) <= 4 and not c.text.rstrip().endswith((".", ":")) for c in r if c.text)


def norm_text(t: str) -> str:
    return " ".join((t or "").split()).lower()
