"""A row whose label spills over the next column's gap (a spreadsheet prints a long label over
its empty neighbour) is a row of the table, not a paragraph cutting it in two; a caption
line between two tables of the same columns still parts them."""
from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extract.extractors import tables as tables_ext
from extract.loaders.pdf import load_pdf

RIGHTS = [None, None, 300, 360, 420]


def _row(c, h, y, cells):
    c.drawString(50, h - y, cells[0])
    if cells[1]:
        c.drawString(170, h - y, cells[1])
    for q in (2, 3, 4):
        c.drawRightString(RIGHTS[q], h - y, cells[q])


def _body(k):
    return [f"Area {k}", f"Lead {k}", f"{k * 37 + 120:,}", f"{k * 11 + 40}", f"{k % 7}.{k % 10}%"]


def _page(path, middle):
    c = canvas.Canvas(str(path), pagesize=A4)
    h = A4[1]
    c.setFont("Helvetica", 9)
    y = 100
    _row(c, h, y, ["Area", "Lead", "Crimes", "Arrests", "Change"])
    for k in range(6):
        y += 14
        _row(c, h, y, _body(k))
    y += 14
    middle(c, h, y)
    for k in range(6, 12):
        y += 14
        _row(c, h, y, _body(k))
    c.save()


def _tables(p):
    out = tables_ext.extract(load_pdf(p, p.read_bytes()))
    return out["tables"], out["table_cells"]


def test_spilled_label_is_a_row_of_the_table(tmp_path):
    p = tmp_path / "spill.pdf"
    label = "Northern Rural Neighbourhood Policing Area"
    _page(p, lambda c, h, y: _row(c, h, y, [label, "", "1,234", "56", "7.8%"]))
    tables, cells = _tables(p)
    assert len(tables) == 1 and tables[0].n_rows == 14
    row7 = [x.text for x in cells if x.row == 7]
    assert row7 == [label, "", "1,234", "56", "7.8%"]
    assert [x.text for x in cells if x.row == 8][0] == "Area 6"


def test_caption_between_tables_of_the_same_columns_parts_them(tmp_path):
    p = tmp_path / "caption.pdf"
    _page(p, lambda c, h, y: c.drawString(50, h - y, "Table 2 Arrests by area and lead officer, April to June"))
    tables, _ = _tables(p)
    assert len(tables) == 2
