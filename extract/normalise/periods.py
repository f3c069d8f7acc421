"""Periods: months, quarters, rolling windows, financial years, spans,
relative periods; each with ISO start and end dates."""
from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache

from typing import Optional
from .core import MONTH, Period, _add_months, _clean, _month_end, _month_no, _orig_span, _year, clean_text  # noqa: F401
from .quantities import _close_tags  # noqa: F401
from .dates import _DATE_DMY, _DATE_ISO, _DATE_MDY, _DATE_MY, _DATE_NUM, _MONTH_ONLY, _mkdate, month_day_not_year, parse_date  # noqa: F401


# --------------------------------------------------------------------------
# periods
# --------------------------------------------------------------------------

_MY = rf"(?P<{{p}}mon>{MONTH})[ \t]*(?:[-/'][ \t]*|[’‘](?=\d\d\b)|[ \t]+|,[ \t]*)?[ \t]*-?[ \t]*(?P<{{p}}y>\d{{4}}|\d\d)\b"


# (hot patterns, compiled once)
_BARE_YEAR_RE = re.compile(r"(?:in[ \t]+)?((?:19|20)\d\d)", re.IGNORECASE)


def _my(prefix: str) -> str:
    return _MY.replace("{p}", prefix)


_MY_RE = re.compile(_my(""), re.IGNORECASE)


_NUMWORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "six": 6, "nine": 9,
             "twelve": 12, "first": 1, "second": 2, "third": 3, "fourth": 4}

_CHANGE12_RE = re.compile(
    rf"12[ \t-]*months?[ \t]+(?:to|ending)[ \t]+{_my('a')}.{{0,10}}?\bvs?\.?[ \t]+(?:the[ \t]+)?12[ \t-]*months?[ \t]+(?:to|ending)[ \t]+{_my('b')}",
    re.IGNORECASE)
_ROLLING_RE = re.compile(
    rf"(?:(?P<n>\d+|three|twelve|six|nine)[ \t-]*months?|(?P<yr>year))[ \t]+(?:to|ending|up[ \t]+to|until)[ \t]+(?:the[ \t]+end[ \t]+of[ \t]+)?(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+)?{_my('')}",
    re.IGNORECASE)
#: a window ending on a day written US-style: "the 12 months until June 30, 2018" (the Falmouth Packet on Devon and
#: Cornwall's panel, 2019), "the 12 months to November 30 2015" (Sussex PCC): the whole months ending with that month
_ROLLING_US_RE = re.compile(
    rf"(?:(?P<n>\d+|three|twelve|six|nine)[ \t-]*months?|(?P<yr>year))[ \t]+(?:to|ending|up[ \t]+to|until)[ \t]+"
    rf"(?:the[ \t]+end[ \t]+of[ \t]+)?(?P<mon>{MONTH})\.?[ \t]+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?[ \t]+(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE)
_YTD_RE = re.compile(r"\b(?:year[ \t-]+to[ \t-]+date|ytd|financial[ \t]+year[ \t]+to[ \t]+date|fytd)\b", re.IGNORECASE)
_QUARTER_RE = re.compile(
    r"\b(?:q(?P<qn>[1-4])|quarter[ \t]+(?P<qw>one|two|three|four|[1-4])|(?P<qo>first|second|third|fourth|1st|2nd|3rd|4th)[ \t]+quarter)"
    r"(?:[ \t]*(?:of[ \t]+)?(?:(?:fy|financial[ \t]+year)[ \t]*)?(?P<y1>(?:19|20)\d\d|\d\d)(?:[ \t]*[-/][ \t]*|[ \t]+to[ \t]+)"
    r"(?P<y2>(?:19|20)?\d\d))?\b",
    re.IGNORECASE)
#: the first two or three quarters of a financial year together: "the first three quarters of 2020/21" (North Wales Fire
#: and Rescue Service): April to September or December of that year
_FIRST_QUARTERS_RE = re.compile(
    r"\bfirst[ \t]+(?P<n>two|three|2|3)[ \t]+quarters[ \t]+of[ \t]+(?:the[ \t]+)?(?:(?:fy|financial[ \t]+year)[ \t]*)?"
    r"(?P<y1>(?:19|20)\d\d)[ \t]*[-/–][ \t]*(?P<y2>(?:19|20)?\d\d)\b", re.IGNORECASE)
#: a half of a named year: "the second half of 2024" (July to December: the Devon and Cornwall force's 101 times, in
#: the press), "the first half of 2024/25" (April to September: Kent County Council's treasury report), "the first half
#: of the 2015-16 policing year" (Isle of Man Constabulary); a half of "the (financial) year" with no year named is
#: matched too (undated: which year, the text does not say; never the whole year)
_HALF_RE = re.compile(
    r"\b(?P<h>first|second|1st|2nd)[ \t]+half[ \t]+of[ \t]+(?:the[ \t]+)?(?:(?P<year>fy|(?:financial[ \t]+|calendar[ \t]+)?year)[ \t]*)?"
    r"(?:(?P<y1>(?:19|20)\d\d)[ \t]*[-/–][ \t]*(?P<y2>(?:19|20)?\d\d)\b(?![-/]\d)|(?P<cy>(?:19|20)\d\d)\b(?![ \t]*[-/–][ \t]*\d))?",
    re.IGNORECASE)
_FY_RE = re.compile(
    r"(?:\b(?:fy|financial[ \t]+year|fin\.?[ \t]+year)[ \t]*(?P<a1>(?:19|20)?\d\d)[ \t]*[-/][ \t]*(?P<a2>(?:19|20)?\d\d)\b"
    r"|\b(?P<b1>(?:19|20)\d\d)[ \t]*[-/][ \t]*(?P<b2>(?:19|20)?\d\d)\b(?![-/]\d))",
    re.IGNORECASE)
#: a financial year in GOV.UK style, "2024 to 2025" (after "from" or "between" a span: _YEAR_SPAN_RE)
_FY_TO_RE = re.compile(r"\b(?P<b1>(?:19|20)\d\d)[ \t]+to[ \t]+(?P<b2>(?:19|20)\d\d)\b(?![-/]\d)", re.IGNORECASE)
_YEAR_SPAN_RE = re.compile(r"\b(?:between|from)[ \t]+(?P<a>(?:19|20)\d\d)[ \t]+(?:and|to|until)[ \t]+(?P<b>(?:19|20)\d\d)\b(?![-/]\d)",
                           re.IGNORECASE)
_FY_SPAN_RE = re.compile(
    r"\b(?:between|from)[ \t]+(?:fy[ \t]*)?(?P<a1>(?:19|20)?\d\d)[ \t]*/[ \t]*(?P<a2>(?:19|20)?\d\d)[ \t]+(?:and|to|until)[ \t]+"
    r"(?:fy[ \t]*)?(?P<b1>(?:19|20)?\d\d)[ \t]*/[ \t]*(?P<b2>(?:19|20)?\d\d)\b", re.IGNORECASE)
_CAL_RE = re.compile(r"\bcalendar[ \t]+year[ \t]*(?P<y>(?:19|20)\d\d)\b|\b(?:19|20)\d\d[ \t]+calendar[ \t]+year\b", re.IGNORECASE)
_RANGE_RE = re.compile(
    # (a month and its year glued by a dash, "May-13 to Apr-14" (Lancashire PCC), is the range's first end;
    # "Apr-14 May-14" is two months, never "April to 14 May")
    # (a day's ordinal may be set apart from it, as a superscript is by a PDF's converter: "from 1 st April 2019 - 30 th
    # June 2019", East Ayrshire Council's fire committee)
    rf"(?:(?P<d1>\d{{1,2}})(?:[ \t]?(?:st|nd|rd|th))?[ \t]+)?(?P<m1>{MONTH})(?!-\d\d(?!\d)(?![ \t]*(?:-|to|until)))"
    rf"(?:(?:[ \t,]*|-)(?P<y1>(?:19|20)\d\d|'?\d\d(?=[ \t]*(?:-|to|until))))?"
    rf"[ \t]*(?:-|to|until|through|and)[ \t]*"
    # (the range's end may be written as the end of its month: "from April 2012 to the end of March 2013"
    # (Cumbria's PCC), "between April and the end of June 2012")
    rf"(?:the[ \t]+end[ \t]+of[ \t]+)?"
    rf"(?:(?P<d2>\d{{1,2}})(?:[ \t]?(?:st|nd|rd|th))?[ \t]+)?(?P<m2>{MONTH})[ \t,-]*(?P<y2>(?:19|20)\d\d|\d\d)\b",
    re.IGNORECASE)

#: a US-style range of days, "July 1 to September 30", "between April 1 and June 30, 2019"
_US_RANGE_RE = re.compile(
    rf"(?P<m1>{MONTH})[ \t]+(?P<d1>\d{{1,2}})(?P<o1>st|nd|rd|th)?(?:,?[ \t]*(?P<y1>(?:19|20)\d\d))?"
    rf"[ \t]*(?:-|to|until|through|and)[ \t]*"
    rf"(?P<m2>{MONTH})[ \t]+(?P<d2>\d{{1,2}})(?P<o2>st|nd|rd|th)?(?:,?[ \t]*(?P<y2>(?:19|20)\d\d))?\b(?![-/'.]?\d)",
    re.IGNORECASE)


_BARE_ROLLING_RE = re.compile(
    r"^(?P<chg>(?:change|difference)[ \t]+(?:over[ \t]+|in[ \t]+)?)?(?:rolling|last|past|previous|the[ \t]+last)?[ \t]*(?P<n1>\d+|three|twelve)[ \t-]*months?(?:[ \t]+rolling)?(?P<chg2>[ \t]+(?:change|difference))?[ \t.:]*$"
    r"|\b(?:rolling|last|past|previous)[ \t]+(?P<n2>\d+|three|twelve)[ \t-]*months\b(?![ \t-]*(?:trend|only|to\b|ending))"
    r"|\b(?P<n3>\d+|three|twelve)[ \t-]*months[ \t]+rolling\b",
    re.IGNORECASE)


_RANGE_NOYEAR_RE = re.compile(
    rf"(?<![\w-])(?P<m1>{MONTH})[ \t]*(?:-|to|until|through|and)[ \t]*(?P<m2>{MONTH})(?![ \t,'-]*\d)",
    re.IGNORECASE)

_RELATIVE_RE = re.compile(
    r"^(?:(?:over|in|during|for|across|throughout)[ \t]+)?(?:(?P<cur>this|the|current|the[ \t]+current)[ \t]+(?:reporting[ \t]+)?(?P<cq>quarter)"
    r"|(?P<lastq>last|previous|preceding|prior|the[ \t]+(?:last|previous|preceding|prior))[ \t]+quarter"
    r"|(?P<roll>the[ \t]+(?:last|past|previous)|past)[ \t]+(?:twelve[ \t]+months|year)"
    r"|(?P<lasty>last|previous|prior|the[ \t]+previous|the[ \t]+prior)[ \t]+(?:financial[ \t]+|calendar[ \t]+)?year"
    r"|(?P<thisy>this|the[ \t]+current|current)[ \t]+(?:financial[ \t]+|calendar[ \t]+)?year)$",
    re.IGNORECASE)


def parse_relative_period(text: str) -> Optional[Period]:
    """A period named relative to the report ("this quarter", "last quarter",
    "the past year", "last year", "this year"), never dated here (the
    caller may date "this quarter" from its document):

    * "this quarter" / "the quarter" -> quarter; "last quarter" / "the previous quarter" -> quarter
      (raw keeps "last" so the caller knows it is not the report's own);
    * "the past year" / "the last year" / "over the past twelve months" -> rolling_12_months;
    * "last year" / "the previous year" / "this year" -> other (which year, calendar or
      financial, is not said).
    None for anything else."""
    if not text:
        return None
    t = clean_text(text).strip()
    m = _RELATIVE_RE.match(t)
    if not m:
        return None
    if m["cq"] or m["lastq"]:
        return Period("quarter", None, None, text.strip())
    if m["roll"]:
        return Period("rolling_12_months", None, None, text.strip())
    return Period("other", None, None, text.strip())


def _fy_years(a: str, b: str) -> Optional[tuple[int, int]]:
    ya = _year(a)
    yb = int(b)
    if yb < 100:
        yb = (ya // 100) * 100 + yb
    if yb != ya + 1:
        return None
    return ya, yb


def _fy_of(m: Optional[re.Match]) -> Optional[tuple[int, int]]:
    """The (first, second) calendar years of a financial year matched by _FY_RE."""
    if not m:
        return None
    return _fy_years(*((m["a1"], m["a2"]) if m["a1"] else (m["b1"], m["b2"])))


def _period_month(y: int, m: int, raw: str) -> Period:
    return Period("month", _dt.date(y, m, 1), _month_end(y, m), raw)


def parse_period(text: str, default_year: Optional[int] = None) -> Optional[Period]:
    """The reporting period named by ``text`` (a column header, a heading).

    Rules, first match wins:

    * "12 Months to Jul-2023 vs. 12 Months to Jul-2024" -> change_12_months,
      start = first day of the later 12-month window (2023-08-01), end = end
      of the later window (2024-07-31).
    * "N Months to Jul-2024" / "12 months to Jul -24" / "year to September
      2019" / "year ending ..." -> rolling_3_months (N=3), rolling_12_months
      (N=12 or "year to": UK usage "in the year to X" is the 12 months to X),
      other for any other N; start = first day of the first month, end = end
      of the named month.
    * "year to date" / "YTD" -> year_to_date; dates only when a month-year is
      given (start 1 April of that financial year, end = end of that month).
    * "Q2" / "Quarter Two" / "second quarter" -> quarter; dates only when a
      financial year follows ("Quarter Two 2019-20" -> 2019-07-01..2019-09-30;
      UK financial quarters: Q1 Apr-Jun ... Q4 Jan-Mar).  A quarter with a
      single calendar year ("Q2 2023") is ambiguous: no dates.
    * Date or month ranges ("1 July to 30 September 2019", "Oct-Dec 2023",
      "September - December 2023", "MAR-MAY 2023", "October 2022 - September
      2023"): the dates as given; type ``quarter`` when the range is exactly a
      financial quarter (Apr-Jun, Jul-Sep, Oct-Dec, Jan-Mar, whole months),
      ``financial_year`` when exactly April-March, ``calendar_year`` when
      exactly January-December, ``rolling_12_months`` for any other 12 whole
      months, else ``other`` (so a 3-month span not aligned to a quarter, like
      Mar-May, is ``other``).
    * US-style day ranges ("July 1 to September 30", "April 1 - June 30, 2019"): typed like the
      ranges above, dated only when a four-digit year is printed.
    * "FY 23/24", "2022/23", "2022-2023", "2019-20", "financial year 2022/23"
      -> financial_year (1 April .. 31 March).  "2022-25" (more than one
      year) -> other with no dates.
    * "calendar year 2022" -> calendar_year.
    * "Jul-24", "Jul-2024", "October 2023", "Oct 23" -> month; "September 30", "on May 21"
      (a day of the month, see ``month_day_not_year``) -> not a month of 2030 or 2021.
    * A full date "30 September 2019" / "as at ..." -> point_in_time.
    * A month name alone ("October") -> month with ``default_year``, else
      None.  A bare year "2023" -> calendar_year.
    None when nothing is recognised.  ``raw`` is the matched part of
    ``text`` (for a year to date with a month, from "YTD" to the month).
    """
    if not text:
        return None
    if len(text) <= _PERIOD_CACHE_MAX_LEN:
        return _parse_period_cached(text, default_year)
    return _parse_period(text, default_year)


_PERIOD_CACHE_MAX_LEN = 200   # a period phrase, a heading, a column header


@lru_cache(maxsize=8192)
def _parse_period_cached(text: str, default_year: Optional[int]) -> Optional[Period]:
    # (Period is frozen: the same phrases -- "2023", "March 2024" -- recur in every document)
    return _parse_period(text, default_year)


def _parse_period(text: str, default_year: Optional[int]) -> Optional[Period]:
    clean, idx = _clean(text)
    lead = len(clean) - len(clean.lstrip())
    t = clean.strip()

    def raw(*ms) -> str:
        """The input text matched by ``ms`` (spans in ``t``), as given."""
        spans = [(x.start(), x.end()) for x in ms if x is not None]
        cs = min(a for a, _ in spans) + lead
        ce = max(b for _, b in spans) + lead
        while ce > cs and clean[ce - 1] in " \t":
            ce -= 1
        os_, oe = _orig_span(idx, cs, ce)
        return text[os_:_close_tags(text, os_, oe)]

    met: dict = {}   # need pattern -> found in t
    for rule, need in _PASSES_AND_NEEDS:
        if need is not None:
            found = met.get(need)
            if found is None:
                found = met[need] = need.search(t) is not None
            if not found:
                continue   # its pattern cannot match: the pass would give None
        p = rule(t, raw, default_year)
        if p is not None:
            return p
    return None


# --------------------------------------------------------------------------
# the passes of parse_period, in order: each gets the cleaned text ``t``, the
# ``raw`` function (matches -> the input text they cover) and the default
# year, and returns a Period or None (not this form: try the next pass)
# --------------------------------------------------------------------------

def _span_type(first_month: int, months: int) -> str:
    """The type of a span of whole months starting with ``first_month``."""
    if months == 3 and first_month in (1, 4, 7, 10):
        return "quarter"
    if months == 12:
        return {4: "financial_year", 1: "calendar_year"}.get(first_month, "rolling_12_months")
    if months == 1:
        return "month"
    return "other"


def _days_type(start, end) -> str:
    """The type of the span from ``start`` to ``end``: of its whole months, or "other"."""
    if not (start.day == 1 and end == _month_end(end.year, end.month)):
        return "other"
    return _span_type(start.month, (end.year * 12 + end.month) - (start.year * 12 + start.month) + 1)


def _window_type(n: int) -> str:
    return {3: "rolling_3_months", 12: "rolling_12_months"}.get(n, "other")


def _pass_change_12(t, raw, default_year):
    """"12 Months to Jul-2023 vs. 12 Months to Jul-2024": the later window."""
    m = _CHANGE12_RE.search(t)
    if m:
        yb, mb = _year(m["by"]), _month_no(m["bmon"])
        w = window_ending(_dt.date(yb, mb, 1), 12)
        return Period("change_12_months", w.start, w.end, raw(m))
    return None


def _pass_rolling_to(t, raw, default_year):
    """"N Months to Jul-2024", "year to September 2019", "year ending ..."."""
    m = _ROLLING_RE.search(t)
    if not m or month_day_not_year(t, m):
        m = _ROLLING_US_RE.search(t)
        if not m:
            return None   # ("year ending September 30": a day, its year not given)
    n = 12 if m["yr"] else (int(m["n"]) if m["n"].isdigit() else _NUMWORDS[m["n"].lower()])
    if n < 1:
        return None
    y, mo = _year(m["y"]), _month_no(m["mon"])
    w = window_ending(_dt.date(y, mo, 1), n)
    ytd = _YTD_RE.search(t)
    return Period("year_to_date" if ytd else w.period_type, w.start, w.end, raw(m, ytd))


def _pass_bare_rolling(t, raw, default_year):
    """"rolling 12 months", "12-month change" with no end month: no dates."""
    m = _BARE_ROLLING_RE.search(t)
    if not m:
        return None
    n = m["n1"] or m["n2"] or m["n3"]
    n = int(n) if n.isdigit() else _NUMWORDS[n.lower()]
    if m["chg"] or m["chg2"]:
        return Period("change_12_months" if n == 12 else "other", None, None, raw(m))
    return Period(_window_type(n), None, None, raw(m))


def _pass_year_to_date(t, raw, default_year):
    """"YTD", "year to date to Oct-23", "2023/24 YTD": from 1 April."""
    ytd = _YTD_RE.search(t)
    if not ytd:
        return None
    m = next((x for x in _MY_RE.finditer(t) if not month_day_not_year(t, x)), None)
    if m:
        y, mo = _year(m["y"]), _month_no(m["mon"])
        fy = y if mo >= 4 else y - 1
        return Period("year_to_date", _dt.date(fy, 4, 1), _month_end(y, mo), raw(ytd, m))
    fm = _FY_RE.search(t)
    fy2 = _fy_of(fm)
    if fy2:  # "2023/24 YTD": the year is known to start on 1 April; its end is not printed
        return Period("year_to_date", _dt.date(fy2[0], 4, 1), None, raw(ytd, fm))
    return Period("year_to_date", None, None, raw(ytd))


def _pass_first_quarters(t, raw, default_year):
    """"the first three quarters of 2020/21" -> 2020-04-01..2020-12-31 (other: not a quarter, not a year)."""
    m = _FIRST_QUARTERS_RE.search(t)
    if not m:
        return None
    fy = _fy_years(m["y1"], m["y2"])
    if not fy:
        return None
    n = 2 if m["n"].lower() in ("two", "2") else 3
    ey, em = _add_months(fy[0], 4, 3 * n - 1)
    return Period("other", _dt.date(fy[0], 4, 1), _month_end(ey, em), raw(m))


def _pass_half_year(t, raw, default_year):
    """"the second half of 2024" -> 2024-07-01..2024-12-31, "the first half of 2023/24" -> 2023-04-01..2023-09-30
    (other: not a quarter, not a year); "the first half of the financial year" -> other, undated."""
    m = _HALF_RE.search(t)
    if not m:
        return None
    second = m["h"].lower() in ("second", "2nd")
    if m["y1"]:
        fy = _fy_years(m["y1"], m["y2"])
        if not fy:
            return None
        sy, sm = _add_months(fy[0], 4, 6 if second else 0)
    elif m["cy"]:
        sy, sm = int(m["cy"]), 7 if second else 1
    elif m["year"]:
        return Period("other", None, None, raw(m))   # ("the first half of the year": which year is not said)
    else:
        return None
    ey, em = _add_months(sy, sm, 5)
    return Period("other", _dt.date(sy, sm, 1), _month_end(ey, em), raw(m))


def _pass_quarter(t, raw, default_year):
    """"Q2", "Quarter Two 2019-20" (UK financial quarters); no dates without a financial year."""
    m = _QUARTER_RE.search(t)
    if not m:
        return None
    qs = m["qn"] or m["qw"] or m["qo"]
    qn = int(qs) if qs.isdigit() else _NUMWORDS.get(qs.lower(), None)
    if qn is None:
        qn = int(qs[0])
    if m["y1"]:
        fy = _fy_years(m["y1"], m["y2"])
        if fy:
            sy, sm = _add_months(fy[0], 4, 3 * (qn - 1))
            ey, em = _add_months(sy, sm, 2)
            return Period("quarter", _dt.date(sy, sm, 1), _month_end(ey, em), raw(m))
    return Period("quarter", None, None, raw(m))


def _pass_date_range(t, raw, default_year):
    """"1 July to 30 September 2019", "Oct-Dec 2023", "October 2022 - September 2023"."""
    m = _RANGE_RE.search(t)
    if not m or (not m["d2"] and month_day_not_year(t, m, "m2", "y2")):
        return None   # ("April to September 30": a day, its year not given)
    y2 = _year(m["y2"])
    m1, m2 = _month_no(m["m1"]), _month_no(m["m2"])
    y1 = _year(m["y1"].lstrip("'")) if m["y1"] else (y2 if m1 <= m2 else y2 - 1)
    start = _mkdate(y1, m1, int(m["d1"]) if m["d1"] else 1)
    end = _mkdate(y2, m2, int(m["d2"])) if m["d2"] else _month_end(y2, m2)
    if not (start and end and start <= end):
        return None
    return Period(_days_type(start, end), start, end, raw(m))


def _pass_us_day_range(t, raw, default_year):
    """"July 1 to September 30" (no year: the span's type, no dates), "April 1 to June 30, 2019".
    Two-digit numbers are days, not years, when one is a single digit or has "st"/"th", a
    four-digit year follows, or as years they would run backwards or reach 2030 ("April 21 -
    October 21", "April 12 - March 13" stay month-year ranges for _pass_date_range)."""
    m = _US_RANGE_RE.search(t)
    if not m:
        return None
    d1, d2 = m["d1"], m["d2"]
    if not (len(d1) == 1 or len(d2) == 1 or m["o1"] or m["o2"] or m["y2"]
            or int(d2) < int(d1) or int(d2) >= 30):
        return None
    m1, m2 = _month_no(m["m1"]), _month_no(m["m2"])
    if m["y2"]:
        y2 = int(m["y2"])
        y1 = int(m["y1"]) if m["y1"] else (y2 if (m1, int(d1)) <= (m2, int(d2)) else y2 - 1)
        start, end = _mkdate(y1, m1, int(d1)), _mkdate(y2, m2, int(d2))
        if not (start and end and start <= end):
            return None
    else:   # (the days of a leap year: "February 29" is a month's last day)
        start, end = _mkdate(2000 if m1 <= m2 else 1999, m1, int(d1)), _mkdate(2000, m2, int(d2))
        if not (start and end):
            return None
    ptype = _days_type(start, end)
    return Period(ptype, start, end, raw(m)) if m["y2"] else Period(ptype, None, None, raw(m))


def _pass_fy_span(t, raw, default_year):
    """"from 2019/20 to 2022/23": financial years, whole."""
    m = _FY_SPAN_RE.search(t)
    if m:
        fa, fb = _fy_years(m["a1"], m["a2"]), _fy_years(m["b1"], m["b2"])
        if fa and fb and fa[0] < fb[0]:
            return Period("other", _dt.date(fa[0], 4, 1), _dt.date(fb[1], 3, 31), raw(m))
    return None


def _pass_year_span(t, raw, default_year):
    """"between 2020 and 2021", "from 2019 to 2022": calendar years, whole."""
    m = _YEAR_SPAN_RE.search(t)
    if m and int(m["a"]) < int(m["b"]) <= int(m["a"]) + 20:
        return Period("other", _dt.date(int(m["a"]), 1, 1), _dt.date(int(m["b"]), 12, 31), raw(m))
    return None


_CENTURY_YEAR = re.compile(r"(?:19|20)\d\d")


def _pass_calendar_year(t, raw, default_year):
    """"calendar year 2022", "2022 calendar year"."""
    m = _CAL_RE.search(t)
    if m:
        y = int(m["y"]) if m["y"] else int(_CENTURY_YEAR.search(m.group()).group())
        return Period("calendar_year", _dt.date(y, 1, 1), _dt.date(y, 12, 31), raw(m))
    return None


def _pass_financial_year(t, raw, default_year):
    """"FY 23/24", "2022/23", "2019-20"; "2022-25" (not one year) is other, no dates."""
    m = _FY_RE.search(t)
    if not m:
        m = _FY_TO_RE.search(t)
        fy = _fy_years(m["b1"], m["b2"]) if m else None   # (two years that are not consecutive: no period)
        return Period("financial_year", _dt.date(fy[0], 4, 1), _dt.date(fy[1], 3, 31), raw(m)) if fy else None
    fy = _fy_of(m)
    if fy:
        return Period("financial_year", _dt.date(fy[0], 4, 1), _dt.date(fy[1], 3, 31), raw(m))
    return Period("other", None, None, raw(m))


def _pass_full_date(t, raw, default_year):
    """"30 September 2019", "as at 31/03/2024": a point in time."""
    dm = _DATE_DMY.search(t) or _DATE_MDY.search(t) or _DATE_NUM.search(t) or _DATE_ISO.search(t)
    if dm:
        d = parse_date(dm.group(), default_year)
        if d:
            return Period("point_in_time", d, d, raw(dm))
    return None


def _pass_month_year(t, raw, default_year):
    """"Jul-24", "October 2023", "Oct 23"."""
    m = next((x for x in _DATE_MY.finditer(t) if not month_day_not_year(t, x)), None)
    return _period_month(_year(m["y"]), _month_no(m["mon"]), raw(m)) if m else None


def _pass_bare_year(t, raw, default_year):
    """"2023", "in 2023": the calendar year."""
    m = _BARE_YEAR_RE.fullmatch(t)
    if m:
        y = int(m.group(1))
        return Period("calendar_year", _dt.date(y, 1, 1), _dt.date(y, 12, 31), raw(m))
    return None


def _pass_month_range_no_year(t, raw, default_year):
    """"between April and June", "Oct - Dec" with no year: the span is known, its dates are not."""
    m = _RANGE_NOYEAR_RE.search(t)
    if not m:
        return None
    m1, m2 = _month_no(m["m1"]), _month_no(m["m2"])
    n = (m2 - m1) % 12 + 1
    return Period(_span_type(m1, n) if n != 1 else "other", None, None, raw(m))


_MONTH_WHOLE = re.compile(MONTH, re.IGNORECASE)


def _pass_month_alone(t, raw, default_year):
    """"October" with a default year ("May" only when it is the whole text)."""
    m = _MONTH_ONLY.search(t)
    if m and default_year and not (m["mon"].lower() == "may" and not _MONTH_WHOLE.fullmatch(t)):
        return _period_month(default_year, _month_no(m["mon"]), raw(m))
    return None


PERIOD_PASSES = (
    _pass_change_12, _pass_rolling_to, _pass_bare_rolling, _pass_year_to_date, _pass_first_quarters, _pass_half_year, _pass_quarter,
    _pass_us_day_range, _pass_date_range, _pass_fy_span, _pass_year_span, _pass_calendar_year, _pass_financial_year,
    _pass_full_date, _pass_month_year, _pass_bare_year, _pass_month_range_no_year, _pass_month_alone,
)


# what the pattern of a pass needs in the text (a part of every match, searched with the same
# flags): without it the pass cannot match and is skipped (performance only)
_NEED_MONTH = re.compile("jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", re.IGNORECASE)  # every MONTH
_NEED_DIGIT = re.compile(r"\d")
_NEED_MONTHS = re.compile("month", re.IGNORECASE)
_NEED_FROM = re.compile("between|from", re.IGNORECASE)
_PASS_NEEDS = {
    _pass_change_12: _NEED_MONTHS, _pass_rolling_to: _NEED_MONTH, _pass_bare_rolling: _NEED_MONTHS,
    _pass_year_to_date: re.compile("ytd|date", re.IGNORECASE), _pass_quarter: re.compile("q", re.IGNORECASE),
    _pass_first_quarters: re.compile("quarters", re.IGNORECASE), _pass_half_year: re.compile("half", re.IGNORECASE),
    _pass_us_day_range: _NEED_MONTH, _pass_date_range: _NEED_MONTH, _pass_fy_span: _NEED_FROM, _pass_year_span: _NEED_FROM,
    _pass_calendar_year: re.compile("calendar", re.IGNORECASE), _pass_financial_year: _NEED_DIGIT,
    _pass_full_date: _NEED_DIGIT, _pass_month_year: _NEED_MONTH, _pass_bare_year: _NEED_DIGIT,
    _pass_month_range_no_year: _NEED_MONTH, _pass_month_alone: _NEED_MONTH,
}
_PASSES_AND_NEEDS = tuple((rule, _PASS_NEEDS.get(rule)) for rule in PERIOD_PASSES)


# --------------------------------------------------------------------------
# period arithmetic: windows, year shifts, the 12 months a change covers
# --------------------------------------------------------------------------

def window_ending(month: _dt.date, months: int, period_type: Optional[str] = None, raw: str = "") -> Period:
    """The window of ``months`` whole months ending with the month of
    ``month``: "12 months to September 2023" -> 2022-10-01..2023-09-30,
    type rolling_12_months (rolling_3_months for 3, else ``other``)."""
    sy, sm = _add_months(month.year, month.month, -(months - 1))
    return Period(period_type or _window_type(months), _dt.date(sy, sm, 1),
                  _month_end(month.year, month.month), raw)


def shift_years(d: Optional[_dt.date], k: int) -> Optional[_dt.date]:
    """``d`` moved by ``k`` years (29 February -> 28 February)."""
    if d is None:
        return None
    try:
        return d.replace(year=d.year + k)
    except ValueError:
        return d.replace(year=d.year + k, day=28)


def change_period(p: Period) -> Period:
    """The period of a 12-month change dated like the window it ends with:
    a year to date stays itself (compared with the same part of last year);
    a rolling 12 months keeps its dates; any other period gives the 12 whole
    months ending with its last month; no end, no dates."""
    if p.period_type == "year_to_date":
        return p
    if p.end is None:
        return Period("change_12_months", None, None, p.raw)
    if p.period_type in ("other", "quarter") and p.start is not None and 45 <= (p.end - p.start).days < 330:
        # "dropped by 8% in the nine months ending 31st December 2009 compared to the previous year" (Heart on
        # Bedfordshire Police Authority, 2010): the months stated against the same months a year before, like a
        # year to date -- never the 12 months ending with the last of them; so is a quarter's ("during the period
        # from 1 st April 2019 - 30 th June 2019 identified a 11% decrease ... compared to the previous year": East
        # Ayrshire Council's fire committee)
        return p
    if p.period_type in ("rolling_12_months", "change_12_months") and p.start is not None:
        return Period("change_12_months", p.start, p.end, p.raw)
    w = window_ending(p.end, 12)
    return Period("change_12_months", w.start, p.end, p.raw)
