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
to ``post_nominals``; a name repeated in one list is kept once (noted); runs of
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

from ...any_match import any_match
from ...vocab.literals import lowered
from ...model import Document, stable_id
from ...normalise import parse_time_range
from ...records import (MeetingRecord, AttendanceRecord, AgendaItemRecord, DecisionRecord,
                         FutureMeetingRecord, VoteRecord)
from .attendance import _attendance_lists
from .votes import decisions_with_votes, recorded_votes  # (with decisions: imported before the workers fork)
from .entries import _Seg, _entries
from .forward_plan import _fwp_rows
from .future import _future_meetings
from .header_lines import _VENUE_WORDS, meeting_type
from .headers import _find_segments
from .items import _items
from .names import (HON_AT, _OFFICER_WORDS, _ORG_WORDS, _add_note, _known_names, _name_run, _norm_name,
                    _officer_role, person_keys, titled_names)
from .patterns import _strip_hon

def extract(doc: Document) -> dict:
    entries = _entries(doc)
    result = {"meetings": [], "attendance": [], "agenda_items": [], "decisions": [],
              "future_meetings": [], "votes": []}
    if not entries:
        return result
    lows = [e.text.lower() for e in entries]
    doc_lines = {}
    for e, low in zip(entries, lows):
        if e.cells is None and e.text and not e.text.isupper():
            doc_lines.setdefault(low, e.text)
    segs = _find_segments(entries, doc_lines, lows) or _undated_vote(entries)
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
        _times_from_text(entries, seg)
        body, mtype = meeting_type(entries, seg)
        result["meetings"].append(MeetingRecord(
            meeting_id=mid, doc_id=doc.doc_id, page=seg.page, body=body or None, kind=seg.kind,
            date=seg.date, start_time=seg.start_time, end_time=seg.end_time, place=_place(seg.place),
            meeting_type=mtype))
        for idx, n, title, ps, pe, purpose in items:
            result["agenda_items"].append(AgendaItemRecord(
                meeting_id=mid, number=n, title=title, page_start=ps, page_end=pe, purpose=purpose))
        person_rows.extend(_people_rows(entries, seg, items, known, mid))
        # decisions
        default_year = int(seg.date[:4]) if seg.date else None
        if seg.kind == "minutes":
            seg_decs, seg_votes = decisions_with_votes(entries, seg, items)
            result["decisions"].extend((mid, *d) for d in seg_decs)
            result["votes"].extend(VoteRecord(meeting_id=mid, item_number=ino, decision_index=di, title=ti,
                                              name=nm, vote=v)
                                   for ino, di, ti, nm, v in seg_votes)
        result["future_meetings"].extend(_future_rows(entries, seg, items, mid, default_year))

    att = _finish_attendance(doc, person_rows, full_text)
    result["decisions"] = _finish_decisions(result, att)
    result["attendance"] = att
    return result


# the label printed before a venue without its colon ("Venue Church House": Llansanffraid Glan Conwy CC)
_VENUE_LABEL = re.compile(r"^(?:venue|location)\b[\s,:–-]+(?=[A-Z])", re.I)


# the full stop of the sentence a post ended ("Also Present : Colin Cleary (CC) – Clerk.": Wainfleet All Saints TC),
# never an abbreviation's ("Ltd.", "Co.")
_SENTENCE_STOP = re.compile(r"(?<=[a-z]{3})\.$")


def _place(place):
    if not place:
        return None
    m = _VENUE_LABEL.match(place)
    # (only when a venue's word follows: "Venue Cymru" is a venue's name)
    return place[m.end():] if m and _VENUE_WORDS.search(place, m.end()) else place


_VOTE_WORD = re.compile(r"vot|abstain", re.I)


def _says_vote(text: str) -> bool:
    """``_VOTE_WORD.search(text) is not None``: its two words looked for in the lower-cased text where that
    is exact (``lowered``), a search of a pattern of ignored case trying every place being slow."""
    low = lowered(text)
    if low is None:
        return _VOTE_WORD.search(text) is not None
    return "vot" in low or "abstain" in low


def _undated_vote(entries) -> list:
    """A page printing no meeting header but a recorded vote with its named lists (a ModernGov agenda item's
    page: "Agenda item" / "Minutes - 19th May, 2011 and 23rd June 2011" / "Minutes:" / ... / "There voted for
    ...:": Slough BC): one minutes segment, its date and body unknown, so the vote is kept."""
    if not _says_vote("\n".join([e.text for e in entries if e.cells is None])):
        return []   # (one look at the lines joined, not one per line: asked of every document)
    seg = _Seg("minutes", 0, end=len(entries))
    return [seg] if recorded_votes(entries, seg) else []


_TIMES_FROM_TEXT_RE = re.compile(r"duration\s+of\s+(?:the\s+)?meeting|meeting\s+(?:was\s+)?(?:started|commenced|began|opened|"
                    r"closed|ended|finished|concluded|terminated|rose)|(?:start|finish|end)(?:ing)?\s+time|"
                    r"time\s+(?:commenced|concluded|started|finished|ended)|^(?:commenced|concluded|closed)\s*:?\s*\d", re.I)
_TIMES_FROM_TEXT_RE2 = re.compile(r"duration|meeting|start|finish|end|time|commenced|concluded|closed", re.I)
_TIMES_FROM_TEXT_RE3 = re.compile(r"closed|ended|finished|finish|concluded|terminated|rose|end", re.I)
#: (= ``_TIMES_FROM_TEXT_RE.search(text) is not None``, faster: asked of every short line of the minutes)
_says_times = any_match(_TIMES_FROM_TEXT_RE)


def _times_from_text(entries, seg) -> None:
    """Start and finish times printed in the minutes ("The meeting closed at 12.15 pm")."""
    if seg.kind == "minutes" and not (seg.start_time and seg.end_time):
        for e in entries[seg.start:seg.end]:
            if e.cells is None and len(e.text) <= 200 and _says_times(e.text):
                tm = _TIMES_FROM_TEXT_RE2.search(e.text)
                txt = e.text[tm.start():] if tm else e.text
                st, et = parse_time_range(txt)
                if st and et and et <= st:
                    # a finish printed before the start ("The meeting ended at 1955 hours, having commenced at
                    # 1945 hours": Tonbridge and Malling BC) is no range from the first to the second: neither is read
                    continue
                if st and not et and _TIMES_FROM_TEXT_RE3.search(txt):
                    seg.end_time = seg.end_time or st
                    continue
                seg.start_time = seg.start_time or st
                seg.end_time = seg.end_time or et


def _people_rows(entries, seg, items, known, mid) -> list:
    """Attendance rows of one segment (and the presenter of a report)."""
    person_rows: list[AttendanceRecord] = []
    for status, people in _attendance_lists(entries, seg, items, known):
        for p in people:
            role = p.role
            if status == "substitute":
                role = "substitute"
            elif status == "present" and role is None and p.org and _OFFICER_WORDS.search(p.org) \
                    and not _ORG_WORDS.search(p.org):
                role = "officer"  # "Mrs C Hardy (Clerk)" in a list of those present
            elif status in ("member", "present") and role is None:
                role = "member"
            elif status == "also_present" and role is None:
                role = _officer_role(p.org)
            person_rows.append(AttendanceRecord(
                meeting_id=mid, name=p.name, title=p.title or None, role=role,
                organisation=_SENTENCE_STOP.sub("", p.org) or None, status=status, person_id=None,
                note=p.note or None, post_nominals=p.post or None))
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
    return person_rows


def _future_rows(entries, seg, items, mid, default_year) -> list:
    """Future meeting rows of one segment (a dated list or a forward plan's rows)."""
    rows: list[FutureMeetingRecord] = []
    if seg.kind in ("agenda", "minutes"):
        seen_fm = set()
        for d, tm, place in _future_meetings(entries, seg, items, default_year):
            if d in seen_fm or (seg.date and d <= seg.date):
                continue  # a "next meeting" on or before the meeting's own date is a stale line
            seen_fm.add(d)
            rows.append(FutureMeetingRecord(
                meeting_id=mid, date=d, start_time=tm, place=place, items=None))
    elif seg.kind == "forward_plan":
        seen_fm = set()
        for r in _fwp_rows(entries, seg):
            if r["date"] in seen_fm:
                continue
            seen_fm.add(r["date"])
            rows.append(FutureMeetingRecord(
                meeting_id=mid, date=r["date"], start_time=r["time"], place=r["place"],
                items="; ".join(r["items"]) or None))

    return rows


# an honorific and a name of two or three words: "Cllr Elizabeth Threlfall"
_HON_NAME = re.compile(rf"{HON_AT}\s+((?:[A-Z][\w'’-]+\s+){{1,2}}[A-Z][\w'’-]+)")


def _finish_attendance(doc, person_rows, full_text) -> list:
    """Attendance deduplicated on (meeting, name, status), roles of apologies from the membership,
    one person_id per printed name, name variants noted."""
    # dedupe attendance on its key (meeting, name, status)
    att: list[AttendanceRecord] = []
    seen_key = set()
    ident = dict(zip(map(id, person_rows), person_keys(person_rows)))
    for a in person_rows:
        key = (a.meeting_id, ident[id(a)], a.status)
        if key in seen_key:
            continue
        seen_key.add(key)
        att.append(a)
    # one person both present and sending apologies to one meeting: the list of those present lost the label of
    # the absent members under it ("Members Present:" / "Cllrs Broxholme, ..." / "Cllrs Ashton Derry, Bell, ..."
    # whose "Apologies" label the page lost, the apologies minute naming them: Saxilby with Ingleby PC); the
    # apologies stand, the present row goes
    sent = {(a.meeting_id, ident[id(a)]) for a in att if a.status == "apologies"}
    both = {(a.meeting_id, ident[id(a)]) for a in att if a.status == "present"} & sent
    if both:
        att = [a for a in att if not (a.status == "present" and (a.meeting_id, ident[id(a)]) in both)]
        for a in att:
            if a.status == "apologies" and (a.meeting_id, ident[id(a)]) in both:
                a.note = _add_note(a.note or "", "also listed as present")
    # one person both present and named the substitute of an absent member: one row, the substitute's ("Councillors
    # Peter Wilkinson in the Chair (...), ..., Melanie Davis (North Yorkshire Council), ..." / "It was noted that
    # Councillor Melanie Davis was attending as a substitute for Councillor Shaw-Wright": North Yorkshire PFCP)
    subs = {(a.meeting_id, ident[id(a)]) for a in att if a.status == "substitute"}
    if subs:
        att = [a for a in att if not (a.status == "present" and (a.meeting_id, ident[id(a)]) in subs)]
    # apologies: the role the person holds in a membership list of the document
    member_role = {_norm_name(a.name): a.role for a in att if a.status == "member" and a.role}
    for a in att:
        if a.status == "apologies" and a.role is None:
            a.role = member_role.get(_norm_name(a.name))
    # one person_id per printed name; variants with the same surname are noted
    for a in att:
        a.person_id = stable_id(doc.doc_id, "person", ident[id(a)])
    mentions = set()
    for m in titled_names(_HON_NAME, full_text):
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
    return att


def _finish_decisions(result, att) -> list:
    """Decision rows with proposer / seconder names (a surname alone resolved when unique)."""
    decs = []
    for mid, item_no, text, prop, sec, v_for, v_against, v_abstain in result["decisions"]:
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
                    said = (f"named as '{raw.strip()}' in minute {item_no}" if item_no
                            else f"named as '{raw.strip()}' in a decision")
                    for a in att:
                        if a.meeting_id == mid and a.name == full and said not in (a.note or "").split("; "):
                            a.note = _add_note(a.note or "", said)  # (once, however many decisions name them)
                    nm = full
            names.append(nm or None)
        decs.append(DecisionRecord(meeting_id=mid, item_number=item_no, decision=text,
                                   proposer=names[0], seconder=names[1], votes_for=v_for,
                                   votes_against=v_against, votes_abstain=v_abstain))
    return decs


def _similar_first(a: str, b: str) -> bool:
    """Same surname printed with a first name spelt differently ("Ros" / "Ross")."""
    fa, fb = a.split()[0].lower(), b.split()[0].lower()
    if fa == fb or len(a.split()) != len(b.split()):
        return False
    if fa.startswith(fb) or fb.startswith(fa):
        return True
    # two initials that differ ("A Iley" / "D Iley", "L MacDonald" / "J MacDonald") are two people
    return min(len(fa.rstrip(".")), len(fb.rstrip("."))) > 1 and _edit1(fa, fb)


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
