"""Cheaper scanning for quantities (performance only): the quantity pattern and the
spans that are never figures, with prefilters that never change a match.

``QUANTITY_START`` is a lookahead put in front of ``quantities._Q_RE``: a match can
only start at a digit, ".", a sign, "£", "±", or at a word start with "a"/"an",
"half", "n=", "r=" or the first letters of a number word (a duration in words), so
the many alternatives are tried only there; ``QUANTITY_GATES`` does the same in front of
the costly alternatives (durations, clocks, percents).  The same search results follow.

``exclusions._EXCL_PATTERNS`` stays the one statement of those spans; each is
still applied on its own.  This module compiles each with, where it pays, a
leading lookahead that states a necessary condition of a match at that
position (so the costly alternation behind it is tried only where it can
match), and a whole-text test that every match needs (a digit, a month name,
"year", "@" ...): a pattern whose test fails cannot match and is skipped.
Both are implied by the pattern, so the matches are the same;
``tests/test_scan_speed.py`` checks both against the plain patterns.  The needs led
by a digit are all tested in one pass over the text (``Exclusions.digit_needs``).

``QuantityStarts`` gives the positions where a match of the quantity pattern can start
(``re`` patterns led by a character class, so ``re`` jumps along the text): ``_scan``
tries the pattern only there.  ``FastQuantities`` is the quantity pattern less its
durations as one ``re`` pattern, used where the durations' gates fail.
``tests/test_qscan.py`` checks both against the plain pattern.
"""
from __future__ import annotations

import re
import sys
from re import _constants as _C, _parser as _sre_parser   # type: ignore[attr-defined]  (Python 3.11+)
from typing import Callable

QUANTITY_START = (r"(?=[\d.+\-£±]|(?<!\w)(?:an?[ \t]|half|n[ \t]*[=.:]|r(?:2|²)?[ \t]*=|"
                  r"one|two|th|fo|fi|si|se|ei|ni|te|el|tw))")

# a lookahead put in front of an alternative of the quantity pattern (by the name of its
# group), stating what the alternative needs at its start, so the costly alternative is
# tried only there: a number (its optional sign, then its digits, commas and points as one
# run) followed by a unit of a duration (``quantities._HOUR_U``, ``_MIN_U``, ``_SEC_U``, each
# followed by a word end as in ``_slot``) or the "h" / "m" and digits of "1h 30m", "5m 30s" (not
# "12 months", "5 staff": those take the faster ``re`` pattern), or a number word, "a"/"an",
# "half" (durations in words); one to three digits and ":"
# (clocks); a number, then "%" or "p" (percents, "pp", "pts", "per cent", "points")
QUANTITY_GATES = {
    "clock": r"(?=[-+]?\d{1,3}:)",
    "dur": r"(?=[-+]?(?:[\d.,]++(?:[ \t]+and[ \t]+a[ \t]+half)?[ \t]*-?[ \t]*"
           r"(?:h(?:ours?|rs?)\b|m(?:inutes?|ins?)\b|s(?:econds?|ecs?)\b|[hm][ \t]?\d)|[a-z]))",
    "pts": r"(?=[-+]?[\d.,]++[ \t]*[%p])",
    "pct": r"(?=[-+]?[\d.,]++(?:[ \t]*[%p]|-p))",
}



# Where a match of the quantity pattern can start (a superset, ``re`` patterns, see
# compile_candidates).  Digits and ".5" come after the left boundary ``_LB`` (or a
# stricter one); a run of digits joined by single "." / "," holds no other start (each
# digit in it follows a word character or "digit[.,]"), so it is skipped whole; a glued sign
# ("-" after ``_SIGN``'s look-behind, or "+") comes before a digit, ".", "£" or a letter
# ("-an hour and 5 minutes", "+twenty minutes"); "+/-", "£" and "±" anywhere.  Written
# to start with a character class, so ``re`` jumps from one such character to the next.
_NUMBER_STARTS = (r"[-+.\d\u00a3\u00b1](?<![\w/:][\d.])(?<!\d[.,][\d.])(?<![\w.,/:+\-]-)"
                  r"(?:(?<=\d)\d*(?:[.,]\d+)*|(?<=\.)(?=\d)|(?<=[-+])(?=[\d.\u00a3a-zA-Z])"
                  r"|(?<=\+)(?=[ \t]*/)|(?<=[\u00a3\u00b1]))")
# "n=600", "r = 0.86": after no word character or "."
_NR_STARTS = r"[nNrR](?<![\w.][nNrR])(?:(?<=[nN])[ \t]*[=.:]|(?<=[rR])(?:2|\u00b2)?[ \t]*=)"
# every duration in words ends in a unit ("hours", "hrs", "minutes", "mins", "seconds", "secs",
# "hour"/"minute" of "half an hour") after a blank or "-": without one no number word, "a"/"an"
# or "half" starts a match
_UNIT_WORD = r"[hHmMsS](?<=[ \t-][hHmMsS])(?i:ours?|rs?|inutes?|ins?|econds?|ecs?)\b"


class QuantityStarts:
    """Every position where a match of the quantity pattern can start, in order (and some
    more): ``_scan`` tries the quantity pattern (``regex``, slow to move along a text) only
    there, so its first match from a position is the one ``search`` finds."""

    def __init__(self, number_word: str, number_word_spaced: str):
        self.numbers = re.compile(_NUMBER_STARTS, re.ASCII)
        self.nr = re.compile(_NR_STARTS, re.ASCII)
        self.unit = re.compile(_UNIT_WORD, re.ASCII)
        # "a"/"an" before an hour or minute unit, "half" and the number words (``_WN``,
        # ``_WN_SP``) before their separator and unit, as in ``quantities._slot``
        self.words = re.compile(
            r"(?<![\w/:])(?<!\d[.,])(?=an?[ \t]+[hm])|(?<![\w-])(?=half[ \t-])"
            rf"|(?={number_word}(?:[ \t]+and[ \t]+a[ \t]+half)?[ \t]*-?[ \t]*[hms]"
            rf"|{number_word_spaced}[ \t]+[hms])",
            re.IGNORECASE | re.ASCII)

    def __call__(self, text: str) -> list[int]:
        starts = list(map(_START, self.numbers.finditer(text)))
        more = list(map(_START, self.nr.finditer(text)))
        if self.unit.search(text) is not None:
            more += map(_START, self.words.finditer(text))
        if more:
            starts = sorted(set(starts).union(more))
        return starts


_FLAGS = re.IGNORECASE | re.MULTILINE | re.ASCII

# what a text must hold for a pattern to match in it, tested on the lower-cased text (a
# match's letters are ASCII, so they are in it lower-cased): a string, or one of a tuple's;
# "<month>": the first three letters of a month name; "<url>": what starts or ends a URL,
# an e-mail address or a file name
_NEEDS_NO_DIGIT = {19, 30, 36}      # "twenty-four hours a day", "two-hour", URLs
_NEEDS = {0: "<month>", 1: "<month>", 2: "<month>", 3: "<month>", 5: "-", 6: ("am", "pm", "a.m", "p.m"), 8: ":",
          9: "fy", 10: ("-", "/"), 11: "/", 13: "year", 14: "q", 15: "minute", 16: "(", 17: ("-", "to"),
          18: "day", 19: "twenty", 20: "op", 22: ("0", "+44"), 23: "0", 24: "0800", 25: ("101", "999", "111"),
          26: "per", 28: "within", 29: "-", 30: "-", 31: ("month", "week", "year", "quarter"), 32: "month",
          33: "#", 36: "<url>", 37: "age", 38: "(", 39: "...", 40: ("*", "star"), 41: "£", 43: "page",
          44: "percentile", 46: ("ref", "code", "item", "covid"),
          # (auditf's codes and labels: 48 a leading zero, 49 "ref", 50 a rule's "no", 51 "month 3" /
          # "period 3", 52 a timing's am/pm, 53 an ellipsis leader, 54 a note's "(1)", 55 "31-mar-2018",
          # 56 a cell's "| 2.", 57 "mpc(23)")
          48: "0", 49: "ref", 50: "no", 51: ("month", "period"), 52: ("am", "pm", "a.m", "p.m"), 53: "…",
          54: "(", 55: "-", 56: "|", 57: "(",
          # (round 9: 60 a bracketed area code, 61 a weekday's day, 63 a backslash year, 65 "for every
          # 1,000", 66 "100% means")
          60: "(0", 61: "day", 63: "\\", 65: ("every", "each"), 66: "means",
          # (auditf11: 67 an Act's provision with bracketed subsections, "Section 1 (1) (a)")
          67: "(",
          # (fig13b: 68 a note's, report's, paper's or decision's label number, "Note 1:", "Report: 7 Date:")
          68: ("note", "report", "paper", "decision"),
          # (58 a numbered output, action ...; 59 a street address's road word)
          58: ("output", "action", "activit", "deliverable", "commitment", "goal", "kpi"),
          59: ("street", "road", "lane", "avenue", "place", "square", "crescent", "terrace"),
          # (speed15b: 69 a webcast's time stamp, "12:30 on the webcast", "recording from 1:05": searched in
          # every text before, its words are in few)
          69: ("webcast", "recording", "video", "livestream", "broadcast")}
_NAMED_NEEDS = {"<month>": ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
                "<url>": ("@", "http", "www.", ".pdf", ".doc", ".xls", ".htm", ".csv")}
# what a text must hold for a pattern to match in it, as a pattern searched in the lower-cased
# text (a part of every match; led by a digit, so ``re`` jumps from digit to digit); in
# place of the pattern's entry in _NEEDS
_MON3 = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"   # how every MONTH name starts
_NEED_PATTERNS = {
    0: rf"\d[ \t]?(?:st|nd|rd|th)?[ \t]*(?:of[ \t]+)?{_MON3}",
    # (a month name's last letter or "." before the "-"; with two blanks or more, any)
    2: r"[-/'’‘](?:(?<=[a-z.][-/'’‘])|(?<=[a-z.][ \t][-/'’‘])|(?<=[ \t][ \t][-/'’‘]))[ \t]*\d\d",
    16: r"\d[a-z]?\(", 22: r"\+44|0\d{2,4}[ \t-]?\d{3}", 37: r"age[ds]?[ \t]+(?:between[ \t]+)?\d",
    4: r"\d[/.-]\d{1,2}[/.-]\d", 5: r"\d\d{3}-\d\d-\d\d", 6: r"\d[ \t]*[ap]\.?m", 7: r"\d[:.]\d\d[ \t]*h",
    10: r"\d[ \t]*[-/][ \t]*\d", 11: r"\d[ \t]*/[ \t]*\d", 17: r"\d[ \t]*(?:-|to)[ \t]*\d", 21: r"\d[a-z]{2}",
    27: r"\d[ \t-]*(?:(?:calendar|financial)[ \t]+)?(?:month|week|year|day|quarter)",
    29: r"\d-(?:month|week|year|day|quarter|hour)", 31: r"\d[ \t]+(?:month|week|year|quarter)",
    23: r"\d(?<=0)[1-9]\d{8}", 30: r"-(?:month|week|year|day|quarter|hour)",
    32: r"\d[ \t]+month",
    # (a file size: its number's last digit then "kb", "mb", "gb"; a phone number: 22's need)
    42: r"\d[ \t]*[kmg]b", 47: r"\+44|0\d{2,4}[ \t-]?\d{3}",
    # (auditf's: a leading zero, a rule's "no 8.5", a spreadsheet date, a paper code "mpc(23)")
    50: r"no\.?[ \t]*\d", 51: r"(?:month|period)[ \t]*\d", 52: r"\d[ \t]*[ap]\.?m",
    55: rf"\d-{_MON3}",
    # (54 a note's "(1)" before a capital or at a line's end; 62 a paper code "ABC.12" (its letters
    # lower-cased); 64 two section numbers "4.1 4.2" at a line's start)
    54: r"\(\d\d?\)", 62: r"\d(?<=[a-z][a-z]\.\d)", 64: r"\d\.\d\d?[ \t]+\d{1,3}\.\d",
}
_LINE_NUMBER_AT_START = re.compile(r"[ \t#>*-]*\d{1,3}\.", re.ASCII)
_LINE_NUMBER = re.compile(r"\n[ \t#>*-]*\d{1,3}\.", re.ASCII)


def _numbered_line(lower: str) -> bool:
    """``^[ \\t#>*-]*\\d{1,3}\\.`` with "^" at the start or after a line break, as re.MULTILINE
    reads it (two searches led by a literal: far faster than the one led by "^")."""
    return _LINE_NUMBER_AT_START.match(lower) is not None or _LINE_NUMBER.search(lower) is not None


_LINE_DIGIT_AT_START = re.compile(r"[ \t]*\d", re.ASCII)
_LINE_DIGIT = re.compile(r"\n[ \t]*\d", re.ASCII)


def _digit_line(lower: str) -> bool:
    """``^[ \\t]*\\d`` with "^" at the start or after a line break (as _numbered_line)."""
    return _LINE_DIGIT_AT_START.match(lower) is not None or _LINE_DIGIT.search(lower) is not None


_NEED_PATTERNS[34] = _NEED_PATTERNS[35] = _numbered_line
_NEED_PATTERNS[45] = _digit_line
# the needs led by a digit but these (found in most texts with a digit) are tested in one
# pass (DigitNeeds): where none of them is met (most texts with a digit), it is one search
_UNGATED = {10, 11}


class Exclusions(list):
    """The compiled exclusion patterns (see compile_exclusions), with ``digit_needs``: the
    needs led by a digit, all tested in one pass (see DigitNeeds); ``plans``: the patterns
    grouped by need for ``spans`` (see _plans)."""
    digit_needs: "DigitNeeds"
    plans: tuple
    sorted_plans: tuple


class DigitNeeds:
    """The needs led by a digit (``_NEED_PATTERNS`` "\\d...", but ``_UNGATED``), tested in one
    pass over the text: ``met(lower)`` is the set of those needs' tests that are true of
    ``lower``, the same as calling each (``test(lower)``: about twenty searches, each of which
    moves along the whole text).  A need "\\d<tail>" matches at a digit where its tail matches
    just after it; ``gate`` (a digit, then the tails' alternation) finds the first digit
    where one does (where it finds none, most texts with a digit, no need is met); from
    there ``rx`` stops at each such digit and notes each tail that matches there in a
    lookahead of its own (an empty group, set when it does).  A tail whose first character is
    never a digit is tried only where a run of digits ends (``\\d(?!\\d)``, as ``_after_run``:
    fewer tries, the same matches)."""

    def __init__(self, needs: dict):
        """``needs``: the tail after a need's leading digit -> the need's test."""
        after_run = [(tail, test) for tail, test in needs.items() if not _may_start_with_digit(tail)]
        anywhere = [(tail, test) for tail, test in needs.items() if _may_start_with_digit(tail)]
        tails = "|".join(([r"(?!\d)(?:" + "|".join(f"(?:{t})" for t, _ in after_run) + ")"] if after_run else [])
                         + [f"(?:{t})" for t, _ in anywhere])
        marks = [f"(?:(?=(?:{tail})(?P<need{k}>))|)" for k, (tail, _) in enumerate(after_run + anywhere)]
        self.gate = re.compile(r"\d(?:" + tails + ")", re.ASCII | re.MULTILINE)
        self.rx = re.compile(r"\d(?=" + tails + ")" + r"(?:(?!\d)" + "".join(marks[:len(after_run)]) + "|)"
                             + "".join(marks[len(after_run):]), re.ASCII | re.MULTILINE)
        self.places = tuple((self.rx.groupindex[f"need{k}"] - 1, test)
                            for k, (_, test) in enumerate(after_run + anywhere))
        self.tests = frozenset(needs.values())

    def met(self, lower: str) -> set:
        out: set = set()
        first = self.gate.search(lower)
        if first is None:
            return out
        for m in self.rx.finditer(lower, first.start()):
            values = m.groups()
            for place, test in self.places:
                if values[place] is not None:
                    out.add(test)
        return out


# a lookahead true wherever a match of the pattern starts (behind the \b or
# look-behind the pattern itself starts with, so it is tried at word starts only)
# (a run followed by what cannot continue it is taken whole: possessive where ``re`` has it,
# Python 3.11, so no shorter run is tried in vain)
_P = "+" if sys.version_info >= (3, 11) else ""
_LOOKAHEAD = {
    1: r"\b(?=[adfjmnos])", 2: r"\b(?=[adfjmnos])", 3: r"\b(?=[adfjmnos])",
    8: r"(?=\d{1,2}:[0-5]\d)",
    12: rf"\b(?=[a-z]+{_P}\.?{_P}[ \t]*{_P}\d)",          # label word, then its number
    13: r"\b(?=years?[ \t]*\d)",
    15: r"\b(?=minute)",
    27: rf"\b(?=[a-z]+{_P}[ \t]+{_P}(?:the[ \t]+)?\d)",  # "last 12", "over the 12"
    30: rf"(?<![\w-])(?=[a-z]+{_P}-)",                     # a number word and its hyphen
}


_NEED_TESTS: dict = {}
_NEED_WORDS: dict = {}   # an ``in`` test -> its words (``spans`` tests them inline: no call)


def _need_test(need):
    """One test of the lower-cased text per need, shared by the patterns with that need: a
    regex of _NEED_PATTERNS, or words of _NEEDS (``in``: far cheaper than a search)."""
    if need in _NEED_TESTS:
        return _NEED_TESTS[need]
    if isinstance(need, re.Pattern):
        test = need.search
    else:
        words = _NAMED_NEEDS.get(need, need)
        words = (words,) if isinstance(words, str) else tuple(words)
        if len(words) == 1:
            test = (lambda word: lambda lower: word in lower)(words[0])
        else:
            test = (lambda words: lambda lower: _any_in(words, lower))(words)
        _NEED_WORDS[test] = words
    return _NEED_TESTS.setdefault(need, test)


def _any_in(words: tuple, lower: str) -> bool:
    for word in words:
        if word in lower:
            return True
    return False


def compile_exclusions(patterns: list[str]) -> Exclusions:
    """(compiled pattern, need test or None, needs a digit, can match empty) for each pattern, in order."""
    out = Exclusions()
    digit_led: dict = {}   # the tail after the leading digit of a need led by one -> its test
    for i, p in enumerate(patterns):
        rx = re.compile(_LOOKAHEAD.get(i, "") + f"(?:{p})", _FLAGS)
        if callable(_NEED_PATTERNS.get(i)):
            need = _NEED_PATTERNS[i]
        elif i in _NEED_PATTERNS:
            need = _need_test(re.compile(_after_run(_NEED_PATTERNS[i]), re.ASCII | re.MULTILINE))
            if _NEED_PATTERNS[i].startswith("\\d") and i not in _UNGATED:
                digit_led[_NEED_PATTERNS[i][2:]] = need
        else:
            need = _need_test(_NEEDS[i]) if i in _NEEDS else None
        out.append((rx, need, i not in _NEEDS_NO_DIGIT, _min_width(rx) == 0))
    out.digit_needs = DigitNeeds(digit_led)
    out.plans = _plans(out)
    out.sorted_plans = _sorted_plans(out.plans)
    return out


def _plans(compiled: Exclusions) -> tuple:
    """The patterns grouped by their need, in order of their first pattern: [(words, test,
    digit_need, ((place, pattern, can match empty), ...)), ...] -- ``words``: the need's words
    (an ``in`` test read inline), else ``digit_need``: a need of DigitNeeds (looked up in what
    its ``met`` gives), else ``test``: its test, or none of them: no need -- for a text
    without a digit (only the patterns that need none), one with a digit where no need of
    DigitNeeds is met (no group of such a need: each of them fails) and one where some is.
    ``spans`` tests each need once, as the plain loop's ``met`` did, and searches the same
    patterns."""
    groups: dict = {}
    for i, (rx, need, digit, empty) in enumerate(compiled):
        groups.setdefault(need, []).append((i, rx, empty, digit))
    digit_led = compiled.digit_needs.tests

    def plan(keep) -> tuple:
        out = []
        for need, members in groups.items():
            kept = tuple((i, rx, empty) for i, rx, empty, digit in members if keep(need, digit))
            if kept:
                words = _NEED_WORDS.get(need)
                digit_need = need if need in digit_led else None
                test = None if words is not None or digit_need is not None else need
                out.append((words, test, digit_need, kept))
        return tuple(out)
    return (plan(lambda need, digit: not digit), plan(lambda need, digit: need not in digit_led),
            plan(lambda need, digit: True))


def _sorted_plans(plans: tuple) -> tuple:
    """Each plan of ``_plans`` (its groups in the patterns' order) sorted by kind of need, for
    ``spans``: (the members of the groups without a need, [(words, members)] of the groups with
    ``in`` words, {digit need: members} of the DigitNeeds groups, [(test, members)] of the
    others).  ``spans`` sorts what it finds by the patterns' places, so the order the groups are
    tried in changes nothing; a DigitNeeds group is looked up by the needs ``met`` gives instead
    of each being asked whether it is met."""
    out = []
    for plan in plans:
        always: list = []
        words: list = []
        by_digit: dict = {}
        tests: list = []
        for w, test, digit_need, members in plan:
            if w is not None:
                words.append((w, members))
            elif digit_need is not None:
                by_digit[digit_need] = by_digit.get(digit_need, ()) + members
            elif test is not None:
                tests.append((test, members))
            else:
                always.extend(members)
        out.append((tuple(always), tuple(words), by_digit, tuple(tests)))
    return tuple(out)


def _after_run(need: str) -> str:
    """A need led by a digit whose tail never starts with one, searched only where a run of
    digits ends (``\\d(?!\\d)``: the same matches, fewer tries)."""
    if need.startswith("\\d") and not _may_start_with_digit(need[2:]):
        return "\\d(?!\\d)" + need[2:]
    return need


def _may_start_with_digit(pattern: str) -> bool:
    """Can the first character a match of ``pattern`` (``re.ASCII``) reads be a digit, or can it
    match empty?  False only where the parse tree says no (True where this reader is unsure)."""
    from ..regex_cache import kept_by_source   # (the answer an earlier run kept: an import-time cost)

    return kept_by_source("scan_speed.may_start_with_digit", __file__, pattern, lambda: _parsed_may_start(pattern))


def _parsed_may_start(pattern: str) -> bool:
    try:
        return _seq_may_start_with_digit(_sre_parser.parse(pattern, re.ASCII))
    except Exception:   # (not read: unsure)
        return True


def _seq_may_start_with_digit(items) -> bool:
    """True when the sequence's first character read may be a digit, or it may read none."""
    for op, av in items:
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue   # (zero width: the next item reads the first character)
        if op is _C.LITERAL:
            return chr(av).isdigit()
        if op is _C.IN:
            return any(_set_item_may_be_digit(kind, value) for kind, value in av)
        if op is _C.SUBPATTERN:
            return _seq_may_start_with_digit(av[-1])
        if op is _C.BRANCH:
            return any(_seq_may_start_with_digit(alt) for alt in av[1])
        if op in _REPEAT_OPS:
            if _seq_may_start_with_digit(av[2]):
                return True
            if av[0] > 0:
                return False
            continue   # (may be absent: the next item may read the first character)
        return True   # (another item: unsure)
    return True   # (may read nothing)


def _set_item_may_be_digit(kind, value) -> bool:
    if kind is _C.LITERAL:
        return chr(value).isdigit()
    if kind is _C.RANGE:
        return value[0] <= ord("9") and value[1] >= ord("0") or value[1] > 127
    if kind is _C.CATEGORY:
        return value not in (_C.CATEGORY_SPACE, _C.CATEGORY_NOT_DIGIT, _C.CATEGORY_NOT_WORD, _C.CATEGORY_LINEBREAK)
    return True   # (a negated set, another item: unsure)


_REPEAT_OPS = tuple(getattr(_C, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_C, n))


def _min_width(rx: re.Pattern) -> int:
    from ..regex_cache import min_width   # (read from the kept compiled code when it is there)

    return min_width(rx)


_DIGIT = re.compile(r"\d")
_SPAN = re.Match.span
_START = re.Match.start


def spans(compiled, text: str) -> list[tuple[int, int]]:
    """Every non-empty match of every pattern, pattern by pattern (as the plain loop).  The plan's
    groups are tried by kind of need (``_sorted_plans``): those without one, the DigitNeeds groups
    whose need ``met`` gives, those whose ``in`` words or test the text holds; what they find is
    put in the patterns' order."""
    lower = text.lower()
    if _DIGIT.search(text) is None:
        always, words, by_digit, tests = compiled.sorted_plans[0]
        met: set = set()
    else:
        met = compiled.digit_needs.met(lower)
        always, words, by_digit, tests = compiled.sorted_plans[2] if met else compiled.sorted_plans[1]
    found: list = []
    if always:
        _search(always, text, found)
    for need in met:
        members = by_digit.get(need)
        if members is not None:
            _search(members, text, found)
    for need_words, members in words:
        for word in need_words:
            if word in lower:
                _search(members, text, found)
                break
    for test, members in tests:
        if test(lower):
            _search(members, text, found)
    if not found:
        return []
    if len(found) > 1:
        found.sort()   # (in the patterns' order; the places differ)
    out = found[0][1]
    for _, got in found[1:]:
        out += got
    return out


def _search(members: tuple, text: str, found: list) -> None:
    """The matches of each of ``members`` (place, pattern, can match empty) in ``text``, each
    pattern's put in ``found`` with its place when it has any."""
    for i, rx, empty in members:
        # most patterns match nowhere: one search says so; else the matches from the first on
        m = rx.search(text)
        if m is None:
            continue
        if empty:
            got = [sp for sp in map(_SPAN, rx.finditer(text, m.start())) if sp[1] > sp[0]]
        else:
            got = list(map(_SPAN, rx.finditer(text, m.start())))
        found.append((i, got))


def spans_by_plan(compiled, text: str) -> list[tuple[int, int]]:
    """``spans`` by the plan's groups in the patterns' order, each asked whether its need is met
    (the form ``spans`` stands for: ``tests/test_speed17b.py``)."""
    lower = text.lower()
    met: set = set()
    if _DIGIT.search(text) is None:
        plan = compiled.plans[0]
    else:
        met = compiled.digit_needs.met(lower)
        plan = compiled.plans[2] if met else compiled.plans[1]
    found: list = []
    for words, test, digit_need, members in plan:
        if words is not None:
            if not any(word in lower for word in words):
                continue
        elif digit_need is not None:
            if digit_need not in met:
                continue
        elif test is not None and not test(lower):
            continue
        _search(members, text, found)
    found.sort()
    out: list = []
    for _, got in found:
        out += got
    return out


def holds_none_of(chars) -> Callable[[str], bool]:
    """A test true of a text holding none of the single ``chars``, as ``re.search("[chars]", text)
    is None``: an ASCII text (``str.isascii``) can hold only their ASCII ones, tested with ``in``;
    another is tested by ``frozenset.isdisjoint`` (a search of a large character class is slow)."""
    chars = frozenset(chars)
    ascii_chars = tuple(sorted(c for c in chars if c.isascii()))
    disjoint = chars.isdisjoint

    def test(text: str) -> bool:
        if text.isascii():
            for c in ascii_chars:
                if c in text:
                    return False
            return True
        return disjoint(text)
    return test


class MatchGroups:
    """The named groups of a match read like ``m.groupdict()`` (``get`` and ``[]``) from the
    tuple ``m.groups()``: building the dict of the quantity pattern's 71 groups costs about
    50 times more.  A subclass sets ``index`` (see group_index)."""
    __slots__ = ("values",)
    index: dict = {}

    def __init__(self, m):
        self.values = m.groups()

    def get(self, k, default=None):
        v = self.values[self.index[k]]
        return default if v is None else v

    def __getitem__(self, k):
        return self.values[self.index[k]]


class SharedNameGroups(MatchGroups):
    """MatchGroups of a pattern where one name is several groups (``index``: a name's places,
    a tuple): a name's value is that of its group that took part in the match."""
    __slots__ = ()

    def get(self, k, default=None):
        values = self.values
        for i in self.index[k]:
            v = values[i]
            if v is not None:
                return v
        return default

    def __getitem__(self, k):
        return self.get(k)


_INIT_RE = re.compile(r"\(\?P<(\w+)>")


class FastQuantities:
    """The quantity pattern less its costly alternatives (``slow``: the durations) as one ``re``
    pattern (``rx``, several times faster than ``regex``), for the positions where the ``slow``
    alternatives' gates (``slow_gate``) fail: each alternative starts with its gate, so none of
    them can match there and the first alternative that matches is among the others, in the
    same order.  ``re`` wants a name once: a name in several alternatives ("sign", "arrow") gets
    the alternative's name after "__"; ``index`` gives a name's places in ``m.groups()``."""

    def __init__(self, start: str, alternatives: list, gates: dict, slow: tuple, flags: int):
        shared = {n for n, c in _name_counts(p for _, p in alternatives).items() if c > 1}
        parts = [_re_form(gates.get(name, "")) + _INIT_RE.sub(lambda m: f"(?P<{m[1]}__{name}>" if m[1] in shared else m[0], p)
            for name, p in alternatives if name not in slow]
        self.rx = re.compile(start + "(?:" + "|".join(parts) + ")", flags)
        self.slow_gate = re.compile("|".join(_re_form(gates[name]) for name in slow), flags)
        index: dict = {}
        for name, i in sorted(self.rx.groupindex.items(), key=lambda kv: kv[1]):
            index.setdefault(name.split("__")[0], []).append(i - 1)
        self.index = {name: tuple(places) for name, places in index.items()}


def _name_counts(patterns) -> dict:
    counts: dict = {}
    for p in patterns:
        for name in set(_INIT_RE.findall(p)):
            counts[name] = counts.get(name, 0) + 1
    return counts


def _re_form(p: str) -> str:
    """A ``regex`` gate for ``re``: before Python 3.11 without possessive runs (each gate's run is
    followed by what cannot continue it, so the run backtracks in vain: the same matches)."""
    return p if _P else p.replace("++", "+")


def group_index(rx) -> dict:
    """A group name's place in ``m.groups()`` (a name used twice is one group in ``regex``)."""
    return {name: i - 1 for name, i in rx.groupindex.items()}
