"""Cheaper scanning for quantities (performance only): the quantity pattern and the
spans that are never figures, with prefilters that never change a match.

``QUANTITY_START`` is a lookahead put in front of ``quantities._Q_RE``: a match can
only start at a digit, ".", a sign, "£", "±", or at a word start with "a"/"an",
"half", "n=", "r=" or the first letters of a number word (a duration in words), so
the many alternatives are tried only there.  The same search results follow.

``quantities._EXCL_PATTERNS`` stays the one statement of those spans; each is
still applied on its own.  This module compiles each with, where it pays, a
leading lookahead that states a necessary condition of a match at that
position (so the costly alternation behind it is tried only where it can
match), and a whole-text test that every match needs (a digit, a month name,
"year", "@" ...): a pattern whose test fails cannot match and is skipped.
Both are implied by the pattern, so the matches are the same;
``tests/test_scan_speed.py`` checks both against the plain patterns.
"""
from __future__ import annotations

import re

from .core import MONTH

QUANTITY_START = (r"(?=[\d.+\-£±]|(?<!\w)(?:an?[ \t]|half|n[ \t]*[=.:]|r(?:2|²)?[ \t]*=|"
                  r"one|two|th|fo|fi|si|se|ei|ni|te|el|tw))")

_FLAGS = re.IGNORECASE | re.MULTILINE | re.ASCII
_MONTH_RE = re.compile(MONTH, _FLAGS)   # no \b: "14December 2023"
_URL_HINT = re.compile(r"@|https?://|www\.|\.(?:pdf|docx?|xlsx?|html?|csv)\b", _FLAGS)

# what a text must hold for a pattern to match in it: keys of _Facts
_NEEDS_NO_DIGIT = {19, 30, 36}      # "twenty-four hours a day", "two-hour", URLs
# ("<month>" / "<url>": the regexes above; a string: in the lower-cased text; a tuple: one of them)
_NEEDS = {0: "<month>", 1: "<month>", 2: "<month>", 3: "<month>", 5: "-", 6: ("am", "pm", "a.m", "p.m"), 8: ":",
          9: "fy", 10: ("-", "/"), 11: "/", 13: "year", 14: "q", 15: "minute", 16: "(", 17: ("-", "to"),
          18: "day", 19: "twenty", 20: "op", 22: ("0", "+44"), 23: "0", 24: "0800", 25: ("101", "999", "111"),
          26: "per", 28: "within", 29: "-", 30: "-", 31: ("month", "week", "year", "quarter"), 32: "month",
          33: "#", 36: "<url>", 37: "age", 38: "(", 39: "...", 40: ("*", "star"), 41: "£"}
# a lookahead true wherever a match of the pattern starts (behind the \b or
# look-behind the pattern itself starts with, so it is tried at word starts only)
_LOOKAHEAD = {
    1: r"\b(?=[adfjmnos])", 2: r"\b(?=[adfjmnos])", 3: r"\b(?=[adfjmnos])",
    8: r"(?=\d{1,2}:[0-5]\d)",
    12: r"\b(?=[a-z]+\.?[ \t]*\d)",          # label word, then its number
    13: r"\b(?=years?[ \t]*\d)",
    15: r"\b(?=minute)",
    27: r"\b(?=[a-z]+[ \t]+(?:the[ \t]+)?\d)",  # "last 12", "over the 12"
    30: r"(?<![\w-])(?=[a-z]+-)",                     # a number word and its hyphen
}


class _Facts:
    """The whole-text tests, each computed at most once per text."""

    def __init__(self, text: str):
        self.text = text
        self.lower = text.lower()
        self.done: dict = {}

    def has(self, key) -> bool:
        if key not in self.done:
            if key == "<month>":
                self.done[key] = _MONTH_RE.search(self.text) is not None
            elif key == "<url>":
                self.done[key] = _URL_HINT.search(self.text) is not None
            elif isinstance(key, tuple):
                self.done[key] = any(k in self.lower for k in key)
            else:
                self.done[key] = key in self.lower
        return self.done[key]


def compile_exclusions(patterns: list[str]) -> list[tuple[re.Pattern, object, bool]]:
    """(compiled pattern, whole-text need or None, needs a digit) for each pattern, in order."""
    return [(re.compile(_LOOKAHEAD.get(i, "") + f"(?:{p})", _FLAGS), _NEEDS.get(i), i not in _NEEDS_NO_DIGIT)
            for i, p in enumerate(patterns)]


_DIGIT = re.compile(r"\d")
_SPAN = re.Match.span


def spans(compiled, text: str) -> list[tuple[int, int]]:
    """Every non-empty match of every pattern, pattern by pattern (as the plain loop)."""
    has_digit = _DIGIT.search(text) is not None
    facts = _Facts(text)
    out: list[tuple[int, int]] = []
    for rx, need, digit in compiled:
        if (digit and not has_digit) or (need is not None and not facts.has(need)):
            continue
        out += [sp for sp in map(_SPAN, rx.finditer(text)) if sp[1] > sp[0]]
    return out
