"""Boxes of a diagram drawn side by side (a row of labelled boxes with arrows running into
them) are no one-row ruled table; a one-row ruled table without arrows, or with a figure in
a cell, is kept."""
from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extract.loaders.pdf import load_pdf


def _page(path, labels: list[str], arrows: bool):
    """A row of boxes 70 x 16 pt holding ``labels``, under a paragraph; ``arrows``: a curved
    connector runs from the left into the first box, ending in an arrowhead, and another
    leaves the second box downwards."""
    c = canvas.Canvas(str(path), pagesize=A4)
    h = A4[1]
    c.setFont("Helvetica", 10)
    c.drawString(50, h - 60, "The figure shows how the parts of the key are put together.")
    x, top = 200, 120
    c.setLineWidth(0.6)
    for k, t in enumerate(labels):
        c.rect(x + 70 * k, h - (top + 16), 70, 16, stroke=1, fill=0)
        c.setFont("Helvetica", 8)
        c.drawString(x + 70 * k + 6, h - (top + 11), t)
    if arrows:
        p = c.beginPath()
        p.moveTo(120, h - (top + 60))
        p.curveTo(150, h - (top + 40), 170, h - (top + 8), x - 4, h - (top + 8))
        c.drawPath(p, stroke=1, fill=0)
        head = c.beginPath()
        head.moveTo(x - 5, h - (top + 5))
        head.lineTo(x, h - (top + 8))
        head.lineTo(x - 5, h - (top + 11))
        head.close()
        c.drawPath(head, stroke=0, fill=1)
        q = c.beginPath()
        q.moveTo(x + 105, h - (top + 16))
        q.curveTo(x + 110, h - (top + 40), x + 130, h - (top + 60), x + 150, h - (top + 80))
        c.drawPath(q, stroke=1, fill=0)
    c.save()


def _tables(p):
    doc = load_pdf(p, p.read_bytes())
    return doc, [b for pg in doc.pages for b in pg.blocks if b.kind == "table"]


def test_boxes_with_arrows_are_no_table(tmp_path):
    p = tmp_path / "figure.pdf"
    _page(p, ["20-byte seed", "Permissions"], arrows=True)
    doc, tables = _tables(p)
    assert tables == []
    assert "20-byte seed" in doc.raw_text and "Permissions" in doc.raw_text  # text kept


def test_one_row_tables_are_kept(tmp_path):
    p = tmp_path / "plain.pdf"
    _page(p, ["Prepared by", "Approved by"], arrows=False)
    _, tables = _tables(p)
    assert [[c.text for c in r] for t in tables for r in t.rows] == [["Prepared by", "Approved by"]]
    p2 = tmp_path / "value.pdf"
    _page(p2, ["Crime volume", "10,952"], arrows=True)
    _, tables = _tables(p2)
    assert [[c.text for c in r] for t in tables for r in t.rows] == [["Crime volume", "10,952"]]
