"""Dates and times: every printed date form, clock times and time ranges."""
from __future__ import annotations

import datetime as _dt
import re

from typing import Optional
from .core import MONTH, WEEKDAY_NAME, _month_no, _year, clean_text  # noqa: F401
from .exclusions import _overlaps  # noqa: F401


# --------------------------------------------------------------------------
# dates and times
# --------------------------------------------------------------------------

_DATE_DMY = re.compile(
    rf"(?<![\d.])(?P<d>\d{{1,2}})[ \t]*(?:st|nd|rd|th)?(?:[ \t]*|-)(?:of[ \t]+)?(?P<mon>{MONTH})"
    rf"(?:(?:[ \t,]+|-)(?P<y>\d{{4}}|'?\d\d)(?![\d:.]\d))?",
    re.IGNORECASE)
_DATE_MDY = re.compile(
    rf"\b(?P<mon>{MONTH})[ \t]+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?[ \t]+(?P<y>\d{{4}})\b",
    re.IGNORECASE)
_DATE_MY = re.compile(
    rf"\b(?P<mon>{MONTH})[ \t]*(?:[-/'][ \t]*|[’‘](?=\d\d\b)|[ \t]+|,[ \t]*)(?P<y>\d{{4}}|\d\d)\b(?![:.]\d|[ \t]*(?:%|per))",
    re.IGNORECASE)
_DATE_NUM = re.compile(r"\b(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>\d{4}|\d\d)\b")
_DATE_ISO = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)\b")
_MONTH_ONLY = re.compile(rf"\b(?P<mon>{MONTH})", re.IGNORECASE)
# "on", "today" or a weekday's name right before a month name ("Tuesday September 23"), the month in
# brackets after one ("has today (June 28) published", "on Wednesday (June 25)"): a day follows
_DAY_CUE_BEFORE = re.compile(rf"(?:\bon|\btoday|\b{WEEKDAY_NAME},?)(?:[ \t]+|[ \t]*\([ \t]*)$", re.IGNORECASE)
# a four-digit year right after the two digits ("April 01 2012 to March 31 2013"): they were the day
_YEAR_AFTER_DAY = re.compile(r",?[ \t]+(?:19|20)\d\d\b")


def month_day_not_year(t: str, m: re.Match, mon: str = "mon", y: str = "y") -> bool:
    """Whether the two digits after a month name in ``m`` (groups ``mon`` and ``y`` of a match in
    ``t``) are a US-style day of the month, not a two-digit year: only with a space between
    ("September 30"; "Sep-21", "Mar '21", "Mar/21" are always years) and when the day is plain:
    30 or 31 (a month's last days: no report names the month of 2030 or 2031 as "September 30"),
    or "on", "today" or a weekday right before ("on May 21", "Tuesday September 23", "today (June 28)"),
    or a four-digit year right after ("April 01 2012").
    A one-digit number ("July 1") is never a year: the month-year patterns need two digits."""
    ys = m[y]
    if ys is None or len(ys) != 2:
        return False
    gap = t[m.end(mon):m.start(y)]
    if not gap or not gap.isspace():
        return False
    return (ys in ("30", "31") or _DAY_CUE_BEFORE.search(t, 0, m.start()) is not None
            or _YEAR_AFTER_DAY.match(t, m.end(y)) is not None)


def day_after_month_at(t: str, pos: int) -> bool:
    """Whether the month name at ``pos`` in ``t`` and the two digits after it are a day of that
    month, not a month and its two-digit year (``month_day_not_year`` read in the whole text: a
    span cut from it, "June 28", no longer shows the "today (" before it or the year after it)."""
    m = _DATE_MY.match(t, pos)
    return m is not None and month_day_not_year(t, m)


def _mkdate(y: int, m: int, d: int) -> Optional[_dt.date]:
    try:
        return _dt.date(y, m, d)
    except ValueError:
        return None


def parse_date(text: str, default_year: Optional[int] = None) -> Optional[_dt.date]:
    """The first date in ``text``.

    Day-month-year in any spelling ("Thursday 14 December 2023", "14th
    December 2023", "14 <sup>th</sup> December 2023", "14 SEPTEMBER 2023",
    "December 14, 2023", "14/12/2023" (UK day first), "2023-12-14").  A month
    with a year ("March 2025", "Jan 24", "Jul-24", "start Apr 24") gives the
    first day of the month.  A day and month without a year ("13 June") use
    ``default_year``; without it None.  Two-digit years are 20xx.  A month
    name alone gives None (even with default_year: it is not a date).
    "May" is only a month when a day or year is attached.
    """
    if not text:
        return None
    t = clean_text(text)
    cands: list[tuple[int, _dt.date]] = []
    for m in _DATE_ISO.finditer(t):
        d = _mkdate(int(m["y"]), int(m["m"]), int(m["d"]))
        if d:
            cands.append((m.start(), d))
    for m in _DATE_NUM.finditer(t):
        d = _mkdate(_year(m["y"]), int(m["m"]), int(m["d"]))
        if d:
            cands.append((m.start(), d))
    dmy_spans = []
    for m in _DATE_DMY.finditer(t):
        mon = _month_no(m["mon"])
        y = m["y"]
        if y:
            yr = _year(y.lstrip("'"))
        elif default_year:
            yr = default_year
        else:
            dmy_spans.append((m.start(), m.end()))
            continue
        d = _mkdate(yr, mon, int(m["d"]))
        dmy_spans.append((m.start(), m.end()))  # an impossible day is no date
        if d:
            cands.append((m.start(), d))
    for m in _DATE_MDY.finditer(t):
        if _overlaps(m.start(), m.end(), dmy_spans):
            continue
        d = _mkdate(int(m["y"]), _month_no(m["mon"]), int(m["d"]))
        if d:
            cands.append((m.start(), d))
            dmy_spans.append((m.start(), m.end()))
    for m in _DATE_MY.finditer(t):
        if _overlaps(m.start(), m.end(), dmy_spans):
            continue
        if month_day_not_year(t, m):
            continue  # "on May 31", "September 30": a day of the month, not May 2031 (no one is "on" a month and year)
        d = _mkdate(_year(m["y"]), _month_no(m["mon"]), 1)
        if d:
            cands.append((m.start(), d))
    if not cands:
        return None
    cands.sort(key=lambda c: c[0])
    return cands[0][1]


_TIME_RE = re.compile(
    r"(?<![\d.:])(?P<h>\d{1,2})(?:[.:](?P<m>[0-5]\d))?[ \t]*(?P<ap>a\.?m\.?|p\.?m\.?)(?![a-z])"
    r"|(?<![\d.:])(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?![\d:])(?:[ \t]*(?:hrs|hours|h)\b)?"
    r"|(?<![\d.:,])(?P<h3>[01]?\d|2[0-3])[.:]?(?P<m3>[0-5]\d)[ \t]*hrs\b"
    # "at 1000 hours", "- 1000 hours": "hours" after a four-digit clock time in a time position
    r"|(?:(?<=\bat[ \t])|(?<=[-–,][ \t]))(?P<h4>[01]\d|2[0-3])(?P<m4>[0-5]\d)[ \t]*hours\b"
    r"|(?<![\d.:])(?P<hn>noon|midday|midnight)\b",
    re.IGNORECASE)


def _time_from(m: re.Match) -> Optional[str]:
    if m["hn"]:
        return "00:00" if m["hn"].lower() == "midnight" else "12:00"
    if m["h"] is not None:
        h = int(m["h"])
        mi = int(m["m"] or 0)
        if not 1 <= h <= 12:
            return None
        pm = m["ap"].lower().startswith("p")
        if pm and h != 12:
            h += 12
        if not pm and h == 12:
            h = 0
        return f"{h:02d}:{mi:02d}"
    if m["h4"] is not None:  # "at 1000 hours"
        return f"{int(m['h4']):02d}:{int(m['m4']):02d}"
    if m["h3"] is not None:  # "10.00 hrs", "1400 hrs": the 24-hour clock
        return f"{int(m['h3']):02d}:{int(m['m3']):02d}"
    return f"{int(m['h24']):02d}:{int(m['m24']):02d}"


def parse_time(text: str) -> Optional[str]:
    """The first time of day in ``text`` as "HH:MM" (24 h): "10.30 am" ->
    "10:30", "10:30am", "1:30pm" -> "13:30", "5pm" -> "17:00", "12 noon",
    "14:00", "AT 15:00 HOURS", "10.00 hrs", "1400 hrs", "at 1000 hours", "12 December - 1000
    hours".  A bare "10.30" (no am/pm) is not a time (None); "1400 hours" alone is not
    either (it may be a duration): only after "at", a dash or a comma."""
    if not text:
        return None
    t = clean_text(text)
    for m in _TIME_RE.finditer(t):
        r = _time_from(m)
        if r:
            return r
    return None


_TIME_RANGE_TEXT = re.compile(r"(?<![\d.:])(?P<h>\d{1,2})(?:[.:](?P<m>[0-5]\d))?[ \t]*(?P<ap>a\.?m\.?|p\.?m\.?)?"
        r"[ \t]*(?:-|to|until|till)[ \t]*(?P<rest>(?:\d{1,2}(?:[.:][0-5]\d)?[ \t]*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}[:][0-5]\d|noon|midday|\d{1,2}[ \t]*noon))", re.IGNORECASE)
_NOON = re.compile(r"noon|midday", re.IGNORECASE)


def parse_time_range(text: str) -> tuple[Optional[str], Optional[str]]:
    """("HH:MM", "HH:MM") for "10.30 am - 1.35 pm", "10:30am-1pm",
    "10am to 12 noon".  A start without am/pm takes the end's ("10.30 -
    1.35 pm" -> 10:30, 13:35, taking pm only when it keeps start < end).
    Missing parts are None."""
    if not text:
        return (None, None)
    t = clean_text(text)
    rng = _TIME_RANGE_TEXT.search(t)
    if rng:
        rest = rng["rest"]
        end = "12:00" if _NOON.search(rest) else parse_time(rest)
        if rng["ap"]:
            start = parse_time(f"{rng['h']}:{rng['m'] or '00'}{rng['ap']}")
        else:
            h = int(rng["h"])
            mi = int(rng["m"] or 0)
            start = None
            if end and 1 <= h <= 23:
                eh = int(end[:2])
                cand = h
                if h < 12 and eh >= 12 and h + 12 < eh + (1 if mi <= int(end[3:]) else 0):
                    cand = h + 12
                start = f"{cand:02d}:{mi:02d}"
        return (start, end)
    times = [r for r in (_time_from(m) for m in _TIME_RE.finditer(t)) if r]
    if not times:
        return (None, None)
    return (times[0], times[1] if len(times) > 1 else None)


