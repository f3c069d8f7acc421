"""Meeting headers printed as a dated line rather than labelled rows.

Forms (ModernGov front sheets and web pages, county and city councils, parish minutes):

* the body on a line above, then the date line: "CABINET" / "Thursday, 30th January, 2025, at
  10.00 am"; "Cheshire Police and Crime Panel" / "Friday, 2nd February, 2018 10.00 am";
  "TUESDAY, 13 NOVEMBER 2018 AT 15:00 HOURS";
* body and date on one line: "Surrey Police and Crime Panel - Tuesday, 15 September 2020
  10.30 am"; "Annual Meeting of the Parish Council Wednesday 2 May 2018 at 7.20 pm Stoke
  Ferry Village Hall" (the place follows the time);
* the venue after the date line: "Venue: ..." or one to three lines ("IN COMMITTEE ROOM 2,
  COUNCIL HOUSE, VICTORIA SQUARE," / "BIRMINGHAM"; a line ending in a comma runs on).

The date must begin the line (after the body) with a weekday or a day number, and be printed
in words with a year: an ISO date in a web page's metadata, a date inside a title ("Minutes of
the Meeting held on 9th January 2025") or a dated line inside the minutes ("Thursday 6 March
2014, 2.00 pm, venue TBC" under "The new dates were:") is not a meeting header: a body must be
printed with the date.
"""
from __future__ import annotations

import re
from typing import Optional

from ...normalise import WEEKDAY_NAME, parse_date, parse_time, parse_time_range
from .entries import _E, _Seg
from .patterns import ADDRESS_LINE, POSTCODE, _ITEM, _MONTHS
from .memo import LineMemo
from .text import _iso
from ...vocab import vocabulary

_WEEKDAY = WEEKDAY_NAME
# "Tuesday, 4th March, 2025", "TUESDAY, 13 NOVEMBER 2018", "16th November, 2017"
PRINTED_DATE_FORMS = (
    rf"(?:{_WEEKDAY},?\s+)?(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}[a-z]*,?\s+\d{{4}}\b"
    rf"|{_WEEKDAY},?\s+{_MONTHS}[a-z]*\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b")
# the lookahead (a digit, or the first letter of a weekday or of "the", as every form begins)
# only says no quickly at the places where no form can begin
_PRINTED_DATE = re.compile(rf"(?=[\dmtwfs])(?:{PRINTED_DATE_FORMS})", re.I)
_FOUR_DIGITS = re.compile(r"\d\d{3}")   # (= \d{4}: opening with one digit, it is scanned for fast)
# the same on ASCII text, where \d is [0-9]: a pattern opening with a character set is scanned for fast
_FOUR_ASCII_DIGITS = re.compile(r"[0-9][0-9]{3}")
# the first three letters of every month _MONTHS names (IGNORECASE folds them only to their
# capitals, and s to "ſ" too): looked for in the lower-cased line
_MONTH_STEMS = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")
# a "Minutes" title line of its own ("Draft Minutes", "Minutes of the Meeting:")
MINUTES_LINE = re.compile(r"(?:draft\s+|confirmed\s+)?minutes(?:\s+of\s+(?:the\s+)?meeting)?:?", re.I)
# the words of a meeting body's name ("CABINET", "Audit Committee", "Parish Council")
_BODY_WORDS = re.compile(
    r"\b(?:panel|committee|sub-committee|board|council|cabinet|executive|authority|assembly|"
    r"forum|commission|group)\b", re.I)
_KIND_WORDS = re.compile(r"^(?:(?:draft\s+)?(?:agenda|minutes|notes|summons)\b.*|a\s*g\s*e\s*n\s*d\s*a)$", re.I)
_MEETING_OF = re.compile(
    r"^(?P<pre>.*?)\b(?:(?P<type>annual|extraordinary|special|ordinary)\s+)?(?:(?:general|parish|council)\s+)?"
    r"meeting\s+of\s+(?:the\s+)?(?P<body>.+)$", re.I)
_VENUE_WORDS = re.compile(
    r"\b(?:room|chamber|hall|house|centre|center|offices?|building|suite|library|church|school|"
    r"pavilion|institute|square|street|road|lane|remote|online|virtual|teams|zoom)\b", re.I)
# a web page's link after the venue ("Crewe CW1 2BJ. View directions")
_DIRECTIONS = re.compile(r"\.?\s*view\s+directions\.?$", re.I)
_CONTACT = re.compile(r"\s+(?:ask\s+for|contact|telephone|tel|e-?mail|enquiries)\b.*$", re.I)
_NOT_BODY = re.compile(r"\b(?:minutes?|agenda|held\s+on|next|previous|last|dates?\s+of|were|was|will|items?|business|"
                       r"exempt|unrestricted|restricted)\b|:|^to\b"
                       # (a paper's title and its meeting parted by a tilde, "Police and Crime Plan Delivery Progress
                       # Police and Crime Panel ~ 4 October 2019": Hampshire OPCC, no body's own name)
                       r"|~", re.I)


_DIGIT = re.compile(r"\d")
_LINKING_WORD_AT_END = re.compile(r"\b(?:on|at|of|for|to|and|the|a|in)$", re.I)
_SPACED_DASH = re.compile(r"\s+[-–]\s+")


def _body_of(text: str) -> Optional[str]:
    """The body named on a line: the line itself when it is a short name of a body, or the
    part after "meeting of (the)"."""
    t = text.strip(" -–:.,")
    if not t or len(t) > 90 or _DIGIT.search(t) or _NOT_BODY.search(t) or _KIND_WORDS.match(t) \
            or _LINKING_WORD_AT_END.search(t):
        return None
    head = _SPACED_DASH.split(t)[0]
    if head != t and _BODY_WORDS.search(head) and not _MEETING_OF.match(head):
        return head  # "Souldern Parish Council - Meeting of the Parish Council"
    m = _MEETING_OF.match(t)
    if m:
        return m.group("body").strip(" -–:.,") or None
    if _BODY_WORDS.search(t):
        return t
    return None


def _smart(t: str) -> str:
    if not t.isupper():
        return t
    small = {"and", "of", "the", "for", "in", "on", "at", "to", "a"}
    ws = t.lower().split()
    return " ".join(w if (k and w in small) else w[:1].upper() + w[1:] for k, w in enumerate(ws))


# a label printed alone on its line, its value on the next ("Time:" / "10:30am", "Place:" / "Council
# Offices, English Street, Dumfries": Dumfries and Galloway minutes, Shropshire Fire Authority pages)
_BARE_LABEL = re.compile(r"^(?P<l>time|venue|place|location|where)\s*:$", re.I)


_FIELD_LABEL = re.compile(r"^[A-Za-z][A-Za-z ]{1,25}:")
_VENUE_FIELD = re.compile(r"^(?:venue|place|location|where)\s*:\s*(?P<v>.+)$", re.I)
_PUNCTUATION_RUN = re.compile(r"[\W_]*")
_CONTACT_LINE = re.compile(r"^(?:ask\s+for|contact|tel|telephone|e-?mail|[\w.-]+@)", re.I)
_IN_AT_PLACE = re.compile(r"^(?:in|at)\s+(?:the\s+)?[A-Z]")
_IN_AT_LEAD = re.compile(r"^(?:in|at)\s+(?:the\s+)?", re.I)


def _venue_after(entries: list[_E], j: int, end: int, place: str, guessed: bool = False) \
        -> tuple[str, int, Optional[str]]:
    """The venue printed on the lines after the date line (from entry ``j``), and a time printed
    under a bare "Time:" label there.  ``guessed``: ``place`` (run on after the date) names no venue's
    word, a "Venue:" line below is the venue."""
    parts = [place] if place else []
    labelled = bool(place) and not guessed  # (a venue on the date line, or under a label: kept)
    skipped = 0
    k = j
    time = None
    while k < min(end, j + 6):
        e = entries[k]
        t = e.text.strip()
        address = ADDRESS_LINE.match(t) is not None  # ("10 Dean Farrar Street, London SW1H 0NY": no item 10)
        if e.cells is not None or (_ITEM.match(t) and not address):
            break
        bare = _BARE_LABEL.match(t)
        if bare and k + 1 < end and entries[k + 1].cells is None and len(entries[k + 1].text) <= 100 \
                and not _FIELD_LABEL.match(entries[k + 1].text):
            v = entries[k + 1].text.strip()
            if bare.group("l").lower() == "time":
                time = time or parse_time(v)
            elif not parts:
                parts.append(_DIRECTIONS.sub("", v))
                labelled = True
            k += 2
            continue
        lab = _VENUE_FIELD.match(t)
        if lab and not parts:
            parts.append(_DIRECTIONS.sub("", lab.group("v")))
            labelled = True
            k += 1
            continue
        if _PUNCTUATION_RUN.fullmatch(t) or _CONTACT_LINE.match(t):
            skipped += 1
            k += 1
            if skipped > 3:
                break
            continue
        wants = (not parts and (_IN_AT_PLACE.match(t) or _VENUE_WORDS.search(t) or address)) \
            or (parts and parts[-1].endswith(","))
        if not wants or len(t) > 100 or ":" in t or parse_date(t):
            break
        parts.append(_DIRECTIONS.sub("", _CONTACT.sub("", t)))
        k += 1
        if len(parts) >= 3:
            break
    if not labelled and (lab := _labelled_venue(entries, k if parts and not guessed else j, end, j + 6)):
        # a page's notes between its dated title and its "Venue:" line ("A number of council meetings are
        # live-streamed." / "Venue: Hybrid Meeting - Committee Room, ...": Anglesey; a paragraph on the
        # languages of its papers: Wrexham): the labelled venue, never the line a guess took
        parts, k = [lab[0]], max(k, lab[1])
    place = " ".join(p.strip() for p in parts).strip(" ,.")
    place = _IN_AT_LEAD.sub("", place)
    return _smart(place), k, time


def _labelled_venue(entries: list[_E], k: int, end: int, stop: int) -> Optional[tuple[str, int]]:
    """("Venue: X"'s venue, the index after it) on the lines from entry ``k`` up to ``stop`` (before an item,
    a table or a short dated line: another meeting's), else None."""
    for k in range(k, min(end, stop)):
        e = entries[k]
        t = e.text.strip()
        if e.cells is not None or _ITEM.match(t) or (len(t) <= 100 and parse_date(t)):
            return None
        lab = _VENUE_FIELD.match(t)
        if lab:
            return _DIRECTIONS.sub("", lab.group("v")), k + 1
    return None


_CLOCK = r"\d{1,2}(?:[.:][0-5]\d)?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:[0-5]\d"
# a time range right after the date: "1 Jun 2017 - 14:30 to 17:00" (CMIS meeting pages)
_TIME_RANGE_AT_START = re.compile(rf"^[\s,–-]*(?:from\s+)?(?:{_CLOCK})\s*(?:-|–|to|until)\s*(?:{_CLOCK})", re.I)
# a line holding only a time or a time range: "10:30am - 12:30pm" under the date (an event page)
# "held on Friday 26 June 2020 at the County Hall, Lewes, at 10.30am": the time further on in the
# same sentence, after "at"/"commencing at", with only a place ("at/in ...", no sentence end) before.
_LATE_TIME = re.compile(rf"^(?P<pre>[\s,]*(?:at|in)\s(?:[^.;:!?]|\.(?=\S)){{0,120}}?),?\s+(?:commencing\s+|starting\s+)?at\s+(?=(?:{_CLOCK})(?![\w.]))",
                        re.I)
_TIME_ONLY = re.compile(rf"(?:from\s+)?(?:{_CLOCK})(?:\s*(?:-|–|to|until)\s*(?:{_CLOCK}))?", re.I)


def _is_venue_line(t: str) -> bool:
    """A venue printed above the date ("Hudson Room, City of York Council West Offices, Station Rise,
    York"): a line of comma-separated parts whose first part names a room or building.  A body's
    name is never one ("Essex Police, Fire and Crime Panel": its first part names no building)."""
    head, comma, _rest = t.partition(",")
    return bool(comma) and bool(_VENUE_WORDS.search(head)) and len(t) <= 120


def may_print_date(t: str, low: Optional[str] = None) -> bool:
    """False when ``t`` cannot hold a _PRINTED_DATE: every one ends in a four-digit year and
    names a month (two cheap scans that skip most lines).  ``low``: ``t.lower()``, when the caller has it."""
    four_digits = _FOUR_ASCII_DIGITS if t.isascii() else _FOUR_DIGITS
    return bool(four_digits.search(t)) and ("ſ" in t or bool(_MONTH_STEMS.search(t.lower() if low is None else low)))


# the first title of a document naming its kind around the body, the date after it on the line:
# "MINUTES Parish Council Meeting Wednesday 24th June 2020 ..." (High Halstow), "Parish Council
# Minutes 2 July 2019" (Plymtree), "... Sub Committee Minutes" (Dumfries and Galloway)
_KIND_AROUND = re.compile(r"^(?:(?:draft\s+)?(?P<k1>minutes|agenda)\s+(?:of\s+(?:the\s+)?)?(?P<b1>.+?)(?:\s+meeting)?"
                          r"|(?P<b2>.+?)\s+(?:meeting\s+)?(?:(?:draft|unconfirmed|confirmed|approved)\s+)?(?P<k2>minutes|agenda))$", re.I)
# a kind title above the date line: "MINUTES OF MOLASH PARISH COUNCIL MEETING" / "On Thursday 11th August 2016"
# (also "Agenda for the Meeting of the Royal Berkshire Fire Authority" / "Wednesday 25 September 2013", Royal Berkshire
# FA, as a ModernGov page's "Agenda for Council on ..." names its body)
_KIND_OF = re.compile(r"^(?:draft\s+)?(?:minutes\s+of|agenda\s+(?:of|for(?=\s+(?:the\s+)?(?:a\s+)?meeting\s+of\b)))\s+(?:the\s+)?"
                      r"(?:(?:a|an)\s+)?(?:meeting\s+of\s+(?:the\s+)?)?"
                      r"(?P<b>.+?)(?:\s+(?P<t>extra\s*ordinary|annual|special))?(?:\s+meeting)?$", re.I)
# what may stand before the date of a first title's date line: "On", a time and "on", or a body and
# "meeting on"
_LEAD_ON = re.compile(r"^(?:(?P<time>\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d{2})\s+|"
                      r"(?P<body>[A-Z][\w&' -]{2,60}?)\s+meeting\s+)?on$", re.I)
_VERB = re.compile(r"\b(?:was|were|is|are|be|been|will|would|had|has|have)\b", re.I)
# how far down a document its first title is looked for
TITLE_TOP = 20


def _kind_around(pre: str) -> tuple[Optional[str], Optional[str]]:
    """(kind, body) of a title's text before its date that names its kind around its body."""
    m = _KIND_AROUND.match(pre)
    b = (m.group("b1") or m.group("b2")) if m else None
    body = _body_of(b) if b else None
    if not (body and _BODY_WORDS.search(body)):
        return None, None
    return ("minutes" if (m.group("k1") or m.group("k2")).lower() == "minutes" else "agenda"), body


def _first_title_lead(pre: str, after: str) -> Optional[tuple[str, Optional[str], Optional[str], Optional[str]]]:
    """(text left before the date, kind, body, time) of the date line of a document's first title;
    None when the line is no header.  A verb after the date makes the line a sentence ("...
    minutes 2 July 2019 were approved"): read as before."""
    if not pre or _VERB.search(after):
        return pre, None, None, None
    lead = _LEAD_ON.match(pre)
    if lead:
        # "On Thursday 11th August 2016 @ 7.30pm", "7:00pm on the 25th July 2022 at the Village
        # Hall" (Chapel St Leonards), "Parish Council meeting on Thursday 8th April 2021" (Cruwys
        # Morchard): under a title naming the kind, or naming the body itself
        pre_time = parse_time(lead.group("time")) if lead.group("time") else None
        lb = _body_of(lead.group("body")) if lead.group("body") else None
        if lead.group("body") and not (lb and _BODY_WORDS.search(lb)):
            return None
        return "", None, lb, pre_time
    kind, body = _kind_around(pre)
    return ("" if body else pre), kind, body, None


# a resolution or a sentence naming another meeting before the date, never a header: "AGREED ...",
# "RESOLVED ...", "... at its meeting on", "... to their next meeting on"
_REFERS_TO_MEETING = re.compile(r"^(?:agreed|resolved|decision)\b|\b(?:at|to)\s+(?:its|their|his|her)\s+(?:next\s+)?meeting\b",
                                re.I)


_AGENDA_FOR = re.compile(r"^agenda\s+for\s+(?P<body>[A-Z].{1,100}?)(?:\s+on)?$", re.I)


# a kind line of minutes: "MINUTES", "Draft notes of ...", ModernGov's "Agenda and minutes", "Agenda, decisions and
# minutes"; never a line that opens "Agenda" and mentions minutes further on ("Agenda for the 2 February 2011 meeting
# of the Communities, Equalities and People Committee and contains details of the reports and minutes for this
# meeting": Metropolitan Police Authority)
_MINUTES_OR_NOTES = re.compile(r"^(?:draft\s+)?(?:minutes|notes)\b|^(?:draft\s+)?agenda\b[\w\s,&]{0,30}?\b(?:minutes|notes)\b",
                               re.I)


def _read_above(entries: list[_E], i: int, first: bool, kind, body, mtype) -> tuple:
    """(kind, body, meeting type, venue line) read from the lines above a dated line ``i`` (at most four,
    up to a table): a title naming its kind around its body, a kind word ("MINUTES"), a venue over the
    date, a body's line; ``kind``, ``body``, ``mtype``: what the dated line gave."""
    venue_above = None
    for k in range(i - 1, max(-1, i - 5), -1):
        u = entries[k]
        if u.cells is not None:
            break
        ut = u.text.strip()
        ka, kb = _kind_around(ut) if body is None and kind is None and not _KIND_WORDS.match(ut) else (None, None)
        if kb:
            kind, body = ka, kb  # "Police, Fire and Rescue Sub Committee Minutes" / "Date:" / "Tuesday 11 October 2016"
            continue
        if _KIND_WORDS.match(ut) and kind is None:
            kind = "minutes" if _MINUTES_OR_NOTES.search(ut) else "agenda"
            ko = _KIND_OF.match(ut) if first and body is None and len(ut) <= 120 else None
            b = _body_of(ko.group("b")) if ko else None
            if b and _BODY_WORDS.search(b):
                body = b
                if ko.group("t"):  # "MINUTES OF THE PARISH COUNCIL EXTRA ORDINARY MEETING"
                    mtype = "extraordinary" if ko.group("t").lower().startswith("extra") else ko.group("t").lower()
            continue
        if body is None and _is_venue_line(ut):
            venue_above = venue_above or ut  # "Hudson Room, City of York Council West Offices, ..." over the date
            continue
        if body is None:
            b = _body_of(ut)
            if b:
                body = b
                mm = _MEETING_OF.match(ut)
                if mm and mm.group("type"):
                    mtype = mm.group("type").lower()
                continue
        if body is not None and kind is not None:
            break
    return kind, body, mtype, venue_above


_CLOCK_TIME = re.compile(r"\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])|\d{1,2}:\d{2}(?:\s*hours)?|\d{4}\s*hours", re.I)
_PAGE_NUMBER = re.compile(r"^page\s+\d{1,3}(?:\s+of\s+\d{1,3})?$", re.I)


_STATUS_ONLY = re.compile(rf"(?:{'|'.join(vocabulary().words('meeting_status'))})", re.I)
_AGENDA_RUN_ON = re.compile(r"\s+(?-i:AGENDA)(?:\s|$)")
#: how far into a long line a title run on into its "AGENDA" heading is looked for (``dated_header``)
_LONG_TITLE_SCAN = 420


def may_run_on_to_agenda(text: str) -> bool:
    """Could a line longer than a title be a front sheet flattened into one line, its "AGENDA" heading run
    on after the title (read by ``dated_header``)?"""
    return "AGENDA" in text[:_LONG_TITLE_SCAN]




_FIELD_AFTER = re.compile(r"^[A-Z][\w.]*(?:\s+[\w.]+){0,2}\s*:\s*(?P<v>\S.*)$")
_HELD_AT_ON = re.compile(r"^(?:minutes|notes)\s+of\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,6}?held\s+(?:at|in)\s+(?:the\s+)?"
                         r"(?P<p>[A-Z][^.;:]{2,120}?),?\s+on\s+", re.I)


def _time_and_place(entries: list[_E], i: int, end: int, rest: str, pre_time, venue_above) -> tuple:
    """(start time, end time, venue, the index after the venue) of the meeting whose dated line is
    entry ``i``, ``rest`` the line after its date: a time there or on the next line alone, a venue
    after the time, under the line or above it (``venue_above``)."""
    tm = parse_time(rest[:40]) or pre_time
    end_tm = None
    late = _LATE_TIME.match(rest) if tm is None else None
    clock = re.match(_CLOCK, rest[late.end():], re.I) if late else None
    if clock and parse_time(clock.group(0)):
        tm = parse_time(clock.group(0))
        rest = clock.group(0) + " " + late.group("pre")  # the place before the time stays the venue
    j0 = i + 1
    if _TIME_RANGE_AT_START.match(rest):
        tm, end_tm = parse_time_range(rest[:40])  # "1 Jun 2017 - 14:30 to 17:00" (CMIS pages)
    elif tm is None and j0 < end and entries[j0].cells is None and _TIME_ONLY.fullmatch(entries[j0].text.strip()):
        tm, end_tm = parse_time_range(entries[j0].text)  # the date, then "10:30am - 12:30pm" on its own line
        j0 += 1
    place = ""
    tmm = _CLOCK_TIME.search(rest)
    after = rest[tmm.end():] if tmm else rest
    after = _CONTACT.sub("", after).strip(" ,.-–")
    after = _IN_AT_LEAD.sub("", after)
    # a running head's page number after the date ("Full Council 20 September 2017 Page 1": Haverfordwest TC;
    # "... Page 3 of 12") is no venue
    after = _PAGE_NUMBER.sub("", after)
    # a label run onto the date line ("... 10.30 am Minutes:" on a ModernGov page) is no venue, nor the
    # meeting's status ("... 10.00 am, MOVED": Hampshire PCP)
    if after.endswith(":") or _STATUS_ONLY.fullmatch(after):
        after = ""
    # a front sheet's "AGENDA" heading and its first items run on after the venue ("Monday, 17 June 2019 at
    # 2.00 pm Council Chamber - Bodlondeb AGENDA 1. Appointment of Chair": North Wales PCP)
    after = _AGENDA_RUN_ON.split(after, 1)[0]
    if after and (fm := _FIELD_AFTER.match(after)):
        # a field a loader ran on after the dated title ("... meeting 9th May 2016 Mtg No: 12": St Weonards PC): a
        # venue only under a venue's label
        after = fm.group("v") if _VENUE_FIELD.match(after) else ""
    if after and _PRINTED_DATE.search(after):
        # the minutes' own title run on after a dated heading ("Executive Board Minutes: 19 November 2013
        # Minutes of the meeting held at Harrogate Police Station, ... on Tuesday 19 November 2013.": North
        # Yorkshire PFCC): its "held at PLACE on" names the venue; any other dated sentence is none
        hm = _HELD_AT_ON.search(after)
        after = hm.group("p") if hm else ""
    guessed = False
    if after and _VENUE_WORDS.search(after) or (after and _CAPITAL.match(after) and len(after.split()) <= 10):
        place = after
        guessed = not _VENUE_WORDS.search(after)
    if len(place) > 100 and (pc := POSTCODE.search(place)):
        place = place[:pc.end()]  # an address ends at its postcode ("Town Hall, Barrow, LA14 2LD NB – Please note: ...")
    place, j, label_time = _venue_after(entries, j0, end, place, guessed)
    tm = tm or label_time
    if not place and venue_above:
        place = _smart(_DIRECTIONS.sub("", venue_above).strip(" ,."))
    return tm, end_tm, place, j


_DATE_LEAD_WORD = re.compile(r"\b(?:on|held|of|from|until|by|and|before|after|meeting|dated)$|^(?:for|report)\b", re.I)


#: a line's text -> whether _no_header says it is none (remembered across the documents a process
#: reads: :mod:`.memo`)
_NO_HEADER = LineMemo()


def _no_header(t: str) -> bool:
    """True when :func:`dated_header` (not ``first``) gives None at a line of text ``t`` whatever the
    lines around it: it prints no date, or what stands before its date refers to a meeting, leads into
    the date ("held on", "dated") or names no body.  The same tests on ``t`` alone, in their order
    (each of them, where it fails, returns None there and nothing else is changed)."""
    dm = _PRINTED_DATE.search(t) if may_print_date(t) else None
    no = dm is None
    if not no:
        pre = t[:dm.start()].strip(" -–:,|")
        if _REFERS_TO_MEETING.search(pre):
            no = True
        else:
            pre = _AGENDA_FOR.sub(r"\g<body>", pre)
            no = _DATE_LEAD_WORD.search(pre) is not None or bool(pre) and _body_of(pre) is None
    return _NO_HEADER.keep(t, no)


_WEEKDAY_FIRST = re.compile(rf"{_WEEKDAY}\b", re.I)
_AT_TIME_ONLY = re.compile(rf"[\s,]*(?:at\s+)?(?:{_CLOCK})?[\s.]*", re.I)


def _bodiless_title(t: str, dm: re.Match) -> bool:
    """Is the dated line a document's first title printing only its meeting's weekday, date and time, no body
    (a web page's heading: "Meeting documents" / "Tuesday, 1st November, 2011 7.30 pm": Tonbridge and Malling
    BC; "Date:" / "Wednesday, 10 October, 2018" / "Time:" / "14:00": Shropshire FRA; "Agenda" / "Monday 10
    December 2001" / "2.00pm": Metropolitan Police Authority)?  The meeting is read without its body, only
    when a time is printed with the date (``dated_header``)."""
    return dm.start() == 0 and _WEEKDAY_FIRST.match(dm.group(0)) is not None \
        and _AT_TIME_ONLY.fullmatch(t[dm.end():]) is not None


def dated_header(entries: list[_E], i: int, end: int, first: bool = False) -> Optional[tuple[_Seg, int]]:
    """A meeting whose header is the dated line at entry ``i``, and the index after its venue.
    ``first``: no meeting was found above and the line is near the top of the document (only
    there is a title that names its kind around its body, or a date line opening "On", read)."""
    e = entries[i]
    if e.cells is not None:
        return None
    t = e.text
    if len(t) > 220:
        # a front sheet a site flattened into one line, its "AGENDA" heading and items run on after the title ("Public
        # Document Pack North Wales Police and Crime Panel Monday, 17 June 2019 at 2.00 pm Council Chamber - Bodlondeb
        # AGENDA 1. Appointment of Chair ...": Conwy CBC; "Cumbria Police and Crime Panel Friday, 19 July 2013 at
        # 11.00 am Town Hall, Barrow, LA14 2LD NB – Please note: ... AGENDA PART 1: ...": Cumbria CC): the title, up to
        # the heading; any other long line is none
        ag = _AGENDA_RUN_ON.search(t, 0, _LONG_TITLE_SCAN) if may_run_on_to_agenda(t) else None
        if ag is None or not (dm0 := _PRINTED_DATE.search(t, 0, 150)) or dm0.end() > ag.start():
            return None
        t = t[:ag.start()]
    if not first:
        no = _NO_HEADER.get(t)
        if no is None:
            no = _no_header(t)
        if no:
            return None
    dm = _PRINTED_DATE.search(t) if may_print_date(t) else None
    if not dm:
        return None
    if any(MINUTES_LINE.fullmatch(x.text.strip()) for x in entries[i + 1:i + 3]):
        return None  # a "Minutes" title under the body and date: read as a minutes sheet
    pre = t[:dm.start()].strip(" -–:,|")
    if _REFERS_TO_MEETING.search(pre):
        return None  # "AGREED That Cabinet recommends to Full Council at its meeting on 9 March 2023 that:"
    kind = body = pre_time = None
    # "Agenda for Council on Wednesday, 27th January, 2021, 6.00 pm" (a ModernGov page title): its body
    # ("Agenda for Cabinet Wednesday, 20th May, 2020, 10.00 am": never a body "for Cabinet")
    pre = _AGENDA_FOR.sub(r"\g<body>", pre)
    if first:
        lead = _first_title_lead(pre, t[dm.end():])
        if lead is None:
            return None
        pre, kind, body, pre_time = lead
    # "The Minute of the meeting of X dated 22 August 2019 was submitted and approved": a paper
    # dated, not a meeting header
    if _DATE_LEAD_WORD.search(pre):
        return None
    mtype = None
    if pre:
        body = _body_of(pre)
        if body is None:
            return None
        mm = _MEETING_OF.match(pre.strip())
        if mm and mm.group("type"):
            mtype = mm.group("type").lower()
    kind, body, mtype, venue_above = _read_above(entries, i, first, kind, body, mtype)
    if body is None and not (first and not pre and _bodiless_title(t, dm)):
        return None
    date = parse_date(dm.group(0))
    tm, end_tm, place, j = _time_and_place(entries, i, end, t[dm.end():], pre_time, venue_above)
    if body is None and tm is None:
        return None  # a bare weekday and date names a meeting only with its time
    seg = _Seg(kind or "agenda", i, body=_smart(body) if body else None, date=_iso(date), start_time=tm,
               end_time=end_tm if tm else None, place=place or None, page=e.page)
    seg.kv["meeting_type"] = mtype
    seg.kv["kind_guess"] = kind is None
    return seg, j


_MINUTES_SIGN = re.compile(
    r"^(?:(?:members\s+|councillors\s+)?present|attendance|those\s+(?:attending|present)|in\s+attendance|minutes)\s*"
    r"(?:\([^()]*\))?\s*:-?|^(?-i:RESOLVED|AGREED)\b|^(?:unanimously\s+)?resolved\s*(?:that|:)|"
    r"\bapologies\b.{0,40}\b(?:were|was)\s+(?:received|submitted|tendered)", re.I)


def guess_kind(entries: list[_E], seg: _Seg) -> str:
    """Minutes when the segment of a dated header records who was present or what was
    resolved; else an agenda."""
    for e in entries[seg.start:seg.end]:
        if e.cells is None and _MINUTES_SIGN.search(e.text):
            return "minutes"
    return "agenda"


_TYPE_WORD = re.compile(r"\b(?P<t>annual|extraordinary|special)\b(?=\s+(?:general\s+)?(?:parish\s+|council\s+)?"
                        r"(?:meeting|council|committee|panel)\b)", re.I)


_LISTING_WORDS = re.compile(r"^report\s+of\s+the\s+(?=.*\b(?:panel|committee|board|authority|council)$)|"
                            r"(?<=\b(?:panel|board))\s+meetings$|(?<=\bcommittee)\s+meetings$", re.I)
# (also in brackets: "(Budget meeting), Leicester, Leicestershire and Rutland Police and Crime Panel. - Tuesday, 2
# February 2016 1.00 pm" (Leicestershire); and the business after an AGM: "AGM, followed by DPCC Confirmation Hearing,
# Surrey Police and Crime Panel - ..." (Surrey))
_MEETING_LEAD = re.compile(r"^\(?(?:annual|extraordinary|special|ordinary|budget|additional|reconvened)(?:\s+general)?"
                           r"\s+meeting\s*\)?\s*,\s*(?=[A-Z])"
                           r"|^AGM\s*,\s*(?:followed\s+by\s+[^,()]{3,60}?,\s*)?(?=[A-Z])"
                           # ("Annual, Council - Tuesday 16 May 2017 2.00 pm": Chichester; "Shadow, Cambridgeshire
                           # Police and Crime Panel - Thursday 18th October, 2012": Peterborough -- ModernGov's
                           # meeting qualifier, one word and a comma, before the body)
                           r"|^(?-i:Annual|Extraordinary|Special|Ordinary|Budget|Additional|Reconvened)\s*,\s*(?=[A-Z])", re.I)
_SHADOW_LEAD = re.compile(r"^Shadow\s*,\s+(?=[A-Z])")  # (a shadow panel is a body of its own: the word stays)
_MEETING_OF_IN_BODY = re.compile(r"\s*\bmeeting\s+of\s+(?:the\s+)?", re.I)


def _type_of(words: str) -> Optional[str]:
    m = _TYPE_WORD.search(words)
    return m.group("t").lower() if m else None


_CAPITAL = re.compile(r"[A-Z]")
_PARISH_MEETING_AT_END = re.compile(r"\bparish\s+meeting$", re.I)
_SPACES = re.compile(r"\s+")
_MEETING_KIND = re.compile(r"\b(annual|extraordinary|special)\s+(?:general\s+|parish\s+)?meeting\b", re.I)
_NEXT_OR_HELD_ON = re.compile(r"\bnext\b|\bheld\s+on\b", re.I)


def meeting_type(entries: list[_E], seg: _Seg) -> tuple[Optional[str], Optional[str]]:
    """(body without the meeting's type word, type: annual | extraordinary | special) from the
    header's own type, the body ("West Dereham Annual Parish Council") or a line at the top of
    the segment ("Note: Special meeting", "Extraordinary Meeting of ...")."""
    body, mtype = seg.body, seg.kv.get("meeting_type")
    if body:
        # "Statutory Annual Meeting of Melton Parish Council", "One Hundredth & Twenty-fifth Meeting of
        # the Salford Priors Parish Council", "Parish Council Meeting of Marshchapel Parish Council":
        # the body is named after "Meeting of" (the words before it say which meeting)
        # "Report of the West Yorkshire Police and Crime Panel" (a report's heading), "Accountability Board
        # Meetings" (a page listing its meetings): the body is the panel or board named
        body = _LISTING_WORDS.sub("", body) or body
        lead = _MEETING_LEAD.match(body)
        if lead:
            # "Annual Meeting, South Yorkshire Police and Crime Panel - Monday 6 June 2022" (Barnsley),
            # "Ordinary Meeting, Merseyside Police and Crime Panel - Thursday, 8th July, 2021" (Knowsley): a
            # ModernGov title naming the meeting before its body
            word = lead.group(0).strip("( ,").lower()
            mtype = mtype or _type_of(lead.group(0)) or ("annual" if lead.group(0)[:3].upper() == "AGM" else None) \
                or (word if word in ("annual", "extraordinary", "special") else None)
            body = body[lead.end():]
        body = _SHADOW_LEAD.sub("Shadow ", body)
        mo = _MEETING_OF_IN_BODY.search(body)
        if mo and mo.start() > 0 and _CAPITAL.match(body[mo.end():]):
            mtype = mtype or _type_of(body[:mo.end()])
            body = body[mo.end():]
        m = _TYPE_WORD.search(body)
        if m and m.start() > 0 and not _PARISH_MEETING_AT_END.search(body):
            mtype = mtype or m.group("t").lower()
            body = _SPACES.sub(" ", body[:m.start()] + body[m.end():]).strip()
    if mtype is None:
        for e in entries[max(0, seg.start - 2):min(seg.end, seg.start + 4)]:
            m = _MEETING_KIND.search(e.text)
            if e.cells is None and m and len(e.text) <= 160 and not _NEXT_OR_HELD_ON.search(e.text):
                mtype = m.group(1).lower()
                break
    return body, mtype
