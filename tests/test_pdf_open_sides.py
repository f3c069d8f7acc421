"""Grids drawn without their outer side rules (inside borders only): the first and last
columns are read with the rest (tests/tablegen.py ``inside_rules``)."""
from __future__ import annotations

import sys
from pathlib import Path

import pdfplumber
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parent))
import tablegen  # noqa: E402

from extract.extractors import tables as tables_ext  # noqa: E402
from extract.loaders.pdf import load_pdf  # noqa: E402
from extract.loaders.pdf.page import _open_side_rules  # noqa: E402
from extract.table_eval import document_counts, tables_of_cells  # noqa: E402


def test_inside_rules_keep_first_and_last_columns(tmp_path):
    p = tmp_path / "inside.pdf"
    truth = tablegen.style_inside_rules(p)
    out = tables_ext.extract(load_pdf(p, p.read_bytes()))
    assert len(out["tables"]) == 2
    c = document_counts(tables_of_cells(out["table_cells"]), truth)
    assert (c.correct, c.detected) == (c.truth, c.truth)
    first = [x for x in out["table_cells"] if x.table_id == out["tables"][0].table_id]
    assert {x.text for x in first if x.col == 0} >= {"County", "Town Centre"}
    assert [x.text for x in first if x.row == 0][-1] == "Measure 4"


def _rows_with_bar(path, bar_text: bool):
    """Rules over and under five rows; column rules with values between them, or a filled bar
    (two vertical edges, nothing inside) broken by a caption row whose text crosses it."""
    c = canvas.Canvas(str(path), pagesize=A4)
    h = A4[1]
    for k in range(6):
        c.line(60, h - (100 + 20 * k), 400, h - (100 + 20 * k))
    if bar_text:  # two column rules with values between them
        for x in (200, 300):
            c.line(x, h - 100, x, h - 200)
    else:  # a filled bar down the table, nothing inside it, broken by a caption row
        c.rect(200, h - 140, 12, 40, stroke=0, fill=1)
        c.rect(200, h - 200, 12, 40, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica", 9)
    for k in range(5):
        y = h - (100 + 20 * k + 13)
        if k == 2 and not bar_text:
            c.drawString(70, y, "Previously reported")
            c.drawCentredString(206, y, "variances")  # a caption word over the bar's column
            continue
        c.drawString(70, y, f"Service area {k}")
        if bar_text:
            c.drawString(240, y, f"{k * 7 + 1}.5")
        c.drawString(340, y, f"{k * 11 + 3}.0")
    c.save()


def test_side_rules_added_only_when_the_inner_rules_part_columns(tmp_path):
    for bar_text, expect in ((True, 2), (False, 0)):
        p = tmp_path / f"bar{bar_text}.pdf"
        _rows_with_bar(p, bar_text)
        with pdfplumber.open(p) as pdf:
            pg = pdf.pages[0]
            centres = [((w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2) for w in pg.extract_words()]
            sides = _open_side_rules(pg, centres, 9.0)
        assert len(sides) == expect
        if expect:
            assert sorted(round(x) for x, _, _ in sides) == [60, 400]


def test_rules_overshooting_the_side_rules_add_none(tmp_path):
    """A full grid whose row rules run 6 pt past its side rules: nothing lies between a rule's
    end and the side rule, so no column is added there."""
    p = tmp_path / "overshoot.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    h = A4[1]
    for k in range(6):
        c.line(54, h - (100 + 20 * k), 406, h - (100 + 20 * k))
    for x in (60, 200, 300, 400):
        c.line(x, h - 100, x, h - 200)
    c.setFont("Helvetica", 9)
    for k in range(5):
        y = h - (100 + 20 * k + 13)
        c.drawString(70, y, f"Service area {k}")
        c.drawString(240, y, f"{k * 7 + 1}.5")
        c.drawString(340, y, f"{k * 11 + 3}.0")
    c.save()
    with pdfplumber.open(p) as pdf:
        pg = pdf.pages[0]
        centres = [((w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2) for w in pg.extract_words()]
        assert _open_side_rules(pg, centres, 9.0) == []
    out = tables_ext.extract(load_pdf(p, p.read_bytes()))
    assert len(out["tables"]) == 1 and out["tables"][0].n_cols == 3
