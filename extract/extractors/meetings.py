"""Meeting metadata of panel agenda packs, minutes, reports and forward plans.

``extract(doc)`` returns ``{"meetings", "attendance", "agenda_items",
"decisions", "future_meetings"}``, lists of the records of ``extract.records``.

The document is cut into *segments*, each starting where a meeting is
described:

* an **agenda** front sheet: "Meeting: / Place: / Date: / Time:" rows (a table
  or "Key: value" lines; a row with an empty key continues the previous value,
  so an address broken over lines is re-joined);
* **minutes**: a title "Minutes of the <body> meeting held on <date> at <place>"
  (either order of date and place), or a front sheet under a "Minutes" heading;
* a **report** cover sheet: "Meeting / Date / Report Title / Report presented
  by" rows (also "For <body> meeting <date>" under a report title);
* a **forward work plan**: a "... Forward (Work) Plan ..." title followed by a
  table with a Date column (and Location/Venue, Items columns), or by a line of
  those labels ("Date Location Provisional Agenda Items": an unruled header a PDF
  loader read as text).  Rows are table rows (a row without a date continues the
  row above; a column of bullet glyphs is put back before its text; in an
  unruled PDF table a line that fills its column wraps on to the next row) or
  lines "Thursday 18 January 2024 10:30am Kennet Room ..." followed by item lines;
  a line left of the items column (a page's strapline) is not an item.

Also: a front sheet without a "Meeting:" key takes the panel's name from the
title line above ("Thames Valley Police and Crime Panel" / "Date: ..."); a
notice "A meeting of the X will be held at PLACE on DATE at TIME"; "MINUTES of
the meeting held on ..." under the panel's name; a bare "Minutes" line with the
panel's name and date around it.  Labels a converter ran together on one line
("Date: ... Time: ... Venue: ...", "... Panel MINUTES of ...", "1. Apologies 2.
Declarations ...") are cut apart first.

A segment runs to the next segment.  Inside agenda and minutes segments:

* items are numbered headings (or short numbered lines) "7 Title (Pages 21 -
  44)" whose numbers go up by one; the first paragraph under an agenda item is
  its purpose;
* attendance lists follow the labels Membership / Substitutes / Present / Also
  Present / Apologies (also inline "Present: ..."), and the "Apologies for
  Absence" item of minutes; a table whose header cells are such labels
  ("Members present | Officers present") gives one list per column;
* decisions: "On the proposal of X, seconded by Y, it was resolved ..." then
  the decision text (after a "Decision"/"Resolved" label, or in the same
  sentence); also "Resolved: ..." / "Decision: ..." alone;
* future meeting dates: dated lines under an item about future/next meetings.

Names: honorifics ("Cllr Dr") go to ``title`` and post-nominals ("OBE, MPhil")
are kept there too; a name repeated in one list is kept once (noted); runs of
names printed without separators are split using names printed with
separators elsewhere in the document, else two words at a time.  One person
gets one ``person_id`` per document (same name, case- and dot-insensitive);
other spellings with the same surname ("Ros"/"Ross Henning") are noted, never
merged.  A proposer given by surname only is resolved to the full name when
exactly one attendee of that meeting has that surname (noted on the
attendee's row).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ..model import Document, TABLE, HEADING, BULLET, PARAGRAPH, stable_id
from ..normalise import parse_date, parse_time, parse_time_range, clean_text
from ..records import (MeetingRecord, AttendanceRecord, AgendaItemRecord, DecisionRecord,
                       FutureMeetingRecord)

_WS = re.compile(r"\s+")


def _clean(s: str) -> str:
    if not s:
        return ""
    s = s.replace("–", "\x00").replace("—", "\x01")
    s = clean_text(s).replace("\x00", "–").replace("\x01", "—").replace("\\", "")
    return _WS.sub(" ", s).strip()


def _compact(s: str) -> str:
    return re.sub(r"[^a-z]", "", s.lower())


def _iso(d) -> Optional[str]:
    return d.isoformat() if d else None


# --------------------------------------------------------------------------
# entry stream (one entry per table row or text line)
# --------------------------------------------------------------------------

@dataclass
class _E:
    idx: int
    text: str
    cells: Optional[list[str]]
    kind: str
    block: object
    raw_cells: Optional[list[str]] = None
    row: int = -1  # the row of a table block

    @property
    def page(self):
        return self.block.page


def _entries(doc: Document) -> list[_E]:
    out: list[_E] = []
    raw_lines = doc.raw_text.split("\n") if doc.raw_text else []
    for b in doc.blocks:
        if b.kind == TABLE:
            for r_i, r in enumerate(b.rows):
                cells = [_clean(c.text) for c in r]
                raw = None
                if b.line and raw_lines and b.line - 1 + r_i < len(raw_lines):
                    rc = raw_lines[b.line - 1 + r_i].split("\t")
                    if len(rc) == len(cells):
                        raw = rc
                out.append(_E(len(out), " ".join(c for c in cells if c), cells, TABLE, b, raw, r_i))
        else:
            for ln in (b.text or "").split("\n"):
                if "\t" in ln:
                    cells = [_clean(c) for c in ln.split("\t")]
                    out.append(_E(len(out), " ".join(c for c in cells if c), cells, TABLE, b,
                                  ln.split("\t")))
                elif ln.strip():
                    for part in _split_labels(_clean(ln)):
                        out.append(_E(len(out), part, None, b.kind, b))
    return out


# labels a converter may run together on one line ("Date: ... Time: ... Venue: ...")
_LABEL_WORDS = (
    r"(?:(?:date|time|venue|place|location|meeting|membership|substitutes?|present|"
    r"members\s+present|councillors\s+present|also\s+present|also\s+attended|also\s+in\s+attendance|"
    r"in\s+attendance|officers(?:\s+(?:present|in\s+attendance|attending))?|"
    r"(?:independent\s+)?co-opted\s+(?:independent\s+)?members?|independent\s+members?|"
    r"apologies(?:\s+for\s+absence)?|contact(?:\s+officer)?|enquiries(?:\s+to)?|e-?mail|tel(?:ephone)?|"
    r"date\s+of\s+(?:the\s+)?next\s+meeting|report\s+(?:to|of|by|title|author|presented\s+by)|"
    r"title\s+of\s+(?:the\s+)?report|presented\s+by|lead\s+officer|author|subject)\s*:"
    r"|(?:the\s+)?meeting\s+(?:commenced|started|began|closed|ended|finished|concluded|terminated)\s+at\b)")
_INLINE_LABEL = re.compile(rf"(?<=\S)\s+(?={_LABEL_WORDS})", re.I)
_LABEL_AT = re.compile(_LABEL_WORDS, re.I)


# titles a converter ran on after the panel's name ("SUSSEX POLICE AND CRIME PANEL MINUTES of the meeting ...")
_INLINE_TITLE = re.compile(r"(?<=\S)\s+(?=(?-i:MINUTES|Minutes)\s+of\s+(?:the|a|an)\b|(?-i:NOTICE\s+IS|Notice\s+is)\s+"
                           r"(?:hereby\s+)?given\b|(?-i:A)\s+meeting\s+of\s+the\b.{5,120}\bwill\s+be\s+held\b)", re.I)
# numbered items a converter ran together ("1. Apologies for Absence 2. Declarations of Interest")
_RUN_ITEM = re.compile(r"(?<=[A-Za-z)])\s+(?P<n>\d{1,3})[.)]\s+(?=[A-Z])")


def _split_items(text: str) -> list[str]:
    m = re.match(r"^(?:item\s+)?(\d{1,3})[.)]?\s+[A-Z]", text)
    if not m:
        return [text]
    want = int(m.group(1)) + 1
    out, prev = [], 0
    for r in _RUN_ITEM.finditer(text):
        if int(r.group("n")) == want:
            out.append(text[prev:r.start()].strip())
            prev = r.start("n")
            want += 1
    out.append(text[prev:].strip())
    return [o for o in out if o]


def _split_labels(text: str) -> list[str]:
    """A line cut before each capitalised "Label:" a converter ran into it,
    before a minutes / notice title run on after a panel's name, and between
    numbered agenda items run together."""
    if re.match(r"^(?:item\s+)?\d{1,3}[.)]?\s+[A-Z]", text):
        parts = _split_items(text)
        if len(parts) > 1:
            return [x for p in parts for x in _split_labels(p)]
    t = _INLINE_TITLE.search(text)
    if t and len(text[:t.start()]) <= 100 and not _ITEM.match(text) and (
            _BODY_LINE.match(text[:t.start()].strip(" .:")) or text[:t.start()].isupper()):
        return _split_labels(text[:t.start()].strip()) + _split_labels(text[t.end():].strip())
    if ":" not in text:
        return [text]
    cuts = []
    for m in _INLINE_LABEL.finditer(text):
        c = m.end()
        if not text[c].isupper():
            continue
        # "Also Present:", "Members present:": the word before belongs to the label
        w = re.search(r"(\S+)\s+$", text[:c])
        if w and _LABEL_AT.match(text[w.start(1):]):
            continue
        cuts.append(c)
    if not cuts:
        return [text]
    parts, prev = [], 0
    for c in cuts:
        parts.append(text[prev:c].strip())
        prev = c
    parts.append(text[prev:].strip())
    return [p for p in parts if p]


# --------------------------------------------------------------------------
# key / value front sheets
# --------------------------------------------------------------------------

_KEYS = {
    "meeting": "meeting", "committee": "meeting", "meetingof": "meeting", "body": "meeting",
    "place": "place", "venue": "place", "location": "place", "address": "place",
    "date": "date", "dateofmeeting": "date", "meetingdate": "date",
    "time": "time", "starttime": "time", "startingtime": "time", "timeofmeeting": "time",
    "finishtime": "end", "endtime": "end", "finishingtime": "end",
    "reporttitle": "title", "titleofreport": "title", "subject": "title",
    "reportpresentedby": "presenter", "presentedby": "presenter", "reportauthor": "presenter",
    "reportby": "presenter", "leadofficer": "presenter", "author": "presenter",
    "reportof": "presenter", "reportto": "meeting", "nameofmeeting": "meeting",
    "dateandtime": "datetime", "dateandtimeofmeeting": "datetime",
    # printed on front sheets between the keys above; read and ignored
    "contact": "_skip", "contactofficer": "_skip", "contacts": "_skip", "enquiries": "_skip",
    "enquiriesto": "_skip", "email": "_skip", "tel": "_skip", "telephone": "_skip",
    "directline": "_skip", "phone": "_skip", "webcast": "_skip", "clerk": "_skip",
}
_KV_LINE = re.compile(r"^(?P<k>[A-Za-z][A-Za-z ]{1,25}?)\s*:\s*(?P<v>\S.*)$")


def _kv_key(s: str) -> Optional[str]:
    return _KEYS.get(_compact(s.rstrip(":")))


def _read_kv(entries: list[_E], i: int) -> tuple[dict, int]:
    """Key/value rows starting at entry ``i``: ({key: value}, index after)."""
    kv: dict[str, str] = {}
    last = None
    j = i
    while j < len(entries):
        e = entries[j]
        key = val = None
        if e.cells is not None:
            cs = e.cells
            if cs and _kv_key(cs[0]) and len([c for c in cs[1:] if c]) >= 1:
                key, val = _kv_key(cs[0]), " ".join(c for c in cs[1:] if c)
            elif cs and not cs[0] and last and any(cs[1:]):
                kv[last] = f"{kv[last]} {' '.join(c for c in cs[1:] if c)}"
                j += 1
                continue
        else:
            m = _KV_LINE.match(e.text)
            if m and _kv_key(m.group("k")):
                key, val = _kv_key(m.group("k")), m.group("v")
            elif last == "place" and len(e.text) <= 70 and ":" not in e.text \
                    and not _is_label(e.text) and (
                        (j + 1 < len(entries) and _is_kv(entries[j + 1]))
                        or kv[last].rstrip().endswith(",")):
                kv[last] = f"{kv[last]} {e.text}"
                j += 1
                continue
        if key is None:
            break
        if key == "datetime":
            kv.setdefault("date", val)
            key = "time"
        if key not in kv:
            kv[key] = val
        last = key
        j += 1
    return kv, j


def _is_label(t: str) -> bool:
    return any(rx.match(t) for rx, _ in _LABELS)


def _is_kv(e: _E) -> bool:
    if e.cells is not None:
        return bool(e.cells) and bool(_kv_key(e.cells[0]))
    m = _KV_LINE.match(e.text)
    return bool(m and _kv_key(m.group("k")))


# --------------------------------------------------------------------------
# segments
# --------------------------------------------------------------------------

@dataclass
class _Seg:
    kind: str
    start: int
    end: int = 0
    body: Optional[str] = None
    date: Optional[str] = None
    start_time: Optional[str] = None
    end_time: Optional[str] = None
    place: Optional[str] = None
    page: Optional[int] = None
    kv: dict = field(default_factory=dict)
    meeting_id: str = ""


_MINUTES_TITLE = re.compile(
    r"^minutes\s+of\s+(?:the\s+)?(?:(?:a|an|the)\s+)?(?:(?:extraordinary|ordinary|special|annual|public)\s+)?"
    r"(?:meeting\s+of\s+(?:the\s+)?)?(?P<body>.+?)"
    r"(?:\s+meeting)?\s+held\s+(?P<rest>.+?)\.?$", re.I)
_NOTICE = re.compile(
    r"^(?:notice\s+is\s+(?:hereby\s+)?given\s+that\s+)?an?\s+(?:(?:extraordinary|ordinary|special|annual|public)\s+)?"
    r"meeting\s+of\s+(?:the\s+)?(?P<body>.+?)\s+will\s+(?:be\s+held|take\s+place)\s+(?P<rest>.+?)\.?$", re.I)
_FOR_MEETING = re.compile(
    r"^(?:report\s+)?for\s+(?:the\s+)?(?P<body>[A-Z][\w&' -]{3,80}?)\s+meeting\s+"
    r"(?:(?:on|of|held\s+on)\s+)?(?P<date>.{6,40})$", re.I)
_FWP = re.compile(r"\b(?:forward\s+(?:work\s+)?(?:plan|programme)|work\s+(?:plan|programme))\b", re.I)
_BODY_LINE = re.compile(
    r"^(?:the\s+)?[A-Z][\w,&'’ -]{2,90}?\b(?:panel|committee|board|sub-committee)$", re.I)
_GENERIC_BODY = re.compile(r"^(?:the\s+)?(?:a\s+)?(?:meeting|panel|committee)$", re.I)


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


def _parse_minutes_rest(rest: str) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """(date, time, place) of "on 14 SEPTEMBER 2023 at KENNET ROOM ..." or "at X on D"."""
    r = rest.strip().rstrip(".")
    date = time = place = None
    parts = re.split(r"\s+(?=\b(?:on|at|in|from|commencing\s+at|starting\s+at)\s)", " " + r, flags=re.I)
    parts = [p.strip() for p in parts if p.strip()]
    place_parts = []
    for p in parts:
        m = re.match(r"^(on|at|in|from|commencing\s+at|starting\s+at)\s+(.*)$", p, re.I)
        word, body = (m.group(1).lower(), m.group(2)) if m else ("", p)
        body = body.strip(" ,")
        if date is None and parse_date(body) is not None and len(body) <= 40:
            date = _iso(parse_date(body))
            t = parse_time(body)
            if t:
                time = t
            continue
        if time is None and parse_time(body) and len(body) <= 12:
            time = parse_time(body)
            continue
        if word in ("at", "in") or not word:
            place_parts.append(re.sub(r"^the\s+(?=[A-Z])", "", body))
        elif place_parts:
            place_parts[-1] += f" {p}"
    if place_parts:
        place = " at ".join(place_parts).strip(" ,.")
    return date, time, place


def _minutes_sheet(entries: list[_E], i: int) -> Optional[tuple[str, str, Optional[str], int]]:
    """A "Minutes" title line with the panel's name and the date printed on
    lines around it: (body, date, time, index after)."""
    e = entries[i]
    if e.cells is not None or not re.fullmatch(r"(?:draft\s+|confirmed\s+)?minutes(?:\s+of\s+(?:the\s+)?meeting)?:?",
                                              e.text.strip(), re.I):
        return None
    body = date = time = None
    lo, hi = max(0, i - 3), min(len(entries), i + 4)
    for k in range(lo, hi):
        if k == i or entries[k].cells is not None:
            continue
        t = entries[k].text.strip()
        if body is None and _BODY_LINE.match(t.strip(" .:")):
            body = t.strip(" .:")
            continue
        if date is None and len(t) <= 45 and parse_date(t) and not re.search(r"\b(?:next|previous|last)\b", t, re.I):
            date = _iso(parse_date(t))
            time = parse_time(t)
    if body and date:
        return body, date, time, i + 1
    return None


def _find_segments(entries: list[_E], doc_lines: dict) -> list[_Seg]:
    segs: list[_Seg] = []
    i = 0
    n = len(entries)
    while i < n:
        e = entries[i]
        t = e.text
        # minutes title
        m = _MINUTES_TITLE.match(t) if len(t) <= 300 else None
        if m and e.cells is None:
            date, time, place = _parse_minutes_rest(m.group("rest"))
            if date:
                body = m.group("body").strip()
                if _GENERIC_BODY.match(body) or not re.search(r"[A-Z]", body[1:] if body else ""):
                    body = _body_above(entries, i)
                s = _Seg("minutes", i, body=_smart_case(body, doc_lines) if body else None,
                         date=date, start_time=time, place=place, page=e.page)
                segs.append(s)
                i += 1
                continue
        ms = _minutes_sheet(entries, i)
        if ms:
            body, date, time, j = ms
            segs.append(_Seg("minutes", i, body=_smart_case(body, doc_lines), date=date, start_time=time,
                             page=e.page))
            if j < n and _is_kv(entries[j]):
                kv, j2 = _read_kv(entries, j)
                if kv.get("place"):
                    segs[-1].place = kv["place"]
                if kv.get("time"):
                    st, et = parse_time_range(kv["time"])
                    segs[-1].start_time = segs[-1].start_time or st
                    segs[-1].end_time = et
                j = j2
            i = j
            continue
        # "A meeting of the X will be held at PLACE on DATE at TIME"
        m = _NOTICE.match(t) if e.cells is None and len(t) <= 300 else None
        if m:
            date, time, place = _parse_minutes_rest(m.group("rest"))
            if date:
                segs.append(_Seg("agenda", i, body=_smart_case(m.group("body").strip(), doc_lines),
                                 date=date, start_time=time, place=place, page=e.page))
                i += 1
                continue
        # key/value front sheets
        if _is_kv(e):
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
                    i = j
                    continue
            if body and ("date" in kv or "place" in kv):
                kind = "report" if ("title" in kv or "presenter" in kv) else "agenda"
                if kind == "agenda":
                    before = [x.text for x in entries[max(0, i - 3):i]]
                    if any(re.match(r"^(?:draft\s+)?minutes\b", b, re.I) for b in before):
                        kind = "minutes"
                d = parse_date(kv.get("date", ""))
                st, et = parse_time_range(kv.get("time", "")) if kv.get("time") else (None, None)
                if kv.get("end"):
                    et = parse_time(kv["end"]) or et
                s = _Seg(kind, i, body=body, date=_iso(d), start_time=st, end_time=et,
                         place=kv.get("place"), page=e.page, kv=kv)
                segs.append(s)
                i = j
                continue
        # "For Police and Crime Panel meeting 19 December 2019"
        m = _FOR_MEETING.match(t) if e.cells is None and len(t) <= 140 else None
        if m and parse_date(m.group("date")) and not segs:
            s = _Seg("report", i, body=m.group("body").strip(), date=_iso(parse_date(m.group("date"))),
                     page=e.page)
            segs.append(s)
            i += 1
            continue
        # forward work plan: a title then a table with a Date column
        if e.cells is None and _FWP.search(t) and len(t) <= 120 and e.kind in (HEADING, PARAGRAPH) \
                and not _ITEM.match(t):
            for k in range(i + 1, min(n, i + 6)):
                c = entries[k].cells
                if c is None and _fwp_header_line(entries[k].text):
                    # an unruled table whose header the loader read as a line of labels
                    body = _FWP.split(t)[0].strip(" -–:")
                    body = re.sub(r"^\W+|\W+$", "", body) or _body_above(entries, i, 3)
                    segs.append(_Seg("forward_plan", i, body=body, page=e.page))
                    break
                if c is not None:
                    comp = [_compact(x) for x in c]
                    if any("date" in x for x in comp) and any(
                            x in ("location", "venue", "place") or "item" in x or "topic" in x
                            or "report" in x or "business" in x or "subject" in x for x in comp):
                        body = _FWP.split(t)[0].strip(" -–:")
                        body = re.sub(r"^\W+|\W+$", "", body) or _body_above(entries, i, 3)
                        segs.append(_Seg("forward_plan", i, body=body, page=e.page))
                        break
                    break
        i += 1
    for a, b in zip(segs, segs[1:]):
        a.end = b.start
    if segs:
        segs[-1].end = n
    return segs


# --------------------------------------------------------------------------
# names
# --------------------------------------------------------------------------

_HON = (r"(?:Cllrs?\.?|Councillors?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Mx\.?|Sir|Dame|Lord|Lady|"
        r"Prof\.?|Professor|Rev(?:d|\.)?|Reverend|Canon|Baroness|Baron|Major|Colonel|Col\.?|"
        r"Capt\.?|Captain|Lt\.?|Ch\s?Supt\.?|Supt\.?|Insp\.?|Inspector|Superintendent|"
        r"Chief\s+Superintendent|Chief\s+Inspector|Chief\s+Constable|ACC|DCC|PCC)")
_HON_SEQ = re.compile(rf"\b{_HON}(?:\s+{_HON})*(?=\s+[A-Z])")
_NAME_WORD = re.compile(r"^(?:[A-Z][a-z]*[’'][A-Z]?[a-z]+|[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)*|"
                        r"Mc[A-Z][a-z]+|Mac[A-Z][a-z]+|[A-Z]\.?)$")
_PARTICLES = {"de", "van", "von", "der", "da", "di", "le", "la", "du", "del", "bin", "al"}
_POSTNOM = re.compile(r"^(?:[A-Z]{2,5}|MPhil|MSc|MA|BA|BSc|PhD|LLB|LLM|MBA|FCA|CPFA|QPM|KPM|"
                      r"Hon|JP|DL|BEM|MBE|OBE|CBE|KBE|DBE|CVO|MP|MEP)\.?,?$")
_ROLE_WORDS = {
    "chairman": "chairman", "chair": "chairman", "chairperson": "chairman", "chairwoman": "chairman",
    "vicechairman": "vice_chairman", "vicechair": "vice_chairman", "vicechairperson": "vice_chairman",
    "deputychair": "vice_chairman", "deputychairman": "vice_chairman",
}
_ORG_WORDS = re.compile(
    r"\b(?:Council|Borough|County|District|City|Parish|Town|Police|OPCC|Office|Authority|"
    r"Service|Services|Trust|Partnership|Commissioner|Panel|Board|Group|University|College|"
    r"BC|CC|NHS|Ltd|Limited|Association|Constabulary|Independent|Co-opted|Member)\b")
_OFFICER_WORDS = re.compile(
    r"\b(?:Officer|Executive|Head|Lead|Manager|Director|Co-?ordinator|Clerk|Advis[eo]r|Analyst|"
    r"Solicitor|Treasurer|Secretary|Superintendent|Inspector|Constable|Scrutiny|Support|"
    r"Democratic|Legal|Finance|CEO|CFO)\b", re.I)


@dataclass
class _Person:
    name: str
    title: str = ""
    role: Optional[str] = None
    org: str = ""
    note: str = ""


def _norm_name(n: str) -> str:
    return re.sub(r"[.\s]+", " ", n.replace("’", "'")).strip().lower()


def _role_of(s: str) -> Optional[str]:
    return _ROLE_WORDS.get(_compact(s))


def _is_name_word(w: str) -> bool:
    return bool(_NAME_WORD.match(w)) and not _POSTNOM.match(w) and w not in ("And", "The", "Of")


def _split_run(words: list[str], known: set) -> list[list[str]]:
    """Split a run of name words printed without separators into names."""
    if len(words) <= 3:
        return [words]
    out = []
    i = 0
    while i < len(words):
        for k in (4, 3, 2):
            if i + k <= len(words) and _norm_name(" ".join(words[i:i + k])) in known:
                out.append(words[i:i + k])
                i += k
                break
        else:
            rem = len(words) - i
            k = 3 if rem == 3 else 2 if rem >= 2 else 1
            if k == 1 and out:
                out[-1].append(words[i])
            else:
                out.append(words[i:i + k])
            i += k
    return out


def _name_run(text: str) -> tuple[list[str], str]:
    """Leading name words of ``text`` and the rest."""
    words = text.split()
    run = []
    for w in words:
        core = w.rstrip(",;:")
        if _is_name_word(core) or (run and core.lower() in _PARTICLES):
            run.append(core)
            if core != w:  # a comma ends the name
                break
        else:
            break
    rest = " ".join(words[len(run):])
    if run and words[len(run) - 1] != run[-1]:
        rest = words[len(run) - 1][len(run[-1]):] + (" " + rest if rest else "")
    return run, rest.strip()


def _postnominals(rest: str) -> tuple[str, str]:
    toks = rest.split()
    got = []
    for t in toks:
        if _POSTNOM.match(t) and not _role_of(t.strip("()")):
            got.append(t)
        else:
            break
    return " ".join(got).strip(" ,"), " ".join(toks[len(got):])


def _parse_titled_chunk(title: str, text: str, known: set) -> list[_Person]:
    """One chunk starting after its honorifics: "Stanka Adamcova, Swindon
    Borough Council (Vice-Chairman)", "Elizabeth Threlfall, Denisa Ahmeti and
    Louise Williams", "Elizabeth Threlfall Denisa Ahmeti Louise Williams"."""
    people: list[_Person] = []
    text = text.strip(" ,;")
    run, rest = _name_run(text)
    if not run:
        return people
    post, rest = _postnominals(rest)
    names = _split_run(run, known) if title or len(run) > 3 else [run]
    first = True
    for ws in names:
        people.append(_Person(" ".join(ws), title if first else "", None, ""))
        first = False
    if post:
        people[0].title = (people[0].title + " " + post).strip() if people[0].title else post
    # further names after commas / "and"; a role or organisation in parentheses or
    # after a comma belongs to the name before it
    plural = re.match(r"^(?:councillors|cllrs\.?)$", title.split()[-1], re.I) if title else None
    sing = ""
    if plural:
        sing = re.sub(r"(?i)^councillors$", "Councillor", title.split()[-1])
        sing = re.sub(r"(?i)^cllrs(\.?)$", r"Cllr\1", sing)
        sing = " ".join(title.split()[:-1] + [sing])
        for p in people:
            p.title = p.title.replace(title, sing, 1) if p.title.startswith(title) else (p.title or sing)
    masked = re.sub(r"\([^()]*\)", lambda m: m.group(0).replace(",", "\x02").replace(" and ", " \x03 "), rest)
    for part in re.split(r",|;|\band\b|&", masked):
        part = part.replace("\x02", ",").replace("\x03", "and").strip(" .")
        if not part:
            continue
        parens = re.findall(r"\(([^()]*)\)", part)
        bare = re.sub(r"\([^()]*\)", " ", part).strip(" .")
        if bare:
            if _role_of(bare):
                people[-1].role = _role_of(bare)
            elif _ORG_WORDS.search(bare):
                if not people[-1].org:
                    people[-1].org = bare
            else:
                t2 = ""
                hm = _HON_SEQ.match(bare)
                if hm:
                    t2, bare = _WS.sub(" ", hm.group(0)), bare[hm.end():].strip()
                r2, tail = _name_run(bare)
                if r2 and not tail and (len(r2) >= 2 or plural or t2):
                    for ws in (_split_run(r2, known) if len(r2) >= 2 else [r2]):
                        people.append(_Person(" ".join(ws), t2 or sing))
                elif _ORG_WORDS.search(bare) and not people[-1].org:
                    people[-1].org = bare
        for r in parens:
            rl = _role_of(r)
            if rl:
                people[-1].role = rl
            elif r.strip() and _ORG_WORDS.search(r) and not people[-1].org:
                people[-1].org = r.strip()
    return people


def _parse_list(text: str, known: set) -> list[_Person]:
    """Names in a membership / present / apologies list."""
    out: list[_Person] = []
    for line in re.split(r"\n|•|\u2022|;", text):
        line = line.strip(" -–·*\t")
        if not line:
            continue
        anchors = list(_HON_SEQ.finditer(line))
        chunks: list[tuple[str, str]] = []
        if not anchors:
            chunks.append(("", line))
        else:
            if anchors[0].start() > 0:
                chunks.append(("", line[:anchors[0].start()]))
            for k, a in enumerate(anchors):
                end = anchors[k + 1].start() if k + 1 < len(anchors) else len(line)
                chunks.append((_WS.sub(" ", a.group(0)), line[a.end():end]))
        for title, body in chunks:
            if not title:
                # untitled names: "Denisa Ahmeti and Louise Williams"
                for part in re.split(r",|\band\b|&", body):
                    run, tail = _name_run(part.strip(" ."))
                    if len(run) >= 2:
                        ps = _parse_titled_chunk("", part, known)
                        out.extend(ps)
                continue
            out.extend(_parse_titled_chunk(title, body, known))
    return _dedupe(out)


def _dedupe(people: list[_Person]) -> list[_Person]:
    seen: dict[str, _Person] = {}
    out = []
    for p in people:
        k = _norm_name(p.name)
        if k in seen:
            q = seen[k]
            q.role = q.role or p.role
            q.org = q.org or p.org
            if "listed more than once" not in q.note:
                q.note = _add_note(q.note, "listed more than once")
            continue
        seen[k] = p
        out.append(p)
    return out


def _add_note(note: str, more: str) -> str:
    return f"{note}; {more}" if note else more


_DASH_SPLIT = re.compile(r"\s+[–—-]\s*|\s*[–—]\s+")


def _trailing_name(seg: str, known: set) -> tuple[str, str]:
    """(job text, name) of "Chief Executive, OPCC John Derryman"."""
    words = seg.split()
    k = 0
    while k < len(words) and k < 4 and _is_name_word(words[-1 - k].rstrip(",")):
        k += 1
    if k < 2:
        return seg, ""
    take = 2
    if k >= 3 and _norm_name(" ".join(words[-3:])) in known:
        take = 3
    return " ".join(words[:-take]).strip(" ,"), " ".join(words[-take:])


_NAME_PAREN = re.compile(r"(?P<n>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,5})\s*\((?P<j>[^()]{3,120})\)")


def _parse_also_present(text: str, known: set) -> list[_Person]:
    """ "Name [post-nominals] – Job title, Org" entries, one per line or run together."""
    out: list[_Person] = []
    lines = [ln.strip(" •·*") for ln in re.split(r"\n|•|;", text) if ln.strip(" •·*")]
    for line in lines:
        # "Katy Bourne (Police and Crime Commissioner), Mark Streater (Chief Executive, OPCC) and ..."
        par = list(_NAME_PAREN.finditer(line))
        if par and not _DASH_SPLIT.search(line) and all(
                re.fullmatch(r"[\s,;.]*(?:and\s*)?", line[a.end():b.start()])
                for a, b in zip(par, par[1:])) and not line[:par[0].start()].strip():
            for pm in par:
                title_m = _HON_SEQ.match(pm.group("n"))
                title = _WS.sub(" ", title_m.group(0)) if title_m else ""
                run, tail = _name_run(pm.group("n")[title_m.end():].strip() if title_m else pm.group("n"))
                job = pm.group("j").strip()
                if len(run) < 2 or tail:
                    continue
                rl = _role_of(job)
                out.append(_Person(" ".join(run), title, rl or _officer_role(job), "" if rl else job))
            continue
        segs = [s.strip() for s in _DASH_SPLIT.split(line)]
        if len(segs) < 2:
            # "Name, Job title" or a plain list
            m = re.match(r"^(.+?),\s*(.+)$", line)
            if m:
                title_m = _HON_SEQ.match(m.group(1))
                title = _WS.sub(" ", title_m.group(0)) if title_m else ""
                nm = m.group(1)[title_m.end():].strip() if title_m else m.group(1)
                run, tail = _name_run(nm)
                if len(run) >= 2 and not tail:
                    out.append(_Person(" ".join(run), title, _officer_role(m.group(2)),
                                       m.group(2).strip()))
                    continue
            out.extend(_parse_list(line, known))
            continue
        names = [segs[0]]
        jobs = []
        for s in segs[1:-1]:
            job, nm = _trailing_name(s, known)
            jobs.append(job)
            names.append(nm)
        jobs.append(segs[-1])
        for nm, job in zip(names, jobs):
            if not nm:
                continue
            title_m = _HON_SEQ.match(nm)
            title = _WS.sub(" ", title_m.group(0)) if title_m else ""
            body = nm[title_m.end():].strip() if title_m else nm
            run, rest = _name_run(body)
            if len(run) < 2:
                continue
            post, rest = _postnominals(rest.replace(",", ", ").strip(" ,"))
            if post:
                title = f"{title} {post}".strip()
            out.append(_Person(" ".join(run), title, _officer_role(job), job.strip(" ,")))
    return _dedupe(out)


def _officer_role(job: str) -> str:
    return "officer" if _OFFICER_WORDS.search(job or "") else "other"


def _known_names(doc_text: str) -> set:
    """Names printed with separators: "Cllr Elizabeth Threlfall," and the parts
    of comma lists "..., Denisa Ahmeti and Louise Williams"."""
    known = set()
    for m in re.finditer(rf"{_HON}\s+((?:[A-Z][\w'’-]+\s+){{1,3}}?[A-Z][\w'’-]+)(?=\s*(?:[,.;:()]|\band\b|$|\s[–-]\s))",
                         doc_text, re.M):
        known.add(_norm_name(m.group(1)))
    for m in re.finditer(r"(?:^|,\s*|\band\s+)((?:[A-Z][a-z'’-]+\s+){1,2}[A-Z][a-z'’-]+)(?=\s*(?:,|\band\b|$))",
                         doc_text, re.M):
        known.add(_norm_name(m.group(1)))
    return known


# --------------------------------------------------------------------------
# items, decisions, future meetings
# --------------------------------------------------------------------------

_ITEM = re.compile(
    r"^(?:(?:agenda\s+)?item\s+(?:no\.?\s*)?|minute\s+(?:no\.?\s*)?)?"
    r"(?P<num>(?:[A-Z]{2,6}[ /]?)?\d{2,4}/(?P<n2>\d{1,3})|(?P<n>\d{1,3}))(?:\.|\)|:)?\s+"
    r"(?P<title>[A-Z'\"‘“].{1,200})$")
_PURPOSE_START = re.compile(
    r"\s+(?=(?:To|The\s+(?:Panel|Committee)\s+(?:is|are)\s+(?:asked|invited)\s+to)\s+"
    r"(?:receive|consider|note|approve|agree|review|confirm|elect|appoint|discuss|scrutinise|hear|"
    r"answer|report|comment|make|endorse|determine|deal|raise|question)\b)")
_PAGES = re.compile(r"\(\s*pages?\s+(?P<a>\d+)(?:\s*[-–]\s*(?P<b>\d+))?\s*\)", re.I)
_LABELS = [
    (re.compile(r"^also\s+(?:present|in\s+attendance|attended|attending)\s*:?\s*(?P<rest>.*)$", re.I), "also_present"),
    (re.compile(r"^(?:in\s+attendance|officers(?:\s+(?:present|in\s+attendance|attending))?)\s*:\s*(?P<rest>.*)$"
                r"|^(?:in\s+attendance|officers\s+(?:present|in\s+attendance|attending))$", re.I), "also_present"),
    (re.compile(r"^(?:(?:independent\s+)?co-opted\s+(?:independent\s+)?members?|independent\s+members?)"
                r"(?:\s+present)?\s*:\s*(?P<rest>.*)$", re.I), "independent"),
    (re.compile(r"^(?:(?:panel\s+)?members\s+|councillors\s+)?present\s*:\s*(?P<rest>.*)$|^present$", re.I), "present"),
    (re.compile(r"^apologies(?:\s+for\s+absence)?\s*:\s*(?P<rest>.*)$|^apologies:?$", re.I), "apologies"),
    (re.compile(r"^membership\s*:?\s*(?P<rest>.*)$|^members\s*:\s*(?P<rest2>.*)$", re.I), "member"),
    (re.compile(r"^substitutes?\s*:?\s*(?P<rest>.*)$", re.I), "substitute"),
]
_PROPOSAL = re.compile(
    r"(?:on\s+the\s+)?(?:(?:proposal|motion)\s+of|(?:it\s+was\s+|having\s+been\s+)?(?:proposed|moved)\s+by)\s+"
    r"(?P<p>.+?),?\s+(?:and\s+)?seconded\s+by\s+"
    r"(?P<s>.+?)(?:,\s*|\s*[:–-]\s*|\s+)(?:and\s+)?(?:it\s+was\s+|the\s+(?:panel|committee)\s+)?"
    r"(?:resolved|agreed|decided)\b(?P<tail>.*)$", re.I)
# "(Proposed by Cllr X, seconded by Cllr Y)" after the decision
_PROPOSAL_PAREN = re.compile(
    r"\s*[(\[]\s*(?:proposed|moved)(?:\s+by)?\s*:?\s*(?P<p>[^,;()]+?)\s*[,;]?\s*(?:and\s+)?seconded(?:\s+by)?\s*:?\s*"
    r"(?P<s>[^,;()]+?)\s*[)\]]\.?\s*$", re.I)
# "Proposed by Cllr X" / "Seconded by Cllr Y" on lines of their own (or one line)
_PROPOSED_LINE = re.compile(
    r"^(?:proposed|moved)(?:\s+by)?\s*:?\s*(?P<p>.+?)(?:[,;]?\s+(?:and\s+)?seconded(?:\s+by)?\s*:?\s*(?P<s>.+?))?\.?$", re.I)
_SECONDED_LINE = re.compile(r"^seconded(?:\s+by)?\s*:?\s*(?P<s>.+?)\.?$", re.I)
_RESOLVED_LABEL = re.compile(
    r"^(?:decision|resolved|resolution|it\s+was\s+(?:resolved|agreed)|the\s+(?:panel|committee)\s+resolved|"
    r"(?-i:AGREED)|(?-i:RESOLVED))\s*(?:\((?:unanimously|by\s+(?:a\s+)?majority|nem\.?\s*con\.?)\)\s*)?"
    r"[:\-–]?\s*(?P<rest>.*)$", re.I)
_PARA_NO = re.compile(r"^(?:\d{1,3}\.\d{1,2}\.?|\(?[a-z]\)|\(\d{1,2}\))\s+(?=[A-Z(])")
_FUTURE_ITEM = re.compile(r"\b(?:future|next)\s+meeting|dates?\s+of\s+(?:future|next)|meeting\s+dates\b", re.I)


def _strip_hon(s: str) -> tuple[str, str]:
    s = s.strip(" ,.")
    m = _HON_SEQ.match(s)
    if m:
        return _WS.sub(" ", m.group(0)), s[m.end():].strip(" ,.")
    m = re.match(rf"^{_HON}(?:\s+{_HON})*\s+", s)
    if m:
        return m.group(0).strip(), s[m.end():].strip(" ,.")
    return "", s


_DATED_LINE = re.compile(r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z]|"
                         r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4})", re.I)


def _item_no(m: re.Match) -> int:
    return int(m.group("n") or m.group("n2"))


def _items(entries: list[_E], seg: _Seg) -> list[tuple[int, str, str, Optional[int], Optional[int], Optional[str]]]:
    """(entry index, number, title, page_start, page_end, purpose) of each item.

    Items are numbered lines whose numbers go up by one.  A heading starts the
    sequence on its own; a numbered paragraph does when the next numbered line
    continues it.  A purpose a converter joined to its title ("(Pages 1 - 8) To
    approve ...") is cut off."""
    cands = []
    for e in entries[seg.start:seg.end]:
        if e.cells is not None or e.kind == BULLET:
            continue
        m = _ITEM.match(e.text)
        if not m:
            continue
        title = m.group("title").strip()
        purpose = None
        pages = _PAGES.search(title)
        if pages and title[pages.end():].strip():
            after = title[pages.end():].strip()
            if re.match(r"^[A-Z][a-z]+\s+\w+", after):
                purpose, title = after, title[:pages.end()].strip()
        elif seg.kind == "agenda":
            cut = _PURPOSE_START.search(title)
            if cut and cut.start() >= 3:
                purpose, title = title[cut.end():].strip(), title[:cut.start()].strip()
        if e.kind != HEADING and (len(title) > 120 or re.search(r"[.;:,]$", title)):
            continue
        cands.append((e, m, _item_no(m), title, purpose))
    found = []
    expect = None
    for c_i, (e, m, n, title, purpose) in enumerate(cands):
        if expect is not None:
            if n != expect:
                continue
        elif e.kind != HEADING:
            # a paragraph starts the sequence only when the next numbered line continues it
            if not any(c[2] == n + 1 for c in cands[c_i + 1:c_i + 3]):
                continue
        pages = _PAGES.search(title)
        ps = pe = None
        if pages:
            ps = int(pages.group("a"))
            pe = int(pages.group("b") or pages.group("a"))
            title = (title[:pages.start()] + title[pages.end():]).strip()
        title = title.strip(" -–:")
        num = m.group("num")
        found.append((e.idx, num, title, ps, pe, purpose))
        expect = n + 1
    out = []
    for k, (idx, n, title, ps, pe, purpose) in enumerate(found):
        if seg.kind == "agenda" and purpose is None:
            nxt = entries[idx + 1] if idx + 1 < len(entries) else None
            if nxt is not None and nxt.kind == PARAGRAPH and nxt.cells is None \
                    and (k + 1 >= len(found) or nxt.idx < found[k + 1][0]) \
                    and not _is_label(nxt.text) and not _DATED_LINE.match(nxt.text):
                purpose = nxt.text
        elif seg.kind != "agenda":
            purpose = None
        out.append((idx, n, title, ps, pe, purpose))
    return out


def _item_at(items, idx: int) -> Optional[tuple]:
    cur = None
    for it in items:
        if it[0] <= idx:
            cur = it
        else:
            break
    return cur


def _person_text(t: str) -> str:
    """The name part of "Cllr X" printed before a "Resolved" / the end of a line."""
    t = re.sub(r"\s*[(\[].*$", "", t.strip())
    return t.strip(" ,.;:")


def _decisions(entries: list[_E], seg: _Seg, items) -> list[tuple[str, str, str, str]]:
    """(item number, decision, proposer as printed, seconder as printed)."""
    out = []
    ents = [e for e in entries[seg.start:seg.end]]
    texts_of = {e.idx: _PARA_NO.sub("", e.text) for e in ents}
    item_starts = {it[0] for it in items}
    consumed: set = set()

    def gather(j: int, texts: list) -> int:
        """Continue a decision over a list introduced by ":" or following bullets."""
        while j < len(ents) and ents[j].idx not in item_starts and ents[j].cells is None and (
                ents[j].kind == BULLET or (texts and texts[-1].endswith((":", ";")))
                or re.match(r"^(?:\(?[a-z0-9ivx]{1,3}[.)]|\d+\.)\s", ents[j].text)
                and not _ITEM.match(ents[j].text)):
            t = ents[j].text
            if _PROPOSAL.search(t) or _PROPOSED_LINE.match(t) or _SECONDED_LINE.match(t):
                break
            texts.append(t)
            j += 1
        return j

    pending = None  # (proposer, seconder, entry index) from lines of their own
    k = 0
    while k < len(ents):
        e = ents[k]
        if e.cells is not None:
            k += 1
            continue
        t = texts_of[e.idx]
        m = _PROPOSAL.search(t)
        if not m:
            pl = _PROPOSED_LINE.match(t)
            if pl and len(t) <= 120:
                sec = pl.group("s")
                j = k + 1
                if not sec and j < len(ents) and ents[j].cells is None:
                    sl = _SECONDED_LINE.match(texts_of[ents[j].idx])
                    if sl:
                        sec = sl.group("s")
                        j += 1
                if sec:
                    pending = (_person_text(pl.group("p")), _person_text(sec), e.idx)
                    consumed.update(x.idx for x in ents[k:j])
                    # a decision printed just before the pair, in the same item, with nobody named
                    it = _item_at(items, e.idx)
                    if out and out[-1][2] is None and out[-1][4] is not None \
                            and out[-1][4] == (it[1] if it else None):
                        last = out[-1]
                        out[-1] = (last[0], last[1], pending[0], pending[1], last[4], last[5])
                        pending = None
                    k = j
                    continue
            lab = _RESOLVED_LABEL.match(t)
            if lab and not (re.match(r"^it\s+was\s+(?:resolved|agreed)", t, re.I) and not lab.group("rest")):
                rest = lab.group("rest").strip()
                j = k + 1
                if not rest:
                    if len(t) > 40 or j >= len(ents) or ents[j].idx in item_starts \
                            or ents[j].cells is not None:
                        k += 1
                        continue
                    rest = ents[j].text
                    j += 1
                elif not re.match(r"^(?:that\b|to\b|the\b|[A-Z(])", rest):
                    k += 1
                    continue
                texts = [rest]
                j = gather(j, texts)
                decision = " ".join(texts).strip()
                prop = sec = None
                pm = _PROPOSAL_PAREN.search(decision)
                if pm:
                    prop, sec = _person_text(pm.group("p")), _person_text(pm.group("s"))
                    decision = decision[:pm.start()].strip()
                it = _item_at(items, e.idx)
                ino = it[1] if it else None
                if pending and prop is None:
                    pit = _item_at(items, pending[2])
                    if (pit[1] if pit else None) == ino:
                        prop, sec = pending[0], pending[1]
                    pending = None
                out.append((ino, decision, prop, sec, ino, k))
                consumed.update(x.idx for x in ents[k:j])
                k = j
                continue
            k += 1
            continue
        prop, sec = m.group("p").strip(), m.group("s").strip()
        tail = m.group("tail").lstrip(" :–-").strip()
        tail = re.sub(r"^to\s+make\s+the(?:\s+following)?(?:\s+decisions?)?\s*:?\s*", "", tail,
                      flags=re.I).strip()
        texts = []
        if tail and not re.fullmatch(r"(?:the\s+)?(?:following\s+)?(?:decisions?|resolutions?)?:?", tail, re.I):
            texts.append(tail)
        j = k + 1
        if not texts:
            # a "Decision" / "Resolved" label, then the decision text
            while j < len(ents) and ents[j].idx not in item_starts:
                lab = _RESOLVED_LABEL.match(ents[j].text)
                if lab and len(ents[j].text) <= 40 and not lab.group("rest"):
                    j += 1
                    continue
                if lab and lab.group("rest"):
                    texts.append(lab.group("rest"))
                    j += 1
                else:
                    texts.append(ents[j].text)
                    j += 1
                break
        j = gather(j, texts)
        decision = " ".join(texts).strip()
        it = _item_at(items, e.idx)
        if decision:
            out.append((it[1] if it else None, decision, prop, sec, None, k))
        consumed.update(x.idx for x in ents[k:j])
        k = max(j, k + 1)
    return [(a, b, c, d) for a, b, c, d, _, _ in out]


_NEXT_LABEL = re.compile(r"^date\s+of\s+(?:the\s+)?next\s+meeting\s*[:\-–]?\s*(?P<rest>.+)$", re.I)
_NEXT_SENT = re.compile(
    r"\b(?:next|future|following)\s+(?:ordinary\s+|scheduled\s+)?meeting\b.{0,80}?\b(?:will|would|is|was|to)\s+"
    r"(?:be\s+)?(?:held|take\s+place|scheduled|arranged|confirmed)?", re.I)


def _meeting_line(t: str, default_year: Optional[int]):
    """(date, time, place) of "Thursday 25 April 2024 at 10am, Committee Room 1"."""
    d = parse_date(t, default_year=default_year)
    if not d:
        return None
    tm = parse_time(t)
    place = None
    mt = re.search(r"\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|noon)(?![a-z])|\b\d{1,2}:\d{2}\b", t, re.I)
    if mt:
        place = t[mt.end():].strip(" ,.-–")
        place = re.sub(r"^(?:at|in)\s+(?:the\s+(?=[A-Z]))?", "", place, flags=re.I).strip(" ,.") or None
        if place and (len(place) > 120 or re.search(r"\b(?:will|would|should|please)\b", place, re.I)):
            place = None
    return d.isoformat(), tm, place


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
                if e.kind != BULLET and e.cells is None and not _DATED_LINE.match(t):
                    if _NEXT_SENT.search(t) or _NEXT_LABEL.match(t):
                        for part in re.split(r"(?<=[a-z.)])\.\s+(?=[A-Z])", t):
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


# column labels of a forward work plan / work programme header (a table row, or a text line
# when the header of an unruled table was read as a paragraph: "Date Location Provisional Agenda Items")
_FWP_LABEL = (
    r"(?:meeting\s+date|date\s+of\s+(?:the\s+)?meeting|date\s+(?:and|&)\s+(?:time|venue)|panel\s+meeting|date|"
    r"start\s+time|time|location|venue|place|"
    r"(?:(?:provisional|proposed|draft|planned|possible)\s+)?(?:agenda\s+)?(?:items?|topics?|business|subjects?|"
    r"reports?)(?:\s+(?:title|for\s+consideration))?|(?:(?:provisional|draft)\s+)?agenda|"
    r"lead(?:\s+officer)?|(?:report\s+)?authors?|officers?|purpose|comments?|notes?|status|format|outcomes?|title)")
_FWP_HEAD_LINE = re.compile(rf"^{_FWP_LABEL}(?:\s*[|/]?\s*{_FWP_LABEL})+$", re.I)
_FWP_LABEL_AT = re.compile(rf"{_FWP_LABEL}(?=\s|$|[|/])", re.I)
_GLYPH = "•·▪◦●○■□➢►–-"
_LEAD_TIME = re.compile(
    r"^(?:at\s+|from\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|noon)?(?:\s*(?:-|–|to)\s*"
    r"\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|noon)?)?(?![\w:.])", re.I)
_LEAD_DATE = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?"
    r"(?:\s+\d{4})?|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?(?:\s+\d{4})?|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})",
    re.I)


def _fwp_key(label: str) -> Optional[str]:
    c = _compact(label)
    if c in ("date", "meetingdate", "dateofmeeting", "dateofthemeeting", "meeting", "dateandtime",
             "dateandvenue", "panelmeeting"):
        return "date"
    if c in ("location", "venue", "place"):
        return "place"
    if c in ("time", "starttime"):
        return "time"
    if re.search(r"author|officer|lead|purpose|comment|note|status|format|outcome", c):
        return None
    if "item" in c or "agenda" in c or "topic" in c or "report" in c or "business" in c or "subject" in c \
            or c == "title":
        return "items"
    return None


def _fwp_cols(labels: list[str]) -> Optional[dict]:
    """{key: column} of a header (cells or the labels of a header line); None when it is not one."""
    keys = [_fwp_key(x) for x in labels]
    if "date" not in keys or not ({"place", "items"} & set(keys)):
        return None
    cols: dict = {"n": len(labels)}
    for i, k in enumerate(keys):
        if k and k not in cols:
            cols[k] = i
    return cols


def _fwp_header_line(t: str) -> Optional[dict]:
    t = t.strip()
    if len(t) > 120 or not _FWP_HEAD_LINE.match(t):
        return None
    return _fwp_cols([m.group(0) for m in _FWP_LABEL_AT.finditer(t)])


def _fwp_header(e: _E) -> Optional[dict]:
    if e.cells is not None:
        if parse_date(e.text) is not None:
            return None
        return _fwp_cols(e.cells)
    return _fwp_header_line(e.text)


def _is_glyph(s: str) -> bool:
    return bool(s) and all(ch in _GLYPH or ch.isspace() for ch in s)


def _merged_row(e: _E) -> tuple[list[str], list]:
    """Cells of a table row with a column of bullet glyphs (an unruled table read the glyphs
    of a list as a column of their own) put back before the text of the next column; with
    the cells' boxes (None when the loader gives none)."""
    b = e.block
    rows = b.rows if b.kind == TABLE and b.rows else None
    ncol = len(e.cells)
    glyph_cols = set()
    if rows:
        for ci in range(ncol - 1):
            vals = [_clean(r[ci].text) for r in rows if ci < len(r)]
            if any(vals) and all(not v or _is_glyph(v) for v in vals):
                glyph_cols.add(ci)
    cells, boxes, carry, carry_box = [], [], "", None
    for ci, c in enumerate(e.cells):
        box = None
        if rows and 0 <= e.row < len(rows) and ci < len(rows[e.row]):
            box = rows[e.row][ci].bbox
        if ci in glyph_cols:
            carry, carry_box = c, box
            continue
        if carry:
            if c:
                c = f"{carry} {c}"
                if carry_box and box:
                    box = (carry_box[0], min(carry_box[1], box[1]), box[2], max(carry_box[3], box[3]))
            carry, carry_box = "", None
        cells.append(c)
        boxes.append(box)
    return cells, boxes


def _ruled_row(boxes: list) -> bool:
    """Cells that share their edges are the boxes of a ruled table (an unruled table's cell
    boxes are the extents of their words)."""
    bs = [x for x in boxes if x is not None]
    return len(bs) >= 2 and all(abs(a[2] - b[0]) < 1.5 for a, b in zip(bs, bs[1:]))


def _fwp_item_parts(text: str) -> list[tuple[str, bool]]:
    """(item, starts with a glyph) of a cell or line: cut before each bullet glyph and at ";"."""
    out = []
    for k, part in enumerate(re.split(r"\s*[•▪◦●➢►]\s*", text)):
        for j, p in enumerate(re.split(r";\s*", part)):
            p = p.strip(" •·-")
            if p:
                out.append((p, (k > 0 and j == 0) or bool(re.match(r"^\s*[•▪◦●➢►]", text) and k == 0 and j == 0)))
    return out


def _fwp_continues(prev: str, nxt: str) -> bool:
    """A line that carries on the item before it ("... and" / "mid term financial strategy")."""
    if not prev or not nxt:
        return False
    if nxt[0].islower() or nxt[0] in ",;)&/":
        return True
    p = prev.rstrip()
    if p.endswith((",", "-", "&", "(", "/", "+")) or p.endswith(" –"):
        return True
    return bool(re.search(r"\b(?:and|or|of|the|to|for|in|on|with|by|from|a|an|its|their)$", p, re.I))


def _fwp_rows(entries: list[_E], seg: _Seg):
    """(date, time, place, items) of each forward work plan row.

    Rows are table rows under a header row, or (when the loader read an unruled header as a
    line of labels) table rows and lines under that line: a line starting with a date opens a
    row ("Thursday 18 January 2024 10:30am Kennet Room, County Hall"), the lines after it are
    its items.  A row without a date continues the row above (a "Meeting date" printed on
    the first row of each group only).  A line set apart from the items column (a page's
    logo text, left of it) is not an item; a heading or long paragraph that no dated row
    follows ends the plan."""
    rows: list[dict] = []
    cols: Optional[dict] = None
    items_x: Optional[float] = None      # left edge of the items column (PDF boxes)
    last_box = None                      # box of the last item line of an unruled table
    last_block = None
    misses = 0
    ents = entries[seg.start:seg.end]

    def add_items(parts: list[tuple[str, bool]], wrap_first: bool = False, bullet: bool = False) -> None:
        its = rows[-1]["items"]
        for k, (p, glyph) in enumerate(parts):
            if its and not glyph and not (bullet and k == 0) and (
                    (k == 0 and wrap_first) or _fwp_continues(its[-1], p)):
                its[-1] = f"{its[-1]} {p}"
            else:
                its.append(p)

    def dated_ahead(k: int) -> bool:
        for f in ents[k + 1:k + 3]:
            if f.cells is not None:
                if f.cells and parse_date(f.cells[0] or "") is not None:
                    return True
            elif _LEAD_DATE.match(f.text) and parse_date(_LEAD_DATE.match(f.text).group(0)):
                return True
        return False

    for k, e in enumerate(ents):
        h = _fwp_header(e)
        if h:
            if e.cells is None:
                h["line"] = True
            cols = h
            misses = 0
            continue
        if cols is None:
            continue
        if e.cells is not None:
            cells, boxes = _merged_row(e)
            n = cols["n"]
            if len(cells) > n and cols.get("line"):
                # more cells than labels: the extra ones belong to the last column
                cells = cells[:n - 1] + [" ".join(c for c in cells[n - 1:] if c)]
                boxes = boxes[:n - 1] + [next((b for b in boxes[n - 1:] if b), None)]

            def cell(key):
                i = cols.get(key)
                if i is None or i >= len(cells):
                    return ""
                return cells[i]

            def raw_items():
                i = cols.get("items")
                if i is None:
                    return []
                raw = e.raw_cells[i] if e.raw_cells and i < len(e.raw_cells) and len(e.raw_cells) == len(cells) \
                    else None
                txt = cell("items")
                if raw is not None and re.search(r"\S\s{3,}\S", raw) and "<li" not in raw:
                    return [(p, False) for p in (_clean(x).strip(" •·-") for x in re.split(r"\s{3,}", raw.strip()))
                            if p]
                return _fwp_item_parts(txt)

            ii = cols.get("items")
            ibox = boxes[ii] if ii is not None and ii < len(boxes) else None
            ruled = _ruled_row(boxes)
            wrap = bool(not ruled and ibox and last_box and e.block is last_block and e.block.bbox
                        and last_box[2] >= e.block.bbox[2] - 2)
            dtxt = cell("date")
            d = parse_date(dtxt) if dtxt else None
            if d and rows and rows[-1]["date"] == d.isoformat():
                add_items(raw_items())
                if cell("place") and not rows[-1]["place"]:
                    rows[-1]["place"] = cell("place")
            elif d:
                st, _ = parse_time_range(dtxt)
                if not st and cell("time"):
                    st = parse_time(cell("time"))
                rows.append({"date": d.isoformat(), "time": st, "place": cell("place") or None, "items": []})
                add_items(raw_items())
            elif rows:
                r = rows[-1]
                if dtxt and not r["time"]:
                    st, _ = parse_time_range(dtxt)
                    r["time"] = st or parse_time(dtxt)
                if cell("place"):
                    r["place"] = f"{r['place']} {cell('place')}" if r["place"] else cell("place")
                add_items(raw_items(), wrap_first=wrap)
            else:
                continue
            if ibox:
                items_x = ibox[0] if items_x is None or e.block is not last_block else min(items_x, ibox[0])
                if cell("items"):
                    last_box = ibox
            last_block = e.block
            misses = 0
            continue
        # a line
        t = e.text
        m = _LEAD_DATE.match(t)
        d = parse_date(m.group(0)) if m else None
        if d:
            rest = t[m.end():].strip(" ,.-–")
            tm = _LEAD_TIME.match(rest)
            st = None
            if tm and re.search(r"\d", tm.group(0)) and (re.search(r"[ap]\.?m|noon|[.:]\d\d", tm.group(0), re.I)):
                st, _ = parse_time_range(tm.group(0))
                st = st or parse_time(tm.group(0))
                rest = rest[tm.end():].strip(" ,.-–")
            rest = re.sub(r"^(?:at|in)\s+(?:the\s+(?=[A-Z]))?", "", rest, flags=re.I).strip(" ,.")
            row = {"date": d.isoformat(), "time": st, "place": None, "items": []}
            if rest:
                if "place" in cols:
                    row["place"] = rest
                else:
                    row["items"].append(rest)
            if rows and rows[-1]["date"] == row["date"]:
                rows[-1]["items"].extend(row["items"])
            else:
                rows.append(row)
            items_x = None
            last_box = None
            last_block = e.block
            misses = 0
            continue
        if not rows:
            continue
        box = e.block.bbox if e.block is not None else None
        if items_x is not None and box is not None:
            ok = box[0] >= items_x - 15
        elif cols.get("line"):
            ok = e.kind != HEADING and len(t) <= 120
        else:
            # a text source's table holds its items in its cells: a line between tables is not one
            continue
        if ok and len(t) <= 160:
            add_items(_fwp_item_parts(t), bullet=e.kind == BULLET)
            last_box = None
            misses = 0
            continue
        if dated_ahead(k):
            continue
        misses += 1
        if misses >= 2 or e.kind == HEADING or len(t) > 160:
            break
    for r in rows:
        r["items"] = [x for x in r["items"] if x]
    return rows


# --------------------------------------------------------------------------
# entry point
# --------------------------------------------------------------------------

_APOLOGIES_SENT = re.compile(
    r"\bapologies\b(?:\s+for\s+(?:absence|non-attendance))?\s+(?:were|was|had\s+been|have\s+been)\s+"
    r"(?:received|submitted|tendered|given|made|noted)\s+(?:on\s+behalf\s+of|from|by)\b:?\s*(?P<rest>.*)$"
    r"|^apologies\s+(?:were\s+)?(?:received\s+)?from\b:?\s*(?P<rest2>.*)$", re.I)


_ATT_HEADS = {
    "present": "present", "memberspresent": "present", "panelmemberspresent": "present",
    "councillorspresent": "present", "membersinattendance": "present", "attendees": "present",
    "officerspresent": "also_present", "officersinattendance": "also_present", "officers": "also_present",
    "alsopresent": "also_present", "inattendance": "also_present", "alsoinattendance": "also_present",
    "alsoattended": "also_present", "othersinattendance": "also_present", "officersattending": "also_present",
    "apologies": "apologies", "apologiesforabsence": "apologies", "apologiesreceived": "apologies",
    "apologiesfrom": "apologies",
    "substitutes": "substitute", "substitute": "substitute", "substitutemembers": "substitute",
    "membership": "member", "panelmembership": "member", "panelmembers": "member",
    "independentmembers": "independent", "coopted members": "independent", "coopteds": "independent",
    "coopteindependentmembers": "independent", "cooptedindependentmembers": "independent",
    "cooptedmembers": "independent", "independentcooptedmembers": "independent",
}


def _att_header(cells: list[str]) -> Optional[list[Optional[str]]]:
    """The status of each column of an attendance table's header row ("Members present |
    Officers present"), None when the row is not one."""
    heads = [(_ATT_HEADS.get(_compact(c.rstrip(":"))) if c else None) for c in cells]
    if not any(heads) or any(c and h is None for c, h in zip(cells, heads)):
        return None
    return heads


def _table_lists(ents: list[_E], seg: _Seg) -> list[tuple[str, str, int]]:
    """(status, text, entry index) of each column of attendance tables: a header row of list
    labels, then one person (or a list of people) per cell below it."""
    out = []
    k = 0
    while k < len(ents):
        e = ents[k]
        heads = _att_header(e.cells) if e.cells is not None else None
        if not heads:
            k += 1
            continue
        cols: dict[int, list[str]] = {i: [] for i, h in enumerate(heads) if h}
        j = k + 1
        while j < len(ents) and ents[j].cells is not None and ents[j].block is e.block \
                and not _att_header(ents[j].cells):
            for i in cols:
                if i < len(ents[j].cells) and ents[j].cells[i]:
                    cols[i].append(ents[j].cells[i])
            j += 1
        for i, texts in cols.items():
            if texts:
                out.append((heads[i], "\n".join(texts), k))
        k = j
    return out


def _attendance_lists(entries: list[_E], seg: _Seg, items, known: set):
    """[(status, [Person])] of the segment."""
    out = []
    ents = entries[seg.start:seg.end]
    for status, txt, _k in _table_lists(ents, seg):
        note = ""
        if status == "independent":
            status, note = ("present" if seg.kind == "minutes" else "member"), "independent member"
        if status in ("present", "also_present", "apologies") and seg.kind != "minutes":
            continue
        people = _parse_also_present(txt, known) if status == "also_present" else _parse_list(txt, known)
        for p in people:
            if note:
                p.note = _add_note(p.note, note)
        out.append((status, people))
    for k, e in enumerate(ents):
        if e.cells is not None:
            continue
        for rx, status in _LABELS:
            m = rx.match(e.text)
            if not m:
                continue
            note = ""
            if status == "independent":
                status, note = ("present" if seg.kind == "minutes" else "member"), "independent member"
            if status == "apologies" and seg.kind != "minutes":
                break
            if status in ("present", "also_present") and seg.kind not in ("minutes",):
                break
            rest = (m.groupdict().get("rest") or m.groupdict().get("rest2") or "").strip()
            texts = [rest] if rest else []
            if not rest:
                for f in ents[k + 1:]:
                    if f.cells is not None or any(r.match(f.text) for r, _ in _LABELS) \
                            or (f.kind == HEADING and not _HON_SEQ.search(f.text)):
                        break
                    if _ITEM.match(f.text) or _PAGES.search(f.text):
                        break
                    # a list of councillors does not run on into a line without any honorific
                    if texts and _HON_SEQ.search(texts[0]) and not _HON_SEQ.search(f.text) \
                            and not re.search(r"(?:,|\band)\s*$", texts[-1]) \
                            and not re.match(r"^(?:and\b|[a-z,])", f.text):
                        break
                    texts.append(f.text)
            txt = "\n".join(texts)
            if not txt:
                break
            people = (_parse_also_present(txt, known) if status == "also_present"
                      else _parse_list(txt, known))
            for p in people:
                if note:
                    p.note = _add_note(p.note, note)
            out.append((status, people))
            break
    # apologies in the minutes: "Apologies for absence were received from ...", anywhere, and the
    # bullets / lines under an "Apologies" item
    if seg.kind == "minutes":
        names: list[_Person] = []
        apol_items = []
        for n_i, it in enumerate(items):
            if re.search(r"\bapolog", it[2], re.I):
                apol_items.append((it[0], items[n_i + 1][0] if n_i + 1 < len(items) else seg.end))
        for e in ents:
            if e.cells is not None:
                continue
            in_item = any(a < e.idx < b for a, b in apol_items)
            if e.kind == BULLET and in_item:
                names.extend(_parse_list(e.text, known))
                continue
            m = _APOLOGIES_SENT.search(e.text)
            rest = (m.group("rest") or m.group("rest2") or "") if m else ""
            if rest.strip():
                rest = re.split(r"(?<=[a-z)])\.\s+(?=[A-Z])", rest)[0]
                rest = re.split(r"\s*\((?:substitute|sub)\b|\s+(?:who\s+was|with|;)\s", rest, flags=re.I)[0]
                names.extend(_parse_list(re.sub(r"[.]$", "", rest), known))
        if names:
            out.append(("apologies", _dedupe(names)))
    return out


def extract(doc: Document) -> dict:
    entries = _entries(doc)
    result = {"meetings": [], "attendance": [], "agenda_items": [], "decisions": [],
              "future_meetings": []}
    if not entries:
        return result
    doc_lines = {}
    for e in entries:
        if e.cells is None and e.text and not e.text.isupper():
            doc_lines.setdefault(e.text.lower(), e.text)
    segs = _find_segments(entries, doc_lines)
    if not segs:
        return result
    full_text = "\n".join(e.text for e in entries)
    known = _known_names(full_text)

    person_rows: list[AttendanceRecord] = []
    seen_mid: dict[str, int] = {}
    for seg in segs:
        mid = stable_id(doc.doc_id, seg.kind, seg.date, seg.body)
        if mid in seen_mid:
            seen_mid[mid] += 1
            mid = stable_id(doc.doc_id, seg.kind, seg.date, seg.body, seen_mid[mid])
        else:
            seen_mid[mid] = 0
        seg.meeting_id = mid
        items = _items(entries, seg) if seg.kind in ("agenda", "minutes") else []
        if seg.kind == "minutes" and not (seg.start_time and seg.end_time):
            for e in entries[seg.start:seg.end]:
                if e.cells is None and len(e.text) <= 200 and re.search(
                        r"duration\s+of\s+(?:the\s+)?meeting|meeting\s+(?:was\s+)?(?:started|commenced|began|opened|"
                        r"closed|ended|finished|concluded|terminated|rose)|(?:start|finish|end)(?:ing)?\s+time|"
                        r"time\s+(?:commenced|concluded|started|finished|ended)|^(?:commenced|concluded|closed)\s*:?\s*\d",
                        e.text, re.I):
                    tm = re.search(r"duration|meeting|start|finish|end|time|commenced|concluded|closed", e.text, re.I)
                    txt = e.text[tm.start():] if tm else e.text
                    st, et = parse_time_range(txt)
                    if st and not et and re.search(r"closed|ended|finished|finish|concluded|terminated|rose|end",
                                                   txt, re.I):
                        seg.end_time = seg.end_time or st
                        continue
                    seg.start_time = seg.start_time or st
                    seg.end_time = seg.end_time or et
        result["meetings"].append(MeetingRecord(
            meeting_id=mid, doc_id=doc.doc_id, page=seg.page, body=seg.body or None, kind=seg.kind,
            date=seg.date, start_time=seg.start_time, end_time=seg.end_time, place=seg.place or None))
        for idx, n, title, ps, pe, purpose in items:
            result["agenda_items"].append(AgendaItemRecord(
                meeting_id=mid, number=n, title=title, page_start=ps, page_end=pe, purpose=purpose))
        # attendance
        for status, people in _attendance_lists(entries, seg, items, known):
            for p in people:
                role = p.role
                if status == "substitute":
                    role = "substitute"
                elif status in ("member", "present") and role is None:
                    role = "member"
                elif status == "also_present" and role is None:
                    role = _officer_role(p.org)
                person_rows.append(AttendanceRecord(
                    meeting_id=mid, name=p.name, title=p.title or None, role=role,
                    organisation=p.org or None, status=status, person_id=None, note=p.note or None))
        if seg.kind == "report" and seg.kv.get("presenter"):
            pres = seg.kv["presenter"]
            nm, _, job = pres.partition(",")
            title, nm = _strip_hon(nm)
            run, tail = _name_run(nm)
            if len(run) >= 2 and not tail:
                note = f"presents the report '{seg.kv['title']}'" if seg.kv.get("title") else "presents the report"
                person_rows.append(AttendanceRecord(
                    meeting_id=mid, name=" ".join(run), title=title or None, role=_officer_role(job),
                    organisation=job.strip() or None, status="also_present", person_id=None, note=note))
        # decisions
        default_year = int(seg.date[:4]) if seg.date else None
        for item_no, text, prop, sec in (_decisions(entries, seg, items) if seg.kind == "minutes" else []):
            result["decisions"].append((mid, item_no, text, prop, sec))
        # future meetings
        if seg.kind in ("agenda", "minutes"):
            seen_fm = set()
            for d, tm, place in _future_meetings(entries, seg, items, default_year):
                if d in seen_fm:
                    continue
                seen_fm.add(d)
                result["future_meetings"].append(FutureMeetingRecord(
                    meeting_id=mid, date=d, start_time=tm, place=place, items=None))
        elif seg.kind == "forward_plan":
            seen_fm = set()
            for r in _fwp_rows(entries, seg):
                if r["date"] in seen_fm:
                    continue
                seen_fm.add(r["date"])
                result["future_meetings"].append(FutureMeetingRecord(
                    meeting_id=mid, date=r["date"], start_time=r["time"], place=r["place"],
                    items="; ".join(r["items"]) or None))

    # dedupe attendance on its key (meeting, name, status)
    att: list[AttendanceRecord] = []
    seen_key = set()
    for a in person_rows:
        key = (a.meeting_id, _norm_name(a.name), a.status)
        if key in seen_key:
            continue
        seen_key.add(key)
        att.append(a)
    # apologies: the role the person holds in a membership list of the document
    member_role = {_norm_name(a.name): a.role for a in att if a.status == "member" and a.role}
    for a in att:
        if a.status == "apologies" and a.role is None:
            a.role = member_role.get(_norm_name(a.name))
    # one person_id per printed name; variants with the same surname are noted
    for a in att:
        a.person_id = stable_id(doc.doc_id, "person", _norm_name(a.name))
    mentions = set()
    for m in re.finditer(rf"{_HON}\s+((?:[A-Z][\w'’-]+\s+){{1,2}}[A-Z][\w'’-]+)", full_text):
        mentions.add(m.group(1))
    mentions.update(a.name for a in att)
    by_surname: dict[str, set] = {}
    for nm in mentions:
        by_surname.setdefault(nm.split()[-1].lower(), set()).add(nm)
    for a in att:
        variants = sorted(v for v in by_surname.get(a.name.split()[-1].lower(), ())
                          if _norm_name(v) != _norm_name(a.name) and _similar_first(v, a.name))
        for v in variants:
            a.note = _add_note(a.note or "", f"also printed as '{v}'")
    # decisions: proposer / seconder names, a surname alone resolved when unique
    decs = []
    seen_dec = set()
    for mid, item_no, text, prop, sec in result["decisions"]:
        if (mid, item_no, text) in seen_dec:
            continue
        seen_dec.add((mid, item_no, text))
        names = []
        for raw in (prop, sec):
            if not raw:
                names.append(None)
                continue
            title, nm = _strip_hon(raw)
            if len(nm.split()) == 1:
                cands = {a.name for a in att if a.meeting_id == mid
                         and a.status in ("present", "member", "substitute")
                         and a.name.split()[-1].lower() == nm.lower()}
                if len(cands) == 1:
                    full = cands.pop()
                    for a in att:
                        if a.meeting_id == mid and a.name == full:
                            a.note = _add_note(a.note or "", f"named as '{raw.strip()}' in minute {item_no}"
                                                             if item_no else f"named as '{raw.strip()}' in a decision")
                    nm = full
            names.append(nm or None)
        decs.append(DecisionRecord(meeting_id=mid, item_number=item_no, decision=text,
                                   proposer=names[0], seconder=names[1]))
    result["decisions"] = decs
    result["attendance"] = att
    return result


def _similar_first(a: str, b: str) -> bool:
    """Same surname printed with a first name spelt differently ("Ros" / "Ross")."""
    fa, fb = a.split()[0].lower(), b.split()[0].lower()
    if fa == fb or len(a.split()) != len(b.split()):
        return False
    if fa.startswith(fb) or fb.startswith(fa):
        return True
    return _edit1(fa, fb)


def _edit1(x: str, y: str) -> bool:
    if abs(len(x) - len(y)) > 1:
        return False
    if len(x) == len(y):
        return sum(c1 != c2 for c1, c2 in zip(x, y)) == 1
    if len(x) > len(y):
        x, y = y, x
    for i in range(len(y)):
        if y[:i] + y[i + 1:] == x:
            return True
    return False
