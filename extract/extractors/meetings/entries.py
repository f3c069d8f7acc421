"""The entry stream (one entry per table row or text line), with labels a converter ran
together cut apart, and key/value rows of front sheets."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional

from ...model import Document, TABLE
from .patterns import MINUTE_NUMBER, POSTCODE, _BODY_LINE, _ITEM, _PAGES, labels_for
from .memo import LineMemo
from .text import _clean, _compact, _cut_at
from ...loaders.common import ends_with_stop_word

# --------------------------------------------------------------------------
# entry stream (one entry per table row or text line)
# --------------------------------------------------------------------------

@dataclass(slots=True)  # (no __dict__: made for every line of every document)
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
                    wholes, plain = _line_parts(ln)
                    if plain:   # (each piece its own entry, whatever the lines around it: _line_parts)
                        for part in wholes:
                            out.append(_E(len(out), part, None, b.kind, b))
                        continue
                    for whole in wholes:
                        for part in _numbered_title_lines(whole, b, raw_lines):
                            head = _minute_title_line(part, b, raw_lines)
                            if head:
                                out.append(_E(len(out), head, None, b.kind, b))
                                part = part[len(head):].strip()
                            out.append(_E(len(out), part, None, b.kind, b))
    return out


#: a text line -> (its pieces, plain): remembered across the documents a process reads (reports of one
#: series repeat most of their lines from one quarter to the next; :mod:`.memo`)
_LINE_MEMO = LineMemo()


def _line_parts(ln: str) -> tuple:
    """The pieces of a text line (``_split_labels`` of its clean text, each cut after dot leaders'
    counts) and whether every piece is *plain*: one that neither ``_numbered_title_lines`` nor
    ``_minute_title_line`` can cut, whatever its block and source lines (their tests of the piece's
    own text fail), so each is an entry as it is.  A function of the line alone: remembered."""
    hit = _LINE_MEMO.get(ln)
    if hit is not None:
        return hit
    wholes = tuple(x for lab in _split_labels(_without_stamp(_clean(ln))) for x in _after_dot_leaders(lab))
    return _LINE_MEMO.keep(ln, (wholes, not any(_may_cut_numbered(w) or _may_be_title_line(w) for w in wholes)))


# a ModernGov agenda pack's stamp at the top of its first page, run on into the title by a loader ("Public Document
# Pack North Wales Police and Crime Panel Monday, 17 June 2019 at 2.00 pm ...": Conwy CBC; "Public Document Pack
# Sussex Police and Crime Panel Members are hereby requested ...": West Sussex CC; "Public Document Pack Penallta
# House ...": Caerphilly CBC): no part of a body's name nor of an address
_STAMP = re.compile(r"^Public\s+Document\s+Pack\b\s*")


def _without_stamp(text: str) -> str:
    return _STAMP.sub("", text) if text[:1] == "P" else text


# a count after dot leaders, then a line a loader ran on ("Councillors Anderson, ..., Walsh ........ 24 There voted
# against the Minutes being a correct record:": Slough BC's named votes)
_DOT_LEADER_COUNT = re.compile(r"(?<=\.\.\.)\s*\d{1,3}\s+(?=[A-Z])")


def _after_dot_leaders(text: str) -> list[str]:
    """``text`` cut after each count printed at the end of dot leaders when more text follows it."""
    if "...." not in text:
        return [text]
    out, prev = [], 0
    for m in _DOT_LEADER_COUNT.finditer(text):
        out.append(text[prev:m.end()].strip())
        prev = m.end()
    out.append(text[prev:].strip())
    return [o for o in out if o]


# a minute's number and title on a line of its own, the minute's text under it ("190/20 To receive apologies ..."
# / "Apologies and a valid reason for absence had been received from ...": Saxilby with Ingleby PC; "C 10/034
# Election of Mayor": Tonbridge and Malling BC)
_MINUTE_TITLE_LINE = re.compile(rf"^{MINUTE_NUMBER}[A-Z]")


# an item's number "N." and title on a line of its own ("4. Presentation of reports by village organisations (18/02)"
# / "Cllr J Frizzell informed members ...": Helpringham PC; "1. Welcome and apologies" / "Apologies had been received
# from ...": Souldern PC)
_NUMBERED_TITLE_LINE = re.compile(r"^\d{1,2}\.\s+[A-Z]")
#: the line under an "N." title is longer than it by more than a word: the title's line was not filled, so it
#: ended where its title ends, never a numbered sentence hard-wrapped ("1. Mr Shipton introduced the report that
#: set out the detail in the Provisional Local" / "Government Finance Settlement ...": Kent CC)
_UNFILLED_BY = 15


def _unfilled_title(first: str, second: str) -> bool:
    """``first`` is an "N." title's line (at most 120 characters: "2. Co-option of Councillors (minimum of three
    required but up to six permitted) – WLDC Officers", Scotton PC; no sentence end nor small word at its end)
    and the line under it, ``second``, opens with a capital and is longer by more than a word."""
    return len(first) <= 120 and first[-1:] not in ".;,:" and not ends_with_stop_word(first) \
        and second[:1].isupper() and len(second) > len(first) + _UNFILLED_BY


# an "N." title opening a line inside a joined paragraph (cheap test first): "\s\d{1,2}\.\s+[A-Z]" found from
# its full stop (a pattern opening with a literal is scanned for fast; one opening with "\s" is tried at
# every space): the same texts hold one
_INNER_NUMBERED = re.compile(r"\.(?:(?<=\s\d\.)|(?<=\s\d\d\.))\s+[A-Z]")


def _may_cut_numbered(text: str) -> bool:
    """False when ``_numbered_title_lines`` gives ``[text]`` whatever the block and its source lines."""
    return _INNER_NUMBERED.search(text) is not None


def _numbered_title_lines(text: str, b, raw_lines: list[str]) -> list[str]:
    """``text`` (a paragraph a text loader joined from the source lines from ``b.line`` on) cut before each inner
    source line that is an "N." title over a longer line ("Apologies had been received from Kate Green and
    Joanna Carlisle" / "2. Minutes of the Annual Parish meeting 26th May 2024" / "The minutes of the last Annual
    Parish meeting held on ...": Souldern PC): the title then the text under it, each its own entry."""
    if b.line is None or not raw_lines or b.line > len(raw_lines) or not _may_cut_numbered(text):
        return [text]
    cuts, pos = [], 0
    raw = raw_lines[b.line - 1:b.line - 1 + 200]
    nxt = _clean(raw[0]) if raw else ""
    for j in range(len(raw)):
        # (each source line cleaned when reached: the walk stops at the first line the paragraph does not hold)
        r, nxt = nxt, (_clean(raw[j + 1]) if j + 1 < len(raw) else "")
        if not r or not text.startswith(r, pos):
            break
        if j and j + 1 < len(raw) and _NUMBERED_TITLE_LINE.match(r) and _unfilled_title(r, nxt) \
                and text.startswith(nxt, pos + len(r) + 1):
            cuts += [pos, pos + len(r)]
        pos += len(r)
        if pos >= len(text) or text[pos] != " ":
            break
        pos += 1
    return _cut_at(text, cuts) if cuts else [text]


def _may_be_title_line(text: str) -> bool:
    """False when ``_minute_title_line`` gives None whatever the block and its source lines: ``text``
    opens with neither a minute's number and title nor an "N." title."""
    if not text[:1].isalnum():
        return False
    if not text[:1].isdecimal() and "/" not in text[:12]:
        return False   # (an "N." title opens with a digit, a minute's number holds "/" in its first 12 characters)
    return _MINUTE_TITLE_LINE.match(text) is not None or _NUMBERED_TITLE_LINE.match(text) is not None


def _minute_title_line(text: str, b, raw_lines: list[str]) -> Optional[str]:
    """The first source line of a paragraph a text loader joined to the lines under it, when that line is a
    minute's number and title (no sentence end, at most 160 characters): the title's own entry.  An "N." title
    (at most 80 characters, not ending in a small word) counts only when the line under it opens with a capital
    and is longer than it by more than a word."""
    if b.line is None or not raw_lines or b.line > len(raw_lines) or not _may_be_title_line(text):
        return None
    minute = _MINUTE_TITLE_LINE.match(text)
    first = _clean(raw_lines[b.line - 1])
    if not (len(first) <= 160 and len(first) < len(text) and text.startswith(first)) or first[-1:] in ".;,":
        return None
    if not minute:
        second = _clean(raw_lines[b.line]) if b.line < len(raw_lines) else ""
        if not _unfilled_title(first, second) or not text[len(first):].strip().startswith(second):
            return None
    return first


# labels a converter may run together on one line ("Date: ... Time: ... Venue: ...")
_LABEL_WORDS = (
    r"(?:(?:date|time|venue|place|location|meeting|membership|substitutes?|present|those\s+(?:attending|present)|attendance|attendees|members\s+of\s+the\s+public(?:\s+present)?|"
    # ("Council Employees Present: RFO Clive Baker, Clerk Linda Evans": Blaengwrach CC)
    r"(?:council\s+)?(?:employees|staff)\s+present|"
    r"members\s+present|councillors\s+present|also\s+present|also\s+attended|also\s+in\s+attendance|"
    r"in\s+attendance|officers(?:\s+(?:present|in\s+attendance|attending))?|"
    r"(?:independent\s+)?co-opted\s+(?:independent\s+)?members?|independent\s+members?|"
    r"apologies(?:\s+for\s+absence)?|contact(?:\s+officer)?|enquiries(?:\s+to)?|e-?mail|tel(?:ephone)?|"
    r"date\s+of\s+(?:the\s+)?next\s+meeting|report\s+(?:to|of|by|title|author|presented\s+by)|"
    r"title\s+of\s+(?:the\s+)?report|presented\s+by|lead\s+officer|author|subject)\s*:"
    r"|(?:the\s+)?meeting\s+(?:commenced|started|began|closed|ended|finished|concluded|terminated)\s+at\b"
    r"|(?:present|in\s+attendance)\s+from\s+(?:the\s+)?(?-i:[A-Z])[^:]{1,80}?:)")  # "Present from the OPCC:"
_INLINE_LABEL = re.compile(rf"(?<=\S)\s+(?={_LABEL_WORDS})", re.I)
# the same matches found from their first space (a pattern opening with a character set is scanned
# for fast; one opening with a look-behind is tried at every position): the look-behind then checks
# the character before that space
_INLINE_LABEL_AT_SPACE = re.compile(rf"\s(?<=\S\s)\s*(?={_LABEL_WORDS})", re.I)
# ... and only those a capital follows (the only places _split_labels cuts), on ASCII text (where a
# capital is [A-Z]): the label words are tried only there
_INLINE_LABEL_ASCII = re.compile(rf"\s(?<=\S\s)\s*(?=(?-i:[A-Z]))(?={_LABEL_WORDS})", re.I)
_LABEL_AT = re.compile(_LABEL_WORDS, re.I)
# words that lead into a label's word inside a title, never end a value before a label (nor a panel's name
# before its minutes' title: "TO SIGN AS A CORRECT RECORD THE" / "MINUTES OF THE MEETING HELD ON ...", Dyfed
# Powys PCP, is one item's title)
_LEADS_INTO_LABEL = frozenset(("previous", "next", "last", "this", "the", "of", "a", "an"))


# titles a converter ran on after the panel's name ("SUSSEX POLICE AND CRIME PANEL MINUTES of the meeting ...")
_INLINE_TITLE = re.compile(r"(?<=\S)\s+(?=(?-i:MINUTES|Minutes)\s+of\s+(?:the|a|an)\b|(?-i:NOTICE\s+IS|Notice\s+is)\s+"
                           r"(?:hereby\s+)?given\b|(?-i:A)\s+(?:(?:virtual|digital|remote|online|hybrid)\s+)?meeting\s+of\s+the\b.{5,120}\bwill\s+be\s+held\b)", re.I)
# a council's or an authority's name before its minutes' title, the two run into one line ("Melton Parish Council
# Minutes of the Statutory Annual Meeting of Melton Parish Council held via Zoom on ...": a line a loader joined;
# "Groby Parish Council Minutes of a Meeting of Groby Parish Council held at 7.00pm ...": a flattened page)
_COUNCIL_NAME = re.compile(r"(?!The\s)[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|of|&))*\s+(?:Council|Authority)")
# how each _INLINE_TITLE form goes on after its whitespace (scanned for before _INLINE_TITLE)
_INLINE_TITLE_OPENER = re.compile(r"(?:MINUTES|Minutes)\s+(?i:of)|NOTICE\s+IS|Notice\s+is|A\s+(?i:meeting|virtual|digital|remote|online|hybrid)")
_A_SPACE = re.compile(r"A\s")


def _may_open_title(text: str) -> bool:
    """False when no _INLINE_TITLE_OPENER can be in ``text``: each begins with one of these (plain
    substring tests and a scan for a literal: the quickest test, made first)."""
    return ("MINUTES" in text or "Minutes" in text or "NOTICE" in text or "Notice" in text
            or _A_SPACE.search(text) is not None)


# numbered items a converter ran together ("1. Apologies for Absence 2. Declarations of Interest")
_RUN_ITEM = re.compile(r"(?<=[A-Za-z)])\s+(?P<n>\d{1,3})[.)]\s+(?=[A-Z])")
# the same matches found from their first space (as _INLINE_LABEL_AT_SPACE)
_RUN_ITEM_AT_SPACE = re.compile(r"\s(?<=[A-Za-z)]\s)\s*(?P<n>\d{1,3})[.)]\s+(?=[A-Z])")


_NUMBERED_NO = re.compile(r"^(?:item\s+)?(\d{1,3})[.)]?\s+[A-Z]")


def _split_items(text: str) -> list[str]:
    m = _NUMBERED_NO.match(text)
    if not m:
        return [text]
    want = int(m.group(1)) + 1
    out, prev = [], 0
    for r in _RUN_ITEM_AT_SPACE.finditer(text):
        if int(r.group("n")) == want:
            out.append(text[prev:r.start()].strip())
            prev = r.start("n")
            want += 1
    out.append(text[prev:].strip())
    return [o for o in out if o]


_NUMBERED = re.compile(r"^(?:item\s+)?\d{1,3}[.)]?\s+[A-Z]")


# a page a converter flattened into one line, its minutes title after a lead (an agenda pack's page
# stamp "Item 2", a page number and a bracketed note): "Item 2 West Yorkshire Police and Crime Panel
# Draft Minutes 6 February 2016, Wakefield Town Hall PRESENT: ..."; "1 (These minutes are published
# subject to approval ...) Groby Parish Council Minutes of a Meeting of Groby Parish Council held at
# 7.00pm on Monday 4 February 2008 at ..., Groby Cou/285/07-08 Present Members: ..."
_FLAT_LINE = 400
_FLAT_TITLE = re.compile(
    r"(?<=\S)\s+(?=(?:[A-Z][\w&'’-]*\s+(?:(?:[A-Z][\w&'’-]*|and|of|for|the|&)\s+){0,8}?(?:Panel|Council|Committee|Authority|Board)\s+(?:Draft\s+)?"
    r"(?:Minutes|MINUTES)\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}\b|(?:Minutes|MINUTES)\s+of\s+(?:a|an|the)\s+"
    r"(?:[A-Za-z]+\s+)?(?:Meeting|MEETING)\s+of\s+(?:the\s+)?[A-Z][^.]{3,120}?\s+held\s))")
# the first minute after the title: a minute number or a "Present" label
_FLAT_TITLE_END = re.compile(rf"\s+(?={MINUTE_NUMBER}[A-Z]|(?:Members\s+)?(?:Present|PRESENT)\b)")

_MINUTE_NO = re.compile(rf"{MINUTE_NUMBER}(?=[A-Z])")
#: where the search for a flattened page's title ends (it starts in the first 300 characters)
_FLAT_TITLE_END_AT = 300 + 40


def _flat_title(text: str) -> Optional[list[str]]:
    """(lead, title, rest) of a flattened page whose title follows a lead of at most 300 characters."""
    if text.find("Minutes", 0, _FLAT_TITLE_END_AT) < 0 and text.find("MINUTES", 0, _FLAT_TITLE_END_AT) < 0:
        return None   # (every _FLAT_TITLE holds one of the two: asked of every long line)
    m = _FLAT_TITLE.search(text, 0, _FLAT_TITLE_END_AT)
    if not m or m.start() > 300:
        return None
    e = _FLAT_TITLE_END.search(text, m.end())
    if not e or e.start() - m.end() > 300:
        return None
    rest = text[e.end():].strip()
    num = _MINUTE_NO.match(rest)  # the first minute's number, its own line
    return [text[:m.start()].strip(), text[m.end():e.start()].strip()] + (
        [num.group(0).strip(), rest[num.end():]] if num else [rest])


# a front sheet flattened into one line: the body in capitals, then the day, date and time ("NOTTINGHAMSHIRE
# POLICE AND CRIME PANEL Monday, 15 June 2015 at 14:00 County Hall , There will be a pre-meeting ... AGENDA 1
# Election of Chairman ..."): cut into the body's line and the date's line (the body over a dated line)
_FLAT_FRONT = re.compile(
    r"^(?P<b>[A-Z][A-Z&'’ -]{3,90}?\b(?:PANEL|COMMITTEE|BOARD|AUTHORITY|COUNCIL|CABINET))\s+"
    r"(?P<d>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8},?\s+\d{4}"
    r"(?:,?\s+at\s+\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?)?)\s+(?=\S)")
_FLAT_MINUTE = re.compile(rf"\s+(?={MINUTE_NUMBER}[A-Z]|(?P<n>\d{{1,2}})\.\s+[A-Z])")


def _flat_minutes(rest: str) -> list[str]:
    """The rest of a flattened page cut before each minute: its number ("Cou/286/07-08") or "N." counting
    up from 1 ("1. Apologies for Absence ... 2. Minutes of ...")."""
    out, prev, want = [], 0, 1
    for m in _FLAT_MINUTE.finditer(rest):
        if m.group("n") is not None:
            if int(m.group("n")) != want:
                continue
            want += 1
        out.append(rest[prev:m.start()].strip())
        prev = m.end()
    out.append(rest[prev:].strip())
    return [o for o in out if o]


_SPLIT_LABELS_RE = re.compile(r"(\S+)\s+$")
_NUMBER_BEFORE_LABEL = re.compile(r"\d{1,3}[.)]|\d{1,4}/\d{2}")
_SPLIT_LABELS_RE2 = re.compile(r"(?:item\s+)?\d{1,3}[.):]?", re.I)


# a minutes title a text loader ran on into the list of councillors under it: "Minutes of a Meeting of the Council
# held at the Village Hall on Wednesday, 28 March 2007" + "Councillors D Risk (Chairman) (DR), ..." (Brandeston PC;
# the list unlabelled, as North Yorkshire PFCP's under its title): cut after the title's year (and time)
_TITLE_THEN_COUNCILLORS = re.compile(
    r"^(?:minutes|notes)\s+of\b[^.]{5,200}?\bheld\b[^.]{3,120}?\b(?:19|20)\d{2}\b"
    r"(?:,?\s+(?:at|commencing\s+at)\s+\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?)?\.?(?=\s+(?:Councillors|Cllrs)\s+[A-Z])",
    re.I)


# the agenda heading of a front sheet flattened into one line, the items run on after it counting from 1 ("... Council
# Chamber - Bodlondeb AGENDA 1. Appointment of Chair 2. Appointment of Vice-Chair ...": North Wales PCP, Conwy CBC;
# "... Clerk to the Police and Crime Panel 21 January 2021 Agenda 10.30 am 1. Declarations of Interest (Pages 5 - 6)
# ... 10.35 am 2. Minutes of the Previous Meeting ...": Sussex PCP, West Sussex CC): the heading ends the title's
# text, the items are cut apart where their numbers go up by one (a time before a number stays with the item before)
_FLAT_AGENDA = re.compile(r"(?<=\S)\s+(?-i:AGENDA|Agenda)(?=\s+(?:\d{1,2}[.:]\d{2}\s*[ap]\.?m\.?\s+)?1[.)]\s+[A-Z])")
#: how far into a flattened line its agenda heading is looked for
_FLAT_AGENDA_AT = 1200


def _split_flat_agenda(text: str) -> Optional[list[str]]:
    """(the title's text up to and with its "AGENDA" heading, then each item) of a front sheet flattened into one
    line whose numbered items run on after its agenda heading; None when it has none."""
    if "AGENDA" not in text[:_FLAT_AGENDA_AT] and "Agenda" not in text[:_FLAT_AGENDA_AT]:
        return None
    ag = _FLAT_AGENDA.search(text, 0, _FLAT_AGENDA_AT)
    if ag is None:
        return None
    rest = text[ag.end():].strip()
    lead = _CLOCK_LEAD.match(rest)
    items = _split_items(rest[lead.end():] if lead else rest)
    if len(items) < 2:
        return None  # (one number after the heading: no run of items)
    out = [text[:ag.end()].strip()]
    for it in items:
        it = _CLOCK_TAIL.sub("", it)  # (the next item's time: "... urgency. 10.40 am")
        if not _PAGES.search(it) and len(it) > _FLAT_ITEM_TITLE and ":" not in it[:70]:
            # the title and its purpose run together with no page range between them ("3. Urgent Matters Items not on
            # the agenda which the Chairman ... should be considered as a matter of urgency.": Sussex PCP): where the
            # title ends is unknown, the text is kept without its number (no item)
            it = _LEADING_ITEM_NO.sub("", it)
        out.append(it)
    return out


_CLOCK_LEAD = re.compile(r"\d{1,2}[.:]\d{2}\s*[ap]\.?m\.?\s+")
_CLOCK_TAIL = re.compile(r"\s+\d{1,2}[.:]\d{2}\s*[ap]\.?m\.?$")
_LEADING_ITEM_NO = re.compile(r"^\d{1,3}[.)]\s+")
#: a flattened item longer than this, with no page range, has its purpose run on after its title
_FLAT_ITEM_TITLE = 80


def _split_labels(text: str) -> list[str]:
    """A line cut before each capitalised "Label:" a converter ran into it,
    before a minutes / notice title run on after a panel's name, and between
    numbered agenda items run together."""
    if (text[:1] in "MmNn" and ("Councillors " in text or "Cllrs " in text)
            and (tc := _TITLE_THEN_COUNCILLORS.match(text))):
        return [text[:tc.end()]] + _split_labels(text[tc.end():].strip())
    if len(text) > _FLAT_LINE:
        flat = _flat_title(text)
        if flat:
            return flat[:-1] + [x for part in _flat_minutes(flat[-1]) for x in _split_labels(part)]
        fa = _split_flat_agenda(text)
        if fa:
            return [fa[0]] + [x for part in fa[1:] for x in _split_labels(part)]
        front = _FLAT_FRONT.match(text)
        if front:
            return [front.group("b"), front.group("d")] + _split_labels(text[front.end():])
    if _NUMBERED.match(text):
        parts = _split_items(text)
        if len(parts) > 1:
            return [x for p in parts for x in _split_labels(p)]
    t = _INLINE_TITLE.search(text) if _may_open_title(text) and _INLINE_TITLE_OPENER.search(text) \
        else None
    if t and len(text[:t.start()]) <= 100 and not _ITEM.match(text) \
            and text[:t.start()].rsplit(None, 1)[-1].lower() not in _LEADS_INTO_LABEL and (
            _BODY_LINE.match(text[:t.start()].strip(" .:")) or text[:t.start()].isupper()
            or _COUNCIL_NAME.fullmatch(text[:t.start()].strip(" .:"))):
        return _split_labels(text[:t.start()].strip()) + _split_labels(text[t.end():].strip())
    if ":" not in text:
        return [text]
    cuts = []
    label_end = 0
    for m in (_INLINE_LABEL_ASCII if text.isascii() else _INLINE_LABEL_AT_SPACE).finditer(text):
        c = m.end()
        if not text[c].isupper() or c < label_end:
            continue  # (a capital inside the label cut before: "Members of the Public Present:")
        # "Also Present:", "Members present:": the word before belongs to the label
        w = _SPLIT_LABELS_RE.search(text[:c])
        if w and _LABEL_AT.match(text[w.start(1):]):
            continue
        if w and w.group(1).lower() in _LEADS_INTO_LABEL:
            continue  # "MINUTES OF THE PREVIOUS MEETING: 2 FEBRUARY 2024": the label word is the title's
        if _SPLIT_LABELS_RE2.fullmatch(text[:c].strip()):
            continue  # "4. Date of next meeting: ...": an item's number is not a line of its own
        label_end = _LABEL_AT.match(text, c).end()
        if w and w.start(1) > 0 and _NUMBER_BEFORE_LABEL.fullmatch(w.group(1)):
            # "... Cllr H Davies 82/23 Apologies: ..." (Blaengwrach CC), "Ref: AGM22 1. PRESENT: ..." (Pickhill
            # and Sinderby PC): lines a loader joined; the item's number goes with its label
            c = w.start(1)
        cuts.append(c)
    if not cuts:
        return [text]
    return _cut_at(text, cuts)


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
        if key == "place" and len(val) > 100 and (pc := POSTCODE.search(val)):
            # an address ends at its postcode (a front sheet flattened into one line: "Venue: Council Chamber, ...,
            # Birmingham, B1 1BB Membership Constituent Members ...": WMCA Board, as a dated title's venue)
            val = val[:pc.end()]
        if key not in kv:
            kv[key] = val
        last = key
        j += 1
    return kv, j


def _is_label(t: str) -> bool:
    return any(rx.match(t) for rx, _ in labels_for(t))


def _is_kv(e: _E) -> bool:
    if e.cells is not None:
        return bool(e.cells) and bool(_kv_key(e.cells[0]))
    if ":" not in e.text:  # every _KV_LINE has one (the quick test first: asked of every line, twice)
        return False
    m = _KV_LINE.match(e.text)
    return bool(m and _kv_key(m.group("k")))


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
