"""Tables, round 7: the measures read a table's header as the loader marked it; the loader's
header band holds up to four lines (as the measures read one). Each rule tested both ways."""
from __future__ import annotations

from pathlib import Path

from extract.extractors.measures.matrix_grid import _header_rows, marked_header_rows
from extract.loaders.table_cells import header_rows
from extract.model import Cell
from extract.number_runs import steps_or_pages

REAL = Path(__file__).resolve().parent.parent.parent / "shared" / "real"


def test_steps_or_pages_has_one_home():
    from extract.loaders.text import inline_rows
    assert inline_rows.steps_or_pages is steps_or_pages
    assert steps_or_pages([3, 5, 9]) and steps_or_pages([5, 4, 3]) and steps_or_pages([999, 999])
    assert not steps_or_pages([74, 32, 5])


ROWS = [["Service", "Budget", "Outturn"],
        ["", "Revenue", "Revenue"],        # read alone: a second header line
        ["Policing", "120.5", "118.2"],
        ["Victims", "14.0", "15.1"]]


def test_header_ends_where_the_loader_marked_it():
    # the loader marked one header row: the valueless row under it is a body row
    g = _header_rows([list(r) for r in ROWS], [0, 1, 2, 3], marked=1)
    assert g.header == ["Service", "Budget", "Outturn"]
    assert [r[0] for r in g.body] == ["", "Policing", "Victims"]


def test_without_marks_the_leading_valueless_rows_are_the_header():
    g = _header_rows([list(r) for r in ROWS], [0, 1, 2, 3])
    assert g.header == ["", "Revenue", "Revenue"] and g.groups[1] == "Budget"
    assert [r[0] for r in g.body] == ["Policing", "Victims"]


def _cells(rows, n_marked):
    return [[Cell(t, is_header=i < n_marked) for t in r] for i, r in enumerate(rows)]


def test_marked_rows_counted_among_the_rows_read():
    rows = _cells([["A", "B"], ["", ""], ["C", "D"], ["x", "1"]], 3)
    # block rows 0-2 marked; row 1 (blank) is not read: two marked rows among those read
    assert marked_header_rows(rows, [0, 2, 3]) == 2
    assert marked_header_rows(_cells([["A", "B"], ["x", "1"]], 0), [0, 1]) is None


def test_header_band_of_four_lines_is_marked_whole():
    # Kent finance monitoring's savings tables: "2024-25 / Savings / Target" under "Forecast /
    # against / original / saving": four header lines, then the figures
    lines = [["", "Forecast", "Forecast against"], ["2024-25", "against", "alternative"],
             ["Savings", "original", "saving"], ["Target", "saving", "(ongoing)"],
             ["-621.0", "-", "-"]]
    assert header_rows(_cells(lines, 0)) == 4
    # five valueless lines: the fifth is no header line (four at most, as the measures read)
    assert header_rows(_cells(lines[:1] + lines, 0)) == 4


def test_units_line_of_the_treasury_table_is_a_header_row():
    from extract.loaders.pdf import load_pdf
    p = REAL / "kent_cc" / "kcc_council_2025-03-13_mid_year_report_24-25.pdf"
    doc = load_pdf(p, p.read_bytes(), max_pages=8)
    # page 8: "31-Mar-24 ..." / "Investment Fund | Book cost ..." / "Income | Total" / "£m £m £m £m % %"
    tb = next(b for b in doc.tables() if b.page == 8 and any("CCLA" in c.text for r in b.rows for c in r))
    units = next(i for i, r in enumerate(tb.rows) if [c.text for c in r].count("£m") == 4)
    assert units == 3 and all(c.is_header for r in tb.rows[:4] for c in r)
    assert not any(c.is_header for c in tb.rows[4])
