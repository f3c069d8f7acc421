"""An unruled table whose every line fills every column is a grid of one-line rows: a label
starting lower-case is a row of its own there, not the wrapped tail of the label above (the
form of Table 1 of the sandwich package's clustered-covariances vignette, J. Stat. Software,
shipped in Debian's r-cran-sandwich: "PC | (g)lm | m | vcovPC(...)" then "standard | (g)lm |
m | vcov(m)", "basic", "random", "gee" were one row).  A label wrapped onto a lower-case line
that leaves the row's other cells empty still joins the row above.  Drawn with reportlab."""
from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extract.loaders.pdf import load_pdf

H = A4[1]
XS = (100, 180, 240, 300)


def _draw(path, rows):
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(80, H - 60, "The covariance matrices compared in the simulation are listed below.")
    top, pitch = 100, 13.6
    c.setLineWidth(0.6)
    for y in (top - 3, top + pitch - 2, top + pitch * (len(rows) + 1)):
        c.line(95, H - y, 480, H - y)
    for k, row in enumerate([["Label", "Model", "Object", "Variance matrix"]] + rows):
        base = H - (top + pitch * k + 9)
        for x, t in zip(XS, row):
            if t:
                c.drawString(x, base, t)
    c.drawString(80, H - (top + pitch * (len(rows) + 1) + 40), "Table 1: Covariance matrices compared.")
    c.save()


def _tables(path):
    doc = load_pdf(path, path.read_bytes())
    return [[[c.text for c in r] for r in b.rows] for b in doc.blocks if b.kind == "table"]


def test_lower_case_labels_on_full_lines_are_rows(tmp_path):
    p = tmp_path / "uniform.pdf"
    rows = [["CL-0", "(g)lm", "m", "vcovCL(m, type = HC0)"],
            ["CL-1", "(g)lm", "m", "vcovCL(m, type = HC1)"],
            ["PC", "(g)lm", "m", "vcovPC(m, order = round)"],
            ["standard", "(g)lm", "m", "vcov(m)"],
            ["basic", "(g)lm", "m", "sandwich(m)"],
            ["random", "(g)lmer", "m_re", "vcov(m_re)"]]
    _draw(p, rows)
    got = _tables(p)
    assert len(got) == 1
    assert got[0][1:] == rows


def test_lower_case_label_tail_still_joins_its_row(tmp_path):
    """The same table with a label wrapped over two lines ("Driscoll and" / "kraay panel"):
    the second line fills the label column only, so the table is no uniform grid and the
    lower-case line is the label's tail."""
    p = tmp_path / "wrapped.pdf"
    rows = [["CL-0", "(g)lm", "m", "vcovCL(m, type = HC0)"],
            ["Driscoll and", "(g)lm", "m", "vcovPL(m)"],
            ["kraay panel", "", "", ""],
            ["Basic", "(g)lm", "m", "sandwich(m)"]]
    _draw(p, rows)
    got = _tables(p)
    assert len(got) == 1
    labels = [r[0] for r in got[0][1:]]
    assert "Driscoll and kraay panel" in labels
    assert "kraay panel" not in labels


def test_lettered_list_of_two_columns_is_no_table(tmp_path):
    """A request's lettered list ("a. For each year" / "b. By the nature of each crime
    description", Cumbria Constabulary FOI 1306/25): two columns whose every line fills both,
    its markers lower-case; a list, not a table of rows."""
    p = tmp_path / "list.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    c.setFont("Helvetica", 11)
    c.drawString(54, H - 380, "Please provide the number of crimes recorded at each hospital:")
    for k, (m, t) in enumerate((("a.", "For each year"), ("b.", "By the nature of each crime description"),
                                ("c.", "What the crime outcome was for each crime"),
                                ("d.", "The name of the hospital in each case"))):
        c.drawString(54, H - (410 + 12.7 * k), m)
        c.drawString(72, H - (410 + 12.7 * k), t)
    c.drawString(54, H - 480, "The information requested is provided in the table below.")
    c.save()
    assert _tables(p) == []
