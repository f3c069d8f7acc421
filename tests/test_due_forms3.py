"""Due-cell forms, round 3 (extract/normalise/due.py): a month printed in figures with its
four-digit year ("03/2025", ISO "2025-03"), a half of a financial year ("H1 2025/26"), and every
form that names no single period start and must stay undated (a span of years, a two-digit year
after a month number, a calendar half or quarter, "early"/"mid"/"late", two periods, a term)."""
import datetime as dt

import pytest

from extract.normalise.due import parse_due


@pytest.mark.parametrize("cell, date, kind", [
    # a month in figures with a four-digit year: the month, never a day (first day, as every month)
    ("03/2025", dt.date(2025, 3, 1), "month"),
    ("3/2025", dt.date(2025, 3, 1), "month"),
    ("12/2025", dt.date(2025, 12, 1), "month"),
    ("1/2026", dt.date(2026, 1, 1), "month"),
    ("03-2025", dt.date(2025, 3, 1), "month"),
    ("3 / 2025", dt.date(2025, 3, 1), "month"),
    ("by 03/2025", dt.date(2025, 3, 1), "month"),
    ("End of 03/2026", dt.date(2026, 3, 1), "month"),
    ("03/2025 (revised)", dt.date(2025, 3, 1), "month"),
    # ISO year-month: a month while the month number is not past the year's last two digits
    ("2025-03", dt.date(2025, 3, 1), "month"),
    ("2025-12", dt.date(2025, 12, 1), "month"),
    ("2020-05", dt.date(2020, 5, 1), "month"),
    ("2013-12", dt.date(2013, 12, 1), "month"),
    # a half of a financial year
    ("H1 2025/26", dt.date(2025, 4, 1), "half_year"),
    ("H2 2025/26", dt.date(2025, 10, 1), "half_year"),
    ("H2 24/25", dt.date(2024, 10, 1), "half_year"),
    ("H2 FY24/25", dt.date(2024, 10, 1), "half_year"),
    ("H1 2025/2026", dt.date(2025, 4, 1), "half_year"),
    ("by H2 2025-26", dt.date(2025, 10, 1), "half_year"),
    # a quarter or half with its financial year in brackets; the financial year named after its years
    ("Q2 (2025/26)", dt.date(2025, 7, 1), "quarter"),
    ("Q4 (24/25)", dt.date(2025, 1, 1), "quarter"),
    ("Qtr 3 (2025-26)", dt.date(2025, 10, 1), "quarter"),
    ("H1 (FY 24/25)", dt.date(2024, 4, 1), "half_year"),
    ("2025/26 financial year", dt.date(2025, 4, 1), "financial_year"),
    ("2024-25 Financial Year", dt.date(2024, 4, 1), "financial_year"),
    # the forms of the brief that already read, unchanged
    ("Q3 2025/26", dt.date(2025, 10, 1), "quarter"),
    ("end of March 2026", dt.date(2026, 3, 1), "month"),
    ("Autumn 2025", dt.date(2025, 9, 1), "season"),
    ("Winter 2025/26", dt.date(2025, 12, 1), "season"),
    ("by end of Q4 2025/26", dt.date(2026, 1, 1), "quarter"),
    # financial years stay financial years (the second part is the year after)
    ("2011-12", dt.date(2011, 4, 1), "financial_year"),
    ("2009-10", dt.date(2009, 4, 1), "financial_year"),
    ("2008-09", dt.date(2008, 4, 1), "financial_year"),
    ("2025-26", dt.date(2025, 4, 1), "financial_year"),
    # full dates stay days
    ("31/03/2026", dt.date(2026, 3, 31), "date"),
    ("1/2/2025", dt.date(2025, 2, 1), "date"),
])
def test_dated_forms(cell, date, kind):
    d = parse_due(cell)
    assert (d.date, d.kind) == (date, kind)
    assert d.raw == cell


@pytest.mark.parametrize("cell", [
    "03/25",                 # a fraction, or a month with a two-digit year: ambiguous
    "3/25",
    "2025/03",               # year first with a slash: a reference, not a printed month
    "03.2025",               # a decimal
    "13/2025", "00/2025",    # no such month
    "2025-13", "2025-00",
    "2003-07",               # a span of years (2003 to 2007), not July 2003
    "H1 2025",               # a calendar half: which half of which year is not said
    "H3 2025/26", "H1 2025/27",
    "Q2 2025", "Q3", "Quarter 3", "end of Q3",   # a quarter without its financial year
    "Early 2026", "mid 2025", "Late 2025",        # their first day is not the period's
    "Spring/Summer 2025", "March/April 2025",     # two periods
    "Oct 2025 - Mar 2026", "03/2025 - 06/2025",   # ranges
    "Commenced 03/2025", "As at 03/2025", "03/2025 onwards",
    "September 2025 onwards",
    "Autumn term 2025", "Spring Term 2026",       # school terms are not seasons
    "End of financial year",                      # which one is not said
    "Q2 (2025)", "Q2 (2025/27)", "Q2 (revised)",  # a calendar year, no financial year, an aside
    "31 March", "March",                          # no year
])
def test_undated_forms(cell):
    d = parse_due(cell)
    assert d.date is None
    assert d.kind == "text"


@pytest.mark.parametrize("cell", ["Ongoing", "TBC", "n/a", "Complete"])
def test_words_stay_words(cell):
    assert (parse_due(cell).date, parse_due(cell).kind) == (None, "word")


@pytest.mark.parametrize("cell, iso", [
    # a longer due cell ending in a month in figures: that month, under the same guards as "Apr 24"
    ("New contract to start 03/2025", "2025-03-01"),
    ("Phase 2 go-live 2025-06", "2025-06-01"),
    ("New contract to start Apr 24", "2024-04-01"),     # unchanged
    ("Commenced 03/2025", None),                         # the start of the work
    ("Q4 (03/2025)", None),                              # an aside
    ("Ongoing review 03/2025", None),                    # opens with a word of no date
    ("Dec 2024 then 03/2025", None),                     # two dates
    ("Review 2011-12", None),                            # a financial year, not a month
    ("launch 3/25", None),                               # a two-digit year stays undated
])
def test_month_in_figures_at_the_end_of_a_longer_cell(cell, iso):
    from extract.extractors.deliverables.cells import _due_date
    assert _due_date(cell) == iso
