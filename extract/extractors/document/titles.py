"""The document's title: its first heading or short line, past a web page's and a letterhead's
furniture, an agenda's items, running text and a report's front sheet."""
from __future__ import annotations

import re

from ...loaders.common import STOP_WORDS
from ...model import HEADING, PARAGRAPH, Document
from ...normalise import MONTH_WORDS
from ..meetings.headers import ISSUE_MEETING   # (a ModernGov issue page's meeting line: the title is above it)
from ..meetings.patterns import MINUTES_VERB
from .kinds import HEAD_BLOCKS, TITLE_ZONE


# (a line naming reports, "2018/19 Corporate performance monitoring reports", heads a page's links to them: no title)
_TITLE_WORDS = re.compile(r"(?:highlight|performance|monitoring|annual) report(?!s)|newsletter|"
                          r"^(?:(?:draft|provisional|approved|confirmed|unconfirmed)\s+)?minutes of|"
                          r"^meeting:|^quarter \w+ (?:19|20)\d\d|work plan|"
                          r"^[A-Z][\w,&' -]{2,80}\b(?:panel|committee|board|council|authority)\s+minutes$", re.I)
# never a title: a label's line ("Venue: ...", "Contact: ..."), an item's purpose ("To consider item 6",
# "To receive a quarterly update from ...": Buckinghamshire fire authority, Hampshire panel), a line leading
# into what follows ("The report attached the following supporting Appendices:-", "... the following points
# were raised:"); and in the first pass, an item's numbered line
# (a statute's name alone, the law an answer is given under, "FREEDOM OF INFORMATION (SCOTLAND) ACT 2002";
# a signature line, "Signed on" / "Signed ...... Chairman"; a memo's or summons' addressee, "TO: ALL MEMBERS OF THE
# DYFED POWYS POLICE AND CRIME PANEL", "From: ..."; a minutes' record of its opening or close,
# "The meeting commenced at 7.30pm", "The meeting closed at 9.10 pm": parish minutes; a government protective marking at a page's head or foot, "OFFICIAL",
# "OFFICIAL OFFICIAL", "NOT PROTECTIVELY MARKED": Police Scotland, Lancashire PCC, a constabulary's board)
# (the line's start: each alternative starts with "^", so it matches only there)
_NOT_TITLE_START = (r"^(?:venue|contact|date|time|location|e-?mail|tel(?:ephone)?|to|from)\s*:|^contact\s+(?:us|your)\b|"
                    rf"^\s*to\s+(?:{MINUTES_VERB}|consider|discuss|review|elect|appoint)\b|"
                    r"^\w+(?:\s\w+){0,3}\s*:\s*$|"
                    r"^\s*(?:the\s+)?[A-Z][\w()’' -]{2,80}\bAct\s+(?:19|20)\d\d\s*$|"
                    r"^\s*signed\b|^\s*the\s+meeting\s+(?:commenced|opened|started|began|closed|ended|finished)\b|"
                    r"^\s*(?:official(?:[\s-]+sensitive)?|not\s+protectively\s+marked|unclassified|restricted|protect)"
                    r"(?:\s+(?:official(?:[\s-]+sensitive)?|not\s+protectively\s+marked|unclassified|restricted|protect))*\s*$")
# (a line's end: each alternative holds a ":")
_NOT_TITLE_END = r":-\s*$|\bfollowing\b[^:]*:\s*$"
_NOT_TITLE_LINE = re.compile(_NOT_TITLE_START + "|" + _NOT_TITLE_END, re.I)
_NOT_TITLE_AT_START, _NOT_TITLE_AT_END = re.compile(_NOT_TITLE_START, re.I), re.compile(_NOT_TITLE_END, re.I)


def _not_title_line(text: str) -> bool:
    """``_NOT_TITLE_LINE.search(text) is not None``, faster: the alternatives led by "^" tried at the
    start only, the others only in a text holding a ":" (searched at every position of a long
    paragraph, the alternation cost a tenth of the title's time)."""
    return _NOT_TITLE_AT_START.match(text) is not None or (
        ":" in text and _NOT_TITLE_AT_END.search(text) is not None)


# a label alone on its line, its value on the next ("Date:" / "Wednesday, 20 May, 2020", "Location:" /
# "Virtual Meeting"): the value is no title
_WHEN_WHERE_LABEL = re.compile(r"^\s*(?:date|time|venue|location|place|category|contact)\s*:\s*$", re.I)
_NUMBERED_LINE = re.compile(r"^\d{1,3}(?:\.\d{1,2})*[.)]?\s+\S")   # (and a sub-item: "6.1 Police Scotland Quarterly ...")
# never a title: a report's section heading, numbered or not ("1. Introduction", "Purpose of the Report",
# "Background", "Executive Summary", "Supporting information"), a ModernGov items table's header
# ("No. | Item |", "No. Item")
_SECTION_HEADING = (r"^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:introduction(?:\s+and\s+background)?|background|"
                    r"(?:executive\s+)?summary(?:\s+(?:and|&)\s+recommendations?)?|purpose\s+of\s+(?:the\s+|this\s+)?report|supporting\s+information|"
                    r"recommendations?)\s*:?\s*$|^\s*no\.?\s*\|?\s*items?\s*\|?\s*$|^\s*item\s+no\.?\s+agenda\s+item\b|")
# never a title: a meeting's standard item ("Apologies for Absence", "A1Declarations of interest",
# "Disclosures of Pecuniary and Non-Pecuniary Interests", "Public Participation", "56. MINUTES", "Welcome and
# Introductions", "Election of Chairman", with or without a colon) or an agenda's part
# ("PART 1 - PUBLIC", "PART 1 (open to press and public)"): Cheshire Fire, Durham CFA, Warwickshire,
# Cheshire, Lincolnshire and West Mercia panels, Tonbridge and Malling, Lancashire CFA
_MEETING_ITEM = (r"^\s*(?:[A-Z]?\d{0,3}[.)]?\s*|(?:[A-Z]{2,8}\s+)?\d{1,4}/\d{2,4}\.?\s+)?(?:apologies(?:\s+for\s+absence)?|declarations?\s+of\s+(?:\w+\s+)?interests?|"
                 r"disclosures?\s+of\s+(?:[\w-]+\s+(?:and\s+)?)*interests?(?:\s+\(if\s+any\))?|public\s+participation|"
                 r"welcome\s+and\s+introductions?|matters\s+arising\b.*|minutes|election\s+of\s+(?:vice[\s-]+)?chair(?:man|person)?|"
                 r"part\s+(?:1|2|i|ii|one|two)\b[^a-z]*(?:\(?(?:open|public|exempt|confidential|private)\b.*)?)\s*:?\s*$|")
# (and an item's label: "Agenda Item 7", "OPEN INFORMATION ITEM 7": Derbyshire fire)
_NOT_TITLE = re.compile(_SECTION_HEADING + _MEETING_ITEM + r"^\s*(?:(?:open|public|exempt|confidential|information|agenda)\s+)*"
                        r"item\s+(?:no\.?\s*)?\d{1,3}[a-z]?\s*$|^\s*contents\s*$|"
                        r"^\s*(?:table|figure|chart|graph)\s*$|"   # (a bare label over its caption: WhatDoTheyKnow's "Table")
                        rf"^\s*(?:\d+[.)]?\s*)?(?:to\s+(?:{MINUTES_VERB})\s+)?(?:the\s+)?minutes\s+of\s+"
                        r"(?:the\s+)?(?:previous|last)\s+meeting\b", re.I)


# a ModernGov meeting page's name line: the body, a dash, the date and time ("Dyfed Powys Police and Crime Panel -
# Thursday, 16th November, 2017 10.30 am", "Cabinet - Tuesday 10 November 2020 6.00 pm")
_MEETING_NAME_LINE = re.compile(
    r"^\s*(?P<line>[A-Z][\w&',() -]{2,120}?\s[-–]\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+"
    r"[A-Za-z]{3,9},?\s+(?:19|20)\d\d(?:,?\s+\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\.?)?)\s*(?:$|(?=(?:venue|contact)\s*:))", re.I)


# a Markdown file's front matter flattened into one line: 'title: "Northwold PC AGM 2016" date: "2016-08-18"'
_FRONT_MATTER_TITLE = re.compile(r'^\s*title:\s*"([^"\n]{3,200})"')


def title_of(doc: Document) -> str:
    """The document's title (:func:`_title`) without the link to its paper (words.toml paper_link);
    a front matter's title (the first block) is its quoted value."""
    from ...vocab import vocabulary

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


#: a "Meeting:" label (a table's first cell; a line's start before its title)
_MEETING_LABEL = re.compile(r"meeting:?", re.I)
_MEETING_LABEL_BEFORE = re.compile(r"^meeting:\s*", re.I)


# a web address alone on its line (a saved page's address over its text): never a title
_BARE_URL = re.compile(r"\s*(?:https?://|www\.)\S+\s*")


def _title(doc: Document) -> str:
    """The first short line naming the kind of document, else the first heading (a web page's
    furniture, "Leave site", a cookie banner, a bare "Agenda item" label, is passed over)."""
    from ...vocab import vocabulary

    web, labels = vocabulary().pattern("web_furniture"), vocabulary().pattern("page_furniture")
    dateline = vocabulary().pattern("dateline")
    head = doc.blocks[:HEAD_BLOCKS]
    valued = {id(head[i + 1]) for i in range(len(head) - 1) if _WHEN_WHERE_LABEL.match(head[i].text)}
    blocks = [b for b in head
              if b.kind == "table" or not (id(b) in valued or web.match(b.text.strip()) or labels.match(b.text)
                                           or _not_title_line(b.text) or dateline.match(b.text.strip())
                                           or _PERSON_LINE.match(b.text) or _COLUMN_STAMP.match(b.text)
                                           or _letters_apart(b.text) or _BARE_URL.fullmatch(b.text))]
    banner = vocabulary().pattern("meeting_page_banner")
    if blocks and blocks[0].kind != "table" and banner.match(blocks[0].text):
        # a ModernGov meeting page's banner ("Agenda and minutes"): the title is the meeting's name line under
        # it ("Cheshire Police and Crime Panel - Friday, 23rd June, 2023 2.00 pm")
        # (or the name over its date line: "Nottinghamshire and City of Nottingham Fire and Rescue Authority - Policy
        # and Strategy" / "Friday, 24th July, 2015 10.00 am"; the "Venue:" label a loader ran on is no part of it)
        # (no such line: the banner stays the title, tests/test_meeting_excerpts2.py)
        name = blocks[1] if len(blocks) > 1 and blocks[1].kind != "table" else None
        if name is not None and (m := _MEETING_NAME_LINE.match(name.text)):
            return m.group("line")
        after = blocks[2] if len(blocks) > 2 else None
        if name is not None and after is not None and after.kind != "table" and _DATE_ONLY.match(after.text) \
                and len(name.text) <= 120 and not name.text.rstrip().endswith("."):
            return name.text.strip()
    item = _item_page_title(doc)
    if item:
        return item
    headline = _headline(doc.blocks[:TITLE_ZONE], dateline, web, labels)  # (a dateline is near the top, under its headline)
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
                _MEETING_LABEL.fullmatch(b.rows[0][0].text.strip()):
            return b.rows[0][1].text
        if b.kind not in ("table", "bullet") and len(b.text) <= 120 and _TITLE_WORDS.search(b.text) \
                and not ISSUE_MEETING.match(b.text) and not _NOT_TITLE.match(b.text) \
                and not _NUMBERED_LINE.match(b.text) and not _an_item(blocks, b) \
                and not _WILL_LINE.search(b.text) \
                and not (_prose(b.text) and _TITLE_WORDS.search(b.text).start()):
            return _run_on(doc, b, _MEETING_LABEL_BEFORE.sub("", b.text))
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


# a ModernGov agenda item page's banner, alone on the page's first line ("Agenda item")
_ITEM_BANNER = re.compile(r"^\s*agenda\s+item\s*$", re.I)


def _item_page_title(doc: Document) -> str:
    """The item's title on a ModernGov agenda item page saved as text: the line right under its "Agenda item"
    banner ("Agenda item" / "Budget Monitoring - 2013/14 - Report of the Police and Crime Commissioner" /
    "The Panel considered ...": Durham, Leicestershire and Hampshire panels), as printed on its own line (the text
    loader may have run the paragraph under it on), even ending in a full stop ("Police and Crime Plan Delivery
    Update (Quarter 2)."); "" when the page opens otherwise, or the line is a meeting's standard item
    ("Apologies"), an item's purpose ("To consider item 6") or words half or more in lower case (a sentence of the
    minute under a title the page lost: "Cabinet reviewed and noted the report", "Apologies were received from ...":
    Havering; an item titled in sentence case is left to the passes below) or holding a verb of a sentence
    ("Apologies were received from Mark Boleat, ...": the City of London)."""
    blocks = doc.blocks[:3]
    if len(blocks) < 2 or blocks[0].kind == "table" or blocks[1].kind == "table" \
            or not _ITEM_BANNER.match(blocks[0].text):
        return ""
    b = blocks[1]
    text = b.text.strip()
    if b.line is not None and doc.format != "pdf" and doc.raw_text:
        start = _line_start(doc.raw_text, b.line)
        end = doc.raw_text.find("\n", start)
        raw = " ".join(doc.raw_text[start:end if end >= 0 else len(doc.raw_text)].split())
        if raw and " ".join(text.split()).startswith(raw):
            text = raw
    if not 3 < len(text) <= 200 or len(text.split()) > 25 or _NOT_TITLE.match(text) \
            or _NOT_TITLE_LINE.search(text) or 2 * sum(w[:1].islower() for w in text.split()) >= len(text.split()) \
            or _FINITE_VERB.search(text):
        return ""
    return text


# a finite verb of a sentence, in lower case ("were received", "had been", "is to"): no item's title
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|has|had|have|will|would)\b")


def _line_start(text: str, line: int) -> int:
    """Where the 1-based ``line`` of ``text`` starts."""
    pos = 0
    for _ in range(line - 1):
        pos = text.find("\n", pos) + 1
        if not pos:
            return len(text)
    return pos


# a cell of a pipe table saved one cell per line ("Year |", "| 2022"): never a title
_CELL_LINE = re.compile(r"\s\|\s*$|^\s*\|")
_NUMBER = re.compile(r"[-+]?[£$]?\d[\d,.:/]*%?")


def _figures_row(text: str) -> bool:
    """A table's row of figures, never a title: three numbers or more, numbers at least half its words,
    and no month (a date's numbers are no figures: "1 Jan 2017 -- 31 Dec 2017", "Tuesday, 31 December 2024")."""
    words = text.split()
    nums = sum(bool(_NUMBER.fullmatch(w)) for w in words)
    return nums >= 3 and 2 * nums >= len(words) and not any(w.lower().strip(".,") in MONTH_WORDS for w in words)


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
# answer), the header's other labels run on after it ("... 2024-25 Classification: Unrestricted"; a label's words in one
# case, so a value in capitals ends before "Report Summary:": "... GREATER COMBINED AUTHORITY Report Summary: ..."), or a
# report header's "Title :" line alone ("Title : SECOND QUARTERLY PERFORMANCE MANAGEMENT REPORT 2004-05": Isle of Wight;
# in a header's table, "Title:" with its colon: a bare "Title" heads a column of a list of papers)
_SUBJECT_LABEL = re.compile(r"(?:subject|report\s+title|title\s+of\s+(?:the\s+)?report)\s*:?|title\s*:", re.I)
_SUBJECT_LINE = re.compile(r"(?:^|\s)(?:Subject|SUBJECT|Report [Tt]itle|Title of [Rr]eport)\s*:\s*(\S.*?)"
                           r"(?=\s+(?:[A-Z][a-z]*(?:\s+[A-Za-z][a-z]*){0,2}|[A-Z]+(?:\s+[A-Z]+){0,2})\s*:|\s*$)|"
                           r"^\s*(?:Title|TITLE)\s*:\s*(\S.*?)\s*$")


def _subject(blocks: list) -> str:
    """The subject a report's header names (:data:`_SUBJECT_LINE`), with the line it runs on to when the
    header wraps it ("Subject: 2024 Annual Report on the Implementation of the Armed" / "Covenant in Kent"; a
    padded "Title :" field is given whole, the header's next line its author's); "" when no header names one."""
    for k, b in enumerate(blocks):
        if b.kind == "table":
            for row in b.rows[:8]:
                cells = [c.text.strip() for c in row if c.text.strip()]
                if len(cells) >= 2 and _SUBJECT_LABEL.fullmatch(cells[0]) and len(cells[1]) <= 200:
                    return " ".join(cells[1].split())
            continue
        m = _SUBJECT_LINE.search(b.text)
        value = m.group(1) or m.group(2) if m else ""
        if not value or len(value) > 200:
            continue
        out = value.strip()
        nxt = blocks[k + 1] if k + 1 < len(blocks) else None
        if m.group(1) and m.end() >= len(b.text.rstrip()) and nxt is not None and nxt.kind in (HEADING, PARAGRAPH) \
                and len(nxt.text) <= 60 and ":" not in nxt.text and not _SENTENCE_LINE.search(nxt.text.strip()):
            out = f"{out} {nxt.text.strip()}"
        return out
    return ""


def _running_text(text: str) -> bool:
    """A paragraph of running text, its sentence's end on a later line or cut ("Members of the Council are
    hereby summoned, and members of the public are invited to attend a Meeting of ... on Wednesday 13th"):
    twenty words or more, half of them or more in lower case, or set in capitals with a quarter of them or more
    a sentence's small words (the words no sentence ends with, loaders.common.STOP_WORDS: "I HEREBY SUMMON YOU TO
    ATTEND A MEETING OF THE DYFED POWYS POLICE AND CRIME PANEL WHICH WILL BE HELD ...": a county council's summons)."""
    words = text.split()
    if len(words) < 20:
        return False
    if 2 * sum(w[:1].islower() for w in words) >= len(words):
        return True
    return text.isupper() and 4 * sum(w.lower() in STOP_WORDS for w in words) >= len(words)


def _letters_apart(text: str) -> bool:
    """A line read as letters apart, no title: word art drawn twice, offset, its two copies' letters
    interleaved ("H H E E R R T T II N NG G ...") or a letter-spaced heading ("S U M M A R Y"): six
    tokens or more, two in three of them one or two capital letters ("Q3 to Q4 of 2024 ..." is words)."""
    words = text.split()
    n = len(words)
    if n < 6:
        return False
    # (= 3 * (words of one or two capitals) >= 2 * n, i.e. 3 * (other words) <= n: read until the others
    # are too many, a third of the words into a line of running text)
    others = 0
    for w in words:
        if len(w) > 2 or not (w.isalpha() and w.isupper()):
            others += 1
            if 3 * others > n:
                return False
    return True


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


def _headline(blocks: list, dateline, web, labels) -> str:
    """A news page's headline: the line right above its dateline ("Police Authority commends strong
    performance achievements" / "Posted on 30th January 2012"), when it is short and no sentence
    (``web``, ``labels``: the vocabulary's web and page furniture patterns)."""
    k = next((i for i, b in enumerate(blocks) if b.kind != "table" and dateline.match(b.text.strip())), None)
    above = blocks[k - 1] if k else None
    if above is None or above.kind == "table":
        return ""
    text = above.text.strip()
    if labels.match(text) or web.match(text):
        return ""   # a date under a page's banner ("Tell us whether you accept cookies" / "Published: 19 March 2024") heads the title

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
# (the honorific first, then the possessive: "(?!.*['’]s\b)" read the whole first line of every paragraph;
# the lookahead before it, what the alternative's start needs, fails at the line's first words)
_HONORIFIC_START = r"\s*(?:[A-Z][\w'’-]+\s+)?(?i:mr|mrs|ms|miss|dr|cllr|councillor|lord|baroness|sir|dame)\.?\s"
_PERSON_LINE = re.compile(rf"^(?={_HONORIFIC_START})(?!.*['’]s\b){_HONORIFIC_START}+"
                          r"(?:[A-Z][\w'’-]*\.?\s*){0,3}[A-Z][\w'’-]+\s*:?\s*$|^\s*(?i:asked|answered)\s+by\b|"
                          r"^\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}\s+\([A-Z]{2,4}\)(?:\s|$)|"
                          r"^\s*(?!(?:\S+\s+){0,2}(?i:the|annual|report|plan|panel|committee|board|council|meeting|update|"
                          r"partnership|police|service|authority|strategy|review|budget|fund)\b)[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}"
                          r"(?:\s+\([A-Z][\w ,'’&-]*\))?\s+\((?:(?:[A-Z][\w'’-]*|of|and|the|&)\s+)*?(?:Partnership|Council|Police|"
                          r"Constabulary|Authority|Service|Trust|Board|Commissioner)\)\.?\s*$")
# (an attendance line naming a person with the body they come from, "Mike King (Isle of Wight Economic
# Partnership)", "Lisa Winward (Chief Constable) (North Yorkshire Police).": a council's and a panel's minutes)
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
