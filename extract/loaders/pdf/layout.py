"""Reading order: recursive XY cut of a page into text flows and table regions."""
from __future__ import annotations

import re
import statistics
from typing import Optional

from ...model import TWO_LETTERS, Block
from .commentary import join_commentary_rows
from .header_band import header_rule_spans, join_band
from .header_lines import header_lines_above
from .page import _PageData
from .paragraphs import _mid_sentence, _para_blocks, _wraps
from .ruled import _ruled_blocks
from .spill import join_spilled_rows
from .text import Item, _MARK_ONLY, _bands, _bullet_marker, _free_spans, _gutters, _intersect_spans, _lines_of, _median_size
from .unruled import _framed, _one_row_box, _unruled_table, boxes_side_by_side


def _is_prose(items: list) -> bool:
    lines = _lines_of(items)
    if not lines:
        return False
    n_bul = sum(1 for ln in lines if _bullet_marker(ln.text))
    if n_bul >= max(1, 0.5 * len(lines)):
        return True
    if len(lines) < 2:
        return False
    width = max(ln.x1 for ln in lines) - min(ln.x0 for ln in lines)
    wpl = sum(len(ln.words) for ln in lines) / len(lines)
    full = sum(1 for ln in lines if ln.x1 - ln.x0 >= 0.6 * width) / len(lines)
    return wpl >= 4.5 and full >= 0.5


def _text_kind(lines: list) -> Optional[str]:
    """'strong' for a column of prose (many words a line) or of bullets with their wrapped
    lines, 'flow' for other running text (narrow lines at a tight, even pitch), else None.
    Lines of several segments (cells) are not running text."""
    n = len(lines)
    if sum(1 for ln in lines if len(ln.items) > 1) > 0.2 * n:
        return None  # lines of several cells: a table, not a column of text
    marks = [ln for ln in lines if _bullet_marker(ln.text)]
    if marks:
        starts = []
        for ln in marks:
            ws = ln.words
            starts.append(ws[1].x0 if len(ws) > 1 and _MARK_ONLY.match(ws[0].text) else ws[0].x0)
            starts.append(ws[0].x0)
        ok = sum(1 for ln in lines if _bullet_marker(ln.text) or any(abs(ln.x0 - t) <= 2.5 for t in starts))
        if ok >= 0.7 * n:
            return "strong"
    wpl = sum(len(ln.words) for ln in lines) / n
    width = max(ln.x1 for ln in lines) - min(ln.x0 for ln in lines)
    full = sum(1 for ln in lines if ln.x1 - ln.x0 >= 0.6 * width) / n
    if n >= 3 and wpl >= 6 and full >= 0.5:
        return "strong"
    if _is_prose([i for ln in lines for i in ln.items]):
        return "flow"
    if n >= 4:
        x0 = statistics.median(ln.x0 for ln in lines)
        gaps = [b.top - a.bottom for a, b in zip(lines, lines[1:])]
        h = statistics.median(ln.bottom - ln.top for ln in lines)
        g = statistics.median(gaps)
        even = sum(1 for x in gaps if abs(x - g) <= 1.0) >= 0.7 * len(gaps)
        if g <= 0.5 * h and even and sum(1 for ln in lines if abs(ln.x0 - x0) <= 2) >= 0.7 * n:
            return "flow"
    return None


def _mid_aligned(la: list, lb: list) -> float:
    """Share of the lines ``la`` whose middle is at the middle of a line of ``lb``."""
    if not la:
        return 0.0
    hit = 0
    for x in la:
        mx, hx = (x.top + x.bottom) / 2, x.bottom - x.top
        if any(abs((y.top + y.bottom) / 2 - mx) <= 0.2 * min(hx, y.bottom - y.top) + 0.3 for y in lb):
            hit += 1
    return hit / len(la)


def _same_style_rows(a: list, b: list) -> bool:
    """Half the lines of the side with fewer lines share a baseline with the nearest cell of the
    other side, set in the same size: cells of one row (a box's label and its value), not two
    flows of text in different sizes (a text column beside a table in small print)."""
    la, lb = _lines_of(a), _lines_of(b)
    if len(la) > len(lb):
        la, b = lb, a
    hit = 0
    for x in la:
        mx, hx = (x.top + x.bottom) / 2, x.bottom - x.top
        beside = [i for i in b if min(i.bottom, x.bottom) - max(i.top, x.top) > 0]
        if not beside:
            continue
        near = min(beside, key=lambda i: min(abs(i.x0 - x.x1), abs(x.x0 - i.x1)))
        if abs(near.size - x.size) <= 0.3 and \
                abs((near.top + near.bottom) / 2 - mx) <= 0.2 * min(hx, near.bottom - near.top) + 0.3:
            hit += 1
    return bool(la) and hit >= 0.5 * len(la)


def _aligned_fraction(a: list, b: list) -> float:
    """Share of the lines of the side with fewer lines that overlap a line of the other side."""
    la, lb = _lines_of(a), _lines_of(b)
    if len(la) > len(lb):
        la, lb = lb, la
    if not la:
        return 0.0
    hit = 0
    for x in la:
        if any(min(x.bottom, y.bottom) - max(x.top, y.top) > 0.3 * min(x.bottom - x.top, y.bottom - y.top)
               for y in lb):
            hit += 1
    return hit / len(la)


def _sparse_cells(items: list) -> bool:
    """A strip of a few short cells (a "Q" flag column, a wrapped column header)."""
    return bool(items) and all(len(i.words) <= 4 for i in items) and len(_lines_of(items)) <= 6


def _wrapped_cell(small: list, rest: list) -> bool:
    """``small`` is one cell wrapped over several lines (a narrow column's header): its lines
    follow each other closely, the first lines up with a line of ``rest`` and the cell lies
    within the height of ``rest``."""
    ls, lr = _lines_of(small), _lines_of(rest)
    if len(ls) < 2 or not lr:
        return False
    h = statistics.median(ln.bottom - ln.top for ln in ls)
    if any(b.top - a.bottom > 0.6 * h for a, b in zip(ls, ls[1:])):
        return False
    first = ls[0]
    if not any(min(first.bottom, y.bottom) - max(first.top, y.top) > 0.3 * min(h, y.bottom - y.top)
               for y in lr):
        return False
    return lr[0].top - 1 <= first.top and ls[-1].bottom <= lr[-1].bottom + 1


def _cells_on_rows(small: list, rest: list) -> bool:
    """``small`` is a column of short cells of the table in ``rest`` (a "Statistical
    Exceptions" column: some rows empty, some cells wrapped over two or three lines): every
    cell (lines following each other closely) starts on the baseline of a row of ``rest``
    with several cells, and all lie within the height of ``rest``."""
    if not small or not rest or any(len(i.words) > 5 for i in small):
        return False
    ls = _lines_of(small)
    rows = [ln for ln in _lines_of(rest) if len(ln.items) >= 2]
    if len(ls) < 2 or len(rows) < 2 or any(len(ln.items) > 1 for ln in ls):
        return False
    if ls[0].top < rows[0].top - 1 or ls[-1].bottom > max(i.bottom for i in rest) + 1:
        return False
    h = statistics.median(ln.bottom - ln.top for ln in ls)
    cells: list[list] = [[ls[0]]]
    for a, b in zip(ls, ls[1:]):
        if b.top - a.bottom <= 0.6 * h:
            cells[-1].append(b)
        else:
            cells.append([b])
    if len(cells) < 2 or any(len(c) > 3 for c in cells):
        return False
    return _mid_aligned([c[0] for c in cells], rows) == 1.0


def _should_cut(left: list, right: list, others: Optional[list] = None) -> bool:
    if any(i.table is not None for i in left) or any(i.table is not None for i in right):
        return True
    pl, pr = _is_prose(left), _is_prose(right)
    if pl and pr:
        return True
    # text set in another size than its neighbour (narrative beside a table in small print)
    sl, sr = _median_size(left), _median_size(right)
    if sl and sr and max(sl, sr) >= 1.2 * min(sl, sr) and (pl or pr) and \
            min(len(_lines_of(left)), len(_lines_of(right))) >= 2:
        return True
    if _aligned_fraction(left, right) < 0.6:
        # a sparse column of short cells lines up with the table's rows, not only with its
        # neighbour: judge it against every other strip of the group
        small = min((left, right), key=lambda s: len(_lines_of(s)))
        rest = [i for s in (others or []) if s is not small for i in s]
        if not (_sparse_cells(small) and rest
                and (_aligned_fraction(small, rest) >= 0.99 or _wrapped_cell(small, rest))
                and len(_lines_of(rest)) > len(_lines_of(small))) and not _cells_on_rows(small, rest):
            return True
    if pl != pr:
        prose_side, other = (left, right) if pl else (right, left)
        if len(_lines_of(prose_side)) >= 2.5 * max(1, len(_lines_of(other))):
            return True
    return False


_VALUE = re.compile(r"^[-+(£$€]*\d[\d.,]*%?\)?$|^[–—-]$")


def _numeric(items: list) -> bool:
    """Most (70%) of a column's cells are numbers (a header cell or two may be words)."""
    return bool(items) and sum(1 for i in items if _VALUE.match(i.text.replace(" ", ""))) >= 0.7 * len(items)




def _labels(items: list) -> bool:
    """Most (70%) of a column's cells are words, not numbers: a column of row labels."""
    return bool(items) and sum(1 for i in items if TWO_LETTERS.search(i.text)
                               and not _VALUE.match(i.text.replace(" ", ""))) >= 0.7 * len(items)


def _side_by_side(strips: list, gutters: list, em: float) -> Optional[int]:
    """The index of the gutter between two tables set side by side with their rows in line,
    or None.  The corridor is free of text over the group's full height (a gutter), at
    least 3 em and 1.8 times as wide as the group's median other gutter, with two or more
    columns on each side, and either a table of labels and numbers starts again after it
    (the group's first column and the one after the corridor are labels, the one before
    it numbers, and a column of numbers follows; a status or owner column of words after
    the values is not a new table), or (columns of numbers only) it is 2.5 times as wide as any other gutter and
    the two sides do not have the same rows (one goes on where the other has ended).
    A single wide table keeps its columns: its widest gap is before the values, after the
    only label column."""
    if len(gutters) < 3 or len(strips) != len(gutters) + 1:
        return None
    widths = [b - a for a, b in gutters]
    for k in range(1, len(gutters) - 1):
        others = widths[:k] + widths[k + 1:]
        if widths[k] < max(3 * em, 1.8 * statistics.median(others)):
            continue
        left, right = strips[:k + 1], strips[k + 1:]
        if _labels(strips[0]) and _labels(right[0]) and _numeric(left[-1]) and any(_numeric(x) for x in right[1:]):
            return k
        if widths[k] >= 2.5 * max(others) and all(_numeric(s) for s in strips):
            la, lb = _lines_of([i for s in left for i in s]), _lines_of([i for s in right for i in s])
            if _aligned_fraction_each(la, lb) < 1.0:
                return k
    return None


def _aligned_fraction_each(la: list, lb: list) -> float:
    """Share of all lines of both sides that overlap a line of the other side."""
    def hits(xs, ys):
        return sum(1 for x in xs if any(min(x.bottom, y.bottom) - max(x.top, y.top) > 0 for y in ys))
    n = len(la) + len(lb)
    return (hits(la, lb) + hits(lb, la)) / n if n else 1.0


class _Layout:
    def __init__(self, body_size: float):
        self.body = body_size
        self.gut = max(4.0, 0.7 * body_size)
        self.code_boxes: tuple = ()  # the page's listings of program code (no table in them)
        self.hrules: tuple = ()  # the page's horizontal rules (x0, y, x1)

    def gut_for(self, items: list) -> float:
        """Gutter width for these items: 0.7 em of their own text (a table set smaller than the
        body text has narrower gaps between its columns), never more than the page's."""
        sizes = [w.size for it in items for w in it.words if w.size > 0]
        if not sizes:
            return self.gut
        return min(self.gut, max(3.0, 0.7 * statistics.median(sizes)))

    def order(self, items: list, depth: int = 0) -> list[tuple[str, list]]:
        """Reading-ordered groups: ('text', items) | ('table', items) | ('ruled', [item])."""
        out: list[tuple[str, list]] = []
        if not items:
            return out
        if depth > 12:
            return [("text", items)]
        bands = _bands(items)
        split = self._column_split(items, bands)
        if split is not None:
            # separate flows (a text column beside a table): each is read on its own, in turn
            for part in split:
                out.extend(self.order(part, depth + 1))
            return out
        groups: list[list] = []
        for band in bands:
            # a band of a code listing and a band outside it are never one group
            if groups and (not self.code_boxes or _in_code_box(groups[-1], self.code_boxes)
                           == _in_code_box(band, self.code_boxes)):
                gw = self.gut_for(groups[-1] + band)
                old = _gutters(groups[-1], gw) + _gutters(band, gw)
                new = _gutters(groups[-1] + band, gw)
                # a band joins the group when neither loses a gutter
                def kept(gs):
                    return all(any(min(o[1], n[1]) - max(o[0], n[0]) >= gw * 0.5 for n in new) for o in gs)

                if new and kept(old):
                    groups[-1] = groups[-1] + band
                    continue
            groups.append(list(band))
        for g in groups:
            # a listing of program code (``_PageData.code_boxes``): its aligned columns are no table
            code = self.code_boxes and _in_code_box(g, self.code_boxes)
            gut = [] if code else _gutters(g, self.gut_for(g))
            if gut:
                pieces = self._lone_boxes(g)
                if pieces is not None:
                    for piece in pieces:
                        if isinstance(piece, Block):
                            out.append(("box", [piece]))
                        else:
                            out.extend(self.order(piece, depth + 1))
                    continue
            if not gut:
                for it in sorted(g, key=lambda i: (i.top, i.x0)):
                    if it.table is not None:
                        out.append(("ruled", [it]))
                    elif out and out[-1][0] == "text":
                        out[-1][1].append(it)
                    else:
                        out.append(("text", [it]))
                continue
            strips = self._strips(g, gut)
            k = _side_by_side(strips, gut, self.gut_for(g) / 0.7)
            if k is not None:
                mid = (gut[k][0] + gut[k][1]) / 2
                for part in ([i for i in g if (i.x0 + i.x1) / 2 < mid], [i for i in g if (i.x0 + i.x1) / 2 >= mid]):
                    out.extend(self.order(part, depth + 1))
                continue
            # under a table's own rules (a booktabs frame) a last column of wrapped prose is the
            # table's description column, not a text flow beside it (a first column of prose
            # labels is still cut off: its lines are not yet read as one label per row)
            framed = len(strips) >= 3 and bool(self.hrules) and _framed(_lines_of(g), self.hrules)
            cuts = [not (framed and k == len(strips) - 2) and _should_cut(strips[k], strips[k + 1], strips)
                    for k in range(len(strips) - 1)]
            if any(cuts):
                parts = [list(strips[0])]
                for k, c in enumerate(cuts):
                    if c:
                        parts.append(list(strips[k + 1]))
                    else:
                        parts[-1].extend(strips[k + 1])
                for part in parts:
                    sub = self.order(part, depth + 1)
                    for kind, its in sub:
                        out.append((kind, its))
                # parts are separate flows: a text run never continues across parts
                continue
            out.append(("table", g))
        return out

    def _column_split(self, items: list, bands: list) -> Optional[list[list]]:
        """[above, left, right, below] when a run of bands has a vertical whitespace channel
        (free of text over the run's full height) whose two sides are text of different
        character: one side a single column of text (prose, or bullets with their wrapped
        lines) and the other side set in another size (>= 1.2x), or a table (columns of its
        own) whose lines do not line up with the text's.  Found before bands are grouped, so
        a text column whose line pitch differs from a table's beside it is never read into it."""
        if len(bands) < 2 or len(items) < 6:
            return None
        X0 = min(i.x0 for i in items)
        X1 = max(i.x1 for i in items)
        gw = max(self.gut_for(items), 6.0)
        free = [_free_spans(b, X0, X1, gw) for b in bands]
        cands = []  # (start band, end band, channel)
        for s in range(len(bands)):
            cur = [iv for iv in free[s] if iv[0] > X0 and iv[1] < X1]
            e = s
            while cur:
                nxt = _intersect_spans(cur, free[e + 1], gw) if e + 1 < len(bands) else []
                for iv in cur:
                    if not any(n[0] < iv[1] and n[1] > iv[0] for n in nxt):
                        cands.append((s, e, iv))
                cur, e = nxt, e + 1
        if not cands:
            return None
        # the longest runs first; a few candidates at most (speed)
        cands.sort(key=lambda c: (-(c[1] - c[0]), c[2][0]))
        seen = 0
        for s, e, iv in cands:
            mid = (iv[0] + iv[1]) / 2
            run = bands[s:e + 1]
            sides = [[i for b in run for i in b if (i.x0 + i.x1) / 2 < mid],
                     [i for b in run for i in b if (i.x0 + i.x1) / 2 >= mid]]
            if not sides[0] or not sides[1]:
                continue
            seen += 1
            if seen > 8:
                break
            # a band at the edge of the run with text on one side only belongs to the run only
            # when it is nearer to the run than to the text beyond it (the last line of a
            # full-width paragraph above is not the start of a column)
            def one_sided(b):
                return all((i.x0 + i.x1) / 2 < mid for i in b) or all((i.x0 + i.x1) / 2 >= mid for i in b)

            def gap(a, b):
                return min(i.top for i in b) - max(i.bottom for i in a)
            while s < e and s > 0 and one_sided(bands[s]) and \
                    gap(bands[s - 1], bands[s]) < gap(bands[s], bands[s + 1]):
                s += 1
            while e > s and e < len(bands) - 1 and one_sided(bands[e]) and \
                    gap(bands[e], bands[e + 1]) < gap(bands[e - 1], bands[e]):
                e -= 1
            run = bands[s:e + 1]
            left = [i for b in run for i in b if (i.x0 + i.x1) / 2 < mid]
            right = [i for b in run for i in b if (i.x0 + i.x1) / 2 >= mid]
            if not left or not right or not self._distinct_flows(left, right):
                continue
            above = [i for b in bands[:s] for i in b]
            below = [i for b in bands[e + 1:] for i in b]
            return [p for p in (above, left, right, below) if p]
        return None

    def _distinct_flows(self, left: list, right: list) -> bool:
        if any(i.table is not None for i in left + right):
            return False  # ruled tables are cut by the band groups
        if self._table_tail(left, right) or self._table_tail(right, left):
            return False
        for a, b in ((left, right), (right, left)):
            if _gutters(a, self.gut_for(a)):
                continue  # not a single column of text
            la, lb = _lines_of(a), _lines_of(b)
            if len(la) < 2 or len(lb) < 2:
                continue
            kind = _text_kind(la)
            if kind is None:
                continue
            sa, sb = _median_size(a), _median_size(b)
            if sa and sb and max(sa, sb) >= 1.2 * min(sa, sb) and not _same_style_rows(a, b):
                return True
            if kind == "strong" and _gutters(b, self.gut_for(b)) and \
                    _mid_aligned(la, lb) < 0.5 and _mid_aligned(lb, la) < 0.5:
                return True
        return False

    @staticmethod
    def _lone_boxes(g: list) -> Optional[list]:
        """[items | box block, ...] when every line of several cells in ``g`` is a one-row box
        (``_one_row_box``, with its wrapped lines) among lines of text: each is read as that
        box before the text beside it can be cut into columns."""
        lines = _lines_of(g)
        if len(lines) > 60 or not any(len(ln.items) >= 2 for ln in lines):
            return None
        out: list = []
        text: list = []
        k = 0
        while k < len(lines):
            if len(lines[k].items) < 2:
                text.extend(lines[k].items)
                k += 1
                continue
            got = _one_row_box(lines, k)
            if got is None:
                return None
            if text:
                out.append(text)
                text = []
            out.append(got[0])
            k = got[1]
        if text:
            out.append(text)
        return out

    @staticmethod
    def _table_tail(a: list, b: list) -> bool:
        """``b`` is the outer columns of a table in ``a`` (short cells - "Statistical
        Exceptions", "Exception Weighting" - beside the value rows): at least two of ``a``'s
        lines are rows of several cells, and most of ``b``'s lines share their baselines."""
        rows = [ln for ln in _lines_of(a) if len(ln.items) >= 2]
        lb = _lines_of(b)
        if len(rows) < 2 or len(lb) < 2 or any(len(i.words) > 6 for i in b) or _text_kind(lb) is not None:
            return False  # a column of running text (bullets, narrow prose) is its own flow
        return _mid_aligned(lb, rows) >= 0.5

    @staticmethod
    def _strips(items: list, gutters: list) -> list[list]:
        bounds = [(a + b) / 2 for a, b in gutters]
        strips: list[list] = [[] for _ in range(len(bounds) + 1)]
        for it in items:
            cx = (it.x0 + it.x1) / 2
            k = sum(1 for b in bounds if cx > b)
            strips[k].append(it)
        return [s for s in strips if s]


def _in_code_box(items: list, boxes: tuple) -> bool:
    """Every item's centre is inside one of the page's code boxes (``_PageData.code_boxes``)."""
    return all(any(x0 <= (it.x0 + it.x1) / 2 <= x1 and top <= (it.top + it.bottom) / 2 <= bottom
                   for x0, top, x1, bottom in boxes) for it in items)


def _page_blocks(pd: _PageData, items: list[Item], doc_body: float) -> list[Block]:
    words = [w for it in items if it.table is None for w in it.words]
    sizes = [w.size for w in words for _ in range(max(1, len(w.text)))]
    body = statistics.median(sizes) if len(sizes) >= 200 else (doc_body or (statistics.median(sizes) if sizes else 10.0))
    lay = _Layout(body)
    lay.code_boxes = pd.code_boxes
    lay.hrules = pd.rules[0] if pd.rules else ()
    for t in pd.tables:
        items.append(Item(table=t, bbox=t.bbox))
    hrules = pd.rules[0] if pd.rules else ()
    groups, read = join_commentary_rows(lay.order(items), lay.gut_for, hrules)  # notes between a table's rows
    # typical gap between lines of the same paragraph on this page: measured where a line
    # wraps into the next (the next line's first word would not have fitted after it), in
    # units of the body size; the gaps between all lines mix in the space between paragraphs
    # (a front sheet of one-line paragraphs), so they are only a capped fallback
    gaps, wrap_gaps = [], []
    for kind, its in groups:
        if kind != "text":
            continue
        ls = _lines_of(its)
        if len(ls) < 2:
            continue
        r = max(ln.x1 for ln in ls)
        for a, b in zip(ls, ls[1:]):
            g = b.top - a.bottom
            if 0 <= g < 1.5 * body and abs(a.size - b.size) < 0.5:
                gaps.append(g)
                if _wraps(a, b, r) and _mid_sentence(a, b):
                    wrap_gaps.append(g * body / max(a.size, 4.0))
    if wrap_gaps:
        base_gap = statistics.median(wrap_gaps)
    elif len(gaps) >= 3:
        base_gap = min(statistics.median(gaps), 0.25 * body)
    else:
        base_gap = 0.2 * body
    gap_thr = max(0.45 * body, min(base_gap + 0.35 * body, 1.2 * body))
    blocks: list[Block] = []
    pending: list = []  # the text groups since the last table, read once the next group is known
    last = None  # (block, items) of the last unruled table read
    for kind, its in groups:
        got = (read[id(its)] if id(its) in read else _unruled_table(its, lay.gut_for(its), hrules)) if kind == "table" else None
        if got is not None:
            # upper lines of the header cells, left out of the table's group or its part
            taken = {id(i) for i in header_lines_above([i for g in pending for i in g] + got[0], got[1])}
            if taken:
                pending = [[i for i in g if id(i) not in taken] for g in pending]
                got = ([i for i in got[0] if id(i) not in taken],) + got[1:]
                header_rule_spans(got[1], pd.rules)
            else:  # a header band read apart from its body (a table or text above it)
                pending, banded = join_band(pending, got, last, blocks, pd.rules, its)
                if banded is got:  # no band: a banded table had its rule spans in join_band
                    header_rule_spans(got[1], pd.rules)
                got = banded
        if kind == "text" or (kind == "table" and got is None):  # text, or a group that is no table
            # text boxes side by side (a slide's columns of bullets): each column its own flow
            cols = boxes_side_by_side(its, lay.gut_for(its), hrules) if kind == "table" else None
            pending.extend(cols or [its])
            continue
        for g in pending:
            if g:
                blocks.extend(_para_blocks(g, gap_thr, body))
        pending = []
        if kind == "ruled":
            t = its[0].table
            blocks.extend(_ruled_blocks(t))
        elif kind == "box":
            blocks.append(its[0])
        else:
            before, tb, after = got
            blocks.extend(_para_blocks(before, gap_thr, body))
            blocks.append(tb)
            blocks.extend(_para_blocks(after, gap_thr, body))
            ids = {id(i) for i in before + after}
            last = (tb, [i for i in its if id(i) not in ids])
    for g in pending:
        blocks.extend(_para_blocks(g, gap_thr, body))
    blocks = join_spilled_rows(blocks, pd.words)
    for b in blocks:
        b.page = pd.number
    return blocks
