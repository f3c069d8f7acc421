"""Small text helpers of the deliverables reader: cleaning, sentence ends, run-on
fragments, and the patterns of date words, due periods, percentages, stops and priorities."""
from __future__ import annotations

import re
from functools import lru_cache

from ...normalise import clean_text
from ...sentence_end import ends_sentence

_WS = re.compile(r"\s+")

@lru_cache(maxsize=8192)  # a pure function of one string; a series' reports repeat most of their lines and cells
def _clean(s: str) -> str:
    """Plain text of a fragment (HTML tags, ** emphasis and dashes normalised by
    :func:`normalise.clean_text`, except that en dashes are kept as printed)."""
    if not s:
        return ""
    if "–" in s or "\x00" in s:
        s = s.replace("–", "\x00")  # keep en dashes as printed
        s = clean_text(s).replace("\x00", "–")
    else:  # no en dash to keep from clean_text (which never writes NUL): the same, with less copying
        s = clean_text(s)
    s = s.replace("\\", "")
    if s.isprintable() and "  " not in s and s[:1] != " " and s[-1:] != " ":
        return s   # (its only whitespace single spaces between words, as meetings.text._clean tests: the join gives it back)
    return " ".join(s.split())  # = _WS.sub(" ", s).strip(): str.split and \s agree on whitespace


_CONNECTORS = frozenset("""
a an the of to and or nor in on at for with by from as that which who is are was were be been being
their his her its our this these those than into onto between within including such per via both
not but if when where while will would can could may might should must has have had do does
also about against among through across over under after before during since until upon towards
so because although each every any some all other another
""".split())

_DATE_WORDS = re.compile(
    r"^(?:on[- ]?going|tbc|tba|tbd|n/?a|complete[d]?|closed|quarterly|monthly|annual(?:ly)?|"
    r"various|continuous|in progress|delayed|paused|business as usual|bau|-+|–)$", re.I)
# due cells that are dates without a day or month the normaliser can give ("Q3 2024/25",
# "Spring 2025", "FY 2024/25", "H1 2025", "2024/25"): kept as printed, due_date empty
_DUE_PERIOD = re.compile(
    r"^(?:(?:by|end\s+of|from|mid|early|late|before|during)\s+)?(?:(?:Q|quarter\s*)[1-4]|H[12]|"
    r"spring|summer|autumn|winter|fy|financial\s+year|year\s+[1-5])?\s*(?:20)?\d{2}(?:\s*[/-]\s*(?:20)?\d{2})?$"
    r"|^(?:(?:by|end\s+of|from|mid|early|late|before|during)\s+)?(?:(?:Q|quarter\s*)[1-4]|H[12]|"
    r"spring|summer|autumn|winter)(?:\s+(?:fy\s*)?(?:20)?\d{2}(?:\s*[/-]\s*(?:20)?\d{2})?)?$", re.I)

_PCT_TOKEN = re.compile(r"(?<![\w.])(\d{1,3}(?:\.\d+)?)\s?%(?=\s|$)")

_STOP = re.compile(
    r"^(?:pcc\s+focus|focus\s+next|next\s+quarter|risks?\s+(?:and|&)\s+issues|key\s+risks|"
    r"outcomes\s+achieved|priority\s+\S+\s*[:\-–]|(?:so\s+|now\s+)?what\s*\?|data\s+summary|overview$|"
    r"https?://|www\.)", re.I)

_PRIORITY = re.compile(
    r"^\s*priority\s+(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b\s*"
    r"(?:[:\-–—.]\s*)?(?P<rest>.*)$", re.I)


def _words(s: str) -> list[str]:
    return s.split()


def _starts_lower(s: str) -> bool:
    t = s.lstrip()
    return bool(t) and t[0].islower()


def _starts_punct(s: str) -> bool:
    t = s.lstrip()
    return bool(t) and t[0] in "–—-(,;&/+"


def _last_word(s: str) -> str:
    w = _words(s)
    return w[-1] if w else ""


_NON_WORD = re.compile(r"\W")
_EDGE_PUNCTUATION = re.compile(r"^\W+|\W+$")


def _continues(prev: str, nxt: str) -> bool:
    """Does fragment ``nxt`` continue the (undated) fragment ``prev``?"""
    if not prev or not nxt:
        return False
    if _starts_lower(nxt) or _starts_punct(nxt):
        return True
    p = prev.rstrip()
    if p.endswith((",", "-", "–", "&", "(", "/", "+")):
        return True
    lw = _NON_WORD.sub("", _last_word(p)).lower()
    if lw in _CONNECTORS:
        return True
    if not ends_sentence(p):
        a = _EDGE_PUNCTUATION.sub("", _last_word(p))
        b = _EDGE_PUNCTUATION.sub("", (_words(nxt) or [""])[0])
        # a capitalised phrase running on: "Strategic" / "Needs Assessment"
        if a[:1].isupper() and a[1:2].islower() and b[:1].isupper() and b[1:2].islower() \
                and len(a) > 3:
            return True
    return False
