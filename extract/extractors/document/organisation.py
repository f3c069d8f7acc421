"""The organisation a document is of: an office, a panel or a council as printed, a letterhead, a
force answering an FOI request, a parish or town council."""
from __future__ import annotations

import re

from ...model import Document
from ...vocab import vocabulary
from ...vocab.literals import alternation
from .kinds import HEAD_BLOCKS, TITLE_ZONE


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
# a pack's stamp or a signature's role run on before a panel's name on a flattened front sheet (words.toml
# not_a_panel_place: "Public Document Pack Devon and Cornwall Police and Crime Panel"): cut with all before it
_NOT_A_PLACE = re.compile(rf"^.*\b(?:{alternation(vocabulary().words('not_a_panel_place'))})\s+"
                          r"(?=\S.*\bPolice and Crime Panel$)")
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


_LEADING_THE = re.compile(r"^The\s+")


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
            org = _NOT_A_PLACE.sub("", _LEADING_THE.sub("", m.group(0).strip()))
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
    from ...vocab import vocabulary

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
