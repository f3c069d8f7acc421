"""Unit tests of the passes of the unruled-table finder (extract/loaders/pdf/unruled.py),
on hand-made words: column bounds, titles, table span, row grouping, cells, bullet column."""
from __future__ import annotations

from extract.loaders.pdf.text import Item, Line, Word
from extract.loaders.pdf.unruled import (_bullet_column_apart, _col_of, _column_bounds, _grid_rows,
                                         _pop_titles, _row_gap_threshold, _row_line_groups,
                                         _table_span, _too_loose, _unruled_table)


def seg(text, x0, top, size=10.0, bold=False, w=6.0):
    words, x = [], x0
    for t in text.split():
        words.append(Word(t, x, x + w * len(t), top, top + size, size, bold))
        x += w * len(t) + 3
    return Item(words)


def test_col_of_counts_bounds_left_of_the_centre():
    assert _col_of(seg("a", 10, 0), [100, 200]) == 0
    assert _col_of(seg("a", 150, 0), [100, 200]) == 1
    assert _col_of(seg("a", 250, 0), [100, 200]) == 2


def test_column_bounds_drop_a_column_of_bullet_glyphs_only():
    items = [seg("•", 10, 0), seg("Item", 60, 0), seg("12", 200, 0),
             seg("•", 10, 20), seg("Other", 60, 20), seg("7", 200, 20)]
    bounds = _column_bounds(items, 20)
    assert len(bounds) == 1 and 100 < bounds[0] < 200
    assert _column_bounds([seg("one line only", 10, 0)], 20) == []


def test_pop_titles_takes_a_bold_single_line_above_columns():
    lines = [Line([seg("Title", 10, 0, bold=True)]), Line([seg("A", 10, 20), seg("1", 200, 20)]),
             Line([seg("B", 10, 40), seg("2", 200, 40)])]
    titles = _pop_titles(lines, [150], 10.0)
    assert [t.text for t in titles] == ["Title"] and len(lines) == 2
    plain = [Line([seg("Not a title", 10, 0)])] + lines
    assert _pop_titles(plain, [150], 10.0) == [] and len(plain) == 3


def test_table_span_takes_a_hugging_wrapped_line_not_a_distant_one():
    lines = [Line([seg("Text far above", 10, 0)]),
             Line([seg("A", 10, 40), seg("1", 200, 40)]), Line([seg("B", 10, 52), seg("2", 200, 52)]),
             Line([seg("wrapped", 10, 64)]), Line([seg("Text far below", 10, 100)])]
    assert _table_span(lines, [1, 2], [150], 6.0) == (1, 3)


def test_too_loose_needs_two_multi_column_lines_and_short_cells():
    two = [Line([seg("A", 10, 0), seg("1", 200, 0)]), Line([seg("B", 10, 20), seg("2", 200, 20)]),
           Line([seg("C", 10, 40), seg("3", 200, 40)])]
    filled = [{0, 1}] * 3
    assert not _too_loose(two, filled, 2)
    assert _too_loose(two[:2], filled[:2], 2)  # two rows of two columns: not sure enough
    prose = [Line([seg(" ".join(["word"] * 26), 10, 0), seg("1", 400, 0)])] + two[1:]
    assert _too_loose(prose, filled, 2)


def test_row_gap_threshold_needs_two_large_gaps():
    assert _row_gap_threshold([], 10) is None
    assert _row_gap_threshold([2, 2, 10, 10], 10) == 6
    assert _row_gap_threshold([2, 2, 2, 10], 10) is None  # one tall gap is no row spacing
    assert _row_gap_threshold([2, 3, 2], 10) is None


def test_row_line_groups_join_a_lower_case_wrapped_label():
    lines = [Line([seg("Work", 10, 0), seg("Done", 200, 0)]),
             Line([seg("commenced", 10, 12)]),
             Line([seg("Next", 10, 24), seg("Open", 200, 24)]),
             Line([seg("more", 200, 36)])]
    filled = [{0, 1}, {0}, {0, 1}, {1}]
    assert _row_line_groups(lines, filled, [150], 10.0) == [[0, 1], [2, 3]]


def test_grid_rows_fill_empty_cells_with_the_column_box():
    items = [seg("A", 10, 0), seg("1", 200, 0), seg("B", 10, 20)]
    lines = [Line(items[:2]), Line(items[2:])]
    rows = _grid_rows(lines, [[0], [1]], [150], items)
    assert [[c.text for c in r] for r in rows] == [["A", "1"], ["B", ""]]
    assert rows[1][1].bbox[0] == 150


def test_bullet_column_in_another_size_is_apart():
    lines = [Line([seg("A", 10, 0), seg("• narrative", 200, 0, size=14)]),
             Line([seg("B", 10, 20), seg("• more", 200, 20, size=14)])]
    assert _bullet_column_apart(lines, [150])
    same = [Line([seg("A", 10, 0), seg("• item", 200, 0)]), Line([seg("B", 10, 20), seg("• more", 200, 20)])]
    assert not _bullet_column_apart(same, [150])


def test_unruled_table_whole():
    items = [seg(t, x, 20 * r) for r, row in enumerate([("Measure", "Q1", "Q2"), ("Crimes", "10", "12"),
                                                          ("Arrests", "4", "5")])
             for t, x in zip(row, (10, 200, 300))]
    before, table, after = _unruled_table(items, 20)
    assert before == [] and after == []
    assert [[c.text for c in r] for r in table.rows] == [["Measure", "Q1", "Q2"], ["Crimes", "10", "12"],
                                                         ["Arrests", "4", "5"]]
    assert table.table_method == "unruled"
