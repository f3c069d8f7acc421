"""Forward work plans: rows of a table (or unruled lines) with a date column."""
from __future__ import annotations

import re
from typing import Optional

from ...model import BULLET, HEADING, TABLE
from ...normalise import WEEKDAY_NAME, parse_date, parse_time, parse_time_range
from .entries import _E, _Seg
from .text import _clean, _compact

# column labels of a forward work plan / work programme header (a table row, or a text line
# when the header of an unruled table was read as a paragraph: "Date Location Provisional Agenda Items")
_FWP_LABEL = (
    r"(?:meeting\s+date|date\s+of\s+(?:the\s+)?meeting|date\s+(?:and|&)\s+(?:time|venue)|panel\s+meeting|date|"
    r"start\s+time|time|location|venue|place|"
    r"(?:(?:provisional|proposed|draft|planned|possible)\s+)?(?:agenda\s+)?(?:items?|topics?|business|subjects?|"
    r"reports?)(?:\s+(?:title|for\s+consideration))?|(?:(?:provisional|draft)\s+)?agenda|"
    r"lead(?:\s+officer)?|(?:report\s+)?authors?|officers?|purpose|comments?|notes?|status|format|outcomes?|title)")
_FWP_HEAD_LINE = re.compile(rf"^{_FWP_LABEL}(?:\s*[|/]?\s*{_FWP_LABEL})+$", re.I)
_FWP_LABEL_AT = re.compile(rf"{_FWP_LABEL}(?=\s|$|[|/])", re.I)
_GLYPH = "•·▪◦●○■□➢►–-"
_LEAD_TIME = re.compile(
    r"^(?:at\s+|from\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|noon)?(?:\s*(?:-|–|to)\s*"
    r"\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|noon)?)?(?![\w:.])", re.I)
_LEAD_DATE = re.compile(
    rf"^(?:{WEEKDAY_NAME},?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+[A-Za-z]{{3,9}}\.?,?"
    r"(?:\s+\d{4})?|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?(?:\s+\d{4})?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})",
    re.I)


_FWP_KEY_RE = re.compile(r"author|officer|lead|purpose|comment|note|status|format|outcome")


def _fwp_key(label: str) -> Optional[str]:
    c = _compact(label)
    if c in ("date", "meetingdate", "dateofmeeting", "dateofthemeeting", "meeting", "dateandtime",
             "dateandvenue", "panelmeeting"):
        return "date"
    if c in ("location", "venue", "place"):
        return "place"
    if c in ("time", "starttime"):
        return "time"
    if _FWP_KEY_RE.search(c):
        return None
    if "item" in c or "agenda" in c or "topic" in c or "report" in c or "business" in c or "subject" in c \
            or c == "title":
        return "items"
    return None


def _fwp_cols(labels: list[str]) -> Optional[dict]:
    """{key: column} of a header (cells or the labels of a header line); None when it is not one."""
    keys = [_fwp_key(x) for x in labels]
    if "date" not in keys or not ({"place", "items"} & set(keys)):
        return None
    cols: dict = {"n": len(labels)}
    for i, k in enumerate(keys):
        if k and k not in cols:
            cols[k] = i
    return cols


def _fwp_header_line(t: str) -> Optional[dict]:
    t = t.strip()
    if len(t) > 120 or not _FWP_HEAD_LINE.match(t):
        return None
    return _fwp_cols([m.group(0) for m in _FWP_LABEL_AT.finditer(t)])


def _fwp_header(e: _E) -> Optional[dict]:
    if e.cells is not None:
        if parse_date(e.text) is not None:
            return None
        return _fwp_cols(e.cells)
    return _fwp_header_line(e.text)


def _is_glyph(s: str) -> bool:
    return bool(s) and all(ch in _GLYPH or ch.isspace() for ch in s)


def _merged_row(e: _E) -> tuple[list[str], list]:
    """Cells of a table row with a column of bullet glyphs (an unruled table read the glyphs
    of a list as a column of their own) put back before the text of the next column; with
    the cells' boxes (None when the loader gives none)."""
    b = e.block
    rows = b.rows if b.kind == TABLE and b.rows else None
    ncol = len(e.cells)
    glyph_cols = set()
    if rows:
        for ci in range(ncol - 1):
            vals = [_clean(r[ci].text) for r in rows if ci < len(r)]
            if any(vals) and all(not v or _is_glyph(v) for v in vals):
                glyph_cols.add(ci)
    cells, boxes, carry, carry_box = [], [], "", None
    for ci, c in enumerate(e.cells):
        box = None
        if rows and 0 <= e.row < len(rows) and ci < len(rows[e.row]):
            box = rows[e.row][ci].bbox
        if ci in glyph_cols:
            carry, carry_box = c, box
            continue
        if carry:
            if c:
                c = f"{carry} {c}"
                if carry_box and box:
                    box = (carry_box[0], min(carry_box[1], box[1]), box[2], max(carry_box[3], box[3]))
            carry, carry_box = "", None
        cells.append(c)
        boxes.append(box)
    return cells, boxes


def _ruled_row(boxes: list) -> bool:
    """Cells that share their edges are the boxes of a ruled table (an unruled table's cell
    boxes are the extents of their words)."""
    bs = [x for x in boxes if x is not None]
    return len(bs) >= 2 and all(abs(a[2] - b[0]) < 1.5 for a, b in zip(bs, bs[1:]))


_FWP_ITEM_PARTS_RE = re.compile(r"\s*[•▪◦●➢►]\s*")
_FWP_ITEM_PARTS_RE2 = re.compile(r";\s*")
_FWP_ITEM_PARTS_RE3 = re.compile(r"^\s*[•▪◦●➢►]")


def _fwp_item_parts(text: str) -> list[tuple[str, bool]]:
    """(item, starts with a glyph) of a cell or line: cut before each bullet glyph and at ";"."""
    out = []
    for k, part in enumerate(_FWP_ITEM_PARTS_RE.split(text)):
        for j, p in enumerate(_FWP_ITEM_PARTS_RE2.split(part)):
            p = p.strip(" •·-")
            if p:
                out.append((p, (k > 0 and j == 0) or bool(_FWP_ITEM_PARTS_RE3.match(text) and k == 0 and j == 0)))
    return out


_FWP_CONTINUES_RE = re.compile(r"\b(?:and|or|of|the|to|for|in|on|with|by|from|a|an|its|their)$", re.I)


def _fwp_continues(prev: str, nxt: str) -> bool:
    """A line that carries on the item before it ("... and" / "mid term financial strategy")."""
    if not prev or not nxt:
        return False
    if nxt[0].islower() or nxt[0] in ",;)&/":
        return True
    p = prev.rstrip()
    if p.endswith((",", "-", "&", "(", "/", "+")) or p.endswith(" –"):
        return True
    return bool(_FWP_CONTINUES_RE.search(p))


_RAW_ITEMS_RE = re.compile(r"\S\s{3,}\S")
_RAW_ITEMS_RE2 = re.compile(r"\s{3,}")
_DATED_LINE_RE = re.compile(r"\d")
_DATED_LINE_RE2 = re.compile(r"[ap]\.?m|noon|[.:]\d\d", re.I)
_DATED_LINE_RE3 = re.compile(r"^(?:at|in)\s+(?:the\s+(?=[A-Z]))?", re.I)


class _PlanScan:
    """The state of one pass over a forward plan's lines (see ``_fwp_rows``)."""

    def __init__(self, ents: list[_E]):
        self.ents = ents
        self.rows: list[dict] = []
        self.cols: Optional[dict] = None
        self.items_x: Optional[float] = None  # left edge of the items column (PDF boxes)
        self.last_box = None                  # box of the last item line of an unruled table
        self.last_block = None
        self.misses = 0

    def add_items(self, parts: list[tuple[str, bool]], wrap_first: bool = False, bullet: bool = False) -> None:
        its = self.rows[-1]["items"]
        for k, (p, glyph) in enumerate(parts):
            if its and not glyph and not (bullet and k == 0) and (
                    (k == 0 and wrap_first) or _fwp_continues(its[-1], p)):
                its[-1] = f"{its[-1]} {p}"
            else:
                its.append(p)

    def dated_ahead(self, k: int) -> bool:
        for f in self.ents[k + 1:k + 3]:
            if f.cells is not None:
                if f.cells and parse_date(f.cells[0] or "") is not None:
                    return True
            elif _LEAD_DATE.match(f.text) and parse_date(_LEAD_DATE.match(f.text).group(0)):
                return True
        return False

    def _cells(self, e: _E) -> tuple[list[str], list]:
        cells, boxes = _merged_row(e)
        n = self.cols["n"]
        if len(cells) > n and self.cols.get("line"):
            # more cells than labels: the extra ones belong to the last column
            cells = cells[:n - 1] + [" ".join(c for c in cells[n - 1:] if c)]
            boxes = boxes[:n - 1] + [next((b for b in boxes[n - 1:] if b), None)]
        return cells, boxes

    def _raw_items(self, e: _E, cells: list[str]) -> list[tuple[str, bool]]:
        """The items of a row's items cell (split where the source spaced them apart)."""
        i = self.cols.get("items")
        if i is None:
            return []
        raw = e.raw_cells[i] if e.raw_cells and i < len(e.raw_cells) and len(e.raw_cells) == len(cells) else None
        if raw is not None and _RAW_ITEMS_RE.search(raw) and "<li" not in raw:
            return [(p, False) for p in (_clean(x).strip(" •·-") for x in _RAW_ITEMS_RE2.split(raw.strip())) if p]
        return _fwp_item_parts(cells[i] if i < len(cells) else "")

    def table_row(self, e: _E) -> None:
        """A table row: a dated row opens a meeting (or adds to the one of the same date); a row
        without a date continues the row above."""
        cols, rows = self.cols, self.rows
        cells, boxes = self._cells(e)

        def cell(key):
            i = cols.get(key)
            return "" if i is None or i >= len(cells) else cells[i]

        ii = cols.get("items")
        ibox = boxes[ii] if ii is not None and ii < len(boxes) else None
        wrap = bool(not _ruled_row(boxes) and ibox and self.last_box and e.block is self.last_block
                    and e.block.bbox and self.last_box[2] >= e.block.bbox[2] - 2)
        dtxt = cell("date")
        d = parse_date(dtxt) if dtxt else None
        if d and rows and rows[-1]["date"] == d.isoformat():
            self.add_items(self._raw_items(e, cells))
            if cell("place") and not rows[-1]["place"]:
                rows[-1]["place"] = cell("place")
        elif d:
            st, _ = parse_time_range(dtxt)
            if not st and cell("time"):
                st = parse_time(cell("time"))
            rows.append({"date": d.isoformat(), "time": st, "place": cell("place") or None, "items": []})
            self.add_items(self._raw_items(e, cells))
        elif rows:
            r = rows[-1]
            if dtxt and not r["time"]:
                st, _ = parse_time_range(dtxt)
                r["time"] = st or parse_time(dtxt)
            if cell("place"):
                r["place"] = f"{r['place']} {cell('place')}" if r["place"] else cell("place")
            self.add_items(self._raw_items(e, cells), wrap_first=wrap)
        else:
            return
        if ibox:
            self.items_x = ibox[0] if self.items_x is None or e.block is not self.last_block \
                else min(self.items_x, ibox[0])
            if cell("items"):
                self.last_box = ibox
        self.last_block = e.block
        self.misses = 0

    def dated_line(self, e: _E) -> bool:
        """A line starting with a date opens a row ("Thursday 18 January 2024 10:30am Kennet Room")."""
        t = e.text
        m = _LEAD_DATE.match(t)
        d = parse_date(m.group(0)) if m else None
        if not d:
            return False
        rest = t[m.end():].strip(" ,.-–")
        tm = _LEAD_TIME.match(rest)
        st = None
        if tm and _DATED_LINE_RE.search(tm.group(0)) and (_DATED_LINE_RE2.search(tm.group(0))):
            st, _ = parse_time_range(tm.group(0))
            st = st or parse_time(tm.group(0))
            rest = rest[tm.end():].strip(" ,.-–")
        rest = _DATED_LINE_RE3.sub("", rest).strip(" ,.")
        row = {"date": d.isoformat(), "time": st, "place": None, "items": []}
        if rest:
            if "place" in self.cols:
                row["place"] = rest
            else:
                row["items"].append(rest)
        if self.rows and self.rows[-1]["date"] == row["date"]:
            self.rows[-1]["items"].extend(row["items"])
        else:
            self.rows.append(row)
        self.items_x = None
        self.last_box = None
        self.last_block = e.block
        self.misses = 0
        return True

    def item_line(self, k: int, e: _E) -> bool:
        """A line under a dated row: an item when it sits in the items column; False when the plan
        has ended (a heading or long paragraph that no dated row follows)."""
        t = e.text
        box = e.block.bbox if e.block is not None else None
        if self.items_x is not None and box is not None:
            ok = box[0] >= self.items_x - 15
        elif self.cols.get("line"):
            ok = e.kind != HEADING and len(t) <= 120
        else:
            # a text source's table holds its items in its cells: a line between tables is not one
            return True
        if ok and len(t) <= 160:
            self.add_items(_fwp_item_parts(t), bullet=e.kind == BULLET)
            self.last_box = None
            self.misses = 0
            return True
        if self.dated_ahead(k):
            return True
        self.misses += 1
        return not (self.misses >= 2 or e.kind == HEADING or len(t) > 160)


def _fwp_rows(entries: list[_E], seg: _Seg):
    """(date, time, place, items) of each forward work plan row.

    Rows are table rows under a header row, or (when the loader read an unruled header as a
    line of labels) table rows and lines under that line: a line starting with a date opens a
    row ("Thursday 18 January 2024 10:30am Kennet Room, County Hall"), the lines after it are
    its items.  A row without a date continues the row above (a "Meeting date" printed on
    the first row of each group only).  A line set apart from the items column (a page's
    logo text, left of it) is not an item; a heading or long paragraph that no dated row
    follows ends the plan."""
    sc = _PlanScan(entries[seg.start:seg.end])
    for k, e in enumerate(sc.ents):
        h = _fwp_header(e)
        if h:
            if e.cells is None:
                h["line"] = True
            sc.cols = h
            sc.misses = 0
            continue
        if sc.cols is None:
            continue
        if e.cells is not None:
            sc.table_row(e)
            continue
        if sc.dated_line(e) or not sc.rows:
            continue
        if not sc.item_line(k, e):
            break
    for r in sc.rows:
        r["items"] = [x for x in r["items"] if x]
    return sc.rows
