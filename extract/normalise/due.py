"""Due cells of delivery plans and action logs: the date a deliverable is due.

``parse_due(text)`` reads a cell as printed and returns a :class:`Due` with the
first day of the period it names, using the public date and period normalisers
(:func:`parse_date`, :func:`parse_period`):

* a full date ("31/03/2025", "31 March 2025") -> that day;
* a month ("March 2025", "Mar 25", "Sep-24") -> its first day;
* a financial quarter with its financial year ("Q4 24/25", "Q3 2024/25",
  "Quarter 2 2024-25") -> the quarter's first day (UK financial quarters, Q1 =
  April); a quarter with only a calendar year ("Q2 2025") is ambiguous: no date;
* a financial year ("2024/25", "FY 24/25") -> 1 April;
* a season with a year ("Winter 2024", "Spring 2025", "Autumn 2024/25") -> the
  first day of its first month (meteorological seasons: spring March, summer
  June, autumn September, winter December of the year named first);
* a bare year ("2025") -> 1 January.
Words around the date are allowed and kept in ``raw``: lead words ("to",
"by", "up to", "until", "before", "from", "end of", "by the end of", "due",
"target"; not "mid", "early" or "late", whose first day is not the period's), a word fragment cut off by a converter
("r March 2025": one to three lower-case letters), and a trailing bracket
("(revised)").  Anything else around the date means the cell is not a due date
(``date`` None, ``kind`` "text").  ``Ongoing``, ``TBC``, ``TBA``, ``n/a``,
``Complete``, ``Annual``, ``BAU`` ... give ``kind`` "word" and no date.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Optional

from .dates import parse_date
from .periods import parse_period

__all__ = ["Due", "parse_due", "DUE_WORDS"]


@dataclass(frozen=True)
class Due:
    raw: str                       # the cell as printed, whitespace collapsed
    date: Optional[_dt.date]       # first day of the period named; None when none
    kind: str                      # date | month | quarter | financial_year | season | year | word | text | empty


DUE_WORDS = re.compile(
    r"^(?:on[- ]?going|tbc|tba|tbd|to be (?:confirmed|agreed|determined)|n/?a|not applicable|"
    r"complete[d]?|closed|achieved|quarterly|monthly|weekly|annual(?:ly)?|various|continuous|"
    r"in progress|delayed|paused|business as usual|bau|-+|–|—)\.?$", re.I)

_LEAD = re.compile(
    r"^(?:(?:by|to|up\s+to|until|till|before|from|due|due\s+by|target(?:ed)?|expected|in|during|"
    r"(?:by\s+)?(?:the\s+)?end(?:\s+of)?|w/?c|(?!mid\b)[a-z]{1,3})[\s-]+)", re.I)
_TAIL = re.compile(r"\s*\([^()]{1,40}\)\s*$")
_SEASON = re.compile(r"^(spring|summer|autumn|fall|winter)[\s,]+(\d{4}|\d{2})(?:\s*[/-]\s*(?:\d{4}|\d{2}))?$", re.I)
_SEASON_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_PERIOD_KIND = {"month": "month", "quarter": "quarter", "financial_year": "financial_year",
                "point_in_time": "date", "calendar_year": "year"}


def _year(s: str) -> int:
    y = int(s)
    return y + 2000 if y < 100 else y


def _core(t: str) -> Optional[tuple[_dt.date, str]]:
    """The first day and kind of a cell that is only a date or period, else None."""
    m = _SEASON.match(t)
    if m:
        return _dt.date(_year(m.group(2)), _SEASON_MONTH[m.group(1).lower()], 1), "season"
    if not re.search(r"\d", t):
        return None
    p = parse_period(t)
    if p is not None and p.start is not None and _same(p.raw, t) and p.period_type in _PERIOD_KIND:
        return p.start, _PERIOD_KIND[p.period_type]
    # a full date alone ("31 March 2025", "31/03/2025", "Friday 31 March 2025"): parse_date
    # finds a date inside any text, so the cell must be short and start with the date
    if len(t.split()) <= 4 and re.match(r"(?:\d|[A-Z][a-z]+day\b)", t):
        d = parse_date(t)
        if d is not None:
            return d, "date"
    return None


def _same(raw: str, t: str) -> bool:
    norm = lambda s: re.sub(r"[\W_]+", "", s.lower())  # noqa: E731
    return norm(raw) == norm(t)


def parse_due(text: Optional[str]) -> Due:
    """The due date a delivery-plan cell names (rules in the module docstring)."""
    raw = re.sub(r"\s+", " ", text or "").strip()
    if not raw:
        return Due("", None, "empty")
    if DUE_WORDS.match(raw):
        return Due(raw, None, "word")
    t = _TAIL.sub("", raw).strip(" .,;:")
    for _ in range(5):  # at most a few lead words: "by the end of", "up to"
        hit = _core(t)
        if hit:
            return Due(raw, hit[0], hit[1])
        m = _LEAD.match(t)
        if not m or m.end() >= len(t):
            break
        t = t[m.end():].strip()
    return Due(raw, None, "text")
