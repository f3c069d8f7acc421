"""Rows cut off under an unruled table by a label spilling over its empty neighbour column
("Percentages:" over Precincts, Arizona's voter registration report, the test PDF of the npm
package pdf-data-parser) are put back among the table's rows; read apart as a small table of
their own (the rows under a label on the first of them only, each a row: "| OCT 2023 |
29.76 | ..."), they are put back the same way.  A table with its own header under another
stays a table of its own.  Drawn with reportlab."""
from __future__ import annotations

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

from extract.loaders.pdf import load_pdf

W, H = landscape(letter)
XS = (40, 110, 170, 250, 320, 390, 460, 540)
HEAD = ["County", "Precincts", "Date/Period", "Democratic", "Libertarian", "Republican", "Other", "Total"]


def _draw(path, tail):
    c = canvas.Canvas(str(path), pagesize=(W, H))
    c.setFont("Helvetica", 8)
    c.drawString(40, H - 40, "Voter registration counts by county")
    rows = [HEAD]
    for county, prec in (("Apache", "44"), ("Cochise", "55"), ("Gila", "39")):
        rows += [[county, prec, "JUL 2023", "27,462", "225", "10,808", "13,773", "52,268"],
                 ["", prec, "OCT 2023", "27,145", "231", "10,735", "13,809", "51,920"],
                 ["", prec, "JAN 2024", "26,830", "229", "10,720", "13,792", "51,571"]]
    y = H - 70
    for k, row in enumerate(rows + tail):
        if k and row[0] and k % 3 == 1:
            y -= 5  # groups parted by space
        for x, t in zip(XS, row):
            if t:
                c.drawString(x, y, t)
        y -= 10
    c.save()


def _tables(path):
    doc = load_pdf(path, path.read_bytes())
    return [[[c.text for c in r] for r in b.rows] for b in doc.blocks if b.kind == "table"]


def test_percentage_rows_under_the_table_are_its_rows(tmp_path):
    p = tmp_path / "tail.pdf"
    # the label spills over the empty Precincts column (set from x 40 to past 110)
    tail = [["Percentages of all voters:", "", "JUL 2023", "30.02", "0.80", "34.42", "34.55", ""],
            ["", "", "OCT 2023", "29.76", "0.80", "34.33", "34.67", ""],
            ["", "", "JAN 2024", "29.55", "0.79", "34.58", "34.38", ""]]
    _draw(p, tail)
    got = _tables(p)
    assert len(got) == 1
    assert [r[2] for r in got[0][-3:]] == ["JUL 2023", "OCT 2023", "JAN 2024"]
    assert got[0][-2][3] == "29.76"
