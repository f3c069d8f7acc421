"""A table's header band read apart from its body, and group headings bounded by rules.

A statistical table's header is often wider than the figures under it: headings set over
two lines ("Under 18" / "years"), group headings over three columns each ("Total | Male |
Female" over "Total | Under 18 years | 18 years and over"), pieces of one line set close
together over neighbouring columns.  Its lines cross the gutters between the body's columns,
so the band grouping reads them apart from the body (a table of their own, or a paragraph).
``header_band_above`` puts such lines back as the body's header rows, each piece placed by
its x extent over the body's columns; ``rule_spans`` gives a group heading the columns its
drawn rules bound (the rules between column groups, the rule under the heading)."""
from __future__ import annotations

import re
from typing import Optional

from ...model import Cell, n_header_rows
from ..table_cells import _has_value, _is_value
from .header_lines import _FIGURE, _columns   # (_FIGURE: a value with decimals)
from .text import _lines_of

_MAX_LINES = 4  # lines of a header band (three-level headers of statistical tables)
_MAX_WORDS = 6  # words in one piece of a heading line (a caption or a sentence has more)
_SENTENCE_END = re.compile(r"[:;]$|\w{5,}\.$")  # "reg.", "No." are abbreviated headings
_ALIGN = 1.5  # points: a piece set flush with its column's edge or centre
_SPREAD_WORDS = 2  # words of one heading in a line of headings set with word spacing ("FLC group")


def _aligned(x0: float, x1: float, col: tuple) -> bool:
    """The piece is set flush right, flush left or centred over the column's figures."""
    return abs(x1 - col[1]) <= _ALIGN or abs(x0 - col[0]) <= _ALIGN or \
        abs((x0 + x1) / 2 - (col[0] + col[1]) / 2) <= _ALIGN


def _overlapped(x0: float, x1: float, cols: list) -> list[int]:
    return [k for k, (a, b) in enumerate(cols) if min(b, x1) - max(a, x0) > 0]


def _split_words(it, cols: list, over: list[int]) -> Optional[list[tuple[int, list]]]:
    """The piece's words cut into one heading per column, when the words plainly sit over
    single columns: every word over one column only (a word in a gutter goes with the word
    before it; failing that, with the word after it where the heading before it ends flush
    with its column's right edge, three columns or more: headings set flush right over their
    figures with one space between them, "Alzheimer Other dementias Other diagnoses" as R
    prints a table), every
    column the piece crosses gets words, and each part is set flush with its column (right,
    left or centred); else None (a heading spanning the columns)."""
    return _split_words_by(it, cols, over, False) or \
        (_split_words_by(it, cols, over, True) if len(over) >= 3 else None)


def _split_words_by(it, cols: list, over: list[int], right_flush: bool) -> Optional[list[tuple[int, list]]]:
    parts: list[tuple[int, list]] = []
    ws = list(it.words)
    overs = [_overlapped(w.x0, w.x1, cols) for w in ws]
    for i, w in enumerate(ws):
        on = overs[i]
        if len(on) > 1:
            return None
        if not on and right_flush and parts and abs(parts[-1][1][-1].x1 - cols[parts[-1][0]][1]) <= _ALIGN:
            on = next((o for o in overs[i + 1:] if o), [])[:1]  # the heading of the next column starts here
        k = on[0] if on else (parts[-1][0] if parts else None)
        if k is None:
            return None
        if parts and parts[-1][0] == k:
            parts[-1][1].append(w)
        elif parts and k < parts[-1][0]:
            return None
        else:
            parts.append((k, [w]))
    if [k for k, _ in parts] != over:
        return None
    if not all(_aligned(ws[0].x0, ws[-1].x1, cols[k]) for k, ws in parts):
        return None
    return parts


def _place(it, cols: list) -> Optional[list[tuple[int, int, list]]]:
    """(first column, last column, words) of a band piece: over the columns it overlaps (a
    piece over none goes to the nearest column), cut by its words when they sit over single
    columns; None when it lies outside the table."""
    over = _overlapped(it.x0, it.x1, cols)
    if not over:
        cx = (it.x0 + it.x1) / 2
        if cx < cols[0][0] or cx > cols[-1][1]:
            return None
        k = min(range(len(cols)), key=lambda c: abs(cx - (cols[c][0] + cols[c][1]) / 2))
        return [(k, k, list(it.words))]
    if len(over) == 1:
        return [(over[0], over[0], list(it.words))]
    parts = _split_words(it, cols, over)
    if parts is not None:
        return [(k, k, ws) for k, ws in parts]
    return [(over[0], over[-1], list(it.words))]


def _spread_words(ln, cols: list) -> bool:
    """A line of one piece whose words each sit flush over a column of their own, three columns
    or more ("Jan Feb Mar ... Dec" over a table's month columns, set with only word spacing
    between them where the columns are narrow): headings, as a line of pieces is; a caption's
    words cross the gutters or sit off the columns' edges."""
    it = ln.items[0]
    over = _overlapped(it.x0, it.x1, cols)
    if len(over) < 3 or len(it.words) > _SPREAD_WORDS * len(over):
        return False
    parts = _split_words(it, cols, over)
    return parts is not None and all(len(ws) <= _SPREAD_WORDS for _, ws in parts)


def _overhangs(ln, x0: float, x1: float, lh: float, cols: list) -> bool:
    """The line reaches past the table's sides by more than a line's height, unless the words
    that do are centred over the outer column under them and stop short of the next (a stub
    heading wider than its column of centred labels: "FLC group" over "Low" / "Med" / "High")."""
    if ln.x0 < x0 - lh:
        ws = [w for w in ln.words if w.x0 < cols[0][1]]
        if len(cols) < 2 or any(w.x1 >= cols[1][0] for w in ws) or \
                abs((ws[0].x0 + ws[-1].x1) / 2 - (cols[0][0] + cols[0][1]) / 2) > _ALIGN:
            return True
    if ln.x1 > x1 + lh:
        ws = [w for w in ln.words if w.x1 > cols[-1][0]]
        if len(cols) < 2 or any(w.x0 <= cols[-2][1] for w in ws) or \
                abs((ws[0].x0 + ws[-1].x1) / 2 - (cols[-1][0] + cols[-1][1]) / 2) > _ALIGN:
            return True
    return False


def _centred_over(it, under, cols: list) -> Optional[tuple[int, int]]:
    """(first, last column) of the run of two or more headings of the line ``under`` that the
    one-piece line ``it`` is centred over (its centre within ``_ALIGN`` of the middle of the
    run's extent, lying within that extent): a group heading set over its columns' headings
    ("No. of cigarettes daily" over "None | <10 | 10–20 | >20", "Age" over eight age bands),
    as LaTeX's multicolumn centres it.  A title centred over the whole table, its stub column
    included, is not taken."""
    if len(it.words) > _MAX_WORDS or it.x0 <= cols[0][1]:
        return None
    heads = []
    for piece in sorted(under.items, key=lambda i: i.x0):
        got = _place(piece, cols)
        if got is None:
            return None
        heads.extend((c0, c1, min(w.x0 for w in ws), max(w.x1 for w in ws)) for c0, c1, ws in got)
    cx = (it.x0 + it.x1) / 2
    for i in range(len(heads)):
        for j in range(i + 1, len(heads)):
            a, b = heads[i][2], heads[j][3]
            if heads[i][0] > 0 and abs(cx - (a + b) / 2) <= _ALIGN and a - _ALIGN <= it.x0 and it.x1 <= b + _ALIGN:
                return heads[i][0], heads[j][1]
    return None


def _band_lines(pool_lines: list, body: list, x0: float, x1: float, cols: list) -> list:
    """The lines right above the rows ``body`` that may be its header band, top-down: each
    at line pitch over the next (a gap under 0.6 of a body line), of two pieces or more (a
    caption is one) or of words each over a column of ``cols`` (``_spread_words``), every piece
    short (six words at most, no sentence end - an abbreviation is no end -, no figure with
    decimals, not a value: a year is a heading), within the table's width (``x0``..``x1``)."""
    first = [c.bbox for c in body[0] if c.text and c.bbox]
    lh = min((bb[3] - bb[1] for bb in first), default=0.0)
    if lh <= 0:
        return []
    top = min(bb[1] for bb in first)
    taken: list = []
    edge = top
    for ln in sorted((ln for ln in pool_lines if ln.bottom <= top + 1.0), key=lambda ln: -ln.bottom):
        if len(taken) == _MAX_LINES or edge - ln.bottom > 0.6 * lh \
                or any(it.bottom - it.top > 1.4 * lh for it in ln.items) or _overhangs(ln, x0, x1, lh, cols) \
                or (len(ln.items) < 2 and not _spread_words(ln, cols)
                    and not (taken and _centred_over(ln.items[0], taken[-1], cols))):
            break
        pieces = [(len(it.words), it.text) for it in ln.items] if len(ln.items) > 1 else \
            [(1, w.text) for w in ln.items[0].words]  # (a line of spread words: each word a piece)
        if any(n > _MAX_WORDS or _SENTENCE_END.search(t) or _FIGURE.search(t) or _is_value(t) for n, t in pieces):
            break
        taken.append(ln)
        edge = ln.top
    return taken[::-1]


def _body_columns(body: list) -> Optional[list[tuple[float, float]]]:
    """(x0, x1) of each column of the rows ``body``, from their filled cells' boxes."""
    out = []
    for c in range(max(len(r) for r in body)):
        bbs = [r[c].bbox for r in body if c < len(r) and r[c].text and r[c].bbox and r[c].col_span == 1]
        if not bbs:
            return None
        out.append((min(b[0] for b in bbs), max(b[2] for b in bbs)))
    return out


def _value_row_above(pool_lines: list, body: list, cols: list) -> Optional[tuple]:
    """(line, row) when the line right above the rows ``body`` (at row pitch) is a row of
    figures read apart from them (its figures set closer than a gutter, so it crossed the
    body's gutters): every word over one column only, each column's words set flush with
    the column's edge or centre (as ``_split_words`` asks), a figure in two columns or more."""
    first = [c.bbox for c in body[0] if c.text and c.bbox]
    top, lh = min(bb[1] for bb in first), min(bb[3] - bb[1] for bb in first)
    above = [ln for ln in pool_lines if ln.bottom <= top + 1.0]
    if not above:
        return None
    ln = max(above, key=lambda x: x.bottom)
    if top - ln.bottom > 0.6 * lh or len(ln.items) < 2:
        return None
    words: dict[int, list] = {}
    for w in ln.words:
        on = _overlapped(w.x0, w.x1, cols)
        if len(on) != 1:
            return None
        words.setdefault(on[0], []).append(w)
    ks = sorted(words)
    if any(words[a][-1].x1 > words[b][0].x0 for a, b in zip(ks, ks[1:])) or \
            not all(_aligned(words[k][0].x0, words[k][-1].x1, cols[k]) for k in ks if k > 0) or \
            sum(1 for k in ks if _is_value(" ".join(w.text for w in words[k]))) < 2:
        return None
    row = [Cell("", (a, ln.top, b, ln.bottom)) for a, b in cols]
    for k, ws in words.items():
        row[k] = Cell(" ".join(w.text for w in ws), (ws[0].x0, min(w.top for w in ws), ws[-1].x1,
                                                      max(w.bottom for w in ws)))
    return ln, row


def _group_label(row: list) -> bool:
    """A row holding only a label in its first column (a group's name over its rows: "Female"
    over "Alzheimer" / "Other dementias"), as the first row under a header."""
    return bool(row and row[0].text) and not any(c.text for c in row[1:])


def _ruled_between(hs: tuple, y0: float, y1: float, x0: float, x1: float) -> bool:
    return any(y0 - 0.5 <= y <= y1 + 0.5 and min(b, x1) - max(a, x0) > 0 for a, y, b in hs)


def header_band_above(items: list, tb, rules: tuple = ((), ()), own: list = ()) -> Optional[tuple[list, list]]:
    """(items taken, the table's rows under its new header rows) when the lines right above the rows of figures of the
    unruled table ``tb`` are its header band, read apart from it (``items``: the text above
    the table) or partly as its header rows (``own``: their items, all taken or no band):
    up to four lines at line pitch, each of two pieces or more, all pieces short and placed
    over the body's columns by x extent (``_place``).  A line holding a piece over several
    columns (a merged heading) is a row of its own; other lines stacked together are one row
    (headings set over two lines), parted where a rule is drawn between them.  The header
    rows replace ``tb``'s own.  None when no band."""
    n_head = n_header_rows(tb.rows)
    body = tb.rows[n_head:]
    if len(body) < 3 or not tb.bbox or not (_has_value(body[0]) or (_group_label(body[0]) and _has_value(body[1]))):
        return None
    cols = _body_columns(body)
    if cols is None or len(cols) < 3:
        return None
    pool_lines = _lines_of(list(items) + list(own))  # the lines of the text above, read once
    first = _value_row_above(pool_lines, body, cols) if not own else None
    if first is not None:
        body = [first[1]] + body
    lines = _band_lines(pool_lines, body, tb.bbox[0], tb.bbox[2], cols)
    taken = [it for ln in lines for it in ln.items] + (first[0].items if first else [])
    ids, own_ids = {id(it) for it in taken}, {id(o) for o in own}
    if not taken or any(i not in ids for i in own_ids) or ids <= own_ids:
        return None  # no line from outside the table: its own header is left as read
    if not lines:
        return taken, body
    placed: list = [None] * len(lines)
    for k in reversed(range(len(lines))):  # bottom-up: a heading centred over the line under it
        ln = lines[k]
        run = _centred_over(ln.items[0], lines[k + 1], cols) if len(ln.items) == 1 and k + 1 < len(lines) \
            and not _spread_words(ln, cols) else None
        if run is not None:
            placed[k] = [(run[0], run[1], list(ln.items[0].words))]
            continue
        got = []
        for it in sorted(ln.items, key=lambda i: i.x0):
            p = _place(it, cols)
            if p is None:
                return None
            got.extend(p)
        if any(a[1] >= b[0] for a, b in zip(got, got[1:])):
            return None  # two pieces over one column: not a heading line of this table
        placed[k] = got
    if len({k for got in placed for c0, c1, _ in got for k in range(c0, c1 + 1)}) < 2:
        return None
    hs = rules[0] if rules else ()
    groups: list[list[int]] = []
    for k, got in enumerate(placed):
        merged = any(c1 > c0 for c0, c1, _ in got)
        prev_merged = k > 0 and any(c1 > c0 for c0, c1, _ in placed[k - 1])
        if not groups or merged or prev_merged or \
                _ruled_between(hs, lines[k - 1].bottom, lines[k].top, lines[k].x0, lines[k].x1):
            groups.append([k])
        else:
            groups[-1].append(k)
    rows = [_band_row([placed[k] for k in g], [lines[k] for k in g], cols) for g in groups]
    _stub_spans(rows, lines[0].top, lines[-1].bottom)
    return taken, rows + body


def _stub_spans(rows: list, top: float, bottom: float) -> None:
    """A heading alone in its column of the band, set at the band's middle height rather
    than its own row's ("Offense charged" centred beside two rows of headings), spans the
    band's rows."""
    if len(rows) < 2:
        return
    mid = (top + bottom) / 2
    for k in range(len(rows[0])):
        filled = [r for r in range(len(rows)) if rows[r][k].text or rows[r][k].covered]
        if len(filled) != 1 or rows[filled[0]][k].col_span != 1:
            continue
        r = filled[0]
        c = rows[r][k]
        cy = (c.bbox[1] + c.bbox[3]) / 2
        own = [x.bbox for x in rows[r] if x.text and x.bbox]
        row_mid = (min(b[1] for b in own) + max(b[3] for b in own)) / 2
        if abs(cy - mid) < abs(cy - row_mid):
            c.row_span = len(rows)
            for q in range(len(rows)):
                rows[q][k] = c if q == 0 else Cell("", None, is_header=True, covered=True)


def _band_row(placed: list, lines: list, cols: list) -> list[Cell]:
    """One header row from its lines' placed pieces: a column's pieces top-down are one
    heading; a piece over several columns spans them (the positions it covers kept as
    covered empty cells)."""
    top, bottom = min(ln.top for ln in lines), max(ln.bottom for ln in lines)
    words: dict[int, list] = {}
    span: dict[int, int] = {}
    for got in placed:
        for c0, c1, ws in got:
            words.setdefault(c0, []).extend(ws)
            span[c0] = max(span.get(c0, 1), c1 - c0 + 1)
    row = [Cell("", (a, top, b, bottom), is_header=True) for a, b in cols]
    for c0, ws in words.items():
        lines_of = sorted({round(w.top, 1) for w in ws})
        text = " ".join(" ".join(w.text for w in sorted((w for w in ws if round(w.top, 1) == t), key=lambda w: w.x0))
                        for t in lines_of)
        bb = (min(w.x0 for w in ws), min(w.top for w in ws), max(w.x1 for w in ws), max(w.bottom for w in ws))
        row[c0] = Cell(text, bb, col_span=span[c0], is_header=True)
        for q in range(c0 + 1, c0 + span[c0]):
            row[q] = Cell("", None, is_header=True, covered=True)
    return row


def rule_spans(rows: list, n_head: int, cols: list, rules: tuple) -> None:
    """A heading of a header row (not the last) over one column, with empty cells beside it
    and headings under it, spans the columns its drawn rules bound: the nearest vertical
    rules crossing its line on either side (rules between column groups) and the run of
    horizontal rule under it (a rule under the group heading, over its columns only); both
    sides must be bounded by a rule, or by the table's edge for the row's last (first) heading
    (rules between column groups only, none at the outer sides).  ``cols``: each column's (x0, x1)."""
    hs, vs = rules if rules else ((), ())
    if not (hs or vs):
        return
    for r in range(n_head - 1):
        row, below = rows[r], rows[r + 1]
        if len(row) != len(cols) or len(below) != len(cols):
            continue
        for j, c in enumerate(row):
            if not c.text or c.bbox is None or c.col_span != 1 or c.covered:
                continue
            x0, top, x1, bottom = c.bbox
            nxt = min((b.bbox[1] for b in below if b.bbox and b.text), default=bottom + 1.0)
            left, right = _bounds(x0, x1, top, bottom, nxt, hs, vs)
            # the row's last (first) heading, bounded by a group rule on one side, runs to the
            # table's edge on the other: tables ruled between column groups have no outer rules
            if left is not None and right is None and not any(x.text for x in row[j + 1:]):
                right = float("inf")
            if right is not None and left is None and not any(x.text for x in row[:j]):
                left = float("-inf")
            if left is None or right is None:
                continue
            run = [k for k, (a, b) in enumerate(cols) if a >= left - 2.0 and b <= right + 2.0]
            if len(run) < 2 or j not in run or run != list(range(run[0], run[-1] + 1)):
                continue
            if any(row[k].text or row[k].covered for k in run if k != j) or \
                    not all(below[k].text for k in run):
                continue
            row[run[0]], row[j] = row[j], row[run[0]]
            first = row[run[0]]
            first.col_span = len(run)
            for k in run[1:]:
                row[k] = Cell("", None, is_header=first.is_header, covered=True)


def _bounds(x0: float, x1: float, top: float, bottom: float, nxt: float, hs: tuple, vs: tuple):
    """(left, right) x of the rules bounding a heading (None on a side no rule bounds)."""
    mid = (top + bottom) / 2
    vl = [x for x, t, b in vs if x < x0 and t <= mid <= b]
    vr = [x for x, t, b in vs if x > x1 and t <= mid <= b]
    left = max(vl) if vl else None
    right = min(vr) if vr else None
    segs = sorted((a, b) for a, y, b in hs if bottom - 0.5 <= y <= nxt + 0.5)
    runs: list[list[float]] = []
    for a, b in segs:
        if runs and a <= runs[-1][1] + 1.5:
            runs[-1][1] = max(runs[-1][1], b)
        else:
            runs.append([a, b])
    cx = (x0 + x1) / 2
    under = next((r for r in runs if r[0] <= cx <= r[1]), None)
    if under is not None:
        left = under[0] if left is None else max(left, under[0])
        right = under[1] if right is None else min(right, under[1])
    return left, right


def header_rule_spans(tb, rules: tuple) -> None:
    """``rule_spans`` over the header rows of the unruled table block ``tb``."""
    if not rules or not (rules[0] or rules[1]):
        return
    n_head = n_header_rows(tb.rows)
    cols = _columns(tb) if n_head >= 2 else None
    if cols is not None:
        rule_spans(tb.rows, n_head, cols, rules)


def join_band(pending: list, got: tuple, last: Optional[tuple], blocks: list, rules: tuple, its: list):
    """(pending, got) with the header band above the rows of figures of the table of ``got``
    (before, table, after; ``its``: its group's items) taken into it (``header_band_above``)
    from the text groups read since the last table (``pending``), the text before the table
    in its group, its own header rows, and the last unruled table read (``last``: (block,
    items), when it is the last block) - all its lines or none."""
    before, tb, after = got
    prev = list(last[1]) if last is not None and blocks and blocks[-1] is last[0] else []
    n_head = n_header_rows(tb.rows)
    own = []
    if n_head and n_head < len(tb.rows):
        top = min((c.bbox[1] for c in tb.rows[n_head] if c.text and c.bbox), default=None)
        skip = {id(i) for i in before + after}
        own = [i for i in its if top is not None and id(i) not in skip and i.table is None
               and (i.top + i.bottom) / 2 < top]
    res = header_band_above(prev + [i for g in pending for i in g] + before, tb, rules, own)
    if res is None:
        return pending, got
    taken, rows = res
    ids = {id(i) for i in taken}
    n_prev = sum(1 for i in prev if id(i) in ids)
    if 0 < n_prev < len(prev):
        return pending, got  # the table above is not all header lines
    if n_prev:
        blocks.pop()
    n_band = n_header_rows(rows)
    cols = _body_columns(rows[n_band:])
    tb.rows = rows
    tb.text = "\n".join("\t".join(c.text for c in r) for r in tb.rows)
    tb.bbox = (min([tb.bbox[0]] + [i.x0 for i in taken]), min([tb.bbox[1]] + [i.top for i in taken]),
               max([tb.bbox[2]] + [i.x1 for i in taken]), tb.bbox[3])
    if cols is not None:
        rule_spans(tb.rows, n_band, cols, rules)
    else:
        header_rule_spans(tb, rules)
    pending = [[i for i in g if id(i) not in ids] for g in pending]
    return pending, ([i for i in before if id(i) not in ids], tb, after)
