"""The ``documents`` row: what kind of document this is, its title, organisation
and reporting period, read from its first blocks.

Rules (first ~40 blocks, case-insensitive):
- doc_type: "minutes of" + an agenda ("AGENDA" heading or "Agenda Item"+items) -> agenda_pack;
  "highlight report" -> highlight_report; "newsletter" -> newsletter;
  "performance report"/"performance dashboard"/"quarter ... performance" -> performance_report;
  "minutes of" alone -> minutes; "agenda" alone -> agenda_pack; else unknown.
- title: the first heading, else the first short line, with markup already stripped.
- organisation: "Office of the Police and Crime Commissioner for X", "X Police and Crime Panel",
  "Police and Crime Commissioner for X" as printed.
- period: the first short line among the first blocks that parses as a period of two months or more
  (e.g. "October – December 2023", "Quarter Two 2019-20 (1 July to 30 September 2019)"),
  through :func:`extract.normalise.parse_period`; empty when none is found (never guessed).
"""
from __future__ import annotations

import re
from typing import Optional

from ..model import HEADING, PARAGRAPH, Document
from ..normalise import parse_period
from ..records import DocumentRecord
from .meetings.headers import ISSUE_MEETING   # (a ModernGov issue page's meeting line: the title is above it)
from .meetings.patterns import MINUTES_VERB

HEAD_BLOCKS = 40


def _head_text(doc: Document, n: int = HEAD_BLOCKS) -> list[str]:
    out = []
    for b in doc.blocks[:n]:
        if b.kind == "table":
            continue
        out.append(b.text)
    return out


TITLE_ZONE = 12  # blocks at the top of a document that name what it is

_T_AGENDA = re.compile(r"^\s*(?:\w[\w&' ]*?\s)?agenda\b(?!\s*item)|\bagenda\s*(?:pack|and\s+reports?)\b|"
                       r"notice (?:is hereby given )?of (?:a )?meeting|notice is hereby given that a meeting|^\s*summons\b|"
                       r"\b(?:are|is)\s+hereby\s+summoned\b", re.I | re.M)
# (a councillor's statutory summons: "You are hereby summoned to attend a meeting of ...", "Members of the
# Council are hereby summoned ...": the agenda's opening, at parish and town councils alike)
_T_MINUTES = re.compile(r"^\s*(\w[\w&', ]*?\s)?minutes\b(?!\s*and\s*matters)", re.I | re.M)
# an agenda's item naming the minutes it will take ("03 Minutes", "To confirm the minutes of the meeting
# held on ...", "Members are asked to agree the minutes, attached"): the words before "minutes" open an
# item (its number) or ask for them (a verb), never a minutes document's title
# ("read" only here: in _TAKES_MINUTES it would take a minutes' own "The Clerk read the minutes of the last meeting")
_MINUTES_ITEM = re.compile(rf"^\d{{1,3}}[.)]?\s|\b(?:{MINUTES_VERB}|read)\b|"
                           r"\d\s*$|\bpdf\s+icon\b", re.I)   # (and a duration: "maximum of 15 minutes", "last 90 minutes")
# (a ModernGov or CMIS page's link to an item's paper, "PDF icon 5 - Fire Authority Annual Meeting Minutes 20 June
# 2018", names the minutes the agenda takes)
_T_HIGHLIGHT = re.compile(r"highlight report", re.I)
_T_NEWSLETTER = re.compile(r"newsletter|news\s*letter|bulletin", re.I)
_T_PERFORMANCE = re.compile(r"performance (?:report|dashboard|update|summary|information|monitoring)|"
                            r"^\s*quarter \w+ (?:19|20)\d\d|\bq[1-4] (?:19|20)\d\d.*performance", re.I | re.M)


# a part of every match of each _T_ pattern, in letters IGNORECASE folds only to their ASCII capitals
# (not i, k or s): a pattern runs only where the lower-cased text holds one (see doc_type_of)
_T_NEEDS = {"agenda_pack": ("agenda", "not", "umm"), "minutes": ("nute",), "highlight_report": ("ghl",),
            "newsletter": ("letter", "bull"), "performance_report": ("perf", "quarter")}


def doc_type_of(doc: Document) -> str:
    """What the document is, from its title zone first (the first blocks), then
    from the whole text.  An "Agenda Item 7" stamp on a report is not an agenda."""
    zone = "\n".join(_head_text(doc, TITLE_ZONE))
    zone_low = zone.lower()
    # the kind named first in the title zone wins (the title comes before the items)
    found = []
    for kind, rx in (("agenda_pack", _T_AGENDA), ("minutes", _T_MINUTES), ("highlight_report", _T_HIGHLIGHT),
                     ("newsletter", _T_NEWSLETTER), ("performance_report", _T_PERFORMANCE)):
        m = _first(rx, zone, kind) if any(n in zone_low for n in _T_NEEDS[kind]) else None
        if m:
            found.append((m.start(), kind))
    if found:
        return min(found)[1]
    # nothing in the title zone: look wider (each pattern only where _T_NEEDS says it can match)
    head = "\n".join(_head_text(doc, 60))
    low = head.lower()
    has_agenda = "agenda" in low and bool(re.search(r"^\s*agenda\s*$", head, re.I | re.M))
    if has_agenda:
        return "agenda_pack"
    for kind, rx in (("highlight_report", _T_HIGHLIGHT), ("newsletter", _T_NEWSLETTER),
                     ("performance_report", _T_PERFORMANCE)):
        if any(n in low for n in _T_NEEDS[kind]) and _first(rx, head, kind):
            return kind
    if "inutes:" in head and _MINUTE_LABEL.search(head):
        return "minutes"  # a web page's item minutes under its label
    if _PRESENT.match(zone):
        return "minutes"  # (the attendance opening the text opens minutes: "Present: Mr Clarke (Chairman), ...")
    if _may_say_minutes_of(doc.text) and _minutes_inside(doc.text.lower()):
        return "minutes"  # minutes inside
    return "unknown"


# the kinds a report's title names ("Quarterly Performance Report", "Newsletter"): named in lower case
# inside a long paragraph ("... published in table 2 of Home Office statistical bulletin 14/92, a copy of
# which ...", "... use appropriate performance information to enable ...") they name another paper (a
# title run into a web page's long first line keeps its capitals: "... 4 February 2021 Quarterly
# Performance Report Office of the ...")
_TITLE_KINDS = ("highlight_report", "newsletter", "performance_report")
_TITLE_LINE = 150


# a ModernGov item's minute under its label, alone on its line ("Minutes:" / "Apologies were received
# from ..."): an issue or meeting page saved as text (Cambridgeshire and Peterborough CA, Cheshire,
# Dorset, Durham, Hampshire panels)
_MINUTE_LABEL = re.compile(r"(?:^|\s)Minutes:(?:\s|$)", re.M)


def _line_at(text: str, i: int) -> int:
    """The length of the line of ``text`` holding position ``i``."""
    end = text.find("\n", i)
    return (len(text) if end < 0 else end) - (text.rfind("\n", 0, i) + 1)


def _first(rx, zone: str, kind: str):
    """The first match of ``rx`` in ``zone`` naming the document's kind (for minutes, not an agenda item
    naming the minutes it takes: :data:`_MINUTES_ITEM`)."""
    if kind in _TITLE_KINDS:
        return next((m for m in rx.finditer(zone) if _line_at(zone, m.start()) <= _TITLE_LINE
                     or m.group()[:1].isupper()), None)
    if kind != "minutes":
        return rx.search(zone)
    return next((m for m in rx.finditer(zone) if not (m.group(1) and _MINUTES_ITEM.search(m.group(1)))), None)


_PRESENT = re.compile(r"\s*present\s*:", re.I)
_MINUTES_INSIDE = re.compile(r"minutes of (?:the|a)\b.{0,80}\b(?:meeting|panel|committee)")
# an agenda's item asking to take minutes ("Members are asked to receive and note the minutes of the Audit
# Committee meetings", "To confirm the minutes of the meeting held on ..."): no minutes of its own
_TAKES_MINUTES = re.compile(rf"\b(?:{MINUTES_VERB})\b[^.\n]{{0,30}}$")


def _minutes_inside(low: str) -> bool:
    """``low`` (a lower-cased text) names the meeting it minutes, not minutes an agenda item takes."""
    return any(not _TAKES_MINUTES.search(low, max(0, m.start() - 60), m.start()) for m in _MINUTES_INSIDE.finditer(low))


def _may_say_minutes_of(text: str) -> bool:
    """False when ``text.lower()`` has no "minutes of": only the ASCII cases of its letters lower-case
    to them without adding a character (İ gives "i̇"), so it is in the UTF-8 bytes with their ASCII
    letters lower-cased (much faster than lower-casing a long non-ASCII text)."""
    return b"minutes of" in text.encode("utf-8", "surrogatepass").lower()


_ORG = [
    re.compile(r"Office of the Police and Crime Commissioner for [A-Z][\w&' ]+?(?=\s*(?:$|\n|\*|\.|,))", re.M),
    re.compile(r"\b(?:[A-Z][\w&']+ (?:and )?)+Police and Crime Panel\b"),
    re.compile(r"Police and Crime Commissioner for [A-Z][\w&' ]+?(?=\s*(?:$|\n|\*|\.|,))", re.M),
]


# words every match of each _ORG pattern holds as printed (the second pattern opens with a word
# boundary, which the engine tries at every position)
_ORG_NEEDS = ("Office of the Police and Crime Commissioner for ", "Police and Crime Panel",
              "Police and Crime Commissioner for ")


# a body named before a panel it reports or writes to is not the panel's publisher: "Precept Proposal
# ... to the North Yorkshire Police and Crime Panel", "his proposals ... to the Humberside Police and
# Crime Panel", "approved by the X Police and Crime Panel"
# a body's name or a paper's title where a panel's place goes names another thing ("attended the Local
# Government Association Police and Crime Panel Conference", "Police and Crime Plan Delivery Progress Police
# and Crime Panel ~ 4 October 2019"): a place holds no "Association", "Council", "Plan" or "Police"
_BODY_IN_PLACE = re.compile(r"\b(?:Association|Government|Council|Authority|Conference|Network|Police|Plan|Report|"
                            r"Progress|Update)\b(?=.*\bPolice and Crime Panel$)")
_ADDRESSEE = re.compile(r"\b(?:to|by|before|with|from)\s+(?:the\s+)?$", re.I)


def _in_a_sentence(head: str, end: int) -> bool:
    """The commissioner named before ``end`` is a sentence's subject or object, not a letterhead: its line goes on for
    four words or more and ends in a full stop ("Note: The Police and Crime Commissioner for Cheshire, Mr David
    Keane, has also been afforded certain rights in relation to Fire Authority business, ...": a fire
    authority's minutes; "... the Police and Crime Commissioner for Dyfed-Powys, who presented his report.").
    (A panel named in a sentence is most often the panel's own paper: "The Lincolnshire Police and Crime Panel
    considered ...".)"""
    stop = head.find("\n", end)
    rest = head[end:stop if stop >= 0 else len(head)]
    return len(rest.split()) >= 4 and rest.rstrip().endswith(".")


def organisation_of(doc: Document) -> str:
    """The publisher: a body's name as the letterhead line at the top, else a commissioner's office or
    a panel named as printed, else a police force an FOI answer names as holding the information,
    else a local council at the top of its minutes or agenda; empty when unsure."""
    named = _letterhead(doc)
    head = "\n".join(b.text for b in doc.blocks[:HEAD_BLOCKS])
    # a force's name at the top of a paper its commissioner's office names itself in is the commissioner's
    if named and not (named.endswith(("Police", "Constabulary")) and "Crime Commissioner for " in head):
        return named
    for rx, needs in zip(_ORG, _ORG_NEEDS):
        for m in (rx.finditer(head) if needs in head else ()):
            # "The West Midlands Police and Crime Panel" is West Midlands'; "The Police and Crime
            # Panel" names no one
            org = re.sub(r"^The\s+", "", m.group(0).strip())
            line_before = head[head.rfind("\n", 0, m.start()) + 1:m.start()]
            if org != "Police and Crime Panel" and not _ADDRESSEE.search(line_before) \
                    and not _BODY_IN_PLACE.search(org) \
                    and not (needs != "Police and Crime Panel" and _in_a_sentence(head, m.end())):
                return org
    return _foi_force(head) or _local_council(doc)


# a body's name alone on a line at the top, its letterhead ("KENT COUNTY COUNCIL", "Hertfordshire
# Constabulary", "Hampshire Police Authority", "CHAPEL ST LEONARDS COUNCIL"): place words, then the kind
_LETTERHEAD = re.compile(
    r"(?:the\s+|THE\s+)?((?:[A-Z][\w'’.-]*\s+|(?i:and|of|upon|on|in|the|&)\s+){1,5}?)"
    r"((?i:(?:county|borough|district|city|metropolitan borough|parish|town|community)\s+council|council|"
    r"constabulary|police|police authority|fire and rescue authority|fire authority|combined authority))")
_LETTERHEAD_KIND_WORDS = {"county", "borough", "district", "city", "parish", "town", "community", "full",
                          "metropolitan", "police", "fire", "and", "of", "the", "&", "upon", "on", "in",
                          "rescue", "combined", "authority", "council"}
_MEETING_DAY = re.compile(r"\s+[-–]\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b.*$")
LETTERHEAD_ZONE = 6   # the letterhead is among the first lines (after a web page's furniture)


def _letterhead(doc: Document) -> str:
    from ..vocab import vocabulary

    web = vocabulary().pattern("web_furniture")
    seen = 0
    for b in doc.blocks[:HEAD_BLOCKS]:
        text = b.text.strip()
        if b.kind == "table" or web.match(text):
            continue
        seen += 1
        if seen > LETTERHEAD_ZONE:
            break
        # a ModernGov meeting line names its body before the dash and the day ("Dyfed Powys Police and Crime
        # Panel - Thursday, 16th November, 2017 10.30 am"); a month after a dash is what a report is about
        # ("Cherwell District Council - January 2026" heads a councillor's report)
        text = _MEETING_DAY.sub("", text)
        m = _LETTERHEAD.fullmatch(text) if len(text) <= 80 else None
        if not m:
            continue
        place = m.group(1).split()
        # the place must be a name: "COUNTY COUNCIL", "Full Council", "Fire and Rescue Authority" name
        # no one, and a title's words ("Contact your Parish Council", "Full Parish Meeting of the Council")
        # are not a place
        if place[0].lower() in _LETTERHEAD_KIND_WORDS or any(w.lower() in _LOCAL_STOP - {"and", "of", "the", "in", "on"}
                                                               or w.lower() in ("your", "contact", "meeting") for w in place):
            continue
        if not any(w.lower() not in _LETTERHEAD_KIND_WORDS for w in place) \
                or place[-1].lower() in ("and", "of", "upon", "on", "in", "the", "&"):
            continue  # (a place ends in a name: "Assaults on Police", "Commissioner of Police" name no body)
        words = (m.group(1) + m.group(2)).split()
        if text.isupper():
            words = [w if w.lower() not in ("and", "of", "upon", "on", "in", "the") else w.lower() for w in
                     (w.capitalize() for w in words)]
        return " ".join(words)
    return ""


# an FOI answer names the force that holds the information ("Provision of information held by
# Northumbria Police made under the Freedom of Information Act", "your request for information
# received by Cumbria Constabulary")
_FOI_FORCE = re.compile(r"\b(?:information|request)\b[^.\n]{0,60}?\b(?:held|received) by "
                        r"((?:[A-Z][\w'’-]+\s+(?:and\s+)?){1,4}(?:Constabulary|Police))\b")


def _foi_force(head: str) -> str:
    if "Freedom of Information" not in head and "FREEDOM OF INFORMATION" not in head:
        return ""
    m = _FOI_FORCE.search(head)
    return m.group(1) if m else ""


# a parish, town or community council named at the top of its minutes or agenda ("MINUTES OF MOLASH
# PARISH COUNCIL MEETING", "Groby Parish Council Minutes of a Meeting ...", "Milnathort Community
# Council Minute of ..."): the place's words before it, capitalised, up to a word of the title
_LOCAL = re.compile(r"\b(?:parish|town|community)\s+council\b", re.I)
_LOCAL_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*$|and$|&$|with$")
_LOCAL_STOP = {"the", "of", "minutes", "minute", "meeting", "full", "annual", "extraordinary", "ordinary",
               "special", "draft", "agenda", "notice", "a", "an", "approved", "confirmed", "provisional",
               "for", "to", "at", "in", "on", "by", "from", "general"}


def _local_council(doc: Document) -> str:
    for b in doc.blocks[:TITLE_ZONE]:
        if b.kind == "table":
            continue
        head = b.text[:300]
        for m in _LOCAL.finditer(head):
            words = head[:m.start()].split()[-4:]
            name: list[str] = []
            for w in reversed(words):
                bare = w.lstrip("\"'“‘(")
                if bare.lower() in _LOCAL_STOP or not _LOCAL_NAME_WORD.match(bare):
                    break
                name.insert(0, bare)
                if bare != w:
                    break  # a quotation or bracket opens the name ('title: "Stoke Ferry Parish Council')
            while name and name[0].lower() in ("and", "&", "with"):
                name.pop(0)
            if name:
                kind = m.group(0).split()[0]
                words = [w if not w.isupper() or len(w) <= 1 else w.capitalize() for w in name]
                return " ".join(words + [kind.capitalize(), "Council"])
    return ""


_TITLE_WORDS = re.compile(r"highlight report|performance report|monitoring report|newsletter|"
                          r"^(?:(?:draft|provisional|approved|confirmed|unconfirmed)\s+)?minutes of|annual report|"
                          r"^meeting:|^quarter \w+ (?:19|20)\d\d|work plan|"
                          r"^[A-Z][\w,&' -]{2,80}\b(?:panel|committee|board|council|authority)\s+minutes$", re.I)
# never a title: a label's line ("Venue: ...", "Contact: ..."), a line leading into what follows
# ("The report attached the following supporting Appendices:-", "... the following points were
# raised:"); and in the first pass, an item's numbered line
_NOT_TITLE_LINE = re.compile(r"^(?:venue|contact|date|time|location|e-?mail|tel(?:ephone)?)\s*:|:-\s*$|^contact\s+(?:us|your)\b|"
                             r"\bfollowing\b[^:]*:\s*$|^\w+(?:\s\w+){0,3}\s*:\s*$|"
                             r"^\s*(?:the\s+)?[A-Z][\w()’' -]{2,80}\bAct\s+(?:19|20)\d\d\s*$|"
                             r"^\s*signed\b|^\s*the\s+meeting\s+(?:commenced|opened|started|began|closed|ended|finished)\b|"
                             r"^\s*(?:official(?:[\s-]+sensitive)?|not\s+protectively\s+marked|unclassified|restricted|protect)"
                             r"(?:\s+(?:official(?:[\s-]+sensitive)?|not\s+protectively\s+marked|unclassified|restricted|protect))*\s*$",
                             re.I)
# (a statute's name alone, the law an answer is given under, "FREEDOM OF INFORMATION (SCOTLAND) ACT 2002";
# a signature line, "Signed on" / "Signed ...... Chairman"; a minutes' record of its opening or close,
# "The meeting commenced at 7.30pm", "The meeting closed at 9.10 pm": parish minutes; a government protective marking at a page's head or foot, "OFFICIAL",
# "OFFICIAL OFFICIAL", "NOT PROTECTIVELY MARKED": Police Scotland, Lancashire PCC, a constabulary's board)
# a label alone on its line, its value on the next ("Date:" / "Wednesday, 20 May, 2020", "Location:" /
# "Virtual Meeting"): the value is no title
_WHEN_WHERE_LABEL = re.compile(r"^\s*(?:date|time|venue|location|place|category|contact)\s*:\s*$", re.I)
_NUMBERED_LINE = re.compile(r"^\d{1,3}[.)]?\s+\S")
# never a title: a report's section heading, numbered or not ("1. Introduction", "Purpose of the Report",
# "Background", "Executive Summary", "Supporting information"), a ModernGov items table's header
# ("No. | Item |", "No. Item")
_SECTION_HEADING = (r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:introduction(?:\s+and\s+background)?|background|"
                    r"(?:executive\s+)?summary(?:\s+(?:and|&)\s+recommendations?)?|purpose\s+of\s+(?:the\s+|this\s+)?report|supporting\s+information|"
                    r"recommendations?)\s*:?\s*$|^\s*no\.?\s*\|?\s*items?\s*\|?\s*$|^\s*item\s+no\.?\s+agenda\s+item\b|")
# never a title: a meeting's standard item ("Apologies for Absence", "A1Declarations of interest",
# "Disclosures of Pecuniary and Non-Pecuniary Interests", "Public Participation", "Welcome and
# Introductions", "Election of Chairman", with or without a colon) or an agenda's part
# ("PART 1 - PUBLIC", "PART 1 (open to press and public)"): Cheshire Fire, Durham CFA, Warwickshire,
# Cheshire, Lincolnshire and West Mercia panels, Tonbridge and Malling, Lancashire CFA
_MEETING_ITEM = (r"^\s*(?:[A-Z]?\d{0,3}[.)]?\s*|(?:[A-Z]{2,8}\s+)?\d{1,4}/\d{2,4}\.?\s+)?(?:apologies(?:\s+for\s+absence)?|declarations?\s+of\s+(?:\w+\s+)?interests?|"
                 r"disclosures?\s+of\s+(?:[\w-]+\s+(?:and\s+)?)*interests?(?:\s+\(if\s+any\))?|public\s+participation|"
                 r"welcome\s+and\s+introductions?|matters\s+arising\b.*|election\s+of\s+(?:vice[\s-]+)?chair(?:man|person)?|"
                 r"part\s+(?:1|2|i|ii|one|two)\b[^a-z]*(?:\(?(?:open|public|exempt|confidential|private)\b.*)?)\s*:?\s*$|")
_NOT_TITLE = re.compile(_SECTION_HEADING + _MEETING_ITEM + r"^\s*agenda item \d+\s*$|^\s*contents\s*$|"
                        r"^\s*(?:table|figure|chart|graph)\s*$|"   # (a bare label over its caption: WhatDoTheyKnow's "Table")
                        rf"^\s*(?:\d+[.)]?\s*)?(?:to\s+(?:{MINUTES_VERB})\s+)?(?:the\s+)?minutes\s+of\s+"
                        r"(?:the\s+)?(?:previous|last)\s+meeting\b", re.I)


# a Markdown file's front matter flattened into one line: 'title: "Northwold PC AGM 2016" date: "2016-08-18"'
_FRONT_MATTER_TITLE = re.compile(r'^\s*title:\s*"([^"\n]{3,200})"')


def title_of(doc: Document) -> str:
    """The document's title (:func:`_title`) without the link to its paper (words.toml paper_link);
    a front matter's title (the first block) is its quoted value."""
    from ..vocab import vocabulary

    first = doc.blocks[0] if doc.blocks else None  # front matter opens the file
    m = _FRONT_MATTER_TITLE.match(first.text) if first is not None and first.kind != "table" else None
    if m:
        return m.group(1).strip()
    title = _title(doc)
    linked = vocabulary().pattern("paper_link").sub("", title)
    if linked != title:   # a ModernGov item's line: its number before the title ("37 Quarter Two ... PDF 441 KB")
        linked = _ITEM_NO.sub("", linked)
    return _LABEL_AFTER.sub("", linked)


# an agenda item's number opening the line of its paper's link ("15 Council Plan Performance Monitoring Report
# Quarter 2 2018/19 PDF 443 KB", "11 Financial Monitoring Report PDF 62 KB": Chorley, Medway, Woking)
# (two digits at most: "101 Update" is the non-emergency number's)
_ITEM_NO = re.compile(r"^\s*\d{1,2}[a-z]?\.?\s+(?=[A-Z])")


# a ModernGov item page's label run onto its title ("Quarter 3 Performance report - ... Minutes:", "... Work
# Plan Minutes:", "... (Item 25) Additional documents:": Durham, Worcestershire panels, the LGA, Flintshire)
# and a colon ending the title ("Proposed Policing Precept 2024/2025:"): no part of it
_LABEL_AFTER = re.compile(r"(?:\s+(?:Minutes|Additional\s+documents))?\s*:\s*$")


def _title(doc: Document) -> str:
    """The first short line naming the kind of document, else the first heading (a web page's
    furniture, "Leave site", a cookie banner, a bare "Agenda item" label, is passed over)."""
    from ..vocab import vocabulary

    web, labels = vocabulary().pattern("web_furniture"), vocabulary().pattern("page_furniture")
    dateline = vocabulary().pattern("dateline")
    head = doc.blocks[:HEAD_BLOCKS]
    valued = {id(head[i + 1]) for i in range(len(head) - 1) if _WHEN_WHERE_LABEL.match(head[i].text)}
    blocks = [b for b in head
              if b.kind == "table" or not (id(b) in valued or web.match(b.text.strip()) or labels.match(b.text)
                                           or _NOT_TITLE_LINE.search(b.text) or dateline.match(b.text.strip())
                                           or _PERSON_LINE.match(b.text) or _COLUMN_STAMP.match(b.text)
                                           or _letters_apart(b.text))]
    headline = _headline(doc.blocks[:TITLE_ZONE], dateline)  # (a dateline is near the top, under its headline)
    if headline:
        return headline
    subject = _subject(doc.blocks[:TITLE_ZONE])
    if subject:
        return subject
    # the title comes before a report's first section ("1. Introduction") or a meeting's first standard item
    # ("1. Welcome and introductions"): what follows names a part, or a paper the page links to ("Minutes of
    # the Meeting Held on 18th June 2024" under an agenda's items)
    before = next((i for i, b in enumerate(blocks) if b.kind != "table" and _SECTION_RX.match(b.text)), len(blocks))
    for b in blocks[:before]:
        if b.kind == "table" and b.rows and len(b.rows[0]) >= 2 and \
                re.fullmatch(r"meeting:?", b.rows[0][0].text.strip(), re.I):
            return b.rows[0][1].text
        if b.kind != "table" and len(b.text) <= 120 and _TITLE_WORDS.search(b.text) \
                and not ISSUE_MEETING.match(b.text) and not _NOT_TITLE.match(b.text) \
                and not _NUMBERED_LINE.match(b.text) and not _an_item(blocks, b) \
                and not _WILL_LINE.search(b.text) \
                and not (_prose(b.text) and _TITLE_WORDS.search(b.text).start()):
            return _run_on(doc, b, re.sub(r"^meeting:\s*", "", b.text, flags=re.I))
    blocks = blocks[:before]
    for k, b in enumerate(blocks):
        if b.kind == PARAGRAPH and _running_text(b.text):
            break   # the text has begun: a heading under it heads a part ("Smaller values are best", "However, ...")
        if _NOT_TITLE.match(b.text) or _CELL_LINE.search(b.text) or _figures_row(b.text):
            continue
        if b.kind == HEADING and len(b.text) > 3 and not (k and _heads_a_table(blocks, k)) \
                and not _sentence_tail(doc.blocks, b):
            if _DATE_LINE.match(b.text):   # (a date alone names nothing: a front sheet's names its meeting)
                if (sheet := _front_sheet(doc, b)):
                    return sheet
                continue
            return _run_on(doc, b, b.text[:200])
    for k, b in enumerate(blocks):
        if b.kind in ("table", "bullet") or _CELL_LINE.search(b.text) or _figures_row(b.text) \
                or (k and _heads_a_table(blocks, k)) or _NOT_TITLE.match(b.text):
            continue
        if _SENTENCE_LINE.search(b.text.strip()) or _running_text(b.text):
            break  # the text has begun: a short line after its first sentence is a part of it
        if 3 < len(b.text) < 120 and not _LABELLED_LINE.match(b.text) and not _sentence_tail(doc.blocks, b):
            if _DATE_LINE.match(b.text):
                if (sheet := _front_sheet(doc, b)):
                    return sheet
                continue
            return _run_on(doc, b, b.text)
    return ""


# a cell of a pipe table saved one cell per line ("Year |", "| 2022"): never a title
_CELL_LINE = re.compile(r"\s\|\s*$|^\s*\|")
_NUMBER = re.compile(r"[-+]?[£$]?\d[\d,.:/]*%?")


def _figures_row(text: str) -> bool:
    """A table's row of figures, never a title: three numbers or more, numbers at least half its words,
    and no month (a date's numbers are no figures: "1 Jan 2017 -- 31 Dec 2017", "Tuesday, 31 December 2024")."""
    words = text.split()
    nums = sum(bool(_NUMBER.fullmatch(w)) for w in words)
    return nums >= 3 and 2 * nums >= len(words) and not any(w.lower().strip(".,") in _MONTHS for w in words)


def _heads_a_table(blocks: list, k: int) -> bool:
    """``blocks[k]`` is a table's header row, not a title: the rows under it (past a second header
    row or a units row: "May-13 to Apr-14 May-14 to Apr-15 Numeric Percentage", "£ : p") are figures,
    a line of figures (:func:`_figures_row`), or a table a third of whose
    cells are numbers ("Likelihood Rating" over "Very Likely | 5"; "Earlier Period Later Period" over
    "3,455,173 3,561,443 + 106,270 + 3.1%"). (The caller never asks of the document's first line.)"""
    for nxt in blocks[k + 1:k + 6]:
        if nxt.kind == "table":
            cells = [c.text.split() for r in nxt.rows[:4] for c in r if c.text.strip()]
            nums = sum(all(_NUMBER.fullmatch(w) for w in c) for c in cells)
            return bool(cells) and 3 * nums >= len(cells)
        if nxt.page != blocks[k].page:
            return False
        if _figures_row(nxt.text) or _CELL_LINE.search(nxt.text):   # (a pipe table's cells saved one a line)
            return True
        if len(nxt.text) > 60 or nxt.text.rstrip().endswith((".", ":")):
            return False
    return False


# a meeting's date alone on its line ("Thursday, 9th January, 2025", "Wednesday, 10 October, 2018 at 2.00 pm")
def _date_line(day_sep: str) -> re.Pattern:
    """A date (and time) alone on its line; ``day_sep``: what may stand between a day and its year."""
    return re.compile(
        r"^\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
        r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?"
        + day_sep + r")?(?:19|20)\d\d,?(?:\s+(?:at\s+)?\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?)?\s*$",
        re.I)


_DATE_ONLY = _date_line(r"\s+")
# a body's name ending its line ("Cabinet", "Police and Crime Panel", "Kent County Council")
_BODY_LINE = re.compile(r"^(?:[A-Z][\w&',() -]{0,60}\s)?(?:council|cabinet|panel|committee|board|authority|executive)\s*$",
                        re.I)


def _front_sheet(doc: Document, b) -> str:
    """A front sheet's title when ``b`` is its meeting's date: the line above leading into it ("Summons to
    and Agenda for an Extraordinary Meeting on" / "Thursday, 9th January, 2025" / "at 10.00 am") read
    with it, or the body's name above it ("Police and Crime Panel" / "Thursday, 14th December, 2023");
    "" when ``b`` is no date or nothing of that form is above it (a label "Date:", a sentence)."""
    if not _DATE_ONLY.match(b.text):
        return ""
    k = next((i for i, x in enumerate(doc.blocks) if x is b), 0)
    above = doc.blocks[k - 1] if k else None
    if above is None or above.kind not in (HEADING, PARAGRAPH) or above.page != b.page:
        return ""
    text = above.text.strip()
    if len(text) > 120 or text.endswith((".", ":")):
        return ""
    if _RUNS_ON.search(text):
        return _run_on(doc, above, text)
    return text if _BODY_LINE.match(text) else ""


#: a title line that cannot end the title ("Improving Health and", "Summons to and Agenda for a"): the
#: next line goes on
#: (lower case, and fewer words than loaders.common.STOP_WORDS: "Policing for All", "Our Plan: What More")
_RUNS_ON = re.compile(r"(?:\b(?:and|or|of|for|to|on|in|at|a|an|the|with|by|from)|[&~,–-])\s*$")   # (lower case: "Appendix A" ends no sentence part)


def _run_on(doc: Document, b, text: str) -> str:
    """``text`` (the title read from block ``b``) with the lines that continue it: a heading set over
    several lines of a cover page comes as one block per line ("Improving Health and" / "Wellbeing
    ~ Kent County" / "Council Priorities and" / "Actions DRAFT"). A next block on the same page goes
    on when this line cannot end a title (it ends in "and", "of", "for a" ...), or when both are
    headings set right under each other (a gap under half a line, overlapping across); at most four
    lines, 200 characters, never past a line ending a sentence."""
    blocks = doc.blocks
    k = next((i for i, x in enumerate(blocks) if x is b), None)
    if k is None or b.kind == "table":
        return text
    cur, out = b, text
    for nxt in blocks[k + 1:k + 4]:
        if nxt.kind not in (HEADING, PARAGRAPH) or nxt.page != cur.page or len(nxt.text) > 120 \
                or out.rstrip().endswith((".", ":", "?", "!")):
            break
        if not (_RUNS_ON.search(out) or _stacked(cur, nxt)):
            break
        joined = f"{out.rstrip()} {nxt.text.strip()}"
        if len(joined) > 200:
            break
        out, cur = joined, nxt
    return out


# a report's header naming its subject, in a table's row ("Subject:" | "Treasury Management Mid-Year Update
# 2024-25": Kent's report template) or on a line ("Subject: Subject Access Request Statistics": a PSNI FOI
# answer), the header's other labels run on after it ("... 2024-25 Classification: Unrestricted")
_SUBJECT_LABEL = re.compile(r"(?:subject|report\s+title|title\s+of\s+(?:the\s+)?report)\s*:?", re.I)
_SUBJECT_LINE = re.compile(r"(?:^|\s)(?:Subject|SUBJECT|Report [Tt]itle|Title of [Rr]eport)\s*:\s*(\S.*?)"
                           r"(?=\s+[A-Z][A-Za-z]*(?:\s+[A-Za-z]+){0,2}\s*:|\s*$)")


def _subject(blocks: list) -> str:
    """The subject a report's header names (:data:`_SUBJECT_LINE`), with the line it runs on to when the
    header wraps it ("Subject: 2024 Annual Report on the Implementation of the Armed" / "Covenant in Kent");
    "" when no header names one."""
    for k, b in enumerate(blocks):
        if b.kind == "table":
            for row in b.rows[:8]:
                cells = [c.text.strip() for c in row if c.text.strip()]
                if len(cells) >= 2 and _SUBJECT_LABEL.fullmatch(cells[0]) and len(cells[1]) <= 200:
                    return " ".join(cells[1].split())
            continue
        m = _SUBJECT_LINE.search(b.text)
        if not m or len(m.group(1)) > 200:
            continue
        out = m.group(1).strip()
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        if m.end() >= len(b.text.rstrip()) and nxt is not None and nxt.kind in (HEADING, PARAGRAPH) \
                and len(nxt.text) <= 60 and ":" not in nxt.text and not _SENTENCE_LINE.search(nxt.text.strip()):
            out = f"{out} {nxt.text.strip()}"
        return out
    return ""


def _running_text(text: str) -> bool:
    """A paragraph of running text, its sentence's end on a later line or cut ("Members of the Council are
    hereby summoned, and members of the public are invited to attend a Meeting of ... on Wednesday 13th"):
    twenty words or more, half of them or more in lower case."""
    words = text.split()
    return len(words) >= 20 and 2 * sum(w[:1].islower() for w in words) >= len(words)


def _letters_apart(text: str) -> bool:
    """A line read as letters apart, no title: word art drawn twice, offset, its two copies' letters
    interleaved ("H H E E R R T T II N NG G ...") or a letter-spaced heading ("S U M M A R Y"): six
    tokens or more, two in three of them one or two capital letters ("Q3 to Q4 of 2024 ..." is words)."""
    words = text.split()
    return len(words) >= 6 and 3 * sum(len(w) <= 2 and w.isalpha() and w.isupper() for w in words) >= 2 * len(words)


def _sentence_tail(blocks: list, b) -> bool:
    """``b`` ends a sentence the paragraph above it began ("... invited to attend a Meeting of Hertingfordbury
    Parish Council to be held ... on Wednesday 13th" / "February 2019 at 1900."): set large or bold, it is
    still the sentence's tail, no title (a title ends in no full stop after a line it continues)."""
    if not b.text.rstrip().endswith("."):
        return False
    k = next((i for i, x in enumerate(blocks) if x is b), 0)
    above = blocks[k - 1] if k else None
    return above is not None and above.kind == PARAGRAPH and above.page == b.page \
        and len(above.text.split()) >= 8 and not above.text.rstrip().endswith((".", ":", ";", "?", "!"))


def _stacked(a, b) -> bool:
    """Two heading lines set right under each other (a heading wrapped over lines)."""
    if a.kind != HEADING or b.kind != HEADING or not a.bbox or not b.bbox:
        return False
    ax0, atop, ax1, abottom = a.bbox
    bx0, btop, bx1, bbottom = b.bbox
    line = min(abottom - atop, bbottom - btop)
    return 0 <= btop - abottom <= 0.5 * line and min(ax1, bx1) > max(ax0, bx0)


def _headline(blocks: list, dateline) -> str:
    """A news page's headline: the line right above its dateline ("Police Authority commends strong
    performance achievements" / "Posted on 30th January 2012"), when it is short and no sentence."""
    k = next((i for i, b in enumerate(blocks) if b.kind != "table" and dateline.match(b.text.strip())), None)
    above = blocks[k - 1] if k else None
    if above is None or above.kind == "table":
        return ""
    text = above.text.strip()
    return text if 3 < len(text) <= 200 and not text.endswith(".") else ""


# an agenda item's number alone on the line above its title ("145." / "27/22"), and its page
# range or paper link after it
_ITEM_NO_LINE = re.compile(r"^\s*(?:\d{1,3}[.)]|\d{2,4}/\d{1,3})\s*$")
_ITEM_AFTER = re.compile(r"^\s*\(\s*pages?\s+\d+|\bpdf\s+icon\b", re.I)
# a sentence naming a kind of paper ("The PCC will present his annual report for 2021/22 and ..."): an
# item's purpose, not a title
_WILL_LINE = re.compile(r"\b(?:will|would|was|were)\b", re.I)
# a person's name on a line of its own ("Mr J Dykes" under "Independent Standards Members:")
# (a speaker's name heading the words under it: Hansard's "Mr. Gwilym Jones" / "Mr. Ruffley:", a
# combined authority's attendance "Rochdale Councillor Janet Emsley"), or a written answer's status line
# ("Answered by Jim Wallace on 14 November 2002", "Asked by: ...": Scottish Parliament, Hansard); a
# possessive names a paper ("Councillor Smith's Annual Report")
_PERSON_LINE = re.compile(r"^(?!.*['’]s\b)\s*(?:[A-Z][\w'’-]+\s+)?(?i:mr|mrs|ms|miss|dr|cllr|councillor|lord|baroness|sir|dame)\.?\s+"
                          r"(?:[A-Z][\w'’-]*\.?\s*){0,3}[A-Z][\w'’-]+\s*:?\s*$|^\s*(?i:asked|answered)\s+by\b|"
                          r"^\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}\s+\([A-Z]{2,4}\)(?:\s|$)")
# (and an attendance line naming a person with their initials, "Rachel Jones (RJ) – Assistant Chief Constable",
# "John Campion (JC) Chair – ...": the notes and action logs of commissioners' boards)


def _an_item(blocks: list, b) -> bool:
    """``b`` is an agenda item's title: its number alone in the block above, or its page range or
    paper link in the block after it ("4." / "Minutes of the Panel Meeting held on 25th May 2022" / "(Pages 7 -
    10)"): the title names the item, not the document."""
    k = next(i for i, x in enumerate(blocks) if x is b)
    above = blocks[k - 1] if k else None
    below = blocks[k + 1] if k + 1 < len(blocks) else None
    return (above is not None and above.kind != "table" and bool(_ITEM_NO_LINE.match(above.text))) \
        or (below is not None and below.kind != "table" and bool(_ITEM_AFTER.match(below.text)))


_SECTION_RX = re.compile(_SECTION_HEADING + _MEETING_ITEM.rstrip("|"), re.I)  # (a meeting's items follow its title)
# a label and its value ("Classification: Unrestricted", "Recommendation: County Council is asked to ...")
_LABELLED_LINE = re.compile(r"^[A-Z][\w/-]*(?: [\w/&-]+){0,3}:\s+\S")
# a sentence, not a title: six words or more ending in a full stop or a colon ("The report provides
# details of the financial performance for 2015/16. This includes:")
_SENTENCE_LINE = re.compile(r"^(?:\S+\s+){5,}\S+[.?]$|\.\s+[A-Z][^.]*:$|^(?:\S+\s+){7,}[a-z][\w'’-]*\s*:$")
# (and a sentence leading into a list, eight words or more ending in a lower-case word and a colon: "Through the National Policing
# Board, the Home Secretary sets out four strategic policing pillars:", "AGREED That Cabinet recommends ... that:"; a
# title's closing colon follows a name: "Statement from Dr Alan Billings, ... Commissioner:")
# a line that is only a date ("Wednesday, 20 May, 2020" under its "Date:" label, a news page's "Thursday 24
# January 2013" or "Feb 082016" over its headline): no title (a front sheet's date with the line leading into
# it is read by _front_sheet)
_DATE_LINE = _date_line(r"\s*")   # (a day glued to its year too: "Feb 082016")
# a Hansard column's running stamp ("14 Jun 2007 : Column 1243W—continued", "HC Deb 18 June 1991 vol 193
# cc89-90W"): a citation of the page, never a title
_COLUMN_STAMP = re.compile(r"^\s*\d{1,2}\s+[A-Za-z]{3,9}\s+(?:19|20)\d\d\s*:\s*Column\s+\d+|"
                           r"^\s*H[CL]\s+Deb\s+\d{1,2}\s+[A-Za-z]{3,9}\s+(?:19|20)\d\d\s+vol\b")


def _prose(text: str) -> bool:
    """A sentence naming a kind of paper, not a title ("Councillor Armstrong informed the Panel that he found
    the performance report to be very helpful."): eight words or more ending in a full stop or a question
    mark, half of them or more in lower case."""
    words = text.split()
    return len(words) >= 8 and text.rstrip().endswith((".", "?")) and 2 * sum(w[:1].islower() for w in words) >= len(words)


_MONTHS = {m.lower() for m in (
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec").split()}
_PERIOD_WORDS = _MONTHS | {"to", "fy", "quarter", "q1", "q2", "q3", "q4", "one", "two", "three",
                           "four", "financial", "year", "and", "of", "the"}


def _is_period_line(text: str) -> bool:
    """True when at most one word of the line is not part of a period expression."""
    words = re.findall(r"[A-Za-z]+", text)
    other = [w for w in words if w.lower() not in _PERIOD_WORDS]
    return len(other) <= 1 and any(w.lower() in _MONTHS or w.lower() in ("fy", "quarter") for w in words) \
        or bool(re.fullmatch(r"\W*(?:FY\s*)?\d{2,4}\s*[/-]\s*\d{2,4}\W*", text.strip()))


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
        for cand in [text] + re.findall(r"\(([^)]+)\)", text):
            # the period must be the line, not a phrase in a sentence (tested first: it is cheap)
            span = _report_span(cand) if _is_period_line(cand) else None
            if span:
                return span
    # a report's period named inside its title: "Quarterly Performance Report Quarter One
    # 2023/24", "Performance Update - 12 months to March 2017", "... quarter 4 (January to March
    # 2025)", "Police powers and procedures, year ending 31 March 2020"
    for m in _TITLE_PERIOD.finditer(title):
        span = _report_span(m.group())
        if span:
            return span
    m = _TITLE_YEAR_QUARTER.search(title)   # "2024-25 – Quarter 3", "2023/24 Q2": read as "Quarter 3 2024-25"
    if m:
        return _report_span(f"Quarter {m.group('q')} {m.group('fy')}") or ("", "")
    return _title_year_apart(title)


def _title_year_apart(title: str) -> tuple[str, str]:
    """A title naming its quarter and, apart, its financial year ("Quarter Two Performance Monitoring Report
    2022/23", "3rd Quarter Budget & Performance Monitoring Report 2019/20": Chorley, Maidstone), or an annual
    report and its financial year ("Police and Crime Commissioner's Annual Report 2013/14", "2024-25 Annual
    Report"): the one financial year and no other year in the title (a plan's "2018-2022" and "Quarter 2,
    2019" say no year of account); never a part-year's report ("Mid-Year", "Half Year", "Month 9")."""
    fy = _TITLE_FY.findall(title)
    if len(fy) != 1 or _ANY_YEAR.search(_TITLE_FY.sub(" ", title)) or _PART_YEAR.search(title):
        return "", ""
    m = _TITLE_QUARTER.search(title)
    if m:
        word = (m.group(1) or m.group(2)).lower()
        q = next(i for i, w in enumerate(_QUARTER_WORDS, 1) if word in w)
        return _report_span(f"Quarter {q} {fy[0]}") or ("", "")
    if _ANNUAL_REPORT.search(title):
        return _report_span(fy[0]) or ("", "")
    return "", ""


_HALF_YEAR = re.compile(r"\b(?:mid|half)[\s-]*year\b", re.I)
_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# a financial year: "2022/23", "2024-25", "2019/2020" (the second year the first's next: :func:`_report_span`
# parses it; "2018-2022" is four years and spans no one year)
_TITLE_FY = re.compile(r"(?<!\d)(?:19|20)\d\d\s*[/-]\s*(?:\d\d|(?:19|20)\d\d)(?!\d)")
_QUARTER_WORDS = (("1", "one", "1st", "first"), ("2", "two", "2nd", "second"), ("3", "three", "3rd", "third"),
                  ("4", "four", "4th", "fourth"))
_TITLE_QUARTER = re.compile(r"\b(?:quarter|qtr)\s*([1-4]|one|two|three|four)\b|"
                            r"\b([1-4](?:st|nd|rd|th)|first|second|third|fourth)\s+quarter\b", re.I)
_ANNUAL_REPORT = re.compile(r"\bannual\s+report\b", re.I)
_PART_YEAR = re.compile(r"\b(?:mid|half)[\s-]*year\b|\bmonths?\s*\d|\bperiod\s*\d|\bto\s+date\b|\bas\s+at\b", re.I)


_TITLE_PERIOD = re.compile(
    r"\b(?:quarter|qtr|q)\s*(?:[1-4]|one|two|three|four)\b,?\s*(?:of\s+)?(?:FY\s*)?(?:19|20)\d\d(?:\s*[/-]\s*\d\d(?:\d\d)?)?|"
    r"\b\d{1,2}\s+months?\s+(?:to|ending)\s+[A-Za-z]{3,9}\s+(?:19|20)\d\d|"
    r"\byear\s+(?:ending|to)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Za-z]{3,9}\s+(?:19|20)\d\d|"
    r"\b[A-Za-z]{3,9}\s+(?:to|-|–)\s+[A-Za-z]{3,9}\s+(?:19|20)\d\d\b", re.I)


#: a financial year then its quarter, in a title ("Finance Monitoring Report 2024-25 – Quarter 3",
#: "2023/24 Q2 Performance Report")
_TITLE_YEAR_QUARTER = re.compile(
    r"\b(?P<fy>(?:19|20)\d\d\s*[/-]\s*\d\d(?:\d\d)?)\s*(?:[-–—:,]\s*)?(?:quarter|qtr|q)\s*(?P<q>[1-4])\b", re.I)


def describe(doc: Document) -> DocumentRecord:
    doc_type, title = doc_type_of(doc), title_of(doc)
    start, end = period_of(doc, doc_type, title)
    pages = len(doc.pages) if doc.page_marked else None
    return DocumentRecord(
        doc_id=doc.doc_id, source=doc.source, sha256=doc.sha256, format=doc.format,
        doc_type=doc_type, title=title, organisation=organisation_of(doc),
        period_start=start or None, period_end=end or None, pages=pages,
        status="ok", error=None,
    )
