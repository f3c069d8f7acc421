"""Attendance: membership, present, also present and apologies lists, tables and sentences."""
from __future__ import annotations

import re
from typing import Optional

from ...model import BULLET, HEADING
from ...normalise.labels import NAME_LIST_LABEL
from .entries import _E, _Seg
from .names import (INITIALS_ORG, PARTICLES, _HON, _HON_SEQ, _WS, _officer_role, _TITLE_ALONE, _TITLE_COLON, _job_ends, _job_words, _Person, _add_note, _dedupe, _parse_also_present,
                    _parse_list)
from .patterns import _BARE_NO, _ITEM, _PAGES, labels_for
from .text import _compact

# --------------------------------------------------------------------------
# entry point
# --------------------------------------------------------------------------

# (also one apology: "An apology for absence was received from Councillor R Wenham" (Bedfordshire Fire
# and Rescue Authority), "... was received Cllr A. Catchpole" (High Halstow))
_APOLOGIES_SENT = re.compile(
    r"\bapolog(?:ies|y)\b(?:\s+for\s+(?:absence|non-attendance))?"
    # ("Apologies and a valid reason for absence had been received from Cllrs ...": Saxilby with Ingleby PC)
    r"(?:\s+and\s+(?:an?\s+)?(?:valid\s+)?reasons?\s+for\s+absence)?\s+(?:were|was|had\s+been|have\s+been)?\s*"
    # ("Apologies were also received from Carys Morgans (Chief of Staff, OPCC)": Dyfed-Powys PCP; "Apologies for absence
    # were also received from Councillor Helen Dennis, ...": Southwark; "... from Councillors O Collins, ...": Witney TC)
    r"(?:also\s+)?(?:received|submitted|tendered|given|made|noted|reported|accepted)(?:\s+and\s+(?:accepted|noted|approved))?"
    rf"(?:\s+for\s+(?:absence|non-attendance))?\s+(?:(?:on\s+behalf\s+of|from|by)\b|(?={_HON}\s))"
    r":?\s*(?P<rest>.*)$"
    r"|^apologies\s+(?:were\s+)?(?:received\s+)?from\b:?\s*(?P<rest2>.*)$"
    r"|\breported\s+apologies\s+(?:for\s+absence\s+)?from\b:?\s*(?P<rest3>.*)$", re.I)
# "and 11 members of the public", "3 Members of the Public", "Members of the Public: 16": a count, not a person
# ("..., and 8 other residents": St Weonards PC)
_PUBLIC_COUNT = re.compile(r",?\s*(?:and\s+)?(?:\d+|no|several|some|two|three|four|five|six)\s+(?:other\s+)?"
                           r"(?:members?\s+of\s+(?:the\s+)?public|residents|parishioners)\b\.?"
                           r"|,?\s*members?\s+of\s+(?:the\s+)?public[ \t]*:?[ \t]*\d*\.?", re.I)  # (never the line end)
# "Councillor Jon Hunt submitted an apology.", "Cllr X sent apologies"
_APOLOGY_BY = re.compile(
    rf"(?P<who>{_HON}(?:\s+{_HON})*\s+(?:[A-Z][\w'’-]*\.?\s+){{0,3}}[A-Z][\w'’-]+)\s+(?:had\s+)?"
    r"(?:submitted|sent|gave|tendered|offered|had\s+given)\s+(?:an?\s+|his\s+|her\s+|their\s+)?apolog(?:y|ies)\b")


# "Councillors A, B and C apologised for their inability to attend the meeting.", "James Starbuck,
# also apologised for his inability to attend" (Ceredigion): the names before "apologised"
_APOLOGISED = re.compile(r"^(?P<who>(?:[A-Z][\w'’.-]*[\s,]+|(?:and|&)\s+){1,40}?)(?:also\s+)?apologi[sz]ed\s+for\s+"
                         r"(?:(?:his|her|their)\s+)?(?:inability|absence|non-attendance|not\s+being\s+able)\b")


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
    """[(status, [Person])] of the segment: attendance tables, labelled lists, and (in minutes)
    apologies and substitutions wherever they are printed."""
    ents = entries[seg.start:seg.end]
    out = _from_tables(ents, seg, known) + _from_labels(ents, seg, known)
    if seg.kind == "minutes":
        out += _unlabelled_present(ents, known)
        names = _apologies_in_minutes(ents, seg, items, known)
        if names:
            out.append(("apologies", _dedupe(names)))
        subs = _substitutes_in_minutes(ents, known)
        if subs:
            out.append(("substitute", _dedupe(subs)))
        others = _in_attendance_sentences(ents, known)
        if others:
            out.append(("also_present", _dedupe(others)))
        chair = _presiding_in_minutes(ents, known)
        if chair:
            out.append(("present", _dedupe(chair)))
    return out


_TITLED_NAME = rf"{_HON}(?:\s+{_HON})*\s+(?:[A-Z][\w'’-]*\.?\s+){{0,3}}[A-Z][\w'’-]+"
# a member who sat in for another: "Councillor Andrew Waller was substituting for Councillor Knight",
# "Councillor Melanie Davis was attending as a substitute for Councillor Shaw-Wright" (North
# Yorkshire), "Councillor P Lloyd Jones attended in place of Councillor Thompson" (Cheshire),
# "Councillor Amin substituted for Councillor Ali" (Wiltshire), "(Councillor John Tanner
# substituting)" after the absent member (Thames Valley)
# "Apologies were received from Cllr. P. McDonald with Cllr S. Douglas attending as his substitute" (Bromsgrove DC:
# the absent member first)
_SUBSTITUTE_SENT = re.compile(
    rf"(?P<who>{_TITLED_NAME})\s+(?:was\s+|had\s+)?(?:substituting|substituted|substitute|"
    r"(?:was\s+)?attend(?:ing|ed)\s+(?:as\s+(?:a|the)\s+substitute|in\s+place)|sat\s+in\s+place|"
    # ("Councillor M Bates had been appointed as a substitute member for Councillor D P Murphy": Dover DC; the
    # absent member a titled name, never a committee)
    r"(?:been\s+)?appointed\s+as\s+(?:a\s+|the\s+)?substitute(?:\s+member)?)\s+(?:for|of)\s+"
    rf"(?P<for>{_TITLED_NAME})"
    rf"|\((?P<who2>{_TITLED_NAME})\s+substituting\)"
    rf"|(?P<for3>{_TITLED_NAME})\s+with\s+(?P<who3>{_TITLED_NAME})\s+(?:attending|present)\s+as\s+(?:his|her|their)\s+substitute\b"
    # the absent member first: "Councillor Malcolm Lane was substituted by Councillor Lisa Dymock" (Monmouthshire CC),
    # "Councillor Jon Collins, for whom Councillor Malcolm Wood was substitute" (Nottinghamshire FRA; "Councillor
    # Katie Hall was substitute for Councillor Furse": Bath and North East Somerset)
    rf"|(?P<for4>{_TITLED_NAME})\s+was\s+substituted\s+by\s+(?P<who4>{_TITLED_NAME})"
    rf"|(?P<for5>{_TITLED_NAME}),?\s+for\s+whom\s+(?P<who5>{_TITLED_NAME})\s+was\s+(?:(?:a|the)\s+)?substitute\b")
# a line of a list of substitutions under a sentence or heading saying so ("The Committee noted that the
# following substitutions had been made:" / "(i) Cllr D Stocker for Cllr I Hadley; and" (Epping Forest DC),
# "SUBSTITUTES" / "Councillor A Smith for Councillor B Jones"): the first attended for the second
_SUBSTITUTE_PAIR = re.compile(rf"^(?:\(?[ivx\d]{{1,4}}[.)]\s*)?(?P<who>{_TITLED_NAME})\s+for\s+(?P<for>{_TITLED_NAME})"
                              r"\s*(?:[;,.]|;?\s+and)?$")
_PAIRS_SPLIT = re.compile(rf"\s*;\s*(?:and\b\s*)?|\s+and\s+(?=(?:{NAME_LIST_LABEL})\s)")


def _substitutes_in_minutes(ents: list[_E], known: set) -> list[_Person]:
    """Members who attended in another's place (status substitute, the absent member in the note)."""
    out: list[_Person] = []
    pairs_after = -99  # the entry after which a list of substitutions may follow
    for k, e in enumerate(ents):
        if e.cells is not None:
            continue
        low = e.text.lower()
        if k - pairs_after <= 8 and " for " in e.text and len(e.text) <= 400:
            # (a loader may join the list's lines: "(i) X for Y; and (ii) Z for W.")
            pms = [_SUBSTITUTE_PAIR.match(x) for x in _PAIRS_SPLIT.split(e.text) if x.strip()]
            if pms and all(pms):
                for pm in pms:
                    for p in _parse_list(pm.group("who"), known)[:1]:
                        p.note = _add_note(p.note, f"substitute for {pm.group('for')}")
                        out.append(p)
                pairs_after = k
                continue
        if "substitut" not in low and "in place" not in low:
            continue
        if "substitut" in low and (e.text.rstrip().endswith(":") or e.kind == HEADING):
            pairs_after = k
        for m in _SUBSTITUTE_SENT.finditer(e.text):
            for p in _parse_list(m.group("who") or m.group("who2") or m.group("who3") or m.group("who4")
                                 or m.group("who5"), known)[:1]:
                absent = m.group("for") or m.group("for3") or m.group("for4") or m.group("for5")
                if absent:
                    p.note = _add_note(p.note, f"substitute for {absent}")
                out.append(p)
    return out


def _independent(status: str, seg: _Seg) -> tuple[str, str]:
    """(status, note) of a list label: independent members are present at minutes, members on
    an agenda."""
    if status == "independent":
        return ("present" if seg.kind == "minutes" else "member"), "independent member"
    return status, ""


# a list a loader ran on into the minutes after it ends before the first minute: its number and title ("...
# Director of Policy and Commissioning, OPCCN 1. To receive apologies and details of any substitute Members
# attending 1.1 Apologies ..." (Norfolk PCP): a capitalised word, then a lower-case one), a numbered minute
# ("Mark Simmonds – PCC Chief Finance Officer PCP 34.12/13 MEMBERSHIP/APPOINTMENT OF NEW INDEPENDENT MEMBER
# The Chairman referred to ...") or a heading in capitals with prose after it ("The Panel considered"; not a
# member printed in capitals: "COUNCILLOR JOHN PROSSER (Labour)"); an organisation still over 120 characters is prose
# (also a second list run on after "Also" -- "... & Mr J Alun Foulkes (Clerk). Also: County Councilor Mr Arfon Wyn"
# (Bodorgan CC), "... & Mrs G Wright Also PCSO Abi Land & four members of the public" (Cefn CC): whether they were
# present or sent apologies too is not said where it ends, so the list ends there)
_RAN_ON = re.compile(r"\s+(?=\d{1,3}\.\s+[A-Z][a-z]+\s+[a-z]|(?:[A-Z]{2,6}\s+)?\d{1,3}(?:\.\d{1,2})?/\d{2}\b"
                     r"|(?-i:Also):?\s+(?-i:[A-Z])"
                     r"|[A-Z]{3,}[/ ](?:[A-Z]{2,}[/ ]){2}(?:[A-Z0-9/&,'’ -]{0,120}?\s)?[A-Z][a-z]+\s+(?:[A-Z][a-z]+\s+)?[a-z])")
# "... Team Manager, NCC Others Present Mr Simon Bailey ...": a second list of those attending run in
_OTHERS_PRESENT = re.compile(r"\s+Others\s+Present:?\s+(?=[A-Z])")


# a sentence saying who else attended, run on after a list ("APOLOGIES: Cllr J Collier ... County Cllr A Tudor The
# Town Clerk and Deputy Town Clerk were in attendance. Mr D Thomas, PCC Link Officer, was in attendance.":
# Haverfordwest TC): the list ends before it (after a full stop, or at "The" opening it)
_IN_ATTENDANCE_RUN_ON = re.compile(r"(?:(?<=\.)|\s(?=The\s))\s*[A-Z][^.]{0,160}?\s(?:was|were)\s+(?:also\s+)?in\s+attendance\b")
# "Mr D Thomas, PCC Link Officer, was in attendance.", "County Cllrs D Bryan, T Evans and T Tudor were in attendance."
# (Haverfordwest TC), "Mr John Betts, Interim Corporate Director Finance, was in attendance for this item." (Kent
# CC): those named attended (a sentence opening the line or after a full stop; a titled name opening it)
_IN_ATTENDANCE_SENT = re.compile(rf"(?:^|(?<=\.)\s+)(?P<who>{_HON}(?:\s+{_HON})*\s+[A-Z][^.]{{0,140}}?),?\s+(?:was|were)\s+"
                                 r"(?:also\s+)?in\s+attendance\b")
_NAME_THEN_JOB = re.compile(rf"^(?P<name>{_HON}(?:\s+{_HON})*\s+(?:[A-Z][\w'’-]*\.?\s+){{0,3}}[A-Z][\w'’-]+),\s*(?P<job>[A-Z][^,]{{2,80}})$")
_PLURAL_HON = re.compile(r"^(?:(?:County|District|Borough|Town|Parish)\s+)?(?:Cllrs|Councillors)\.?\s")


def _in_attendance_sentences(ents: list[_E], known: set) -> list[_Person]:
    """Those a sentence of the minutes says were in attendance (status also_present)."""
    out: list[_Person] = []
    for e in ents:
        if e.cells is not None or "in attendance" not in e.text:
            continue
        for m in _IN_ATTENDANCE_SENT.finditer(e.text):
            who = m.group("who").strip(" ,")
            one = _NAME_THEN_JOB.match(who)
            if one and one.group("job").split()[-1].lower() in _job_ends():
                # "Mr D Thomas, PCC Link Officer": one person and the post (its first word may be an honorific's)
                title = _HON_SEQ.match(one.group("name"))
                job = one.group("job").strip()
                out.append(_Person(one.group("name")[title.end():].strip(), _WS.sub(" ", title.group(0)),
                                   _officer_role(job), job))
                continue
            out.extend(_parse_list(who, known) if _PLURAL_HON.match(who) else _parse_also_present(who, known))
    return out


def _people(status: str, txt: str, note: str, known: set) -> list[_Person]:
    txt = _RAN_ON.split(txt, 1)[0]
    if status in ("present", "apologies") and "in attendance" in txt:
        txt = txt[:m.start()] if (m := _IN_ATTENDANCE_RUN_ON.search(txt)) else txt
    if status == "also_present":
        txt = _OTHERS_PRESENT.sub("\n", txt)
    people = _parse_also_present(txt, known) if status == "also_present" else _parse_list(txt, known)
    for p in people:
        if note:
            p.note = _add_note(p.note, note)
        if p.org and len(p.org) > 120:
            p.org = ""
    return people


def _from_tables(ents: list[_E], seg: _Seg, known: set) -> list:
    out = []
    for status, txt, _k in _table_lists(ents, seg):
        status, note = _independent(status, seg)
        if status in ("present", "also_present", "apologies") and seg.kind != "minutes":
            continue
        out.append((status, _people(status, txt, note, known)))
    return out


# a line of untitled names that a loader took for a heading, right under a bare label
# ("Attendees:" / "Julia Phebey, Sarah Williams, Tony Dodd"): two or more names of two or three words
_NAME_LINE = re.compile(r"[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}(?:\s*(?:,|\band\b|&)\s*[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})+\.?")


# "T.Martin, M.Norton,A.Stanley" (Bourton-on-the-Hill PC): initials glued to surnames, a line of them
_INITIALLED_NAME_LINE = re.compile(r"[A-Z]\.\s?[A-Z][a-z'’-]+(?:\s*(?:,|\band\b|&)\s*[A-Z]\.\s?[A-Z][a-z'’-]+)+\.?")


def _runs_on(text: str) -> bool:
    """A list line that ends mid-list ("Mr P M Hill, OBE, Mr A R Hills,", "... and")."""
    return bool(re.search(r"(?:,|\band)\s*$", text))


# a double surname printed with a spaced dash ("Cllr Wendy Morris – Twiddy")
_DASHED_SURNAME = re.compile(r"(?<=[a-z])\s+[–-]\s+(?=[A-Z][a-z]+$)")


_ONE_TITLED = re.compile(rf"{_TITLED_NAME}(?:\s*\([^()]{{1,40}}\)){{0,2}}\.?")  # ("(Doncaster MBC) (Chair)")


# the rest of a list of members under one plural title ("Councillors: A Cherryholme (Barnsley MBC), J Grocutt
# (Sheffield City Council) and S Wilkinson (Doncaster MBC)": South Yorkshire PCP)
_PLURAL_TITLE_LIST = re.compile(r"^(?:Councillors|Cllrs\.?)\s*:\s*[A-Z]")


# a post in brackets opening its line, never an item's reference ("(Item 5)"), alone or the list going on after it
# ("(General Counsel) and Mr J Betts (Interim Corporate Director Finance)")
_BRACKET_LINE = re.compile(r"\((?!item\b)[^()]{2,80}\)(?:\.|[,;]?\s+(?:and\s+)?(?=[A-Z]).*)?", re.I)


def _one_titled_name(text: str) -> bool:
    """One titled name and nothing else ("District Councillor Mrs Lesley Rollings")."""
    return len(text) <= 80 and _ONE_TITLED.fullmatch(text) is not None


def _list_lines(ents: list[_E], k: int, rest: str) -> list[str]:
    """The lines of the list whose label is entry ``k`` (its text after the label is ``rest``):
    the lines below a bare label, or the lines a list printed after the label runs on to."""
    texts = [rest] if rest else []
    nxt = ents[k + 1] if k + 1 < len(ents) else None
    if rest and nxt is not None and nxt.cells is None and _BRACKET_LINE.fullmatch(nxt.text) and rest.count("(") == rest.count(")"):
        # "IN ATTENDANCE: Mr J Cook (Democratic Services Manager) and Mr B Watts" / "(General Counsel)" (Kent CC):
        # the last person's post wrapped on to the next line
        return [f"{rest}\n{nxt.text}"]
    if rest and not _runs_on(rest):
        first = _DASHED_SURNAME.sub("-", rest)
        if not _one_titled_name(first):
            return texts
        texts = [first]
        # "Present: Councillor R Littlewood" / "District Councillor Mrs Lesley Rollings" / ...: one
        # titled name a line, the first on the label's line (Scotton, Aberystwyth)
        for f in ents[k + 1:k + 60]:
            line = _DASHED_SURNAME.sub("-", f.text)
            if f.cells is None and _PLURAL_TITLE_LIST.match(line) and _only_names(_TITLE_COLON.sub(r"\1 ", line)):
                texts.append(line)  # "Councillors: A Cherryholme (Barnsley MBC), ... and S Wilkinson (Doncaster MBC)"
                break
            if f.cells is not None or not _one_titled_name(line) or any(r.match(f.text) for r, _ in labels_for(f.text)):
                break
            texts.append(line)
        return texts
    for f in ents[k + 1:]:
        if f.cells is not None and not rest and (row := _name_post_row(f.cells)):
            # "OFFICERS PRESENT" over rows "Ms J Bowen | - | Public Relations" (Nottinghamshire Police Authority: a
            # loader read the space-aligned "Name - Post" lines as a table)
            texts.append(row)
            continue
        goes_on = bool(texts) and _org_line_goes_on(texts, f.text)
        if f.cells is not None or any(r.match(f.text) for r, _ in labels_for(f.text)) \
                or (f.kind == HEADING and not _HON_SEQ.search(f.text) and not goes_on
                    and not (not texts and not rest and (_NAME_LINE.fullmatch(f.text) or _TITLE_ALONE.match(f.text)
                                                         or _INITIALLED_NAME_LINE.fullmatch(f.text)))
                    and not _officer_line(f.text)):
            break
        if _ITEM.match(f.text) or _PAGES.search(f.text) or _BARE_NO.match(f.text) \
                or ("polog" in f.text and _APOLOGIES_SENT.search(f.text)):
            break  # (an apologies sentence ends a list of those present: Northamptonshire PFCC)
        if texts and _is_prose(f.text):
            break  # "It was RESOLVED that Cllr Porter be elected ...": the minutes go on, the list ended
        # a list of councillors does not run on into a line without any honorific
        if texts and _HON_SEQ.search(texts[0]) and not _HON_SEQ.search(f.text) \
                and not _runs_on(texts[-1]) and not re.match(r"^(?:and\b|[a-z,])", f.text) \
                and not goes_on and not _officer_line(f.text):
            break
        if rest and not _HON_SEQ.search(f.text):
            break  # a list after its label runs on only into more titled names
        texts.append(f.text)
        if rest and not _runs_on(f.text):
            break
    return texts


_DASH_CELL = re.compile(r"[-–]?")


def _name_post_row(cells: list) -> Optional[str]:
    """A table row of a titled name and a post, a dash cell between them or none: "Name - Post"."""
    cs = [c.strip() for c in cells if not _DASH_CELL.fullmatch(c.strip())]
    if len(cs) != 2 or not _ONE_TITLED.fullmatch(cs[0]) or not cs[1][:1].isupper() or len(cs[1]) > 120:
        return None
    return f"{cs[0]} - {cs[1]}"


# an officer's line, "Mark Streater, Chief Executive, OPCC" / "Iain McCulloch (Chief Finance Officer)", that a
# loader took for a heading (short, no full stop): a name of two or three words, then a job
_OFFICER_LINE = re.compile(rf"^(?:{_HON}\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,2}}\s*(?:,|\(|\s[-–]\s)\s*(?P<job>[A-Z].{{2,120}})$")


def _officer_line(text: str) -> bool:
    """The job's first part ends in a job's last word (words.toml job_title_end: "Chief Executive",
    "Democratic Services Officer"; never "Finance Report") and no name word is a job's word."""
    m = _OFFICER_LINE.match(text)
    if not m:
        return False
    job = re.split(r"[,()]", m.group("job"))[0].strip().lower()
    name = text[:m.start("job")].lower()
    return job.rsplit(None, 1)[-1] in _job_ends() and not any(w.strip(",(-– ") in _job_words()[0] for w in name.split())


def _org_line_goes_on(texts: list[str], line: str) -> bool:
    """An untitled "B Apsley Wrexham County Borough Council" line under a list whose first line is
    the title alone ("Councillor") or a titled line of the same form: the title is printed once."""
    m0 = INITIALS_ORG.match(texts[0])
    return bool((_TITLE_ALONE.match(texts[0]) or (m0 and m0.group("hon"))) and
                all(INITIALS_ORG.match(t) for t in texts[1:]) and INITIALS_ORG.match(line))


# the lower-case words of a list of names and organisations: connectives and names' particles (not
# loaders.common.STOP_WORDS, whose "whom", "was" are what make "X, for whom Y was substitute" prose)
_SMALL = frozenset("and of the for to in on at by with &".split()) | PARTICLES
_MOTION_START = re.compile(r"^(?:it\s+was|(?:proposed|moved|seconded)\b|resolved\b|agreed\b)", re.I)


def _is_prose(text: str) -> bool:
    """A line of the minutes' prose, never a list of people: it opens a motion ("It was RESOLVED
    ...", "Proposed by: ...") or holds four words in lower case outside brackets besides the small
    words of names and organisations ("X, for whom Y was substitute" holds three)."""
    if _MOTION_START.match(text):
        return True
    words = re.sub(r"\([^()]*\)", " ", text).split()
    return sum(1 for w in words if w[:1].islower() and w.strip(",.;:") not in _SMALL) >= 4


# the chair's line over the list of councillors present ("Chairman Siddall" / "Vice Chairman Lawrence" /
# "Councillors: T. Gritton, V. Hare, ...": Little Totham PC); a name of one to three capitalised words
_CHAIR_LINE = re.compile(r"^(?P<vice>(?:vice|deputy)[\s-])?chair(?:man|woman|person)?\s*:?\s+"
                         r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})$", re.I)


_COUNT_AFTER = re.compile(r"\s+(?:parishioners|public|members\s+of\s+the\s+public)\s*:\s*\d+\b.*$", re.I)


def _after_present(ents: list[_E], k: int, present_at: int) -> bool:
    """Entry ``k`` comes straight after the "Present" label (entry ``present_at``), or after the chair's
    lines right below it or heading the list ("Cou/285/07-08 Present" / "Members: Cllr P Batty (Chairman),
    ...": Groby PC; "Present The Mayor, Cllr. D. Hobson (DH) (in the chair)." / "Councillors: Mrs. E. Ballard
    (EB), ...": Louth TC; "Chairman Siddall" / "Vice Chairman Lawrence" / "Councillors: T. Gritton, ...":
    Little Totham PC)."""
    j = k - 1
    while j >= 0 and j > k - 3 and ents[j].cells is None and _CHAIR_LINE.match(ents[j].text):
        j -= 1
    return (j >= 0 and j == present_at) or j < k - 1


def _chair_lines(ents: list[_E], k: int) -> list[_Person]:
    """The chair's lines right above entry ``k``, as people present (role chairman / vice_chairman)."""
    out = []
    j = k - 1
    while j >= 0 and j > k - 3 and ents[j].cells is None and (m := _CHAIR_LINE.match(ents[j].text)):
        out.insert(0, _Person(name=m.group("name"), role="vice_chairman" if m.group("vice") else "chairman"))
        j -= 1
    return out


# a line saying who presided: "Councillor Peter Wilkinson in the Chair" (North Yorkshire PFCP, under its apologies
# item), "V Newbury (in the Chair)", "Councillor G Potter (Panel Vice-Chair) was in the Chair." (Derbyshire PCP): the
# member named chaired the meeting, present
_PRESIDING = re.compile(
    rf"(?P<who>(?:{_HON}(?:\s+{_HON})*\s+)?(?:[A-Z][\w'’-]*\.?\s+){{0,3}}[A-Z][\w'’-]+)"
    r"(?:\s*\((?P<post>[^()]{2,40})\))?\s+(?i:\(in\s+the\s+chair\)|(?:was\s+)?in\s+the\s+chair)\.?")  # (names capitalised)


# councillors listed under the minutes' title with no "Present" label: "Minutes of the meeting held at County Hall,
# Northallerton on Monday, 7 July 2025, ..." / "Councillors Peter Wilkinson in the Chair (North Yorkshire Council); Danny
# Myers ((Vice Chair) City of York Council), ..." (North Yorkshire PFCP), "Minutes of a Meeting of the Council held at
# the Village Hall on ..." / "Councillors D Risk (Chairman) (DR), P Summers (PS), ..." (Brandeston PC)
_PLURAL_OPENS = re.compile(r"^(?:(?:County|District|Borough|Town|Parish)\s+)?(?:Councillors|Cllrs\.?)\s+(?=[A-Z])")
_MINUTES_OF_LINE = re.compile(r"^(?:(?:draft|unconfirmed)\s+)?minutes\s+of\b", re.I)


def _unlabelled_present(ents: list[_E], known: set) -> list:
    """The list of councillors right under the minutes' title, unlabelled: those present."""
    if not ents or ents[0].cells is not None or not _MINUTES_OF_LINE.match(ents[0].text):
        return []
    for e in ents[1:3]:
        if e.cells is not None or any(r.match(e.text) for r, _ in labels_for(e.text)):
            break
        if _PLURAL_OPENS.match(e.text) and len(e.text) <= 1200 and not _is_prose(e.text):
            people = _people("present", e.text, "", known)
            return [("present", people)] if len(people) >= 2 else []
    return []


def _presiding_in_minutes(ents: list[_E], known: set) -> list[_Person]:
    """The member a line of its own says presided (status present, role chairman)."""
    out: list[_Person] = []
    for e in ents:
        if e.cells is not None or len(e.text) > 90 or "chair" not in e.text.lower():
            continue
        m = _PRESIDING.fullmatch(e.text.strip())
        if not m or m.group("who").split()[0].lower() in ("the", "a", "an", "mayor"):
            continue
        for p in _parse_list(m.group("who"), known)[:1]:
            p.role = "chairman"
            out.append(p)
    return out


def _from_labels(ents: list[_E], seg: _Seg, known: set) -> list:
    """Lists after the labels "Present:", "Also present:", "Apologies:", "Membership:" ..."""
    out = []
    present_at = -1
    for k, e in enumerate(ents):
        if e.cells is not None:
            continue
        if seg.kind == "minutes" and _PLURAL_TITLE_LIST.match(e.text) and _after_present(ents, k, present_at):
            # "Councillors: ..." under the "Present" label or the chair's lines: those present
            txt = _COUNT_AFTER.sub("", e.text)  # ("... S. Venton    Parishioners: 2": the count of others)
            people = _chair_lines(ents, k) + _people("present", txt, None, known)
            out.append(("present", people))
            continue
        for rx, status in labels_for(e.text):
            m = rx.match(e.text)
            if not m:
                continue
            if status == "present":
                present_at = k
            elif status == "member" and seg.kind == "minutes" and present_at >= 0 and _after_present(ents, k, present_at):
                status = "present"  # "Present" / "Members: Cllr P Batty (Chairman), ...": the members present
            chair = status == "chair"
            if chair:
                status = "present"
            status, note = _independent(status, seg)
            if status in ("apologies", "present", "also_present") and seg.kind != "minutes":
                break
            g = m.groupdict()
            rest = (g.get("rest") or g.get("rest2") or g.get("rest3") or g.get("rest4") or "").strip()
            lines = _list_lines(ents, k, rest)
            if status == "apologies" and any(_PRESIDING.fullmatch(t.strip()) for t in lines):
                # the member presiding, printed under the apologies heading, sent none ("89 Apologies for
                # absence" / "Councillor Peter Wilkinson in the Chair": North Yorkshire PFCP)
                lines = [t for t in lines if not _PRESIDING.fullmatch(t.strip())]
            txt = _PUBLIC_COUNT.sub("", "\n".join(lines))
            if txt:
                people = _people(status, txt, note, known)
                if chair:
                    people = people[:1]
                    for p in people:
                        p.role = "chairman"
                if g.get("org"):  # "Present from the Office of the PCC:": its officers
                    for p in people:
                        p.org = p.org or re.sub(r"^the\s+", "", g["org"], flags=re.I)
                        p.role = "officer" if p.role in (None, "other") else p.role
                out.append((status, people))
            break
    return out


_MINUTE_ON_TITLE_LINE = re.compile(r"^[^:]{2,80}:\s*\S")


def _apologies_in_minutes(ents: list[_E], seg: _Seg, items, known: set) -> list[_Person]:
    """Apologies in the minutes: "Apologies for absence were received from ...", anywhere, and
    the bullets / lines of names under an "Apologies" item."""
    names: list[_Person] = []
    apol_items = []
    texts = {e.idx: e.text for e in ents} if items else {}
    for n_i, it in enumerate(items):
        if re.search(r"\bapolog", it[2], re.I) and not _MINUTE_ON_TITLE_LINE.search(texts.get(it[0], "")):
            # (an item whose minute follows its title on its line, "82/23 Apologies: Cllr. A Edwards sent his
            # apologies.", has no list under it)
            apol_items.append((it[0], items[n_i + 1][0] if n_i + 1 < len(items) else seg.end))
    for k, e in enumerate(ents):
        if e.cells is not None:
            continue
        in_item = any(a < e.idx < b for a, b in apol_items)
        if in_item and (e.kind == BULLET or _only_names(e.text)):
            names.extend(_parse_list(e.text, known))
            continue
        if "apolog" not in e.text.lower():
            continue  # both patterns below need it (no letter of it folds to another under IGNORECASE)
        for by in _APOLOGY_BY.finditer(e.text):
            names.extend(_parse_list(by.group("who"), known))
        ap = _APOLOGISED.match(e.text)
        if ap:
            names.extend(_parse_list(ap.group("who"), known))
        names.extend(_apologies_sentences(e.text, ents, k, in_item, known))
    return names


def _apologies_sentences(text: str, ents: list[_E], k: int, in_item: bool, known: set) -> list[_Person]:
    """The people of each apologies sentence in entry ``k``'s ``text`` (a second after the first: "Apologies for
    absence were received from Councillors A and B.  Apologies for absence were also received from Councillor C,
    who ...": Southwark; "... Council). Apologies were also received from Carys Morgans (Chief of Staff, OPCC).":
    Dyfed-Powys PCP)."""
    names: list[_Person] = []
    m = _APOLOGIES_SENT.search(text)
    while m:
        rest = (m.group("rest") or m.group("rest2") or m.group("rest3") or "")
        if not rest.strip() and text.rstrip().endswith(":"):
            # "... were received from:" / one per line (bullets under an apologies item are read as its lines)
            rest = "; ".join(_titled_lines_after(ents, k, bullets=not in_item))
        rest = re.sub(r"(?<=[a-z])\((?=[A-Z])", " (", rest)  # "Rob Large(RL)"
        m = None
        if rest.strip():
            rest, *after = _SENTENCE_STOP.split(rest, 1)
            if after and "apolog" in after[0].lower():
                text = after[0]
                m = _APOLOGIES_SENT.search(text)
            for part in rest.split("; "):
                # "Councillor Jon Collins, for whom Councillor Malcolm Wood was substitute" (Nottingham)
                # ... "X (Org) (Councillor John Tanner substituting), Y": the substitute attended (Thames Valley)
                part = re.sub(r"\s*\([^()]*\bsubstituting\)", "", part, flags=re.I)
                # "... from Mrs Sarah Butikofer and Mr Mike Smith-Clare, substituted by Mr Timothy Adams and
                # Miss Jade Martin respectively" (Norfolk PCP): the substitutes attended
                part = re.split(r"\s*\((?:substitute|sub)\b|\s+(?:who\s+was|with|;)\s|,?\s+for\s+whom\b|"
                                r",?\s+(?:substituted|replaced|represented)\s+by\b", part, flags=re.I)[0]
                names.extend(_parse_list(re.sub(r"[.;]$", "", part), known))
    return names


# the end of the apologies sentence: a full stop after a word or bracket, never an abbreviated title's ("from
# Cllr. P. McDonald": Bromsgrove DC, "Cllr. Buckenham": North Thoresby)
# (the titles names._HON writes with a full stop: "Insp. Jones", "Supt. Smith", "Capt. Brown" too)
_ABBREVIATED_TITLES = ("Cllr", "Cllrs", "Mr", "Mrs", "Ms", "Mx", "Dr", "Rev", "Prof", "Col", "Capt", "Lt", "Supt",
                       "Insp")
_SENTENCE_STOP = re.compile(r"(?<=[a-z)])" + "".join(rf"(?<!\b{t})" for t in _ABBREVIATED_TITLES)
                            + r"\.\s+(?=[A-Z])")


def _titled_lines_after(ents: list[_E], k: int, bullets: bool = True) -> list[str]:
    """The lines after entry ``k`` that open with a titled name (an apologies list, one a line, or one a
    bullet: "Apologies were received from:" / "• Councillor Andrew Joy, Hampshire County Council" (Hampshire PCP;
    Wiltshire PCP's under its numbered apologies item), a bullet read to its first sentence's end: "• Councillor
    Ken Carter, East Hampshire District Council. Councillor Alan Waterhouse was in attendance as his deputy")."""
    out = []
    for f in ents[k + 1:k + 16]:
        text = _SENTENCE_STOP.split(f.text, 1)[0] if f.kind == BULLET else f.text
        if f.cells is not None or (f.kind == BULLET and not bullets) or not _HON_SEQ.match(text) or len(text) > 200:
            break
        out.append(text.rstrip(" ;."))
    return out


# the tokens of a list of names: a capitalised word, a bracket, a separator
_NAMES_TOKEN = re.compile(r"\s*(?:(?P<w>[A-Z][\w'’-]*\.?)|(?P<b>\([^()]*\))|(?P<s>,|and|&|;))")
_NAMES_END = re.compile(r"\s*\.?")


def _only_names(text: str) -> bool:
    """A line that is nothing but titled names ("Cllr Paul Rochford", "Cllr A Smith and Cllr B Jones"):
    after the titles, words each followed by at most one bracket, then at most one separator.  (Read
    token by token: the one pattern of the same groups, words W, a bracket B and a separator S
    repeated as "(W(W){0,3}B?S?)+", backtracked exponentially on a long line that is no list; the tokens accept the same lines:
    tests/test_meeting_excerpts6.py.)"""
    if not (_HON_SEQ.search(text) and len(text) <= 200):
        return False
    rest = _HON_SEQ.sub("", text)
    pos, prev = 0, ""
    while True:
        m = _NAMES_TOKEN.match(rest, pos)
        if m is None:
            break
        kind = m.lastgroup
        if (kind == "b" and prev != "w") or (kind == "s" and prev not in ("w", "b")):
            break
        prev, pos = kind, m.end()
    return prev != "" and _NAMES_END.fullmatch(rest, pos) is not None
