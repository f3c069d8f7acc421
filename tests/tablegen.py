"""Tables drawn with reportlab in many styles, each with the cells that were drawn (the truth
for the table evaluation, ``bench/table_eval.py``, and the table tests).

``draw_table`` draws one table cell by cell on a canvas: ruled or not, zebra fills, a filled
header band, spanning cells, wrapped cells (the text is cut into lines that fit), numbers
right-aligned, a sparkline (a small line chart, no text) in a trend column.  ``STYLES`` maps
a style name to a function ``(path) -> list of truth tables`` (each ``table_eval.grid_cells``).
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from extract.table_eval import grid_cells

FONT, BOLD = "Helvetica", "Helvetica-Bold"
SPARK = "~spark~"  # a cell holding a sparkline (drawn, no text)

AREAS = ["County", "North Division", "South Division", "East Division", "West Division",
         "Town Centre", "Rural Areas", "Road Network"]
MEASURES = ["Recorded crime", "Residential burglary", "Violence with injury", "Anti-social behaviour",
            "Vehicle crime", "Shoplifting", "Criminal damage", "Drug offences", "Hate crime"]
LONG_LABELS = ["Average time to answer 999 calls in the control room", "Abandonment rate of non-emergency 101 calls",
               "Percentage of immediate response incidents attended within target",
               "Number of repeat victims of domestic abuse supported", "Satisfaction of victims of crime with the service"]


def _num(k: int, j: int) -> str:
    v = (k * 37 + j * 113) % 2000 + 11
    return f"{v:,}" if j % 3 != 2 else f"{((k * 7 + j * 3) % 90) / 10 - 4:+.1f}%"


def _wrap(text: str, width: float, font: str, size: float) -> list[str]:
    if "\n" in text:  # lines broken by hand (a header set over several lines)
        return [ln for part in text.split("\n") for ln in _wrap(part, width, font, size)]
    lines, cur = [], ""
    for w in text.split():
        t = f"{cur} {w}".strip()
        if cur and stringWidth(t, font, size) > width:
            lines.append(cur)
            cur = w
        else:
            cur = t
    return lines + ([cur] if cur else [])


def _spark(c, x, y, w, h, seed: int):
    c.setLineWidth(0.6)
    p = c.beginPath()
    for i in range(10):
        px, py = x + 3 + i * (w - 6) / 9, y + 3 + (((seed * 7 + i * 5) % 11) / 10) * (h - 6)
        p.moveTo(px, py) if i == 0 else p.lineTo(px, py)
    c.drawPath(p, stroke=1, fill=0)
    c.circle(px, py, 1.2, stroke=0, fill=1)


def draw_table(c, page_h: float, x: float, top: float, widths: list, rows: list, *, n_header: int = 1,
               spans: Optional[list] = None, ruled: bool = False, zebra: bool = False,
               header_fill: bool = False, size: float = 8, pad: float = 3, rule_below_header: bool = False,
               right: Optional[set] = None, inside_rules: bool = False) -> float:
    """Draw ``rows`` (strings; ``SPARK`` for a sparkline) from ``top`` (points from the top of the
    page); returns the table's bottom.  Numbers (all columns after the first) are right-aligned
    unless ``right`` says which columns are.  ``inside_rules``: a rule over and under every row
    across the table and rules between the columns, none at the outer sides."""
    spans = spans or []
    span_of = {(r, q): (rs, cs) for r, q, rs, cs in spans}
    covered = {(a, b) for r, q, rs, cs in spans for a in range(r, r + rs) for b in range(q, q + cs)} - set(span_of)
    right = set(range(1, len(widths))) if right is None else right
    lead = size * 1.25
    xs = [x]
    for w in widths:
        xs.append(xs[-1] + w)
    # row heights: the tallest wrapped cell that spans one row
    wrapped = {}
    heights = []
    for r, row in enumerate(rows):
        n = 1
        for q, t in enumerate(row):
            if (r, q) in covered or t == SPARK:
                continue
            rs, cs = span_of.get((r, q), (1, 1))
            lines = _wrap(t, xs[q + cs] - xs[q] - 2 * pad, BOLD if r < n_header else FONT, size)
            wrapped[(r, q)] = lines
            if rs == 1:
                n = max(n, len(lines))
        heights.append(n * lead + 2 * pad)
    ys = [top]
    for h in heights:
        ys.append(ys[-1] + h)
    for r in range(len(rows)):
        fill = (0.85, 0.88, 0.95) if (header_fill and r < n_header) else (
            (0.93, 0.93, 0.93) if zebra and r >= n_header and (r - n_header) % 2 == 0 else None)
        if fill:
            c.setFillColorRGB(*fill)
            c.rect(xs[0], page_h - ys[r + 1], xs[-1] - xs[0], ys[r + 1] - ys[r], stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setLineWidth(0.5)
    for r, row in enumerate(rows):
        for q, t in enumerate(row):
            if (r, q) in covered:
                continue
            rs, cs = span_of.get((r, q), (1, 1))
            x0, x1, y0, y1 = xs[q], xs[q + cs], ys[r], ys[r + rs]
            if ruled:
                c.rect(x0, page_h - y1, x1 - x0, y1 - y0, stroke=1, fill=0)
            if t == SPARK:
                _spark(c, x0 + 2, page_h - y1 + 2, x1 - x0 - 4, y1 - y0 - 4, r)
                continue
            font = BOLD if r < n_header else FONT
            c.setFont(font, size)
            for k, line in enumerate(wrapped.get((r, q), [])):
                base = page_h - (y0 + pad + size + k * lead)
                if cs > 1 and r < n_header:
                    c.drawCentredString((x0 + x1) / 2, base, line)
                elif q in right:
                    c.drawRightString(x1 - pad, base, line)
                else:
                    c.drawString(x0 + pad, base, line)
    if rule_below_header and not ruled:
        c.line(xs[0], page_h - ys[n_header], xs[-1], page_h - ys[n_header])
    if inside_rules:
        for y in ys:
            c.line(xs[0], page_h - y, xs[-1], page_h - y)
        for x in xs[1:-1]:
            c.line(x, page_h - ys[0], x, page_h - ys[-1])
    return ys[-1]


def _truth(rows, spans=None) -> list[dict]:
    return grid_cells([[("" if t == SPARK else t) for t in r] for r in rows], spans)


def _simple_rows(n: int, n_cols: int, k0: int = 0, header=None) -> list[list[str]]:
    head = header or (["Area"] + [f"Measure {j}" if j % 3 != 2 else "Change" for j in range(1, n_cols)])
    return [head] + [[AREAS[(k0 + k) % len(AREAS)]] + [_num(k0 + k, j) for j in range(1, n_cols)]
                     for k in range(n)]


def _page(path, size=A4):
    c = canvas.Canvas(str(path), pagesize=size)
    return c, size[1]


def _text(c, page_h, x, top, text, size=10, font=FONT, width=480):
    for k, line in enumerate(_wrap(text, width, font, size)):
        c.setFont(font, size)
        c.drawString(x, page_h - (top + size + k * size * 1.3), line)
    return top + size * 1.3 * (k + 1)


PROSE = ("Recorded crime fell over the year in most areas, with the largest falls in residential burglary "
         "and vehicle crime, while reports of shoplifting rose for the third quarter running. The table "
         "shows the figures for each area against the same period last year.")


def style_ruled(path):
    c, h = _page(path)
    rows = _simple_rows(6, 5)
    _text(c, h, 50, 50, "Crime by area", 14, BOLD)
    draw_table(c, h, 50, 80, [130, 80, 80, 80, 80], rows, ruled=True)
    c.save()
    return [_truth(rows)]


def style_unruled(path):
    c, h = _page(path)
    rows = _simple_rows(8, 4, 3, ["Area", "2022/23", "2023/24", "Change"])
    y = _text(c, h, 50, 50, PROSE)
    draw_table(c, h, 50, y + 20, [150, 90, 90, 90], rows)
    c.save()
    return [_truth(rows)]


def style_zebra(path):
    c, h = _page(path)
    rows = _simple_rows(9, 5, 1)
    draw_table(c, h, 50, 70, [140, 85, 85, 85, 85], rows, zebra=True, header_fill=True)
    c.save()
    return [_truth(rows)]


def style_header_band(path):
    c, h = _page(path)
    rows = [["Measure", "Year to date", "", "Full year", ""],
            ["", "2022/23", "2023/24", "2022/23", "2023/24"]] + \
        [[MEASURES[k]] + [_num(k, j) for j in (1, 3, 4, 6)] for k in range(7)]
    spans = [[0, 1, 1, 2], [0, 3, 1, 2]]
    draw_table(c, h, 50, 70, [150, 75, 75, 75, 75], rows, n_header=2, spans=spans, header_fill=True,
               rule_below_header=True)
    c.save()
    return [_truth(rows, spans)]


def style_spans_ruled(path):
    c, h = _page(path)
    rows = [["Division", "Measure", "Q1", "Q2", "Q3"],
            ["North", "Burglary", "120", "131", "98"], ["", "Robbery", "14", "9", "17"],
            ["South", "Burglary", "210", "188", "202"], ["", "Robbery", "22", "30", "25"],
            ["Total", "", "366", "358", "342"]]
    spans = [[1, 0, 2, 1], [3, 0, 2, 1], [5, 0, 1, 2]]
    draw_table(c, h, 50, 70, [100, 110, 70, 70, 70], rows, spans=spans, ruled=True, right={2, 3, 4})
    c.save()
    return [_truth(rows, spans)]


def style_wrapped(path, ruled: bool = False):
    c, h = _page(path)
    rows = [["Performance measure", "Target", "Latest", "Previous"]] + \
        [[LONG_LABELS[k], f"{90 - k}%", f"{80 + k * 3}.{k}%", f"{78 + k}.5%"] for k in range(5)]
    draw_table(c, h, 50, 70, [170, 70, 70, 70], rows, ruled=ruled)
    c.save()
    return [_truth(rows)]


def style_wrapped_ruled(path):
    return style_wrapped(path, ruled=True)


def style_landscape(path):
    c, h = _page(path, landscape(A4))
    rows = [["Offence group", "2016/17", "2017/18", "2018/19", "2019/20", "2020/21", "2021/22", "2022/23", "2023/24"]] + \
        [[MEASURES[k]] + [str((k * 53 + j * 17) % 400 + 5) for j in range(8)] for k in range(9)] + \
        [["Total"] + [str(sum((k * 53 + j * 17) % 400 + 5 for k in range(9))) for j in range(8)]]
    draw_table(c, h, 40, 60, [150] + [70] * 8, rows)
    c.save()
    return [_truth(rows)]


def style_rotated(path):
    c, h = _page(path, landscape(A4))
    rows = _simple_rows(6, 4, 2)
    draw_table(c, h, 60, 60, [150, 90, 90, 90], rows, ruled=True)
    c.setPageRotation(90)
    c.save()
    return [_truth(rows)]


def style_sideways(path):
    """A landscape table printed sideways on a portrait page without /Rotate (its lines run
    up the page, as a report's wide table turned to fit), with an upright page number."""
    c, _ = _page(path)
    w, h = A4
    rows = _simple_rows(7, 5, 4)
    c.saveState()
    c.translate(w, 0)
    c.rotate(90)  # x runs up the page: the page read turned is a landscape page w high
    _text(c, w, 60, 40, "Table 3. Crime by area, rolling twelve months", 11, BOLD)
    draw_table(c, w, 60, 70, [150, 90, 90, 90, 90], rows)
    c.restoreState()
    c.setFont(FONT, 9)
    c.drawString(w / 2, 30, "12")
    c.save()
    return [_truth(rows)]


def style_two_tables(path):
    c, h = _page(path)
    a = _simple_rows(5, 3, 0, ["Area", "Crimes", "Arrests"])
    b = [["Measure", "Latest", "Target"]] + [[MEASURES[k], f"{60 + k}%", f"{70 + k}%"] for k in range(5)]
    _text(c, h, 40, 40, "Crime and arrests", 12, BOLD)
    draw_table(c, h, 40, 62, [100, 60, 60], a)
    _text(c, h, 320, 40, "Outcomes", 12, BOLD)
    draw_table(c, h, 320, 62, [120, 55, 55], b)
    y = _text(c, h, 40, 250, PROSE)
    c2 = [["Force", "Officers", "Staff"], ["Force A", "1,020", "850"], ["Force B", "2,310", "1,400"],
          ["Force C", "980", "610"]]
    draw_table(c, h, 40, y + 30, [120, 70, 70], c2)
    c.save()
    return [_truth(a), _truth(b), _truth(c2)]


def style_prose_beside(path):
    c, h = _page(path)
    rows = _simple_rows(7, 3, 4, ["Area", "Calls", "Change"])
    draw_table(c, h, 40, 70, [110, 60, 60], rows)
    _text(c, h, 300, 70, PROSE + " " + PROSE, 9, width=250)
    c.save()
    return [_truth(rows)]


DASH_HEADER = [["Measure", "Latest", "12 months", "Change", "Trend", "Position"],
               ["", "month", "to date", "on last", "", "against"],
               ["", "", "", "year", "", "peers"]]


def _dash_rows(k0: int, n: int) -> list[list[str]]:
    rows = []
    for k in range(n):
        i = (k0 + k) % len(LONG_LABELS)
        rows.append([LONG_LABELS[i], f"{(k0 + k) * 13 % 90 + 5}.{k}%", f"{(k0 * 31 + k * 977) % 20000 + 100:,}",
                     f"{((k * 7) % 15) - 7:+.1f}%", SPARK, ["Above", "Below", "In line"][k % 3]])
    return rows


def dashboard_tables(c, h, x: float, top: float, k0: int, n: int) -> tuple[float, list]:
    """One unruled dashboard table: a three-line header, wrapped row labels, a sparkline in the
    trend column, right-aligned numbers; returns its bottom and its truth."""
    head = ["\n".join(w for w in (DASH_HEADER[0][j], DASH_HEADER[1][j], DASH_HEADER[2][j]) if w)
            for j in range(6)]
    body = _dash_rows(k0, n)
    bottom = draw_table(c, h, x, top, [130, 55, 65, 55, 70, 60], [head] + body, n_header=1, right={1, 2, 3})
    # truth: the header lines of a column are one header cell
    return bottom, _truth([[t.replace("\n", " ") for t in head]] + body)


def style_dashboard(path):
    c, h = _page(path, landscape(A4))
    _text(c, h, 40, 30, "Highlight report: contact and response", 14, BOLD)
    b1, t1 = dashboard_tables(c, h, 40, 60, 0, 5)
    _text(c, h, 40, b1 + 14, "Response times", 12, BOLD)
    b2, t2 = dashboard_tables(c, h, 40, b1 + 34, 2, 4)
    c.save()
    return [t1, t2]


def style_group_rules(path):
    """A statistical-abstract table: row labels with dot leaders, three groups of three value
    columns under spanning headings, rules between the column groups only (none at the outer
    edges), under the group headings, and across the top, under the header and at the bottom."""
    c, h = _page(path)
    groups = ["Total", "Male", "Female"]
    head = [["Offence charged"] + [x for g in groups for x in (g, "", "")],
            [""] + ["Total", "Under 18", "18 and over"] * 3]
    spans = [[0, 0, 2, 1]] + [[0, 1 + 3 * k, 1, 3] for k in range(3)]
    body = [[MEASURES[k % len(MEASURES)] + (" (other)" if k >= len(MEASURES) else "")] +
            [f"{(k * 41 + j * 97) % 900 + 10}.{(k + j) % 10}" for j in range(9)] for k in range(14)]
    widths = [140] + [42] * 9
    x0, top = 40, 80
    shown = head + [[r[0] + " " + ". " * 12] + r[1:] for r in body]
    bottom = draw_table(c, h, x0, top, widths, shown, n_header=2, spans=spans, size=7, pad=2,
                        rule_below_header=True)
    c.setLineWidth(0.5)
    right = x0 + sum(widths)
    for y in (top, bottom):
        c.line(x0, h - y, right, h - y)
    y_group = top + 7 * 1.25 + 2 * 2  # under the group headings, over the value columns only
    c.line(x0 + widths[0], h - y_group, right, h - y_group)
    for k in (1, 4, 7):  # rules between the column groups only
        x = x0 + sum(widths[:k])
        c.line(x, h - top, x, h - bottom)
    c.save()
    return [_truth(head + body, spans)]


def style_inside_rules(path):
    """Two tables with inside borders only (a rule over and under every row, rules between the
    columns, none at the outer sides: a word-processor table style, a LaTeX ``l|r|r`` table),
    one with a blank corner cell over its row labels, one of three narrow columns."""
    c, h = _page(path)
    rows = [[""] + _simple_rows(6, 5)[0][1:]] + _simple_rows(6, 5)[1:]
    _text(c, h, 50, 50, "Crime by area", 14, BOLD)
    b = draw_table(c, h, 50, 80, [130, 70, 70, 70, 70], rows, inside_rules=True)
    rows2 = [["Rate", "Force", "Band"]] + [[f"{k * 3 + 4}.{k % 10}", AREAS[k % len(AREAS)][:2].upper(), f"{k % 3}.5"]
                                         for k in range(8)]
    _text(c, h, 50, b + 30, "Rates by force", 12, BOLD)
    draw_table(c, h, 50, b + 55, [40, 40, 40], rows2, inside_rules=True, right={0, 2})
    c.save()
    return [_truth(rows), _truth(rows2)]


def style_wide_heading_lines(path):
    """An unruled table whose column headings are set over three lines, bottom-aligned and
    centred over right-aligned figures, upper lines wider than their columns ("American
    Indian/" over "Native"): they cross the gutters between the columns."""
    c, h = _page(path)
    _text(c, h, 50, 50, "Table 5. Arrests by group: 2023", 12, BOLD)
    heads = [["", "", "", "American Indian/", "Asian"], ["", "", "", "Alaskan", "Pacific"],
             ["Offence", "Total", "White", "Native", "Islander"]]
    rights = [None, 250, 310, 370, 430]
    y = 100
    c.setFont(FONT, 8)
    for row in heads:
        for q, t in enumerate(row):
            if q == 0 and t:
                c.drawString(50, h - y, t)
            elif t:
                c.drawCentredString(rights[q] - 20, h - y, t)
        y += 10
    body = [[MEASURES[k % len(MEASURES)], f"{k * 1234 + 5678:,}", f"{k * 987 + 345:,}", f"{k * 55 + 12:,}",
             f"{k * 31 + 7:,}"] for k in range(9)]
    y += 4
    for row in body:
        c.drawString(50, h - y, row[0])
        for q in range(1, 5):
            c.drawRightString(rights[q], h - y, row[q])
        y += 11
    c.save()
    head = ["Offence", "Total", "White", "American Indian/ Alaskan Native", "Asian Pacific Islander"]
    return [_truth([head] + body)]


def style_band_apart(path, rules: bool = True):
    """A statistical table ruled between its column groups (no outer side rules), across the
    top and under the header: group headings centred over three columns each, with a rule
    under them over the value columns; column headings over two lines, bottom-aligned and
    set flush right over narrow columns of figures, so the pieces of a heading line come
    closer than a gutter ("Under 18  18 years"); the stub heading centred on the band's
    height.  The band's lines cross the body's gutters.  ``rules=False``: the same without
    any rule (the group headings then sit over their middle column only)."""
    c, h = _page(path)
    size, lead = 6, 6.5
    x0, w0, w = 40, 100, 27.3
    rights = [x0 + w0 + w * (q + 1) - 0.5 for q in range(9)]
    top = 80
    c.setLineWidth(0.4)
    groups = ["Total", "Male", "Female"]
    lines = [["", "Under 18", "18 years"], ["Total", "years", "and over"]]
    y_rule, bottom = top + lead + 1.5, top + 3 * lead + 2.5
    n = 12
    if rules:
        c.line(x0, h - top, rights[-1] + 2, h - top)
        c.line(x0 + w0, h - y_rule, rights[-1] + 2, h - y_rule)
        c.line(x0, h - bottom, rights[-1] + 2, h - bottom)
        for g in range(3):
            x = x0 + w0 + 3 * w * g
            c.line(x, h - top, x, h - (bottom + 2 + n * lead))
    c.setFont(FONT, size)
    for g, name in enumerate(groups):
        c.drawCentredString(x0 + w0 + 3 * w * g + 1.5 * w, h - (top + size), name)
    c.drawString(x0 + 28, h - (top + (bottom - top) / 2 + size / 2 - 0.5), "Offence charged")
    for k, row in enumerate(lines):
        for q in range(9):
            if row[q % 3]:
                c.drawRightString(rights[q], h - (y_rule + 2 + size + k * lead), row[q % 3])
    body = [[MEASURES[k % len(MEASURES)]] + [f"{(k * 53 + q * 211) % 2900 + 12:,}.{(k + q) % 10}" for q in range(9)]
            for k in range(n)]
    y = bottom + 2
    for row in body:
        c.drawString(x0, h - (y + size), row[0] + " " + ". " * 8)
        for q in range(9):
            c.drawRightString(rights[q], h - (y + size), row[q + 1])
        y += lead
    c.save()
    head = [["Offence charged"] + [x for g in groups for x in (g, "", "")],
            [""] + ["Total", "Under 18 years", "18 years and over"] * 3]
    spans = [[0, 0, 2, 1]] + [[0, 1 + 3 * k, 1, 3] for k in range(3)]
    return [_truth(head + body, spans)]


def style_notes(path):
    """An unruled savings table with a note between its rows, set across the value columns
    from the first of them to the last (one cell spanning them): the rows after a note are
    rows of the same table."""
    c, h = _page(path, landscape(A4))
    widths = [170, 70, 70, 70, 70, 70]
    head = ["Saving", "Target", "Forecast", "Variance", "Undeliverable", "Future years"]
    body = [["Review of home care contracts", "-1,200.0", "-950.0", "250.0", "250.0", "-"],
            ["Digital front door", "-800.0", "-", "800.0", "-", "-800.0"],
            ["Reduced agency staffing", "-650.0", "-420.5", "229.5", "-", "-229.5"]]
    notes = ["Negotiations with the two largest providers concluded in the quarter and the new rates apply "
             "from October, which leaves a smaller part of the saving for this year.",
             "The procurement of the new platform has slipped to the spring and no saving is expected this "
             "financial year; the full saving moves to next year's plan."]
    x = 40
    top = draw_table(c, h, x, 80, widths, [head], n_header=1)
    rows, spans = [head], []
    for k, row in enumerate(body):
        top = draw_table(c, h, x, top, widths, [row], n_header=0)
        rows.append(row)
        if k < len(notes):
            top = _text(c, h, x + widths[0] + 3, top + 3, notes[k], size=8, width=sum(widths[1:]) - 6) + 4
            spans.append([len(rows), 1, 1, len(widths) - 1])
            rows.append(["", notes[k]] + [""] * (len(widths) - 2))
    c.save()
    return [_truth(rows, spans)]


STYLES = {
    "ruled": style_ruled, "unruled": style_unruled, "zebra": style_zebra, "header_band": style_header_band,
    "spans_ruled": style_spans_ruled, "wrapped": style_wrapped, "wrapped_ruled": style_wrapped_ruled,
    "landscape": style_landscape, "rotated": style_rotated, "sideways": style_sideways, "two_tables": style_two_tables,
    "prose_beside": style_prose_beside, "dashboard": style_dashboard, "group_rules": style_group_rules,
    "inside_rules": style_inside_rules, "wide_heading_lines": style_wide_heading_lines,
    "band_apart": style_band_apart, "notes": style_notes,
}


def build(out_dir) -> dict[str, tuple[Path, list]]:
    out = {}
    for name, fn in STYLES.items():
        p = Path(out_dir) / f"{name}.pdf"
        out[name] = (p, fn(p))
    return out
