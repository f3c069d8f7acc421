"""Statistical releases of registration counts (session 10): a table header repeated in the top
margin of every page with a column that changes is no running header; rows set solid in
groups parted by space are a row a line when each line has its own figures; rows under the
table whose label spills over the next column are its last rows; a header band of two rows
repeated on the next page is left out there. Each rule is tested both ways."""
from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extract.extractors import tables as tables_ext
from extract.loaders.pdf import load_pdf
from extract.table_eval import tables_of_cells

H = A4[1]
XS = [40, 150, 200, 290, 360, 430, 500]  # County | Precincts | Date | three party columns | Total
COUNTIES = [("Apache", 44), ("Cochise", 55), ("Coconino", 75), ("Gila", 39)]
DATES = ["JUL 2023", "OCT 2023", "JAN 2024"]


def _row(c, y, cells):
    """cells: (column, text); the first three columns left-aligned, the figures right-aligned
    at the next column's start."""
    for q, t in cells:
        if q <= 2:
            c.drawString(XS[q], H - y, t)
        else:
            c.drawRightString(XS[q] + 50, H - y, t)


def _figures(k, d):
    a, b, cc = 1000 + 37 * k + d, 200 + 11 * k + 3 * d, 50 + k + d
    return [f"{a:,}", str(b), str(cc), f"{a + b + cc:,}"]


def _report(path, *, spill: bool = True, running_first: str = "County", page2_first: str = "District",
            groups: bool = True):
    """Two pages of a registration report: title lines and the column headings in the top
    margin of both pages (the first heading changes from page to page), each county's three
    dates as three lines set solid, counties parted by a blank line; a Percentages block
    whose label runs over the empty Precincts column; a footnote."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for page, first in ((1, running_first), (2, page2_first)):
        c.setFont("Helvetica", 10)
        c.drawCentredString(300, H - 30, "STATE REGISTRATION REPORT")
        c.drawCentredString(300, H - 44, "Compiled and Issued by the Secretary of State")
        c.setFont("Helvetica", 8)
        head = [(0, first), (1, "Precincts"), (2, "Date/Period"), (3, "Democratic"), (4, "Republican"),
                (5, "Other"), (6, "Total")]
        _row(c, 70, head)
        y = 88
        for k, (name, prec) in enumerate(COUNTIES):
            for d, date in enumerate(DATES if groups else DATES[:1]):
                label = [(0, name)] if d == 0 else []
                _row(c, y, label + [(1, str(prec)), (2, date)] + list(zip(range(3, 7), _figures(k + page, d))))
                y += 9.5
            y += 8
        if page == 1:
            for d, date in enumerate(DATES):
                label = [(0, "Percentages of the state:" if spill else "Percentages:")] if d == 0 else []
                _row(c, y, label + [(2, date), (3, f"{30 + d}.0{d}"), (4, f"{34 + d}.4{d}"), (5, f"{35 - d}.1{d}")])
                y += 9.5
            c.drawString(XS[0], H - (y + 6), "*Party was not a recognized party")
        c.showPage()
    c.save()


def _first_table(path):
    out = tables_ext.extract(load_pdf(path, path.read_bytes()))
    tabs = tables_of_cells(out["table_cells"])
    rows: dict = {}
    for cell in tabs[0]:
        rows.setdefault(cell["row"], {})[cell["col"]] = cell["text"]
    return [[r[q] for q in sorted(r)] for _, r in sorted(rows.items())], out


def test_header_line_with_a_changing_column_is_kept(tmp_path):
    p = tmp_path / "reg.pdf"
    _report(p)
    rows, out = _first_table(p)
    assert rows[0] == ["County", "Precincts", "Date/Period", "Democratic", "Republican", "Other", "Total"]
    texts = {c.text for c in out["table_cells"]}
    assert "STATE REGISTRATION REPORT" not in texts


def test_header_line_recurring_whole_is_still_furniture(tmp_path):
    """The same headings on both pages, every segment recurring: a running header (dropped),
    as before; the titles above are dropped either way."""
    p = tmp_path / "reg_same.pdf"
    _report(p, page2_first="County")
    doc = load_pdf(p, p.read_bytes())
    text = " ".join(b.text or "" for pg in doc.pages for b in pg.blocks)
    assert "Precincts" not in text and "STATE REGISTRATION REPORT" not in text


def test_grouped_lines_with_their_own_figures_are_rows(tmp_path):
    p = tmp_path / "reg.pdf"
    _report(p)
    rows, _ = _first_table(p)
    assert rows[1][:4] == ["Apache", "44", "JUL 2023", "1,037"]
    assert rows[2][:3] == ["", "44", "OCT 2023"]
    assert rows[3][:3] == ["", "44", "JAN 2024"]
    assert rows[4][0] == "Cochise"
    assert len(rows) == 1 + 3 * len(COUNTIES) + 3


def test_wrapped_label_lines_in_groups_stay_one_row(tmp_path):
    """Groups parted by space whose second line is the label's tail (no figures): one row each."""
    p = tmp_path / "wrap.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    c.setFont("Helvetica", 8)
    _row(c, 120, [(0, "Area"), (1, "Count"), (3, "Rate"), (4, "Change"), (5, "Target"), (6, "Total")])
    y = 140
    for k in range(5):
        _row(c, y, [(0, f"District {k + 1} north"), (1, str(10 + k)), (3, f"{k}.5"), (4, str(k + 2)),
                    (5, str(20 + k)), (6, str(100 + k))])
        c.drawString(XS[0], H - (y + 9.5), "and east wards")
        y += 9.5 * 2 + 8
    c.save()
    rows, _ = _first_table(p)
    assert len(rows) == 6
    assert rows[1][0] == "District 1 north and east wards"


def test_spilled_label_rows_under_the_table_join_it(tmp_path):
    p = tmp_path / "reg.pdf"
    _report(p)
    rows, _ = _first_table(p)
    assert rows[-3][0] == "Percentages of the state:"
    assert rows[-3][2:6] == ["JUL 2023", "30.00", "34.40", "35.10"]
    assert rows[-1][1:6] == ["", "JAN 2024", "32.02", "36.42", "33.12"]


def test_footnote_under_the_table_is_no_row(tmp_path):
    p = tmp_path / "reg.pdf"
    _report(p)
    rows, out = _first_table(p)
    assert not any("recognized" in t for r in rows for t in r)
    # its own paragraph, the table's rows untouched
    doc = load_pdf(p, p.read_bytes())
    assert any("Party was not a recognized party" in (b.text or "") for b in doc.pages[0].blocks)


def _two_page_band(path, repeat: bool = True):
    """A ruled-free table over two pages under a two-row header band (months over their two
    columns), the band printed again at the top of page 2 when ``repeat``."""
    c = canvas.Canvas(str(path), pagesize=A4)
    names = ["ALCONA", "ALGER", "ALLEGAN", "ALPENA", "ANTRIM", "ARENAC", "BARAGA", "BARRY"]
    for page in (1, 2):
        c.setFont("Helvetica-Bold", 8)
        y = 120
        if page == 1 or repeat:
            c.drawCentredString(230, H - y, "April")
            c.drawCentredString(370, H - y, "July")
            _row(c, y + 14, [(0, "County"), (3, "Active"), (4, "All"), (5, "Active"), (6, "All")])
            y += 30
        c.setFont("Helvetica", 8)
        for k, n in enumerate(names):
            _row(c, y, [(0, f"{n}{page}"), (3, f"{8000 + 97 * k:,}"), (4, f"{9000 + 89 * k:,}"),
                        (5, f"{7000 + 13 * k:,}"), (6, f"{7500 + 17 * k:,}")])
            y += 12
        c.showPage()
    c.save()


def test_repeated_two_row_header_band_is_left_out_on_the_next_page(tmp_path):
    p = tmp_path / "band.pdf"
    _two_page_band(p)
    rows, _ = _first_table(p)
    flat = [" ".join(t for t in r if t) for r in rows]
    assert flat.count("County Active All Active All") == 1
    assert sum(1 for f in flat if f.startswith("April")) == 1
    assert len(rows) == 2 + 16


def _capital_changes(path, rules: bool):
    """An unruled table of capital budget changes: a two-line heading ("Amount" / "(£m)"),
    bold group headings as rows of their own, rows set at line pitch, groups parted by a
    blank line; with ``rules``, a rule across the table under the header and under each row."""
    c = canvas.Canvas(str(path), pagesize=A4)
    xs = (60, 330, 390, 450)
    lead = 13.0
    y = 100.0

    def rule(yy):
        if rules:
            c.setLineWidth(0.5)
            c.line(55, H - yy, 560, H - yy)

    c.setFont("Helvetica-Bold", 9)
    for x, t in zip(xs, ("Project", "Year", "Amount", "Reason")):
        c.drawString(x, H - y, t)
    c.drawString(xs[2], H - (y + 11), "(£m)")
    y += 11
    rule(y + 3)
    groups = [("Adult Social Care & Health", [("CareCubed", "+0.036", "Software licences")]),
              ("Children, Young People & Education", [("Annual Planned Enhancement", "-0.170", "Grant vired"),
                                                       ("High Needs 22-24", "+0.170", "Grant vired in"),
                                                       ("Basic Need KCP 19", "+0.465", "Other external income")]),
              ("Growth, Environment & Transport", [("Integrated Transport Schemes", "-0.150", "Grant moved"),
                                                    ("Greener Buses", "+0.015", "Virement of grant")])]
    for g, rows in groups:
        y += lead
        c.setFont("Helvetica-Bold", 9)
        c.drawString(xs[0], H - y, g)
        rule(y + 3)
        c.setFont("Helvetica", 9)
        for name, amount, reason in rows:
            y += lead
            for x, t in zip(xs, (name, "24-25", amount, reason)):
                c.drawString(x, H - y, t)
            rule(y + 3)
        y += 12  # a blank line between groups
    c.save()


def test_rules_under_rows_part_the_rows_of_an_unruled_table(tmp_path):
    p = tmp_path / "capital.pdf"
    _capital_changes(p, rules=True)
    rows, _ = _first_table(p)
    # the first group heading, a line without figures under the header, stays with it (as
    # the measures read a table: leading rows without values are its header)
    assert rows[0] == ["Project Adult Social Care & Health", "Year", "Amount (£m)", "Reason"]
    assert rows[1] == ["CareCubed", "24-25", "+0.036", "Software licences"]
    assert rows[2] == ["Children, Young People & Education", "", "", ""]
    assert rows[3][0] == "Annual Planned Enhancement"
    assert len(rows) == 1 + 2 + 6


def test_without_rules_the_header_is_read_as_before(tmp_path):
    """No rules drawn: the rows are grouped by their gaps as before (the two-line heading, the
    first group heading and its row run together)."""
    p = tmp_path / "capital_bare.pdf"
    _capital_changes(p, rules=False)
    rows, _ = _first_table(p)
    assert rows[0][0].startswith("Project") and rows[1][0] != "CareCubed"
