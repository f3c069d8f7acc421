"""Tables, round 7: the measures read a table's header as the loader marked it; the loader's
header band holds up to four lines (as the measures read one). Each rule tested both ways."""
from __future__ import annotations

from pathlib import Path

from extract.extractors.measures.matrix_grid import _header_rows, marked_header_rows
from extract.loaders.table_cells import header_rows
from extract.model import Cell
from extract.number_runs import steps_or_pages

REAL = Path(__file__).resolve().parent.parent.parent / "shared" / "real"


def test_steps_or_pages_has_one_home():
    from extract.loaders.text import inline_rows
    assert inline_rows.steps_or_pages is steps_or_pages
    assert steps_or_pages([3, 5, 9]) and steps_or_pages([5, 4, 3]) and steps_or_pages([999, 999])
    assert not steps_or_pages([74, 32, 5])


ROWS = [["Service", "Budget", "Outturn"],
        ["", "Revenue", "Revenue"],        # read alone: a second header line
        ["Policing", "120.5", "118.2"],
        ["Victims", "14.0", "15.1"]]


def test_header_ends_where_the_loader_marked_it():
    # the loader marked one header row: the valueless row under it is a body row
    g = _header_rows([list(r) for r in ROWS], [0, 1, 2, 3], marked=1)
    assert g.header == ["Service", "Budget", "Outturn"]
    assert [r[0] for r in g.body] == ["", "Policing", "Victims"]


def test_without_marks_the_leading_valueless_rows_are_the_header():
    g = _header_rows([list(r) for r in ROWS], [0, 1, 2, 3])
    assert g.header == ["", "Revenue", "Revenue"] and g.groups[1] == "Budget"
    assert [r[0] for r in g.body] == ["Policing", "Victims"]


def _cells(rows, n_marked):
    return [[Cell(t, is_header=i < n_marked) for t in r] for i, r in enumerate(rows)]


def test_marked_rows_counted_among_the_rows_read():
    rows = _cells([["A", "B"], ["", ""], ["C", "D"], ["x", "1"]], 3)
    # block rows 0-2 marked; row 1 (blank) is not read: two marked rows among those read
    assert marked_header_rows(rows, [0, 2, 3]) == 2
    assert marked_header_rows(_cells([["A", "B"], ["x", "1"]], 0), [0, 1]) is None


def test_header_band_of_four_lines_is_marked_whole():
    # Kent finance monitoring's savings tables: "2024-25 / Savings / Target" under "Forecast /
    # against / original / saving": four header lines, then the figures
    lines = [["", "Forecast", "Forecast against"], ["2024-25", "against", "alternative"],
             ["Savings", "original", "saving"], ["Target", "saving", "(ongoing)"],
             ["-621.0", "-", "-"]]
    assert header_rows(_cells(lines, 0)) == 4
    # five valueless lines: the fifth is no header line (four at most, as the measures read)
    assert header_rows(_cells(lines[:1] + lines, 0)) == 4


def test_units_line_of_the_treasury_table_is_a_header_row():
    from extract.loaders.pdf import load_pdf
    p = REAL / "kent_cc" / "kcc_council_2025-03-13_mid_year_report_24-25.pdf"
    doc = load_pdf(p, p.read_bytes(), max_pages=8)
    # page 8: "31-Mar-24 ..." / "Investment Fund | Book cost ..." / "Income | Total" / "£m £m £m £m % %"
    tb = next(b for b in doc.tables() if b.page == 8 and any("CCLA" in c.text for r in b.rows for c in r))
    units = next(i for i, r in enumerate(tb.rows) if [c.text for c in r].count("£m") == 4)
    assert units == 3 and all(c.is_header for r in tb.rows[:4] for c in r)
    assert not any(c.is_header for c in tb.rows[4])


# --- a heading line of words set close over narrow columns (header_band._spread_words) -------

def _months_page(path, *, flush: bool = True):
    """An unruled table of years by months, its month headings set one even gap apart (a
    statistics package's narrow columns: the line reads as one justified run of words), each
    heading right-aligned over its column of figures (``flush``) or set 5 pt left of it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas
    h = A4[1]
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 9)
    c.drawString(60, h - 60, "A time series of monthly counts printed by a statistics package.")
    right, x = [], 110.0
    for w in MONTHS:
        x += stringWidth(w, "Helvetica", 9)
        right.append(x)
        c.drawRightString(x if flush else x - 5, h - 100, w)
        x += 8.0  # one even gap (over 0.75 em: no word space)
    for i, year in enumerate(range(2018, 2023)):
        y = h - 112 - 12 * i
        c.drawString(70, y, str(year))
        for k, xr in enumerate(right):
            c.drawRightString(xr, y, str(10 + 3 * i + k))
    c.save()


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug"]


def _first_table(path):
    from extract.extractors import tables as tables_ext
    from extract.loaders.pdf import load_pdf
    from extract.table_eval import tables_of_cells
    doc = load_pdf(path, path.read_bytes())
    out = tables_ext.extract(doc)
    tbs = tables_of_cells(out["table_cells"], {t.table_id for t in out["tables"]})
    rows: dict[int, list] = {}
    for cell in tbs[0]:
        rows.setdefault(cell["row"], []).append(cell["text"])
    return list(rows.values()), doc


def test_month_headings_set_close_are_the_header_row(tmp_path):
    p = tmp_path / "months.pdf"
    _months_page(p)
    rows, _ = _first_table(p)
    assert rows[0] == [""] + MONTHS
    assert rows[1] == ["2018", "10", "11", "12", "13", "14", "15", "16", "17"]


def test_words_off_the_columns_are_no_header_row(tmp_path):
    # the same words set 5 pt left of the columns' right edges: no heading of these columns
    p = tmp_path / "months_off.pdf"
    _months_page(p, flush=False)
    rows, doc = _first_table(p)
    assert rows[0] == ["2018", "10", "11", "12", "13", "14", "15", "16", "17"]
    assert any(b.kind == "paragraph" and b.text.startswith("Jan Feb") for b in doc.blocks)


# --- a word-processor grid drawing each cell's own box: a cell spanning rows (page._open_row_ends)

DESC = ["Permanent, unique feature record identifier", "and official feature name as defined in",
        "the national standard for named features."]


def _cell_box_grid(path, *, span: bool = True):
    """A grid of four columns whose cells are each drawn as their own box (1.5 pt inside the
    grid lines) and whose outer frame is drawn row by row (a web page printed to PDF); the
    Description cell of the first two fields spans both rows (``span``: its sides drawn row by
    row too, so they end with the frame's at the row line) or each row has its own box."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    h = A4[1]
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 9)
    xs = [72, 160, 230, 290, 540]
    ys = [100, 120, 150, 180, 210]  # row lines, from the top
    rows = [["Name", "Type", "Length", "Description"], ["Feature ID", "Number", "10", None],
            ["Feature Name", "Character", "120", None], ["Feature Class", "Character", "50", "Definitions"]]

    def box(x0, y0, x1, y1):
        c.rect(x0 + 1.5, h - y1 + 1.5, x1 - x0 - 3, y1 - y0 - 3)
    for r in range(4):
        c.line(xs[0] - 1, h - ys[r], xs[0] - 1, h - ys[r + 1])   # the frame, row by row
        c.line(xs[-1] + 1, h - ys[r], xs[-1] + 1, h - ys[r + 1])
        for q in range(4):
            if rows[r][q] is not None or not span:
                box(xs[q], ys[r], xs[q + 1], ys[r + 1])
            elif r == 1:  # the Description of rows 1-2: its sides drawn row by row, as the frame
                x0, x1, y0, y1 = xs[q] + 1.5, xs[q + 1] - 1.5, ys[1] + 1.5, ys[3] - 1.5
                c.line(x0, h - y0, x1, h - y0)
                c.line(x0, h - y1, x1, h - y1)
                for a, b in ((y0, ys[2]), (ys[2], y1)):
                    c.line(x0, h - a, x0, h - b)
                    c.line(x1, h - a, x1, h - b)
            if rows[r][q]:
                c.drawString(xs[q] + 4, h - ys[r] - 12, rows[r][q])
    c.line(xs[0] - 1, h - ys[0] + 1, xs[-1] + 1, h - ys[0] + 1)
    c.line(xs[0] - 1, h - ys[-1] - 1, xs[-1] + 1, h - ys[-1] - 1)
    y = ys[1] + 11
    for ln in DESC:  # the description's lines run on below the first field's row
        c.drawString(xs[3] + 4, h - y, ln)
        y += 11
    c.save()


def test_cell_spanning_rows_of_a_cell_box_grid_is_one_cell(tmp_path):
    from extract.loaders.pdf import load_pdf
    p = tmp_path / "spans.pdf"
    _cell_box_grid(p)
    tb = next(load_pdf(p, p.read_bytes()).tables())
    cells = [[c.text for c in r] for r in tb.rows]
    assert cells[1][:3] == ["Feature ID", "Number", "10"] and cells[2][:3] == ["Feature Name", "Character", "120"]
    assert cells[1][3] == " ".join(DESC) and tb.rows[1][3].row_span == 2 and tb.rows[2][3].covered
    assert cells[3] == ["Feature Class", "Character", "50", "Definitions"]


def test_cell_box_grid_without_spans_keeps_its_rows(tmp_path):
    from extract.loaders.pdf import load_pdf
    p = tmp_path / "nospans.pdf"
    _cell_box_grid(p, span=False)
    tb = next(load_pdf(p, p.read_bytes()).tables())
    assert all(c.row_span == 1 for r in tb.rows for c in r)
    assert [c.text for c in tb.rows[2]][:3] == ["Feature Name", "Character", "120"]


def test_foi_table_under_wrapped_hospital_names_has_one_header_row():
    # Cumbria FOI 1306/25 page 4, Table 2: "Outcome" and eight hospitals, names wrapped over up
    # to four lines in ruled header cells; an invented closing line (the header cells' rules close
    # only some columns at one height) cut the header into four rows and sixteen columns
    from extract.loaders.pdf import load_pdf
    p = REAL / "police_force_foi" / "cumbria_constabulary_foi_1306-25_hospital_crimes_2025-10-13.pdf"
    doc = load_pdf(p, p.read_bytes())
    tb = next(b for b in doc.tables() if b.page == 4 and b.rows[0][0].text == "Outcome")
    assert [c.text for c in tb.rows[0]] == [
        "Outcome", "Maryport Victoria Cottage Hospital", "Millom Hospital", "Penrith Hospital",
        "Royal Lancaster Infirmary", "Ryhope Hospital", "West Cumberland Hospital",
        "Westmorland General Hospital", "Workington Community Hospital"]
    charge = next(r for r in tb.rows if r[0].text == "Charge/summons")
    assert [c.text for c in charge] == ["Charge/summons", "1", "", "2", "1", "1", "61", "5", "1"]
    assert 5 in tb.row_pages  # the table goes on over page 5, same nine columns


def test_account_table_with_two_dated_rows_is_read_by_rows():
    # Souldern annual parish meeting minutes page 3: "MAIN ACCOUNT | £s" beside "PLAYGROUND
    # ACCOUNT | £s", rows "BALANCE B/F 01.04.24 | 7,515.87 | BALANCE B/F 01.04.24 | 9,118.44"
    from extract.extractors import measures
    from extract.loaders.pdf import load_pdf
    p = REAL / "parish_souldern" / "souldern_annual_parish_meeting_minutes_2025-05-20.pdf"
    doc = load_pdf(p, p.read_bytes(), max_pages=3)
    recs = {r.value_raw: r for r in measures.extract(doc) if r.page == 3}
    assert recs["9,118.44"].column_label == "PLAYGROUND ACCOUNT £s"
    assert recs["543.26"].column_label == "PLAYGROUND ACCOUNT £s"
    # two dated rows among two plain ones ("INCOME", "EXPENDITURE"): rows of an account, not
    # periods as rows: the metric is the row's label, not the unit heading
    assert (recs["543.26"].metric, recs["7,515.87"].metric) == ("INCOME", "BALANCE B/F 01.04.24")
    cells = [c.text for b in doc.tables() if b.page == 3 for r in b.rows for c in r]
    assert "BALANCE C/F 31.03.23" in cells  # a wrapped cell, not cut by an invented line
