"""Table structure on tables drawn with reportlab (tests/tablegen.py), scored with the ICDAR
2013 adjacency relations against the cells that were drawn."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import tablegen  # noqa: E402

from extract.extractors import tables as tables_ext  # noqa: E402
from extract.loaders.pdf import load_pdf  # noqa: E402
from extract.table_eval import document_counts, tables_of_cells  # noqa: E402


def _score(tmp_path, style):
    p = tmp_path / f"{style}.pdf"
    truth = tablegen.STYLES[style](p)
    out = tables_ext.extract(load_pdf(p, p.read_bytes()))
    return document_counts(tables_of_cells(out["table_cells"]), truth), out


@pytest.mark.parametrize("style", ["ruled", "unruled", "zebra", "spans_ruled", "wrapped", "wrapped_ruled",
                                   "landscape", "prose_beside", "dashboard", "notes"])
def test_drawn_table_exact(tmp_path, style):
    c, _ = _score(tmp_path, style)
    assert (c.correct, c.detected) == (c.truth, c.truth)


def test_unruled_dashboard_two_tables_with_sparklines(tmp_path):
    c, out = _score(tmp_path, "dashboard")
    assert len(out["tables"]) == 2
    assert c.recall >= 0.97 and c.precision >= 0.99
    for t in out["tables"]:
        head = [x.text for x in out["table_cells"] if x.table_id == t.table_id and x.row == 0]
        assert head == ["Measure", "Latest month", "12 months to date", "Change on last year", "Trend",
                        "Position against peers"]
        trend = [x.text for x in out["table_cells"] if x.table_id == t.table_id and x.col == 4 and x.row > 0]
        assert trend and set(trend) == {""}  # a sparkline is not content


def test_header_band_with_spanning_year_headings(tmp_path):
    c, out = _score(tmp_path, "header_band")
    # the "Year to date" / "Full year" headings centred over two columns each span them
    assert (c.correct, c.detected) == (c.truth, c.truth)
    head = [(x.col, x.col_span, x.text) for x in out["table_cells"] if x.row == 0]
    assert head == [(0, 1, "Measure"), (1, 2, "Year to date"), (3, 2, "Full year")]


def test_rotated_page(tmp_path):
    c, _ = _score(tmp_path, "rotated")
    assert c.f1 >= 0.9


def test_table_printed_sideways_without_rotate(tmp_path):
    """A landscape table printed sideways on a portrait page with no /Rotate: its text is
    read in the frame that makes it upright (it was dropped as rotated text), every cell;
    the cells' boxes are on the page as displayed (portrait)."""
    c, out = _score(tmp_path, "sideways")
    assert (c.correct, c.detected) == (c.truth, c.truth)
    boxes = [x for x in out["table_cells"] if x.text == "Road Network"]
    assert boxes and boxes[0].x1 - boxes[0].x0 < boxes[0].bottom - boxes[0].top  # runs up the page


def test_two_tables_side_by_side(tmp_path):
    c, out = _score(tmp_path, "two_tables")
    assert len(out["tables"]) == 3
    assert (c.correct, c.detected) == (c.truth, c.truth)


def test_unruled_dashboard_measure_rows_are_right(tmp_path):
    """Issue 12 item 4: the measure rows of the drawn unruled dashboard (wrapped labels, three-line
    headers, a sparkline column, two tables) are all written right: every drawn value under its
    own row label and column header, no value taken as a label, no shifted column."""
    from extract.extractors import measures

    p = tmp_path / "dashboard.pdf"
    truth = tablegen.STYLES["dashboard"](p)
    want = set()
    for table in truth:
        cells = {(c["row"], c["col"]): c["text"] for c in table}
        n_rows = max(r for r, _ in cells) + 1
        for r in range(1, n_rows):
            for col in (1, 2, 3):          # the value columns; trend is drawn, position is words
                want.add((cells[(r, 0)], cells[(0, col)], cells[(r, col)]))
    out = measures.extract(load_pdf(p, p.read_bytes()))
    recs = out["measures"] if isinstance(out, dict) else out
    got = {(m.row_label, m.column_label, m.value_raw) for m in recs}
    assert len(recs) == len(want) == 27
    assert got == want


def test_table_printed_sideways_running_down(tmp_path):
    """The same sideways table turned the other way (its lines run down the page): read."""
    from reportlab.lib.pagesizes import A4

    p = tmp_path / "down.pdf"
    c, _ = tablegen._page(p)
    w, h = A4
    rows = tablegen._simple_rows(5, 4, 2)
    c.translate(0, h)
    c.rotate(-90)  # x runs down the page
    tablegen.draw_table(c, w, 60, 70, [150, 90, 90, 90], rows)
    c.save()
    out = tables_ext.extract(load_pdf(p, p.read_bytes()))
    got = document_counts(tables_of_cells(out["table_cells"]), [tablegen._truth(rows)])
    assert (got.correct, got.detected) == (got.truth, got.truth)
