"""A row whose text spills over a column gap (a spreadsheet prints a long value over its
empty or overlapped neighbour; two values run into each other): the line crosses a gutter,
so the band grouping cuts the table there and the row is read as a paragraph between two
tables with the same columns.  Such a table is put back together, the row among its rows."""
from __future__ import annotations

import re
import statistics

from ...model import PARAGRAPH, TABLE, Block, Cell


def _col_spans(tb: Block) -> list:
    """(x0, x1) of the text in each column of an unruled table block (None where empty)."""
    out = []
    for c in range(len(tb.rows[0])):
        bbs = [r[c].bbox for r in tb.rows if c < len(r) and r[c].text and r[c].bbox]
        out.append((min(b[0] for b in bbs), max(b[2] for b in bbs)) if bbs else None)
    return out


def _same_columns(a: list, b: list) -> bool:
    return len(a) == len(b) and all(p is not None and q is not None and min(p[1], q[1]) > max(p[0], q[0])
                                    for p, q in zip(a, b))


def _pitch(tb: Block) -> float:
    tops = [min(c.bbox[1] for c in r if c.bbox) for r in tb.rows if any(c.bbox for c in r)]
    gaps = [b - a for a, b in zip(tops, tops[1:]) if b > a]
    return statistics.median(gaps) if gaps else 0.0


_NUMBER = re.compile(r"[-+(£$€]?\d[\d.,]*%?\)?")


def _kind(row: list) -> tuple:
    """Which cells of a row are figures: rows of one table's body agree (a header or a
    caption line does not)."""
    return tuple(bool(_NUMBER.fullmatch(c.text.replace(" ", ""))) for c in row if not c.covered)


def _row_of(words: list, spans: list) -> list:
    """The line's words as cells of the table's columns: the line is cut where two words
    stand further apart than a word space (0.6 em), and each piece goes to the column its
    start lies in (between the gap midpoints), so a value spilling over keeps its column."""
    bounds = [(spans[c][1] + spans[c + 1][0]) / 2 for c in range(len(spans) - 1)]
    pieces: list[list] = []
    for w in sorted(words, key=lambda w: w.x0):
        if pieces and w.x0 - pieces[-1][-1].x1 <= 0.6 * max(w.size, 4.0):
            pieces[-1].append(w)
        else:
            pieces.append([w])
    cells: list[list] = [[] for _ in spans]
    for ws in pieces:
        cells[sum(1 for b in bounds if ws[0].x0 > b)].extend(ws)
    return [Cell(" ".join(w.text for w in ws),
                 (min(w.x0 for w in ws), min(w.top for w in ws), max(w.x1 for w in ws), max(w.bottom for w in ws))
                 if ws else None) for ws in cells]


def _figure_cols(row: list) -> set:
    return {c for c, v in enumerate(_kind(row)) if v}


def _geometry(tb: Block, memo: dict) -> tuple:
    """(column spans, row pitch) of table ``tb``, worked out once per block (``memo`` holds the
    block too, so its id is not reused while the memo lives)."""
    got = memo.get(id(tb))
    if got is None:
        got = memo[id(tb)] = (tb, _col_spans(tb), _pitch(tb))
    return got[1], got[2]


def _words_in(p: Block, words: list) -> list:
    """The page's words whose centres lie in block ``p``'s box (1 pt slack)."""
    return [w for w in words if p.bbox[0] - 1 <= (w.x0 + w.x1) / 2 <= p.bbox[2] + 1
            and p.bbox[1] - 1 <= (w.top + w.bottom) / 2 <= p.bbox[3] + 1]


def _tail_rows(a: Block, p: Block, words: list, memo: dict) -> list:
    """The lines of paragraph ``p`` right under unruled table ``a`` as rows of its columns,
    when each is one: a line at the table's row pitch, its label spilling over the next
    column (so the band grouping cut it off: "Percentages:" over an empty "Precincts"),
    figures in three columns or more and only in columns where the table's body has
    figures; else []."""
    spans, pitch = _geometry(a, memo)
    if len(spans) < 3 or None in spans or pitch <= 0 or p.bbox[1] - a.bbox[3] > pitch:
        return []
    ws = _words_in(p, words)
    lines: list[list] = []
    for w in sorted(ws, key=lambda w: (w.top, w.x0)):
        if lines and w.top < lines[-1][0].bottom - 0.5:
            lines[-1].append(w)
        else:
            lines.append([w])
    body = set().union(*(_figure_cols(r) for r in a.rows[1:]))
    rows, last = [], a.bbox[3]
    for ln in lines:
        row = _row_of(ln, spans)
        figs = _figure_cols(row)
        top = min(w.top for w in ln)
        if len(figs) < 3 or not figs <= body or top - last > pitch or top - last < 0:
            return []
        rows.append(row)
        last = max(w.bottom for w in ln)
    return rows


def _cut_off(p: Block) -> bool:
    """Block ``p`` may be rows cut off under a table: a paragraph, or an unruled table of its
    own without a header row."""
    return p.kind == PARAGRAPH or (p.kind == TABLE and p.table_method == "unruled"
                                   and not any(c.is_header for r in p.rows for c in r))


def join_spilled_rows(blocks: list, words: list) -> list:
    """``blocks`` with every (unruled table, one-line paragraph, unruled table) run joined
    into one table when the two tables have the same columns (three or more, each column's
    text overlapping) and the line sits at the tables' row pitch between them, its words in
    two columns or more: the line, the first table's last row and the second's first row
    hold figures in the same columns (a body row each, not a header or a caption); and every
    (unruled table, paragraph) pair with no table after whose lines are rows cut off under the
    table (``_tail_rows``) joined into it.  ``words``: the page's words (the paragraph's are
    taken from them by position)."""
    out = list(blocks)
    memo: dict = {}
    k = 0
    while k + 1 < len(out):
        a, p = out[k], out[k + 1]
        # rows cut off under the table, no table after them (a table after: the join below)
        # (read apart, those rows may be a small table of their own: no header row, its rows
        # under a label on the first only, "Percentages: | JUL 2023 | 30.02" over "| OCT 2023 | ...")
        tail = _tail_rows(a, p, words, memo) if a.kind == TABLE and _cut_off(p) and a.table_method == "unruled" \
            and a.bbox and p.bbox and len(a.rows) >= 2 and (k + 2 >= len(out) or out[k + 2].kind != TABLE) else []
        if tail:
            out[k:k + 2] = [Block.table(a.rows + tail, bbox=(min(a.bbox[0], p.bbox[0]), a.bbox[1],
                                                             max(a.bbox[2], p.bbox[2]), p.bbox[3]),
                                        table_method="unruled")]
            continue
        if k + 2 >= len(out):
            break
        a, p, b = out[k], out[k + 1], out[k + 2]
        if not (a.kind == TABLE and b.kind == TABLE and p.kind == PARAGRAPH
                and a.table_method == b.table_method == "unruled" and a.bbox and b.bbox and p.bbox
                and len(a.rows) >= 2 and len(b.rows) >= 2):
            k += 1
            continue
        spans, pitch = _geometry(a, memo)
        ws = _words_in(p, words)
        row = _row_of(ws, spans) if ws and len(spans) >= 3 and None not in spans else None
        if row is None or not _same_columns(spans, _geometry(b, memo)[0]) or pitch <= 0 \
                or not _kind(a.rows[-1]) == _kind(row) == _kind(b.rows[0]) \
                or p.bbox[3] - p.bbox[1] > 0.9 * pitch or sum(1 for c in row if c.text) < 2 \
                or p.bbox[1] - a.bbox[3] > pitch or b.bbox[1] - p.bbox[3] > pitch:
            k += 1
            continue
        joined = Block.table(a.rows + [row] + b.rows, bbox=(min(a.bbox[0], b.bbox[0]), a.bbox[1],
                                                              max(a.bbox[2], b.bbox[2]), b.bbox[3]),
                             table_method="unruled")
        out[k:k + 3] = [joined]
    return out
