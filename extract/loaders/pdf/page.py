"""Reading one page: words, ruled tables and drawn row ends (one pdfplumber pass)."""
from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from typing import Optional

from ..table_cells import _is_value
from .overlaps import single_copies
from .rotation import turned_back
from .cell_rules import cell_rule_tables
from .ruled import _ruled_table
from .text import Word, _BOLD_FONT, _cluster_lines, _DINGBAT_FONT, _MATH_EXT_FONT, _MONO_FONT, _clean, _join_tracked, _merge_style_pieces, _place_accents, type3_range_dashes


@dataclass
class _PageData:
    number: int
    width: float
    height: float
    words: list = field(default_factory=list)
    tables: list = field(default_factory=list)  # RuledTable
    has_images: bool = False
    notes: list = field(default_factory=list)
    turn: tuple = ()  # (rotation, displayed width, height) of a page read turned back
    code_boxes: tuple = ()  # (x0, top, x1, bottom) of filled boxes of program code (_code_boxes)
    rules: tuple = ()  # (horizontal (x0, y, x1), vertical (x, top, bottom)) drawn rules, 4 pt or longer


def _read_page(p, number: int) -> _PageData:
    p = turned_back(p)  # a page whose /Rotate turned its text sideways is read turned back
    pd = _PageData(number, float(p.width), float(p.height))
    pd.turn = getattr(p, "turn", ())
    p = single_copies(p)  # a line drawn twice over itself at two sizes is read once (overlaps.py)
    x_off, y_off = float(p.bbox[0]), float(p.bbox[1])
    raw = p.extract_words(x_tolerance=2.0, y_tolerance=3, keep_blank_chars=False,
                          use_text_flow=False, extra_attrs=["size", "fontname"], return_chars=True)
    raw = _place_accents(_join_tracked(raw))
    words, mono = [], []
    for w in raw:
        if not w.get("upright", True):
            continue
        t = _clean(type3_range_dashes(w["text"], w.get("chars") or ())).strip()
        if not t:
            continue
        if t.isascii() and t.isalnum() and _DINGBAT_FONT.search(w.get("fontname") or ""):
            continue  # a dingbat glyph (arrow, tick) the PDF gives no Unicode for: not text
        if (len(t) == 1 or (t.startswith("(cid:") and t.endswith(")"))) and _MATH_EXT_FONT.search(w.get("fontname") or ""):
            continue  # a lone glyph of a TeX math extension font (a wide hat, a sum sign)
        words.append(Word(t, float(w["x0"]) - x_off, float(w["x1"]) - x_off,
                          float(w["top"]) - y_off, float(w["bottom"]) - y_off,
                          round(float(w.get("size") or 0.0), 2),
                          bool(_BOLD_FONT.search(w.get("fontname") or ""))))
        mono.append(bool(_MONO_FONT.search(w.get("fontname") or "")))
    if any(mono) and p.rects:
        pd.code_boxes = _code_boxes(p.rects, words, mono, x_off, y_off)
    words = _merge_style_pieces(words)
    pd.words = words
    if not words:
        pd.has_images = bool(p.images)
        return pd
    if p.lines or p.rects or any(_straight(c) for c in p.curves):
        try:
            edges = p.edges
            pd.rules = _page_rules(edges, x_off, y_off)
            opened = _open_row_ends(p, edges)
            settings = {"vertical_strategy": "lines", "horizontal_strategy": "lines",
                        "snap_tolerance": 3, "join_tolerance": 3, "intersection_tolerance": 3}
            if opened:
                settings["explicit_horizontal_lines"] = [
                    {"object_type": "line", "x0": a, "x1": b, "top": y, "bottom": y, "width": b - a,
                     "height": 0.0, "doctop": y} for y, a, b in opened]
            sides = _open_side_rules(p, [((w.x0 + w.x1) / 2 + x_off, (w.top + w.bottom) / 2 + y_off)
                                         for w in words], statistics.median(w.bottom - w.top for w in words),
                                     edges)
            if sides:
                settings["explicit_vertical_lines"] = [
                    {"object_type": "line", "x0": x, "x1": x, "top": a, "bottom": b, "width": 0.0,
                     "height": b - a, "doctop": a} for x, a, b in sides]
            found = p.find_tables(settings)
        except Exception as e:  # a bad drawing must not lose the page's text
            pd.notes.append(f"page {number}: ruled tables not read ({type(e).__name__}: {e})")
            found = []
        for t in found:
            rt = _ruled_table(t, words, x_off, y_off, pd.rules[1])
            if rt is not None and not _part_of_wider_table(rt, words) and not _boxes_of_figure(rt, p, x_off, y_off):
                ys = [y for y, _, _ in opened]
                rt.open_top = any(abs(t.bbox[1] - y) <= 2.0 for y in ys)
                rt.open_bottom = any(abs(t.bbox[3] - y) <= 2.0 for y in ys)
                pd.tables.append(rt)
        try:
            drawn = cell_rule_tables(words, pd.rules)  # header rule drawn cell by cell (cell_rules.py)
        except Exception as e:  # a reader's bug must not lose the page's text
            pd.notes.append(f"page {number}: tables under cell rules not read ({type(e).__name__}: {e})")
            drawn = []
        for rt in drawn:
            if not any(_overlap(rt.bbox, t.bbox) for t in pd.tables):
                pd.tables.append(rt)
        if pd.tables:
            def inside(w):
                cx, cy = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
                return any(t.bbox[0] <= cx <= t.bbox[2] and t.bbox[1] <= cy <= t.bbox[3]
                           for t in pd.tables)
            pd.words = [w for w in words if not inside(w)]
    return pd


def _overlap(a: tuple, b: tuple) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


def _code_boxes(rects, words: list, mono: list, x_off: float, y_off: float) -> tuple:
    """Filled boxes whose text is all in a typewriter font, three words or more: a listing
    of program code or console output (R, Python documentation), whose aligned columns are
    no table."""
    out = []
    for r in rects:
        if not r.get("fill"):
            continue
        x0, top, x1, bottom = (float(r["x0"]) - x_off, float(r["top"]) - y_off,
                               float(r["x1"]) - x_off, float(r["bottom"]) - y_off)
        inside = [m for w, m in zip(words, mono)
                  if x0 <= (w.x0 + w.x1) / 2 <= x1 and top <= (w.top + w.bottom) / 2 <= bottom]
        if len(inside) >= 3 and all(inside):
            out.append((x0, top, x1, bottom))
    return tuple(out)


def _straight(curve) -> bool:
    """A curve object drawn as a rule or a thin box (every segment horizontal or vertical):
    a table's rules drawn as curves, read as lines are."""
    pts = curve.get("pts") or []
    return len(pts) >= 2 and all(abs(a[0] - b[0]) < 0.5 or abs(a[1] - b[1]) < 0.5 for a, b in zip(pts, pts[1:]))


def _part_of_wider_table(rt, words: list) -> bool:
    """A grid drawn by rules between column groups only (a statistical table with a rule
    after every third column, none at its outer edges) is a slice of a wider unruled table:
    its cells hold many lines each (three text lines a grid row or more), and nearly every
    one of those lines goes on outside the grid on the same baseline (the row label on the
    left, the next group's values on the right).  Such a slice is read with the rest of
    the table, not as a ruled table of its own."""
    x0, top, x1, bottom = rt.bbox
    inside, outside = [], []
    for w in words:
        cy = (w.top + w.bottom) / 2
        if not top <= cy <= bottom:
            continue
        (inside if x0 <= (w.x0 + w.x1) / 2 <= x1 else outside).append(w)
    if not inside or not outside:
        return False
    lines = _cluster_lines(inside)
    # its drawn rows: rows parted at the joints of rules drawn a piece per row are not
    if len(lines) < 3 or len(lines) < 3 * (len(rt.rows) - rt.joint_rows):
        return False

    def goes_on(ln) -> bool:
        mid = sum(w.top + w.bottom for w in ln) / (2 * len(ln))
        h = max(w.bottom - w.top for w in ln)
        return any(abs((o.top + o.bottom) / 2 - mid) <= 0.25 * h for o in outside)
    return sum(1 for ln in lines if goes_on(ln)) >= 0.8 * len(lines)


def _boxes_of_figure(rt, p, x_off: float, y_off: float) -> bool:
    """A one-row grid of short labels (no value in any cell, four words at most each) that
    curves run into or out of (arrows, connectors: curves touching its border and reaching
    outside it) is a row of boxes of a diagram, not a table.  A grid's own rounded corners
    lie inside its box; a one-row table with a figure in it is kept."""
    if len(rt.rows) != 1:
        return False
    cells = [c for c in rt.rows[0] if c.text]
    if not cells or any(_is_value(c.text) or len(c.text.split()) > 4 for c in cells):
        return False
    try:
        curves = p.curves
    except Exception:
        return False
    x0, top, x1, bottom = rt.bbox
    for cv in curves:
        a, t, b, u = cv["x0"] - x_off, cv["top"] - y_off, cv["x1"] - x_off, cv["bottom"] - y_off
        touches = a <= x1 + 2 and b >= x0 - 2 and t <= bottom + 2 and u >= top - 2
        outside = a < x0 - 2 or b > x1 + 2 or t < top - 2 or u > bottom + 2
        if touches and outside:
            return True
    return False


def _page_rules(edges: list, x_off: float, y_off: float) -> tuple:
    """The drawn rules of a page kept for the layout (a header's group rules): horizontal
    (x0, y, x1) and vertical (x, top, bottom), 4 points long or more, in the words' frame."""
    hs = tuple((e["x0"] - x_off, e["top"] - y_off, e["x1"] - x_off) for e in edges
               if e.get("orientation") == "h" and e["x1"] - e["x0"] >= 4)
    vs = tuple((e["x0"] - x_off, e["top"] - y_off, e["bottom"] - y_off) for e in edges
               if e.get("orientation") == "v" and e["bottom"] - e["top"] >= 4)
    return hs, vs


def _rules(p, min_width: float, edges: Optional[list] = None) -> tuple[list, list]:
    """The page's horizontal rules wider than ``min_width`` and vertical rules taller than 4
    points (none when the page's edges cannot be read); ``edges``: the page's edges when
    already read."""
    if edges is None:
        try:
            edges = p.edges
        except Exception:
            return [], []
    return ([e for e in edges if e.get("orientation") == "h" and e["x1"] - e["x0"] > min_width],
            [e for e in edges if e.get("orientation") == "v" and e["bottom"] - e["top"] > 4])


def _open_side_rules(p, centres: list, line_h: float, edges: Optional[list] = None) -> list[tuple[float, float, float]]:
    """A grid drawn without its outer side rules (a word-processor table style with inside
    borders only, a LaTeX ``l|r|r`` table): three or more horizontal rules start and end at
    the same x, parting rows of text (most of them a row of one or two lines of ``line_h``
    apart: not rules over and under a block of unruled rows), and vertical rules between
    them part the columns, but none is drawn at the rules' ends, so a lines-strategy grid
    would lose the first and last columns.  Text stands between every two neighbouring
    column rules, beside them (two rules with nothing between are the sides of a filled
    bar, not of a column).  ``centres``: the words' centres in page coordinates.  The
    missing side rules, as (x, top, bottom) in page coordinates (empty when none)."""
    hs, vs = _rules(p, 20, edges)
    if len(hs) < 3 or not vs:
        return []
    groups: dict[tuple[int, int], list] = {}
    for e in hs:
        groups.setdefault((int(round(e["x0"] / 2.0)), int(round(e["x1"] / 2.0))), []).append(e)
    out = []
    for grp in groups.values():
        if len(grp) < 3:
            continue
        ys = sorted(e["top"] for e in grp)
        if statistics.median(y1 - y0 for y0, y1 in zip(ys, ys[1:])) > 3.5 * line_h:
            continue
        a = min(e["x0"] for e in grp)
        b = max(e["x1"] for e in grp)
        top = min(e["top"] for e in grp)
        bottom = max(e["top"] for e in grp)
        inner = [v for v in vs if a + 3 < v["x0"] < b - 3 and v["top"] >= top - 3 and v["bottom"] <= bottom + 3]
        # the column rules run down the grid (most of its height), not a mark in one row
        if sum(v["bottom"] - v["top"] for v in inner) < 0.6 * (bottom - top):
            continue
        xs = sorted({round(v["x0"]) for v in inner})
        xs = [x for k, x in enumerate(xs) if k == 0 or x - xs[k - 1] > 3]
        def text_between(x0, x1) -> bool:  # beside the rules, not in a caption line crossing
            segs = [(v["top"], v["bottom"]) for v in inner if abs(v["x0"] - x0) <= 3]
            return any(x0 < cx < x1 and any(t0 < cy < t1 for t0, t1 in segs) for cx, cy in centres)
        if not all(text_between(x0, x1) for x0, x1 in zip(xs, xs[1:])):
            continue
        for x, near in ((a, xs[0]), (b, xs[-1])):
            # no rule there, and text between the rules' end and the nearest column rule (a
            # rule that overshoots the table's own side rule by a few points has none)
            if not any(abs(v["x0"] - x) <= 3 and v["top"] <= bottom and v["bottom"] >= top for v in vs) \
                    and any(min(x, near) < cx < max(x, near) and top < cy < bottom for cx, cy in centres):
                out.append((float(x), float(top), float(bottom)))
    return out


def _open_row_ends(p, edges: Optional[list] = None) -> list[tuple[float, float, float]]:
    """A ruled table cut by a page break draws its last (or first) row with its side rules
    but no closing line: where three or more vertical rules that start (end) on a drawn
    horizontal rule end (start) together at a height no horizontal rule covers, the row's
    missing edge, as (y, x0, x1) in page coordinates (empty when none).  Where rules at that
    height close some of the row's cells (a quarter of its width or more), the others are cells
    spanning on into the next row (a word-processor grid drawing each cell's own box): no edge.
    Where every one of those rules goes on from that height (LaTeX draws a column rule a piece
    per row, end to end), the rules are not open there: no edge."""
    hs, vs = _rules(p, 4, edges)
    if len(vs) < 3 or not hs:
        return []

    def covered(y, a, b) -> bool:
        spans = sorted((max(a, e["x0"]), min(b, e["x1"])) for e in hs
                       if abs(e["top"] - y) <= 3 and e["x1"] > a and e["x0"] < b)
        tot, cur = 0.0, a
        for s0, s1 in spans:
            if s1 > cur:
                tot += s1 - max(s0, cur)
                cur = s1
        return tot >= 0.25 * (b - a)

    by_top: dict[int, list] = {}  # rules by whole-point height, so a lookup reads a few
    for e in hs:
        by_top.setdefault(int(e["top"]), []).append(e)

    def on_rule(x, y) -> bool:
        return any(abs(e["top"] - y) <= 3 and e["x0"] - 3 <= x <= e["x1"] + 3
                   for k in range(int(y) - 4, int(y) + 5) for e in by_top.get(k, ()))

    out = []
    for end, other in (("bottom", "top"), ("top", "bottom")):
        groups: dict[int, list] = {}
        for e in vs:
            groups.setdefault(int(round(e[end] / 2.0)), []).append(e)
        for grp in groups.values():
            xs = sorted({round(e["x0"]) for e in grp if on_rule(e["x0"], e[other])})
            # distinct rules (a rule drawn as a thin rectangle gives two edges 1 pt apart)
            cols = [x for k, x in enumerate(xs) if k == 0 or x - xs[k - 1] > 3]
            if len(cols) < 3:
                continue
            y = statistics.median(e[end] for e in grp)
            if all(any(abs(v["x0"] - x) <= 3 and abs(v[other] - y) <= 1.0 for v in vs) for x in cols):
                continue  # every rule goes on from there (drawn a piece per row): no open end
            a, b = min(xs), max(xs)
            if not covered(y, a, b):
                out.append((float(y), float(a), float(b)))
    return out
