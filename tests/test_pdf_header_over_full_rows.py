"""A heading line with an empty stub cell over an unruled grid whose every line fills every
column ("| Cases | Controls | Total" over "aa | raa | saa | naa", the math-italic genotype
labels of Table 1 of the MAXtest vignette of Debian's r-cran-coin): each line is a row, a
label starting lower-case included; the lower-case labels were read as the wrapped tail of the
empty stub heading and of each other ("aa aA" | "Cases raa raA").  A label's wrapped tail,
which leaves the other cells of its line empty, still joins its row.  Drawn with reportlab."""
from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extract.loaders.pdf import load_pdf

H = A4[1]
XS = (150, 210, 270, 330)


def _draw(path, rows, pitches=None):
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(80, H - 60, "Table 1: Genotype frequencies of cases and controls in the study.")
    c.setLineWidth(0.4)
    c.line(145, H - 70, 370, H - 70)
    top = 82
    ys = [top]
    for k in range(1, len(rows)):
        ys.append(ys[-1] + (pitches[k - 1] if pitches else 13.5))
    for k, row in enumerate(rows):
        for x, t in zip(XS, row):
            if t:
                c.drawString(x, H - ys[k], t)
        if k == 0:
            c.line(145, H - (top + 4), 370, H - (top + 4))
    c.line(145, H - (ys[-1] + 4), 370, H - (ys[-1] + 4))
    c.drawString(80, H - (ys[-1] + 40), "The counts are given in the text of the next section.")
    c.save()


def _tables(path):
    doc = load_pdf(path, path.read_bytes())
    return [[[c.text for c in r] for r in b.rows] for b in doc.blocks if b.kind == "table"]


def test_lower_case_labels_under_an_empty_stub_heading_are_rows(tmp_path):
    p = tmp_path / "grid.pdf"
    rows = [["", "Cases", "Controls", "Total"],
            ["aa", "raa", "saa", "naa"],
            ["aA", "raA", "saA", "naA"],
            ["AA", "rAA", "sAA", "nAA"],
            ["Total", "R", "S", "N"]]
    _draw(p, rows)
    assert _tables(p) == [rows]


def test_a_wrapped_label_still_joins_its_row(tmp_path):
    p = tmp_path / "wrapped.pdf"
    rows = [["", "Cases", "Controls", "Total"],
            ["aa", "raa", "saa", "naa"],
            ["aA", "raA", "saA", "naA"],
            ["AA with", "rAA", "sAA", "nAA"],
            ["follow-up", "", "", ""],
            ["Total", "R", "S", "N"]]
    _draw(p, rows, [15, 15, 15, 11, 15])
    got = _tables(p)
    assert len(got) == 1
    assert ["AA with follow-up", "rAA", "sAA", "nAA"] in got[0]
