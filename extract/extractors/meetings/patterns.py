"""Patterns shared by several passes: agenda item lines, page ranges, attendance labels,
proposals and resolutions."""
from __future__ import annotations

import re

from ...normalise import WEEKDAY_NAME
from ...normalise.labels import MEETING_PARAGRAPH
from ...loaders.common import first_chars
from ...vocab import vocabulary

from .names import _HON, _HON_SEQ
from .text import _WS

# the verbs by which an agenda takes an earlier meeting's minutes (words.toml minutes_verbs), an alternation
MINUTES_VERB = "|".join(vocabulary().words("minutes_verbs"))

# --------------------------------------------------------------------------
# items, decisions, future meetings
# --------------------------------------------------------------------------

_MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
           r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b")
# an item line: "6. Title", "Item 5 Title", "39/20 Title", "01.26.03 Title", "5a Title"; never a
# date ("13 November 2018 ...") taken for a number and a title
_ITEM = re.compile(
    r"^(?:(?:[Aa]genda\s+)?[Ii]tem\s+(?:no\.?\s*)?|[Mm]inute\s+(?:no\.?\s*)?)?"
    r"(?P<num>(?:[A-Z]{2,6}[ /]?|[A-Z] )?\d{2,4}/(?P<n2>\d{1,3})|\d{2}\.\d{2}\.(?P<n3>\d{2})"
    # a minute numbered by its year and place: "21.44 ELECTION OF CHAIR OF THE COUNCIL" (Melton PC), "2307.01
    # Present" (a parish's July 2023 minutes)
    r"|\d{2,4}\.(?P<n4>\d{2})(?=\s+[A-Z])"
    r"|(?P<n>\d{1,3})(?P<sfx>[a-z](?![a-z]))?)(?:\.|\)|:)?\s+"
    # (a CMIS page's link before the title: "3 pdf Minutes (233Kb)" (Norwich), "6 pdf Police Performance (116Kb)" (Moray))
    # (a title may open with the year it is of: "5. 2024-2025 POLICE PRECEPT" (Dyfed-Powys PCP), "7. 2019/20 Outturn")
    rf"(?!(?i:{_MONTHS})\W*(?:\d|$))(?:pdf\s+(?=[A-Z]))?(?P<title>(?:[A-Z'\"‘“]|\d{{2}}/\d{{3,6}}\s*[-–]\s*[A-Z]"
    r"|(?:19|20)\d{2}\s*[-–/]\s*(?:19|20)?\d{2}\s+(?=[A-Z][A-Za-z]))"
    r".{1,400})$")
# a UK postcode ("LA14 2LD", "B1 1BB", "SW1H 0NY")
POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
# a street address opening with its house number and ending at its postcode ("10 Dean Farrar Street, London
# SW1H 0NY" under a dated title: Metropolitan Police Authority; "103 Dee Road, Tilehurst, Reading, Berkshire, RG30
# 4FS": Royal Berkshire Fire Authority; "70 Redcliff Street, Bristol BS1 6AL": West of England CA): a venue or an
# office's address, never an agenda item numbered 10, 103 or 70
ADDRESS_LINE = re.compile(r"^\d{1,4}[A-Za-z]?\s+[A-Z][^,]{2,60},.{0,100}?" + POSTCODE.pattern + r"\.?$")
# a number printed alone on its line, its title on the next ("1." / "Apologies"; a ModernGov web
# page's number cell "39/20" / "Apologies for Absence")
_BARE_NO = re.compile(r"^(?:(?:agenda\s+)?item\s+)?(?P<num>\d{2,4}/\d{1,3}|(?P<n>\d{1,3}))[.):]?$", re.I)
# a page range on its own line, with or without brackets ("7 - 24", "(Pages 19 - 24)")
_PAGE_LINE = re.compile(r"^\(?\s*(?:pages?\s+)?(?P<a>\d{1,4})\s*[-–]\s*(?P<b>\d{1,4})\s*\)?$", re.I)
# the purpose after an agenda item's title: "... (Pages 1 - 8) To approve ...", "The Panel is asked
# to ...", or after a dash in lower case: "DECLARATIONS OF INTEREST - to note any ...", "Public
# Participation - to receive submissions ..." (parish agendas)
_PURPOSE_START = re.compile(
    r"\s+(?:[-–]\s+(?=to\s+(?:receive|consider|note|approve|agree|review|confirm|elect|appoint|discuss|"
    r"scrutinise|hear|answer|report|comment|make|endorse|determine|deal|raise|question|allow|suggest)\b)|"
    r"(?=(?:To|The\s+(?:Panel|Committee)\s+(?:is|are)\s+(?:asked|invited)\s+to)\s+"
    r"(?:receive|consider|note|approve|agree|review|confirm|elect|appoint|discuss|scrutinise|hear|"
    r"answer|report|comment|make|endorse|determine|deal|raise|question)\b))")
_PAGES = re.compile(r"\(\s*pages?\s+(?P<a>\d+)(?:\s*[-–]\s*(?P<b>\d+))?\s*\)", re.I)
#: a minute's number and the space after it ("Cou/285/07-08 ", "C048/23 ", "C 10/034 ")
MINUTE_NUMBER = r"(?:[A-Z][A-Za-z]{0,5}[\s/]?)?\d{1,4}/\d{2,4}(?:-\d{2})?\s+"
_LABELS = [
    # "Also present:", "Non-Members also present:-" (Highland)
    (re.compile(r"^(?:non-members\s+)?also\s+(?:present|in\s+attendance|attended|attending)\s*:?-?\s*(?P<rest>.*)$", re.I),
     "also_present"),
    # "Present from the Office of the PCC (OPCC): A (Chief Executive), B", "In attendance from the OPCC:":
    # officers of the body named, never members
    (re.compile(r"^(?:present|in\s+attendance|attending)\s+from\s+(?:the\s+)?(?P<org>[A-Z][^:]{1,80}?)\s*:-?\s*(?P<rest>.*)$",
                re.I), "also_present"),
    # "Officers in attendance:", "Officials in attendance:" (Highland)
    # ("Council Employees Present: RFO Clive Baker, Clerk Linda Evans": Blaengwrach CC)
    (re.compile(r"^(?:in\s+attendance|(?:officers|officials)(?:\s+(?:present|in\s+attendance|attending))?|"
                r"(?:council\s+)?(?:employees|staff)\s+present)\s*:-?\s*(?P<rest>.*)$"
                r"|^(?:in\s+attendance|(?:officers|officials)\s+(?:present|in\s+attendance|attending))$", re.I),
     "also_present"),
    (re.compile(r"^(?:(?:independent\s+)?co-opted\s+(?:independent\s+)?members?|independent\s+members?)"
                r"(?:\s+present)?\s*:\s*(?P<rest>.*)$", re.I), "independent"),
    # "Present:", "PRESENT (Six Councillors):-", "Those attending:", "Attendance:"
    # ("Present Members:": Groby)
    # ("1. PRESENT: Parish Councillors: ...": Pickhill and Sinderby PC, the item's number before the label)
    (re.compile(r"^(?:\d{1,2}[.)]\s+)?(?:(?:panel\s+)?members\s+|councillors\s+)?present(?:\s+members)?(?:\s*\([^()]{1,40}\))?\s*:-?\s*(?P<rest>.*)$"
                rf"|^(?:{MINUTE_NUMBER}|\d{{1,3}}[.)]?\s+|\d{{2,4}}\.\d{{2}}\s+)?(?:(?:members|councillors)\s+)?present$"  # ("- MEMBERS PRESENT" over
                # the list: Cruwys Morchard; "Cou/285/07-08 Present" over "Members: Cllr P Batty ...": Groby PC; "1
                # Present" over "Councillors, Mr Tim Owen (Chair), ...": Bodorgan CC)
                r"|^(?:those\s+(?:attending|present)|attendance|attendees)\s*:-?\s*(?P<rest3>.*)$"
                # ("Attendance Details" over "Members:" / "Apologies:": Dumfries and Galloway's minutes; over the
                # names themselves: Tonbridge and Malling's ModernGov minutes)
                r"|^attendance\s+details$"
                # ("Present The Mayor, Cllr. D. Hobson (DH) (in the chair).": Louth TC, the label's colon a gap)
                # ("37.PRESENT Councillors: P Blackwell, ...": Cefn CC, the minute's number run on)
                r"|^(?:\d{1,3}[.)]\s*)?present\s+(?P<rest4>(?:the\s+(?:mayor|chair(?:man|woman)?)|cllrs?|councillors?)\b.*)$", re.I),
     "present"),
    # "In the Chair: Commissioner Julia Mulligan (JM)" (North Yorkshire PFCC): the chair, present
    (re.compile(r"^in\s+the\s+chair\s*:-?\s*(?P<rest>[A-Z].*)$", re.I), "chair"),
    # "Chair: Cllr Wardle (SW)" over "Present: Councillors: ..." (Asterby and Goulceby PC), "Chair: Councillor P
    # Vaughan" (Cefn CC): the one titled name after it chaired (minutes only, as every list of those present)
    (re.compile(rf"^chair(?:man|person|woman)?\s*:-?\s*(?P<rest>{_HON}\s+[A-Z][^:;]{{0,60}})$", re.I), "chair"),
    # ("Apologies:", "APOLOGIES FOR ABSENCE" alone over a list of names; a sentence under it ends the list; a
    # minute's number before it: "C048/23 1. APOLOGIES FOR ABSENCE." (Choppington PC), "Cou/286/07-08 Apologies
    # for Absence" (Groby PC))
    (re.compile(rf"^(?:\d{{1,2}}[.)]\s+|{MINUTE_NUMBER})?apologies(?:\s+for\s+absence)?\s*:\s*(?P<rest>.*)$|^apologies(?:\s+for\s+absence)?:?$"
                rf"|^{MINUTE_NUMBER}(?:\d{{1,3}}\.\s+)?apologies(?:\s+for\s+absence)?[:.]?$"
                # ("3) Apologies" over "T.Martin, M.Norton,A.Stanley": Bourton-on-the-Hill PC)
                r"|^\d{1,2}[.)]\s+apologies(?:\s+for\s+absence)?[:.]?$", re.I),
     "apologies"),
    (re.compile(r"^membership\s*:?\s*(?P<rest>.*)$|^members\s*:\s*(?P<rest2>.*)$", re.I), "member"),
    (re.compile(r"^substitutes?\s*:?\s*(?P<rest>.*)$", re.I), "substitute"),
]
#: the lower-cased ASCII characters a match of each _LABELS pattern may open with (None: any)
_LABEL_FIRSTS = tuple(first_chars(rx.pattern, rx.flags) for rx, _ in _LABELS)
_LABELS_BY_FIRST: dict[str, tuple] = {}


def labels_for(text: str) -> tuple:
    """The (pattern, status) pairs of _LABELS, in order, whose ``match`` may succeed on ``text``: every
    other gives None there.  A line is tried against every label pattern: only those whose first
    characters (``loaders.common.first_chars``: exact for a text opening with an ASCII character) hold
    its first character are (all of them for an empty text or one opening beyond ASCII)."""
    c = text[:1]
    if not c or not c.isascii():
        return _LABELS_ALL
    got = _LABELS_BY_FIRST.get(c)
    if got is None:
        low = c.lower()
        got = _LABELS_BY_FIRST[c] = tuple(p for p, f in zip(_LABELS, _LABEL_FIRSTS) if f is None or low in f)
    return got


_LABELS_ALL = tuple(_LABELS)
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
    r"^(?:proposed|moved)(?:\s+by)?\s*[.:]?\s*(?P<p>(?!,).+?)(?:[,;.]?\s*(?:and\s+)?seconded(?:\s+by)?\s*[.:]?\s*(?P<s>.+?))?\.?$",
    re.I)
_SECONDED_LINE = re.compile(r"^seconded(?:\s+by)?\s*[.:]?\s*(?P<s>.+?)\.?$", re.I)
_TITLED = rf"{_HON}(?:\s+{_HON})*\s+(?:[A-Z]\.?\s+|[A-Z][\w'’-]+\s+){{0,3}}[A-Z][\w'’-]+"
# "Cllr McCarthy proposed acceptance of the minutes seconded by Cllr Mrs Leamon", "Cllr Leamon proposed
# approval; Cllr Stocking seconded", "Mr Oakford proposed, and Mr Gough seconded the motion that:"
_PROPOSER_FIRST = re.compile(
    rf"(?P<p>{_TITLED})\s+(?:proposed|moved)\b(?!\s+by\b)(?P<what>[^;]*?)[,;.]?\s*(?:and\s+)?"
    rf"(?:(?:was\s+|were\s+)?seconded\s+by\s+(?P<s>{_TITLED})|(?P<s2>{_TITLED})\s+seconded\b)")
# "It was moved by Councillor Swindlehurst," / "Seconded by Councillor Mann," / the motion under them (Slough BC; the
# form named in the task): on lines of their own, or joined by the text loader into one paragraph with the motion
_MOVED_ALONE = re.compile(rf"^(?i:it\s+was\s+(?:moved|proposed)\s+by)\s+(?P<p>{_TITLED})\s*,?\s*"
                          rf"(?:$|(?i:seconded\s+by)\s+(?P<s>{_TITLED})\s*(?:,|$))")
# "X was proposed by Cllr A and seconded by Cllr B" ("was nominated by": decisions._NOMINATION); "There was
# only one nomination, Miss Helen Fearon proposed by Mr Kevin Hamilton and seconded by Mr Roger Bingham."
# (Cumbria PCP): the name before "proposed by" is the nominee, never the proposer (_PROPOSER_FIRST)
_PROPOSED_BY = re.compile(
    rf"\b(?:(?:was|were|being)\s+(?:proposed|nominated)\b[^.;]{{0,60}}?\bby|(?:proposed|nominated)\s+by|(?i:it\s+was\s+moved\s+by))\s+(?P<p>{_TITLED})[,;]?\s*(?:and\s+)?seconded\s+by\s+"
    rf"(?P<s>{_TITLED})")
# the leading titled name of a proposer / seconder text ("Cllr Gail Reeve,4 agreed and 4 abstained")
_LEAD_NAME = re.compile(rf"^(?:the\s+)?(?P<n>{_TITLED})(?=$|[\s,;.()\d])")
# ("PROPOSED, SECONDED and RESOLVED to elect Cllr. S.Mitchell as Chair of the Town Council.": Wainfleet All Saints
# TC, nobody named -- never a proposer ",")
_RESOLVED_LABEL = re.compile(
    r"^(?:proposed,?\s+seconded,?\s+and\s+)?(?:unanimously\s+)?(?:decision(?:\s+made)?|resolved|resolution|it\s+was\s+(?:resolved|agreed)|"
    r"(?:the\s+(?:panel|committee)|(?:the\s+)?(?-i:Cabinet|Council|Board))\s+resolved(?:\s+to(?=\s*:))?|"
    r"(?-i:AGREED)|(?-i:RESOLVED))\s*(?:\((?:unanimously|by\s+(?:a\s+)?majority|nem\.?\s*con\.?)\)\s*)?"
    r"[:\-–,]?\s*(?P<rest>.*)$", re.I)
_PARA_NO = re.compile(rf"^(?:{MEETING_PARAGRAPH})\s+(?=[A-Z(])")
_FUTURE_ITEM = re.compile(r"\b(?:future|next)\s+meeting|dates?\s+of\s+(?:future|next)|meeting\s+dates\b", re.I)


_HON_RUN = re.compile(rf"^{_HON}(?:\s+{_HON})*\s+")   # one or more honorifics at the start


def _strip_hon(s: str) -> tuple[str, str]:
    s = s.strip(" ,.")
    m = _HON_SEQ.match(s)
    if m:
        return _WS.sub(" ", m.group(0)), s[m.end():].strip(" ,.")
    m = _HON_RUN.match(s)
    if m:
        return m.group(0).strip(), s[m.end():].strip(" ,.")
    return "", s


_DATED_LINE = re.compile(rf"^(?:{WEEKDAY_NAME}\b|\d{{1,2}}(?:st|nd|rd|th)?\s+[A-Z]|"
                         r"\d{1,2}[/.]\d{1,2}[/.]\d{2,4})", re.I)
_BODY_LINE = re.compile(
    r"^(?:the\s+)?[A-Z][\w,&'’ -]{2,90}?\b(?:panel|committee|board|sub-committee)$", re.I)
