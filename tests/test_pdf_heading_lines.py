"""Column headings over several lines above an unruled table, upper lines wider than their
columns (tests/tablegen.py ``wide_heading_lines``): they are the header cells' upper lines,
not paragraphs; a caption over one column and a note above stay text."""
from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent))
import tablegen  # noqa: E402

from extract.extractors import tables as tables_ext  # noqa: E402
from extract.loaders.pdf import load_pdf  # noqa: E402
from extract.table_eval import document_counts, tables_of_cells  # noqa: E402


def _read(p):
    doc = load_pdf(p, p.read_bytes())
    return doc, tables_ext.extract(doc)


def test_wide_heading_lines_join_the_header(tmp_path):
    p = tmp_path / "wide.pdf"
    truth = tablegen.style_wide_heading_lines(p)
    doc, out = _read(p)
    c = document_counts(tables_of_cells(out["table_cells"]), truth)
    assert (c.correct, c.detected) == (c.truth, c.truth)
    head = [x.text for x in out["table_cells"] if x.row == 0]
    assert head[3:] == ["American Indian/ Alaskan Native", "Asian Pacific Islander"]
    texts = [b.text for pg in doc.pages for b in pg.blocks if b.kind != "table"]
    assert not any("Alaskan" in (t or "") for t in texts)


def test_caption_over_one_column_and_note_stay_text(tmp_path):
    p = tmp_path / "caption.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    h = A4[1]
    c.setFont("Helvetica", 8)
    c.drawString(50, h - 80, "Figures for the year to March, all forces in the region.")
    c.drawRightString(370, h - 90, "All figures in £m")
    for q, t in enumerate(["Area", "Budget", "Forecast", "Variance"]):
        (c.drawString if q == 0 else c.drawRightString)(50 if q == 0 else 190 + 60 * q, h - 100, t)
    for k in range(6):
        row = [f"Service {k}", f"{k * 3 + 10}.4", f"{k * 2 + 11}.1", f"+{k}.7"]
        for q, t in enumerate(row):
            (c.drawString if q == 0 else c.drawRightString)(50 if q == 0 else 190 + 60 * q, h - (111 + 11 * k), t)
    c.save()
    doc, out = _read(p)
    head = [x.text for x in out["table_cells"] if x.row == 0]
    assert head == ["Area", "Budget", "Forecast", "Variance"]
    texts = " ".join(b.text or "" for pg in doc.pages for b in pg.blocks if b.kind != "table")
    assert "All figures in £m" in texts and "all forces in the region" in texts


def _two_row_header(path, centred_over_two: bool):
    """An unruled table with a heading over its second column: centred over the second and
    third columns, or set over the second alone (a taller heading than its neighbours')."""
    c = canvas.Canvas(str(path), pagesize=A4)
    h = A4[1]
    c.setFont("Helvetica", 8)
    rights = [None, 250, 330, 410]
    top = ["", "Forecast", "", ""]
    sub = ["Area", "against plan", "Total", "Variance"]
    x_top = (rights[1] - 60 + rights[2]) / 2 if centred_over_two else rights[1] - 25
    c.drawCentredString(x_top, h - 100, top[1])
    for q, t in enumerate(sub):
        (c.drawString(50, h - 110, t) if q == 0 else c.drawRightString(rights[q], h - 110, t))
    for k in range(6):
        c.drawString(50, h - (122 + 11 * k), f"Service {k}")
        for q in (1, 2, 3):
            c.drawRightString(rights[q], h - (122 + 11 * k), f"{k * 7 + q * 3}.{k}")
    c.save()


def test_heading_centred_over_two_columns_spans_them(tmp_path):
    for centred, span in ((True, 2), (False, 1)):
        p = tmp_path / f"span{centred}.pdf"
        _two_row_header(p, centred)
        _, out = _read(p)
        cell = [x for x in out["table_cells"] if x.text == "Forecast"]
        assert len(cell) == 1 and (cell[0].row, cell[0].col, cell[0].col_span) == (0, 1, span)
