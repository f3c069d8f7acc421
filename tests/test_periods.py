"""The passes of normalise.parse_period one at a time, and the period arithmetic
(windows, year shifts, the 12 months of a change) that used to live in the
extractors."""
from __future__ import annotations

import datetime as dt

import pytest

from extract import normalise as N
from extract.normalise import periods as P


def run_pass(rule, text, default_year=None):
    """One pass alone on ``text`` (as parse_period runs it)."""
    t = N.clean_text(text).strip()

    def raw(*ms):
        ms = [m for m in ms if m is not None]
        return t[min(m.start() for m in ms):max(m.end() for m in ms)]
    return rule(t, raw, default_year)


def d(s):
    return dt.date.fromisoformat(s)


@pytest.mark.parametrize("rule,text,want", [
    (P._pass_change_12, "12 Months to Jul-2023 vs. 12 Months to Jul-2024", ("change_12_months", "2023-08-01", "2024-07-31")),
    (P._pass_rolling_to, "12 months to Oct-2023", ("rolling_12_months", "2022-11-01", "2023-10-31")),
    (P._pass_rolling_to, "3 months to March 2024", ("rolling_3_months", "2024-01-01", "2024-03-31")),
    (P._pass_rolling_to, "6 months to June 2023", ("other", "2023-01-01", "2023-06-30")),
    (P._pass_rolling_to, "year to September 2019", ("rolling_12_months", "2018-10-01", "2019-09-30")),
    (P._pass_bare_rolling, "rolling 12 months", ("rolling_12_months", None, None)),
    (P._pass_year_to_date, "YTD Oct-23", ("year_to_date", "2023-04-01", "2023-10-31")),
    (P._pass_year_to_date, "year to date to February 2024", ("year_to_date", "2023-04-01", "2024-02-29")),
    (P._pass_year_to_date, "2023/24 YTD", ("year_to_date", "2023-04-01", None)),
    (P._pass_half_year, "the second half of 2024", ("other", "2024-07-01", "2024-12-31")),
    (P._pass_half_year, "the first half of 2023/24", ("other", "2023-04-01", "2023-09-30")),
    (P._pass_half_year, "the first half of the financial year", ("other", None, None)),
    (P._pass_quarter, "Quarter Two 2019-20", ("quarter", "2019-07-01", "2019-09-30")),
    (P._pass_quarter, "Q4 2023/24", ("quarter", "2024-01-01", "2024-03-31")),
    (P._pass_quarter, "Q2 2023", ("quarter", None, None)),
    (P._pass_date_range, "Oct-Dec 2023", ("quarter", "2023-10-01", "2023-12-31")),
    (P._pass_date_range, "MAR-MAY 2023", ("other", "2023-03-01", "2023-05-31")),
    (P._pass_date_range, "October 2022 - September 2023", ("rolling_12_months", "2022-10-01", "2023-09-30")),
    (P._pass_date_range, "April 2022 - March 2023", ("financial_year", "2022-04-01", "2023-03-31")),
    (P._pass_date_range, "1 July to 30 September 2019", ("quarter", "2019-07-01", "2019-09-30")),
    (P._pass_date_range, "3 July to 30 September 2019", ("other", "2019-07-03", "2019-09-30")),
    (P._pass_fy_span, "from 2019/20 to 2022/23", ("other", "2019-04-01", "2023-03-31")),
    (P._pass_year_span, "between 2020 and 2021", ("other", "2020-01-01", "2021-12-31")),
    (P._pass_calendar_year, "calendar year 2022", ("calendar_year", "2022-01-01", "2022-12-31")),
    (P._pass_financial_year, "FY 23/24", ("financial_year", "2023-04-01", "2024-03-31")),
    (P._pass_financial_year, "2022-25", ("other", None, None)),
    (P._pass_full_date, "as at 30 September 2019", ("point_in_time", "2019-09-30", "2019-09-30")),
    (P._pass_month_year, "Jul-24", ("month", "2024-07-01", "2024-07-31")),
    (P._pass_bare_year, "in 2023", ("calendar_year", "2023-01-01", "2023-12-31")),
    (P._pass_month_range_no_year, "between April and June", ("quarter", None, None)),
    (P._pass_month_range_no_year, "Oct - Sep", ("rolling_12_months", None, None)),
])
def test_each_pass(rule, text, want):
    p = run_pass(rule, text)
    assert p is not None, text
    got = (p.period_type, p.start.isoformat() if p.start else None, p.end.isoformat() if p.end else None)
    assert got == want
    # and the whole parser agrees (no earlier pass takes these texts)
    q = N.parse_period(text)
    assert (q.period_type, q.start, q.end) == (p.period_type, p.start, p.end)


@pytest.mark.parametrize("rule,text", [
    (P._pass_change_12, "12 months to Oct-2023"),
    (P._pass_rolling_to, "rolling 12 months"),
    (P._pass_half_year, "half of 2024"),   # no "first" or "second": a share, no span
    (P._pass_half_year, "the first half of 2022-25"),   # not one year
    (P._pass_quarter, "October 2023"),
    (P._pass_first_quarters, "three quarters of 2019/20 respondents"),   # no "first": a share, no span
    (P._pass_date_range, "30 December 2023 to 1 October 2023"),   # start after end: not a range
    (P._pass_us_day_range, "April 21 - October 21"),   # month-year columns, not days
    (P._pass_fy_span, "from 2022/23 to 2019/20"),
    (P._pass_year_span, "between 2021 and 2020"),
    (P._pass_bare_year, "2023 was a year"),
    (P._pass_month_alone, "May we"),
])
def test_pass_declines(rule, text):
    assert run_pass(rule, text, 2023) is None


def test_month_alone_needs_a_default_year():
    assert run_pass(P._pass_month_alone, "October") is None
    p = run_pass(P._pass_month_alone, "October", 2023)
    assert (p.period_type, p.start, p.end) == ("month", d("2023-10-01"), d("2023-10-31"))


def test_pass_order_is_documented():
    assert P.PERIOD_PASSES[0] is P._pass_change_12 and P.PERIOD_PASSES[-1] is P._pass_month_alone
    assert len(P.PERIOD_PASSES) == 18


# -- arithmetic ------------------------------------------------------------------

def test_window_ending():
    w = N.window_ending(d("2023-09-30"), 12)
    assert (w.period_type, w.start, w.end) == ("rolling_12_months", d("2022-10-01"), d("2023-09-30"))
    w = N.window_ending(d("2024-02-01"), 3)
    assert (w.period_type, w.start, w.end) == ("rolling_3_months", d("2023-12-01"), d("2024-02-29"))
    w = N.window_ending(d("2024-01-15"), 1, "month", "Jan")
    assert (w.period_type, w.start, w.end, w.raw) == ("month", d("2024-01-01"), d("2024-01-31"), "Jan")


def test_shift_years():
    assert N.shift_years(d("2023-03-31"), 1) == d("2024-03-31")
    assert N.shift_years(d("2024-02-29"), -1) == d("2023-02-28")
    assert N.shift_years(None, 1) is None


@pytest.mark.parametrize("period,want", [
    (N.Period("month", d("2023-09-01"), d("2023-09-30"), "Sep"), ("change_12_months", "2022-10-01", "2023-09-30")),
    # (a quarter against the same quarter a year before, as a month is: session 19, East Ayrshire's fire committee)
    (N.Period("quarter", d("2024-01-01"), d("2024-03-31"), "Q4"), ("quarter", "2024-01-01", "2024-03-31")),
    (N.Period("rolling_12_months", d("2022-11-01"), d("2023-10-31"), "x"), ("change_12_months", "2022-11-01", "2023-10-31")),
    (N.Period("year_to_date", d("2023-04-01"), d("2023-10-31"), "YTD"), ("year_to_date", "2023-04-01", "2023-10-31")),
    (N.Period("month", None, None, "x"), ("change_12_months", None, None)),
])
def test_change_period(period, want):
    p = N.change_period(period)
    assert (p.period_type, p.start.isoformat() if p.start else None, p.end.isoformat() if p.end else None) == want
