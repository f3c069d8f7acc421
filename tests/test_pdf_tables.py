"""Table reading of the PDF loader on small reportlab pages, compared with what was drawn:
ruled grids with a paragraph cell, line breaks inside cells (a list vs a wrapped line), a row
cut by a page break, a column of bullet glyphs in an unruled table, letter-spaced text."""
from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pdfgen import fonts  # noqa: E402

from extract.extractors import deliverables  # noqa: E402
from extract.loaders.pdf import load_pdf  # noqa: E402

PROSE = ("Residential burglary of a home is decreasing across the county, with the largest falls "
         "in Chippenham and Trowbridge. The burglary team was re-established in April and a crime "
         "prevention tactical advisor is now in post. Road safety campaigns continued through the "
         "quarter, including community road safety days, tyre safety month and child seat checks, "
         "and rural crime week ran in September with partners from across the region.")


def _load(path):
    return load_pdf(path, Path(path).read_bytes())


def _tables(doc):
    return [b.cells() for b in doc.blocks if b.kind == "table"]


def _platypus(path, rows, widths, grid=True, cell_style=None):
    reg, bold, _ = fonts()
    st = cell_style or ParagraphStyle("c", fontName=reg, fontSize=9, leading=11)
    data = [[c if not isinstance(c, str) else Paragraph(c, st) for c in r] for r in rows]
    t = Table(data, colWidths=widths)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if grid:
        style.append(("GRID", (0, 0), (-1, -1), 0.5, "black"))
    t.setStyle(TableStyle(style))
    SimpleDocTemplate(str(path), pagesize=A4).build([t])
    return _load(path)


# --------------------------------------------------------------------------- 1. prose cells

def test_ruled_grid_with_a_paragraph_cell_stays_a_table(tmp_path):
    assert len(PROSE.split()) > 60
    rows = [["Outcomes achieved this quarter", "Action", "Date Due", "Progress"],
            [PROSE, "Training ASB specialists for each CPT", "Mar 23", "95%"],
            ["", "Youth voice procurement and roll out", "Apr 24", "65%"]]
    doc = _platypus(tmp_path / "prose.pdf", rows, [230, 140, 50, 55])
    assert _tables(doc) == [rows]  # the paragraph cell whole, as that cell's text
    got = [(d.action, d.due_date, d.progress_pct) for d in deliverables.extract(doc)]
    assert got == [("Training ASB specialists for each CPT", "2023-03-01", 95.0),
                   ("Youth voice procurement and roll out", "2024-04-01", 65.0)]


def test_grid_of_paragraphs_is_layout_not_a_table(tmp_path):
    other = PROSE.replace("Residential", "Domestic")
    doc = _platypus(tmp_path / "layout.pdf", [[PROSE, other], [other, PROSE]], [230, 230])
    assert _tables(doc) == []
    assert sorted(b.text for b in doc.blocks) == sorted([PROSE, other, other, PROSE])


# --------------------------------------------------------------------------- 2. line breaks

def test_list_lines_in_a_ruled_cell_keep_their_breaks_wrapped_lines_do_not(tmp_path):
    rows = [["Date", "Items"],
            ["Thursday 8 February 2024", "PCC's Precept Proposal 2024/25<br/>Communications"],
            ["Thursday 7 March 2024 at the Council Chamber, Monkton Park, Chippenham",
             "PCC Update<br/>Quarterly Plan Delivery Update<br/>Communications"]]
    # the items column is wide enough for the next item after each line: the breaks were set
    doc = _platypus(tmp_path / "lines.pdf", rows, [110, 300])
    t = _tables(doc)
    assert t == [[["Date", "Items"],
                  ["Thursday 8 February 2024", "PCC's Precept Proposal 2024/25\nCommunications"],
                  ["Thursday 7 March 2024 at the Council Chamber, Monkton Park, Chippenham",
                   "PCC Update\nQuarterly Plan Delivery Update\nCommunications"]]]


def test_values_with_a_line_break_still_parse():
    from extract import normalise
    assert normalise.parse_value("9,429\n").value == 9429.0


# --------------------------------------------------------------------------- row over a page break

def _grid_page(c, top, xs, row_h, rows, open_top=False, open_bottom=False):
    """Rows of a ruled grid from ``top`` (y from the top of the page); the first row without
    its top rule, the last without its bottom rule when open."""
    reg, _, _ = fonts()
    H = A4[1]
    c.setLineWidth(0.5)
    y = top
    ys = [top + k * row_h for k in range(len(rows) + 1)]
    for k, yy in enumerate(ys):
        if (k == 0 and open_top) or (k == len(ys) - 1 and open_bottom):
            continue
        c.line(xs[0], H - yy, xs[-1], H - yy)
    for x in xs:
        c.line(x, H - ys[0], x, H - ys[-1])
    for r, row in enumerate(rows):
        y = ys[r]
        for ci, s in enumerate(row):
            c.setFont(reg, 9)
            c.drawString(xs[ci] + 3, H - y - 12, s)


def test_row_cut_by_a_page_break_is_one_row(tmp_path):
    p = tmp_path / "split.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    xs = [60, 260, 360, 440]
    _grid_page(c, 600, xs, 30, [["Action", "Date Due", "Progress"],
                                ["Training ASB specialists", "Mar 23", "95%"],
                                ["Youth voice procurement and", "Apr 24", "65%"]], open_bottom=True)
    c.showPage()
    _grid_page(c, 60, xs, 30, [["roll out", "", ""],
                               ["Rural crime week", "Sep 23", "100%"]], open_top=True)
    c.save()
    doc = _load(p)
    t = [b for b in doc.blocks if b.kind == "table"]
    assert len(t) == 1
    assert t[0].cells() == [["Action", "Date Due", "Progress"],
                            ["Training ASB specialists", "Mar 23", "95%"],
                            ["Youth voice procurement and roll out", "Apr 24", "65%"],
                            ["Rural crime week", "Sep 23", "100%"]]
    assert t[0].row_pages == [1, 1, 1, 2]
    got = [(d.action, d.due_date, d.progress_pct, d.page) for d in deliverables.extract(doc)]
    assert got == [("Training ASB specialists", "2023-03-01", 95.0, 1),
                   ("Youth voice procurement and roll out", "2024-04-01", 65.0, 1),
                   ("Rural crime week", "2023-09-01", 100.0, 2)]


# --------------------------------------------------------------------------- 3. glyph column

def test_bullet_glyph_column_of_an_unruled_table_stays_with_its_items(tmp_path):
    reg, _, _ = fonts()
    st = ParagraphStyle("c", fontName=reg, fontSize=9, leading=11)
    bl = ParagraphStyle("b", parent=st, leftIndent=18, bulletIndent=0, bulletFontName=reg)

    def items(*xs):
        return [Paragraph(x, bl, bulletText="•") for x in xs]

    rows = [["Date", "Location", "Agenda items"],
            ["Thursday 18 January 2024", "Kennet Room, County Hall", items("PCC Budget 2024/25", "Communications")],
            ["Thursday 8 February 2024", "Council Chamber", items("Precept Proposal", "Road safety")]]
    doc = _platypus(tmp_path / "glyph.pdf", rows, [140, 150, 170], grid=False)
    t = _tables(doc)
    assert len(t) == 1 and all(len(r) == 3 for r in t[0]), t
    assert [r[2] for r in t[0]] == ["Agenda items", "• PCC Budget 2024/25\n• Communications",
                                    "• Precept Proposal\n• Road safety"]


# --------------------------------------------------------------------------- 4. letter spacing

def test_letter_spaced_word_cut_by_a_wide_letter_gap_is_one_word(tmp_path):
    reg, _, _ = fonts()
    p = tmp_path / "tracked.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    H = A4[1]
    rows = [("Action", "Status"), ("Refresh the rural crime strategy", None), ("Open the new station", "In progress")]
    for k, (a, b) in enumerate(rows):
        y = H - 100 - 14 * k
        c.setFont(reg, 9)
        c.drawString(60, y, a)
        if b is None:
            # "Complete" with 1.5 pt letter spacing, one letter gap wider (2.3 pt) than pdfplumber's
            # tolerance: read as "Comple" "te" before
            t = c.beginText(300, y)
            t.setFont(reg, 9)
            t.setCharSpace(1.5)
            t.textOut("Comple")
            c.drawText(t)
            t = c.beginText(300 + stringWidth("Comple", reg, 9) + 6 * 1.5 + 0.8, y)
            t.setFont(reg, 9)
            t.setCharSpace(1.5)
            t.textOut("te")
            c.drawText(t)
        else:
            t = c.beginText(300, y)
            t.setFont(reg, 9)
            t.setCharSpace(1.5 if k else 0)
            t.textOut(b)
            c.drawText(t)
    c.save()
    t = _tables(_load(p))
    assert t == [[["Action", "Status"], ["Refresh the rural crime strategy", "Complete"],
                  ["Open the new station", "In progress"]]]
