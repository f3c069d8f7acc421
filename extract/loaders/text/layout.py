"""pdftotext ``-layout`` text: bands of space-aligned lines read as tables or as
columns read one after the other (rules 6-8 of :mod:`extract.loaders.text`)."""
from __future__ import annotations

import re
from typing import Optional

from ...normalise.labels import LAYOUT_LABEL
from ..common import is_data_line
from .lines import BULLET_START, _BULLET, _Draft, _Line, join_duration_gaps

# --------------------------------------------------------------------------
# layout-mode text (pdftotext -layout): bands of space-aligned lines (rules 6-8)
# --------------------------------------------------------------------------

_SEED = re.compile(r"\S {3,}\S")
_LIST_NUMBER = LAYOUT_LABEL
_DATA_CELL = re.compile(r"^(?:[-+–−]\s?)?[£$€]?\d|^[▲▼^]\s*$|^(?:n/?a|tbc|-|–)$", re.I)
_BAND_BLANKS = 2      # blank lines allowed inside a band
_MAX_DEPTH = 3


def _is_seed(ln: _Line) -> bool:
    # a seed needs three spaces in a row: most lines have none and skip the pattern
    if "\t" in ln.raw or "   " not in ln.raw:
        return False
    # the gap after a bullet's glyph or a list number is no column gap ("·         Environment",
    # "1.    Cabinet notes ...": Word's list indent turned into spaces by a converter); such a
    # line is a seed by a gap in its text
    m = _BULLET.match(ln.raw) if ln.text[:1] in BULLET_START else None
    body = m.group("text") if m else _LIST_NUMBER.sub("", ln.raw, count=1)
    return bool(_SEED.search(join_duration_gaps(body.rstrip())))


def _span(raw: str) -> tuple[int, int]:
    s = raw.rstrip()
    return len(s) - len(s.lstrip()), len(s)


_FIELD_GAP = re.compile(r" {2,}")


def _segments(raws: list[str]) -> list[tuple[int, list[int]]]:
    """Column boundaries of a band of space-aligned lines (rule 7), each as one cut position per
    line (the character there is a space, or past the line's end): text left of the cut belongs
    to the column on the left.  A boundary is proposed where some line has a field (text after two
    or more spaces) starting at x, and kept when every line has a space within four characters
    left of x (pdftotext rounds positions, so an aligned column starts within a character or two;
    a cell that crosses x with no space there rules the boundary out)."""
    cands: set[int] = set()
    for r in raws:
        r = r.rstrip()
        body = r.lstrip()
        off = len(r) - len(body)
        for m in _FIELD_GAP.finditer(body):
            cands.add(off + m.end())
    cuts: list[tuple[int, list[int]]] = []
    for x in sorted(cands):
        if cuts and x - cuts[-1][0] <= 3:
            continue
        per = []
        for r in raws:
            p = next((q for q in range(x - 1, x - 5, -1) if q >= 0 and (q >= len(r) or r[q] == " ")), None)
            if p is None:
                break
            per.append(p)
        else:
            prev = cuts[-1][1] if cuts else [0] * len(raws)
            if any(pp <= c for pp, c in zip(per, prev)):
                continue
            # a cut between two words one space apart ("17.7% ▲ Increasing", where pdftotext put a
            # value and the next column's text together) needs as many lines that have text on
            # both sides two or more spaces apart; else it is a space inside a cell ("12 Months")
            tight = loose = 0
            for r, q, c0 in zip(raws, per, prev):
                if q >= len(r) or not r[c0:q].strip() or not r[q + 1:x + 3].strip():
                    continue
                if r[q - 1] != " " and q + 1 < len(r) and r[q + 1] != " ":
                    tight += 1
                else:
                    loose += 1
            if tight and loose < min(tight, 2):
                continue
            cuts.append((x, per))
    return cuts


def _split(raw: str, cuts: list, i: int) -> list[str]:
    pos = [0] + [c[1][i] for c in cuts] + [max(len(raw), cuts[-1][1][i] if cuts else 0)]
    return [raw[pos[k]:pos[k + 1]] for k in range(len(pos) - 1)]


def _cells(raws: list[str], cuts: list) -> list[list[str]]:
    return [[c.strip() for c in _split(r, cuts, i)] for i, r in enumerate(raws)]


_NUM_TOKEN = re.compile(r"^[-+–−]?[£$€]?\d[\d,.:]*%?(?:k|m|bn)?$", re.I)
_VALUE_WORDS = frozenset("points point pts pp % ▲ ▼ ^ ~ ↑ ↓ secs sec mins min hrs hr".split())


def _is_data_cell(t: str) -> bool:
    """A value cell: a number with at most a unit or a direction glyph after it ("17.7% ▲",
    "-1.2% points ▼", "00:00:12"), or a date/percent line ("Jan 24", "90%")."""
    if not t:
        return False
    if is_data_line(t):
        return True
    toks = t.split()
    return bool(_NUM_TOKEN.match(toks[0])) and all(w.lower() in _VALUE_WORDS or _NUM_TOKEN.match(w)
                                                    for w in toks[1:])


_IS_PROSE_SEGMENT_RE = re.compile(r"[.!?:]$")


def _is_prose_segment(cells: list[str]) -> bool:
    """A column of running text beside another column: long lines, bullets, sentence ends."""
    cells = [c for c in cells if c]
    if len(cells) < 2:
        return False
    mean = sum(len(c) for c in cells) / len(cells)
    data = sum(1 for c in cells if _is_data_cell(c))
    marks = sum(1 for c in cells if _BULLET.match(c) or _IS_PROSE_SEGMENT_RE.search(c))
    return mean >= 25 and data * 5 <= len(cells) and marks * 10 >= 3 * len(cells)


def _fits(ln: _Line, cuts: list) -> Optional[int]:
    """Index of the one column that holds all of a line's text, else None."""
    a, b = _span(ln.raw)
    k = 0
    for x, _ in cuts:
        if a >= x - 2:
            k += 1
        elif b > x - 1:
            return None
    return k


def _slice_lines(lines: list[_Line], cuts: list, k1: int, k2: int) -> list[_Line]:
    """Columns k1..k2 of each line, as lines of their own (indentation relative to the
    columns' left edge kept); a line empty there counts as a blank line of that flow."""
    out: list[_Line] = []
    blanks = 0
    starts = []
    parts = []
    for i, ln in enumerate(lines):
        pos = [0] + [c[1][i] for c in cuts] + [len(ln.raw)]
        lo, hi = pos[k1], max(pos[k2 + 1], pos[k1])
        starts.append(lo + (1 if k1 else 0))
        parts.append(ln.raw[lo:hi].rstrip())
    base = min(starts)
    for ln, st, part in zip(lines, starts, parts):
        blanks += ln.blank_before
        if not part.strip():
            blanks += 1
            continue
        part = " " * max(0, st - base) + part.lstrip() if part[:1] != " " or True else part
        lead = len(ln.raw[st:]) - len(ln.raw[st:].lstrip()) if st < len(ln.raw) else 0
        txt = " " * (st - base + lead) + part.strip()
        out.append(_Line(ln.no, txt, txt.strip(), blanks))
        blanks = 0
    if out:
        out[0].blank_before = 99  # a new flow never continues the text before it
        width = max(len(ln.raw.rstrip()) for ln in out)
        if width >= 30:
            for ln in out:
                ln.room = max(0, width - len(ln.raw.rstrip()) - max(2, width // 12))
    return out


def _justified_list(grid: list[list[str]]) -> bool:
    """Lines of a justified list, not a table: three quarters or more of the cells before each line's
    last end with a comma or hold one between words, and none is a value ("Mr T Cannon,      Miss S J
    Carey,      Sir Paul Carter, CBE,    Mrs S Chandler," -- a present list printed justified, its gaps
    the spaces stretched between names, aligned with the lines around it only by chance; the line
    between two such is cut inside names: "Mrs S Chandler, Mr" | "N J D Chard, Mr I S")."""
    inner = [c for row in grid for c in row[:-1] if c]
    return bool(inner) and sum(c.endswith(",") or ", " in c for c in inner) * 4 >= 3 * len(inner) \
        and not any(_is_data_cell(c) for row in grid for c in row)


def _table_from_band(lines: list[_Line], cuts: list) -> Optional[_Draft]:
    """A table block from a band of space-aligned lines (rule 7): cells by the columns' x-ranges,
    wrapped header lines merged, wrapped body cells joined to their row; none from a justified
    list (:func:`_justified_list`)."""
    grid = _cells([ln.raw for ln in lines], cuts)
    if _justified_list(grid):
        return None
    has_data = [any(_is_data_cell(c) for c in row[1:]) for row in grid]
    h = 0
    if not has_data[0]:
        h = 1
        # wrapped header cells: adjacent lines below with an empty first cell and no figure
        while h < len(grid) and not grid[h][0] and not has_data[h] and lines[h].blank_before == 0:
            h += 1
    header = [" ".join(grid[k][c] for k in range(h) if grid[k][c]) for c in range(len(cuts) + 1)] if h else None
    rows: list[list[str]] = []
    for k in range(h, len(grid)):
        row = grid[k]
        label_only = bool(row[0]) and not any(row[1:])
        cont = False
        if rows:
            prev = rows[-1]
            if not row[0]:
                # no label: a wrapped cell of the row above unless it would put a value on a value
                cont = not any(c and p and (_is_data_cell(c) or _is_data_cell(p)) for c, p in zip(row, prev))
            elif label_only and lines[k].blank_before == 0 and any(prev[1:]):
                nxt = grid[k + 1] if k + 1 < len(grid) and lines[k + 1].blank_before == 0 else None
                cont = not (nxt is not None and not nxt[0] and any(nxt[1:]))
        if cont:
            rows[-1] = [(p + " " + c).strip() if c else p for p, c in zip(rows[-1], row)]
        else:
            rows.append(list(row))
    if header is not None:
        rows.insert(0, header)
    if len(rows) < 2:
        return None
    return _Draft("table", lines[0].no, rows=rows)


def _seed_band_end(lines: list[_Line], i: int, page_of) -> int:
    """The last seed line of the band starting at seed ``i``: seeds within _BAND_BLANKS blank
    lines of each other on one page, at most three other lines between two seeds."""
    last = i
    k = i + 1
    while k < len(lines) and lines[k].blank_before <= _BAND_BLANKS and page_of(lines[k]) == page_of(lines[i]):
        if _is_seed(lines[k]):
            last = k
        elif k - last > 3:
            break
        k += 1
    return last


def _band_below(lines: list[_Line], i: int, j: int, segs: list, page_of) -> list[int]:
    """Lines after the band (seeds ``i``..``j``) that sit inside one of its columns: indented to
    a right-hand column, or directly below (no blank line)."""
    extra = []
    k = j + 1
    while k < len(lines) and lines[k].blank_before <= _BAND_BLANKS and page_of(lines[k]) == page_of(lines[i]) \
            and not _is_seed(lines[k]):
        f = _fits(lines[k], segs)
        if f is None or (f == 0 and lines[k].blank_before > 0):
            break
        extra.append(k)
        k += 1
    return extra


def _band_above(lines: list[_Line], i: int, out: list, segs: list, page_of) -> list[int]:
    """Lines just before the band (the last items of ``out``, going up) indented to a right-hand
    column: a header printed over two or more lines above the band's first row."""
    pre: list[int] = []
    k = i - 1
    while k >= 0 and len(out) > len(pre) and out[-1 - len(pre)] is lines[k] \
            and lines[k + 1].blank_before <= _BAND_BLANKS and page_of(lines[k]) == page_of(lines[i]):
        if not _fits(lines[k], segs):
            break
        pre.insert(0, k)
        k -= 1
    return pre


def _flow_groups(blines: list[_Line], segs: list) -> list[list[int]]:
    """Columns grouped into flows: each prose column is a flow of its own, adjacent data
    columns form one flow (a table)."""
    grid = _cells([ln.raw for ln in blines], segs)
    prose = [_is_prose_segment([row[c] for row in grid]) for c in range(len(segs) + 1)]
    groups: list[list[int]] = []
    for c, p in enumerate(prose):
        if p or not groups or prose[groups[-1][-1]]:
            groups.append([c])
        else:
            groups[-1].append(c)
    return groups


def _band_items(blines: list[_Line], segs: list, page_of, depth: int) -> list:
    """A band's items: one table (or its lines) when it is one flow, else each flow's lines,
    a flow of several columns re-read on its own relative to its left edge."""
    groups = _flow_groups(blines, segs)
    if len(groups) == 1:
        t = _table_from_band(blines, segs)
        return [t] if t is not None else list(blines)
    out: list = []
    for g in groups:
        flow = _slice_lines(blines, segs, g[0], g[-1])
        if len(g) > 1 and depth < _MAX_DEPTH:
            out.extend(_layout_items(flow, page_of, depth + 1))
        else:
            out.extend(flow)
    return out


def _layout_items(lines: list[_Line], page_of, depth: int = 0) -> list:
    """Lines and table drafts in reading order: bands of space-aligned lines split into side-by-side
    text flows (each read on its own) and tables (rules 6-8)."""
    # (a band starts at a seed, and a seed holds three spaces in a row and no tab (_is_seed): the
    # lines before the next such line are copied as they are)
    starts = [k for k, ln in enumerate(lines) if "   " in ln.raw and "\t" not in ln.raw]
    if not starts:
        return list(lines)
    out: list = []
    i = 0
    for s in starts:
        if s < i:
            continue   # (inside a band read)
        out.extend(lines[i:s])
        i = s
        j = _seed_band_end(lines, i, page_of) if _is_seed(lines[i]) else i
        if j == i:
            out.append(lines[i])
            i += 1
            continue
        band = list(range(i, j + 1))
        segs = _segments([lines[k].raw for k in band])
        if not segs:
            out.extend(lines[k] for k in band)
            i = j + 1
            continue
        band += _band_below(lines, i, j, segs, page_of)
        pre = _band_above(lines, i, out, segs, page_of)
        if pre:
            del out[len(out) - len(pre):]
            band = pre + band
        blines = [lines[k] for k in band]
        segs = _segments([ln.raw for ln in blines])
        i = band[-1] + 1
        out.extend(_band_items(blines, segs, page_of, depth) if segs else blines)
    out.extend(lines[i:])
    return out
