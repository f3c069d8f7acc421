"""Columns of figures set closer than a gutter (a LaTeX table whose columns are 3 pt apart):
a cell read as two figures ("0.54 0.67") is split into its two columns on the evidence of
many rows sharing the second figure's left edge (or the first's right edge); a number
printed with a space between its digit groups ("12 345"), or a pair in a few rows only, is
left whole."""
from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extract.loaders.pdf import load_pdf


def _page(path, cells, xs: list[float], right: bool = False):
    """Rows of a label (at 50 pt) and figures set at ``xs`` (left edges, or right edges when
    ``right``), 9 pt Helvetica, 11 pt apart."""
    c = canvas.Canvas(str(path), pagesize=A4)
    h = A4[1]
    c.setFont("Helvetica", 9)
    for k, row in enumerate(cells):
        y = h - (100 + 11 * k)
        c.drawString(50, y, row[0])
        for x, t in zip(xs, row[1:]):
            (c.drawRightString if right else c.drawString)(x, y, t)
    c.save()


def _rows(p):
    doc = load_pdf(p, p.read_bytes())
    tables = [b for pg in doc.pages for b in pg.blocks if b.kind == "table"]
    return [[c.text for c in r] for t in tables for r in t.rows]


_TEAMS = ["North", "South", "East", "West", "Central", "Coast", "Hills", "Valley"]


def test_left_aligned_figures_three_points_apart_are_split(tmp_path):
    p = tmp_path / "close.pdf"
    cells = [[t, f"0.{60 - k}", f"0.{50 + k}", f"0.{70 - k}", f"0.{40 + k}", str(k + 1)]
             for k, t in enumerate(_TEAMS)]
    # "0.60" is 17.5 pt wide: columns 20.5 pt apart leave 3 pt between the figures
    _page(p, cells, [150, 190, 210.5, 250, 300])
    rows = _rows(p)
    assert rows == [[str(c) for c in r] for r in cells]


def test_right_aligned_pairs_are_split(tmp_path):
    p = tmp_path / "close_right.pdf"
    cells = [[t, f"{k + 3}.5", f"{k + 1}.25", f"{20 + k}.0"] for k, t in enumerate(_TEAMS)]
    _page(p, cells, [170, 190.5, 260], right=True)  # "1.25" is 17.5 pt wide: 3 pt apart
    assert _rows(p) == cells


def test_thousands_groups_and_few_pairs_stay_whole(tmp_path):
    p = tmp_path / "thousands.pdf"
    cells = [[t, f"{12 + k} {345 + k}", f"{k + 1}.5"] for k, t in enumerate(_TEAMS)]
    _page(p, cells, [180, 260], right=True)
    rows = _rows(p)
    assert [r[1] for r in rows] == [f"{12 + k} {345 + k}" for k in range(8)]
    p2 = tmp_path / "few.pdf"
    # two figures in one cell in three rows only: no column is split
    cells = [[t, f"{k}.5" + (f" {k}.2" if k < 3 else ""), f"{k + 1}.5"] for k, t in enumerate(_TEAMS)]
    _page(p2, cells, [150, 260])
    rows = _rows(p2)
    assert [r[1] for r in rows[:3]] == ["0.5 0.2", "1.5 1.2", "2.5 2.2"] and len(rows[0]) == 3
