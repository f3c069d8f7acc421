"""Headings set bottom-aligned over several lines in an unruled header, and the commentary
under a savings table's last row (Kent County Council finance monitoring, pages 31-32; cells
written down by reading the PDF in tests/fixtures/tables/kent_finance_savings_headings.json);
rows of a ruled group with no rules between them, a label wrapped (Kent treasury management
mid-year report, page 4: tests/fixtures/tables/kent_treasury_grouped_rows.json)."""
from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from extract.extractors import tables as tables_ext
from extract.loaders.pdf import load_pdf
from extract.loaders.pdf.commentary import _last_note
from extract.loaders.pdf.stacked import _stacked_lines
from extract.loaders.pdf.text import Word
from extract.loaders.table_cells import merge_header_lines
from extract.model import Cell
from extract.table_eval import document_counts, grid_cells

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "real"
SPEC = json.loads((ROOT / "tests" / "fixtures" / "tables" / "kent_finance_savings_headings.json").read_text())


@pytest.fixture(scope="module")
def savings():
    path = REAL / SPEC["file"]
    doc = load_pdf(path, path.read_bytes(), max_pages=32)
    out = tables_ext.extract(doc)
    (t,) = [t for t in out["tables"] if t.page_start == 31]
    cells = [c for c in out["table_cells"] if c.table_id == t.table_id]
    return t, cells


def test_headings_over_two_to_five_lines_are_one_header_row(savings):
    _, cells = savings
    head = [c.text for c in sorted(cells, key=lambda c: c.col) if c.row == 0]
    assert head == SPEC["tables"][0]["rows"][0]  # "Un-" / "deliverable" is "Un-deliverable"
    assert not any(c.text in ("Forecast", "against", "Savings", "Target") for c in cells)


def test_last_rows_commentary_is_in_the_table_and_it_goes_on_over_page_32(savings):
    t, cells = savings
    assert (t.page_start, t.page_end) == (31, 32)
    texts = [c.text for c in cells]
    assert any(x.startswith("Latest tracking and modelling no longer indicates") for x in texts)
    assert texts.count("2024-25 Savings Target") == 1  # page 32's repeated header is left out
    det = [dict(row=c.row, col=c.col, row_span=c.row_span, col_span=c.col_span, text=c.text) for c in cells]
    truth = SPEC["tables"][0]
    counts = document_counts([det], [grid_cells(truth["rows"], truth["spans"])])
    assert counts.precision == 1.0 and counts.recall == 1.0


def _row(*cells):
    return [Cell(text, bbox) for text, bbox in cells]


_E = ("", None)


def test_bottom_aligned_heading_lines_merge_by_column():
    # "Forecast" / "against" over "Total" / "Forecast": the upper row leaves "Total" empty
    rows = [_row(_E, ("Forecast", (100, 0, 140, 9)), ("Forecast", (160, 0, 200, 9)), _E),
            _row(_E, ("against", (104, 10, 140, 19)), ("against", (164, 10, 200, 19)), ("Total", (230, 10, 260, 19))),
            _row(_E, ("original", (102, 20, 140, 29)), ("alternative", (155, 20, 200, 29)), ("Forecast", (222, 20, 260, 29))),
            _row(("Efficiencies", (0, 32, 60, 41)), ("-2,644.5", (100, 32, 140, 41)), ("-", (195, 32, 200, 41)),
                 ("-2,644.5", (220, 32, 260, 41)))]
    out = merge_header_lines(rows)
    assert [c.text for c in out[0]] == ["", "Forecast against original", "Forecast against alternative", "Total Forecast"]
    assert len(out) == 2


def test_headings_centred_over_two_columns_stay_a_row_of_their_own():
    rows = [_row(_E, ("Year to date", (120, 0, 180, 9)), _E, ("Full year", (250, 0, 290, 9)), _E),
            _row(_E, ("2022/23", (100, 10, 140, 19)), ("2023/24", (160, 10, 200, 19)),
                 ("2022/23", (230, 10, 270, 19)), ("2023/24", (290, 10, 330, 19))),
            _row(("Burglary", (0, 22, 60, 31)), ("1,234", (100, 22, 140, 31)), ("1,100", (160, 22, 200, 31)),
                 ("2,234", (230, 22, 270, 31)), ("2,100", (290, 22, 330, 31))),
            _row(("Robbery", (0, 33, 60, 42)), ("321", (100, 33, 140, 42)), ("300", (160, 33, 200, 42)),
                 ("421", (230, 33, 270, 42)), ("400", (290, 33, 330, 42)))]
    out = merge_header_lines(rows)
    assert [c.text for c in out[0]] == ["", "Year to date", "", "Full year", ""] and len(out) == 4


def _lines(x0):
    return [SimpleNamespace(x0=x0)]


def test_a_note_after_the_last_row_is_kept_only_when_every_row_has_one():
    every = [("note", _lines(228)), ("row", _lines(42)), ("note", _lines(228)), ("row", _lines(42)),
             ("note", _lines(228)), ("row", _lines(42)), ("note", _lines(228))]
    assert _last_note(every) == every[-1:]
    assert _last_note(every[4:]) == []  # one note before it: text under the table
    assert _last_note(every[:-1] + [("note", _lines(72))]) == []  # starts elsewhere: a paragraph


def _w(text, x0, top):
    return Word(text, x0, x0 + 6 * len(text), top, top + 10, 10.0, False)


def test_grouped_rows_with_a_wrapped_label_are_split_by_the_figure_lines():
    label = [_w("Long-term", 0, 0), _w("Short-term", 0, 12), _w("Cash and cash", 0, 24), _w("equivalents", 0, 36)]
    a = [_w("280.1", 200, 0), _w("44.4", 200, 12), _w("128.9", 200, 30)]
    b = [_w("32.9", 260, 0), _w("12.4", 260, 12), _w("4.1", 260, 30)]
    got = _stacked_lines([(0, label), (1, a), (2, b)])
    assert [[" ".join(w.text for w in ln) for ln in lines] for _, lines in got] == [
        ["Long-term", "Short-term", "Cash and cash equivalents"], ["280.1", "44.4", "128.9"], ["32.9", "12.4", "4.1"]]
    # one column of figures beside a wrapped label: not enough to split the row
    assert _stacked_lines([(0, label), (1, a)]) is None


@pytest.fixture(scope="module")
def treasury():
    spec = json.loads((ROOT / "tests" / "fixtures" / "tables" / "kent_treasury_grouped_rows.json").read_text())
    path = REAL / spec["file"]
    doc = load_pdf(path, path.read_bytes(), max_pages=5)
    out = tables_ext.extract(doc)
    (t,) = [t for t in out["tables"] if t.page_start == 4]
    return spec, [c for c in out["table_cells"] if c.table_id == t.table_id]


def test_treasury_table_rows_as_written_down(treasury):
    spec, cells = treasury
    grid: dict[int, dict[int, str]] = {}
    for c in cells:
        grid.setdefault(c.row, {})[c.col] = c.text
    got = [[r.get(k, "") for k in range(5)] for _, r in sorted(grid.items())]
    assert got[2:] == spec["tables"][0]["rows"][2:]


def _raw(text, x0, x1, top, chars):
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + 11, "chars": chars}


def _ch(text, x0, x1, top):
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + 11}


def test_a_tex_hat_drawn_over_its_letter_is_that_letters_accent():
    # pscl's countreg vignette (JSS), Table 2: "f̂i(0)" set as "ˆ" (CMR10) over "f" (CMMI10)
    from extract.loaders.pdf.text import _place_accents
    def f():
        return _raw("fi(0)", 103.1, 125.8, 622.5, [_ch("f", 103.1, 108.5, 622.5), _ch("i", 108.4, 111.3, 626.5),
                                                    _ch("(", 111.8, 116.1, 622.5), _ch("0", 116.1, 121.5, 622.5),
                                                    _ch(")", 121.5, 125.8, 622.5)])
    hat = _raw("ˆ", 105.5, 110.9, 619.6, [_ch("ˆ", 105.5, 110.9, 619.6)])
    assert [w["text"] for w in _place_accents([hat, f()])] == ["f\u0302i(0)"]
    # a circumflex beside the text, over no letter ("x ˆ 2" in code), stays a word
    lone = _raw("ˆ", 140.0, 145.0, 622.5, [_ch("ˆ", 140.0, 145.0, 622.5)])
    assert [w["text"] for w in _place_accents([lone, f()])] == ["ˆ", "fi(0)"]
