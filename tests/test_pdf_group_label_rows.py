"""An unruled table whose first column holds a group label on its group's first line only
("Male" / "Female" over genotype rows, Table 5 of the MAXtest vignette of Debian's
r-cran-coin; a stub column of group headings in statistical tables): every line under the
label leaves the first column empty, so it read as the label row's wrapped text and a
group's four rows became one row of cells of four lines ("CC CT TT Total" | "75 93 14 182").
A line whose figures stand under figures of the line above in two columns or more starts a
row (a figure does not wrap); a line of wrapped words in another column still joins its
row.  Drawn with reportlab."""
from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extract.loaders.pdf import load_pdf

H = A4[1]
XS = (120, 190, 230, 290, 360, 430)


def _draw(path, rows):
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(80, H - 60, "The genotype counts of the study are shown below by sex and group.")
    top, pitch = 100, 12.5
    c.setLineWidth(0.6)
    for k, row in enumerate(rows):
        base = H - (top + pitch * k + 9)
        for x, t in zip(XS, row):
            if t:
                c.drawString(x, base, t)
        if row[0]:  # a rule under each group's heading line, as printed
            c.line(115, base - 3, 470, base - 3)
    c.line(115, H - (top + pitch * len(rows) + 1), 470, H - (top + pitch * len(rows) + 1))
    c.drawString(80, H - (top + pitch * len(rows) + 40), "Table 5: Psoriasis data.")
    c.save()


def _tables(path):
    doc = load_pdf(path, path.read_bytes())
    return [[[c.text for c in r] for r in b.rows] for b in doc.blocks if b.kind == "table"]


def test_rows_under_a_group_label_are_rows(tmp_path):
    p = tmp_path / "groups.pdf"
    rows = [["Male", "", "Control", "Early Onset", "Late Onset", "Total"],
            ["", "CC", "75", "54", "29", "158"],
            ["", "CT", "93", "44", "13", "150"],
            ["", "TT", "14", "7", "4", "25"],
            ["", "Total", "182", "105", "46", "333"],
            ["Female", "", "Control", "Early Onset", "Late Onset", "Total"],
            ["", "CC", "76", "26", "17", "119"],
            ["", "CT", "69", "20", "10", "99"],
            ["", "TT", "18", "5", "2", "25"],
            ["", "Total", "163", "51", "29", "243"]]
    _draw(p, rows)
    got = _tables(p)
    assert len(got) == 1
    assert got[0] == rows


def test_wrapped_words_beside_an_empty_label_still_join_their_row(tmp_path):
    """Rows whose last cell wraps onto the next line ("rising" / "since 2019"): that line
    leaves the label empty and has no figures under the figures above, so it is the cell's
    tail, not a row; a line with one figure under a figure (a count's share printed under
    it) is not enough either."""
    p = tmp_path / "wrapped.pdf"
    rows = [["Male", "", "Control", "Cases", "Total", "Trend"],
            ["", "CC", "75", "54", "129", "rising"],
            ["", "", "", "", "", "since 2019"],
            ["", "CT", "93", "44", "137", "flat"],
            ["", "", "", "", "(40%)", ""],
            ["", "TT", "14", "7", "21", "falling"]]
    _draw(p, rows)
    got = _tables(p)
    assert len(got) == 1
    assert [r[1] for r in got[0]] == ["", "CC", "CT", "TT"]
    assert [r[5] for r in got[0]] == ["Trend", "rising since 2019", "flat", "falling"]
