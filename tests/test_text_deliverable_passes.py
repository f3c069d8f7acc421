"""Unit tests of the passes that rebuild a deliverables table printed one cell per line
(extract/loaders/text/residue.py): header, bullets beside, action text, due date and percent,
rows, whole."""
from __future__ import annotations

from extract.loaders.text.lines import _Line
from extract.loaders.text.residue import (_action_frags, _bullets_beside, _deliv_header, _deliv_rows,
                                          _deliverable_tables, _due_and_pct, _line_at)


def lines(*spec):
    """(text, blank lines before) pairs -> numbered _Line items."""
    return [_Line(k + 1, t, t.strip(), bb) for k, (t, bb) in enumerate(spec)]


def one_page(_):
    return 1


HEAD = [("Action", 1), ("Date Due", 1), ("Progress", 1)]


def test_line_at_needs_a_close_line_on_the_page():
    ls = lines(("a", 0), ("b", 3))
    assert _line_at(ls, 0, 1, one_page) is ls[0]
    assert _line_at(ls, 1, 1, one_page) is None  # three blank lines above
    assert _line_at(ls, 2, 1, one_page) is None
    assert _line_at(ls, 0, 2, one_page) is None


def test_deliv_header_three_lines():
    ls = lines(*HEAD)
    assert _deliv_header(ls, 0, one_page) == (3, ["Action", "Date Due", "Progress"])
    assert _deliv_header(lines(("Action", 1), ("Some text", 1)), 0, one_page) is None


def test_bullets_beside_with_their_wrapped_lines():
    ls = lines(("• First point", 1), ("  goes on", 0), ("Action text", 1))
    bullets, b = _bullets_beside(ls, 0, 1, one_page)
    assert [x.text for x in bullets] == ["• First point", "goes on"] and b == 2


def test_action_frags_join_adjacent_lines_stop_at_a_date():
    ls = lines(("Review the", 1), ("custody policy", 0), ("March 2024", 1))
    assert _action_frags(ls, 0, 1, one_page) == (["Review the custody policy"], 2)


def test_due_and_pct_two_lines_or_one():
    assert _due_and_pct(lines(("March 2024", 1), ("50%", 1)), 0, 1, one_page) == ("March 2024", "50%", 2)
    assert _due_and_pct(lines(("March 2024 50%", 1)), 0, 1, one_page) == ("March 2024", "50%", 1)
    assert _due_and_pct(lines(("March 2024", 1), ("text", 1)), 0, 1, one_page) == ("March 2024", "", 0)


def test_deliv_rows_stop_at_a_row_without_date():
    ls = lines(("Review policy", 1), ("March 2024", 1), ("50%", 1), ("Closing words", 1))
    rows, moved, k = _deliv_rows(ls, 0, 1, one_page)
    assert rows == [["Review policy", "March 2024", "50%"]] and moved == [] and k == 3


def test_deliverable_tables_whole():
    ls = lines(("Intro", 1), *HEAD, ("Review policy", 1), ("March 2024", 1), ("50%", 1), ("After", 2))
    out = _deliverable_tables(ls, one_page)
    assert out[0] is ls[0] and out[-1] is ls[-1] and len(out) == 3
    assert out[1].kind == "table" and out[1].rows == [["Action", "Date Due", "Progress"],
                                                      ["Review policy", "March 2024", "50%"]]
    assert out[1].src == [2, 3, 4, 5, 6, 7]
