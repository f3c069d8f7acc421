"""Words that say what a figure or a row measures: metric and subject patterns, statistics,
periods of comparison, approximations and bounds, generic headings."""
from __future__ import annotations

import re
from functools import lru_cache

from ..normalise import MONTH
from ..vocab import vocabulary
from ..vocab.literals import alternation


# ---------------------------------------------------------------------------
# vocabulary
# ---------------------------------------------------------------------------

#: the subjects the reconciliation tells apart ("qualifier tokens"), in matching order: keys
#: (or aliases) of the vocabulary (extract/vocab/data), matched with the vocabulary's pattern
#: (``reconcile_subjects`` of words.toml, and of each force file for its local areas and services)
SUBJECT_KEYS = tuple(vocabulary().words("reconcile_subjects"))
#: ... except these, whose vocabulary pattern would link differently: the vocabulary's
#: rasso also matches "rape and serious sexual offences", which table-label stripping would
#: then remove whole (losing the rape and sso qualifiers a figure of the same words has);
#: the vocabulary's vwi abbreviation is matched in capitals only.
_OWN_PATTERN = {"vwi": r"violence with injury|\bvwi\b", "rasso": r"\brasso\b"}


def _subject_re(V, key: str) -> re.Pattern:
    if key in _OWN_PATTERN:
        return re.compile(_OWN_PATTERN[key], re.I)
    rx = V.subject_regex(key)
    if rx is None:
        raise KeyError(f"reconciliation subject {key!r} has no pattern in the vocabulary")
    return rx


class HashedOnce(tuple):
    """A tuple whose hash is computed once, when made (equal to the plain tuple's hash, and equal to
    it).  The subjects' pairs key the caches of every figure's and row's subject tokens
    (``common._subject_tokens_in``), and a compiled pattern's hash reads its whole compiled code:
    hashing the plain tuple again at each call was most of the call's cost."""

    def __new__(cls, items=()):
        self = super().__new__(cls, items)
        self._hash = tuple.__hash__(self)
        return self

    def __hash__(self) -> int:
        return self._hash


@lru_cache(maxsize=8)
def _subjects_of(V) -> tuple:
    return HashedOnce((k, _subject_re(V, k)) for k in V.words("reconcile_subjects"))


def subjects() -> tuple:
    """(token, pattern) of the subjects reconciliation tells apart, of the vocabulary in use (with
    any ``--vocabulary`` file's ``reconcile_subjects``)."""
    return _subjects_of(vocabulary())


_SUBJ = subjects()   # the shipped vocabulary's
_V = vocabulary()
#: qualifier token -> pattern (on figure words and on table row labels)
SUBJECTS: list[tuple[str, str]] = [(k, rx.pattern) for k, rx in _SUBJ]
#: words of force names that name no place of their own ("Police pay" is not a force-wide row)
_NOT_PLACE = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "city",
              "greater", "and", "of", "the", "police", "constabulary", "service", "metropolitan"}
#: words of a force-wide row label ("All", "Force", "Total", the force area's own name): no subject
_ROW_WORDS = frozenset({"all", "force", "overall", "total", "the", "and", "of", "level", "force-wide", "whole",
                        "call", "calls", "service", "services", "line", "lines", "incident", "incidents", "crime",
                        "crimes", "volume", "volumes", "rate", "number"})


_FORCE_WORDS_OF_RE = re.compile(r"[a-z]+")


@lru_cache(maxsize=8)
def _force_words_of(V) -> frozenset:
    names = list(V.force_names)
    for f in V.forces:      # a force file's [force] name, area and aliases (a user file's too)
        names += [str(f.get("name") or ""), str(f.get("area") or "")] + [str(a) for a in f.get("aliases", [])]
    return _ROW_WORDS | {w for name in names for w in _FORCE_WORDS_OF_RE.findall(name.lower()) if w not in _NOT_PLACE}


def force_words() -> frozenset:
    """The words of a force-wide row label, with the force names of the vocabulary in use (with any
    ``--vocabulary`` force file's)."""
    return _force_words_of(vocabulary())


_FORCE_WORDS = force_words()   # the shipped vocabulary's
_MODIFIERS = re.compile(r"\b(?:child(?:ren)?|victims?|repeat|youth|young|juvenile|female|male|women|girls|boys|men|adults?|"
                        r"elderly|online|rural|urban|night[- ]time|weekend|cyber|hate|knife|drug|alcohol)\b", re.I)
_OTHER_BASELINE = re.compile(r"than (?:in )?(?:19|20)\d\d\b|(?:compared (?:to|with)|since|from|on) (?:19|20)\d\d\b|"
                             r"pre[- ]?covid|baseline|previous (?:month|quarter)|last (?:month|quarter)", re.I)

#: a change measured against a baseline no table column holds: "21 per cent lower than the 2004-08 average",
#: "compared with the five-year average", "against the pre-pandemic baseline"
_FOREIGN_BASE = re.compile(r"\b(?:than|compared\s+(?:to|with)|against|versus|vs\.?|on|from)\s+(?:the\s+|an?\s+)?"
                           r"(?:[\w/'-]+\s+){0,3}(?:average|baseline|benchmark|mean|peak|low|high)\b", re.I)

#: headings that structure a slide but name no topic: the shared vocabulary's generic headings
#: (``extract/vocab``), and these section words of narrative reports
_GENERIC_SECTION_WORDS = re.compile(
    r"^(?:analysis|commentary|narrative|context|background|introduction|highlights?|headlines?|"
    r"performance|measures?|contents)\b")


def is_generic_heading(normalised: str) -> bool:
    return bool(_GENERIC_SECTION_WORDS.match(normalised)) or vocabulary().is_generic_heading(normalised)


_STAT_MEDIAN = re.compile(r"\bmedian\b", re.I)
_STAT_AVG = re.compile(r"\b(?:average|mean|averaging|averaged)\b", re.I)
_YOY = re.compile(r"year[\s-]*on[\s-]*year|\byoy\b|year over year|compared (?:to|with) (?:the )?(?:same period|previous 12|last 12|previous year|last year)"
                  r"|on the previous year|than the previous 12|previous 12 months|12 months vs|annual change"
                  r"|(?:on|than|compared (?:to|with)) (?:the )?(?:last|previous|prior) year\b|on the same period last year", re.I)
_PREV = re.compile(r"previous month|last month|month[- ]on[- ]month|previous quarter|last quarter|quarter[- ]on[- ]quarter"
                   rf"|(?:compared (?:to|with)|from|on|since|than) (?:in )?{MONTH}", re.I)


def _phrases(words) -> str:
    """Phrases as one alternation, longest first, their words apart by any whitespace."""
    return alternation(words, space=r"\s+")


#: the bound and approximation words before a number (vocab/data/figure_words.toml, shared with the figures
#: extractor; the reconciliation reads bound_*_checks too, and the negated bounds and approximations alone)
_APPROX = re.compile(rf"(?:\b(?:{_phrases(_V.words('approximate'))})\s*)$", re.I)
#: "no more than 5", "not less than 90%": the negation turns the bound round (tried before the two below)
_NEGATED_UPPER = re.compile(rf"\b(?:{_phrases(_V.words('bound_negated_upper'))})\s*$", re.I)
_NEGATED_LOWER = re.compile(rf"\b(?:{_phrases(_V.words('bound_negated_lower'))})\s*$", re.I)
_LOWER_BOUND = re.compile(rf"(?:\b(?:{_phrases(_V.words('bound_lower') + _V.words('bound_lower_checks'))})\s*)$", re.I)
_UPPER_BOUND = re.compile(rf"(?:\b(?:{_phrases(_V.words('bound_upper') + _V.words('bound_upper_checks'))})\s*)$", re.I)


def bound_of(before: str) -> str:
    """'approx', 'lower', 'upper' or '' for the words right before a number (its last ~25 characters)."""
    if _APPROX.search(before):
        return "approx"
    if _NEGATED_UPPER.search(before):
        return "upper"
    if _NEGATED_LOWER.search(before):
        return "lower"
    if _LOWER_BOUND.search(before):
        return "lower"
    if _UPPER_BOUND.search(before):
        return "upper"
    return ""
_NSAMPLE = re.compile(r"\bn\s*[.=:]\s*$", re.I)

_CONTINUATION = re.compile(r"^\W*(?:this|which|that)\s+(?:represents|compares|equates|is|was|means|amounts)\b", re.I)

_PERCENT_UNITS = ("percent", "percentage_points")

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------



_VOLUME_KEYS = ("crime_volume", "log_volume")
_GENERIC_VOLUME_WORDS = frozenset({"offence", "crime", "incident", "volume", "number", "case", "report",
                                   "robberie", "robbery", "burglarie", "burglary", "rape", "year", "on", "increase",
                                   "decrease", "reduction", "rise", "fall", "change", "recorded", "reported"})
