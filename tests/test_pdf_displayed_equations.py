"""Displayed equations are no tables: a matrix after its left side ("Σ =" set on the middle
row of three rows of figures, MAXtest vignette of Debian's r-cran-coin, page 6) and aligned
equations ("LL | = | log ...", survival's validate vignette, Debian's r-cran-survival, page
11) were read as unruled tables of figures and math tokens.  A table of figures whose first
column holds labels (one ending in "=" among others, or words in its cells) is still a
table.  Drawn with reportlab."""
from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extract.loaders.pdf import load_pdf

H = A4[1]


def _page(path, rows, xs=(200, 260, 320, 380)):
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Times-Roman", 11)
    c.drawString(80, H - 80, "In addition, we immediately are provided with the covariance matrix")
    for k, row in enumerate(rows):
        for x, t in zip(xs, row):
            if t:
                c.drawString(x, H - (110 + 13 * k), t)
    c.drawString(80, H - (150 + 13 * len(rows)), "and the corresponding correlation matrix is given below.")
    c.save()


def _tables(path):
    doc = load_pdf(path, path.read_bytes())
    return [[[c.text for c in r] for r in b.rows] for b in doc.blocks if b.kind == "table"]


def test_matrix_after_its_left_side_is_no_table(tmp_path):
    p = tmp_path / "matrix.pdf"
    _page(p, [["", "4.1579", "5.6255", "1.4675"],
              ["S =", "5.6255", "10.6845", "5.0590"],
              ["", "1.4675", "5.0590", "3.5915"]])
    assert _tables(p) == []


def test_aligned_equations_are_no_table(tmp_path):
    p = tmp_path / "equations.pdf"
    _page(p, [["LL", "=", "log(r + 1)", "+ 3 log(r + 2)"],
              ["U", "=", "1 - r/(r + 1)", "+ 2(r + 2)"]])
    assert _tables(p) == []


def test_table_with_a_label_ending_in_equals_stays(tmp_path):
    """Labels in the first column on every row: a table, whatever one label ends with."""
    p = tmp_path / "table.pdf"
    rows = [["Group", "2022", "2023", "2024"],
            ["Cases", "4", "5", "6"],
            ["Controls", "10", "12", "14"],
            ["Rate =", "0.40", "0.42", "0.43"]]
    _page(p, rows)
    got = _tables(p)
    assert len(got) == 1 and [r[0] for r in got[0]] == ["Group", "Cases", "Controls", "Rate ="]
