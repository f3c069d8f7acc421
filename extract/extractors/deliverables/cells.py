"""Due and progress cells: a date at a line end, words a converter pushed into the
date cell, the due date, a completion said by the due cell, the percentage."""
from __future__ import annotations

import re
from typing import Optional

from ...normalise import WEEKDAY_NAME, parse_date, parse_percent
from ...normalise.due import due_in_text, parse_due
from .headers import rag_of
from .text import _DATE_WORDS, _DUE_PERIOD, _clean, _starts_lower


_DIGIT = re.compile(r"\d")


_DAY_WORD = re.compile(rf"\d{{1,2}}(?:st|nd|rd|th)?|{WEEKDAY_NAME},?", re.I)   # "14th", "Monday,"


def _date_suffix(words: list[str]) -> int:
    """Number of trailing words of ``words`` that form a date ("Apr 24",
    "31 March 2024"), or a date word ("Ongoing"); 0 when none."""
    n = len(words)
    for k in (2, 1, 3):
        if k > n:
            continue
        tail = " ".join(words[n - k:])
        if k == 1 and _DATE_WORDS.match(tail):
            return 1
        if k == 1 and not _DIGIT.search(tail):
            continue
        if parse_date(tail) is not None or (k == 1 and parse_due(tail).kind == "month"):  # "03/2025"
            # the shortest tail that is a date; then take a leading day number / weekday
            while k < n and _DAY_WORD.fullmatch(words[n - k - 1]):
                k += 1
            return k
    return 0


def _is_due_cell(t: str) -> bool:
    """A due cell as printed (its column in a plan, a cell of a tracker printed one a line): a date
    or period parse_due reads, a due word ("Ongoing", "TBC"), or a period kept as printed
    (_DUE_PERIOD: "Q3 2024", "Spring 2025")."""
    p = parse_due(t)
    return p.date is not None or p.kind == "word" or bool(_DUE_PERIOD.match(t))


_TWO_TO_FOUR_DIGITS = re.compile(r"\d{2,4}")


def _split_due_cell(text: str) -> tuple[str, str]:
    """(words that belong to the action, due text) of a date cell.

    A date cell starting in lower case with a date in it ("to March 2025",
    "to March 2025 Dec 24") holds words a converter pushed from the action; they
    go back to the action, and the rest (possibly nothing) is the due date."""
    t = _clean(text)
    if not t or not _starts_lower(t) or _DATE_WORDS.match(t) or parse_due(t).date is not None:
        return "", t
    words = t.split()
    for end in range(1, len(words) + 1):
        head = " ".join(words[:end])
        if parse_date(head) is not None:
            # extend over a year / day token that belongs to the same date
            while end < len(words) and _TWO_TO_FOUR_DIGITS.fullmatch(words[end]) \
                    and parse_date(" ".join(words[:end + 1])) == parse_date(head):
                end += 1
            return " ".join(words[:end]), " ".join(words[end:])
    return "", t


def _due_date(due: str) -> Optional[str]:
    """First day of the period a due cell names; a date at the end of longer text
    ("New contract to start Apr 24") when it is the cell's only date (due_in_text);
    none for a date the work starts from ("from September 2024": parse_due's ``start``)."""
    if not due:
        return None
    p = parse_due(due)
    if p.start:
        return None
    d = p.date
    if d is None and p.kind == "text":
        d = due_in_text(due, _date_suffix(due.split()))
    return d.isoformat() if d else None


def _rag_from_due(due: str) -> Optional[str]:
    """A due cell printed "Complete"/"Achieved" says the deliverable is complete."""
    return "complete" if due and rag_of(due) == "complete" and parse_due(due).kind == "word" else None


# a progress cell that is only a plain percent ("90%", "12.5 %"): its value read directly, as
# parse_percent reads it (a leading zero, "05%", is no percent to it: left to it; tests/test_perdoc7.py)
_PLAIN_PCT = re.compile(r"(?:0|[1-9][0-9]{0,2})(?:\.[0-9]+)? ?%")


def _pct_value(pct: str) -> Optional[float]:
    if not pct:
        return None
    if _PLAIN_PCT.fullmatch(pct):
        v = float(pct.rstrip("% "))
        return v if v <= 100 else None
    q = parse_percent(pct)
    if q is None or q.unit != "percent" or not (0 <= q.value <= 100):
        return None
    return float(q.value)
