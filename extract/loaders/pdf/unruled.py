"""Unruled tables: one-row label/value boxes and tables found from aligned cells."""
from __future__ import annotations

import copy
import re
import statistics
from typing import Optional

from ...model import PARAGRAPH, TABLE, TWO_LETTERS, Block, Cell
from ...normalise.labels import LETTER, NUMBER, ROMAN
from ...sentence_end import ends_sentence
from ..table_cells import _has_value, mark_header_rows, merge_header_lines, split_at_repeated_header
from .close_columns import split_close_columns
from .ruled import _cell_text
from .text import Line, _col_of, _GLYPH_MARK, _GLYPH_MARK_ANY, _GLYPH_ONLY, _bullet_marker, _gutters, _join_texts, _lines_of


_BOX_VALUE_RE = re.compile(r"\d")
# a list item's letter, numeral or number alone ("b.", "(iv)", "2)"): a lettered list's label
_ITEM_LABEL = re.compile(rf"\(?(?:{LETTER}|{ROMAN}|{NUMBER})[.)]$")


def _box_value(text: str, n_words: int) -> bool:
    """A box's value text: a figure in it, and five words or three tokens with digits
    ("Q1: 70 Q2: 74")."""
    toks = text.split()
    return bool(_BOX_VALUE_RE.search(text)) and (n_words >= 5 or sum(1 for t in toks if _BOX_VALUE_RE.search(t)) >= 3)


_ONE_ROW_BOX_RE = re.compile(r"[A-Z0-9]")
_ONE_ROW_BOX_RE2 = re.compile(r"[.;!?]\s")


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
    if len(segs[0].words) > 16 or ends_sentence(label) or _bullet_marker(label) or \
            not _ONE_ROW_BOX_RE.match(label) or _ONE_ROW_BOX_RE2.search(label) or \
            not TWO_LETTERS.search(label):
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




def _column_bounds(items: list, gut: float) -> list:
    """Column bounds (x between two columns) from the gutters of ``items``; a column of bullet
    glyphs only (a list's markers set apart from their items) is part of the column on its
    right, not a column of its own.  Empty when there is no gutter."""
    gutters = _gutters(items, gut)
    if not gutters:
        return []
    bounds = [(a + b) / 2 for a, b in gutters]
    c = 0
    while c < len(bounds):
        its = [it for it in items if _col_of(it, bounds) == c]
        if its and all(_GLYPH_ONLY.match(it.text) for it in its):
            del bounds[c]
        else:
            c += 1
    return bounds


def _pop_titles(lines: list, bounds: list, med_size: float) -> list:
    """Take the title lines above the table off ``lines``: a single bold/larger segment above
    a line of two or more columns."""
    titles: list[Line] = []
    while len(lines) >= 3 and len(lines[0].items) == 1 and len({_col_of(i, bounds) for i in lines[1].items}) >= 2 and (
            lines[0].bold or lines[0].size > med_size + 0.5):
        titles.append(lines.pop(0))
    return titles


def _table_span(lines: list, multi_idx: list, bounds: list, small: float) -> tuple[int, int]:
    """(lo, hi): the first and last line of the table.  Single-column lines before the first /
    after the last multi-column line belong to the table only when they hug it (a wrapped
    cell); the rest is text around the table."""
    lo, hi = multi_idx[0], multi_idx[-1]
    while lo > 0 and lines[lo].top - lines[lo - 1].bottom <= small and not _bullet_marker(lines[lo - 1].text):
        lo -= 1

    def list_goes_on(ln) -> bool:
        # a bullet line under a list column of the table (its glyph where an item's glyph
        # above is): the list goes on in its cell, the line is no loose bullet
        it0 = ln.items[0]
        if len(ln.items) != 1 or _col_of(it0, bounds) == 0 or not _GLYPH_MARK_ANY.match(it0.text):
            return False
        return any(_col_of(i, bounds) == _col_of(it0, bounds) and abs(i.x0 - it0.x0) <= 2.0
                   and _GLYPH_MARK_ANY.match(i.text)
                   for l2 in lines[lo:hi + 1] for i in l2.items)

    while hi < len(lines) - 1 and lines[hi + 1].top - lines[hi].bottom <= small and \
            (not _bullet_marker(lines[hi + 1].text) or list_goes_on(lines[hi + 1])):
        hi += 1
    return lo, hi


def _framed(lines: list, hrules) -> bool:
    """The lines are a table's body framed by rules of the table's own width (a booktabs
    table: a rule over the first line, one under the last and one between, each as wide as
    the lines within 3 pt at both ends, none of them wider): rows sparse in values (a column
    filled on a few rows only) are still a table there."""
    if not hrules:
        return False
    x0, x1 = min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
    top, bottom = lines[0].top, lines[-1].bottom
    lh = max(ln.bottom - ln.top for ln in lines)
    own = [y for a, y, b in hrules if abs(a - x0) <= 3.0 + 0.5 * lh and abs(b - x1) <= 3.0 + 0.5 * lh
           and top - lh <= y <= bottom + lh]
    return any(y <= top + 1.5 for y in own) and any(y >= bottom - 1.5 for y in own) and \
        any(top + 1.5 < y < bottom - 1.5 for y in own)


def _too_loose(lines: list, filled: list, ncol: int, framed: bool = False) -> bool:
    """True when the lines are not confidently a table: too few multi-column lines, fewer than
    two columns used, or a cell of long prose (more than 25 words); lines ``framed`` by a
    table's own rules (``_framed``) need two multi-column lines and no share of them."""
    multi = sum(1 for f in filled if len(f) >= 2)
    if multi < 2 or (multi < 0.34 * len(lines) and not framed) or (multi < 3 and ncol < 3):
        return True
    if len({c for f in filled for c in f}) < 2:
        return True
    return any(len(it.words) > 25 for ln in lines for it in ln.items)


def _row_gap_threshold(gaps: list, lh: float) -> Optional[float]:
    """The gap above which a line starts a new row, when the gaps fall into two sizes: the
    largest jump (more than a quarter line) that leaves at least two row gaps above it (one
    tall gap, a row whose wrapped line was cut off with its column, is not the row spacing)
    and no gap of more than 0.8 line below it (lines that far apart are rows, as without a
    threshold: rows beside long notes in another column are set apart by gaps of many
    sizes, and the largest jump fell between two sizes of row gaps)."""
    if not gaps:
        return None
    sg = sorted(gaps)
    jumps = sorted(((sg[k + 1] - sg[k], k) for k in range(len(sg) - 1)), reverse=True)
    for j, k in jumps:
        if j <= 0.25 * lh:
            break
        if len(sg) - (k + 1) >= 2 and sg[k] <= 0.8 * lh:
            return (sg[k] + sg[k + 1]) / 2
    return None


_FIGURE = re.compile(r"^[-+(£$€]*\d[\d.,]*%?\)?$")


class _FigureColumns:
    """The columns holding a figure on each line (``cols[k]``), each line read once."""

    def __init__(self, lines: list, bounds: list):
        self.lines, self.bounds = lines, bounds
        self.memo: dict[int, set] = {}

    def __getitem__(self, k: int) -> set:
        got = self.memo.get(k)
        if got is None:
            got = self.memo[k] = {_col_of(i, self.bounds) for i in self.lines[k].items
                                  if _FIGURE.match(i.text.replace(" ", ""))}
        return got

    def own_values(self, k: int, need: int = 1) -> bool:
        """Line ``k`` has a figure in ``need`` columns or more (not the first) where the line
        above has one too."""
        return len((self[k - 1] & self[k]) - {0}) >= need


def _full_row_again(lines: list, filled: list, k: int, bounds: list) -> bool:
    """Line ``k`` is a row of its own though set as close as a wrapped line: like the line
    above it fills the first column and two or more others, every one the line above fills
    (rows set solid in groups parted by rules or space, a booktabs table); a wrapped row's
    next line fills fewer (the label's tail, a note), or starts lower-case."""
    above, here = filled[k - 1], filled[k]
    if 0 not in above or len(above) < 3 or not above <= here:
        return False
    segs = [i for i in lines[k].items if _col_of(i, bounds) == 0]
    return not segs[0].text.lstrip("\"'(“‘")[:1].islower()


def _fits_after(above, seg, right: float, bounds: list) -> bool:
    """The first word of ``seg`` (a label's line) would have fitted after the first-column text
    of line ``above`` within the column's widest label (``right``): the line is no wrap of it."""
    prev = [i for i in above.items if _col_of(i, bounds) == 0]
    if not prev:
        return False
    last = max(prev, key=lambda i: i.x1)
    first = seg.words[0]
    return last.x1 + 0.25 * max(first.size, 4.0) + (first.x1 - first.x0) <= right + 0.5


def _starts_beside(above, line, bounds: list) -> bool:
    """Beside a lower-case label, text starts upper-case under text of the line above in the
    same column ("nobs | Number of observations." under "ngrps | Number of levels ..."): an
    entry of its own, not a label's wrapped tail, whose line goes on with its row's other
    cells (lower-case) or leaves them empty."""
    above_cols = {_col_of(i, bounds) for i in above.items} - {0}
    return any(_col_of(i, bounds) in above_cols and i.text[:1].isupper() for i in line.items)


def _ruled_apart(above, line, ys: list) -> bool:
    """A drawn rule between the two lines (``ys``: the heights of the rules across most of the
    table, ``_wide_rules``): rows parted by rules under each."""
    return any(above.bottom - 1.0 <= y <= line.top + 1.0 for y in ys)


def _wide_rules(hrules, x0: float, x1: float) -> list:
    """The heights of the rules across 60% of the table's width or more (an underline under a
    word is short)."""
    return [y for a, y, b in hrules if min(b, x1) - max(a, x0) >= 0.6 * (x1 - x0)]


def _row_line_groups(lines: list, filled: list, bounds: list, lh: float, hrules=()) -> list[list[int]]:
    """Group line indexes into rows: by larger vertical gaps when there are several, else one
    line per row, but a line with no first-column text or whose label starts lower-case
    (the label wraps) goes on the row above; a line under a rule across the table
    (``hrules``: the page's horizontal rules, (x0, y, x1)) starts a row."""
    gaps = [lines[k + 1].top - lines[k].bottom for k in range(len(lines) - 1)]
    big_thr = _row_gap_threshold(gaps, lh)
    starts = [True] + [False] * (len(lines) - 1)
    ys = _wide_rules(hrules, min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)) if hrules else []
    figs = _FigureColumns(lines, bounds)
    first_fig = next((k for k in range(len(lines)) if figs[k]), len(lines)) if ys else len(lines)
    # every line fills every column, three or more: a grid of one-line rows (a wrapped cell
    # leaves its row's other cells empty on its next line), lower-case labels included
    # ("standard | (g)lm | m | vcov(m)" under "PC | (g)lm | m | ..."); two columns may be a
    # lettered list ("a. | For each year", "b. | By the nature of ..."), not a table
    # (a heading line with an empty stub cell may stand over such a grid: "| Cases | Controls |
    # Total" over "aa | raa | saa | naa", math-italic labels, coin's MAXtest Table 1)
    full = set(range(len(bounds) + 1))
    uniform = len(full) >= 3 and (
        (len(lines) >= 3 and all(f == full for f in filled))
        or (len(lines) >= 4 and filled[0] == full - {0} and all(f == full for f in filled[1:])))
    col0_right = max((i.x1 for ln in lines for i in ln.items if _col_of(i, bounds) == 0), default=0.0)
    row_figs = figs[0]  # the columns holding a figure on the lines of the row being read
    for k in range(1, len(lines)):
        if k > 1:
            row_figs = figs[k - 1] if starts[k - 1] else row_figs | figs[k - 1]
        g = gaps[k - 1]
        # a line without figures right under the header's lines (none with figures above
        # it) is not parted by a rule: it stays with the header, as the measures read it
        if ys and (first_fig < k or figs[k]) and _ruled_apart(lines[k - 1], lines[k], ys):
            starts[k] = True
        elif big_thr is not None:
            # figures under figures in three columns or more: a row of its own, the rows set
            # solid in groups parted by space (a county's three dates); a figure does not wrap
            starts[k] = g > big_thr or _full_row_again(lines, filled, k, bounds) \
                or figs.own_values(k, 3)
        elif g > 0.8 * lh:
            starts[k] = True
        elif 0 not in filled[k]:
            # wrapped text in another column, unless the line has figures in two columns or
            # more where its row has figures already: a row under a group label printed on
            # its group's first line only ("Male | | Control ..." over "| CC | 75 | 54 ...";
            # a figure does not wrap)
            starts[k] = len((row_figs & figs[k]) - {0}) >= 2
        else:
            segs = [i for i in lines[k].items if _col_of(i, bounds) == 0]
            t0 = (segs[0].text if segs else "").lstrip("\"'(“‘")
            # "commenced": the label wraps, unless the line has its own figures under the
            # figures of the line above (a figure does not wrap: "alexsue | 0.61 | 6"), or
            # its first word would have fitted after the label above (a label does not wrap
            # early: "nobs" under "ngrps (5.2.2)", R functions' lower-case names)
            # an item's letter ("b." | "By the nature of ...") is a lettered list's, as before
            starts[k] = not (t0[:1].islower()) or figs.own_values(k) or uniform \
                or (not _ITEM_LABEL.match(t0) and (_fits_after(lines[k - 1], segs[0], col0_right, bounds)
                                                   or _starts_beside(lines[k - 1], lines[k], bounds)))
    rows_lines: list[list[int]] = []
    for k in range(len(lines)):
        if starts[k] or not rows_lines:
            rows_lines.append([k])
        else:
            rows_lines[-1].append(k)
    return rows_lines


def _grid_rows(lines: list, rows_lines: list, bounds: list, items: list) -> list[list[Cell]]:
    """The cells of each row group, one per column; an empty cell gets its column's box."""
    ncol = len(bounds) + 1
    col_x0 = [min(i.x0 for i in items)] + [b for b in bounds]
    col_x1 = [b for b in bounds] + [max(i.x1 for i in items)]
    rows: list[list[Cell]] = []
    for rl in rows_lines:
        top = min(lines[k].top for k in rl)
        bot = max(lines[k].bottom for k in rl)
        row = []
        for c in range(ncol):
            segs = [it for k in rl for it in sorted(lines[k].items, key=lambda i: i.x0) if _col_of(it, bounds) == c]
            if segs:
                txt = _cell_text([w for s in segs for w in s.words], unruled=True)
                bb = (min(s.x0 for s in segs), min(s.top for s in segs),
                      max(s.x1 for s in segs), max(s.bottom for s in segs))
            else:
                txt, bb = "", (col_x0[c], top, col_x1[c], bot)
            row.append(Cell(txt, bb))
        rows.append(row)
    return rows


def _bullet_column_apart(lines: list, bounds: list) -> bool:
    """True when a column of bullets is in another size (x1.2) than the rest: a text column
    beside the table that was not cut off, so no table rather than one with narrative in
    its cells."""
    col_words: dict[int, list] = {}
    for ln in lines:
        for it in ln.items:
            col_words.setdefault(_col_of(it, bounds), []).extend(it.words)
    for c, ws in col_words.items():
        if not any(_GLYPH_MARK.match(it.text) for ln in lines for it in ln.items if _col_of(it, bounds) == c):
            continue
        rest = [w.size for k, v in col_words.items() if k != c for w in v]
        if rest and ws:
            a, b = statistics.median(w.size for w in ws), statistics.median(rest)
            if max(a, b) >= 1.2 * min(a, b):
                return True
    return False


def _items_cut_across_rows(rows: list) -> bool:
    """Bulleted items cut between rows in two columns or more: a cell starts lower-case under
    a cell of bullets whose last item does not end a sentence (the item's wrapped tail).  A
    table's row starts each of its cells, so these are text boxes side by side (a slide's
    columns of bullets, Kent's ICS priorities page 3), not rows."""
    cut = set()
    for above, row in zip(rows, rows[1:]):
        for c, (a, b) in enumerate(zip(above, row)):
            t = b.text.lstrip()
            if t[:1].islower() and any(_GLYPH_MARK.match(ln.strip()) for ln in a.text.split("\n")) \
                    and not ends_sentence(a.text.rstrip()):
                cut.add(c)
    return len(cut) >= 2


def _displayed_matrix(rows: list) -> bool:
    """Displayed equations, no table: each first-column cell is an equation's left side,
    ending in "=" or followed by a cell of "=" signs only ("Σ =" before a matrix, "LL | = |
    log ...", aligned equations "LL | = =", "U | = ="), and no other cell holds a word (four
    letters or more): figures and math tokens."""
    lefts = [r for r in rows if r and r[0].text.strip()]
    if not lefts or len(lefts) > 4:
        return False
    for r in lefts:
        if not (r[0].text.strip().endswith("=") or (len(r) > 1 and set(r[1].text.split()) == {"="})):
            return False
    rest = [c.text for r in rows for c in r[1:] if c.text.strip()]
    return bool(rest) and not any(_WORD.search(t) for t in rest)


_WORD = re.compile(r"[^\W\d_]{4,}")


def boxes_side_by_side(items: list, gut: float, hrules=()) -> Optional[list[list]]:
    """The items of each column, left to right, when ``items`` (a group read as no table) are
    columns of bulleted text boxes side by side: read as rows, their items would be cut
    between rows (``_items_cut_across_rows``); each column is then a text flow of its own
    (read across, each line ran through all the boxes)."""
    if not any(_GLYPH_MARK.match(it.text) for it in items):
        return None
    bounds = _column_bounds(items, gut)
    if not bounds:
        return None
    lines = _lines_of(items)
    if len(lines) < 3:
        return None
    filled = [{_col_of(i, bounds) for i in ln.items} for ln in lines]
    lh = statistics.median(ln.bottom - ln.top for ln in lines)
    rows = _grid_rows(lines, _row_line_groups(lines, filled, bounds, lh, hrules), bounds, items)
    if len(rows) < 2 or not _items_cut_across_rows(rows):
        return None
    cols: list[list] = [[] for _ in range(len(bounds) + 1)]
    for it in items:
        cols[_col_of(it, bounds)].append(it)
    return [c for c in cols if c]


def _items_of(lines: list) -> list:
    return [it for ln in lines for it in ln.items]


def _unruled_table(items: list, gut: float, hrules=()) -> Optional[tuple[list, Block, list]]:
    """(items before, table block, items after) when ``items`` is confidently a table;
    ``hrules``: the page's horizontal rules (rows parted by rules)."""
    bounds = _column_bounds(items, gut)
    if not bounds:
        return None
    items, bounds = split_close_columns(items, bounds)
    ncol = len(bounds) + 1
    lines = _lines_of(items)
    titles = _pop_titles(lines, bounds, statistics.median(w.size for it in items for w in it.words))
    filled = [{_col_of(i, bounds) for i in ln.items} for ln in lines]
    multi_idx = [k for k, f in enumerate(filled) if len(f) >= 2]
    if len(multi_idx) == 1:
        # one line of cells among lines of text: a one-row box (with its wrapped lines), or text
        k = multi_idx[0]
        got = _one_row_box(lines, k)
        if got is None:
            return None
        box, j = got
        return _items_of(titles + lines[:k]), box, _items_of(lines[j:])
    if len(multi_idx) < 2:
        return None
    lh = statistics.median(ln.bottom - ln.top for ln in lines)
    lo, hi = _table_span(lines, multi_idx, bounds, 0.6 * lh)
    before, after = lines[:lo], lines[hi + 1:]
    lines, filled = lines[lo:hi + 1], filled[lo:hi + 1]
    if _too_loose(lines, filled, ncol, bool(hrules) and _framed(lines, hrules)):
        return None
    rows = _grid_rows(lines, _row_line_groups(lines, filled, bounds, lh, hrules), bounds, items)
    if len(rows) < 2 or _bullet_column_apart(lines, bounds) or _items_cut_across_rows(rows) \
            or _displayed_matrix(rows):
        return None
    tb = (min(i.x0 for ln in lines for i in ln.items), lines[0].top,
          max(i.x1 for ln in lines for i in ln.items), lines[-1].bottom)
    table = Block.table(merge_header_lines(rows), bbox=tb, table_method="unruled")
    _header_spans(table.rows, [tb[0]] + bounds + [tb[2]])
    mark_header_rows(table)
    return _items_of(titles + before), table, _items_of(after)


def _header_spans(rows: list, edges: list) -> None:
    """A heading centred over a group of columns in an unruled header ("Year to date" over
    "2022/23" "2023/24") spans them: a cell of a header row (above the rows of values)
    followed by empty cells, over a header row with text in each column of the group, whose
    centre is nearer the centre of the group's columns (``edges``: the x where each column
    starts, and the table's right edge) than of its own column, within a fifth of the
    group's width.  A heading centred over an odd group sits over its middle column: left
    alone (a taller heading than its neighbours' looks the same)."""
    n_head = 0  # the rows above the first row of values
    while n_head < min(3, len(rows) - 1) and not _has_value(rows[n_head]):
        n_head += 1
    if not any(_has_value(r) for r in rows[n_head:]):
        return
    for r in range(n_head - 1):
        row, below = rows[r], rows[r + 1]
        if len(below) != len(row) or len(row) != len(edges) - 1:
            continue
        j = 0
        while j < len(row):
            c = row[j]
            k = j + 1
            while k < len(row) and not row[k].text and below[k].text:
                k += 1
            if not c.text or c.bbox is None or k == j + 1 or not below[j].text:
                j = k
                continue
            cx = (c.bbox[0] + c.bbox[2]) / 2
            best, err = None, abs(cx - (edges[j] + edges[j + 1]) / 2)
            for m in range(j + 2, k + 1):
                e = abs(cx - (edges[j] + edges[m]) / 2)
                if e < err and e <= 0.2 * (edges[m] - edges[j]):
                    best, err = m, e
            if best is not None:
                c.col_span = best - j
                for q in range(j + 1, best):
                    row[q].covered = True
            j = k


def _split_stacked(blocks: list[Block]) -> list[Block]:
    """Unruled tables that ran on into a second table under them (a title line and a header
    row without values after rows of values) are cut there: each part a table of its own,
    the title a paragraph between them (``table_cells.split_at_repeated_header``)."""
    out: list[Block] = []
    for b in blocks:
        if b.kind != TABLE or b.table_method != "unruled" or len(b.rows) < 4:
            out.append(b)
            continue
        parts = split_at_repeated_header(b.rows)
        if len(parts) == 1:
            out.append(b)
            continue
        for title, rows in parts:
            if title is not None:
                out.append(Block(PARAGRAPH, text=title.text, page=b.page, bbox=title.bbox))
            part = copy.copy(b)
            part.rows = merge_header_lines(rows)
            for r in part.rows:
                for c in r:
                    c.is_header = False
            mark_header_rows(part)
            part.text = "\n".join("\t".join(c.text for c in r) for r in part.rows)
            part.bbox = _rows_box(part.rows, b)
            out.append(part)
    return out


def _rows_box(rows: list, b: Block):
    """The box of a part's filled cells (the whole table's when it has none)."""
    bbs = [c.bbox for r in rows for c in r if c.bbox and c.text]
    if not bbs:
        return b.bbox
    return (min(x[0] for x in bbs), min(x[1] for x in bbs), max(x[2] for x in bbs), max(x[3] for x in bbs))
