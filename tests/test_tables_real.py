"""Tables of real published documents (read from ../shared/real), checked against cells
written down by hand from reading the PDF (tests/fixtures/tables/*.json)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.extractors import tables as tables_ext
from extract.loaders.pdf import load_pdf
from extract.loaders.table_cells import drop_slivers, merge_split_header_rows
from extract.model import Cell
from extract.table_eval import document_counts, grid_cells

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT.parent / "shared" / "real"
FIX = ROOT / "tests" / "fixtures" / "tables"


@pytest.fixture(scope="module")
def cumbria():
    spec = json.loads((FIX / "cumbria_foi_offences.json").read_text())
    path = REAL / spec["file"]
    doc = load_pdf(path, path.read_bytes(), max_pages=3)
    return spec, doc, tables_ext.extract(doc)


def _grid(out, table_id):
    rows: dict[int, dict[int, str]] = {}
    for c in out["table_cells"]:
        if c.table_id == table_id:
            rows.setdefault(c.row, {})[c.col] = c.text
    return [[r[k] for k in sorted(r)] for _, r in sorted(rows.items())]


def test_first_rows_of_a_table_at_the_top_of_a_page_are_not_page_numbers(cumbria):
    _, doc, _ = cumbria
    text = "\n".join(b.text for b in doc.pages[1].blocks)
    for year, n in (("2019/2020", "635"), ("2020/2021", "505")):
        assert f"{year}\t{n}" in text


def test_offence_table_over_two_pages_as_written_down(cumbria):
    spec, _, out = cumbria
    truth = spec["tables"][1]["rows"]
    (t,) = [t for t in out["tables"] if t.n_rows > 20 and t.page_start == 2]
    assert (t.page_start, t.page_end, t.n_cols, t.method) == (2, 3, 7, "ruled")
    grid = _grid(out, t.table_id)
    assert grid[0] == truth[0]  # "Grand" / "Total" is one header cell
    assert grid[1:] == truth[1:]


def test_relations_on_the_hand_written_tables(cumbria):
    spec, _, out = cumbria
    det: dict[str, list] = {}
    for c in out["table_cells"]:
        if any(t.table_id == c.table_id and t.page_start == 2 for t in out["tables"]):
            det.setdefault(c.table_id, []).append(dict(row=c.row, col=c.col, row_span=c.row_span,
                                                       col_span=c.col_span, text=c.text))
    counts = document_counts(list(det.values()), [grid_cells(t["rows"]) for t in spec["tables"]])
    assert counts.recall >= 0.99 and counts.precision >= 0.99


def _c(text, bbox, **kw):
    return Cell(text, bbox, **kw)


def test_empty_sliver_columns_and_rows_are_dropped():
    rows = [[_c("A", (0, 0, 50, 10)), _c("", (50, 0, 54, 10)), _c("B", (54, 0, 100, 10))],
            [_c("", (0, 10, 50, 12)), _c("", (50, 10, 54, 12)), _c("", (54, 10, 100, 12))],
            [_c("1", (0, 12, 50, 22)), _c("", (50, 12, 54, 22)), _c("2", (54, 12, 100, 22))]]
    out = drop_slivers(rows)
    assert [[c.text for c in r] for r in out] == [["A", "B"], ["1", "2"]]


def test_header_cell_cut_by_its_background_is_one_cell():
    rows = [[_c("Area", (0, 0, 50, 20), row_span=2), _c("2023", (50, 0, 90, 20), row_span=2),
             _c("Grand", (90, 0, 130, 10))],
            [_c("", None, covered=True), _c("", None, covered=True), _c("Total", (90, 10, 130, 20))],
            [_c("North", (0, 20, 50, 30)), _c("12", (50, 20, 90, 30)), _c("12", (90, 20, 130, 30))]]
    out = merge_split_header_rows(rows)
    assert [[c.text for c in r] for r in out] == [["Area", "2023", "Grand Total"], ["North", "12", "12"]]
    assert [c.row_span for c in out[0]] == [1, 1, 1]


def test_finance_table_header_over_two_lines_and_wrapped_labels():
    spec = json.loads((FIX / "kent_finance_directorate.json").read_text())
    path = REAL / spec["file"]
    out = tables_ext.extract(load_pdf(path, path.read_bytes(), max_pages=7))
    (t,) = [t for t in out["tables"] if t.page_start == 7]
    assert t.method == "unruled"
    assert _grid(out, t.table_id) == spec["tables"][0]["rows"]
    assert [c.is_header for c in out["table_cells"] if c.table_id == t.table_id and c.col == 1] == [1, 0, 0, 0, 0, 0]
