"""Due cells of delivery plans and action logs: the date a deliverable is due.

``parse_due(text)`` reads a cell as printed and returns a :class:`Due` with the
first day of the period it names, using the public date and period normalisers
(:func:`parse_date`, :func:`parse_period`):

* a full date ("31/03/2025", "31 March 2025") -> that day;
* a month ("March 2025", "Mar 25", "Sep-24"; in figures with a four-digit year "03/2025",
  "3-2025", ISO "2025-03") -> its first day (a month, never a day);
* a financial quarter with its financial year ("Q4 24/25", "Q3 2024/25",
  "Quarter 2 2024-25") -> the quarter's first day (UK financial quarters, Q1 =
  April); a quarter with only a calendar year ("Q2 2025") is ambiguous: no date;
* a financial year ("2024/25", "FY 24/25") -> 1 April; its half ("H1 2025/26", "H2 24/25") -> 1 April
  or 1 October (a calendar half, "H1 2025", is ambiguous: no date);
* a season with a year ("Winter 2024", "Spring 2025", "Autumn 2024/25") -> the
  first day of its first month (meteorological seasons: spring March, summer
  June, autumn September, winter December of the year named first);
* a bare year ("2025") -> 1 January.
Words around the date are allowed and kept in ``raw``: lead words ("to",
"by", "up to", "until", "before", "from", "end of", "by the end of", "due",
"target"; not "mid", "early" or "late", whose first day is not the period's), a word fragment cut off by a converter
("r March 2025": one to three lower-case letters, never a month's abbreviation:
"Dec 2024 - Mar 2025" is a range, not "Mar 2025"), and a trailing bracket
("(revised)").  Anything else around the date means the cell is not a due date
(``date`` None, ``kind`` "text").  ``Ongoing``, ``TBC``, ``TBA``, ``n/a``,
``Complete``, ``Annual``, ``BAU`` ... give ``kind`` "word" and no date.  A date after
"from" with no later "to" / "until" / "by" ("from September 2024") is when the work
starts or goes on from: read, with ``start`` True (never a due date).

Forms of several publishers read as the plain ones: a year after a typographic
apostrophe ("Sep ‘19", "March ’25", as word processors print "Mar '25"); the
financial year before its quarter ("2025/26 Q1", "FY24/25 Q3"); "Qtr 3" / "Qtr. 3"
for Q3.

``due_in_text(text)`` reads a longer cell that ends in its date ("New contract to
start Apr 24"): that date, when it is the cell's only date and the words before it
do not say the work already started, goes on from the date or give the date of a
report ("Commenced October 2024", "April 2024 onwards", "As at End August 2024",
"Phase 2 from Sept 24": no due date), and the cell does not open with a word of no date
("Ongoing (review March 2025)").
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Optional

from .core import _year
from .dates import parse_date
from .periods import parse_period

__all__ = ["Due", "parse_due", "due_in_text", "DUE_WORDS"]


@dataclass(frozen=True)
class Due:
    raw: str                       # the cell as printed, whitespace collapsed
    date: Optional[_dt.date]       # first day of the period named; None when none
    kind: str                      # date | month | quarter | half_year | financial_year | season | year | word | text | empty
    start: bool = False            # the date follows "from" (no later "to"/"until"/"by"): the work's start


DUE_WORDS = re.compile(
    r"^(?:on[- ]?going|tbc|tba|tbd|to be (?:confirmed|agreed|determined)|n/?a|not applicable|"
    r"complete[d]?|closed|achieved|quarterly|monthly|weekly|annual(?:ly)?|various|continuous|"
    r"in progress|delayed|paused|business as usual|bau|-+|–|—)\.?$", re.I)

# a month's abbreviation is never a fragment of a lead word ("Dec 2024 - Mar 2025")
_MON3 = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_LEAD = re.compile(
    rf"^(?:(?:by|to|up\s+to|until|till|before|from|due|due\s+by|target(?:ed)?|expected|in|during|"
    rf"(?:by\s+)?(?:the\s+)?end(?:\s+of)?|w/?c|(?!mid\b|{_MON3}\b)(?-i:[a-z]{{1,3}}))[\s-]+)", re.I)
_TAIL = re.compile(r"\s*\([^()]{1,40}\)\s*$")
_SEASON = re.compile(r"^(spring|summer|autumn|fall|winter)[\s,]+(\d{4}|\d{2})(?:\s*[/-]\s*(?:\d{4}|\d{2}))?$", re.I)
_SEASON_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
# a month printed in figures with its four-digit year ("03/2025", "3-2025", ISO "2025-03"): a month,
# never a day; exact because a day/month/year needs three numbers and no month number passes 12.
# a year-first form whose month number passes the year's last two digits is a span of years, not a
# month ("2011-12", "2009-10" financial years; "2003-07"); "03/25" (a fraction or a two-digit year),
# "03.2025" (a decimal) and "2025/03" stay undated
_NUM_MONTH = re.compile(r"^(?P<m>0?[1-9]|1[0-2])\s*[/-]\s*(?P<y>(?:19|20)\d\d)$")
_ISO_MONTH = re.compile(r"^(?P<y>(?:19|20)(?P<yy>\d\d))-(?P<m>0[1-9]|1[0-2])$")
# a half of a financial year ("H1 2025/26", "H2 FY24/25"); a half of a calendar year ("H1 2025") may
# be either half of either year: no date
_HALF = re.compile(r"^H(?P<h>[12])\s*(?:fy\s*)?(?P<y1>\d{4}|\d\d)\s*[/-]\s*(?P<y2>\d{4}|\d\d)$", re.I)
_PERIOD_KIND = {"month": "month", "quarter": "quarter", "financial_year": "financial_year",
                "point_in_time": "date", "calendar_year": "year"}


_CORE_RE = re.compile(r"\d")
_CORE_RE2 = re.compile(r"(?:\d|[A-Z][a-z]+day\b)")


def _core(t: str) -> Optional[tuple[_dt.date, str]]:
    """The first day and kind of a cell that is only a date or period, else None."""
    m = _SEASON.match(t)
    if m:
        return _dt.date(_year(m.group(2)), _SEASON_MONTH[m.group(1).lower()], 1), "season"
    if not _CORE_RE.search(t):
        return None
    m = _HALF.match(t)
    if m and (_year(m["y2"]) - _year(m["y1"])) == 1:  # a financial half-year: H1 April, H2 October
        return _dt.date(_year(m["y1"]), 4 if m["h"] == "1" else 10, 1), "half_year"
    m = _NUM_MONTH.match(t) or _ISO_MONTH.match(t)
    if m and not (m.re is _ISO_MONTH and int(m["m"]) > int(m["yy"])):  # "2011-12", "2003-07": years
        return _dt.date(int(m["y"]), int(m["m"]), 1), "month"
    p = parse_period(t)
    if p is not None and p.start is not None and _same(p.raw, t) and p.period_type in _PERIOD_KIND:
        return p.start, _PERIOD_KIND[p.period_type]
    # a full date alone ("31 March 2025", "31/03/2025", "Friday 31 March 2025"): parse_date
    # finds a date inside any text, so the cell must be short and start with the date
    if len(t.split()) <= 4 and _CORE_RE2.match(t):
        d = parse_date(t)
        if d is not None:
            return d, "date"
    return None


_SAME_RE = re.compile(r"[\W_]+")


def _same(raw: str, t: str) -> bool:
    norm = lambda s: _SAME_RE.sub("", s.lower())  # noqa: E731
    return norm(raw) == norm(t)


# a year after an apostrophe or prime ("Sep \u201819", "Q3 \u201824/25", "Winter \u201824" -> "Sep 19"); "Qtr 3" /
# "Qtr. 3"; a financial year before its quarter ("2025/26 Q1"): rewritten to the forms parse_period reads
_APOS_YEAR = re.compile(r"\s?[\u2018\u2019\u2032`\u00b4'](?=\d\d\b)")
_QTR = re.compile(r"\bqtr\.?\s*(?=[1-4]\b)", re.I)
_FY_SPAN = r"(?:\d{4}|\d\d)\s*[/-]\s*(?:\d{4}|\d\d)"   # a financial year's two years ("2025/26", "24-25")
_FY_FIRST = re.compile(rf"^((?:fy\s*)?{_FY_SPAN})\s*[,:-]?\s*(q[1-4])$", re.I)


# a first word that says the cell has no due date (not "Delayed to June 2025": a new due date)
_NO_DATE_FIRST = re.compile(r"^(?:on-?going|tb[cad]|n/?a|complete[d]?|closed|achieved)\W*$", re.I)
# words that make a date the start of the work or the date of a report, not its due date
_NOT_DUE = re.compile(r"\b(?:commenced?|commence\s+d|started|began|begun|as\s+(?:at|of)|onwards)\b", re.I)
# "from" with no later "to" / "until" / "by": the date after it is when the work starts or goes on
# from ("launch ... from September 2024", "Phase 2 from Sept 24", "12 months from April 2025"),
# never its due date; "Delayed from March to June 2025" keeps June
_FROM_START = re.compile(r"\bfrom\s+(?!.*\b(?:to|until|till|by|before)\b)", re.I)


# a quarter or half with its financial year in brackets ("Q2 (2025/26)", "H1 (FY 24/25)"): the
# bracket is the quarter's year, not an aside; "2025/26 financial year" is "FY 2025/26"
_FY_BRACKET = re.compile(
    rf"^((?:q|qtr\.?\s*|quarter\s*|h)[1-4])\s*\(\s*((?:fy\s*)?{_FY_SPAN})\s*\)$"
    rf"|^({_FY_SPAN})\s+financial\s+year$", re.I)


def _fy_bracket(m: re.Match) -> str:
    return f"{m.group(1)} {m.group(2)}" if m.group(1) else f"FY {m.group(3)}"


def _spell(t: str) -> str:
    t = _QTR.sub("Q", _APOS_YEAR.sub(" ", t))
    m = _FY_FIRST.match(t)
    return f"{m.group(2)} {m.group(1)}" if m else t


_PARSE_DUE_RE = re.compile(r"\s+")


def parse_due(text: Optional[str]) -> Due:
    """The due date a delivery-plan cell names (rules in the module docstring)."""
    raw = _PARSE_DUE_RE.sub(" ", text or "").strip()
    if not raw:
        return Due("", None, "empty")
    if DUE_WORDS.match(raw):
        return Due(raw, None, "word")
    if _NOT_DUE.search(raw):  # "Commenced October 2024", "As at End August 2024": no due date
        return Due(raw, None, "text")
    t = _spell(_TAIL.sub("", _FY_BRACKET.sub(_fy_bracket, raw)).strip(" .,;:"))
    start = False  # a lead "from" stripped: the date after it is the work's start (not parsed again)
    for _ in range(5):  # at most a few lead words: "by the end of", "up to"
        hit = _core(t)
        if hit:
            # (a "from" in a bracket the tail rule cut, "June 2025 (from March 2025)", dates nothing)
            return Due(raw, hit[0], hit[1], start or _from_start(t))
        m = _LEAD.match(t)
        if not m or m.end() >= len(t):
            break
        start = start or (m.group().strip(" \t-").lower() == "from" and _FROM_START.search(raw) is not None)
        t = t[m.end():].strip()
    return Due(raw, None, "text")


def _from_start(text: str) -> bool:
    """Does a date follow "from" with no later "to" / "until" / "by" (_FROM_START): the date the
    work starts, not its due date."""
    m = _FROM_START.search(text)
    return m is not None and parse_due(text[m.end():]).date is not None


def due_in_text(text: str, k: int) -> Optional[_dt.date]:
    """The due date of a longer cell whose last ``k`` words are a date ("New contract to
    start Apr 24" -> 2024-04-01): None when the words before it hold another date
    ("Dec 2024 - Mar 2025", "Oct 2025 ... Jan 2025"), say the work already started, goes
    on from the date or the date of a report ("Commenced Oct 24", "April 2024 onwards", "As at
    End August 2024", "launch ... from September 2024"), open with a word that has no date
    ("Ongoing (review March 2025)"), or
    hold the date only in a closing bracket ("Q4 (Jan-Mar 2025)": Q4's first day is not March)."""
    words = (text or "").split()
    if not 0 < k <= len(words) or _NOT_DUE.search(text):
        return None
    if _NO_DATE_FIRST.match(words[0]):  # "Ongoing (review March 2025)", "TBC - March 2025"
        return None
    aside = _TAIL.search(text)
    if aside and parse_date(aside.group()) is not None:  # "Q4 (Jan-Mar 2025)": an aside, not the due date
        return None
    if k < len(words) and parse_date(" ".join(words[:-k])) is not None:
        return None
    d = parse_date(text)
    if d is None and k == 1:  # a month in figures ("to start 03/2025"), which parse_date does not read
        p = parse_due(words[-1])
        d = p.date if p.kind == "month" else None
    return None if d is not None and _from_start(text) else d  # "launch ... from September 2024"
