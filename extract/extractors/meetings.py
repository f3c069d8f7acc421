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
  table with a Date column (and Location/Venue, Items columns).

A segment runs to the next segment.  Inside agenda and minutes segments:

* items are numbered headings (or short numbered lines) "7 Title (Pages 21 -
  44)" whose numbers go up by one; the first paragraph under an agenda item is
  its purpose;
* attendance lists follow the labels Membership / Substitutes / Present / Also
  Present / Apologies (also inline "Present: ..."), and the "Apologies for
  Absence" item of minutes;
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
                out.append(_E(len(out), " ".join(c for c in cells if c), cells, TABLE, b, raw))
        else:
            for ln in (b.text or "").split("\n"):
                if "\t" in ln:
                    cells = [_clean(c) for c in ln.split("\t")]
                    out.append(_E(len(out), " ".join(c for c in cells if c), cells, TABLE, b,
                                  ln.split("\t")))
                elif ln.strip():
                    out.append(_E(len(out), _clean(ln), None, b.kind, b))
    return out


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
    "reportof": "presenter",
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
            elif last == "place" and j + 1 < len(entries) and len(e.text) <= 70 \
                    and ":" not in e.text and _is_kv(entries[j + 1]):
                kv[last] = f"{kv[last]} {e.text}"
                j += 1
                continue
        if key is None:
            break
        if key not in kv:
            kv[key] = val
        last = key
        j += 1
    return kv, j


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
    r"^minutes\s+of\s+(?:the\s+)?(?:(?:a|the)\s+)?(?:meeting\s+of\s+(?:the\s+)?)?(?P<body>.+?)"
    r"(?:\s+meeting)?\s+held\s+(?P<rest>.+?)\.?$", re.I)
_FOR_MEETING = re.compile(
    r"^(?:report\s+)?for\s+(?:the\s+)?(?P<body>[A-Z][\w&' -]{3,80}?)\s+meeting\s+"
    r"(?:(?:on|of|held\s+on)\s+)?(?P<date>.{6,40})$", re.I)
_FWP = re.compile(r"\bforward\s+(?:work\s+)?(?:plan|programme)\b", re.I)


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
    parts = re.split(r"\s+(?=\b(?:on|at|in)\s)", " " + r, flags=re.I)
    parts = [p.strip() for p in parts if p.strip()]
    place_parts = []
    for p in parts:
        m = re.match(r"^(on|at|in)\s+(.*)$", p, re.I)
        word, body = (m.group(1).lower(), m.group(2)) if m else ("", p)
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
            place_parts.append(body)
        elif place_parts:
            place_parts[-1] += f" {p}"
    if place_parts:
        place = " at ".join(place_parts).strip(" ,.")
    return date, time, place


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
                s = _Seg("minutes", i, body=_smart_case(m.group("body").strip(), doc_lines),
                         date=date, start_time=time, place=place, page=e.page)
                segs.append(s)
                i += 1
                continue
        # key/value front sheets
        if _is_kv(e):
            kv, j = _read_kv(entries, i)
            if "meeting" in kv and ("date" in kv or "place" in kv):
                kind = "report" if ("title" in kv or "presenter" in kv) else "agenda"
                if kind == "agenda":
                    before = [x.text for x in entries[max(0, i - 3):i]]
                    if any(re.match(r"^minutes\b", b, re.I) for b in before):
                        kind = "minutes"
                d = parse_date(kv.get("date", ""))
                st, et = parse_time_range(kv.get("time", "")) if kv.get("time") else (None, None)
                if kv.get("end"):
                    et = parse_time(kv["end"]) or et
                s = _Seg(kind, i, body=kv["meeting"], date=_iso(d), start_time=st, end_time=et,
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
        if e.cells is None and _FWP.search(t) and len(t) <= 120 and e.kind in (HEADING, PARAGRAPH):
            for k in range(i + 1, min(n, i + 6)):
                c = entries[k].cells
                if c is not None:
                    comp = [_compact(x) for x in c]
                    if "date" in comp and any(x in ("location", "venue", "place") or "item" in x
                                              for x in comp):
                        body = _FWP.split(t)[0].strip(" -–:")
                        body = re.sub(r"^\W+|\W+$", "", body) or None
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
    # roles in parentheses, organisation / further names after commas
    roles = re.findall(r"\(([^()]*)\)", rest)
    rest_np = re.sub(r"\([^()]*\)", ",", rest)
    for r in roles:
        rl = _role_of(r)
        if rl:
            people[-1].role = rl
        elif r.strip() and _ORG_WORDS.search(r):
            people[-1].org = r.strip()
    for part in re.split(r",|;|\band\b|&", rest_np):
        part = part.strip(" .")
        if not part:
            continue
        if _role_of(part):
            people[-1].role = _role_of(part)
            continue
        if _ORG_WORDS.search(part) and not people[-1].org:
            people[-1].org = part
            continue
        r2, tail = _name_run(part)
        if r2 and len(r2) >= 2 and not tail:
            for ws in _split_run(r2, known):
                people.append(_Person(" ".join(ws)))
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


def _parse_also_present(text: str, known: set) -> list[_Person]:
    """ "Name [post-nominals] – Job title, Org" entries, one per line or run together."""
    out: list[_Person] = []
    lines = [ln.strip(" •·*") for ln in re.split(r"\n|•", text) if ln.strip(" •·*")]
    for line in lines:
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

_ITEM = re.compile(r"^(?:(?:agenda\s+)?item\s+)?(?P<n>\d{1,3})(?:\.|\))?\s+(?P<title>[A-Z'\"‘“].{1,200})$")
_PAGES = re.compile(r"\(\s*pages?\s+(?P<a>\d+)(?:\s*[-–]\s*(?P<b>\d+))?\s*\)", re.I)
_LABELS = [
    (re.compile(r"^also\s+(?:present|in\s+attendance)\s*:?\s*(?P<rest>.*)$", re.I), "also_present"),
    (re.compile(r"^in\s+attendance\s*:?\s*(?P<rest>.*)$", re.I), "also_present"),
    (re.compile(r"^(?:members\s+)?present\s*:\s*(?P<rest>.*)$|^present$", re.I), "present"),
    (re.compile(r"^apologies(?:\s+for\s+absence)?\s*:\s*(?P<rest>.*)$|^apologies:?$", re.I), "apologies"),
    (re.compile(r"^membership\s*:?\s*(?P<rest>.*)$|^members\s*:\s*(?P<rest2>.*)$", re.I), "member"),
    (re.compile(r"^substitutes?\s*:?\s*(?P<rest>.*)$", re.I), "substitute"),
]
_PROPOSAL = re.compile(
    r"(?:on\s+the\s+)?(?:(?:proposal|motion)\s+of|(?:it\s+was\s+)?(?:proposed|moved)\s+by)\s+"
    r"(?P<p>.+?),?\s+(?:and\s+)?seconded\s+by\s+"
    r"(?P<s>.+?)(?:,\s*|\s+)(?:it\s+was\s+)?(?:resolved|agreed|decided)\b(?P<tail>.*)$", re.I)
_RESOLVED_LABEL = re.compile(r"^(?:decision|resolved|resolution|it\s+was\s+resolved)\s*[:\-–]?\s*(?P<rest>.*)$", re.I)
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


def _items(entries: list[_E], seg: _Seg) -> list[tuple[int, str, str, Optional[int], Optional[int], Optional[str]]]:
    """(entry index, number, title, page_start, page_end, purpose) of each item."""
    found = []
    expect = None
    for e in entries[seg.start:seg.end]:
        if e.cells is not None or e.kind == BULLET:
            continue
        m = _ITEM.match(e.text)
        if not m:
            continue
        n = int(m.group("n"))
        title = m.group("title").strip()
        if e.kind != HEADING:
            if len(title) > 120 or re.search(r"[.;:]$", title) or expect is None or n != expect:
                continue
        elif expect is not None and n != expect:
            continue
        pages = _PAGES.search(title)
        ps = pe = None
        if pages:
            ps = int(pages.group("a"))
            pe = int(pages.group("b") or pages.group("a"))
            title = (title[:pages.start()] + title[pages.end():]).strip()
        title = title.strip(" -–:")
        found.append((e.idx, str(n), title, ps, pe, None))
        expect = n + 1
    out = []
    for k, (idx, n, title, ps, pe, _) in enumerate(found):
        purpose = None
        if seg.kind == "agenda":
            nxt = entries[idx + 1] if idx + 1 < len(entries) else None
            if nxt is not None and nxt.kind == PARAGRAPH and nxt.cells is None \
                    and (k + 1 >= len(found) or nxt.idx < found[k + 1][0]):
                purpose = nxt.text
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


def _decisions(entries: list[_E], seg: _Seg, items) -> list[tuple[str, str, str, str]]:
    """(item number, decision, proposer as printed, seconder as printed)."""
    out = []
    ents = entries[seg.start:seg.end]
    item_starts = {it[0] for it in items}
    consumed: set = set()
    k = 0
    while k < len(ents):
        e = ents[k]
        m = _PROPOSAL.search(e.text) if e.cells is None else None
        if not m:
            k += 1
            continue
        prop, sec = m.group("p").strip(), m.group("s").strip()
        tail = m.group("tail").lstrip(" :").strip()
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
            # a list introduced by ":" or following bullets
            while j < len(ents) and ents[j].idx not in item_starts and ents[j].cells is None and (
                    ents[j].kind == BULLET or (texts and texts[-1].endswith(":"))
                    or re.match(r"^(?:\(?[a-z0-9ivx]{1,3}[.)]|\d+\.)\s", ents[j].text)):
                if _PROPOSAL.search(ents[j].text):
                    break
                texts.append(ents[j].text)
                j += 1
        decision = " ".join(texts).strip()
        it = _item_at(items, e.idx)
        if decision:
            out.append((it[1] if it else None, decision, prop, sec))
        consumed.update(x.idx for x in ents[k:j])
        k = max(j, k + 1)
    # "Resolved: ..." / "Decision: ..." with no proposer printed
    for k, e in enumerate(ents):
        if e.idx in consumed or e.cells is not None:
            continue
        lab = _RESOLVED_LABEL.match(e.text)
        if not lab or re.match(r"^it\s+was\s+resolved", e.text, re.I) and not lab.group("rest"):
            continue
        rest = lab.group("rest").strip()
        if not rest:
            if len(e.text) > 40 or k + 1 >= len(ents) or ents[k + 1].idx in item_starts \
                    or ents[k + 1].cells is not None or ents[k + 1].idx in consumed:
                continue
            rest = ents[k + 1].text
            consumed.add(ents[k + 1].idx)
        elif not re.match(r"^(?:that\b|to\b|the\b|[A-Z(])", rest):
            continue
        it = _item_at(items, e.idx)
        out.append((it[1] if it else None, rest, None, None))
    return out


def _future_meetings(entries: list[_E], seg: _Seg, items, default_year: Optional[int]):
    """(date, time, place) listed under an item about future / next meetings."""
    out = []
    for n_i, it in enumerate(items):
        if not _FUTURE_ITEM.search(it[2]):
            continue
        end = items[n_i + 1][0] if n_i + 1 < len(items) else seg.end
        for e in entries[it[0] + 1:end]:
            if e.kind == HEADING and e.cells is None:
                break
            lines = [e.text] if e.cells is None else [" ".join(c for c in e.cells if c)]
            for t in lines:
                if e.kind != BULLET and e.cells is None and not re.match(
                        r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z])", t, re.I):
                    continue
                d = parse_date(t, default_year=default_year)
                if not d:
                    continue
                tm = parse_time(t)
                place = None
                mt = re.search(r"\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|noon)\b|\b\d{1,2}:\d{2}\b", t, re.I)
                if mt:
                    place = t[mt.end():].strip(" ,.-–") or None
                    place = re.sub(r"^(?:at|in)\s+", "", place, flags=re.I) if place else None
                out.append((d.isoformat(), tm, place))
    return out


def _fwp_rows(entries: list[_E], seg: _Seg):
    """(date, time, place, items) of each forward work plan row."""
    rows = []
    cols = None
    for e in entries[seg.start:seg.end]:
        if e.cells is None:
            continue
        comp = [_compact(c) for c in e.cells]
        if "date" in comp:
            cols = {"date": comp.index("date")}
            for i, c in enumerate(comp):
                if c in ("location", "venue", "place"):
                    cols["place"] = i
                elif "item" in c or "agenda" in c or "topic" in c or "report" in c:
                    cols["items"] = i
            continue
        if cols is None:
            continue

        def cell(key):
            i = cols.get(key)
            if i is None or i >= len(e.cells):
                return ""
            return e.cells[i]

        def raw_items():
            i = cols.get("items")
            if i is None:
                return []
            raw = e.raw_cells[i] if e.raw_cells and i < len(e.raw_cells) else None
            txt = cell("items")
            if raw is not None and re.search(r"\S\s{3,}\S", raw) and "<li" not in raw:
                parts = [_clean(p) for p in re.split(r"\s{3,}", raw.strip())]
            else:
                parts = re.split(r";\s*", txt)
            return [p.strip(" •·-") for p in parts if p.strip(" •·-")]

        dtxt = cell("date")
        d = parse_date(dtxt) if dtxt else None
        if d:
            st, _ = parse_time_range(dtxt)
            rows.append({"date": d.isoformat(), "time": st, "place": cell("place") or None,
                         "items": raw_items()})
        elif rows:
            r = rows[-1]
            if dtxt and not r["time"]:
                st, _ = parse_time_range(dtxt)
                r["time"] = st or parse_time(dtxt)
            if cell("place"):
                r["place"] = f"{r['place']} {cell('place')}" if r["place"] else cell("place")
            r["items"].extend(raw_items())
    return rows


# --------------------------------------------------------------------------
# entry point
# --------------------------------------------------------------------------

def _attendance_lists(entries: list[_E], seg: _Seg, items, known: set):
    """[(status, [Person])] of the segment."""
    out = []
    ents = entries[seg.start:seg.end]
    for k, e in enumerate(ents):
        if e.cells is not None:
            continue
        for rx, status in _LABELS:
            m = rx.match(e.text)
            if not m:
                continue
            if status == "apologies" and seg.kind != "minutes":
                break
            if status in ("present", "also_present") and seg.kind not in ("minutes",):
                break
            rest = (m.groupdict().get("rest") or m.groupdict().get("rest2") or "").strip()
            texts = [rest] if rest else []
            if not rest:
                for f in ents[k + 1:]:
                    if f.cells is not None or f.kind == HEADING or any(r.match(f.text) for r, _ in _LABELS):
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
            out.append((status, people))
            break
    # the "Apologies for Absence" item of minutes
    if seg.kind == "minutes":
        for n_i, it in enumerate(items):
            if not re.search(r"\bapolog", it[2], re.I):
                continue
            end = items[n_i + 1][0] if n_i + 1 < len(items) else seg.end
            names: list[_Person] = []
            for e in entries[it[0] + 1:end]:
                if e.cells is not None:
                    continue
                if e.kind == BULLET:
                    names.extend(_parse_list(e.text, known))
                    continue
                m = re.search(r"\bapologies\b.*?\bfrom\b:?\s*(?P<rest>.*)$", e.text, re.I)
                if m and m.group("rest").strip():
                    names.extend(_parse_list(re.sub(r"[.]$", "", m.group("rest")), known))
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
                if re.search(r"duration\s+of\s+(?:the\s+)?meeting|meeting\s+(?:started|commenced|began|"
                             r"closed|ended|finished)|start\s+time|finish\s+time", e.text, re.I):
                    st, et = parse_time_range(e.text)
                    if st and not et and re.search(r"closed|ended|finished|finish", e.text, re.I):
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
                            a.note = _add_note(a.note or "", f"named as '{raw.strip()}' in minute {item_no}")
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
