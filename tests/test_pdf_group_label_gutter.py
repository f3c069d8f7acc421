"""Two things of TeX tables set in Type 3 bitmap fonts (the survival package's vignette
adjcurve.pdf, Debian's r-cran-survival, pages 3 and 5; the same form is the bench case
``survival_adjcurve_age_spanning_heading``):

1. A nameless Type 3 font gives no Unicode for its glyphs, so pdfminer writes code 21, the en
   dash of TeX's T1 encoding, as "(cid:21)": an age band "50–54" read "50(cid:21)54". Between
   two digits it is read "–" (no other reading of code 21 stands between the two numbers of a
   range); other codes stay as they are.
2. A group label line ("Males" over the second block of rows) set across the gap between the
   stub column and the first figures column, under a stub heading wider than its labels
   ("FLC group"): the label line and the block under it were read as a second table with the
   label in the figures column; the label is a row of the one table.  Drawn with reportlab."""
from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extract.loaders.pdf import load_pdf
from extract.loaders.pdf.text import type3_range_dashes

H = A4[1]
XS = (100, 160, 200, 240, 280, 320)


def test_type3_en_dash_between_digits_is_read():
    chars = [{"text": t, "fontname": "unknown"} for t in ("5", "0", "(cid:21)", "5", "4")]
    assert type3_range_dashes("50(cid:21)54", chars) == "50\u201354"


def test_other_codes_and_named_fonts_are_left():
    t3 = [{"text": "(cid:28)", "fontname": "unknown"}]
    assert type3_range_dashes("(cid:28)rst", t3) == "(cid:28)rst"  # fi or a Greek letter: unsure
    assert type3_range_dashes("a(cid:21)b", t3) == "a(cid:21)b"  # not between digits
    cid_font = [{"text": "(cid:21)", "fontname": "ABCDEE+Calibri"}]  # a glyph number, may be a digit
    assert type3_range_dashes("5(cid:21)9", cid_font) == "5(cid:21)9"


def _draw(path):
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(80, H - 60, "The counts of the study population are shown below by group and age.")
    rows = [["FLC group", "50-54", "55-59", "60-64", "65-69", "70+"],
            ["Low", "738", "638", "490", "442", "376"],
            ["Med", "110", "94", "88", "104", "116"],
            ["High", "32", "30", "45", "43", "48"],
            None,
            ["Low", "658", "553", "427", "331", "227"],
            ["Med", "111", "127", "124", "130", "110"],
            ["High", "26", "33", "39", "61", "66"]]
    top, pitch = 100, 12.5
    for k, row in enumerate(rows):
        base = H - (top + pitch * k + 9)
        if row is None:
            c.drawString(132, base - 2, "Males")  # across the gap between the stub and "50-54"
            continue
        for x, t in zip(XS, row):
            c.drawString(x, base, t)
        if k == 0:
            c.line(95, base - 3, 350, base - 3)
    c.drawString(80, H - (top + pitch * len(rows) + 30), "Table 2: Detailed age distribution.")
    c.save()


def test_group_label_across_the_stub_gap_is_a_row_of_the_table(tmp_path):
    p = tmp_path / "groups.pdf"
    _draw(p)
    doc = load_pdf(p, p.read_bytes())
    tables = [[[c.text for c in r] for r in b.rows] for b in doc.blocks if b.kind == "table"]
    assert len(tables) == 1, tables
    rows = tables[0]
    labels = [r[0] for r in rows]
    assert labels.count("Low") == 2 and labels.count("High") == 2
    males = [r for r in rows if "Males" in r]
    assert len(males) == 1 and males[0][0] == "Males" and not any(males[0][1:])
    assert ["Low", "658", "553", "427", "331", "227"] in rows
