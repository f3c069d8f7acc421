"""The spaCy matchers of the figures extractor: token patterns of period
phrases, and phrase / token matchers built from the vocabulary (subjects,
response grades, compass sub-areas, metrics)."""
from __future__ import annotations

import re
import sys
from functools import lru_cache

from ... import nlp  # noqa: F401 - imports spaCy (without its CLI) before spacy.* below
from spacy.attrs import FLAG19, FLAG63, IDS
from spacy.errors import MatchPatternError
from spacy.matcher import Matcher, PhraseMatcher
from spacy.schemas import validate_token_pattern

from ... import normalise as N
from ...nlp import DEFERRED, get_nlp
from ...vocab.literals import alternation, longest_first
from .lexicon import lexicon
from .token_runs import TokenRuns

# --------------------------------------------------------------------------
# spaCy matchers
# --------------------------------------------------------------------------

#: the month words of the normalisers ("jan", "january", "sept" ...), longest first
_MONTHS = "|".join(longest_first(N.MONTH_WORDS))
_NOT_MAY = "|".join(w for w in _MONTHS.split("|") if w != "may")   # "may" is a month only as May / MAY
_MON_TOK = rf"^(?:(?i:{_NOT_MAY})|May|MAY)\.?$"
_MONY_TOK = rf"^(?i:{_MONTHS})[-/'’‘]\d{{2,4}}$"
_YEAR_TOK = r"^(?:19|20)\d\d$"
_YY_TOK = r"^['’‘]?\d\d$"
_YEAR_DASH_TOK = r"^(?:19|20)\d\d[-–]$"   # a year with the range's dash glued: "April 2019- March 2020"
_DAY_TOK = r"^\d{1,2}(?:st|nd|rd|th)?$"
_FY_TOK = r"^(?:19|20)?\d\d/\d\d(?:\d\d)?$"
_NUMWORD = r"^(?i:\d{1,2}|one|two|three|four|six|nine|twelve)$"
_DASH = r"^(?:-|–|—|to|until|through)$"

MON = {"TEXT": {"REGEX": _MON_TOK}}
MONY = {"TEXT": {"REGEX": _MONY_TOK}}
YEAR = {"TEXT": {"REGEX": _YEAR_TOK}}
YY = {"TEXT": {"REGEX": _YY_TOK}}
DAY = {"TEXT": {"REGEX": _DAY_TOK}}
#: a day's ordinal set apart from it, as a PDF converter leaves a superscript ("from 1 st April 2019 - 30 th June
#: 2019": East Ayrshire Council's fire committee)
ORD = {"TEXT": {"REGEX": r"^(?:st|nd|rd|th)$"}, "OP": "?"}
DASH = {"LOWER": {"REGEX": _DASH}}
MONTHS_W = {"LOWER": {"IN": ["month", "months"]}}


def _period_patterns() -> list[list[dict]]:
    """Token patterns of every period phrase (all under one label)."""
    return _month_patterns() + _quarter_year_patterns() + _span_and_relative_patterns()


def _month_patterns() -> list[list[dict]]:
    """Months with their year, windows ending with a month, month ranges."""
    P = []
    ending = {"LOWER": {"IN": ["to", "ending"]}}
    month_year_forms = [[MON, YEAR], [MON, YY], [MONY], [MON, {"TEXT": "-"}, YY], [MON, {"TEXT": "-"}, YEAR]]
    # N months to <month year>, year to/ending <month year>
    # (also "until" or "up to" its end, and its last day written US-style: "the 12 months until June 30, 2018"
    # (the Falmouth Packet on Devon and Cornwall's panel), "In the 12 months up to September 2024" (North Wales
    # PCC's plan, in the press), "the 12 months to November 30 2015" (Sussex PCC))
    window_end = [[ending], [{"LOWER": "until"}], [{"LOWER": "up"}, {"LOWER": "to"}]]
    for my in month_year_forms:
        for end in window_end:
            P.append([{"TEXT": {"REGEX": _NUMWORD}}, {"TEXT": "-", "OP": "?"}, MONTHS_W] + end +
                     [{"LOWER": "the", "OP": "?"}, {"LOWER": "end", "OP": "?"}, {"LOWER": "of", "OP": "?"},
                      DAY.copy() | {"OP": "?"}] + my)
        P.append([{"LOWER": "up"}, {"LOWER": "to"}, {"LOWER": "the", "OP": "?"}] + my)
        P.append([{"LOWER": "year"}, ending] + my)
        P.append([{"LOWER": "year"}, {"LOWER": "to"}, {"LOWER": "date"}] + my)
        P.append(my)
        # (also "1 March 2024": the optional "of" covers the day written straight before the month,
        # and a matcher's matches are one set whichever pattern finds them)
        P.append([DAY, {"LOWER": "of", "OP": "?"}] + my)
    for end in window_end:
        P.append([{"TEXT": {"REGEX": _NUMWORD}}, {"TEXT": "-", "OP": "?"}, MONTHS_W] + end +
                 [{"LOWER": "the", "OP": "?"}, {"LOWER": "end", "OP": "?"}, {"LOWER": "of", "OP": "?"},
                  MON, DAY, {"TEXT": ",", "OP": "?"}, YEAR])
    # "the 12 months to September": a rolling window ending in a month named without its year
    P.append([{"TEXT": {"REGEX": _NUMWORD}}, {"TEXT": "-", "OP": "?"}, MONTHS_W, ending, MON])
    # a month alone after a preposition: "to March", "in September alone"
    P.append([{"LOWER": {"IN": ["to", "in", "for", "during"]}}, MON])
    # ranges: Oct-Dec 2023, September - December 2023, 1 July to 30 September 2019,
    # October 2022 - September 2023, Jan-Dec-23, MAR-MAY 2023
    P.append([MON, DASH, MON, YEAR])
    P.append([MON, DASH, MON, YY])
    P.append([MON, DASH, MONY])
    P.append([MON, YEAR, DASH, MON, YEAR])
    # "April 23 – December 23", "Apr 23 - Mar 24" (Merseyside PCC's national priorities page): the span, not its
    # last month alone
    P.append([MON, YY, DASH, MON, YY])
    P.append([MON, {"TEXT": {"REGEX": _YEAR_DASH_TOK}}, MON, YEAR])   # (West Midlands Police FOI answers)
    P.append([MON, YEAR, DASH, MONY])
    P.append([MONY, DASH, MONY])
    P.append([DAY, ORD, MON, DASH, DAY, ORD, MON, YEAR])
    P.append([DAY, ORD, MON, YEAR, DASH, DAY, ORD, MON, YEAR])
    P.append([MON, DAY, YEAR, DASH, MON, DAY, YEAR])   # "April 01 2012 to March 31 2013"
    P.append([{"TEXT": {"REGEX": rf"^(?i:{_MONTHS})-(?i:{_MONTHS})$"}}, YEAR])
    return P


def _quarter_year_patterns() -> list[list[dict]]:
    """Quarters, years to date, financial and calendar years."""
    P = []
    # quarters
    P.append([{"LOWER": "quarter"}, {"LOWER": {"REGEX": r"^(?:one|two|three|four|[1-4])$"}},
              {"TEXT": {"REGEX": r"^(?:19|20)\d\d(?:[-/]\d\d(?:\d\d)?)?$"}, "OP": "?"},
              {"TEXT": "-", "OP": "?"}, {"TEXT": {"REGEX": _YY_TOK}, "OP": "?"}])
    P.append([{"LOWER": {"REGEX": r"^(?:first|second|third|fourth|1st|2nd|3rd|4th)$"}}, {"LOWER": "quarter"}])
    P.append([{"TEXT": {"REGEX": r"^Q[1-4]$"}}])
    # a quarter of a named year: "Q3 2023/24", "Q2 2023-24", "Q1 2024"
    Q = {"TEXT": {"REGEX": r"^Q[1-4]$"}}
    P.append([Q, {"TEXT": {"REGEX": _FY_TOK}}])
    P.append([Q, YEAR, {"TEXT": {"REGEX": r"^(?:-|–|/)$"}, "OP": "?"}, {"TEXT": {"REGEX": r"^\d\d$"}, "OP": "?"}])
    # a quarter "of" its financial year: "in Quarter 3 of 2024/25", "in Q3 of 2024/25" (Hereford and Worcester Fire
    # Authority), "in Quarter 3 of 2021/22" (Gloucester City Council's cabinet), "the third quarter of 2019-20"
    OF = {"LOWER": "of"}
    fys = ([{"TEXT": {"REGEX": _FY_TOK}}], [YEAR, {"TEXT": {"REGEX": r"^(?:-|–)$"}}, {"TEXT": {"REGEX": r"^\d\d$"}}])
    for fy in fys:
        P.append([{"LOWER": "quarter"}, {"LOWER": {"REGEX": r"^(?:one|two|three|four|[1-4])$"}}, OF] + fy)
        P.append([Q, OF] + fy)
        P.append([{"LOWER": {"REGEX": r"^(?:first|second|third|fourth|1st|2nd|3rd|4th)$"}}, {"LOWER": "quarter"}, OF]
                 + fy)
        # the first quarters of a financial year together: "during the first three quarters of 2020/21" (North Wales
        # Fire and Rescue Service), "the first two quarters of 2019/20": April to December, April to September
        P.append([{"LOWER": "first"}, {"LOWER": {"IN": ["two", "three", "2", "3"]}}, {"LOWER": "quarters"}, OF,
                  {"LOWER": "the", "OP": "?"}] + fy)
    # a half of a named year: "the second half of 2024" (the Devon and Cornwall force's 101 times, in the press), "the
    # first half of 2024/25" (Kent County Council), "the first half of the 2015-16 policing year" (Isle of Man
    # Constabulary); "the first half of the (financial) year" (its year not named: undated, never the whole year)
    half = [{"LOWER": {"IN": ["first", "second", "1st", "2nd"]}}, {"LOWER": "half"}, OF, {"LOWER": "the", "OP": "?"}]
    kind = [{"LOWER": {"IN": ["financial", "calendar"]}, "OP": "?"}, {"LOWER": "year", "OP": "?"}]
    for fy in fys + ([YEAR],):
        P.append(half + kind + fy)
    P.append(half + [{"LOWER": {"IN": ["financial", "calendar"]}, "OP": "?"}, {"LOWER": "year"}])
    # GOV.UK style: "Q3 2024 to 2025", "the 2023 to 2024 pay award" (a financial year)
    P.append([Q, YEAR, {"LOWER": "to"}, YEAR])
    P.append([YEAR, {"LOWER": "to"}, YEAR])
    # year to date: "year to date", "year-to-date", "the financial year to date", "YTD", "2023/24 YTD"
    ytd = [{"LOWER": "year"}, {"TEXT": "-", "OP": "?"}, {"LOWER": "to"}, {"TEXT": "-", "OP": "?"}, {"LOWER": "date"}]
    P.append(ytd)
    P.append([{"LOWER": "financial"}] + ytd)
    P.append([{"LOWER": {"IN": ["ytd", "fytd"]}}])
    P.append([{"TEXT": {"REGEX": _FY_TOK}}, {"LOWER": {"IN": ["ytd", "fytd"]}}])
    # financial years: 2022-23, 2023/24, FY 24/25, 2022 - 2023
    P.append([{"LOWER": {"IN": ["fy", "financial"]}}, {"LOWER": "year", "OP": "?"}, {"TEXT": {"REGEX": _FY_TOK}}])
    P.append([{"TEXT": {"REGEX": _FY_TOK}}])
    P.append([YEAR, {"TEXT": {"REGEX": r"^(?:-|–|/)$"}}, {"TEXT": {"REGEX": r"^(?:(?:19|20)\d\d|\d\d)$"}}])
    P.append([YEAR])
    return P


def _span_and_relative_patterns() -> list[list[dict]]:
    """Spans of whole years, month ranges with "between", undated month
    ranges, and periods named relative to the report ("this quarter")."""
    P = []
    # spans of whole years: "between 2020 and 2021", "from 2019/20 to 2022/23"
    span_from = {"LOWER": {"IN": ["between", "from"]}}
    span_to = {"LOWER": {"IN": ["and", "to", "until"]}}
    P.append([span_from, YEAR, span_to, YEAR])
    P.append([span_from, {"TEXT": {"REGEX": _FY_TOK}}, span_to, {"TEXT": {"REGEX": _FY_TOK}}])
    # months of two years: "between November 2021 and April 2022", "from 1 November 2021 to 30 April 2022"
    P.append([span_from, MON, YEAR, span_to, MON, YEAR])
    P.append([span_from, DAY, ORD, MON, YEAR, span_to, DAY, ORD, MON, YEAR])
    # (or a dash: "during the period from 1 st April 2019 - 30 th June 2019", East Ayrshire Council's fire committee)
    P.append([span_from, DAY, ORD, MON, YEAR, {"TEXT": {"REGEX": r"^[-–]$"}}, DAY, ORD, MON, YEAR])
    # the span's end written as the end of its month: "from April 2012 to the end of March 2013" (Cumbria's PCC),
    # "from April until the end of June" (Cleveland Police), "between April and the end of June 2012"
    end_of = [{"LOWER": "the"}, {"LOWER": "end"}, {"LOWER": "of"}]
    P.append([span_from, MON, YEAR, span_to] + end_of + [MON, YEAR])
    P.append([span_from, MON, span_to] + end_of + [MON, YEAR])
    # US-style days: "between July 1 and September 30", "from April 1 to June 30, 2019"
    P.append([span_from, MON, DAY, span_to, MON, DAY])
    P.append([span_from, MON, DAY, span_to, MON, DAY, {"TEXT": ",", "OP": "?"}, YEAR])
    # "between April and June 2023" ("April and June" alone may be two months: only after "between")
    between = {"LOWER": "between"}
    AND = {"LOWER": "and"}
    P.append([between, MON, AND, MON, YEAR])
    P.append([between, MON, AND, MON, YY])
    P.append([between, MON, AND, MONY])
    P.append([between, MON, AND, MON])
    # a month range with no year ("April to June", "Apr-Jun"): the span, undated
    P.append([MON, DASH, MON])
    P.append([{"TEXT": {"REGEX": rf"^(?i:{_MONTHS})-(?i:{_MONTHS})$"}}])
    # periods named relative to the report: "this quarter", "during the quarter", "last quarter",
    # "the past year", "last year", "this financial year"
    fin = {"LOWER": {"IN": ["financial", "calendar"]}, "OP": "?"}
    P.append([{"LOWER": {"IN": ["this", "current"]}}, {"LOWER": "reporting", "OP": "?"}, {"LOWER": "quarter"}])
    P.append([{"LOWER": {"IN": ["in", "during", "over", "across", "throughout"]}}, {"LOWER": "the"},
              {"LOWER": "quarter"}])
    P.append([{"LOWER": "the", "OP": "?"}, {"LOWER": {"IN": ["last", "previous", "preceding", "prior"]}},
              {"LOWER": "quarter"}])
    P.append([{"LOWER": "the"}, {"LOWER": {"IN": ["last", "past", "previous"]}}, {"LOWER": "year"}])
    P.append([{"LOWER": "past"}, {"LOWER": "year"}])
    P.append([{"LOWER": {"IN": ["last", "previous", "prior"]}}, fin, {"LOWER": "year"}])
    P.append([{"LOWER": "the"}, {"LOWER": {"IN": ["previous", "prior"]}}, fin, {"LOWER": "year"}])
    P.append([{"LOWER": {"IN": ["this", "current"]}}, fin, {"LOWER": "year"}])
    # durations of rolling windows without a date: "the last 12 months", "rolling 12-month"
    P.append([{"LOWER": {"IN": ["last", "past", "previous", "rolling", "preceding"]}},
              {"TEXT": {"REGEX": _NUMWORD}}, {"TEXT": "-", "OP": "?"}, {"LOWER": {"IN": ["month", "months"]}}])
    return P


_YOY = [[{"LOWER": "year"}, {"TEXT": "-", "OP": "?"}, {"LOWER": "on"}, {"TEXT": "-", "OP": "?"}, {"LOWER": "year"}],
        [{"LOWER": "yoy"}], [{"LOWER": "year"}, {"LOWER": "on"}, {"LOWER": "year"}],
        [{"LOWER": {"REGEX": r"^year-?on-?$"}}, {"TEXT": "-", "OP": "?"}, {"LOWER": "year"}],
        [{"LOWER": "year"}, {"LOWER": {"REGEX": r"^-?on-?$"}}, {"TEXT": "-", "OP": "?"}, {"LOWER": "year"}]]


_YOY_RE = re.compile(r"\byear[\s-]*on[\s-]*year\b|\byoy\b|\byear[\s-]+over[\s-]+year\b|"
                     r"\b(?:on|than|compared\s+(?:to|with))\s+(?:the\s+)?(?:last|previous|prior)\s+year\b", re.I)
#: _YOY_RE (written in lower case) on a lower-cased text, without IGNORECASE: the same matches at the same
#: offsets where ``vocab.literals.lowered`` gives the text, faster
_YOY_LOW = re.compile(_YOY_RE.pattern)


def _matchers():
    return _matchers_for(lexicon())


# --------------------------------------------------------------------------
# predicates as lexeme flags
# --------------------------------------------------------------------------
# A ``REGEX`` / ``IN`` / ``NOT_IN`` predicate on TEXT, ORTH or LOWER is a Python call per
# token and predicate inside the Matcher; the same test as a boolean flag of the lexeme
# is computed once per distinct word of the process and checked in C.  The matches are
# the same: the flag is the predicate itself, on the string the predicate reads (the
# token's text, or its lower case), set before a flagged matcher reads the word.

_FLAGGED_ATTRS = {"TEXT": False, "ORTH": False, "LOWER": True}
_FLAG_IDS: dict = {}          # (vocab id, attr lowered?, predicate, value) -> flag id
_FLAGS: dict = {}             # vocab id -> its _Flags
_ATTR_NAMES = {v: k for k, v in IDS.items()}


def _flag_getter(lower: bool, predicate: str, value):
    if predicate == "REGEX":
        rx = re.compile(value)
        return (lambda s: bool(rx.search(s.lower()))) if lower else (lambda s: bool(rx.search(s)))
    values = frozenset(value)
    if predicate == "IN":
        return (lambda s: s.lower() in values) if lower else (lambda s: s in values)
    return (lambda s: s.lower() not in values) if lower else (lambda s: s not in values)


class _Flags:
    """The custom lexeme flags of one vocab, set on demand: all of a word's flags at once,
    the first time a flagged matcher reads it (:meth:`ensure`), instead of one getter
    call per flag that spaCy makes for every new word (``Vocab.add_flag``), most of
    which never reach a token matcher.  A flag's value is its predicate on the word.
    The same for the lexeme attributes the shared pipeline defers (``nlp.DEFERRED``)
    that patterns read (:meth:`read`): set by spaCy's own getter."""

    def __init__(self, vocab):
        self.vocab = vocab
        self.mask = 0                                   # the bits of these flags
        self.words: dict = {False: {}, True: {}}        # lowered? -> word -> bits of the IN flags holding it
        self.regex: dict = {False: [], True: []}        # lowered? -> [(bit, compiled REGEX)]
        self.any_rx: dict = {}                          # lowered? -> one regex any of them matches, or None
        self.other: list = []                           # [(bit, getter)]: NOT_IN, deferred flags
        self.values: dict = {}                          # attr name -> getter: deferred other attributes
        self.done: set = set()                          # orth ids whose flags are set

    def add(self, lower: bool, predicate: str, value) -> int | None:
        # the custom bits (FLAG19 ... FLAG63); spaCy's own flags and IS_OOV_DEPRECATED stay untouched
        free = [b for b in range(FLAG19, FLAG63 + 1)
                if b not in self.vocab.lex_attr_getters and not self.mask >> b & 1]
        if not free:
            return None
        bit = 1 << free[0]
        self.mask |= bit
        if predicate == "IN":
            for w in value:
                self.words[lower][w] = self.words[lower].get(w, 0) | bit
        elif predicate == "REGEX":
            self.regex[lower].append((bit, re.compile(value)))
            self.any_rx.pop(lower, None)   # (joined again when next needed)
        else:
            self.other.append((bit, _flag_getter(lower, predicate, value)))
        self.done.clear()   # the words flagged so far lack the new flag
        return free[0]

    def read(self, attr: int) -> None:
        """A pattern reads ``attr``: set it too where it is deferred."""
        getter = DEFERRED.get(attr)
        name = _ATTR_NAMES[attr]
        if getter is None or (1 << attr, getter) in self.other or name in self.values:
            return
        if attr < FLAG19:   # one of spaCy's boolean flags (IS_ALPHA, LIKE_NUM ...)
            self.mask |= 1 << attr
            self.other.append((1 << attr, getter))
        else:
            self.values[name] = getter
        self.done.clear()

    def join(self) -> None:
        """Join the REGEX flags' patterns (once all are added: the matchers are built)."""
        for lowered in (False, True):
            if lowered not in self.any_rx:
                self.any_rx[lowered] = _any_of([rx.pattern for _, rx in self.regex[lowered]])

    def ensure(self, orths) -> None:
        """Set the flags of the words ``orths`` (orth ids) not set before."""
        done = self.done
        if done.issuperset(orths):
            return
        self.join()
        strings, vocab, words, regex, any_rx = self.vocab.strings, self.vocab, self.words, self.regex, self.any_rx
        for orth in set(orths).difference(done):
            s = strings[orth]
            low = s.lower()
            bits = words[False].get(s, 0) | words[True].get(low, 0)
            for lowered, text in ((False, s), (True, low)):
                # (no search of each regex where their union finds nothing)
                if regex[lowered] and (any_rx[lowered] is None or any_rx[lowered].search(text)):
                    for bit, rx in regex[lowered]:
                        if rx.search(text):
                            bits |= bit
            for bit, getter in self.other:
                if getter(s):
                    bits |= bit
            lex = vocab[orth]
            lex.flags = (lex.flags & ~self.mask) | bits
            for name, getter in self.values.items():
                value = getter(s)
                if value is not None:
                    lex.set_attrs(**{name: value})
            done.add(orth)


_ANY_OF_RE = re.compile(r"\\[1-9]|\(\?P=")


def _any_of(patterns: list[str]):
    """One regex that finds a match where any of ``patterns`` does (None: they cannot be
    joined -- a back-reference would change meaning, a global flag does not compile)."""
    if any(_ANY_OF_RE.search(p) for p in patterns):
        return None
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns))
    except re.error:
        return None


class _FlaggedMatcher:
    """A token ``Matcher`` whose patterns read the flags of :class:`_Flags`: called like the
    Matcher, on a Doc or Span (``orths``: its tokens' orth ids, when the caller has them)."""

    def __init__(self, matcher: Matcher, flags: _Flags):
        self.matcher, self.flags = matcher, flags

    def __call__(self, doclike, orths=None):
        self.flags.ensure(orths if orths is not None else [t.orth for t in doclike])
        return self.matcher(doclike)


def _flags_of(vocab) -> _Flags:
    if id(vocab) not in _FLAGS:
        _FLAGS[id(vocab)] = _Flags(vocab)
    return _FLAGS[id(vocab)]


def _flag(vocab, attr: str, predicate: str, value) -> int | None:
    """The flag id testing ``{attr: {predicate: value}}`` (None: no bit left, keep the predicate)."""
    lower = _FLAGGED_ATTRS[attr]
    key = (id(vocab), lower, predicate, value if isinstance(value, str) else tuple(value))
    if key not in _FLAG_IDS:
        _FLAG_IDS[key] = _flags_of(vocab).add(lower, predicate, value)
    return _FLAG_IDS[key]


def _token_flagged(vocab, spec: dict) -> dict:
    out = {}
    for attr, value in spec.items():
        kind = attr.upper() if isinstance(attr, str) else None
        if kind in _FLAGGED_ATTRS and isinstance(value, dict) and len(value) == 1:
            (predicate, arg), = value.items()
            plain = isinstance(arg, str) if predicate == "REGEX" else \
                isinstance(arg, (list, tuple)) and all(isinstance(v, str) for v in arg)
            if predicate in ("REGEX", "IN", "NOT_IN") and plain:
                fid = _flag(vocab, kind, predicate, arg)
                if fid is not None:
                    out[fid] = True
                    continue
        out[attr] = value
    return out


def _validated(pattern: list[dict]) -> list:
    """``validate_token_pattern(pattern)``, kept between runs (:func:`extract.regex_cache.kept`: the
    start-up validates about 200 patterns of the vocabulary, each a pydantic validation) for a
    pattern of plain values (its key is the pattern's marshal bytes: another type, a subclass, is
    validated as usual), by the versions of spaCy and pydantic and the text of ``spacy.schemas``."""
    import marshal

    from ...regex_cache import kept, source_id

    try:
        key = marshal.dumps(pattern)
    except ValueError:
        return validate_token_pattern(pattern)
    schemas = sys.modules.get("spacy.schemas")
    sid = source_id(getattr(schemas, "__file__", None) or "")
    if not sid:
        return validate_token_pattern(pattern)
    return kept(("spacy.validate_token_pattern", validation_id(sid)), key, lambda: validate_token_pattern(pattern))


def validation_id(schemas_id: str) -> str:
    """What a pattern's validation depends on beyond the pattern: spaCy's and pydantic's versions
    and the hash of ``spacy.schemas``' source (``schemas_id``)."""
    import pydantic
    import spacy

    return f"{spacy.__version__}/{pydantic.VERSION}/{schemas_id}"


def _add(matcher: Matcher, key: str, patterns: list[list[dict]]) -> None:
    """Add ``patterns`` (validated as written) with their regex and set predicates on the
    token text as lexeme flags (the matcher itself does not validate: flags are no names)."""
    errors = {i: _validated(p) for i, p in enumerate(patterns)}
    if any(errors.values()):
        raise MatchPatternError(key, errors)
    flags = _flags_of(matcher.vocab)
    for attr in {a.upper() for p in patterns for spec in p for a in spec if isinstance(a, str)}:
        if attr in IDS:
            flags.read(IDS[attr])
    matcher.add(key, [[_token_flagged(matcher.vocab, spec) for spec in p] for p in patterns])


# --------------------------------------------------------------------------
# words a match needs: a text without any is not run through a token matcher
# --------------------------------------------------------------------------

def _needed_words(patterns: list[list[dict]]):
    """(lower-case words, exact-case words) such that the text of every match of
    ``patterns`` holds one of them: for each pattern, the words of one token it
    requires (no "OP", or "+") written as a LOWER / ORTH / TEXT string or ``IN`` list.
    None when a pattern requires no such token."""
    lower: set[str] = set()
    cased: set[str] = set()
    for pattern in patterns:
        best = None
        for spec in pattern:
            if spec.get("OP") not in (None, "+"):
                continue
            for attr, value in spec.items():
                kind = attr.upper() if isinstance(attr, str) else None
                if kind not in _FLAGGED_ATTRS:
                    continue
                if isinstance(value, str):
                    words = (value,)
                elif isinstance(value, dict) and list(value) == ["IN"] and value["IN"] \
                        and all(isinstance(v, str) for v in value["IN"]):
                    words = tuple(value["IN"])
                else:
                    continue
                lowered = _FLAGGED_ATTRS[kind]
                cand = (-min(map(len, words)), len(words), lowered, words)   # the longest words: rarer
                best = cand if best is None or cand < best else best
        if best is None:
            return None
        _, _, lowered, words = best
        (lower if lowered else cased).update(w.lower() if lowered else w for w in words)
    return frozenset(lower), frozenset(cased)


def _words_test(patterns: list[list[dict]]):
    """A test of a text (a Doc span's) that is false only where no pattern can match
    (a token's text is in the span's text; its lower case in the lower-cased text)."""
    need = _needed_words(patterns)
    if need is None:
        return lambda text: True
    lower, cased = (re.compile(alternation(ws)) if ws else None
                    for ws in need)
    return lambda text: bool((lower is not None and lower.search(text.lower()))
                             or (cased is not None and cased.search(text)))


@lru_cache(maxsize=1)
def _period_runs() -> TokenRuns:
    return TokenRuns(_period_patterns())


@lru_cache(maxsize=1)
def _period_groups() -> list:
    """(bit, matcher) of each group of the period patterns (``TokenRuns.groups``: by their
    anchor): a run holding the anchors of some groups is matched by those groups' matchers,
    together the same matches as the one period matcher (see token_runs)."""
    runs = _period_runs()
    if not runs.usable:
        return []
    nlp = get_nlp()
    patterns = _period_patterns()
    out = []
    for g in range(len(runs.anchors)):
        matcher = Matcher(nlp.vocab, validate=False)
        _add(matcher, "PERIOD", [p for p, group in zip(patterns, runs.groups) if group == g])
        out.append((2 << g, _FlaggedMatcher(matcher, _flags_of(nlp.vocab))))
    return out


@lru_cache(maxsize=4)
def _token_tests(lex) -> dict:
    """For the token matchers of the rules and the metrics: a text test (see _words_test)."""
    rules = [p for patterns in lex.subject_tokens.values() for p in patterns] + _area_patterns(lex)
    return {"rules": _words_test(rules),
            "metric_tok": _words_test([p for patterns in lex.metric_tokens.values() for p in patterns])}


@lru_cache(maxsize=4)
def _label_tests(lex) -> dict:
    """For "subject" and "metric" (what _find_labels looks for): a text test false only
    where no label can be found -- no first word of a phrase (lower-cased for the phrases
    matched on lower case) and no word the token patterns need."""
    nlp = get_nlp()
    token = _token_tests(lex)

    def firsts(phrase_lists) -> list[str]:
        docs = [nlp.make_doc(p) for ps in phrase_lists for p in ps]
        return [d[0].text for d in docs if len(d)]

    lower = [w.lower() for w in firsts(lex.subject_phrases.values())]
    cased = firsts(lex.subject_cased.values())
    metric = [w.lower() for w in firsts(lex.metric_phrases.values())]
    if not all(w.isascii() for w in lower + cased + metric):
        return {"subject": lambda text: True, "metric": lambda text: True}
    subj_lower, subj_cased, metric_rx = (re.compile(alternation(ws)) if ws else None for ws in (lower, cased, metric))
    rules, metric_tok = token["rules"], token["metric_tok"]

    def subject(text: str) -> bool:
        return bool((subj_lower is not None and subj_lower.search(text.lower()))
                    or (subj_cased is not None and subj_cased.search(text)) or rules(text))

    def metric_(text: str) -> bool:
        return bool((metric_rx is not None and metric_rx.search(text.lower())) or metric_tok(text))
    return {"subject": subject, "metric": metric_}


def _area_patterns(lex) -> list[list[dict]]:
    return [[{"ORTH": {"IN": list(lex.compass_first)}}, {"ORTH": {"IN": list(lex.compass_second)}}],
            [{"ORTH": {"IN": list(lex.compass)}}]]


@lru_cache(maxsize=4)
def _matchers_for(lex):
    nlp = get_nlp()
    periods = Matcher(nlp.vocab, validate=False)
    _add(periods, "PERIOD", _period_patterns())

    subj_lower = PhraseMatcher(nlp.vocab, attr="LOWER")
    subj_cased = PhraseMatcher(nlp.vocab, attr="ORTH")
    for canon, phrases in lex.subject_phrases.items():
        subj_lower.add(canon, [nlp.make_doc(p) for p in phrases])
    for canon, phrases in lex.subject_cased.items():
        subj_cased.add(canon, [nlp.make_doc(p) for p in phrases])
    # response grades (a grade word before what is graded) and compass sub-areas
    rules = Matcher(nlp.vocab, validate=False)
    for canon, patterns in lex.subject_tokens.items():
        _add(rules, canon, patterns)
    _add(rules, "Area", _area_patterns(lex))

    metrics = PhraseMatcher(nlp.vocab, attr="LOWER")
    for canon, phrases in lex.metric_phrases.items():
        metrics.add(canon, [nlp.make_doc(p) for p in phrases])
    metric_tokens = Matcher(nlp.vocab, validate=False)
    for canon, patterns in lex.metric_tokens.items():
        _add(metric_tokens, canon, patterns)
    _period_groups()   # (built here, before the flags are joined and the workers fork)
    flags = _flags_of(nlp.vocab)
    flags.join()
    periods, rules, metric_tokens = (_FlaggedMatcher(m, flags) for m in (periods, rules, metric_tokens))
    return periods, subj_lower, subj_cased, rules, metrics, metric_tokens
