"""The document's kind (``doc_type``) read from its first blocks, and the head of a document every
part of the documents row reads."""
from __future__ import annotations

import re

from ...model import Document
from ..meetings.patterns import MINUTES_VERB

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
                       r"\b(?:are|is)\s+hereby\s+summoned\b|\bhereby\s+summon\s+you\b", re.I | re.M)
# (a councillor's statutory summons: "You are hereby summoned to attend a meeting of ...", "Members of the
# Council are hereby summoned ...": the agenda's opening, at parish and town councils alike; "I HEREBY SUMMON YOU TO
# ATTEND A MEETING OF ...": a Welsh county council's summons for a panel it hosts)
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
# ("Quarterly Performance Management Report": Isle of Wight, Durham; a commissioner's report on delivering the
# plan, "Police & Crime Plan Monitoring Report – Q3 2018/19", "Police and Crime Plan Delivery Progress Update April
# 2019", "Police and Crime Plan Delivery Update (Quarter 2)": Dorset panel, Hampshire OPCC, Leicestershire panel)
_T_PERFORMANCE = re.compile(r"performance (?:report|dashboard|update|summary|information|monitoring|management report)|"
                            r"^\s*quarter \w+ (?:19|20)\d\d|\bq[1-4] (?:19|20)\d\d.*performance|"
                            r"\bpolice,?\s+(?:and|&)\s+crime\s+(?:and\s+victims['’]?\s+)?plan\s+(?:[a-z]+\s+){0,2}?"
                            r"(?:monitoring|delivery|progress)\s+(?:report|update)\b", re.I | re.M)


# a part of every match of each _T_ pattern, in letters IGNORECASE folds only to their ASCII capitals
# (not i, k or s): a pattern runs only where the lower-cased text holds one (see doc_type_of)
_T_NEEDS = {"agenda_pack": ("agenda", "not", "umm"), "minutes": ("nute",), "highlight_report": ("ghl",),
            "newsletter": ("letter", "bull"), "performance_report": ("perf", "quarter", "crime plan")}


_AGENDA_LINE = re.compile(r"^\s*agenda\s*$", re.I | re.M)


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
    has_agenda = "agenda" in low and bool(_AGENDA_LINE.search(head))
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
