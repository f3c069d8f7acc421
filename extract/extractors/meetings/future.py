"""Future meetings listed under a "future meetings" item or a "Date of next meeting" label."""
from __future__ import annotations

import re
from typing import Optional

from ...model import BULLET, HEADING
from ...normalise import parse_date, parse_time
from .entries import _E, _Seg
from .patterns import _DATED_LINE, _FUTURE_ITEM

_NEXT_LABEL = re.compile(r"^(?:(?:item\s+)?\d{1,3}[.)]?\s+)?date\s+of\s+(?:the\s+)?next\s+meeting\s*[:\-–]?\s*(?P<rest>.+)$", re.I)
_NEXT_SENT = re.compile(
    r"\b(?:next|future|following)\s+(?:ordinary\s+|scheduled\s+)?meeting\b.{0,80}?\b(?:will|would|is|was|to)\s+"
    r"(?:be\s+)?(?:held|take\s+place|scheduled|arranged|confirmed)?", re.I)


_MEETING_LINE_RE = re.compile(r"\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|noon)(?![a-z])|\b\d{1,2}:\d{2}\b(?:\s*hours\b)?"
                   r"|\b[012]\d[0-5]\d\s*hours\b", re.I)
_MEETING_LINE_RE2 = re.compile(r"(?<![.\s])[ap]m\.$", re.I)
_MEETING_LINE_RE3 = re.compile(r"\.\s")
_MEETING_LINE_RE4 = re.compile(r"^(?:at|in)\s+(?:the\s+(?=[A-Z]))?", re.I)
_MEETING_LINE_RE5 = re.compile(r"\b(?:will|would|should|please)\b", re.I)


def _meeting_line(t: str, default_year: Optional[int]):
    """(date, time, place) of "Thursday 25 April 2024 at 10am, Committee Room 1"."""
    d = parse_date(t, default_year=default_year)
    if not d:
        return None
    tm = parse_time(t)
    place = None
    mt = _MEETING_LINE_RE.search(t)
    # (a full stop after the time ends the sentence: "... at 7.30pm. 18. Open Forum" names no place)
    if mt and not _MEETING_LINE_RE2.search(mt.group(0)) and not _MEETING_LINE_RE3.match(t[mt.end():]):
        place = t[mt.end():].strip(" ,.-–")
        place = _MEETING_LINE_RE4.sub("", place).strip(" ,.") or None
        if place and (len(place) > 120 or _MEETING_LINE_RE5.search(place)):
            place = None
    return d.isoformat(), tm, place


_FUTURE_MEETINGS_RE = re.compile(r"(?:19|20)\d\d:?")
_FUTURE_MEETINGS_RE2 = re.compile(r"(?<=[a-z.)])\.\s+(?=[A-Z])")


def _future_meetings(entries: list[_E], seg: _Seg, items, default_year: Optional[int]):
    """(date, time, place) listed under an item about future / next meetings, or
    after a "Date of next meeting:" label."""
    out = []
    for n_i, it in enumerate(items):
        if not _FUTURE_ITEM.search(it[2]):
            continue
        end = items[n_i + 1][0] if n_i + 1 < len(items) else seg.end
        listed, sentences = [], []
        for e in entries[it[0] + 1:end]:
            lines = [e.text] if e.cells is None else [" ".join(c for c in e.cells if c)]
            if e.kind == HEADING and e.cells is None and not _DATED_LINE.match(e.text):
                break
            for t in lines:
                if _FUTURE_MEETINGS_RE.fullmatch(t.strip()):
                    default_year = int(t.strip(" :"))  # a year heading over "12 December - 1000 hours ..."
                    continue
                if e.kind != BULLET and e.cells is None and not _DATED_LINE.match(t):
                    if _NEXT_SENT.search(t) or _NEXT_LABEL.match(t):
                        for part in _FUTURE_MEETINGS_RE2.split(t):
                            sm = _NEXT_SENT.search(part) or _NEXT_LABEL.match(part)
                            if sm:
                                tail = part[sm.end():] if _NEXT_SENT.search(part) else sm.group("rest")
                                r = _meeting_line(tail, default_year)
                                if r:
                                    sentences.append(r)
                    continue
                r = _meeting_line(t, default_year)
                if r:
                    listed.append(r)
        out.extend(listed or sentences)
    if not out:
        for e in entries[seg.start:seg.end]:
            m = _NEXT_LABEL.match(e.text) if e.cells is None else None
            if m:
                r = _meeting_line(m.group("rest"), default_year)
                if r:
                    out.append(r)
    return out
