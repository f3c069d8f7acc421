"""The ``tables`` and ``table_cells`` outputs: every table, cell by cell, with its spans,
header rows, position and how it was found; expected values are what the test drew."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pdfgen  # noqa: E402

from extract.extractors import tables as tables_ext  # noqa: E402
from extract.loaders import load, load_text  # noqa: E402
from extract.loaders.table_cells import grid_spans, header_rows  # noqa: E402
from extract.model import Cell  # noqa: E402


def _cells(*rows):
    return [[Cell(t) for t in r] for r in rows]


def test_header_band_of_two_rows_above_values():
    rows = _cells(["", "2022/23", "2023/24"], ["Measure", "Q1", "Q1"], ["Calls", "1,234", "45%"],
                  ["Crimes", "(300)", "12"])
    assert header_rows(rows) == 2


def test_lone_label_under_header_is_body():
    rows = _cells(["Measure", "Value"], ["Crime", ""], ["Burglary", "12"])
    assert header_rows(rows) == 1


def test_label_value_list_has_no_header():
    assert header_rows(_cells(["Date:", "6 February 2024"], ["Venue:", "Council Chamber"])) == 0
    assert header_rows(_cells(["Calls", "1,234"], ["Crimes", "12"])) == 0


def test_grid_spans_from_merged_positions():
    # row 0: one cell over columns 0-1, then column 2; row 1: three cells;
    # column 2 of rows 2-3 is one cell over two rows
    boxes = [[(0, 0, 200, 10), None, (200, 0, 300, 10)],
             [(0, 10, 100, 20), (100, 10, 200, 20), (200, 10, 300, 20)],
             [(0, 20, 100, 30), (100, 20, 200, 30), (200, 20, 300, 40)],
             [(0, 30, 100, 40), (100, 30, 200, 40), None]]
    assert grid_spans(boxes) == {(0, 0): (1, 2), (2, 2): (2, 1)}


@pytest.fixture(scope="module")
def spanned_pdf(tmp_path_factory):
    p = tmp_path_factory.mktemp("tables") / "spans.pdf"
    data = [["Area", "Year to date", ""], ["", "2022/23", "2023/24"],
            ["County", "1,204", "1,311"], ["North", "402", "388"], ["South", "802", "923"]]
    t = Table(data, colWidths=[120, 90, 90])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("SPAN", (1, 0), (2, 0)),
                           ("SPAN", (0, 0), (0, 1))]))
    SimpleDocTemplate(str(p), pagesize=A4).build([t])
    return tables_ext.extract(load(p))


def test_ruled_table_spans_and_header(spanned_pdf):
    (t,) = spanned_pdf["tables"]
    assert (t.method, t.n_rows, t.n_cols, t.page_start, t.page_end) == ("ruled", 5, 3, 1, 1)
    assert t.x1 - t.x0 == pytest.approx(300, abs=1)
    cells = {(c.row, c.col): c for c in spanned_pdf["table_cells"]}
    # covered positions are not written; spanning cells carry their spans
    assert (1, 0) not in cells and (0, 2) not in cells
    assert (cells[(0, 0)].text, cells[(0, 0)].row_span, cells[(0, 0)].col_span) == ("Area", 2, 1)
    assert (cells[(0, 1)].text, cells[(0, 1)].row_span, cells[(0, 1)].col_span) == ("Year to date", 1, 2)
    assert [cells[(1, j)].text for j in (1, 2)] == ["2022/23", "2023/24"]
    assert [cells[(r, 0)].is_header for r in range(5) if (r, 0) in cells] == [1, 0, 0, 0]
    assert cells[(1, 1)].is_header == 1 and cells[(2, 1)].is_header == 0
    assert cells[(4, 2)].text == "923"
    assert cells[(4, 2)].top > cells[(2, 2)].bottom - 0.5  # top from the top of the page


def test_table_over_two_pages_is_one_table(tmp_path):
    p = tmp_path / "long.pdf"
    drawn = pdfgen.multipage_table(p)
    out = tables_ext.extract(load(p))
    (t,) = out["tables"]
    assert (t.page_start, t.page_end, t.n_rows, t.n_cols) == (1, 2, 1 + len(drawn["rows"]), 4)
    last = [c for c in out["table_cells"] if c.row == t.n_rows - 1]
    assert [c.text for c in last] == drawn["rows"][-1]
    assert {c.page for c in last} == {2}
    assert [c.text for c in out["table_cells"] if c.is_header] == drawn["header"]


def test_unruled_table_method(tmp_path):
    p = tmp_path / "dash.pdf"
    pdfgen.multipage_table(p, ruled=False)
    out = tables_ext.extract(load(p))
    (t,) = out["tables"]
    assert (t.method, t.page_start, t.page_end, t.n_rows, t.n_cols) == ("unruled", 1, 2, 45, 4)


def test_markdown_table_has_no_position(tmp_path):
    text = "# Crime\n\n| Area | Crimes |\n|---|---|\n| North | 12 |\n| South | 30 |\n"
    doc = load_text(tmp_path / "t.md", text)
    out = tables_ext.extract(doc)
    (t,) = out["tables"]
    assert (t.method, t.n_rows, t.n_cols, t.title, t.x0) == ("markdown", 3, 2, "Crime", None)
    assert [(c.text, c.is_header) for c in out["table_cells"]] == [
        ("Area", 1), ("Crimes", 1), ("North", 0), ("12", 0), ("South", 0), ("30", 0)]
    assert t.table_id == next(doc.tables()).table_id(doc.doc_id)
