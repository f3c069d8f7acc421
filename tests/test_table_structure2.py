"""Table structure cases found on public government PDFs (``bench/table_eval.py --extra``),
reproduced with reportlab drawings (tests/tablegen.py) so no test downloads anything."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import tablegen  # noqa: E402

from extract.extractors import tables as tables_ext  # noqa: E402
from extract.loaders.pdf import load_pdf  # noqa: E402
from extract.table_eval import document_counts, tables_of_cells  # noqa: E402


def _run(tmp_path, style):
    p = tmp_path / f"{style}.pdf"
    truth = tablegen.STYLES[style](p)
    out = tables_ext.extract(load_pdf(p, p.read_bytes()))
    return document_counts(tables_of_cells(out["table_cells"]), truth), out, truth


def test_rules_between_column_groups_only_are_not_a_ruled_table(tmp_path):
    """A statistical-abstract table ruled only between its column groups (US Census style):
    the rules' grid is a slice of the table (its cells hold many lines that go on outside it
    on the same baselines); the whole table is read, every row label beside its nine values."""
    c, out, truth = _run(tmp_path, "group_rules")
    assert len(out["tables"]) == 1
    assert c.precision == 1.0 and c.recall >= 0.97
    cells = {(x.row, x.col): x.text for x in out["table_cells"]}
    n_rows = max(r for r, _ in cells) + 1
    rows = [[cells.get((r, q), "") for q in range(10)] for r in range(n_rows)]
    body = [r for r in rows if r[1] and r[1][0].isdigit()]
    want = [[t["text"] for t in sorted((t for t in truth[0] if t["row"] == r), key=lambda t: t["col"])]
            for r in range(2, 16)]
    assert [[r[0].rstrip(" .")] + r[1:] for r in body] == want


def _draw(path, tables):
    """Draw unruled ``tables`` [(x, widths, rows)] side by side from the same top."""
    c, h = tablegen._page(path)
    for x, widths, rows in tables:
        tablegen.draw_table(c, h, x, 70, widths, rows)
    c.save()
    return [tablegen._truth(rows) for _, _, rows in tables]


def _score_drawn(tmp_path, tables):
    p = tmp_path / "t.pdf"
    truth = _draw(p, tables)
    out = tables_ext.extract(load_pdf(p, p.read_bytes()))
    return document_counts(tables_of_cells(out["table_cells"]), truth), out


def test_two_number_tables_side_by_side_of_different_lengths(tmp_path):
    """Two tables of numbers only, side by side, the right one shorter (tabula-py's
    MultiColumn page): the wide empty corridor between them splits them."""
    a = [[str(k), str(99 + k), str(199 + k)] for k in range(1, 16)]
    b = [[str(k), str(99 + k), str(199 + k)] for k in range(16, 26)]
    c, out = _score_drawn(tmp_path, [(50, [40, 40, 40], a), (310, [40, 40, 40], b)])
    assert len(out["tables"]) == 2
    assert (c.correct, c.detected) == (c.truth, c.truth)


def test_single_table_with_word_columns_after_the_values_stays_whole(tmp_path):
    """A wide gap before a status and an owner column (words after the values) is no second
    table: the table is read whole."""
    rows = [["Measure", "Latest", "Target", "Status", "Lead officer"]] + \
        [[tablegen.MEASURES[k], f"{60 + k}%", f"{70 + k}%", ["Green", "Amber", "Red"][k % 3],
          ["Head of Crime", "Head of Response", "Head of Partnerships"][k % 3]] for k in range(6)]
    c, out = _score_drawn(tmp_path, [(40, [130, 50, 50, 150, 130], rows)])
    assert len(out["tables"]) == 1
    assert (c.correct, c.detected) == (c.truth, c.truth)


def test_single_numeric_table_with_a_wide_gap_between_year_groups_stays_whole(tmp_path):
    """Columns of numbers only with one wide gap between two groups, every row filled on
    both sides: one table."""
    rows = [[str(2019 + j) for j in range(6)]] + [[str((k * 37 + j * 11) % 500) for j in range(6)] for k in range(8)]
    c, out = _score_drawn(tmp_path, [(40, [45, 45, 45, 160, 45, 45], rows)])
    assert len(out["tables"]) == 1
    assert (c.correct, c.detected) == (c.truth, c.truth)


def test_words_broken_over_lines_in_a_narrow_header_cell_are_put_back(tmp_path):
    """A spreadsheet breaks a word too long for a narrow column mid-word ("Revenu" / "e",
    Kent's finance monitoring headers): the cell reads "Revenue Forecast"; a short word
    alone on a line ("of") and a wrapped word ("service") are not joined to the line above."""
    rows = [["Directorate", "Revenu\ne\nBudget", "Revenu\ne\nForecas\nt", "Cost\nof\nservice"],
            ["Adult Social Care", "612.4", "640.1", "27.7"], ["Children's Services", "398.0", "421.9", "23.9"]]
    p = tmp_path / "narrow.pdf"
    c, h = tablegen._page(p)
    tablegen.draw_table(c, h, 50, 70, [140, 38, 38, 38], rows, ruled=True, size=9)
    c.save()
    out = tables_ext.extract(load_pdf(p, p.read_bytes()))
    head = [x.text for x in out["table_cells"] if x.row == 0]
    assert head == ["Directorate", "Revenue Budget", "Revenue Forecast", "Cost of service"]


def test_lower_case_row_labels_with_their_own_figures_are_rows(tmp_path):
    """A row label starting lower-case ("under 16", "aged 16-24", "alexsue" in a results
    table) is taken as the wrapped tail of the label above only when its line has no
    figures of its own: a line with figures under the figures of the line above is a row."""
    rows = [["Age group", "2022", "2023", "Change"], ["All ages", "1,204", "1,311", "8.9%"],
            ["under 16", "96", "88", "-8.3%"], ["aged 16-24", "301", "342", "13.6%"],
            ["aged 25-64", "702", "774", "10.3%"], ["over 64", "105", "107", "1.9%"]]
    p = tmp_path / "t.pdf"
    cv, h = tablegen._page(p)
    tablegen.draw_table(cv, h, 60, 70, [150, 70, 70, 70], rows, pad=0.5)  # rows set close
    cv.save()
    out = tables_ext.extract(load_pdf(p, p.read_bytes()))
    c = document_counts(tables_of_cells(out["table_cells"]), [tablegen._truth(rows)])
    assert len(out["tables"]) == 1
    assert c.precision == 1.0 and c.recall == 1.0
