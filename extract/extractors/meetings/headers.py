"""Meeting headers: where each meeting of a pack starts (front sheets, minutes titles, notices,
report cover sheets, forward plans) and its body, kind, date, time and place."""
from __future__ import annotations

import re
from typing import Optional

from ...model import HEADING, PARAGRAPH
from ...normalise import parse_date, parse_time, parse_time_range
from .entries import _E, _Seg, _is_kv, _read_kv
from .forward_plan import _fwp_header_line
from .header_lines import (may_run_on_to_agenda, _MEETING_OF, _PRINTED_DATE, _VERB, MINUTES_LINE, TITLE_TOP, _body_of, dated_header, guess_kind,
                           may_print_date)
from .patterns import MINUTES_VERB, _BARE_NO, _BODY_LINE, _ITEM, _PAGE_LINE
from .memo import LineMemo
from .text import _compact, _iso

# segments
# --------------------------------------------------------------------------



_MINUTES_TITLE = re.compile(
    r"^(?:(?:draft|provisional|unconfirmed)\s+)?(?:minutes|notes)\s+(?:of|from)\s+(?:the\s+)?(?:(?:a|an|the)\s+)?"
    r"(?:(?:extraordinary|ordinary|special|annual|public)\s+)?"
    r"(?:meeting\s+of\s+(?:the\s+)?)?(?P<body>.+?)(?:\s+(?:virtual|remote|online))?"
    r"(?:(?<!parish)\s+meeting)?\s+held\s+(?P<rest>.+?)\.?$", re.I)   # (a parish meeting is the body)
# ("Minutes from the Extraordinary meeting of the Town Council held on ...": Wainfleet All Saints TC; "Minutes of
# the Community Council virtual Meeting held via ZOOM on ...": Bodorgan CC -- how it met is no part of the body)
# the head of a page a converter flattened into one line: "MINUTES OF A MEETING OF THE AVON AND SOMERSET POLICE
# AND CRIME PANEL HELD ON 11TH DECEMBER 2013 AT 10.30 A.M. Bath and North East Somerset Council P. Councillor ..."
# (the date, then at most a time, ends the title; a place after "at"/"in" is left to the shorter lines)
_LONG_TITLE_HEAD = re.compile(
    r"^(?:minutes|notes)\s+of\s+[^.]{3,160}?\s+held\s+on\s+(?:the\s+)?(?:[a-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+"
    r"[a-z]{3,9},?\s+\d{4}(?:\s+at\s+\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?)?(?=\s+(?!at\b|in\b)[A-Z])", re.I)
_NOTICE = re.compile(
    r"^(?:notice\s+is\s+(?:hereby\s+)?given\s+that\s+)?an?\s+(?:(?P<type>extraordinary|ordinary|special|annual|public)\s+)?"
    # ("A digital meeting of the Gwent Police and Crime Panel will be held via Microsoft Teams on ...": Gwent PCP;
    # how it meets is no part of the body, as in "... to attend a virtual meeting of the Sussex Police and Crime
    # Panel" and Bodorgan's "Community Council virtual Meeting")
    r"(?:(?:virtual|digital|remote|online|hybrid)\s+)?"
    # ("... is to be held at PLACE on DATE at TIME": Moray Council; "An Extraordinary Meeting of the X is being held
    # in PLACE, on DATE at TIME": Buckinghamshire & Milton Keynes Fire Authority)
    r"meeting\s+of\s+(?:the\s+)?(?P<body>.+?)\s+(?:will\s+(?:be\s+held|take\s+place)|is\s+(?:to\s+be|being)\s+held)"
    r"\s+(?P<rest>.+?)\.?$", re.I)
# a notice run on into the page a loader flattened ("... Committee Thursday, 22 August 2019 NOTICE IS HEREBY GIVEN that a
# Meeting of ... at 09:30. BUSINESS 1 Sederunt ...": Moray Council), or a long notice paragraph ("An Extraordinary
# Meeting of the ... on TUESDAY 7 NOVEMBER 2023 at 3.30PM or ... Committee. Health and Safety: ...": Bucks & MK Fire
# Authority): read from "NOTICE IS HEREBY GIVEN" (or the line's start) to the sentence's end
_NOTICE_GIVEN = re.compile(r"\bnotice\s+is\s+(?:hereby\s+)?given\s+that\s+an?\s", re.I)
_NOTICE_AT_START = re.compile(r"^(?:an?\s+)(?:\w+\s+){0,2}meeting\s+of\s", re.I)
_NOTICE_SENTENCE_END = re.compile(r"(?<=\w)\.\s+(?=[A-Z])")
# a notice's lead-in that stops where its date would be ("... will be held on"), matched with an "x" put after it
_NOTICE_LEAD_END = re.compile(r"(?:on|at|in|as\s+follows:?)?\s*x", re.I)
# a summons: "Members of the Council are hereby summoned ... to attend a Meeting of X to be held at
# PLACE on DATE at TIME", "You are hereby summoned to attend a meeting of the X which will be held ...";
# "You are hereby summoned to a meeting of the Council to be held in PLACE on DATE at TIME" (Brightlingsea
# TC), "... summoned to attend a meeting of the Trimdon Foundry Parish Council at PLACE on DATE at TIME"
# (after the Act it is called under: Trimdon Foundry PC); "I hereby summon you to attend a meeting of Llangunnor
# Community Council to be held in ..." (Llangunnor CC)
# (also "Members are hereby requested to attend a virtual meeting of the Sussex Police and Crime Panel to be held at 10.30
# am on Friday, 29 January 2021.": Sussex PCP, the request in a summons's place)
_SUMMONS = re.compile(
    r"^(?:.{0,120}?\b)?(?:summon(?:ed\b|\s+you\b)|hereby\s+requested\b).{0,120}?\bto\s+(?:attend\s+)?(?:(?:a|an|the)\s+)?"
    r"(?:(?P<type>extraordinary|ordinary|special|annual|public)\s+)?(?:(?:virtual|digital|remote|online|hybrid)\s+)?"
    r"meeting\s+of\s+(?:the\s+)?(?P<body>.+?)\s+"
    r"(?:(?:to\s+be|which\s+will\s+be|that\s+will\s+be)\s+held\s+|(?=(?:at|in|on)\s))(?P<rest>.+?)\.?$", re.I)
_HEREBY_SUMMONED = re.compile(r"\b(?:(?:you|members|councillors)\b[^.]{0,60}?\bhereby\s+(?:summoned|requested\s+to\s+attend)"
                              r"|I\s+hereby\s+summon\s+you)\b", re.I)
_FOR_MEETING = re.compile(
    r"^(?:report\s+)?for\s+(?:the\s+)?(?P<body>[A-Z][\w&' -]{3,80}?)\s+meeting\s+"
    r"(?:(?:on|of|held\s+on)\s+)?(?P<date>.{6,40})$", re.I)
_FWP = re.compile(r"\b(?:forward\s+(?:work\s+)?(?:plan|programme)|work\s+(?:plan|programme))\b", re.I)


def _may_name_fwp(t: str) -> bool:
    """False when ``t`` holds no _FWP: every one says "plan" or "programme", whose letters IGNORECASE
    matches only to their ASCII capitals (a cheap look in the lower-cased text before the scan)."""
    low = t.lower()
    return "plan" in low or "programme" in low
_NUM_DATE = re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")
# ("Minutes of Extraordinary meeting 29th July 2024": the kind of meeting, no body)
_GENERIC_BODY = re.compile(r"^(?:the\s+)?(?:a\s+)?(?:(?:extraordinary|ordinary|special|annual)\s+)?(?:meeting|panel|committee)$"
                           r"|^(?:extraordinary|ordinary|special|annual)$", re.I)
_MINUTES_OF = re.compile(r"^(?:(?:draft|provisional|unconfirmed)\s+)?(?:minutes|notes)\s+(?:of|from)\b", re.I)
# a title with its date and no "held": "Minutes of Parish Council 22 November 2023",
# "Minutes of the Police and Crime Panel - Thursday 5 February 2024"
_MINUTES_DATED = re.compile(
    r"^(?:minutes|notes)\s+of\s+(?:the\s+)?(?:(?:a|an)\s+)?(?:meeting\s+of\s+(?:the\s+)?)?(?P<body>[A-Z][^,]{2,80}?)"
    # ("Minutes of the Town Council Meeting 27th April 2021": Louth TC -- the body without "Meeting", as before
    # "held"; a parish meeting is the body)
    r"(?:(?<!parish)\s+meeting)?"
    r"[\s,–-]+(?:on\s+)?(?P<date>(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+"
    r"[A-Za-z]{3,9},?\s+\d{4})\.?$", re.I)
# "Minutes of the Previous Council Meeting 5 May 2021": an earlier meeting's minutes, an item
_EARLIER = re.compile(r"(?:previous|last|earlier|next)\b", re.I)
# an agenda line that runs on into "MINUTES OF THE MEETING HELD ON ...": the minutes of an earlier
# meeting taken as read ("TO RECEIVE AND ADOPT THE" / "TO SIGN AS A CORRECT RECORD THE"), not a title
_RUNS_ON = re.compile(rf"\b(?:the|a|an|of|to|and|{MINUTES_VERB})$", re.I)
# a page range or a link to the paper printed after an agenda item's title
_PAPER_AFTER = re.compile(r"\(\s*pages?\s+\d+|\bpdf\s+icon\b|\s+PDF\s+\d+(?:\.\d+)?\s*[KM]B\s*$", re.I)
_PAGES_FIRST = re.compile(r"^\(\s*pages?\s+\d+(?:\s*[-–]\s*\d+)?\s*\)", re.I)
_HELD_ON_IN_AT = re.compile(r"^(?:held|on|in|at)\b", re.I)
_SENTENCE_END = re.compile(r"[.!?]$")
# "meeting" is in every _NOTICE and _SUMMONS line: lines without it are skipped cheaply
_MEETING_WORD = re.compile(r"meeting", re.I)


def _body_above(entries: list[_E], i: int, back: int = 6) -> Optional[str]:
    """The name of the panel printed on a title line just above entry ``i``."""
    for k in range(i - 1, max(-1, i - back - 1), -1):
        e = entries[k]
        t = e.text.strip(" .:")
        if e.cells is None and _BODY_LINE.match(t) and not _ITEM.match(t):
            return t
    return None


def _smart_case(s: str, doc_text_lines: dict) -> str:
    """An ALL-CAPS phrase in the casing printed elsewhere in the document, else
    title case with small words lower."""
    if not s.isupper():
        return s
    hit = doc_text_lines.get(s.lower())
    if hit:
        return hit
    small = {"and", "of", "the", "for", "in", "on", "at", "to", "a"}
    ws = s.lower().split()
    return " ".join(w if (i and w in small) else w[:1].upper() + w[1:] for i, w in enumerate(ws))


#: a sentence's end inside a title's run-on line: a word of three or more letters (no "St." or
#: "Rd.", no initial), a full stop, then a capitalised word
_NEXT_SENTENCE = re.compile(r"\b(?P<w>[A-Za-z]{3,})\.\s+(?=[A-Z][a-z])")
_NOT_AN_END = frozenset("cllr cllrs approx nos ave hon govt dept".split())


def _first_sentence(rest: str) -> str:
    """``rest`` up to its first sentence end: "on 26 June 2020 at the County Hall, Lewes. The report
    was considered at 10.30am" is the title's "on 26 June 2020 at the County Hall, Lewes" (the
    next sentence gives no place or time of the meeting)."""
    for m in _NEXT_SENTENCE.finditer(rest):
        if m.group("w").lower() not in _NOT_AN_END:
            return rest[:m.end("w")]
    return rest


#: a clock time with am/pm run on into words without "in" or "at" ("7.30pm remotely through Zoom")
#: (a clause after it, "7.30pm and closed at 9.15pm", is no place: the time is kept, the rest dropped)
_TIME_THEN_WORDS = re.compile(r"^(?P<t>\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?)\s+"
                              r"(?P<clause>(?=(?:and|or|but|to|for|until|when|with|which|where)\b))?"
                              r"(?P<rest>[a-z].*)$", re.I)


# (also ", followed by a meeting of the Planning Committee": what comes after the meeting, Eccleshall PC)
# (also "at 3.30PM or at the rising of the Executive Committee": when an earlier meeting ends, Bucks & MK Fire Authority)
# (also "... in the Amenity suite, Police Headquarters, Middlemoor, Exeter to which you are requested to attend, to
# consider ...": the invitation after the venue, Devon and Cornwall Police Authority; "to which all Members are
# summoned" in the same place)
_PURPOSE_CLAUSE = re.compile(r",?\s+(?:to\s+(?:deal\s+with|transact|consider|conduct)|for\s+the\s+(?:purpose|transaction)"
                             r"|followed\s+by|or\s+(?:at|on|upon)\s+the\s+(?:rising|conclusion|close|end)\s+of"
                             r"|to\s+which\s+(?:you|(?:all\s+)?(?:members|councillors))\b)\b")
_BEFORE_WHEN_WHERE = re.compile(r"\s+(?=\b(?:on|in|from|commencing\s+at|starting\s+at)\s)|(?<!commencing)(?<!starting)\s+(?=at\s)", re.I)
_WHEN_WHERE_PART = re.compile(r"^(on|at|in|from|commencing\s+at|starting\s+at)\s+(.*)$", re.I)
_TIME_SPAN = re.compile(r"[\d.:\sapm]+[-–][\d.:\sapm]+", re.I)
_CLOCK_HH_MM = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d")
_CLOCK_HHMM = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_THE_BEFORE_CAPITAL = re.compile(r"^the\s+(?=[A-Z])")


def _parse_minutes_rest(rest: str) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """(date, time, place) of "on 14 SEPTEMBER 2023 at KENNET ROOM ..." or "at X on D" (its first
    sentence only)."""
    rest = _first_sentence(rest)
    r = _PURPOSE_CLAUSE.split(rest.strip())[0].rstrip(".")
    date = time = place = None
    # ("commencing at 10.30 am": the "at" of "commencing at" starts no part of its own)
    parts = _BEFORE_WHEN_WHERE.split(" " + r)
    parts = [p.strip() for p in parts if p.strip()]
    place_parts = []
    for p in parts:
        m = _WHEN_WHERE_PART.match(p)
        word, body = (m.group(1).lower(), m.group(2)) if m else ("", p)
        body = body.strip(" ,")
        if date is None and parse_date(body) is not None and len(body) <= 40:
            date = _iso(parse_date(body))
            t = parse_time(body)
            if t:
                time = t
            continue
        if time is None and len(body) <= 12 and (t := parse_time(body)):
            time = t
            continue
        if time is None and word == "from" and _TIME_SPAN.fullmatch(body) \
                and (t := parse_time_range(body)[0]):
            time = t  # "on 6 March 2020 from 9.01 am - 10.50 am" (Nottingham City)
            continue
        tm = _TIME_THEN_WORDS.match(body) if time is None and word == "at" else None
        if tm and (t := parse_time(tm.group("t"))):
            # "held on the 22nd March 2021 at 7.30pm remotely through Zoom": the time, then how it met
            time, body = t, tm.group("rest")
            if tm.group("clause") is not None:
                break  # (what follows the clause is the clause's)
        if time is None and word == "at" and _CLOCK_HH_MM.fullmatch(body):
            time = body.replace(".", ":").zfill(5)  # "AT 19.00" after the date: a 24-hour clock time
            continue
        if time is None and date and word == "at" and _CLOCK_HHMM.fullmatch(body):
            time = f"{body[:2]}:{body[2:]}"  # "on ... 2019 at 1900": four digits after the date
            continue
        if word in ("at", "in") or not word:
            place_parts.append(_THE_BEFORE_CAPITAL.sub("", body))
        elif place_parts:
            place_parts[-1] += f" {p}"
    if place_parts:
        place = " at ".join(place_parts).strip(" ,.")
    return date, time, place


_DIGIT_OR_WHEN_WORD = re.compile(r"\d|\b(?:next|previous|last|held|will)\b", re.I)
_NEXT_OR_PREVIOUS = re.compile(r"\b(?:next|previous|last)\b", re.I)
_TIME_THEN_PLACE_LEAD = re.compile(r"^.*?\d\s*(?:a\.?m\.?|p\.?m\.?|hours)\s+(?:in|at)\s+(?:the\s+)?", re.I)


def _minutes_sheet(entries: list[_E], i: int, first: bool = False) \
        -> Optional[tuple[str, str, Optional[str], int, Optional[str]]]:
    """A "Minutes" title line with the panel's name and the date printed on
    lines around it: (body, date, time, index after).  ``first`` (no meeting above, near the
    top): the name may be printed as "FULL PARISH MEETING OF THE COUNCIL" (North Thoresby)."""
    e = entries[i]
    if e.cells is not None or not MINUTES_LINE.fullmatch(e.text.strip()):
        return None
    body = date = time = place = None
    lo, hi = max(0, i - 3), min(len(entries), i + 4)
    for k in range(lo, hi):
        if k == i or entries[k].cells is not None:
            continue
        t = entries[k].text.strip()
        if body is None and (_BODY_LINE.match(t.strip(" .:")) or (first and k < i and _body_of(t) == t.strip())):
            body = t.strip(" .:")  # (at the top: also "Lancashire Combined Fire Authority" over the date)
            continue
        mo = _MEETING_OF.match(t) if first and body is None and len(t) <= 90 else None
        if mo and not _DIGIT_OR_WHEN_WORD.search(t):
            body = _body_of(t)
            if body:
                continue
        if date is None and len(t) <= 45 and parse_date(t) and not _NEXT_OR_PREVIOUS.search(t) \
                and (_PRINTED_DATE.search(t) or _NUM_DATE.search(t)):  # a day, not "August 2023 Minutes"
            date = _iso(parse_date(t))
            time = parse_time(t)
        elif date is None and first and k < i and len(t) <= 160 and (dm := _PRINTED_DATE.match(t)) \
                and parse_date(dm.group(0)) and not _VERB.search(t):
            # the date line of a Word minutes sheet, its time and venue after the date: "Monday, 16
            # December 2024 at 10.30 am in Washington Hall, Service Training Centre, Euxton"
            date, time = _iso(parse_date(dm.group(0))), parse_time(t[dm.end():][:30])
            place = _TIME_THEN_PLACE_LEAD.sub("", t[dm.end():])
            place = place.strip(" ,.") if place != t[dm.end():] else None
    if body and date:
        return body, date, time, i + 1, place
    return None


_ITEM_NUMBER_MARK = re.compile(r"[.)/]")


def _is_agenda_item(entries: list[_E], i: int) -> bool:
    """The line at ``i`` is an agenda item: its number printed alone on the line above ("145." /
    "Minutes of the Panel Meeting held on 5 February 2026 pdf icon PDF 378 KB"), or a page range or
    a link to its paper after it ("Minutes of the Panel Meeting held on 12th June 2024" / "(Pages 7 -
    12)"): the minutes of an earlier meeting put to the meeting for approval, not a title."""
    e = entries[i]
    if _PAPER_AFTER.search(e.text):
        return True
    above = entries[i - 1] if i else None
    # (a number with its stop, or "39/20", on the same page: a page number alone ("5") is no item)
    if above is not None and above.cells is None and above.page == e.page and _BARE_NO.match(above.text.strip()) \
            and _ITEM_NUMBER_MARK.search(above.text):
        return True
    nxt = entries[i + 1] if i + 1 < len(entries) else None
    # the page range alone on the next line, or opening it ("(Pages 7 - 10) 5." where a loader ran
    # the next item's number on)
    return nxt is not None and nxt.cells is None and bool(
        _PAGE_LINE.match(nxt.text.strip()) or _PAGES_FIRST.match(nxt.text))


_CAPITAL = re.compile(r"[A-Z]")


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _year_from_above(entries: list[_E], i: int, rest: str) -> Optional[str]:
    """The date of a title printing its day and month with no year ("... held on Monday 12th September at
    7pm"), when a line just above prints that same day and month with its year ("Parish Council Meeting 12th
    Sept 2016 – Minutes": Honingham PC); never a year guessed."""
    for x in entries[max(0, i - 3):i]:
        if x.cells is not None or x.page != entries[i].page or len(x.text) > 160 or not _YEAR.search(x.text):
            continue
        full = parse_date(x.text)
        if full is not None and parse_date(_first_sentence(rest), default_year=full.year) == full:
            return _iso(full)
    return None


def _minutes_title(entries: list[_E], i: int, segs: list[_Seg], doc_lines: dict) -> Optional[int]:
    """"Minutes of the X meeting held on DATE at PLACE" (a title broken over up to three lines):
    a minutes segment; the index after the title."""
    e, n = entries[i], len(entries)
    t = e.text
    if len(t) > 300 and (h := _LONG_TITLE_HEAD.match(t)):
        t = h.group(0)  # a page flattened into one line: its title up to the date and time
    m = _MINUTES_TITLE.match(t) if len(t) <= 300 else None
    # (every form below starts "minutes of": the line above is looked at only then)
    if (m is not None or _MINUTES_OF.match(t)) and (
            (i and entries[i - 1].cells is None and _RUNS_ON.search(entries[i - 1].text.rstrip()))
            or _is_agenda_item(entries, i)):
        return None
    if m is None and e.cells is None and len(t) <= 120 and (md := _MINUTES_DATED.match(t)) \
            and parse_date(md.group("date")) and not _EARLIER.match(md.group("body")):
        body = md.group("body").strip()   # ("Minutes of Meeting, Tuesday, 7th March 2023": no body printed)
        body = _body_above(entries, i) if _GENERIC_BODY.match(body) else _smart_case(body, doc_lines)
        segs.append(_Seg("minutes", i, body=body, date=_iso(parse_date(md.group("date"))), page=e.page))
        return i + 1
    last = i
    if m is None and e.cells is None and _MINUTES_OF.match(t) and len(t) <= 120:
        # a title broken over lines: "MINUTES OF A MEETING OF X" / "HELD ON 13TH FEBRUARY 2019 AT 19.00 IN ..."
        # or "... OF X" / "HELD IN THE VILLAGE HALL" / "ON 29th January 2026"
        joined = t
        for k in range(i + 1, min(n, i + 3)):
            if entries[k].cells is not None or not _HELD_ON_IN_AT.match(entries[k].text):
                break
            joined += " " + entries[k].text
            m = _MINUTES_TITLE.match(joined)
            if m and _parse_minutes_rest(m.group("rest"))[0]:
                last = k
                break
            m = None
    if not (m and e.cells is None):
        return None
    date, time, place = _parse_minutes_rest(m.group("rest"))
    if not date and m.group("rest")[:60].lstrip()[:3].lower() == "on ":
        date = _year_from_above(entries, i, m.group("rest"))
    if not date or _EARLIER.match(m.group("body")):
        # ("Minutes of the previous meeting - To consider a resolution to approve the minutes of the meeting
        # held on Monday 6th February, 2023": an agenda's item on an earlier meeting's minutes, Castor PC)
        return None
    body = m.group("body").strip()   # ("THE SOULDERN ANNUAL PARISH MEETING HELD ...": its body keeps "Meeting")
    # a one-word body ("Cabinet") counts when the title line above prints it ("CABINET")
    above = any(x.cells is None and x.text.strip().lower() == body.lower() for x in entries[max(0, i - 4):i])
    if _GENERIC_BODY.match(body) or not (_CAPITAL.search(body[1:] if body else "") or above):
        body = _body_above(entries, i)
        if body is None and segs and segs[-1].date == date and segs[-1].kind != "minutes":
            # "Minutes of the Meeting Held on 18th June 2024" under that meeting's agenda (a page listing
            # meetings, Lancashire PCC): the link to its minutes, no meeting of its own
            return last + 1
        if body is None and segs and segs[-1].kind == "minutes" and segs[-1].date and date < segs[-1].date:
            # "Minutes of the Meeting held on 28 November 2024" inside the minutes of 9 January 2025 (its
            # item number on a line of its own in converted text): an item on an earlier meeting's minutes
            return last + 1
    segs.append(_Seg("minutes", i, body=_smart_case(body, doc_lines) if body else None,
                     date=date, start_time=time, place=place, page=e.page))
    return last + 1


# "At a meeting of the Combined Fire Authority for County Durham and Darlington held at Fire and Rescue
# Service Headquarters, Belmont Business Park, Durham on Thursday 12 November 2015 at 10.00 a.m." (Durham
# CFA), "At a meeting of the Land Drainage Advisory Group held on Tuesday, 24 January 2006" (South
# Cambridgeshire): the minutes' title, read like "Minutes of X held ..."
_AT_MEETING = re.compile(
    r"^at\s+(?:a|an|the)\s+(?:(?P<type>annual|extraordinary|special)\s+)?meeting\s+of\s+(?:the\s+)?"
    r"(?P<body>[A-Z][^.;:]{2,120}?)\s+held\s+(?P<rest>(?:at|in|on)\s.+?)\.?$", re.I)


# a page's opening line that names no body, only when and where its meeting was or is to be held ("Meeting held on
# 11th October 2010 at the Halford Bridge Inn at 7.30 p.m.", "Meeting to be held on the 11th of October 2010 at the
# Halford Bridge Inn 7.30 p.m.": Halford PC; "Held at the School on Tuesday, 16th November 2010, starting at
# 7.30pm.": Swaffham Bulbeck PC)
_HELD_LINE = re.compile(r"^(?:meeting\s+)?(?P<to>to\s+be\s+)?held\s+(?P<rest>(?:at|in|on)\s.{6,160}?)\.?$", re.I)
_TIME_AT_END = re.compile(r"\s+(?P<t>\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?)$", re.I)
#: how many lines from a page's top a bare "held" line is read (under a page title or two)
_HELD_TOP = 4


def _held_line(entries: list[_E], i: int, segs: list[_Seg], doc_lines: dict) -> Optional[int]:
    """"Meeting held on DATE at PLACE" near the top of a page with no meeting above it: the meeting (minutes;
    an agenda when it is "to be held"), its body the panel's line above if there is one, else none."""
    e = entries[i]
    if segs or i >= _HELD_TOP or e.cells is not None or len(e.text) > 200 or "eld" not in e.text:
        return None
    m = _HELD_LINE.match(e.text)
    if not m or _VERB.search(m.group("rest")):
        return None
    date, time, place = _parse_minutes_rest(m.group("rest"))
    if not date:
        return None
    if place and time is None and (tm := _TIME_AT_END.search(place)) and (t := parse_time(tm.group("t"))):
        time, place = t, place[:tm.start()].strip(" ,")  # "at the Halford Bridge Inn 7.30 p.m."
    body = _body_above(entries, i)
    segs.append(_Seg("agenda" if m.group("to") else "minutes", i, body=_smart_case(body, doc_lines) if body else None,
                     date=date, start_time=time, place=place or None, page=e.page))
    return i + 1


def _at_meeting(entries: list[_E], i: int, segs: list[_Seg], doc_lines: dict) -> Optional[int]:
    """"At a meeting of X held at PLACE on DATE at TIME": a minutes segment (the whole line is the title:
    no verb after "held", so "At a meeting of X held on 27 June 2022, the CFA agreed ..." is none)."""
    e = entries[i]
    if e.cells is not None or len(e.text) > 300 or e.text[:3].lower() != "at ":
        return None
    m = _AT_MEETING.match(e.text)
    if not m or _VERB.search(m.group("rest")) or _GENERIC_BODY.match(m.group("body")):
        return None
    date, time, place = _parse_minutes_rest(m.group("rest"))
    if not date:
        return None
    segs.append(_Seg("minutes", i, body=_smart_case(m.group("body").strip(), doc_lines), date=date,
                     start_time=time, place=place, page=e.page,
                     kv={"meeting_type": m.group("type").lower()} if m.group("type") else {}))
    return i + 1


def _minutes_sheet_seg(entries: list[_E], i: int, segs: list[_Seg], doc_lines: dict) -> Optional[int]:
    """A "Minutes" line with the body and date around it, and its "Venue: / Time:" rows."""
    ms = _minutes_sheet(entries, i, first=not segs and i < TITLE_TOP)
    if not ms:
        return None
    body, date, time, j, place = ms
    segs.append(_Seg("minutes", i, body=_smart_case(body, doc_lines), date=date, start_time=time,
                     place=place, page=entries[i].page))
    if j < len(entries) and _is_kv(entries[j]):
        kv, j2 = _read_kv(entries, j)
        if kv.get("place"):
            segs[-1].place = kv["place"]
        if kv.get("time"):
            st, et = parse_time_range(kv["time"])
            segs[-1].start_time = segs[-1].start_time or st
            segs[-1].end_time = et
        j = j2
    return j


def _notice(entries: list[_E], i: int, segs: list[_Seg], doc_lines: dict) -> Optional[int]:
    """"A meeting of the X will be held at PLACE on DATE at TIME", or a summons "... are hereby
    summoned to attend a meeting of X to be held at PLACE on DATE at TIME" (an agenda)."""
    e = entries[i]
    if e.cells is not None:
        return None
    text = e.text
    if len(text) > 300:
        # a summons run on after a title and the Act it is called under ("Agenda for meeting scheduled for
        # Tuesday 12th September 2017 In accordance with Paragraph 7 & 10 (2)(b) of Schedule 12a of the Local
        # Government Act 1972 You are hereby summoned to attend a meeting of ...": Trimdon Foundry PC): read from
        # "You are hereby summoned"
        low = text.lower()
        sm = _HEREBY_SUMMONED.search(text) if "summon" in low or "hereby requested" in low else None
        se = _NOTICE_SENTENCE_END.search(text, sm.start()) if sm is not None and len(text) - sm.start() > 300 else None
        if sm is not None and len(text) - sm.start() <= 300:
            text = text[sm.start():]
        elif se is not None and se.start() - sm.start() <= 300:
            # the summons's sentence, then the page a site flattened into one line ("... to be held at 10.30 am on
            # Friday, 29 January 2021. Note: In accordance with ...": Sussex PCP)
            text = text[sm.start():se.start()]
        else:
            nm = _NOTICE_AT_START.match(text) or (_NOTICE_GIVEN.search(text) if "notice" in low else None)
            held = low.find(" held ", nm.start()) if nm else -1
            se = _NOTICE_SENTENCE_END.search(text, held) if held > 0 else None
            if se is None or se.start() - nm.start() > 400:
                return None
            text = text[nm.start():se.start()]
    texts = [text]
    if i + 1 < len(entries) and entries[i + 1].cells is None and len(entries[i + 1].text) <= 60 \
            and not _SENTENCE_END.search(text[-2:]):  # the last two characters decide "[.!?]$"
        texts.append(f"{text} {entries[i + 1].text}")  # the sentence cut by a loader: "... on Wednesday 13th" / "February 2019 at 1900."
    # the longest text holds the others; a "meeting" (IGNORECASE: "i" may be a dotted or dotless I)
    # has "meet" in the lower-cased text, looked for before the slow scan
    if "meet" not in texts[-1].lower() or not _MEETING_WORD.search(texts[-1]):
        return None
    date = end_time = None
    if i + 1 < len(entries) and _is_kv(entries[i + 1]) and (m := _NOTICE.match(text + " x")) \
            and _NOTICE_LEAD_END.fullmatch(m.group("rest")):
        # the notice ends in "will be held on" and its date, time and place are the rows under it: "A meeting of
        # the" / "West of England Combined Authority Committee" / "will be held on" / "Date: Thursday 7 December
        # 2017" / "Time: 9.30am" / "Place: City Hall, ..." (a loader joins the three lines)
        kv, j = _read_kv(entries, i + 1)
        d = parse_date(kv.get("date", ""))
        if d is not None:
            date, place = _iso(d), kv.get("place")
            time, end_time = parse_time_range(kv["time"]) if kv.get("time") else (None, None)
            k = j - i - 1
    for k, t in enumerate(texts if date is None else ()):
        m = _NOTICE.match(t) or _SUMMONS.match(t)
        date, time, place = _parse_minutes_rest(m.group("rest")) if m else (None, None, None)
        if date:
            break
    if not date:
        return None
    segs.append(_Seg("agenda", i, body=_smart_case(m.group("body").strip(" ,;"), doc_lines),
                     date=date, start_time=time, end_time=end_time, place=place, page=e.page))
    mtype = (m.group("type") or "").lower()
    if mtype in ("annual", "extraordinary", "special"):
        segs[-1].kv["meeting_type"] = mtype  # "An extraordinary meeting of the County Council will be held ..."
    return i + 1 + k


def _dated(entries: list[_E], i: int, segs: list[_Seg], doc_lines: dict) -> Optional[int]:
    """A dated line under (or after) the body's name: "CABINET" / "Thursday, 30th January, 2025, at 10.00 am"."""
    if _is_kv(entries[i]) or (segs and segs[-1].kind == "forward_plan"):
        return None
    dh = dated_header(entries, i, len(entries), first=not segs and i < TITLE_TOP)
    if not dh:
        return None
    segs.append(dh[0])
    return max(dh[1], i + 1)


_MINUTES_START = re.compile(r"^(?:draft\s+)?minutes\b", re.I)


def _front_sheet(entries: list[_E], i: int, segs: list[_Seg], doc_lines: dict) -> Optional[int]:
    """Key/value front sheets ("Meeting: / Date: / Time: / Place:"), also the date / time / place
    rows printed under a minutes title."""
    e = entries[i]
    if not _is_kv(e):
        return None
    kv, j = _read_kv(entries, i)
    body = kv.get("meeting")
    if not body and "date" in kv and ("time" in kv or "place" in kv) and parse_date(kv["date"]):
        body = _body_above(entries, i)
        if body is None and segs and segs[-1].start >= i - 3 and segs[-1].kind == "minutes":
            # a minutes title whose date / time / place are printed below it
            s = segs[-1]
            st, et = parse_time_range(kv.get("time", "")) if kv.get("time") else (None, None)
            s.start_time = s.start_time or st
            s.end_time = s.end_time or et
            s.place = s.place or kv.get("place")
            return j
    if not (body and ("date" in kv or "place" in kv)):
        return None
    kind = "report" if ("title" in kv or "presenter" in kv) else "agenda"
    if kind == "agenda":
        before = [x.text for x in entries[max(0, i - 3):i]]
        if any(_MINUTES_START.match(b) for b in before):
            kind = "minutes"
    d = parse_date(kv.get("date", ""))
    st, et = parse_time_range(kv.get("time", "")) if kv.get("time") else (None, None)
    if kv.get("end"):
        et = parse_time(kv["end"]) or et
    segs.append(_Seg(kind, i, body=body, date=_iso(d), start_time=st, end_time=et,
                     place=kv.get("place"), page=e.page, kv=kv))
    return j


def _for_meeting(entries: list[_E], i: int, segs: list[_Seg], doc_lines: dict) -> Optional[int]:
    """A report's "For Police and Crime Panel meeting 19 December 2019" (the first header only)."""
    e = entries[i]
    m = _FOR_MEETING.match(e.text) if e.cells is None and len(e.text) <= 140 else None
    if not (m and parse_date(m.group("date")) and not segs):
        return None
    segs.append(_Seg("report", i, body=m.group("body").strip(), date=_iso(parse_date(m.group("date"))),
                     page=e.page))
    return i + 1


_EDGE_PUNCTUATION = re.compile(r"^\W+|\W+$")


def _fwp_body(entries: list[_E], i: int) -> Optional[str]:
    body = _FWP.split(entries[i].text)[0].strip(" -–:")
    return _EDGE_PUNCTUATION.sub("", body) or _body_above(entries, i, 3)


def _forward_plan(entries: list[_E], i: int, segs: list[_Seg], doc_lines: dict) -> Optional[int]:
    """A forward work plan: a title then a table with a Date column (or a line of its labels).
    Returns None: the scan goes on from the next line."""
    e, n = entries[i], len(entries)
    t = e.text
    if not (e.cells is None and len(t) <= 120 and e.kind in (HEADING, PARAGRAPH) and _may_name_fwp(t)
            and _FWP.search(t)
            and not _ITEM.match(t)):
        return None
    for k in range(i + 1, min(n, i + 6)):
        c = entries[k].cells
        if c is None and _fwp_header_line(entries[k].text):
            # an unruled table whose header the loader read as a line of labels
            segs.append(_Seg("forward_plan", i, body=_fwp_body(entries, i), page=e.page))
            break
        if c is not None:
            comp = [_compact(x) for x in c]
            if any("date" in x for x in comp) and any(
                    x in ("location", "venue", "place") or "item" in x or "topic" in x
                    or "report" in x or "business" in x or "subject" in x for x in comp):
                segs.append(_Seg("forward_plan", i, body=_fwp_body(entries, i), page=e.page))
            break
    return None


# a ModernGov "Issue - meetings" page: each meeting that took the issue, as
# "Meeting: 03/02/2017 - Devon and Cornwall Police and Crime Panel (Item 46)", then the item
# ("46 101 Update"), its minutes and its decision (Plymouth, Medway, South Ribble, Barking and
# Dagenham pages)
ISSUE_MEETING = re.compile(r"^meeting:\s*(?P<date>\d{1,2}/\d{1,2}/\d{4})\s*[-–]\s*(?P<body>[A-Z].{2,120}?)"
                            r"\s*\(item\s+(?P<item>[\w.]{1,8})\)(?:\s+(?P=item)\.?\s+(?P<title>\S.*))?\s*$", re.I)
# (or the minute's own words, "Apologies for absence were received from ...": a page printing the item's
# minutes without their "Minutes:" label (West Lancashire BC, Council 5 April 2023, Item 92), as a dated
# header's segment is told minutes by them, header_lines._MINUTES_SIGN)
_OUTCOME = re.compile(r"^(?:minutes|decision(?:\s+made)?)\b|\bresolved\b"
                      r"|\bapologies\b.{0,40}\b(?:were|was)\s+(?:received|submitted|tendered)", re.I)


def _issue_meeting(entries: list[_E], i: int, segs: list[_Seg], doc_lines: dict) -> Optional[int]:
    """A ModernGov issue page's "Meeting: DATE - BODY (Item N)" line: minutes when the item's
    minutes or decision follow it (before the next such line), else an agenda."""
    e = entries[i]
    m = ISSUE_MEETING.match(e.text) if e.cells is None and e.text[:8].lower() == "meeting:" else None
    if not m or not parse_date(m.group("date")):
        return None
    kind = "agenda"
    for x in entries[i + 1:i + 40]:
        if x.cells is None and ISSUE_MEETING.match(x.text):
            break
        if x.cells is None and _OUTCOME.search(x.text[:60]):
            kind = "minutes"
            break
    segs.append(_Seg(kind, i, body=m.group("body").strip(), date=_iso(parse_date(m.group("date"))),
                     page=e.page, kv={"issue_item": m.group("item"), "issue_title": m.group("title")}))
    return i + 1


# a ModernGov "Decisions" page: each decision's "Made at meeting: 19/05/2020 - Executive" (Bradford,
# West Yorkshire Combined Authority), then its "Resolved" text: the minutes of that meeting
_MADE_AT = re.compile(r"^made\s+at\s+meeting:\s*(?P<date>\d{1,2}/\d{1,2}/\d{4})\s*[-–]\s*(?P<body>[A-Z].{2,120}?)\s*$",
                      re.I)


def _made_at_meeting(entries: list[_E], i: int, segs: list[_Seg], doc_lines: dict) -> Optional[int]:
    e = entries[i]
    m = _MADE_AT.match(e.text) if e.cells is None and e.text[:5].lower() == "made " else None
    if not m or not parse_date(m.group("date")):
        return None
    segs.append(_Seg("minutes", i, body=m.group("body").strip(), date=_iso(parse_date(m.group("date"))),
                     page=e.page))
    return i + 1


# the header forms, tried in this order at each line; each appends its segment and returns the
# index to go on from, or None
_HEADER_FORMS = (_minutes_title, _at_meeting, _minutes_sheet_seg, _notice, _dated, _issue_meeting, _made_at_meeting, _front_sheet,
                 _for_meeting, _forward_plan, _held_line)


def _without_repeated_headers(segs: list[_Seg]) -> list[_Seg]:
    """A header that repeats the meeting before it (same kind, body and date, no other time or
    place: "COUNTY COUNCIL" / "Thursday 13 March 2025" at the head of every answer sheet of a
    pack, a running page header) continues that meeting; it is not a meeting of its own."""
    out: list[_Seg] = []
    for s in segs:
        p = out[-1] if out else None
        if p is not None and s.date and s.body is None and (s.kind, s.date) == (p.kind, p.date):
            # "Parish Council Minutes 2 July 2019" / "Draft minutes of meeting held on 2nd July 2019
            # at 7.30 pm in the Vestry Room.": the second names no body; the same meeting
            p.start_time, p.place = p.start_time or s.start_time, p.place or s.place
            continue
        if p is not None and s.date and s.body and (s.kind, s.date) == (p.kind, p.date) \
                and s.start - p.start <= 2 and not (p.start_time or p.place or p.end_time):
            # a page's title over the minutes' own title, the same day ("Minutes - Full Council - 5th May 2020" /
            # "Minutes of a meeting of Bracebridge Heath Parish Council held remotely using Zoom on 5th May 2020
            # at 19:30": Bracebridge Heath PC; "Minutes of the Parish Meeting 13 October 2025" / "Minutes of the
            # Parish Council Meeting held in the Village Hall on Monday 13 October 2025": South Kelsey and
            # Moortown PC): one meeting, named as the minutes' title names it
            for k, v in p.kv.items():
                s.kv.setdefault(k, v)
            s.start, s.page = p.start, p.page
            out[-1] = s
            continue
        if p is not None and s.date and (s.kind, s.date) == (p.kind, p.date) \
                and (s.body or "").lower() == (p.body or "").lower() \
                and (s.start_time or p.start_time) == (p.start_time or s.start_time) \
                and (s.place or p.place) == (p.place or s.place):
            p.start_time, p.place = p.start_time or s.start_time, p.place or s.place
            continue
        out.append(s)
    return out


# what each header form needs (each returns None, adding nothing, at a line without it): a word
# (IGNORECASE folds these letters only to their capitals, so they are looked for in the lower-cased
# line), "meet" on the next line (a notice cut by a loader), a printed date, a key/value row
_HEAD_WORDS = ("nute", "note", "meet", "plan", "programme")   # (the words _may_head looks for: their letters'
#                                                                 folding is tested, tests/test_perdoc6.py)
_NEEDS = {_minutes_title: "minutes", _minutes_sheet_seg: "minutes", _at_meeting: "meet", _issue_meeting: "meet",
          _made_at_meeting: "meet", _for_meeting: "meet", _notice: "notice", _dated: "date", _front_sheet: "kv",
          _forward_plan: "plan", _held_line: "date"}
_FORMS_OF: dict[frozenset, tuple] = {}


def _forms_of(has: frozenset) -> tuple:
    """The forms of _HEADER_FORMS, in their order, whose need is in ``has``."""
    forms = _FORMS_OF.get(has)
    if forms is None:
        forms = _FORMS_OF[has] = tuple(f for f in _HEADER_FORMS if _NEEDS[f] in has)
    return forms


def _may_head(entries: list[_E], i: int, lows: list[str]) -> tuple:
    """The forms of _HEADER_FORMS that may take line ``i``: every other returns None there and adds
    nothing ("minutes": "minutes" or "notes" in the line; "meet": "meeting"; "notice": "meeting" in
    the line or the next; "plan": "plan" or "programme"; "date": a printed date; "kv": a key/value
    row, the only form a table row may be)."""
    e = entries[i]
    if e.cells is not None:
        return _forms_of(frozenset(("kv",))) if _is_kv(e) else ()
    line = _LINE_FORMS.get(e.text)
    if line is None:
        line = _line_forms(e, lows[i])
    if line[2] or not (i + 1 < len(entries) and entries[i + 1].cells is None and "meet" in lows[i + 1]):
        return line[0]
    return line[1]   # ("notice": "meeting" on the next line)


#: a line's text -> what _line_forms gives (remembered across the documents a process reads:
#: :mod:`.memo`)
_LINE_FORMS = LineMemo()


def _line_forms(e: _E, low: str) -> tuple:
    """(the forms of a text line ``e`` whose next line does not say "meet", those when it does, whether
    the line itself says "meet"): what _may_head needs of the line's own text (``low``, lower-cased)."""
    has = set()
    if "nute" in low or "note" in low:
        has.add("minutes")
    says_meet = "meet" in low
    if says_meet:
        has.update(("meet", "notice"))
    if "plan" in low or "programme" in low:
        has.add("plan")
    if (len(e.text) <= 220 or may_run_on_to_agenda(e.text)) and may_print_date(e.text, low):  # (dated_header's long lines)
        has.add("date")
    if _is_kv(e):
        has.add("kv")
    return _LINE_FORMS.keep(e.text, (_forms_of(frozenset(has)) if has else (),
                                     _forms_of(frozenset(has | {"notice"})), says_meet))


def _find_segments(entries: list[_E], doc_lines: dict, lows: Optional[list[str]] = None) -> list[_Seg]:
    """The meetings of the document: one segment per header, running to the next header (``lows``: the
    entries' texts lower-cased, when the caller has them)."""
    segs: list[_Seg] = []
    i = 0
    n = len(entries)
    if lows is None:
        lows = [e.text.lower() for e in entries]
    while i < n:
        for form in _may_head(entries, i, lows):  # (exact: tests/test_perdoc6.py)
            j = form(entries, i, segs, doc_lines)
            if j is not None:
                i = j
                break
        else:
            i += 1
    segs = _without_repeated_headers(segs)
    for a, b in zip(segs, segs[1:]):
        a.end = b.start
    if segs:
        segs[-1].end = n
    for s in segs:
        if s.kv.get("kind_guess"):
            s.kind = guess_kind(entries, s)
    return segs
