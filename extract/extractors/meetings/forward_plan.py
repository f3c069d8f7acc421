"""Forward work plans: rows of a table (or unruled lines) with a date column."""
from __future__ import annotations

import re
from typing import Optional

from ...model import BULLET, HEADING, TABLE
from ...normalise import parse_date, parse_time, parse_time_range
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
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?"
    r"(?:\s+\d{4})?|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?(?:\s+\d{4})?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})",
    re.I)


def _fwp_key(label: str) -> Optional[str]:
    c = _compact(label)
    if c in ("date", "meetingdate", "dateofmeeting", "dateofthemeeting", "meeting", "dateandtime",
             "dateandvenue", "panelmeeting"):
        return "date"
    if c in ("location", "venue", "place"):
        return "place"
    if c in ("time", "starttime"):
        return "time"
    if re.search(r"author|officer|lead|purpose|comment|note|status|format|outcome", c):
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


def _fwp_item_parts(text: str) -> list[tuple[str, bool]]:
    """(item, starts with a glyph) of a cell or line: cut before each bullet glyph and at ";"."""
    out = []
    for k, part in enumerate(re.split(r"\s*[•▪◦●➢►]\s*", text)):
        for j, p in enumerate(re.split(r";\s*", part)):
            p = p.strip(" •·-")
            if p:
                out.append((p, (k > 0 and j == 0) or bool(re.match(r"^\s*[•▪◦●➢►]", text) and k == 0 and j == 0)))
    return out


def _fwp_continues(prev: str, nxt: str) -> bool:
    """A line that carries on the item before it ("... and" / "mid term financial strategy")."""
    if not prev or not nxt:
        return False
    if nxt[0].islower() or nxt[0] in ",;)&/":
        return True
    p = prev.rstrip()
    if p.endswith((",", "-", "&", "(", "/", "+")) or p.endswith(" –"):
        return True
    return bool(re.search(r"\b(?:and|or|of|the|to|for|in|on|with|by|from|a|an|its|their)$", p, re.I))


def _fwp_rows(entries: list[_E], seg: _Seg):
    """(date, time, place, items) of each forward work plan row.

    Rows are table rows under a header row, or (when the loader read an unruled header as a
    line of labels) table rows and lines under that line: a line starting with a date opens a
    row ("Thursday 18 January 2024 10:30am Kennet Room, County Hall"), the lines after it are
    its items.  A row without a date continues the row above (a "Meeting date" printed on
    the first row of each group only).  A line set apart from the items column (a page's
    logo text, left of it) is not an item; a heading or long paragraph that no dated row
    follows ends the plan."""
    rows: list[dict] = []
    cols: Optional[dict] = None
    items_x: Optional[float] = None      # left edge of the items column (PDF boxes)
    last_box = None                      # box of the last item line of an unruled table
    last_block = None
    misses = 0
    ents = entries[seg.start:seg.end]

    def add_items(parts: list[tuple[str, bool]], wrap_first: bool = False, bullet: bool = False) -> None:
        its = rows[-1]["items"]
        for k, (p, glyph) in enumerate(parts):
            if its and not glyph and not (bullet and k == 0) and (
                    (k == 0 and wrap_first) or _fwp_continues(its[-1], p)):
                its[-1] = f"{its[-1]} {p}"
            else:
                its.append(p)

    def dated_ahead(k: int) -> bool:
        for f in ents[k + 1:k + 3]:
            if f.cells is not None:
                if f.cells and parse_date(f.cells[0] or "") is not None:
                    return True
            elif _LEAD_DATE.match(f.text) and parse_date(_LEAD_DATE.match(f.text).group(0)):
                return True
        return False

    for k, e in enumerate(ents):
        h = _fwp_header(e)
        if h:
            if e.cells is None:
                h["line"] = True
            cols = h
            misses = 0
            continue
        if cols is None:
            continue
        if e.cells is not None:
            cells, boxes = _merged_row(e)
            n = cols["n"]
            if len(cells) > n and cols.get("line"):
                # more cells than labels: the extra ones belong to the last column
                cells = cells[:n - 1] + [" ".join(c for c in cells[n - 1:] if c)]
                boxes = boxes[:n - 1] + [next((b for b in boxes[n - 1:] if b), None)]

            def cell(key):
                i = cols.get(key)
                if i is None or i >= len(cells):
                    return ""
                return cells[i]

            def raw_items():
                i = cols.get("items")
                if i is None:
                    return []
                raw = e.raw_cells[i] if e.raw_cells and i < len(e.raw_cells) and len(e.raw_cells) == len(cells) \
                    else None
                txt = cell("items")
                if raw is not None and re.search(r"\S\s{3,}\S", raw) and "<li" not in raw:
                    return [(p, False) for p in (_clean(x).strip(" •·-") for x in re.split(r"\s{3,}", raw.strip()))
                            if p]
                return _fwp_item_parts(txt)

            ii = cols.get("items")
            ibox = boxes[ii] if ii is not None and ii < len(boxes) else None
            ruled = _ruled_row(boxes)
            wrap = bool(not ruled and ibox and last_box and e.block is last_block and e.block.bbox
                        and last_box[2] >= e.block.bbox[2] - 2)
            dtxt = cell("date")
            d = parse_date(dtxt) if dtxt else None
            if d and rows and rows[-1]["date"] == d.isoformat():
                add_items(raw_items())
                if cell("place") and not rows[-1]["place"]:
                    rows[-1]["place"] = cell("place")
            elif d:
                st, _ = parse_time_range(dtxt)
                if not st and cell("time"):
                    st = parse_time(cell("time"))
                rows.append({"date": d.isoformat(), "time": st, "place": cell("place") or None, "items": []})
                add_items(raw_items())
            elif rows:
                r = rows[-1]
                if dtxt and not r["time"]:
                    st, _ = parse_time_range(dtxt)
                    r["time"] = st or parse_time(dtxt)
                if cell("place"):
                    r["place"] = f"{r['place']} {cell('place')}" if r["place"] else cell("place")
                add_items(raw_items(), wrap_first=wrap)
            else:
                continue
            if ibox:
                items_x = ibox[0] if items_x is None or e.block is not last_block else min(items_x, ibox[0])
                if cell("items"):
                    last_box = ibox
            last_block = e.block
            misses = 0
            continue
        # a line
        t = e.text
        m = _LEAD_DATE.match(t)
        d = parse_date(m.group(0)) if m else None
        if d:
            rest = t[m.end():].strip(" ,.-–")
            tm = _LEAD_TIME.match(rest)
            st = None
            if tm and re.search(r"\d", tm.group(0)) and (re.search(r"[ap]\.?m|noon|[.:]\d\d", tm.group(0), re.I)):
                st, _ = parse_time_range(tm.group(0))
                st = st or parse_time(tm.group(0))
                rest = rest[tm.end():].strip(" ,.-–")
            rest = re.sub(r"^(?:at|in)\s+(?:the\s+(?=[A-Z]))?", "", rest, flags=re.I).strip(" ,.")
            row = {"date": d.isoformat(), "time": st, "place": None, "items": []}
            if rest:
                if "place" in cols:
                    row["place"] = rest
                else:
                    row["items"].append(rest)
            if rows and rows[-1]["date"] == row["date"]:
                rows[-1]["items"].extend(row["items"])
            else:
                rows.append(row)
            items_x = None
            last_box = None
            last_block = e.block
            misses = 0
            continue
        if not rows:
            continue
        box = e.block.bbox if e.block is not None else None
        if items_x is not None and box is not None:
            ok = box[0] >= items_x - 15
        elif cols.get("line"):
            ok = e.kind != HEADING and len(t) <= 120
        else:
            # a text source's table holds its items in its cells: a line between tables is not one
            continue
        if ok and len(t) <= 160:
            add_items(_fwp_item_parts(t), bullet=e.kind == BULLET)
            last_box = None
            misses = 0
            continue
        if dated_ahead(k):
            continue
        misses += 1
        if misses >= 2 or e.kind == HEADING or len(t) > 160:
            break
    for r in rows:
        r["items"] = [x for x in r["items"] if x]
    return rows
