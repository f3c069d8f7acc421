"""Where in a sentence a token matcher can match (performance only).

A ``Matcher``'s cost grows with tokens times patterns; the period patterns are many
and a sentence's period phrases are short.  Every token of a match satisfies one token
spec of the patterns ("capable"), and every match of a pattern holds a token satisfying
its *anchor*, one spec it requires (chosen to be a rare one: a month, a year, "quarter").
So the matches of a span are the matches of its runs of capable tokens that hold an
anchor token, and only those runs are given to the matcher (a Matcher on a Span gives
exactly the Doc's matches inside it: no pattern looks outside its tokens).

The patterns are also grouped by their anchor (``groups``: a pattern's group, by the
anchor's constraint): a run can hold a match of a pattern only if it holds a token meeting
that pattern's anchor, so ``grouped_runs`` gives each run with the groups its tokens'
anchors name, and a matcher of just those groups' patterns finds the run's matches (the
Matcher's cost grows with the patterns tried at each token).

A token is tested by its text, once per word of the process.  A spec is tested on one
of its LOWER / TEXT / ORTH constraints (str, ``IN`` or ``REGEX``); any other spec, or
a negated one, makes every token capable (then the whole span is run, as before).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

_ATTRS = {"TEXT": False, "ORTH": False, "LOWER": True}   # attr -> read lower-cased
# words that are in many sentences: a spec accepting one makes a poor anchor
_COMMON = ("the", "to", "in", "for", "of", "and", "a", "on", "from", "this", "up", "end", "-", "by", "with",
           "is", "was", "1", "2", "3", "10", "12", "last", "past", "previous", "current", "date", "rolling",
           "between", "financial", "calendar", "reporting", "ending", "during", "over", "until", "through")


def _constraint(spec: dict):
    """(lowered?, kind, value) of one constraint of a spec a token must meet; None when the
    spec constrains nothing this module reads (then any token may meet it)."""
    if spec.get("OP") == "!":
        return None
    for attr, value in spec.items():
        kind = attr.upper() if isinstance(attr, str) else None
        if kind not in _ATTRS:
            continue
        if isinstance(value, str):
            return _ATTRS[kind], "eq", value
        if isinstance(value, dict) and len(value) == 1:
            (pred, arg), = value.items()
            if pred == "IN" and isinstance(arg, (list, tuple)) and all(isinstance(v, str) for v in arg):
                return _ATTRS[kind], "in", tuple(arg)
            if pred == "REGEX" and isinstance(arg, str):
                return _ATTRS[kind], "re", arg
    return None


class _Test:
    """Does a word meet at least one of some constraints?"""

    def __init__(self, constraints: list):
        self.words = {False: set(), True: set()}
        regexes: dict[bool, list[str]] = {False: [], True: []}
        for lowered, kind, value in constraints:
            if kind == "re":
                regexes[lowered].append(value)
            else:
                self.words[lowered].update((value,) if kind == "eq" else value)
        # (a pattern that cannot be joined, e.g. one with a global inline flag, raises re.error)
        self.rx = {k: re.compile("|".join(f"(?:{p})" for p in dict.fromkeys(ps))) if ps else None
                   for k, ps in regexes.items()}

    def __call__(self, s: str, low: str) -> bool:
        return s in self.words[False] or low in self.words[True] \
            or (self.rx[False] is not None and self.rx[False].search(s) is not None) \
            or (self.rx[True] is not None and self.rx[True].search(low) is not None)


def _accepts(c, word: str) -> bool:
    lowered, kind, value = c
    w = word.lower() if lowered else word
    return w == value if kind == "eq" else w in value if kind == "in" else re.search(value, w) is not None


@lru_cache(maxsize=4096)
def _commonness(c) -> int:
    """How many of the :data:`_COMMON` words the constraint ``c`` accepts (asked for every
    required spec of every pattern: 394 at start-up, 44 distinct)."""
    return sum(_accepts(c, w) for w in _COMMON)


def _anchor(pattern: list[dict]):
    """The rarest constraint among the specs ``pattern`` requires (no "OP", or "+")."""
    required = [c for spec in pattern if spec.get("OP") in (None, "+") and (c := _constraint(spec)) is not None]
    if not required:
        return None
    return min(required, key=lambda c: (_commonness(c), c[1] != "re"))


class TokenRuns:
    """The runs of a span's tokens a matcher of ``patterns`` can match in."""

    def __init__(self, patterns: list[list[dict]]):
        specs = [spec for p in patterns for spec in p]
        constraints = [_constraint(spec) for spec in specs]
        anchors = [_anchor(p) for p in patterns]
        self.usable = bool(patterns) and None not in constraints and None not in anchors
        # the distinct anchors, in order: a pattern's group is its anchor's place
        self.anchors = list(dict.fromkeys(anchors)) if self.usable else []
        self.groups = [self.anchors.index(a) for a in anchors] if self.usable else []
        if self.usable:
            try:
                self.capable = _Test(constraints)
                self.anchor = _Test(anchors)
                self.anchor_tests = [_Test([a]) for a in self.anchors]
            except re.error:
                self.usable = False
        # orth id -> 0 no spec met, 1 capable, 2 capable and an anchor
        self.codes: dict[int, int] = {}
        # orth id -> 0 no anchor, else 1 | (the bits 2 << g of the anchor groups g it meets)
        self.anchor_codes: dict[int, int] = {}
        # orth id -> capable (some spec met: an anchor's token is), asked only beside an anchor
        self.capable_codes: dict[int, bool] = {}

    def _code(self, orth: int, strings) -> int:
        s = strings[orth]
        low = s.lower()
        return 2 if self.anchor(s, low) else 1 if self.capable(s, low) else 0

    def _anchor_code(self, orth: int, strings) -> int:
        s = strings[orth]
        low = s.lower()
        if not self.anchor(s, low):   # (the union of the groups' tests: most words meet none)
            return 0
        bits = 1   # (an anchor's token is capable)
        for g, test in enumerate(self.anchor_tests):
            if test(s, low):
                bits |= 2 << g
        return bits

    def _capable(self, orth: int, strings) -> bool:
        got = self.capable_codes.get(orth)
        if got is None:
            s = strings[orth]
            got = self.capable_codes[orth] = bool(self.anchor_codes.get(orth)) or self.capable(s, s.lower())
        return got

    def grouped_runs(self, orths: list[int], strings) -> Optional[list[tuple[int, int, int]]]:
        """The runs of ``runs``, each with the bits ``2 << g`` of the groups g of the anchors
        its tokens meet (None: not usable, match the whole span with every pattern).  Read
        from the anchor tokens out: the tokens of a maximal run of capable tokens holding an
        anchor are those reached from its anchors over capable tokens, so a token is asked
        whether it is capable only beside an anchor or its run (the same runs, fewer tests)."""
        if not self.usable:
            return None
        codes = self.anchor_codes
        found = []   # the places of the tokens meeting some group's anchor
        for i, o in enumerate(orths):
            c = codes.get(o)
            if c is None:
                c = codes[o] = self._anchor_code(o, strings)
            if c > 1:
                found.append(i)
        out: list[tuple[int, int, int]] = []
        n, k = len(orths), 0
        capable = self._capable
        while k < len(found):
            start = end = found[k]
            while start > 0 and capable(orths[start - 1], strings):
                start -= 1   # (never into the run before: it ended at a token that is not capable)
            end += 1
            while end < n and capable(orths[end], strings):
                end += 1
            bits = 0
            while k < len(found) and found[k] < end:
                bits |= codes[orths[found[k]]]
                k += 1
            out.append((start, end, bits & ~1))
        return out

    def runs(self, orths: list[int], strings) -> Optional[list[tuple[int, int]]]:
        """[start, end) of each run of capable tokens holding an anchor token (None: not
        usable, match the whole span)."""
        if not self.usable:
            return None
        codes = self.codes
        out: list[tuple[int, int]] = []
        start, anchored = -1, False
        for i, o in enumerate(orths):
            c = codes.get(o)
            if c is None:
                c = codes[o] = self._code(o, strings)
            if c:
                if start < 0:
                    start, anchored = i, False
                anchored = anchored or c == 2
            elif start >= 0:
                if anchored:
                    out.append((start, i))
                start = -1
        if start >= 0 and anchored:
            out.append((start, len(orths)))
        return out
