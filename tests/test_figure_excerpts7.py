"""Figures and periods of short excerpts, round 7: a US-style "Month D" day is never a two-digit
year; a headline's subject reaches only the figures that concern it.  Expected values come from
reading the excerpt; every rule has a negative test."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from extract import normalise as N
from extract.extractors import figures
from extract.loaders import load_text

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _figs(text: str) -> list[tuple]:
    """(value as printed, role, period type, start, end) of every figure of one paragraph."""
    out = []
    for f in figures.extract(load_text("page.txt", "Performance\n\n" + text + "\n")):
        out.append((f.value_raw, f.role, f.period_type or "", str(f.period_start or ""),
                    str(f.period_end or "")))
    return out


def _p(text: str):
    p = N.parse_period(text)
    return None if p is None else (p.period_type, str(p.start or ""), str(p.end or ""))


# --- a US-style "Month D" day is not a two-digit year ------------------------------------------------

@pytest.mark.parametrize("text", ["September 30", "Sep 30", "March 31", "year ending March 31",
                                  "Tuesday September 23", "on May 21", "as at December 31"])
def test_a_month_and_its_last_day_or_a_day_after_on_is_no_year(text):
    assert _p(text) is None
    assert N.parse_date(text) is None


@pytest.mark.parametrize("text,want", [
    ("between July 1 and September 30", ("quarter", "", "")),
    ("January 1 to December 31", ("calendar_year", "", "")),
    ("July 1 to September 30, 2019", ("quarter", "2019-07-01", "2019-09-30")),
    ("April 1 - June 30 2019", ("quarter", "2019-04-01", "2019-06-30")),
    ("from October 1st to November 15th, 2023", ("other", "2023-10-01", "2023-11-15")),
])
def test_a_us_style_range_of_days(text, want):
    assert _p(text) == want


@pytest.mark.parametrize("text,want", [
    # table-column and chart forms: two digits after a month are its year
    ("Sep 21", ("month", "2021-09-01", "2021-09-30")),
    ("Mar-21", ("month", "2021-03-01", "2021-03-31")),
    ("Mar '21", ("month", "2021-03-01", "2021-03-31")),
    ("Sep-30", ("month", "2030-09-01", "2030-09-30")),   # (punctuated: a year even when 30)
    ("Oct 23", ("month", "2023-10-01", "2023-10-31")),
    ("12 months to June 19", ("rolling_12_months", "2018-07-01", "2019-06-30")),
    ("April 21 – October 21", ("other", "2021-04-01", "2021-10-31")),
    ("April 12 – March 13", ("financial_year", "2012-04-01", "2013-03-31")),
    ("Oct 23 - Dec 23", ("quarter", "2023-10-01", "2023-12-31")),
    ("YTD to Sep 23", ("year_to_date", "2023-04-01", "2023-09-30")),
    ("1 July to 30 September 2019", ("quarter", "2019-07-01", "2019-09-30")),
])
def test_month_and_two_digit_year_forms_stay_years(text, want):
    assert _p(text) == want


def test_month_year_dates_stay():
    assert N.parse_date("Jan 24") == dt.date(2024, 1, 1)
    assert N.parse_date("start Apr 24") == dt.date(2024, 4, 1)
    assert N.parse_date("September 30, 2019") == dt.date(2019, 9, 30)


def test_a_news_sentence_between_two_days_is_no_2030_period():
    # (a regional news report of a force's quarterly figures)
    got = _figs("The report shows that overall reported crime for the period between July 1 and "
                "September 30 was down by 1,128 offences - 8.6% - on the same period last year.")
    assert got[0] == ("1,128", "change", "quarter", "", "")   # (the year is not given)
    assert all("2030" not in s and "2030" not in e for *_, s, e in got)


def test_a_us_style_range_of_days_with_its_year_in_a_sentence():
    assert _figs("Crime fell by 120 offences from April 1 to June 30, 2019.") == [
        ("120", "change", "quarter", "2019-04-01", "2019-06-30")]


def test_a_month_and_two_digit_year_in_a_sentence_stays_a_year():
    assert _figs("Recorded crime was 1,234 in Oct 23.") == [("1,234", "level", "month", "2023-10-01", "2023-10-31")]


# --- a news headline's crime type is no subject of the whole page --------------------------------------

def _page(text: str) -> list[tuple]:
    """(value as printed, subject) of every figure of a page given whole (its first line its title)."""
    return [(f.value_raw, f.subject or "") for f in figures.extract(load_text("page.txt", text))]


_STORY = ("Police cutting burglaries\n\n"
          "Robbery on its own fell 32.5 per cent during the same period.\n\n"
          "Total recorded crime is falling at a faster rate than last year, by 5.2 per cent.\n\n"
          "Confidence in policing also improved from 66.5 per cent to 70.2 per cent.\n")


def test_a_headline_subject_does_not_reach_the_story():
    got = dict(_page(_STORY))
    assert got["32.5 per cent"] == "Robbery"      # (the sentence's own subject)
    assert got["5.2 per cent"] == ""              # total recorded crime, not burglary
    assert got["66.5 per cent"] == got["70.2 per cent"] == ""


def test_a_section_heading_naming_its_subject_still_reaches_its_paragraphs():
    # a heading that is the subject's name (not a clause) ...
    got = dict(_page("Residential Burglary\n\nThere were 1,234 offences in the quarter, 5% fewer.\n"))
    assert got["1,234"] == "Residential Burglary"
    # ... and a clause heading that is not a page's lone title (a report's sections)
    got = dict(_page("Performance report\n\nPolice cutting burglaries\n\nThere were 1,234 offences in the quarter.\n"
                     "\nOther crime\n\nThere were 99 offences.\n"))
    assert got["1,234"] == "Residential Burglary"


# --- roles: a figure between spaced dashes restates a change; a target's own words before it -----------

def test_a_percent_between_dashes_restates_the_change():
    got = _figs("Reported crime was down by 1,128 offences - 8.6% - on the same period last year.")
    assert [(v, r) for v, r, *_ in got] == [("1,128", "change"), ("8.6%", "change")]


def test_a_dash_before_a_number_is_no_parenthesis():
    got = _figs("Crime fell by 120 offences - 8% of the total.")
    assert [(v, r) for v, r, *_ in got] == [("120", "change"), ("8%", "share")]


def test_a_target_figure_of_and_a_target_of_at_least():
    got = _figs("The police solved 18.8% of house burglaries, far below its target figure of 30%.")
    assert [(v, r) for v, r, *_ in got] == [("18.8%", "share"), ("30%", "target")]
    assert [(v, r) for v, r, *_ in _figs("The target was at least 13,500 sanctioned detections.")] == [("13,500", "target")]


def test_a_value_reached_beside_a_target_stays_a_level():
    assert [(v, r) for v, r, *_ in _figs("Performance is above target at 85%.")] == [("85%", "level")]
    assert [(v, r) for v, r, *_ in _figs("The actual total was 14,731.")] == [("14,731", "level")]


# --- a flattened row of (period, value) pairs: each value is of the period before it -------------------

def test_period_value_pairs_take_the_period_before():
    got = _figs("Authorised police establishment: Scotland Number 31 December 1976 13,163 "
                "31 December 1977 13,144 31 December 1978 13,166")
    assert [(v, s) for v, _, _, s, _ in got] == [("13,163", "1976-12-31"), ("13,144", "1977-12-31"),
                                                ("13,166", "1978-12-31")]


def test_a_period_written_after_its_figure_with_words_between_still_binds():
    got = _figs("Recorded crime was 1,234 in March 2024 and 1,300 in April 2024.")
    assert [(v, s) for v, _, _, s, _ in got] == [("1,234", "2024-03-01"), ("1,300", "2024-04-01")]


# --- a month with a two-digit year after a curly apostrophe ("Apr ’20", "Sep ‘19") --------------------

def test_a_month_and_year_after_a_curly_apostrophe_is_no_count():
    assert N.find_quantities("Apr ’20") == []
    assert _p("Apr ’20") == ("month", "2020-04-01", "2020-04-30")
    assert _p("Sep ‘19") == ("month", "2019-09-01", "2019-09-30")
    assert _figs("Estate Change Programme Phase 2\n\nApr ’20") == []


def test_a_curly_apostrophe_elsewhere_leaves_the_number():
    assert [(v, r) for v, r, *_ in _figs("It’s 20 officers.")] == [("20", "level")]
    assert [q.value for q in N.find_quantities("the force’s 20 officers")] == [20.0]


# --- labels and addresses are no figures ---------------------------------------------------------------

@pytest.mark.parametrize("text", ["Venue: 70 Redcliff Street", "HC Deb 18 February 1998 vol 306",
                                  "Example 1: Basic Action Item Log",
                                  "In accordance with Standing Order 9.4, petitions were received"])
def test_a_reference_label_or_street_number_is_no_figure(text):
    assert N.find_quantities(text) == []


@pytest.mark.parametrize("text,want", [("for example 30 officers were trained", ["30"]),
                                       ("The order 5 times larger", ["5"]),
                                       ("There were 70 Redcliff residents", ["70"])])
def test_the_same_words_elsewhere_leave_the_number(text, want):
    assert [q.raw for q in N.find_quantities(text)] == want
