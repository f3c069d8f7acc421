"""Agenda and minutes listings flattened into one sentence: their numbers are item and page numbers.

A panel's or council's agenda front sheet, read from a PDF or copied from a web page, often comes
out as one long line: "AGENDA 1 Election of Chairman 2 Election of Vice-Chairman 3 Minutes of last
meeting held on 20 April 2015 5 - 12 4 Apologies for Absence ... 9 Police and Crime Plan 12 Month
Monitoring Report and 33 - 128 Commissioner's Annual Report ...", or minutes run together: "11
Welcome and apologies for absence ... 12 Declarations of interests ... 13 Minutes ...".  Read as
narrative, each item number and each page number became a count of the words after it ("4
apologies", "128 commissioner's annual report").

:func:`is_listing` tells such a sentence by its item numbers: at least :data:`MIN_ITEMS` whole
numbers, each followed by a capitalised word, that count up by one in reading order (1, 2, 3, 4 or
11, 12, 13, 14) with an item's title between each two, each the next such number after the one before (or the
one after that: a number in a title); dates and page ranges are not such numbers.  :func:`listing_number` is a plain whole number of such a sentence: no unit, no
thousands separator, no decimal.  A sum of money, a percentage or "1,234 crimes" in a listing is
still a figure.

An item number that opens a heading in capitals ("6 DECLARATIONS OF INTEREST BY INDIVIDUAL
MEMBERS ...") is one too, listing or not, and so is a page range run into a heading in capitals
("Minutes of the previous meeting 7 - 10 MEETING HELD ON ...") and an item's number before its title and
the link to its paper on a ModernGov page ("119 ... Update Report pdf icon PDF 209 KB")
(:func:`is_heading_number`); so is the row number of a record listing (an FOI answer's table of
incidents converted to text without its columns: "1 2019/2020 VIOLENCE AGAINST THE PERSON Type 1 -
Charged/Summonsed 2 2019/2020 ..."), whose item numbers are followed by a year or a date, not a word.
"""
from __future__ import annotations

import re

from ...normalise.core import MONTH

#: how many item numbers counting up by one make a listing, and the fewest characters of an item's
#: title between two of them ("4 Apologies for Absence 5"; not "3 Arrests, 4 Charges and 5 Cautions")
MIN_ITEMS = 4
MIN_TITLE = 8
#: how many row numbers counting up by one, each followed by a year or a date, make a record listing
MIN_DATED_ITEMS = 2

#: a year, a financial year or a date right after a number: the record a row number opens
#: ("1 2019/2020 VIOLENCE AGAINST THE PERSON Type 1 - Charged/Summonsed", "12 03/04/2021 Theft")
_DATED = r"(?:(?:19|20)\d\d(?:[/-]\d{2,4})?|\d{1,2}/\d{1,2}/\d{2,4})\b"
#: a whole number of at most three digits (four before a year or a date; not part of a decimal, a grouped number, a sum, a
#: range's second half "5 - 12" or a date's day "20 April") followed by a capitalised word or a
#: year or date (a record's)
_ITEM = re.compile(rf"(?<![\d.,£$€/:-])(?<![-–]\s)\b(\d{{1,3}}|\d{{4}}(?=\s+{_DATED}))\b(?![.,:/]?\d)\s+(?=[A-Z]|{_DATED})(?!(?i:{MONTH}))")
#: the end of one of a series of counts in prose ("3 Arrests, 4 Charges and 5 Cautions"): no item's title
_SERIES_END = re.compile(r"(?:,|\band|\bor|&)\s*$")
#: a plain whole number, or one a capitalised word of a title follows ("3 Minutes of the last meeting"):
#: an item or page number in a listing
_PLAIN = re.compile(r"\d{1,4}(?:\s+[A-Z][a-z]+)?")
#: an item number opening a heading in capitals (two words of capitals after it), or a row number
#: opening a record: a year or a date right after it (a count is followed by what it counts)
_HEADING_NUMBER = re.compile(rf"\d{{1,2}}\.?\s+[A-Z]{{3,}}[,&]?\s+(?:[A-Z]{{2,}}|OF|&)\b|\d{{1,4}}\s+{_DATED}")
#: an agenda's page range run into the heading in capitals after it, three words of capitals ("MINUTES
#: 7 - 10 MEETING HELD ON ..."; not "7 - 10 ARMED RESPONSE vehicles")
_PAGE_RANGE_HEADING = re.compile(r"(?<![\d.,£$€/:])\b(\d{1,3})[ \t]*[-–][ \t]*(\d{1,3})[ \t]+"
                                 r"(?=[A-Z]{3,}(?:[,&]?[ \t]+(?:[A-Z]{2,}|&)){2}\b)")

#: what every match of _ITEM holds, each at its own place: its last digit and spaces, then (looked at)
#: a capital letter or a digit (a year's or a date's first)
_NUMBER_BEFORE = re.compile(r"\d\s+(?=([A-Z\d]))")


def is_listing(sentence: str) -> bool:
    """Does ``sentence`` hold :data:`MIN_ITEMS` item numbers counting up by one (see the module)?"""
    if len(sentence) < 40:
        return False
    after = _NUMBER_BEFORE.findall(sentence)
    if len(after) < MIN_ITEMS and sum(c.isdigit() for c in after) < MIN_DATED_ITEMS:
        return False   # (each item number ends such a place, a row number one a digit follows: too few of them)
    items = [(int(m.group(1)), m.start(), m.end()) for m in _ITEM.finditer(sentence)]
    runs: list[int] = []   # the length of the run of item numbers counting up to each
    dated: list[int] = []  # the same, of row numbers followed by a year or a date
    for i, (v, start, end) in enumerate(items):
        # the item before it is the one just before, or the one before that (a number of its title
        # between them: "9 Police and Crime Plan 12 Month Monitoring Report ... 10")
        before = [j for j in (i - 1, i - 2) if j >= 0 and items[j][0] == v - 1
                  and start - items[j][2] >= MIN_TITLE and not _SERIES_END.search(sentence, items[j][2], start)]
        n = 1 + max((runs[j] for j in before), default=0)
        runs.append(n)
        d = 1 + max((dated[j] for j in before), default=0) if sentence[end:end + 1].isdigit() else 0
        dated.append(d)
        if n >= MIN_ITEMS or d >= MIN_DATED_ITEMS:
            return True
    return False


def listing_number(raw: str, unit: str) -> bool:
    """Is a quantity written ``raw``, of ``unit``, a plain whole number, or one with a capitalised word
    of a title read as its unit ("3 Minutes"): an item or page number when its sentence is a listing?"""
    return unit in ("count", "seconds") and bool(_PLAIN.fullmatch(raw.strip()))


#: an item's number before its title and the link to its paper on a ModernGov issue page: "119 Burglary and
#: Vehicle Crime in Bromsgrove Update Report pdf icon PDF 209 KB" (Bromsgrove), "37 POLICE & CRIME
#: COMMISSIONER'S ANNUAL REPORT pdf icon PDF 44 KB" (Surrey)
#: (a title may open with a number of its own: "46 101 Update pdf icon PDF 204 KB", Plymouth)
_LINKED_ITEM = re.compile(r"(?<![\d.,£$€/:])\b(\d{1,3})[ \t]+(?:\d{2,3}[ \t]+)?[A-Z][^.;:]{3,200}?[ \t]+[Pp][Dd][Ff][ \t]+icon\b")


def is_heading_number(sentence: str, start: int) -> bool:
    """Is the quantity at ``start`` the item number opening a heading in capitals or the row number
    opening a record of a listing flattened into text ("7 2019/2020 SEXUAL OFFENCES ..."), an item's
    number before its title and the link to its paper ("119 ... Update Report pdf icon PDF 209 KB"), or
    one end of a page range (counting up) right before a heading in capitals ("7 - 10 MEETING HELD ON")?"""
    if start == 0 and _HEADING_NUMBER.match(sentence):
        return True
    if "icon" in sentence and any(m.start(1) == start for m in _LINKED_ITEM.finditer(sentence)):
        return True
    if "-" not in sentence and "–" not in sentence:
        return False   # (a page range has its dash)
    return any(m.start(1) <= start < m.end(2) and int(m.group(1)) < int(m.group(2))
               for m in _PAGE_RANGE_HEADING.finditer(sentence))
