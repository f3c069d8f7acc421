"""Rows given by the joints of vertical rules drawn row by row.  LaTeX draws a column rule
(``|`` in a tabular's preamble) as one piece per table row, end to end; where the table has
horizontal rules only around groups of rows (``\\hline`` after a block), pdfplumber's grid
row holds the whole group, its rows set solid in one drawn cell per column ("vcov()" /
"predict()" / "fitted()", each beside its description; a coefficient's estimates over its
standard errors).  The pieces' joints, shared by every vertical rule crossing the grid row
and falling between text lines, are the rows' edges.  A word-processor grid draws each
cell's side rules from rule to rule (no joint inside a row), so its cells holding bulleted
lists or hand-broken lines stay whole."""
from __future__ import annotations

from .text import _cluster_lines

_X_TOL = 1.5  # a rule piece belongs to a cell side within this many points
_END_TOL = 1.0  # pieces meet at a joint within this many points


def _row_joints(r: list, vrules: tuple, words: list) -> list:
    """Heights strictly inside grid row ``r`` (cell boxes, ``None`` where a merged cell covers)
    where every vertical rule crossing the row, two or more, has a piece ending (or starting),
    and no word of the row is cut; sorted, empty when none."""
    cells = [c for c in r if c is not None]
    if not cells:
        return []
    top, bottom = min(c[1] for c in cells), min(c[3] for c in cells)
    sides = sorted({round(x, 1) for c in cells for x in (c[0], c[2])})
    xs: list = []
    for x in sides:
        if not xs or x - xs[-1] > 3:
            xs.append(x)
    ends_by_x = []
    for x in xs:
        pieces = [(a, b) for vx, a, b in vrules if abs(vx - x) <= _X_TOL and b > top + 1 and a < bottom - 1]
        if not pieces:
            continue  # no rule drawn at this side (a table without outer side rules)
        inner = [y for a, b in pieces for y in (a, b) if top + 2 < y < bottom - 2]
        ends_by_x.append(inner)
    if len(ends_by_x) < 2 or any(not e for e in ends_by_x):
        return []
    joints = []
    for y in sorted(ends_by_x[0]):
        if joints and y - joints[-1] <= 2:
            continue
        if all(any(abs(y - e) <= _END_TOL for e in ends) for ends in ends_by_x[1:]):
            joints.append(y)
    if not joints:
        return []
    inside = [w for w in words if top <= (w.top + w.bottom) / 2 <= bottom]
    # a joint through a word's body cuts it; one through the edge of a glyph box that a math
    # font sets high or low (a check mark, a sum sign) does not
    return [y for y in joints
            if not any(min(y - w.top, w.bottom - y) > 0.3 * (w.bottom - w.top) for w in inside)]


def _one_phrase(lines: list, box: tuple) -> bool:
    """A cell's lines are one phrase wrapped: each line's first word would not have fitted at
    the end of the line above within the cell ("strucplot" / "core" in a narrow cell)."""
    pad = max(1.0, min(ln[0].x0 for ln in lines) - box[0])
    right = box[2] - pad
    for prev, ln in zip(lines, lines[1:]):
        first = ln[0]
        size = max(first.size, 4.0)
        if prev[-1].x1 + 0.25 * size + (first.x1 - first.x0) <= right + 0.5:
            return False
    return True


def _tail_line(text: str) -> bool:
    """A line that goes on from the line above: it starts lower-case or with a bracket before a
    letter ("and on top and left border", "(based on HCL colors)"), not a figure."""
    t = text.lstrip()
    return bool(t) and (t[0].islower() or (t[0] in "([" and len(t) > 1 and t[1].isalpha()))


def _wrapped_joints(r: list, ws_of: dict, joints: list) -> list:
    """``joints`` less those over a row that only goes on with the text of one cell of the row
    above (a description set over two rows by hand, the other cells empty beside its second
    line): each such row is the wrapped tail of that cell, as in an unruled table."""
    keep = []
    edges = [-1e9] + joints + [1e9]
    for j, y in enumerate(joints, 1):
        lo, hi = edges[j], edges[j + 1]
        above = edges[j - 1]
        here = {ci for ci, ws in ws_of.items() if any(lo <= (w.top + w.bottom) / 2 < hi for w in ws)}
        if len(here) == 1:
            ci = next(iter(here))
            mine = [w for w in ws_of[ci] if lo <= (w.top + w.bottom) / 2 < hi]
            prev = [w for w in ws_of[ci] if above <= (w.top + w.bottom) / 2 < lo]
            first = _cluster_lines(mine)[0]
            if prev and _tail_line(" ".join(w.text for w in first)):
                edges[j] = above  # the band under the dropped joint starts where the one above did
                continue
        keep.append(y)
    return keep


def _keep_row(r: list, ri: int, cell_words: dict, out_bb: list, out_words: dict) -> None:
    """Row ``ri`` (its cells' boxes ``r``) kept whole: appended, its cells' words under its new index."""
    for ci in range(len(r)):
        if (ri, ci) in cell_words:
            out_words[(len(out_bb), ci)] = cell_words[(ri, ci)]
    out_bb.append(r)


def split_at_rule_joints(rows_bb: list, cell_words: dict, vrules: tuple) -> tuple[list, dict]:
    """``rows_bb`` (grid rows of cell boxes) and ``cell_words`` ({(row, col): words}) with every
    grid row whose vertical rules are drawn in pieces meeting inside it (``_row_joints``) cut
    into one row per piece.  A cell whose text lies in the first rows only, as one phrase
    (a group's name beside its block of rows, "strucplot core" / "labeling"), stays one cell
    spanning them (its box in the first row, ``None`` under it, as a merged cell); a position
    a merged cell from above covers stays covered."""
    if not vrules:
        return rows_bb, cell_words
    out_bb: list = []
    out_words: dict = {}
    for ri, r in enumerate(rows_bb):
        row_ws = [w for ci in range(len(r)) for w in cell_words.get((ri, ci), [])]
        joints = _row_joints(r, vrules, row_ws) if len(row_ws) >= 2 else []
        if not joints:
            _keep_row(r, ri, cell_words, out_bb, out_words)
            continue
        cells = [c for c in r if c is not None]
        top, bottom = min(c[1] for c in cells), min(c[3] for c in cells)
        joints = _wrapped_joints(r, {ci: cell_words[(ri, ci)] for ci, c in enumerate(r)
                                     if c is not None and c[3] <= bottom + 1 and cell_words.get((ri, ci))}, joints)
        if not joints:
            _keep_row(r, ri, cell_words, out_bb, out_words)
            continue
        edges = [top] + joints + [bottom]
        k = len(edges) - 1
        first = len(out_bb)
        new_rows = [[None] * len(r) for _ in range(k)]

        def band(w) -> int:
            mid = (w.top + w.bottom) / 2
            for j in range(k):
                if mid < edges[j + 1]:
                    return j
            return k - 1
        for ci, c in enumerate(r):
            if c is None:
                continue
            ws = cell_words.get((ri, ci), [])
            used = sorted({band(w) for w in ws})
            lines = _cluster_lines(ws) if ws else []
            whole = c[3] > bottom + 1  # a merged cell running on into the rows under this one
            if whole or (used and used == list(range(len(used))) and len(used) < k and _one_phrase(lines, c)):
                new_rows[0][ci] = (c[0], c[1], c[2], c[3])
                out_words[(first, ci)] = ws
                continue
            for j in range(k):
                new_rows[j][ci] = (c[0], edges[j], c[2], edges[j + 1])
                got = [w for w in ws if band(w) == j]
                if got:
                    out_words[(first + j, ci)] = got
        out_bb.extend(new_rows)
    return out_bb, out_words
