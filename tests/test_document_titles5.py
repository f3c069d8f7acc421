"""The documents row, round 5: a line drawn twice over itself at two sizes (loaders/pdf/overlaps.py), the
quarter a title names read by one alternation (document/periods.py), and the titles of new publishers."""
import pytest

from extract.extractors.document import describe
from extract.loaders import load_text
from extract.loaders.pdf.overlaps import doubled_chars


def _chars(text, x0, top, size, step, font="Cambria-Bold"):
    """A line of characters as pdfplumber gives them, ``step`` points apart."""
    out = []
    for i, ch in enumerate(text):
        x = x0 + i * step
        out.append({"text": ch, "x0": x, "x1": x + 0.7 * size, "top": top, "bottom": top + size,
                    "size": size, "fontname": font})
    return out


def test_a_letterhead_drawn_twice_at_two_sizes_keeps_the_larger_copy():
    small = _chars("PARISH COUNCIL", 140.0, 38.2, 16.0, 14.0)
    large = _chars("PARISH COUNCIL", 121.0, 41.9, 20.0, 17.0)
    drop = doubled_chars(small + large)
    assert drop == {id(c) for c in small}


@pytest.mark.parametrize("second", [
    _chars("PARISH COUNCIL", 140.0, 300.0, 20.0, 17.0),   # the same words further down the page: no overlap
    _chars("PARISH CLERK!!", 121.0, 41.9, 20.0, 17.0),    # other characters over it
    _chars("PARISH COUNCIL", 142.0, 38.2, 16.0, 14.0),    # the same size: not this module's case
])
def test_only_the_same_characters_at_another_size_overlapping_are_one_line(second):
    first = _chars("PARISH COUNCIL", 140.0, 38.2, 16.0, 14.0)
    assert doubled_chars(first + second) == set()


def test_three_letters_drawn_twice_are_no_line():
    assert doubled_chars(_chars("ABC", 10.0, 10.0, 16.0, 14.0) + _chars("ABC", 8.0, 12.0, 20.0, 17.0)) == set()


def test_the_real_letterhead_drawn_twice_is_read_once():
    # the agenda's letterhead "HERTINGFORDBURY PARISH COUNCIL" is drawn at 16 pt and again at 20 pt over it;
    # read both, its letters came interleaved ("H H E E R R T T II N NG G ...")
    from extract.loaders import load

    doc = load("../shared/real/parish_hertingfordbury/hertingfordbury_pc_agenda_2019-02-13.pdf")
    first = doc.blocks[0].text
    assert "".join(first.split()) == "HERTINGFORDBURYPARISHCOUNCIL"
    assert doc.blocks[1].text.startswith("Members of the Council are hereby summoned")


def _period(title: str) -> tuple:
    r = describe(load_text("report.txt", f"{title}\n\nThe report sets out the position.\n"))
    return r.period_start, r.period_end


@pytest.mark.parametrize("title, span", [
    # the forms each of the three patterns read before, one alternation now
    ("Quarterly Performance Report Quarter One 2023/24", ("2023-04-01", "2023-06-30")),
    ("Q1 of FY 2024/25 Performance", ("2024-04-01", "2024-06-30")),
    ("Finance Report 2024-25 – Quarter 3", ("2024-10-01", "2024-12-31")),
    ("2023/24 Quarter Two Report", ("2023-07-01", "2023-09-30")),
    ("Second Quarter 2019/20 Report", ("2019-07-01", "2019-09-30")),
    ("Report quarter 4 (January to March 2025)", ("2025-01-01", "2025-03-31")),
    # "Qtr 2" before its year was read as the whole financial year; "Q3" apart from its year not at all
    ("Qtr 2 2022/23 Performance Report", ("2022-07-01", "2022-09-30")),
    ("Q3 Performance Report 2023/24", ("2023-10-01", "2023-12-31")),
    # no quarter of one year of account
    ("Police and Crime Plan 2024-25 Q5 review", (None, None)),
])
def test_a_titles_quarter_in_one_alternation(title, span):
    assert _period(title) == span
