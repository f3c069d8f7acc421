"""Two table forms of the public table benchmark (``bench/table_eval.py --extra``, R's xtable
galleries), drawn here with reportlab: a booktabs table (a rule over it, one under its header,
one under it, each of the table's own width) whose value column is filled on a few rows only
is a table (it was read as one paragraph: too few rows of two cells); program output in a
typewriter font in a filled box (a code listing: R's "## ..." console lines) is no table
however its columns align, while the same lines without the box, or in a proportional font,
still are."""
from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extract.loaders.pdf import load_pdf

H = A4[1]
DAYS = [str(12084 + k) for k in range(14)]
VALUES = {0: "-1.21", 2: "0.28", 6: "1.08", 8: "-2.35", 13: "0.43"}


def _sparse(path, rules: bool):
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(60, H - 60, "The series below has a value on five of its fourteen days.")
    top, pitch = 100, 12
    if rules:
        c.setLineWidth(0.8)
        for y in (top - 2, top + pitch - 1, top + pitch * 15 + 1):
            c.line(80, H - y, 160, H - y)
    c.drawRightString(155, H - (top + 9), "Value")
    for k, d in enumerate(DAYS):
        base = H - (top + pitch * (k + 1) + 9)
        c.drawString(85, base, d)
        if k in VALUES:
            c.drawRightString(155, base, VALUES[k])
    c.drawString(60, H - (top + pitch * 15 + 30), "The next section turns to the monthly series.")
    c.save()


def _tables(path):
    doc = load_pdf(path, path.read_bytes())
    return [[[c.text for c in r] for r in b.rows] for b in doc.blocks if b.kind == "table"]


def test_booktabs_frame_keeps_a_table_with_a_sparse_value_column(tmp_path):
    p = tmp_path / "sparse.pdf"
    _sparse(p, rules=True)
    got = _tables(p)
    assert len(got) == 1
    assert got[0][0] == ["", "Value"]
    assert got[0][1] == ["12084", "-1.21"] and got[0][2] == ["12085", ""]
    assert got[0][14] == ["12097", "0.43"] and len(got[0]) == 15


def test_sparse_lines_without_the_frame_stay_text(tmp_path):
    p = tmp_path / "loose.pdf"
    _sparse(p, rules=False)
    assert _tables(p) == []


LISTING = [["##", "0", "3", "0", "0", "12"], ["##", "", "4", "0", "2", "0"], ["##", "", "5", "0", "1", "2"],
           ["##", "1", "3", "1", "2", "0"], ["##", "", "4", "2", "0", "0"], ["##", "", "5", "0", "0", "0"]]


def _listing(path, font: str, box: bool):
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(60, H - 60, "The flat table is printed by the console as follows.")
    top = 90
    if box:
        c.setFillColorRGB(0.97, 0.97, 0.97)
        c.rect(60, H - (top + 6 * 12 + 8), 420, 6 * 12 + 12, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
    c.setFont(font, 10)
    for k, row in enumerate(LISTING):
        base = H - (top + 12 * k + 10)
        for q, t in enumerate(row):
            if t:
                c.drawString(66 + 36 * q, base, t)
    c.setFont("Helvetica", 10)
    c.drawString(60, H - (top + 6 * 12 + 40), "Each line is one combination of the factors.")
    c.save()


def test_typewriter_lines_in_a_filled_box_are_a_code_listing(tmp_path):
    p = tmp_path / "code.pdf"
    _listing(p, "Courier", box=True)
    assert _tables(p) == []
    doc = load_pdf(p, p.read_bytes())
    assert any("## 0 3 0 0 12" in b.text for b in doc.blocks if b.kind != "table")


def test_same_columns_without_the_box_or_in_a_proportional_font_are_a_table(tmp_path):
    for name, font, box in (("plain.pdf", "Courier", False), ("helv.pdf", "Helvetica", True)):
        p = tmp_path / name
        _listing(p, font, box)
        got = _tables(p)
        assert len(got) == 1 and got[0][0][1:] == ["0", "3", "0", "0", "12"], name
