"""Lines and drafts of pdftotext-like text; heading tests (shared with the Markdown
loader for bold pseudo-headings); tab-separated tables and the rule for joining a
broken line to the paragraph above (rules 1-5 of :mod:`extract.loaders.text`)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional, Sequence

from ...model import BULLET, PARAGRAPH
from ...normalise.core import MONTH
from ...normalise.labels import AGENDA_NUMBER, LINE_LABEL
from ...vocab import vocabulary
from ..common import CLOSERS, LOWER_LEAD, ends_sentence, ends_with_figures, ends_with_stop_word, is_data_line, page_marker, starts_lower, URL_STARTS

BULLET_GLYPHS = "•–—―-●▪◦○■□➢✓*·‣⁃►▶❖♦◆➤✔"
# dash-like glyphs and "*" need a space after them ("-17.6%" is a number); round glyphs may touch the text
# Word's second-level bullet "o" (Courier New) comes out of a converter as "o" then a tab or a
# run of spaces ("o   38 of 46 (83%) ..."), under first-level "·" bullets: a bullet only so
_BULLET = re.compile(r"^(?P<indent>[ \t]*)(?:(?P<glyph>[-–—―*·])[ \t]+|"
                     r"(?P<glyph2>[•●▪◦○■□➢✓‣⁃►▶❖♦◆➤✔\uf0b7\uf0a7\uf0d8\uf076])[ \t]*|"
                     r"(?P<glyph3>o)(?:\t|[ \t]{2,}))(?P<text>\S.*)$")
# the characters a bullet line starts with (after its indent): other lines skip _BULLET
BULLET_START = frozenset("-–—―*·•●▪◦○■□➢✓‣⁃►▶❖♦◆➤✔\uf0b7\uf0a7\uf0d8\uf076o")
_COL_SPLIT = re.compile(r"\t+|\s{3,}")
# a converter's wide gap inside one duration ("26 minutes   55 seconds", "1 minute 30   seconds":
# Avon and Somerset's FOI answer): the duration is one field, not a label and a value
_HOURS, _MINUTES, _SECONDS = r"(?:hours?|hrs?)", r"(?:minutes?|mins?)", r"(?:seconds?|secs?)"
_DURATION_GAP = re.compile(
    rf"(?i)(?<![\w.,])(\d+[ \t]*{_HOURS})[ \t]{{3,}}(?=\d+[ \t]*(?:{_MINUTES}|{_SECONDS})\b)"
    rf"|(?<![\w.,])(\d+[ \t]*{_MINUTES})[ \t]{{3,}}(?=\d+[ \t]*{_SECONDS}\b)"
    rf"|(?<![\w.,])(\d+)[ \t]{{3,}}(?=(?:{_HOURS}|{_MINUTES}|{_SECONDS})(?:[ \t]{{3,}}|[ \t]*$))")

SMALL_WORDS = frozenset("""a an the of and or & in on at to for by with from as vs v via per
out into up is are was were be incl""".split())
HEADER_WORDS = frozenset("""action actions date dates due progress status owner owners measure measures
value values target targets rag total totals q1 q2 q3 q4 item items description lead name names
role comments comment update updates deadline acronym acronyms term terms definition meaning
result results rating score change trend period year month actual forecast budget variance
no no. ref reference number""".split())

_KEYWORD_HEADING = re.compile(
    r"^(?:priority|objective|section|part|chapter|appendix|annex|theme|strand)\s+"
    r"(?:\d+(?:\.\d+)*|[ivxlc]+|one|two|three|four|five|six|seven|eight|nine|ten|[a-z])\b"
    r"\s*(?:[:.\-–—)]|$)", re.I)


@dataclass(slots=True)  # (no __dict__: one object fewer per line for the cycle collector)
class _Line:
    no: int            # 1-based line number
    raw: str           # without the newline, form feeds removed
    text: str          # stripped
    blank_before: int  # blank lines between the previous non-blank line and this one
    room: int = -1  # layout flow: characters left before the flow's right edge (-1: unknown)


@dataclass(slots=True)  # (as _Line)
class _Draft:
    kind: str
    line: int
    parts: list[str] = field(default_factory=list)
    last_raw: str = ""
    last_room: int = -1
    level: int = 0
    glyph: str = ""
    indent: int = 0
    rows: Sequence[list[str]] = ()  # a table's rows (others share the empty tuple: never appended to)
    joined: bool = False
    src: Sequence[int] = ()  # line numbers of a rebuilt table's cells (as rows)

    @property
    def text(self) -> str:
        return " ".join(self.parts)


# --------------------------------------------------------------------------
# heading tests (shared with the Markdown loader for bold pseudo-headings)
# --------------------------------------------------------------------------

_PARENS = re.compile(r"\([^)]*\)")


def _strip_parens(t: str) -> str:
    return _PARENS.sub(" ", t) if "(" in t else t  # (every match opens a bracket)


def is_keyword_heading(t: str) -> bool:
    return bool(_KEYWORD_HEADING.match(t)) and len(t) <= 120


_ASCII_LOWER = re.compile(r"[a-z]")


def is_caps_heading(t: str) -> bool:
    if "(" in t:
        head = t.split("(", 1)[0].strip()
        has_paren = True
    else:
        head, has_paren = t.strip(), False
    if _ASCII_LOWER.search(head):  # a lower-case ASCII letter: the test below fails anyway
        return False
    letters = [c for c in head if c.isalpha()]
    if len(letters) < 4 or any(c.islower() for c in letters):
        return False
    words = [w for w in head.split() if (w[0].isalpha() or any(c.isalpha() for c in w))]
    return len(words) >= 2 or (has_paren and len(words) == 1)


def is_header_row(t: str) -> bool:
    words = t.split()
    return len(words) >= 2 and all(w.strip(":").lower() in HEADER_WORDS for w in words)


def _has_letter(w: str) -> bool:
    """Some character of the word is a letter (``str.isalpha``); an ASCII word has one exactly when
    it has case (only ASCII letters do), tested without a loop over its characters."""
    if w[0].isalpha():
        return True
    if w.isascii():
        return w.lower() != w.upper()
    return any(c.isalpha() for c in w)


@lru_cache(maxsize=4096)  # a pure test of one string, asked again for the same line
def is_title_like(t: str) -> bool:
    if not t or not (t[0].isupper() or t[0].isdigit()):
        return False
    if t.endswith(":") or ": " in t:
        return False
    words = []
    for w in t.split():
        # (_has_letter, inline: asked for every word)
        if w[0].isalpha() or (w.lower() != w.upper() if w.isascii() else any(c.isalpha() for c in w)):
            words.append(w)
            if len(words) > 8:  # too many words: no need to read the rest
                return False
    if not words or not any(w[0].isupper() for w in words):
        return False
    if is_header_row(t):
        return False
    if "(" in t:
        sig = [w for w in _strip_parens(t).split() if _has_letter(w) and w.lower().strip("-–—,") not in SMALL_WORDS]
    else:  # (_strip_parens leaves t as it is: its words with a letter are ``words``, every one read above)
        sig = [w for w in words if w.lower().strip("-–—,") not in SMALL_WORDS]
    if not sig:
        return False
    caps = sum(1 for w in sig if w.lstrip("'\"‘“(")[:1].isupper())
    return len(words) <= 4 or caps / len(sig) >= 0.75


@lru_cache(maxsize=4096)  # a pure test of one string, asked again for the same line
def heading_level(t: str) -> Optional[int]:
    """Level of a heading-like text line, or None (see module docstring, rule 5): a title-like line
    that is a table's row, a label then its figures ("Total Bonds 117,867,477", "Fire-related injuries
    22 22 21 14 23 19 10": :func:`ends_with_figures`), is a paragraph whose figures are read, not the
    heading of what follows; a keyword heading ("Appendix 1", "Priority 2: ...") stays one."""
    level = title_level(t)
    if level is not None and level > 1 and is_table_piece(t):
        return None
    return level


def is_table_piece(t: str) -> bool:
    """A title-like line that is a piece of a table, never a heading below level 1: a row, a label then
    its figures (:func:`ends_with_figures`), or a wrapped cell's fragment (:func:`is_cell_fragment`)."""
    return ends_with_figures(t) or is_cell_fragment(t)


# an item's label before a closing bracket ("a)", "iv)", "2.1)"): a list's label, not a wrapped cell's end
_ITEM_LABEL = re.compile(r"^(?:\d+(?:\.\d+)*|[a-z]|[ivxlc]+)$", re.I)
# a last word no heading ends with: the wrapped cell goes on on the next line ("&" is left out: a page's
# header fragment would take its place as the section, KCC finance monitoring Q3)
_CELL_GOES_ON = frozenset(("and", "of", "the"))
# a lone lower-case letter between words ("Revenu e e", "Key Service e Summary Detail"): a PDF's text
# layer splitting a wrapped header cell's word ("Revenu|e"); "a" and "v" (versus) are words; a last
# letter is left alone ("9. COUNCILLORS' RESPONSIBILITIES. Details of e": an item cut short, Swaton PC)
_LONE_LETTER = re.compile(r"\s[b-uw-z]\s")


def is_cell_fragment(t: str) -> bool:
    """A title-like line that is a piece of a wrapped table cell, not a heading: it closes a bracket
    opened on an earlier line ("Adults)" after "Strategic Commissioning (Integrated &"); it goes on on
    the next line (a bracket left open, a last "of": "Number of"); it holds a lone lower-case letter
    between words, a word's end split off by a PDF's text layer ("Revenu e e"); or it is one word three
    times or more, a header over each column ("Revenue Revenue Revenue")."""
    close = t.find(")")
    if close >= 0 and "(" not in t[:close] and not _ITEM_LABEL.match(t[:close].strip()):
        return True
    words = t.lower().split()
    if not words:
        return False
    if t.rfind("(") > t.rfind(")") or words[-1] in _CELL_GOES_ON:
        return True  # the cell goes on: a bracket left open, a last "of" ("Number of")
    if len(words) >= 3 and len(set(words)) == 1:
        return True  # one word over each of three or more columns: a header row ("Revenue Revenue Revenue")
    return _LONE_LETTER.search(t) is not None


@lru_cache(maxsize=4096)  # a pure test of one string, asked again for the same line
def title_level(t: str) -> Optional[int]:
    """Level of a heading-like text line by its words alone (a table's row, a label then its
    figures, included: the line-joining rules read it so)."""
    if not t or len(t) > 120 or t.rstrip()[-1:] == "|":
        return None  # ("Work |": a web table's cell saved with a " |" after it, never a heading)
    if is_keyword_heading(t) and not t.rstrip().endswith((",", ";")):
        return 1
    if len(t) > 90 or t.rstrip().endswith((".", ",", ";", ":")) or "%" in t or "£" in t or "=" in t:
        return None
    if is_data_line(t):
        return None
    if is_caps_heading(t):
        return 2
    if is_title_like(t):
        return 3
    return None


@lru_cache(maxsize=4096)  # a pure test of one string, asked again for the same line
def _strong_heading(t: str) -> bool:
    return (is_keyword_heading(t) and not t.endswith((",", ";"))) or (
        is_caps_heading(t) and len(t) <= 90 and not t.endswith((".", ",", ";")))


_DATELINE_HEADS = frozenset(("post", "publ", "upda", "last", "firs"))  # how every words.toml dateline starts


def is_dateline(t: str) -> bool:
    """A news page's dateline ("Posted on 30th January 2012", "Published on: Friday, 22nd December
    2023": words.toml dateline); the length and first-word tests are exact shortcuts (every match
    is shorter and starts with one of those words)."""
    return len(t) <= 70 and t[:4].lower() in _DATELINE_HEADS and vocabulary().pattern("dateline").match(t) is not None


# --------------------------------------------------------------------------
# parsing
# --------------------------------------------------------------------------

def _split_cols(raw: str) -> list[str]:
    """Fields of a line: tab-separated lines split on every tab (so an empty first,
    middle or last cell keeps its place); others on runs of three or more spaces."""
    s = raw.rstrip(" \r\n")
    if "\t" in s:
        return [c.strip() for c in s.strip(" ").split("\t")]
    return [c for c in _COL_SPLIT.split(join_duration_gaps(s.strip()))]


def join_duration_gaps(s: str) -> str:
    """The line with a wide gap inside a duration closed up ("26 minutes   55 seconds" ->
    "26 minutes 55 seconds"), so no column boundary is seen there."""
    return _DURATION_GAP.sub(lambda m: (m[1] or m[2] or m[3]) + " ", s) if "   " in s else s


def _table_run(lines: list[_Line], i: int) -> int:
    """Number of lines of a table starting at lines[i] (0 when none).

    Space-aligned rows must all have the same number of fields; tab-separated rows
    only need two or more (short rows are padded with empty cells), because a
    converter drops trailing empty cells and starts continuation rows with a tab."""
    first = lines[i]
    n = len(_split_cols(first.raw))
    if n < 2 or _BULLET.match(first.raw):
        return 0
    tabbed = "\t" in first.raw
    j = i + 1
    while j < len(lines) and isinstance(lines[j], _Line) and lines[j].blank_before == 0 \
            and page_marker(lines[j].raw) is None:
        k = len(_split_cols(lines[j].raw))
        if not (k == n or (tabbed and "\t" in lines[j].raw and k >= 2)):
            break
        j += 1
    return j - i if j - i >= 2 else 0


_SOFT_END = re.compile(r"""[.!?:]["'”’)\]]*\s*$""")


def _soft_end(t: str) -> bool:
    """``_SOFT_END`` found in ``t``, read from the end (as common.ends_sentence)."""
    t = t.rstrip().rstrip(CLOSERS)
    return bool(t) and t[-1] in ".!?:"


_ITEM_NUMBER = re.compile(rf"{AGENDA_NUMBER}\.")
#: a minute's number of one to three digits, a full stop and a capitalised title word ("573. Apologies")
_MINUTE_OPEN = re.compile(rf"{AGENDA_NUMBER}\.\s+[A-Z][a-z]")
#: an agenda item's bare number and a capitalised title word, no full stop ("4 Committee Briefing on ...": a
#: CMIS or ModernGov web agenda); a day of the month before its month is a date ("13 August 2020"), never an item
_BARE_ITEM_OPEN = re.compile(rf"{AGENDA_NUMBER}[ \t]+(?!(?i:{MONTH}))[A-Z][a-z]")

#: a list item's label opening a line ("(b) ", "ii. ", "5) "; "(b)" alone): groups opener, label, closer
_LIST_LABEL = LINE_LABEL
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv")


def _label_of(t: str) -> "tuple[str, str, str] | None":
    """(opening bracket, label, closer) of a list label opening ``t``; "(a)" / "a)" / "a." but not "(a."."""
    if not t or not (t[0] == "(" or t[0].isdigit() or "a" <= t[0] <= "z"):
        return None   # (cheap first: a label opens with a bracket, a digit or a lower-case letter)
    m = _LIST_LABEL.match(t)
    if m is None or (m.group(1) and m.group(3) != ")"):
        return None
    return m.group(1), m.group(2), m.group(3)


def may_be_letter_label(c0: str, t: str) -> bool:
    """False only when ``t``, opening with the lower-case letter ``c0``, opens with no list label
    (``_label_of`` None): a letter's label is closed at once ("b) ", "c. "), only a roman numeral's
    ("iv. ") runs on, in the letters i, v and x.  Most lines opening in lower case are a wrapped
    sentence's: this test, not the label pattern, answers for them (tests/test_speed19b.py)."""
    return c0 in "ivx" or t[1:2] in (".", ")")


def _predecessors(label: str) -> tuple[str, ...]:
    """The labels an item labelled ``label`` follows: "b" after "a", "iv" after "iii" ("v" both), "5" after "4"."""
    if label.isdigit():
        return (str(int(label) - 1),) if int(label) > 1 else ()
    out = []
    if len(label) == 1 and label > "a":
        out.append(chr(ord(label) - 1))
    if label in _ROMAN and label != "i":
        out.append(_ROMAN[_ROMAN.index(label) - 1])
    return tuple(out)


def _next_item(d: _Draft, t: str) -> bool:
    """Does ``t`` open the next item of a list the draft holds: its label's predecessor, written the same way,
    opens one of the draft's lines ("(a) ... 55%;" + "(b) that it be noted ..."; "4. ... night-time" + "5. type of
    damage ..."), or the draft is itself an item of a list -- a minutes' or agenda's lettered or numbered points,
    one a line, are points of their own, never one sentence (Bromsgrove, Herefordshire, Plymouth (Devon and
    Cornwall panel), West Midlands Police, Kent, Hertingfordbury)."""
    lab = _label_of(t)
    if lab is None:
        return False
    opener, label, closer = lab
    before = _predecessors(label)
    for part in d.parts[-40:]:   # (the draft's last lines: a run of labelled lines never reads the whole draft)
        got = _label_of(part)
        if got is not None and got[0] == opener and got[2] == closer and got[1] in before:
            return True
    # an item of a list (of any labels): "3. Agree ... May 2025" + "6. Following the debate ..." (Kent), "iii.
    # Setting a course ...;" + "b) The force ..." (Plymouth), "d) To agree a response ... matters" + "10. NEXT
    # MEETING ..." (Hertingfordbury); not after a line its sentence runs on from ("... to March 2024 was" +
    # "12. This compares with 15": the number is the figure the sentence was reaching)
    last = d.parts[-1].rstrip()
    if last.endswith((",", "-", "–", "(")) or ends_with_stop_word(last):
        return False
    return _label_of(d.parts[0]) is not None


def _should_join(d: _Draft, ln: _Line) -> bool:
    # (every test before the first True answer is a pure test answering False: their order is free,
    # the cheapest asked first)
    if ln.blank_before > 3 or d.kind not in (PARAGRAPH, BULLET):
        return False
    prev = d.last_raw.rstrip()
    if not prev:
        return False
    t = ln.text
    c0 = t[:1]
    if (c0.isupper() or c0.isdigit() or c0 == "(") and prev.startswith(URL_STARTS) and " " not in prev.lstrip():
        # a web address alone on its line (a saved page's address over its text) ends there: a capitalised
        # line after it ("https://.../minutes-of-the-parish-council-meeting-..." / "Minutes of the Parish
        # Council Meeting held in ...") opens a block of its own, as a numbered one does ("https://democracy.
        # eastherts.gov.uk/ieIssueDetails.aspx?..." / "415 2012 – 13 Service Plans: ...", East Herts' ModernGov
        # page; "https://www.devon.gov.uk/accesstoinformation/?p=4077" / "1) The total number of ...", Devon
        # County Council's FOI answer): the address is no word of the figure's sentence
        return False
    # (the first-character tests of _label_of, starts_lower and is_dateline asked here first: most
    # lines fail them, and the call is not made)
    if (c0 == "(" or c0.isdigit() or ("a" <= c0 <= "z" and may_be_letter_label(c0, t))) and _next_item(d, t):
        return False
    if c0.isdigit() and _MINUTE_OPEN.match(t) and not ends_with_stop_word(prev) \
            and (ln.blank_before or (d.kind == BULLET and d.glyph and (ends_sentence(prev) or len(prev) < 40))):
        # a minute's number and title open a line of their own after a blank line or under a bullet point
        # ("... S. Venton  Parishioners: 2" / blank / "573. Apologies for Absence: ...": Little Totham PC;
        # "•  None" / "62.  Minutes of the previous meetings": Preshute PC); never after a sentence broken
        # off at a stop word ("... be approved and" / blank / "576. a) Planning applications")
        return False
    if c0.isdigit() and ln.blank_before and _BARE_ITEM_OPEN.match(t) \
            and not ends_with_stop_word(prev) and not prev.endswith((",", "-", "–", "(", "/", "&")):
        # an agenda item's bare number and title after a blank line open an item of their own, not the text
        # above going on (Norwich CMIS: "... held on 13 August 2020" / blank / "4 Committee Briefing on ...";
        # ModernGov item pages: "... Committee (Item 5)" / blank / "5 Forward Work Programme ... PDF 82 KB",
        # Flintshire, Herefordshire, Oxfordshire; Moray CMIS minutes "4 Written Questions"; Essex Police's
        # "2 Executive Summary ..."); never after a sentence broken off at a stop word or comma ("... compared
        # to" / blank / "259 MSFG average")
        return False
    # (False for a text starting with a URL_STARTS address; starts_lower strips LOWER_LEAD first)
    lower = (c0.islower() or c0 in LOWER_LEAD) and starts_lower(t)
    if ln.blank_before > (3 if lower else 2):
        return False
    if _strong_heading(t):
        return False
    trailing = d.last_raw != prev
    if (t[:4].lower() in _DATELINE_HEADS and is_dateline(t)) \
            or (not d.joined and prev[:4].lower() in _DATELINE_HEADS and is_dateline(prev)):
        return False  # a news page's headline and its dateline are lines of their own
    if d.kind == PARAGRAPH and not d.joined and not trailing and _strong_heading(prev):
        return False
    if ln.blank_before == 0 and ")" in t and prev.count("(") > prev.count(")") and t.count(")") > t.count("("):
        return True  # "... (Pages" + "9 - 40)": a bracket closed on the next line
    if ends_sentence(prev):
        # ";" and "," never end a line's sentence for a lower-case continuation
        if lower and not _soft_end(prev):
            return True
        # a layout flow's line too full for the next line's first word wraps: the next
        # adjacent line continues its paragraph
        if d.last_room >= 0 and ln.blank_before == 0 and len(t.split()[0]) + 1 > d.last_room \
                and not _BULLET.match(ln.raw) \
                and title_level(t) is None and not is_data_line(t):
            return True
        # a wrapped bullet in a run of adjacent lines: "... data errors." + "Median is ..."
        return (d.kind == BULLET and ln.blank_before == 0 and len(prev) >= 55
                and title_level(t) is None and not is_data_line(t) and not is_title_like(t))
    if is_data_line(t):
        if ln.blank_before and _ITEM_NUMBER.fullmatch(t) and not ends_with_stop_word(prev):
            return False  # (auditm5 hook) "Noted" / blank / "5.": an item number ("stands at" / blank / "291." ends the sentence)
        return (t.endswith(".") or ends_with_stop_word(prev)
                or (d.kind == BULLET and trailing))
    if lower:
        return True
    if trailing or ends_with_stop_word(prev):
        return True
    if prev[-1] == "," and ln.blank_before == 0 and not _BULLET.match(ln.raw):
        return True  # a wrapped line ending in a comma goes on: "... held in the Council Chamber," + "Sessions House, ..."
    if len(prev) < 60 and ln.blank_before != 0:
        return False  # (the answer below whatever the heading tests say: asked before them)
    # (title_level: a table's row as one line, a label then its figures, is no heading but ends its text as a
    # heading does: "Total 586.1 621.6 +35.4" / "The Adult Social Care & Health directorate ...")
    prev_heading = not d.joined and title_level(prev) is not None
    if prev_heading:
        return False
    if ln.blank_before == 0 and len(prev) >= 60 and t.endswith("."):
        return True  # a long line going on into one that ends its sentence: wrapped, not a title ("... Sessions" + "House, County Hall, Maidstone on Thursday, 9 January 2025.")
    if is_title_like(t):
        return False
    return len(prev) >= 60 or ln.blank_before == 0
