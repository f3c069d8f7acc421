"""Small shared helpers: normalised words, topics, units, the precision a value is stated at,
and whether two stated values agree at their precision."""
from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Optional

from ..normalise import clean_text
from ..vocab import vocabulary
from ..vocab.literals import Screen
from .vocabulary import is_generic_heading, subjects, _PERCENT_UNITS, _STAT_AVG, _STAT_MEDIAN


_NOT_WORD = re.compile(r"[^a-z0-9%]+")


@lru_cache(maxsize=8192)
def _norm(text: Optional[str]) -> str:
    t = clean_text(text or "").lower()
    t = t.replace("&", " and ")
    # what is left is [a-z0-9%] and single spaces: the old second pass (\s+ -> " ") changed nothing
    return _NOT_WORD.sub(" ", t).strip()


@lru_cache(maxsize=8192)
def _topic(section: Optional[str]) -> Optional[str]:
    n = _norm(section)
    if not n or is_generic_heading(n):
        return None
    return n


_STOP = {"the", "and", "of", "a", "an", "in", "for", "to", "with", "on", "service", "services"}


def _topic_eq(a: Optional[str], b: Optional[str]) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    ta, tb = _topic_words(a), _topic_words(b)
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return len(short) >= 2 and short <= long_


@lru_cache(maxsize=8192)
def _topic_words(topic: str) -> frozenset:
    """The words of a topic but the small ones (a table's topic is compared with each figure's: split once)."""
    return frozenset(topic.split()) - _STOP


def _subject_tokens(text: Optional[str]) -> frozenset:
    return _subject_tokens_in(subjects(), clean_text(text or ""))


@lru_cache(maxsize=8192)
def _subject_tokens_in(subj: tuple, t: str) -> frozenset:
    ok = _screen_of(subj).which(t)   # a pattern without any string it needs cannot match
    if ok is None:
        return frozenset(k for k, rx in subj if rx.search(t))
    return frozenset(k for k, rx in map(subj.__getitem__, ok) if rx.search(t))


@lru_cache(maxsize=8)
def _screen_of(subj: tuple) -> Screen:
    return Screen([rx for _k, rx in subj])


def _metric_key_fig(text: Optional[str]) -> Optional[str]:
    """The metric some narrative words name: the vocabulary's ``text`` patterns (metrics.toml and
    the force files, and any ``--vocabulary`` file), in priority order."""
    return _metric_key_in(vocabulary(), clean_text(text or ""))


@lru_cache(maxsize=8192)
def _metric_key_in(V, text: str) -> Optional[str]:
    return V.measure_key(V.text_metric_key(text))


def _stat_of(text: Optional[str]) -> Optional[str]:
    t = text or ""
    if _STAT_MEDIAN.search(t):
        return "median"
    if _STAT_AVG.search(t):
        return "average"
    return None


def _unit_family(unit: Optional[str]) -> str:
    """Units that compare as numbers: percent with points; a rate ("per 1,000",
    unit ``rate`` in tables) with a plain number (narrative "61.2 crimes per 1,000"
    is read as a count)."""
    if unit in _PERCENT_UNITS:
        return "percent"
    if unit == "rate":
        return "count"
    return unit or ""


_PRECISION_OF_RE = re.compile(r"(\d[\d,]*)(?:\.(\d*))?")
_PRECISION_OF_RE2 = re.compile(r"\d:\d\d")
_PRECISION_OF_RE3 = re.compile(r":\d\d(?:\.(\d+))?(?!.*:\d)")
_PRECISION_OF_RE4 = re.compile(r"\d\s*-?\s*(?:s|secs?|seconds?)\b")
_PRECISION_OF_RE5 = re.compile(r"\d\s*-?\s*(?:m|mins?|minutes?)\b")
_PRECISION_OF_RE6 = re.compile(r"\d\s*-?\s*(?:h|hrs?|hours?)\b")
_PRECISION_OF_RE7 = re.compile(r"\d\s*-?\s*days?\b")
_PRECISION_OF_RE8 = re.compile(r"\d[\d,]*(?:\.(\d+))?")
_PRECISION_OF_RE9 = re.compile(r"\d\s*(thousand|million|billion|bn|mn|m|k|b)\b")


@lru_cache(maxsize=8192)
def precision_of(raw: Optional[str], unit: Optional[str]) -> float:
    """The interval of the last stated digit of ``raw`` in canonical units.

    "62%" -> 1, "1.6% points" -> 0.1, "8.%" -> 1, "16 minutes" -> 60,
    "1 hr 33 min" -> 60, "00:12:21" / "11 min 15 sec" -> 1, "£1.2m" -> 100000,
    "2,751" -> 1.  Unknown -> 1 (in the canonical unit, 0.1 for percents
    without a printed form).
    """
    t = clean_text(raw or "").lower()
    m = _PRECISION_OF_RE.search(t)
    if not m:
        return 0.1 if unit in _PERCENT_UNITS else 1.0
    dec = len(m.group(2) or "")
    base = 10.0 ** (-dec)
    if unit == "seconds":
        if _PRECISION_OF_RE2.search(t):
            # hh:mm:ss or mm:ss; decimals after the seconds refine it
            tail = _PRECISION_OF_RE3.search(t)
            return 10.0 ** (-len(tail.group(1))) if tail and tail.group(1) else 1.0
        if _PRECISION_OF_RE4.search(t):
            unit_s = 1.0
        elif _PRECISION_OF_RE5.search(t):
            unit_s = 60.0
        elif _PRECISION_OF_RE6.search(t):
            unit_s = 3600.0
        elif _PRECISION_OF_RE7.search(t):
            unit_s = 86400.0
        else:
            unit_s = 1.0
        # decimals belong to the last number printed
        nums = _PRECISION_OF_RE8.findall(t)
        dec_last = len(nums[-1]) if nums and nums[-1] else 0
        return unit_s * 10.0 ** (-dec_last)
    scale = 1.0
    sm = _PRECISION_OF_RE9.search(t)
    if sm:
        scale = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6,
                 "billion": 1e9, "bn": 1e9, "b": 1e9}[sm.group(1)]
    return base * scale


def _eps(*vals: float) -> float:
    return 1e-9 * max([1.0] + [abs(v) for v in vals if v is not None])


def _in_hull(n: float, p: float, t: float) -> bool:
    """Does the exact value ``t`` round or truncate to the stated ``n`` (precision ``p``)?"""
    e = min(_eps(n, t, p), p * 1e-6)
    if n > 0:
        return n - p / 2 - e <= t < n + p - e
    if n < 0:
        return n - p + e < t <= n + p / 2 + e
    return -p + e < t < p - e


def agrees(n: float, pn: float, t: float, pt: float) -> bool:
    """True when the narrative ``n`` (precision ``pn``) and the table ``t``
    (precision ``pt``) can be the same number at the coarser of the two
    precisions (rounding or truncation).  Identical values always agree."""
    if n == t or math.isclose(n, t, rel_tol=1e-12, abs_tol=0.0):
        return True
    if pt > pn * 1.0000001:
        return _in_hull(t, pt, n)
    return _in_hull(n, pn, t)



def _doc_id_of(d) -> Optional[str]:
    return getattr(d, "doc_id", None)
