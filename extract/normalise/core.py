"""Shared pieces of the number grammar: the Quantity and Period records,
text cleaning with an offset map, month names and number/sign patterns."""
from __future__ import annotations

import calendar
import datetime as _dt
import itertools
import re
from functools import lru_cache

from dataclasses import dataclass
from typing import Optional


# --------------------------------------------------------------------------
# data classes
# --------------------------------------------------------------------------

@dataclass(frozen=True)
class Quantity:
    """One stated figure.

    ``value`` is in the canonical unit; ``raw`` is ``text[start:end]`` of the
    input the function was given.  ``sign_explicit`` is True when a ``+``/``-``
    glued to the number or an arrow (▼ ▲) next to it fixed the sign.  ``kind``:
    ``''`` ordinary, ``'n'`` a sample count "(n=600)", ``'rank'`` an ordinal
    "41st", ``'plusminus'`` a margin "±3.5 per cent" / "+/- 10.52",
    ``'coefficient'`` a correlation coefficient "r = 0.86" (unit ``ratio``).  ``direction`` is the
    arrow/glyph printed next to the value (-1 ▼, +1 ▲ or ^, 0 none).
    """
    value: float
    unit: str
    raw: str
    start: int
    end: int
    sign_explicit: bool = False
    kind: str = ''
    direction: int = 0


@dataclass(frozen=True)
class Period:
    """A reporting period.  ``raw`` is the part of the input that named it,
    as given ("Oct-2023" from "Abandonment rate Oct-2023 (%)"), not the
    whole input."""
    period_type: Optional[str]
    start: Optional[_dt.date]
    end: Optional[_dt.date]
    raw: str = ''


# --------------------------------------------------------------------------
# cleaning with an offset map
# --------------------------------------------------------------------------

# Tags are dropped here by this one pass rather than by loaders.htmltext.strip_tags:
# the cleaner keeps a map from every cleaned character back to its offset in the raw
# text (figures and quantities report raw spans), which strip_tags' chained
# substitutions cannot give.
_CLEAN_RE = re.compile(
    r"(?P<foot><sup>[\s\d,*†‡]*</sup>|\[\^?\d+\](?!\())"
    r"|(?P<tag></?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>)"
    r"|(?P<ent>&nbsp;|&#160;|&amp;|&pound;|&ndash;|&mdash;|&minus;)"
    r"|(?P<pm>\\pm\s*)"
    r"|(?P<dollar>\$)"
    r"|(?P<stars>\*\*+|__+)"
    r"|(?P<esc>\\(?=[-.*_#+()\[\]%]))"
    r"|(?P<space>[\u00a0\u2007\u202f\u2009\u200a\u2002\u2003])"
    r"|(?P<dash>[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d])"
    r"|(?P<zw>[\u200b\u200c\u200d\ufeff\u00ad])"
)
# the first character of every match of _CLEAN_RE: a text without one has nothing to clean
# (one character class is searched far faster than the alternation)
_CLEAN_FIRST = re.compile("[<\\[&\\\\$*_\u00a0\u2007\u202f\u2009\u200a\u2002\u2003"
                          "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d\u200b\u200c\u200d\ufeff\u00ad]")
_ENT = {"&nbsp;": " ", "&#160;": " ", "&amp;": "&", "&pound;": "£",
        "&ndash;": "-", "&mdash;": "-", "&minus;": "-"}


def _clean(text: str) -> tuple[str, list[int]]:
    """Return (cleaned text, map) where ``map[i]`` is the offset in ``text``
    of cleaned character ``i`` (``map[len]`` == len(text)).  Callers only
    read the map: for short texts it is cached and shared."""
    if len(text) <= _CACHE_MAX_LEN:
        return _clean_cached(text)
    return _clean_impl(text)


_CACHE_MAX_LEN = 2000   # texts longer than this are not cached (the offset map is big)


@lru_cache(maxsize=8192)
def _clean_cached(text: str) -> tuple[str, list[int]]:
    return _clean_impl(text)


def _clean_matches(text: str, pos: int = 0):
    """``_CLEAN_RE.finditer(text, pos)``, the pattern tried only where a match can start (each starts
    with a character of _CLEAN_FIRST; none is empty): the first match from a position is the one
    ``search`` finds, and the next is looked for from its end, as ``finditer`` does.  ``re`` tries the
    ten alternatives at every character otherwise (tests/test_speed15b.py)."""
    first, match = _CLEAN_FIRST.search, _CLEAN_RE.match
    while (f := first(text, pos)) is not None:
        m = match(text, f.start())
        if m is None:
            pos = f.start() + 1
            continue
        yield m
        pos = m.end()


def _clean_impl(text: str) -> tuple[str, list[int]]:
    matches = _clean_matches(text)
    m = next(matches, None)
    if m is None:  # nothing to clean: the identity map
        return text, range(len(text) + 1)
    out: list[str] = []
    idx: list[int] = []
    pos = 0
    for m in itertools.chain((m,), matches):
        s = m.start()
        if s > pos:
            out.append(text[pos:s])
            idx.extend(range(pos, s))
        kind = m.lastgroup
        if kind == "ent":
            g = m.group().lower()
            out.append(_ENT.get(g, " "))
            idx.append(s)
        elif kind == "pm":
            out.append("±")
            idx.append(s)
        elif kind == "space":
            out.append(" ")
            idx.append(s)
        elif kind == "dash":
            out.append("-")
            idx.append(s)
        # tag, dollar, stars, esc, zw: dropped
        pos = m.end()
    if pos < len(text):
        out.append(text[pos:])
        idx.extend(range(pos, len(text)))
    idx.append(len(text))
    return "".join(out), idx


def clean_text(text: str) -> str:
    """The cleaned form of ``text`` used by every parser (see module doc)."""
    if not text:
        return ""
    if text.isascii():
        # the ASCII openers of _CLEAN_FIRST (_ASCII_OPENERS), each an ``in`` test: several times faster than
        # the scan for the whole set
        if not ("<" in text or "[" in text or "&" in text or "\\" in text or "$" in text or "*" in text
                or "_" in text):
            return text
    elif _CLEAN_FIRST.search(text) is None:  # nothing to clean (no look-up of the cached map)
        return text
    return _clean(text)[0]


#: the ASCII characters of _CLEAN_FIRST (clean_text tests an ASCII text for each: tests/test_speed15a.py)
_ASCII_OPENERS = "<[&\\$*_"


_OPEN_TAG = re.compile(r"<([A-Za-z][A-Za-z0-9]*)(?:\s[^<>]*)?>")
_CLOSE_TAG = re.compile(r"</([A-Za-z][A-Za-z0-9]*)>")


def _close_tags(text: str, start: int, end: int) -> int:
    """Extend ``end`` over closing tags whose opening tag lies in text[start:end]
    ("39<sup>th" -> "39<sup>th</sup>")."""
    opened = [t.lower() for t in _OPEN_TAG.findall(text[start:end])] if "<" in text else []
    while opened:
        m = _CLOSE_TAG.match(text[end:])
        if not m or m.group(1).lower() not in opened:
            break
        opened.remove(m.group(1).lower())
        end += m.end()
    return end


def _orig_span(idx: list[int], start: int, end: int) -> tuple[int, int]:
    if end <= start:
        return idx[start], idx[start]
    return idx[start], idx[end - 1] + 1


# --------------------------------------------------------------------------
# shared vocabulary
# --------------------------------------------------------------------------

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
#: the months' full names, in order ("january" ... "december")
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december")
MONTH = (rf"(?:{'|'.join(MONTH_NAMES)}|sept|jan|feb|mar|apr|jun|jul|aug|sep|"
         r"oct|nov|dec)\.?(?![a-z])")
#: a weekday's full name ("Tuesday", "WEDNESDAY"): meeting headers and due cells
WEEKDAY_NAME = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
#: a month name or abbreviation as a prefix ("Oct", "October", "Sept"): table labels and headers
MONTH_PREFIX = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
#: the month names and abbreviations as words ("october", "oct", "sept")
MONTH_WORDS = frozenset(_MONTHS)
WEEKDAY = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
           r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?")

# number words inside durations ("two minutes 30 seconds", "twenty-five
# minutes"): one to sixty.  Outside a duration a number word is never a figure.
_ONES_W = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS_W = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen")
_TENS_W = ("twenty", "thirty", "forty", "fifty")
_WORD_VAL = {w: i + 1 for i, w in enumerate(_ONES_W)}
_WORD_VAL.update({w: i + 10 for i, w in enumerate(_TEENS_W)})
_WORD_VAL.update({w: 20 + 10 * i for i, w in enumerate(_TENS_W)})
_WORD_VAL["sixty"] = 60
_ONES_RE = "|".join(_ONES_W)
_TENS_RE = "|".join(_TENS_W)
#: the number words from one to nineteen and the tens from twenty to ninety (outside durations:
#: NUMBER_WORD_99 and the figures' word percents, "nine per cent", "seventy-two per cent")
ONES_WORDS, TEENS_WORDS = _ONES_W, _TEENS_W
TENS_WORDS_99 = _TENS_W + ("sixty", "seventy", "eighty", "ninety")
#: each of those words' value ("nine": 9, "seventeen": 17, "seventy": 70)
NUMBER_WORD_VALUES = {**{w: i + 1 for i, w in enumerate(ONES_WORDS)}, **{w: i + 10 for i, w in enumerate(TEENS_WORDS)},
                      **{w: 20 + 10 * i for i, w in enumerate(TENS_WORDS_99)}}
#: a number word from one to ninety-nine ("nine", "seventeen", "seventy-two"), alone or hyphenated;
#: never the tail of a longer word (the figures' "nine per cent (470)" restated as a count)
NUMBER_WORD_99 = (rf"(?<![\w-])(?:(?:{'|'.join(TENS_WORDS_99)})(?:-(?:{_ONES_RE}))?|"
                  rf"{_ONES_RE}|{'|'.join(_TEENS_W)})")
# a number word glued by a hyphen ("twenty-five") or alone; never the tail of a
# longer word or of a hyphenated number ("sixty-five", "seventy-five")
_WN = (rf"(?<![\w-])(?:(?:{_TENS_RE})(?:-(?:{_ONES_RE}))?|sixty|{'|'.join(_TEENS_W)}|{_ONES_RE})"
       r"(?![\w])")
# "twenty five" (a space inside): only before a unit after a space ("twenty
# five-minute slots" is twenty slots of five minutes)
_WN_SP = rf"(?<![\w-])(?:{_TENS_RE})[ \t]+(?:{_ONES_RE})\b"

_NUM = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
# left boundary of a number: not inside a word / other number / ratio / clock
_LB = r"(?<![\w/:])(?<!\d[.,])"
# sign glued to the number, not itself glued to a word or number
_SIGN = r"(?:(?<![\w.,/:+\-])(?P<sign>[-+]))?"
_ARROW_AFTER = r"(?:[ \t]{0,3}(?P<arrow>[▼▲↓↑]))?"

_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6,
          "billion": 1e9, "bn": 1e9, "b": 1e9}


def _scaled(v: float, scale: str) -> float:
    """``v`` times its scale word's factor ("m", "bn", "thousand"), rounded off the float's last
    bits: "£65.73m" is 65730000, not 65730000.00000001 (Kent's treasury indicators), and "£32.2m"
    32200000 (the Bournemouth Echo)."""
    return round(v * _SCALE[scale], 6)


def _num(s: str) -> float:
    return float(s.replace(",", ""))


def _month_no(name: str) -> Optional[int]:
    if not name:
        return None
    key = name.lower().rstrip(".")
    no = _MONTHS.get(key)
    if no is None:
        # re's IGNORECASE lets MONTH match a letter that folds onto ASCII (long s 'ſeptember',
        # dotless 'aprıl', dotted 'APRİL'): fold it the same way rather than fail later
        no = _MONTHS.get(key.casefold().replace("ı", "i").replace("\u0307", ""))
    return no


def _year(y: str) -> int:
    y = int(y)
    return 2000 + y if y < 100 else y


def _month_end(y: int, m: int) -> _dt.date:
    return _dt.date(y, m, calendar.monthrange(y, m)[1])


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


