"""Due cells of delivery plans (extract/normalise/due.py): a date, month, quarter,
financial year or season with words around it -> the first day of the period."""
import datetime as dt

import pytest

from extract.normalise.due import parse_due


@pytest.mark.parametrize("cell, date, kind", [
    ("March 2025", dt.date(2025, 3, 1), "month"),
    ("to March 2025", dt.date(2025, 3, 1), "month"),         # words a converter cut from the action
    ("r March 2025", dt.date(2025, 3, 1), "month"),          # a cut-off word fragment
    ("By March 2025", dt.date(2025, 3, 1), "month"),
    ("up to Dec 24", dt.date(2024, 12, 1), "month"),
    ("by the end of March 2025", dt.date(2025, 3, 1), "month"),
    ("End of Q3 2024/25", dt.date(2024, 10, 1), "quarter"),   # UK financial Q3 = Oct-Dec
    ("Q4 24/25", dt.date(2025, 1, 1), "quarter"),
    ("2024/25", dt.date(2024, 4, 1), "financial_year"),
    ("FY 2024/25", dt.date(2024, 4, 1), "financial_year"),
    ("Winter 2024", dt.date(2024, 12, 1), "season"),
    ("Spring 2025", dt.date(2025, 3, 1), "season"),
    ("Autumn 2024/25", dt.date(2024, 9, 1), "season"),
    ("31/03/2025", dt.date(2025, 3, 31), "date"),
    ("by 31 March 2025", dt.date(2025, 3, 31), "date"),
    ("Mar-25", dt.date(2025, 3, 1), "month"),
    ("March 2025 (revised)", dt.date(2025, 3, 1), "month"),
    ("2026", dt.date(2026, 1, 1), "year"),
])
def test_due_dates(cell, date, kind):
    d = parse_due(cell)
    assert (d.raw, d.date, d.kind) == (cell, date, kind)


@pytest.mark.parametrize("cell", ["Ongoing", "On-going", "TBC", "n/a", "N/A", "Complete", "Annual", "BAU"])
def test_words_kept_without_a_date(cell):
    d = parse_due(cell)
    assert (d.raw, d.date, d.kind) == (cell, None, "word")


@pytest.mark.parametrize("cell", [
    "Q2 2025",                      # a quarter of a calendar year: which quarter is ambiguous
    "late 2024", "mid 2025",         # the first day is not the period's
    "Review in June 2025",           # a sentence, not a due cell
    "to July 2024 Sep 24",           # two dates: the deliverables extractor splits it
    "1-2 years",
])
def test_not_a_single_due_date(cell):
    d = parse_due(cell)
    assert d.date is None and d.kind == "text"


def test_empty():
    assert parse_due("  ").kind == "empty" and parse_due(None).date is None
