"""Due-cell forms read from delivery plans and action logs of publishers outside the first
set (extract/normalise/due.py): typographic apostrophes before a two-digit year, the
financial year before its quarter, "Qtr", a month abbreviation that is not a word fragment,
and words that make a date a start or report date, not a due date (``due_in_text`` too)."""
import datetime as dt

import pytest

from extract.normalise.due import due_in_text, parse_due


@pytest.mark.parametrize("cell, date, kind", [
    # a word processor's apostrophe before the year (Hampshire OPCC plan "Sep ‘19", "Apr ’20";
    # Kent ICS plan "March ‘25", "June ’24")
    ("Sep \u201819", dt.date(2019, 9, 1), "month"),
    ("Apr \u201920", dt.date(2020, 4, 1), "month"),
    ("March \u201825", dt.date(2025, 3, 1), "month"),
    ("June \u201924", dt.date(2024, 6, 1), "month"),
    ("Mar \u203225", dt.date(2025, 3, 1), "month"),           # a prime
    ("by March \u201925", dt.date(2025, 3, 1), "month"),
    ("Mar '25", dt.date(2025, 3, 1), "month"),                 # the plain apostrophe as before
    ("Sep\u201919", dt.date(2019, 9, 1), "month"),
    ("Sep-\u201819", dt.date(2019, 9, 1), "month"),
    ("Q3 \u201824/25", dt.date(2024, 10, 1), "quarter"),
    ("Winter \u201824", dt.date(2024, 12, 1), "season"),
    # the financial year before its quarter
    ("2025/26 Q1", dt.date(2025, 4, 1), "quarter"),
    ("2024-25 Q4", dt.date(2025, 1, 1), "quarter"),            # Q4 = January of the second year
    ("FY24/25 Q3", dt.date(2024, 10, 1), "quarter"),
    ("2024/25: Q2", dt.date(2024, 7, 1), "quarter"),
    ("2024/2025 Q3", dt.date(2024, 10, 1), "quarter"),
    # "Qtr" for quarter
    ("Qtr 3 2024/25", dt.date(2024, 10, 1), "quarter"),
    ("Qtr. 2 2025/26", dt.date(2025, 7, 1), "quarter"),
    ("QTR 1 2025-26", dt.date(2025, 4, 1), "quarter"),
    ("End of Qtr 4 2024/25", dt.date(2025, 1, 1), "quarter"),
    # the old forms are unchanged
    ("Q3 2024/25", dt.date(2024, 10, 1), "quarter"),
    ("Dec 2024", dt.date(2024, 12, 1), "month"),
    ("r March 2025", dt.date(2025, 3, 1), "month"),           # a fragment that is no month
    ("End of March 2025", dt.date(2025, 3, 1), "month"),
    ("31/03/2025", dt.date(2025, 3, 31), "date"),
])
def test_due_forms(cell, date, kind):
    d = parse_due(cell)
    assert (d.raw, d.date, d.kind) == (cell, date, kind)


@pytest.mark.parametrize("cell", [
    "Dec 2024 - Mar 2025",          # "Dec" is a month, not a fragment: a range has no one due date
    "Jan 2025 - Jun 2025",
    "2025/27 Q1",                   # not one financial year
    "Q2 2025 Qtr",                  # no quarter number after "Qtr"
    "Qtr 5 2024/25",
    "Commenced October 2024",       # the start of the work (Kent ICS plan)
    "commenced 2024",
    "Started Jan 2025",
    "As at End August 2024",        # the date of the report, not of the deliverable
    "As of March 2025",
    "Sep \u2018 19",                # an apostrophe apart from the digits is no year mark
    "Dec \u20182024",               # only a two-digit year follows the mark
    "TBC - March 2025",             # "TBC" is a word of no date, not a cut-off fragment
    "March 2025 onwards",           # goes on from the date
])
def test_not_a_due_date(cell):
    d = parse_due(cell)
    assert d.date is None and d.kind == "text"


@pytest.mark.parametrize("cell, k, date", [
    ("New contract to start Apr 24", 2, dt.date(2024, 4, 1)),      # the cell's only date
    ("Go live 31 March 2025", 3, dt.date(2025, 3, 31)),
    ("Strategy is 2022-2027 March 2025", 2, dt.date(2025, 3, 1)),   # a span is no date
    ("Delayed to June 2025", 2, dt.date(2025, 6, 1)),              # the new due date
    ("Go live Dec 24 (provisional)", 3, dt.date(2024, 12, 1)),     # a bracket with no date
])
def test_due_in_text(cell, k, date):
    assert due_in_text(cell, k) == date


@pytest.mark.parametrize("cell, k", [
    ("Commenced Oct 24 Commenced Oct 24", 2),                      # Kent ICS plan: a start date
    ("Ongoing Oct 2025 Commence d Oct 2024 March 2025 Jan 2025", 2),
    ("June 24- Nov 24 to be launched Dec 24 (provisional)", 3),     # several dates: which one?
    ("Dec 2024 - Mar 2025", 2),
    ("As at End August 2024", 2),
    ("April 2024 onwards", 3),                                     # a start, not a due date
    ("Ongoing (review March 2025)", 2),                            # ongoing: a review date
    ("TBC - March 2025", 2),
    ("Completed \u2013 March 2024", 2),                             # the date it was done
    ("Q4 (Jan-Mar 2025)", 2),                                      # not March: Q4 begins in January
    ("New contract to start Apr 24", 0),                           # no date at the end
    ("", 2),
])
def test_no_due_in_text(cell, k):
    assert due_in_text(cell, k) is None
