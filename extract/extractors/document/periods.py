"""The report's period: a short period line near its top, else one named in its title."""
from __future__ import annotations

import re
from typing import Optional

from ...model import Document
from ...normalise import MONTH_WORDS, parse_period
from .kinds import _head_text
from .titles import title_of


_PERIOD_WORDS = MONTH_WORDS | {"to", "fy", "quarter", "q1", "q2", "q3", "q4", "one", "two", "three",
                           "four", "financial", "year", "and", "of", "the"}


_LETTER_RUN = re.compile(r"[A-Za-z]+")
#: a line that is only a year span ("2024/25", "(FY 2024-25)")
_YEAR_SPAN_LINE = re.compile(r"\W*(?:FY\s*)?\d{2,4}\s*[/-]\s*\d{2,4}\W*")


def _is_period_line(text: str) -> bool:
    """True when at most one word of the line is not part of a period expression."""
    words = _LETTER_RUN.findall(text)
    other = [w for w in words if w.lower() not in _PERIOD_WORDS]
    return len(other) <= 1 and any(w.lower() in MONTH_WORDS or w.lower() in ("fy", "quarter") for w in words) \
        or bool(_YEAR_SPAN_LINE.fullmatch(text.strip()))


def _report_span(text: str) -> Optional[tuple[str, str]]:
    """The period ``text`` names when it spans several months (one month in the opening lines is
    more often a deadline: "by January 2024"), else None."""
    try:
        p = parse_period(text)
    except Exception:
        return None
    if p and p.start and p.end and (p.end - p.start).days >= 58:
        return p.start.isoformat(), p.end.isoformat()
    return None


_BRACKET_TEXT = re.compile(r"\(([^)]+)\)")


def period_of(doc: Document, doc_type: str = "", title: Optional[str] = None) -> tuple[str, str]:
    """The report's period: a short period line near the top, else one named inside its title
    (``title``: :func:`title_of`, made here when not given). A meeting's minutes or agenda report on no
    period (a date near their top is a meeting's or an item's: "19th December 2011" under "To Agree the
    Minutes of the Parish Council Meeting Held")."""
    if doc_type in ("minutes", "agenda", "agenda_pack"):
        return "", ""
    title = title_of(doc) if title is None else title
    if _HALF_YEAR.search(title):
        return "", ""   # (a year's line in a mid-year report, "2024-25", is the year it is half of, not its period)
    for text in _head_text(doc, 60):
        if len(text) > 80:  # a period line is short: "October – December 2023"
            continue
        for cand in [text] + _BRACKET_TEXT.findall(text):
            # the period must be the line, not a phrase in a sentence (tested first: it is cheap)
            span = _report_span(cand) if _is_period_line(cand) else None
            if span:
                return span
    # a report's period named inside its title: "Quarterly Performance Report Quarter One
    # 2023/24", "Performance Update - 12 months to March 2017", "... quarter 4 (January to March
    # 2025)", "Police powers and procedures, year ending 31 March 2020" (the first that parses)
    quarters = list(_TITLE_QUARTER.finditer(title))
    named = [(m.start(), m.group()) for m in _TITLE_PERIOD.finditer(title)] + \
        [(m.start("q"), _quarter(m) + m.group("year")) for m in quarters if m.group("year")]
    for _, text in sorted(named):
        span = _report_span(text)
        if span:
            return span
    m = next((m for m in quarters if m.group("fy")), None)   # "2024-25 – Quarter 3", "2023/24 Q2": read as "Quarter 3 2024-25"
    if m:
        return _report_span(f"{_quarter(m)} {m.group('fy')}") or ("", "")
    return _title_year_apart(title, quarters[0] if quarters else None)


def _quarter(m: re.Match) -> str:
    """The quarter a :data:`_TITLE_QUARTER` match names, as :func:`parse_period` reads it ("Q2", "Qtr 2",
    "quarter two" -> "Quarter 2", "Quarter two"; "3rd quarter", "third quarter" as they are)."""
    return f"Quarter {m.group('n')}" if m.group("n") else f"{m.group('nth')} quarter"


def _title_year_apart(title: str, m=...) -> tuple[str, str]:
    """A title naming its quarter and, apart, its financial year ("Quarter Two Performance Monitoring Report
    2022/23", "3rd Quarter Budget & Performance Monitoring Report 2019/20": Chorley, Maidstone), or an annual
    report and its financial year ("Police and Crime Commissioner's Annual Report 2013/14", "2024-25 Annual
    Report"): the one financial year and no other year in the title (a plan's "2018-2022" and "Quarter 2,
    2019" say no year of account); never a part-year's report ("Mid-Year", "Half Year", "Month 9").
    ``m``: the title's first :data:`_TITLE_QUARTER` match or None, when the caller found it already."""
    fy = _TITLE_FY.findall(title)
    if len(fy) != 1 or _ANY_YEAR.search(_TITLE_FY.sub(" ", title)) or _PART_YEAR.search(title):
        return "", ""
    if m is ...:
        m = _TITLE_QUARTER.search(title)
    if m:
        return _report_span(f"{_quarter(m)} {fy[0]}") or ("", "")
    if _ANNUAL_REPORT.search(title):
        return _report_span(fy[0]) or ("", "")
    return "", ""


_HALF_YEAR = re.compile(r"\b(?:mid|half)[\s-]*year\b", re.I)
_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# a financial year: "2022/23", "2024-25", "2019/2020" (the second year the first's next: :func:`_report_span`
# parses it; "2018-2022" is four years and spans no one year)
_TITLE_FY = re.compile(r"(?<!\d)(?:19|20)\d\d\s*[/-]\s*(?:\d\d|(?:19|20)\d\d)(?!\d)")
_ANNUAL_REPORT = re.compile(r"\bannual\s+report\b", re.I)
#: (a mid- or half-year title never reaches this test: ``period_of`` returns first, ``_HALF_YEAR``)
_PART_YEAR = re.compile(r"\bmonths?\s*\d|\bperiod\s*\d|\bto\s+date\b|\bas\s+at\b", re.I)


#: a period named in a title other than by its quarter ("12 months to March 2017", "year ending 31 March 2020",
#: "April to June 2024")
_TITLE_PERIOD = re.compile(
    r"\b\d{1,2}\s+months?\s+(?:to|ending)\s+[A-Za-z]{3,9}\s+(?:19|20)\d\d|"
    r"\byear\s+(?:ending|to)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Za-z]{3,9}\s+(?:19|20)\d\d|"
    r"\b[A-Za-z]{3,9}\s+(?:to|-|–)\s+[A-Za-z]{3,9}\s+(?:19|20)\d\d\b", re.I)


#: a quarter named in a title, the one alternation of its forms ("Quarter 3", "Qtr 2", "Q2", "Quarter Two",
#: "3rd Quarter", "third quarter"), with the financial year before it ("Finance Monitoring Report 2024-25 –
#: Quarter 3", "2023/24 Q2 Performance Report") or the year after it ("Quarter One 2023/24", "Q3 of FY 2024")
#: when given there (a financial year apart from it: :func:`_title_year_apart`)
_TITLE_QUARTER = re.compile(
    r"(?:\b(?P<fy>(?:19|20)\d\d\s*[/-]\s*\d\d(?:\d\d)?)\s*(?:[-–—:,]\s*)?)?"
    r"(?P<q>\b(?:quarter|qtr|q)\s*(?P<n>[1-4]|one|two|three|four)\b|"
    r"\b(?P<nth>[1-4](?:st|nd|rd|th)|first|second|third|fourth)\s+quarter\b)"
    r"(?P<year>,?\s*(?:of\s+)?(?:FY\s*)?(?:19|20)\d\d(?:\s*[/-]\s*\d\d(?:\d\d)?)?)?", re.I)
