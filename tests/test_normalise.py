"""Unit tests for extract/normalise.py (number / percent / duration / money /
period / date / time / sign grammar)."""
import datetime as dt

import pytest

from extract.normalise import (
    Period, Quantity, apply_sign, clean_text, find_quantities, parse_date,
    parse_duration, parse_money, parse_number, parse_percent, parse_period,
    parse_time, parse_time_range, parse_value, sign_from_words,
)

D = dt.date


# ---------------------------------------------------------------- numbers

@pytest.mark.parametrize("text,expected", [
    ("1,125", 1125),
    ("1.4 million", 1_400_000),
    ("n.-35,701", -35701),
    ("(n=600)", 600),
    ("n. 2,751", 2751),
    ("(n.817)", 817),
    ("42", 42),
    ("0.86", 0.86),
    ("-12", -12),
    ("+3", 3),
    ("106,894", 106894),
    ("  7,244 ", 7244),
    ("**1,810**", 1810),
    ("2.5 billion", 2.5e9),
    ("12\u00a0000", None),  # space-separated thousands are ambiguous
])
def test_parse_number(text, expected):
    got = parse_number(text)
    if expected is None:
        assert got is None
    else:
        assert got == pytest.approx(expected)


@pytest.mark.parametrize("text", [
    "18.%", "17.7%", "2023", "2019", "14 December 2023", "Jul-24", "SN1 2JH",
    "01225 256558", "Priority 2", "PIP2", "Op SCORPION 6", "3<sup>a</sup>",
    "<sup>4</sup>", "", "   ", "n/a", "-", "abc", "12:30", "£9,150", "1 hr",
    "24/7", "4.10.2", "1,2345", "(12)", "(n=600", "007",
])
def test_parse_number_none(text):
    assert parse_number(text) is None


def test_parse_number_none_input():
    assert parse_number(None) is None


# ---------------------------------------------------------------- percents

@pytest.mark.parametrize("text,value,unit,explicit", [
    ("-1.0% ▼", -1.0, "percent", True),
    ("1.6% points", 1.6, "percentage_points", False),
    ("+1.5%ppts", 1.5, "percentage_points", True),
    ("5.5% pts", 5.5, "percentage_points", False),
    ("1.2 pp", 1.2, "percentage_points", False),
    ("3 % pts", 3.0, "percentage_points", False),
    ("6.6 percentage points", 6.6, "percentage_points", False),
    ("10.3pp", 10.3, "percentage_points", False),
    ("5.3PP", 5.3, "percentage_points", False),
    ("-1.4% points ▼", -1.4, "percentage_points", True),
    ("1.4% points ▼", -1.4, "percentage_points", True),
    ("8.%", 8.0, "percent", False),
    ("18.%", 18.0, "percent", False),
    ("91.3 per cent", 91.3, "percent", False),
    ("91.3 percent", 91.3, "percent", False),
    ("17.7%", 17.7, "percent", False),
    ("–7.5%", -7.5, "percent", True),
    ("\u22123.2%", -3.2, "percent", True),
    ("2.0% ▲", 2.0, "percent", True),
    ("100%", 100.0, "percent", False),
])
def test_parse_percent(text, value, unit, explicit):
    q = parse_percent(text)
    assert q is not None
    assert q.value == pytest.approx(value)
    assert q.unit == unit
    assert q.sign_explicit is explicit
    assert text[q.start:q.end] == q.raw


def test_parse_percent_plusminus():
    text = "( $\\pm 3.5$ per cent)"
    q = parse_percent(text)
    assert q.value == 3.5 and q.unit == "percent" and q.kind == "plusminus"
    assert text[q.start:q.end] == q.raw and "3.5" in q.raw


@pytest.mark.parametrize("text", [
    "", "no figure", "1,125", "12.4% and 13.1%", "% pts", "2023", "00:12:21",
])
def test_parse_percent_none(text):
    assert parse_percent(text) is None


def test_parse_percent_raw_offsets_in_sentence():
    text = "The rate was 76.8% this month"
    q = parse_percent(text)
    assert (q.raw, q.start, q.end) == ("76.8%", 13, 18)


# ---------------------------------------------------------------- durations

@pytest.mark.parametrize("text,seconds", [
    ("00:12:21", 741),
    ("-00:16:12", -972),
    ("−00:16:12", -972),
    ("12 minutes 24 secs", 744),
    ("1 hour 31 minutes and 32 secs", 5492),
    ("1 hr 33 min", 5580),
    ("2 hr 15 min", 8100),
    ("44:38 mins", 2678),
    ("56:36 mins", 3396),
    ("10m 55s", 655),
    ("3-minute 40 secs", 220),
    ("15 minute 50 seconds", 950),
    ("11 seconds", 11),
    ("1 min 19 sec", 79),
    ("58 secs", 58),
    ("00:00:18 ^", 18),
    ("01:33:15", 5595),
    ("57 minutes and 50 seconds", 3470),
    ("60 min 06 sec", 3606),
    ("2 hours", 7200),
    ("1h 30m", 5400),
    ("11 min 15 sec.", 675),
    ("the response time was 15 min 18 sec.", 918),
])
def test_parse_duration(text, seconds):
    assert parse_duration(text) == pytest.approx(seconds)


@pytest.mark.parametrize("text", [
    "", "12:21", "10.30 am", "1:30pm", "44:38", "12 months", "10m", "£1m",
    "00:12:21 and 00:10:00", "17.7%", "2023",
])
def test_parse_duration_none(text):
    assert parse_duration(text) is None


# ---------------------------------------------------------------- money

@pytest.mark.parametrize("text,gbp", [
    ("£9,150", 9150), ("£1m", 1e6), ("£1M", 1e6), ("£998,000", 998000),
    ("£750 million", 750e6), ("£1.2bn", 1.2e9), ("£25k", 25000),
    ("£1,150", 1150), ("over £155,000.", 155000), ("&pound;40", 40),
    ("£2.5 billion", 2.5e9), ("£ 300", 300),
])
def test_parse_money(text, gbp):
    assert parse_money(text) == pytest.approx(gbp)


@pytest.mark.parametrize("text", ["", "9,150", "£9 and £10", "1m", "25k", "$40"])
def test_parse_money_none(text):
    assert parse_money(text) is None


# ---------------------------------------------------------------- table cells

@pytest.mark.parametrize("text,value,unit,raw", [
    ("-1.0% ▼", -1.0, "percent", "-1.0%"),
    ("00:00:18 ^", 18, "seconds", "00:00:18"),
    ("00:05:25 A", 325, "seconds", "00:05:25"),
    ("5.3% •", 5.3, "percent", "5.3%"),
    ("-0.8% —", -0.8, "percent", "-0.8%"),
    ("51.5% ^", 51.5, "percent", "51.5%"),
    ("1,234", 1234, "count", "1,234"),
    ("17.7%", 17.7, "percent", "17.7%"),
    ("-32.0%", -32.0, "percent", "-32.0%"),
    ("00:08:42", 522, "seconds", "00:08:42"),
    ("-1.2% points", -1.2, "percentage_points", "-1.2% points"),
    ("11.6% points", 11.6, "percentage_points", "11.6% points"),
    ("-15.5% ▼", -15.5, "percent", "-15.5%"),
    ("  42 ", 42, "count", "42"),
    ("£998,000", 998000, "gbp", "£998,000"),
    ("<p>88.1 per cent</p>", 88.1, "percent", "88.1 per cent"),
    ("**7,244**", 7244, "count", "7,244"),
    ("-0.3", -0.3, "count", "-0.3"),
    ("999", 999, "count", "999"),
])
def test_parse_value(text, value, unit, raw):
    q = parse_value(text)
    assert q is not None
    assert q.value == pytest.approx(value)
    assert q.unit == unit
    assert q.raw == raw
    assert text[q.start:q.end] == raw


def test_parse_value_direction_recorded():
    assert parse_value("-1.0% ▼").direction == -1
    assert parse_value("51.5% ^").direction == 1
    assert parse_value("17.7%").direction == 0


def test_parse_value_unsigned_level_with_down_arrow_not_negated():
    q = parse_value("51.5% ▼")
    assert q.value == 51.5 and q.direction == -1


def test_parse_value_unsigned_points_with_down_arrow_negated():
    q = parse_value("1.4% points ▼")
    assert q.value == -1.4 and q.sign_explicit


@pytest.mark.parametrize("text", [
    "", "   ", None, "Rolling 12 Month Only", "n/a", "N/A", "-", "–", "—",
    "Decreasing", "Two-Month Low", "2023", "Oct-2023", "12.4% 13.1%",
    "One, Two, Three", "~~~~~", "41st", "(n=600)", "Priority 2",
])
def test_parse_value_none(text):
    assert parse_value(text) is None


# ---------------------------------------------------------------- find_quantities

def _raws(text):
    qs = find_quantities(text)
    for q in qs:
        assert text[q.start:q.end] == q.raw
    return [q.raw for q in qs]


@pytest.mark.parametrize("text,raw,value,unit,kind", [
    ("The average was 1 hour 31 minutes and 32 secs overall.", "1 hour 31 minutes and 32 secs", 5492, "seconds", ""),
    ("a rise of 1.6% points on last year", "1.6% points", 1.6, "percentage_points", ""),
    ("an additional £750 million the government pledged", "£750 million", 750e6, "gbp", ""),
    ("sitting 39<sup>th</sup> of 44 forces.", "39<sup>th</sup>", 39, "count", "rank"),
    ("Wiltshire is 39th of 44 forces", "39th", 39, "count", "rank"),
    ("the 14th lowest in the country", "14th", 14, "count", "rank"),
    ("Wiltshire ranked 5th nationally", "5th", 5, "count", "rank"),
    ("placed 41st", "41st", 41, "count", "rank"),
    ("9.06% (n=600) higher", "n=600", 600, "count", "n"),
    ("28.4% (n.134) of crimes", "n.134", 134, "count", "n"),
    ("(n. 2,751)", "n. 2,751", 2751, "count", "n"),
    ("change n.-35,701 overall", "n.-35,701", -35701, "count", "n"),
    ("The Force recorded 1,125 crimes", "1,125", 1125, "count", ""),
    ("The police recorded 1.4 million incidents", "1.4 million", 1.4e6, "count", ""),
    ("median response time is currently 44:38 mins.", "44:38 mins", 2678, "seconds", ""),
    ("October 2023 = 76.8% down -3.5% pts year-on-year", "-3.5% pts", -3.5, "percentage_points", ""),
    ("County -11.7% with Swindon", "-11.7%", -11.7, "percent", ""),
    ("a decrease of –7.5% compared", "–7.5%", -7.5, "percent", ""),
    ("Q1: 33 per cent (6 appeals", "33 per cent", 33, "percent", ""),
    ("rate of 8.% this year", "8.%", 8, "percent", ""),
    ("a 10.3pp decline", "10.3pp", 10.3, "percentage_points", ""),
    ("50+ additional personnel", "50", 50, "count", ""),
    ("waited 10m 55s before", "10m 55s", 655, "seconds", ""),
    ("drugs valued at over £155,000.", "£155,000", 155000, "gbp", ""),
    ("in September 2023 a total of 3,138 speed watch records", "3,138", 3138, "count", ""),
    ("**Satisfaction fell to 71.3%**", "71.3%", 71.3, "percent", ""),
    ("a fall of 8%\u00a0▼ this year", "8%\u00a0▼", -8, "percent", ""),
])
def test_find_quantities_hits(text, raw, value, unit, kind):
    qs = [q for q in find_quantities(text) if q.raw == raw]
    assert len(qs) == 1, _raws(text)
    q = qs[0]
    assert text[q.start:q.end] == raw
    assert q.value == pytest.approx(value)
    assert q.unit == unit
    assert q.kind == kind


@pytest.mark.parametrize("text", [
    "Thursday 14 December 2023",
    "meeting on 14<sup>th</sup> and 17<sup>th</sup> September.",
    "on the 14th December 2023",
    "the 14th",
    "in the 21st Century",
    "3rd party material",
    "Jul-24", "Jan 24", "10 September", "September 10", "Oct-2023",
    "14/12/2023", "2023-12-14",
    "Time: 10.30 am", "at 1:30pm", "10:30am-1pm", "from 14:00",
    "Priority 2: Reduce violence", "PIP2 investigators", "Op SCORPION 6.",
    "Operation Scorpion 6", "Swindon SN1 2JH", "call 01225 256558",
    "available 24/7", "Agenda Item 7", "(Pages 21 - 44)", "see page 12",
    "since 2019", "Plan 2022-25", "in 2019-20", "2022/23", "FY 24/25", "FY23/24",
    "4.10 The Force recorded", "1. Prevent crime and keep people safe",
    "127. This consistent", "### 24 Police and Crime Plan", "#### 11 **Communications**",
    "Hate crime<sup>4</sup> figures", "in the last 12 months", "a 12-month high",
    "3 Months to Jul-2024", "Section 136 detentions", "Safer Streets Round 5 bid",
    "Quarter 2 Report", "Q2", "calls to 999 and 101", "NHS 111",
    "per 1,000 population", "Introduction ..... 3",
    "https://www.gov.uk/file/839172/hate-crime-1819.pdf",
    "email matthew.hitch2@wiltshire.gov.uk", "aged 13-17", "over a 16 week pilot",
    "align resources \u0660",
])
def test_find_quantities_excludes(text):
    assert _raws(text) == []


def test_find_quantities_order_and_offsets_in_long_text():
    text = ("Date: Thursday 14 December 2023 Time: 10.30 am. In October 2023 the "
            "abandonment rate was 27.7%, down -3.5% pts; 1 hr 33 min (n=482) and £1.2bn.")
    assert _raws(text) == ["27.7%", "-3.5% pts", "1 hr 33 min", "n=482", "£1.2bn"]


def test_find_quantities_markdown_noise_offsets():
    text = "<u>Rate</u> **12.4%** and&nbsp;1,200 calls"
    qs = find_quantities(text)
    assert [q.raw for q in qs] == ["12.4%", "1,200"]
    assert all(text[q.start:q.end] == q.raw for q in qs)


def test_find_quantities_empty():
    assert find_quantities("") == []
    assert find_quantities(None) == []


def test_find_quantities_duration_not_split():
    qs = find_quantities("from 3 minutes 49 seconds to 1 minute 20 seconds")
    assert [q.value for q in qs] == [229, 80]


# ---------------------------------------------------------------- signs

@pytest.mark.parametrize("text,sign", [
    ("▼", -1), ("decrease", -1), ("decreased", -1), ("down", -1), ("decline", -1),
    ("fell", -1), ("a fall of", -1), ("reduction", -1), ("reduced", -1), ("lower", -1),
    ("Decreasing", -1),
    ("▲", 1), ("^", 1), ("increase", 1), ("increased", 1), ("up", 1), ("rise", 1),
    ("rose", 1), ("higher", 1), ("Increasing", 1),
    ("", 0), ("stable", 0), ("up to 20", 0), ("increase then a decrease", 0),
    ("update", 0), ("downtown", 0), ("the upper tier", 0),
])
def test_sign_from_words(text, sign):
    assert sign_from_words(text) == sign


def _q(value, explicit=False, unit="percent"):
    return Quantity(value, unit, str(value), 0, 3, explicit)


@pytest.mark.parametrize("before,value", [
    ("a decrease of ", -2.1),
    ("This is a decrease of", -2.1),
    ("down ", -2.1),
    ("fell by ", -2.1),
    ("reduced by ", -2.1),
    ("a reduction of ", -2.1),
    ("decreased year-on-year by ", -2.1),
    ("an increase of ", 2.1),
    ("rose by ", 2.1),
    ("down from ", 2.1),      # a level: "down from 1 hr 45 min"
    ("fell to ", 2.1),        # a level
    ("the rate was ", 2.1),
    ("", 2.1),
    ("a decrease in burglary; the rate was ", 2.1),
])
def test_apply_sign(before, value):
    assert apply_sign(_q(2.1), before).value == pytest.approx(value)


def test_apply_sign_explicit_wins():
    q = _q(-19.2, explicit=True)
    assert apply_sign(q, "decreased year-on-year by ").value == -19.2
    assert apply_sign(q, "increased by ").value == -19.2
    q2 = _q(-3.5, explicit=True, unit="percentage_points")
    assert apply_sign(q2, "down ").value == -3.5


def test_apply_sign_on_found_quantity():
    text = "October 2023 = 76.8% down -3.5% pts year-on-year."
    q = [q for q in find_quantities(text) if q.unit == "percentage_points"][0]
    assert apply_sign(q, text[:q.start]).value == -3.5


def test_apply_sign_after():
    assert apply_sign(_q(8.0), "with 2022 ", "(n=482) lower than 2019").value == -8.0
    assert apply_sign(_q(9.06), "were ", " (n=600) higher than in 2019").value == 9.06
    assert apply_sign(_q(9.06), "were ", " of all crimes").value == 9.06


def test_apply_sign_marks_explicit():
    q = apply_sign(_q(2.1), "a decrease of ")
    assert q.sign_explicit is True
    assert apply_sign(_q(2.1), "the rate was ").sign_explicit is False


# ---------------------------------------------------------------- periods

@pytest.mark.parametrize("text,ptype,start,end", [
    ("Jul-24", "month", D(2024, 7, 1), D(2024, 7, 31)),
    ("Jul-2024", "month", D(2024, 7, 1), D(2024, 7, 31)),
    ("October 2023", "month", D(2023, 10, 1), D(2023, 10, 31)),
    ("Oct-2023", "month", D(2023, 10, 1), D(2023, 10, 31)),
    ("Feb-24", "month", D(2024, 2, 1), D(2024, 2, 29)),
    ("3 Months to Jul-2024", "rolling_3_months", D(2024, 5, 1), D(2024, 7, 31)),
    ("3 Months to Oct-2023", "rolling_3_months", D(2023, 8, 1), D(2023, 10, 31)),
    ("3 Months to Jan-2024", "rolling_3_months", D(2023, 11, 1), D(2024, 1, 31)),
    ("12 Months to Jul-2024", "rolling_12_months", D(2023, 8, 1), D(2024, 7, 31)),
    ("12 months to Jul 2024", "rolling_12_months", D(2023, 8, 1), D(2024, 7, 31)),
    ("12 months to Jul -24", "rolling_12_months", D(2023, 8, 1), D(2024, 7, 31)),
    ("12 Months to Jul-2023 vs. 12 Months to Jul-2024", "change_12_months", D(2023, 8, 1), D(2024, 7, 31)),
    ("12 Months to Oct-2022 vs. 12 Months to Oct-2023", "change_12_months", D(2022, 11, 1), D(2023, 10, 31)),
    ("Q2", "quarter", None, None),
    ("Q2 2023", "quarter", None, None),
    ("quarter two 2019-20", "quarter", D(2019, 7, 1), D(2019, 9, 30)),
    ("Quarter Two 2019-20", "quarter", D(2019, 7, 1), D(2019, 9, 30)),
    ("Q4 2023/24", "quarter", D(2024, 1, 1), D(2024, 3, 31)),
    ("Q1 FY 24/25", "quarter", D(2024, 4, 1), D(2024, 6, 30)),
    ("1 July to 30 September 2019", "quarter", D(2019, 7, 1), D(2019, 9, 30)),
    ("1 July to 31 August 2019", "other", D(2019, 7, 1), D(2019, 8, 31)),
    ("FY 23/24", "financial_year", D(2023, 4, 1), D(2024, 3, 31)),
    ("2022-2023", "financial_year", D(2022, 4, 1), D(2023, 3, 31)),
    ("2022/23", "financial_year", D(2022, 4, 1), D(2023, 3, 31)),
    ("2019–20", "financial_year", D(2019, 4, 1), D(2020, 3, 31)),
    ("financial year 2022/23", "financial_year", D(2022, 4, 1), D(2023, 3, 31)),
    ("September – December 2023", "other", D(2023, 9, 1), D(2023, 12, 31)),
    ("Oct–Dec 2023", "quarter", D(2023, 10, 1), D(2023, 12, 31)),
    ("MAR-MAY 2023", "other", D(2023, 3, 1), D(2023, 5, 31)),
    ("March to May 2023", "other", D(2023, 3, 1), D(2023, 5, 31)),
    ("Nov 2023 - Jan 2024", "other", D(2023, 11, 1), D(2024, 1, 31)),
    ("Jan-Mar 2024", "quarter", D(2024, 1, 1), D(2024, 3, 31)),
    ("October 2022 - September 2023", "rolling_12_months", D(2022, 10, 1), D(2023, 9, 30)),
    ("April 2022 - March 2023", "financial_year", D(2022, 4, 1), D(2023, 3, 31)),
    ("year to September 2019", "rolling_12_months", D(2018, 10, 1), D(2019, 9, 30)),
    ("in the year ending March 2022", "rolling_12_months", D(2021, 4, 1), D(2022, 3, 31)),
    ("calendar year 2022", "calendar_year", D(2022, 1, 1), D(2022, 12, 31)),
    ("2023", "calendar_year", D(2023, 1, 1), D(2023, 12, 31)),
    ("Year to date", "year_to_date", None, None),
    ("YTD Oct-23", "year_to_date", D(2023, 4, 1), D(2023, 10, 31)),
    ("YTD Feb-24", "year_to_date", D(2023, 4, 1), D(2024, 2, 29)),
    ("30 September 2019", "point_in_time", D(2019, 9, 30), D(2019, 9, 30)),
    ("as at 31 March 2023", "point_in_time", D(2023, 3, 31), D(2023, 3, 31)),
    ("rolling 12 months", "rolling_12_months", None, None),
    ("12 Months", "rolling_12_months", None, None),
    ("Change 12 Months", "change_12_months", None, None),
    ("Police and Crime Plan 2022-25", "other", None, None),
])
def test_parse_period(text, ptype, start, end):
    p = parse_period(text)
    assert p is not None
    assert (p.period_type, p.start, p.end) == (ptype, start, end)


def test_parse_period_default_year():
    p = parse_period("October", default_year=2023)
    assert (p.period_type, p.start, p.end) == ("month", D(2023, 10, 1), D(2023, 10, 31))
    assert parse_period("October") is None


@pytest.mark.parametrize("text", ["", "Rolling 12 Month Trend", "Statistical Exceptions",
                                  "Measure", "Rolling 12 Month Only", "may"])
def test_parse_period_none(text):
    assert parse_period(text) is None


def test_parse_period_keeps_raw():
    assert parse_period(" Oct-2023 ").raw == "Oct-2023"


# ---------------------------------------------------------------- dates

@pytest.mark.parametrize("text,date", [
    ("Thursday 14 December 2023", D(2023, 12, 14)),
    ("14th December 2023", D(2023, 12, 14)),
    ("14 <sup>th</sup> December 2023", D(2023, 12, 14)),
    ("06 December 2023", D(2023, 12, 6)),
    ("14 SEPTEMBER 2023", D(2023, 9, 14)),
    ("Jan 24", D(2024, 1, 1)),
    ("March 2025", D(2025, 3, 1)),
    ("New contract to start Apr 24", D(2024, 4, 1)),
    ("December 14, 2023", D(2023, 12, 14)),
    ("14/12/2023", D(2023, 12, 14)),
    ("2023-12-14", D(2023, 12, 14)),
    ("1<sup>st</sup> April 2019", D(2019, 4, 1)),
    ("Sept 2023", D(2023, 9, 1)),
    ("Jul-24", D(2024, 7, 1)),
    ("Tues 5 Mar 24", D(2024, 3, 5)),
    ("Minutes of the meeting held on 14 September 2023 at 10.30 am", D(2023, 9, 14)),
])
def test_parse_date(text, date):
    assert parse_date(text) == date


def test_parse_date_default_year():
    assert parse_date("13 June", default_year=2024) == D(2024, 6, 13)
    assert parse_date("13 June") is None


@pytest.mark.parametrize("text", ["", "no date", "October", "31 February 2023", "12.4%", "2023", "Q2"])
def test_parse_date_none(text):
    assert parse_date(text) is None


# ---------------------------------------------------------------- times

@pytest.mark.parametrize("text,t", [
    ("10.30 am", "10:30"), ("10:30am", "10:30"), ("1:30pm", "13:30"),
    ("5pm", "17:00"), ("10:41am", "10:41"), ("<u>10.30 am</u>", "10:30"),
    ("12 noon", "12:00"), ("12.15 pm", "12:15"), ("12am", "00:00"),
    ("14:00", "14:00"), ("10 a.m.", "10:00"), ("Time: 2.00 p.m.", "14:00"),
])
def test_parse_time(text, t):
    assert parse_time(text) == t


@pytest.mark.parametrize("text", ["", "10.30", "13pm", "25:00", "no time", "44:38 mins"])
def test_parse_time_none(text):
    assert parse_time(text) is None


@pytest.mark.parametrize("text,rng", [
    ("10.30 am - 1.35 pm", ("10:30", "13:35")),
    ("10.30 am – 1.35 pm", ("10:30", "13:35")),
    ("10:30am-1pm", ("10:30", "13:00")),
    ("10am to 12 noon", ("10:00", "12:00")),
    ("2 - 4pm", ("14:00", "16:00")),
    ("10.30 - 1.35 pm", ("10:30", "13:35")),
    ("Time: 10.30 am", ("10:30", None)),
    ("", (None, None)),
    ("no time here", (None, None)),
])
def test_parse_time_range(text, rng):
    assert parse_time_range(text) == rng


# ---------------------------------------------------------------- cleaning

def test_clean_text():
    assert clean_text("14 <sup>th</sup> **December**") == "14 th December"
    assert clean_text("a\u00a0b – c") == "a b - c"
    assert clean_text("$\\pm 3.5$") == "±3.5"


@pytest.mark.parametrize("text,raw", [
    ("over the year 1,234 incidents were logged", "1,234"),
    ("the figure 1,402 is lower", "1,402"),
    ("Priority 2 saw 1,200 arrests", "1,200"),
])
def test_labels_do_not_swallow_following_figures(text, raw):
    assert raw in _raws(text)
    assert "2" not in _raws(text)


# ---------------------------------------------------------------- corpus smoke test

import pathlib  # noqa: E402

_CORPUS = pathlib.Path(__file__).resolve().parent.parent / "corpus"


@pytest.mark.skipif(not _CORPUS.is_dir(), reason="no sample corpus")
def test_corpus_invariants():
    import re
    n = 0
    for f in sorted(_CORPUS.iterdir()):
        for line in f.read_text(encoding="utf-8", errors="replace").splitlines():
            for q in find_quantities(line):
                n += 1
                assert line[q.start:q.end] == q.raw
                assert q.unit in ("count", "percent", "percentage_points", "seconds", "gbp", "ratio")
                # 'ratio' (added with correlation coefficients "r= 0.86") only for coefficients
                assert (q.unit == "ratio") == (q.kind == "coefficient"), line
                # never a bare year
                assert not (q.unit == "count" and re.fullmatch(r"(19|20)\d\d", q.raw)), line
                assert "SN1" not in line[max(0, q.start - 4):q.start]
    assert n > 100


# ---------------------------------------------------------------- grammar gaps found by the figures extractor

@pytest.mark.parametrize("text", [
    "PL Kicks delivered sessions during the 22-23 programme.",
    "the 22/23 budget", "FY23/24", "in FY 23/24 there", "the 22–23 season", "the 99-00 accounts",
])
def test_two_digit_financial_years_are_not_figures(text):
    assert _raws(text) == []


@pytest.mark.parametrize("text,raws", [
    ("between 22-24 officers", ["22", "24"]),       # not consecutive: a range of counts
    ("rates of 22-23% were seen", ["22", "23%"]),   # a percent range, not a year
    ("22 - 23 minutes", ["23 minutes"]),            # a unit follows: not a year
])
def test_two_digit_pairs_that_are_not_financial_years(text, raws):
    got = _raws(text)
    for r in raws:
        assert r in got


@pytest.mark.parametrize("text", [
    "please consult Protocol 12 of Wiltshire Council's Constitution",
    "The use of Outcome 15 (evidential difficulties) is falling.",
    "Project 7 is under way", "Phase 1 complete by January 2024.", "Tier 2 support",
    "Target Operating Model Stage 3 work", "PIP Level 4 investigations", "Regulation 13 notice",
    "Fatal 4 metrics being captured", "Fatal 5 updates rolled out", "a 'surround a town' fatal 5 initiative",
    # the Home Office outcome types as forces print them (Hertfordshire's FOI table of hospital crimes)
    "VIOLENCE AGAINST THE PERSON Type 16 - Named Suspect - Victim Unsupportive",
    "outcome Types 15 and 16 were the most used", "Type 1a - Youth Caution",
])
def test_identifier_labels_are_not_figures(text):
    assert _raws(text) == []


@pytest.mark.parametrize("text,raws", [
    # a category label followed by its count is a count (decided by the word, not position)
    ("Fatal 23, Serious 232, Slight 1,629", ["23", "232", "1,629"]),
    ("Fatal 5, Serious 40, Slight 300 casualties", ["5", "40", "300"]),
    ("Project 7 recorded 1,234 visits", ["1,234"]),
    ("Phase 1 saw 45 arrests", ["45"]),
    ("Type 16 was used for 1,004 crimes", ["1,004"]),
])
def test_category_counts_after_labels_are_kept(text, raws):
    assert _raws(text) == raws


@pytest.mark.parametrize("text", [
    "(4 months = 61.6%)", "over 4 months", "Wiltshire is approx. 18 months ahead",
    "in the last 3 months", "appointed for 12 months", "for 2 years", "over a 2 year period",
    "a 6-weeks course", "over 4 quarters",
])
def test_time_spans_in_months_weeks_years_are_not_figures(text):
    assert [r for r in _raws(text) if not r.endswith("%")] == []


@pytest.mark.parametrize("text,raws", [
    ("(4 months = 61.6%)", ["61.6%"]),
    ("victims waited 11 days on average", ["11"]),   # days given as plain numbers are counts
    ("3 days later 45 arrests", ["3", "45"]),
    ("12 months % change", ["12"]),                  # followed by % is not a span phrase
])
def test_time_spans_keep_other_figures_and_days(text, raws):
    assert _raws(text) == raws


@pytest.mark.parametrize("before,value", [
    ("Response rate: October 2023 = 56.7% year-on-year down - ", -8.0),   # detached dash is filler
    ("down – ", -8.0),
    ("increased - ", 8.0),
    ("down -", -8.0),                                                      # glued dash: explicit minus
    ("Rate -", -8.0),
    ("the range 5 - ", 8.0),                                               # a range dash signs nothing
    ("the range 5-", 8.0),                                                 # glued to a number: no sign
])
def test_apply_sign_dash_between_word_and_figure(before, value):
    assert apply_sign(_q(8.0), before).value == pytest.approx(value)


def test_apply_sign_detached_dash_on_found_quantity():
    text = "Response rate: October 2023 = 56.7% year-on-year down - 8.%"
    q = [q for q in find_quantities(text) if q.raw == "8.%"][0]
    assert q.sign_explicit is False
    s = apply_sign(q, text[:q.start])
    assert (s.value, s.sign_explicit) == (-8.0, True)


@pytest.mark.parametrize("after,value", [
    (" overall increase in offences", 2.7),
    (" overall decrease in offences", -2.7),
    (" slight decrease", -2.7),
    (" year-on-year reduction", -2.7),
    (" small but significant fall", 2.7),     # not only adjectives between: no sign from it
    (" statistically significant decrease", -2.7),
    (" of the overall decrease", 2.7),        # "of": a share of the change, not signed
    (" overall", 2.7),
])
def test_apply_sign_after_with_adjectives(after, value):
    assert apply_sign(_q(2.7), "was ", after).value == pytest.approx(value)


def test_apply_sign_after_with_adjective_on_found_quantity():
    text = "Wiltshire did experience a 2% overall decrease in offences"
    q = find_quantities(text)[0]
    assert apply_sign(q, text[:q.start], text[q.end:]).value == -2.0


@pytest.mark.parametrize("text,raw,value,unit", [
    ("67.6% (+/- 10.52) of respondents", "+/- 10.52", 10.52, "percent"),  # bare margin after a percent
    ("+/- 10.52", "+/- 10.52", 10.52, "count"),
    ("a margin of +/− 3.1%", "+/− 3.1%", 3.1, "percent"),
    ("1,200 (± 30)", "± 30", 30, "count"),
])
def test_plus_minus_margins(text, raw, value, unit):
    qs = [q for q in find_quantities(text) if q.kind == "plusminus"]
    assert len(qs) == 1, _raws(text)
    assert (qs[0].raw, qs[0].value, qs[0].unit) == (raw, pytest.approx(value), unit)
    assert text[qs[0].start:qs[0].end] == raw


def test_plus_minus_not_a_plain_plus():
    assert [(q.raw, q.kind) for q in find_quantities("+10.52 and 3/4")] == [("+10.52", "")]


@pytest.mark.parametrize("text", [
    "5* - The call taker was extremely compassionate", "4* - Prompt and efficient",
    "rated 5* by victims", "a 4-star rating", "4.5 stars",
])
def test_star_ratings_are_not_figures(text):
    assert _raws(text) == []


def test_asterisk_after_a_larger_number_is_a_footnote():
    assert _raws("there were 120* offences") == ["120"]


@pytest.mark.parametrize("text", [
    "Wiltshire is 39th of 44 forces", "sits 41st out of 44 forces", "39<sup>th</sup> of 44 forces",
    "sitting 39th \n\nof 44 forces.",
])
def test_rank_denominator_is_not_a_figure(text):
    qs = find_quantities(text)
    assert [(q.value, q.kind) for q in qs] == [(qs[0].value, "rank")]
    assert "44" not in qs[0].raw


def test_out_of_after_a_plain_count_is_kept():
    assert _raws("15 out of 20 cases") == ["15", "20"]
    assert _raws("39th of 44 forces, with 1,200 calls") == ["39th", "1,200"]


@pytest.mark.parametrize("text,raw,value", [
    ("(statistical significance of r= 0.86).", "r= 0.86", 0.86),
    ("r = 0.86", "r = 0.86", 0.86),
    ("satisfaction overall (R=0.74) and", "R=0.74", 0.74),
    ("kept informed ($r=0.86$).", "r=0.86", 0.86),
    ("a negative correlation (r=−0.42)", "r=−0.42", -0.42),
])
def test_correlation_coefficients(text, raw, value):
    qs = find_quantities(text)
    assert [(q.raw, q.unit, q.kind) for q in qs] == [(raw, "ratio", "coefficient")]
    assert qs[0].value == pytest.approx(value)


@pytest.mark.parametrize("text", ["r = 12", "per=0.5", "a 0.86 ratio"])
def test_not_coefficients(text):
    assert all(q.kind != "coefficient" and q.unit != "ratio" for q in find_quantities(text))


@pytest.mark.parametrize("text,raw", [
    ("Abandonment rate Oct-2023 (%)", "Oct-2023"),
    ("The 12 Months to Jul-2024 figure", "12 Months to Jul-2024"),
    ("Performance for Quarter Two 2019-20 (1 July to 30 September 2019)", "Quarter Two 2019-20"),
    ("YTD Oct-23 total", "YTD Oct-23"),
    ("Change 12 Months", "Change 12 Months"),
    ("data for Oct–Dec 2023 only", "Oct–Dec 2023"),
    ("meeting on 14 <sup>th</sup> December 2023 at noon", "14 <sup>th</sup> December 2023"),
    ("in 2019", "in 2019"),
])
def test_parse_period_raw_is_the_matched_text(text, raw):
    p = parse_period(text)
    assert p is not None and p.raw == raw
    assert p.raw in text


# ---------------------------------------------------------------------------
# caching: the same answers, and callers cannot spoil the cache
# ---------------------------------------------------------------------------

def test_cached_cleaning_and_scanning_give_the_same_answers():
    from extract import normalise as N
    texts = ["Calls rose by 2.3% (n. 2,751) to **1,402** in Oct&nbsp;2023 \u2013 a rise.",
             "Plain text with 12 and 14.", "x" * 2500 + " 42%"]   # the last one is too long to cache
    for t in texts:
        first = N.find_quantities(t)
        first.append("spoilt")                    # a caller changing its list ...
        again = N.find_quantities(t)
        assert "spoilt" not in again               # ... does not change the next answer
        assert again == N._scan(t)                 # the uncached scan agrees
        clean, idx = N._clean(t)
        assert clean == N.clean_text(t) and len(idx) == len(clean) + 1 and idx[-1] == len(t)
        for q in again:
            assert t[q.start:q.end] == q.raw
    assert N.clean_text("a\u2013b &amp; c") == "a-b & c"
    assert N.clean_text(None) == "" and N.find_quantities("") == []


# --- hyphenated day-month-year and 24-hour "hrs" times (found on unseen panel papers) ---
@pytest.mark.parametrize("text, expected", [
    ("31-Mar-25", dt.date(2025, 3, 31)),
    ("31-Mar-2025", dt.date(2025, 3, 31)),
    ("Due 1-Apr-24", dt.date(2024, 4, 1)),
    ("Mar-25", dt.date(2025, 3, 1)),
    ("30-Feb-24", None),
    ("12-Month", None),
])
def test_parse_date_hyphenated(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("10.00 hrs", "10:00"),
    ("1400 hrs", "14:00"),
    ("at 0930 hrs", "09:30"),
    ("1400 hours", None),      # may be a duration
    ("16,469 hrs", None),      # a count of hours
    ("2500 hrs", None),
])
def test_parse_time_24h_hrs(text, expected):
    assert parse_time(text) == expected


# --- table-cell forms found on other forces' tables ---
@pytest.mark.parametrize("cell", ["£000", "£'000", "(£000)", "£m", "£k"])
def test_money_scale_labels_are_not_values(cell):
    assert parse_value(cell) is None


@pytest.mark.parametrize("cell, value", [("-1.9 pts", -1.9), ("1.9pts", 1.9), ("+0.4 pts", 0.4)])
def test_bare_pts_are_percentage_points(cell, value):
    q = parse_value(cell)
    assert q is not None and q.unit == "percentage_points" and q.value == pytest.approx(value)


def test_financial_year_to_date_knows_its_start_only():
    p = parse_period("2023/24 YTD")
    assert (p.period_type, p.start, p.end) == ("year_to_date", dt.date(2023, 4, 1), None)


@pytest.mark.parametrize("text", ["Budget 2023/24 £000", "Variance £'000", "(£000)"])
def test_money_scale_label_in_a_header_is_no_quantity(text):
    assert [q for q in find_quantities(text) if q.unit == "gbp"] == []


def test_real_money_still_found_beside_a_scale_label():
    qs = find_quantities("Spend was £1,000 (£000 in the table)")
    assert [(q.raw, q.value) for q in qs if q.unit == "gbp"] == [("£1,000", 1000.0)]


@pytest.mark.parametrize("text, start, end", [
    ("between 2020 and 2021", dt.date(2020, 1, 1), dt.date(2021, 12, 31)),
    ("from 2019 to 2022", dt.date(2019, 1, 1), dt.date(2022, 12, 31)),
    ("from 2019/20 to 2022/23", dt.date(2019, 4, 1), dt.date(2023, 3, 31)),
    ("between FY21/22 and FY23/24", dt.date(2021, 4, 1), dt.date(2024, 3, 31)),
])
def test_spans_of_whole_years(text, start, end):
    p = parse_period(text)
    assert (p.period_type, p.start, p.end) == ("other", start, end)


def test_backwards_year_span_is_no_span():
    p = parse_period("between 2021 and 2019")
    assert p is None or p.period_type != "other" or p.start is None


# --- meeting times in every printed form (issue 11) ---
@pytest.mark.parametrize("text,expected", [
    ("Tuesday, 4th March, 2025, at 10.00 am", "10:00"),
    ("Friday, 19th July, 2024 10.00 am", "10:00"),
    ("Meeting 19:15", "19:15"),
    ("Wednesday 2 May 2018 at 7.20 pm", "19:20"),
    ("TUESDAY, 13 NOVEMBER 2018 AT 15:00 HOURS", "15:00"),
    ("12 December - 1000 hours in Committee Room 2", "10:00"),
    ("meets at 0930 hours", "09:30"),
    ("starts 5pm", "17:00"),
    ("at 5.15pm", "17:15"),
    ("1400 hours", None),
    ("a further 1000 hours of patrol", None),
])
def test_parse_time_meeting_forms(text, expected):
    assert parse_time(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Tuesday, 4th March, 2025, at 10.00 am", "2025-03-04"),
    ("TUESDAY, 13 NOVEMBER 2018 AT 15:00 HOURS", "2018-11-13"),
    ("16th November, 2017", "2017-11-16"),
    ("Date: 22 October 2009", "2009-10-22"),
    ("ON THURSDAY 10th OCTOBER 2019", "2019-10-10"),
])
def test_parse_date_meeting_forms(text, expected):
    assert parse_date(text).isoformat() == expected
