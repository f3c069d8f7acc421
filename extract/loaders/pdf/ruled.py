"""Ruled tables: pdfplumber grids to cells, and ruled tables to blocks."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Optional

from ...model import PARAGRAPH, Block, Cell
from ..table_cells import drop_slivers, grid_spans, mark_header_rows, merge_split_header_rows
from .rule_joints import split_at_rule_joints
from .stacked import split_packed_columns, split_stacked_rows
from .text import LETTER_HYPHEN_END, Word, _GLYPH_MARK, _LIST_START, _bullet_marker, _cluster_lines, _join_texts


@dataclass
class RuledTable:
    bbox: tuple
    rows: list  # list[list[Cell]]
    col_x: list  # x0 of each column
    open_top: bool = False  # the first row has no top rule (it began on the page before)
    open_bottom: bool = False  # the last row has no bottom rule (it goes on over the page)
    joint_rows: int = 0  # rows added where vertical rules drawn a piece per row meet (rule_joints.py)


# short words that may stand alone on a cell's line (never the tail of a broken word)
_SHORT_WORDS = frozenset("a i of to in at by on or an is it be as no so do up".split())


def _join_broken_words(lines: list) -> list:
    """Lines of a cell with the tails of words broken mid-word put back: a spreadsheet sets
    a word too long for a narrow column over two lines ("Revenu" / "e", "Forecas" / "t").
    A tail is a line of one lower-case fragment of one or two letters (no short word) under
    a line that fills the cell (85% of its widest line) and ends in a word of four letters
    or more."""
    if len(lines) < 2:
        return lines
    widest = max(ln[-1].x1 - ln[0].x0 for ln in lines)
    out = [list(lines[0])]
    for ln in lines[1:]:
        prev = out[-1]
        t, last = ln[0].text, prev[-1].text
        if len(ln) == 1 and 1 <= len(t) <= 2 and t.isalpha() and t.islower() and t not in _SHORT_WORDS \
                and len(last) >= 4 and last[-1].isalpha() and last[-1].islower() \
                and prev[-1].x1 - prev[0].x0 >= 0.85 * widest:
            w = prev[-1]
            prev[-1] = Word(w.text + t, w.x0, w.x1, w.top, w.bottom, w.size, w.bold)
            continue
        out.append(list(ln))
    return out


def _cell_text(ws: list, box=None, unruled: bool = False) -> str:
    """A cell's lines: joined with a space where a line wrapped (the next line's first word
    would not have fitted after it in the cell), with a line break ("\n") where a line that
    does not fill the cell is followed by one starting with a capital, digit or bullet (a list
    of items, one a line).  Without the cell's box (an unruled table: its column may be wider
    than the text was set in) only a line starting with a bullet glyph starts a new line."""
    lines = _join_broken_words(_cluster_lines(ws))
    if len(lines) < 2:
        return _join_texts([" ".join(w.text for w in ln) for ln in lines])
    if box is not None:
        pad = max(1.0, min(ln[0].x0 for ln in lines) - box[0])
        right = box[2] - pad
    else:
        right = max(ln[-1].x1 for ln in lines)
    out = ""
    prev = None
    for ln in lines:
        t = " ".join(w.text for w in ln).strip()
        if not t:
            continue
        if prev is None:
            out = t
        else:
            first = ln[0]
            size = max(first.size, 4.0)
            fits = prev[-1].x1 + 0.25 * size + (first.x1 - first.x0) <= right + 0.5
            if (_GLYPH_MARK.match(t) and _bullet_marker(t)) or (
                    fits and not unruled and box is not None and _LIST_START.match(t)
                    and not LETTER_HYPHEN_END.search(out)):
                out += "\n" + t
            else:
                out = _join_texts([out, t])
        prev = ln
    return out


def _without_watermark(words: list, bbox: tuple) -> list:
    """``words`` less the letters of a watermark set across the table at bbox: a word three
    times as tall as the table's median word that lies over other words' text (a diagonal
    "DRAFT" or publisher's mark in letters 100 points high).  A big heading in a cell of its
    own overlaps nothing and is kept."""
    inside = [w for w in words if bbox[0] <= (w.x0 + w.x1) / 2 <= bbox[2] and bbox[1] <= (w.top + w.bottom) / 2 <= bbox[3]]
    if len(inside) < 5:
        return words
    hs = sorted(w.bottom - w.top for w in inside)
    big = 3 * hs[len(hs) // 2]
    tall = [w for w in inside if w.bottom - w.top > big]
    if not tall:
        return words

    def over_text(t) -> bool:
        return any(o is not t and o.bottom - o.top <= big and o.x0 < t.x1 and o.x1 > t.x0
                   and o.top < t.bottom and o.bottom > t.top for o in inside)
    drop = {id(t) for t in tall if over_text(t)}
    return [w for w in words if id(w) not in drop]


def _ruled_table(t, words: list, x_off: float, y_off: float, vrules: tuple = ()) -> Optional[RuledTable]:
    """pdfplumber's table ``t`` as cells of ``words``; ``vrules``: the page's vertical rules
    (x, top, bottom) in the words' frame, whose pieces may part a grid row's rows."""
    rows_bb = []
    for r in t.rows:
        rows_bb.append([None if c is None else (c[0] - x_off, c[1] - y_off, c[2] - x_off, c[3] - y_off)
                        for c in r.cells])
    if not rows_bb or max(len(r) for r in rows_bb) < 2:
        return None
    bx0, btop, bx1, bbot = t.bbox
    bbox = (bx0 - x_off, btop - y_off, bx1 - x_off, bbot - y_off)
    cell_words: dict[tuple[int, int], list] = {}
    for w in _without_watermark(words, bbox):
        cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
        if not (bbox[0] <= cx <= bbox[2] and bbox[1] <= cy <= bbox[3]):
            continue
        for ri, r in enumerate(rows_bb):
            hit = False
            for ci, c in enumerate(r):
                if c is not None and c[0] <= cx <= c[2] and c[1] <= cy <= c[3]:
                    cell_words.setdefault((ri, ci), []).append(w)
                    hit = True
                    break
            if hit:
                break
    n_drawn = len(rows_bb)
    rows_bb, cell_words = split_at_rule_joints(rows_bb, cell_words, vrules)
    joint_rows = len(rows_bb) - n_drawn
    spans = grid_spans(rows_bb)
    covered_rows = {r for (ri, _), (rs, _) in spans.items() for r in range(ri, ri + rs) if rs > 1}
    covered_rows |= {ri for ri, r in enumerate(rows_bb) if any(c is None for c in r)}
    n_grid_rows = len(rows_bb)
    rows_bb, cell_words = split_stacked_rows(rows_bb, cell_words, covered_rows)
    n_grid_cols = max(len(r) for r in rows_bb)
    rows_bb, cell_words = split_packed_columns(rows_bb, cell_words)
    if len(rows_bb) != n_grid_rows or max(len(r) for r in rows_bb) != n_grid_cols:
        spans = grid_spans(rows_bb)
    # layout boxes drawn as a grid are not data tables: a grid is kept when its structure is
    # clear (no cell holds prose, or two rows each have two or more short cells: columns of
    # labels and values), even if some of its cells hold whole paragraphs
    filled = sum(1 for ws in cell_words.values() if ws)
    if filled < 2:
        return None
    n_lines = {k: len(_cluster_lines(ws)) for k, ws in cell_words.items() if ws}
    prose = {k for k, ws in cell_words.items() if ws and (len(ws) > 60 or n_lines[k] > 8)}
    if prose:
        short_rows = 0
        for ri in range(len(rows_bb)):
            n_short = sum(1 for (r, c), ws in cell_words.items() if r == ri and ws and (r, c) not in prose)
            short_rows += n_short >= 2
        if short_rows < 2:
            return None
    # a box of one row is a table ("Crime volume | Q1: 10,952 ...") only when its cells are
    # short: label and value(s), not two paragraphs side by side
    if len(rows_bb) == 1 and any(len(ws) > 30 or n_lines[k] > 4 for k, ws in cell_words.items() if ws):
        return None
    rows = []
    for ri, r in enumerate(rows_bb):
        row = []
        for ci, c in enumerate(r):
            ws = cell_words.get((ri, ci), [])
            row.append(Cell(_cell_text(ws, c) if ws else "", c, covered=c is None))
        rows.append(row)
    for (ri, ci), (rs, cs) in spans.items():
        rows[ri][ci].row_span, rows[ri][ci].col_span = rs, cs
    rows = drop_slivers(merge_split_header_rows(rows))
    col_x = []
    for ci in range(max(len(r) for r in rows)):
        xs = [r[ci].bbox[0] for r in rows if ci < len(r) and r[ci].bbox is not None and not r[ci].covered]
        col_x.append(min(xs) if xs else None)
    return RuledTable(bbox, rows, col_x, joint_rows=joint_rows)


def _ruled_blocks(t: RuledTable) -> list[Block]:
    rows = [list(r) for r in t.rows]
    out = []
    # a title row spanning the table ("Deliverables Progress") is not the header
    while len(rows) >= 3:
        ne = [c for c in rows[0] if c.text]
        if len(ne) == 1 and sum(1 for c in rows[0] if c.bbox is None) >= len(rows[0]) - 1 \
                and sum(1 for c in rows[1] if c.text) >= 2:
            c = ne[0]
            b = Block(PARAGRAPH, text=c.text, bbox=c.bbox)
            out.append(b)
            rows.pop(0)
        else:
            break
    # merged cells (None boxes) are kept in place as empty cells, covered by their spanning cell
    rows = [[dataclasses.replace(c) for c in r] for r in rows]
    tb = Block.table(rows, bbox=t.bbox, table_method="ruled")
    mark_header_rows(tb)
    tb._col_x = t.col_x  # type: ignore[attr-defined]
    tb._open = (t.open_top and not out, t.open_bottom)  # type: ignore[attr-defined]
    out.append(tb)
    return out
