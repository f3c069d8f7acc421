"""Literal prefilters for patterns (performance only): the strings a pattern cannot match without.

``needs(rx)`` reads a compiled pattern's syntax and gives lower-case ASCII strings one of which
every match contains (lower-cased), or None when it finds none.  ``lowered(text)`` is the text
lower-cased when such a test is exact for it: a pattern's ASCII letter matches (case-insensitively)
only characters whose ``lower()`` is that letter, except the four in ``_FOLDS_TO_ASCII`` (dotted and
dotless i, long s, the Kelvin sign), so a text holding one of those is never prefiltered.  A pattern
whose needed strings are all absent from ``lowered(text)`` has no match in ``text``; otherwise the
pattern itself decides, so results never change.  ``tests/test_crossspeed.py`` checks the
folding claim over every code point and the prefilters against the plain patterns.
"""
from __future__ import annotations

import re
from typing import Optional

from re import _constants as _C, _parser as _P  # type: ignore[attr-defined]

#: the non-ASCII characters Python's IGNORECASE matches to an ASCII letter without lower-casing to it
_FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"

_REPEATS = {_C.MAX_REPEAT, _C.MIN_REPEAT} | ({_C.POSSESSIVE_REPEAT} if hasattr(_C, "POSSESSIVE_REPEAT") else set())


def longest_first(words) -> list[str]:
    """The distinct ``words`` longest first, those of equal length in alphabetical order: an alternation
    built from them tries a longer word first and is the same pattern in every process (a set's own
    order changes with each process's string hashes)."""
    return sorted(set(words), key=lambda w: (-len(w), w))


def alternation(words, space: Optional[str] = None) -> str:
    """``words`` as one regular-expression alternation (escaped, :func:`longest_first`); with ``space``,
    the spaces inside a phrase match that pattern instead (r"\\s+", r"[ \\t]+")."""
    escaped = (re.escape(w) for w in longest_first(words))
    if space is not None:
        escaped = (e.replace(r"\ ", space) for e in escaped)
    return "|".join(escaped)


def lowered(text: str) -> Optional[str]:
    """``text.lower()``, or None when a literal test on it would not be exact."""
    # the four of _FOLDS_TO_ASCII, each an `in` test: much faster than a pattern on a long non-ASCII text
    if text.isascii() or not ("\u0130" in text or "\u0131" in text or "\u017f" in text or "\u212a" in text):
        return text.lower()
    return None


#: (pattern, flags) -> its needed strings, read once (or given by ``of_words``)
_KNOWN: dict[tuple, Optional[tuple[str, ...]]] = {}


def needs(rx: re.Pattern) -> Optional[tuple[str, ...]]:
    """Strings one of which (lower-cased) every match of ``rx`` holds; None when none are known."""
    key = (rx.pattern, rx.flags)
    if key in _KNOWN:
        return _KNOWN[key]
    found = None
    if isinstance(rx.pattern, str):
        from ..regex_cache import kept_by_source   # (read from the kept answers of earlier runs)

        found = kept_by_source("literals.needs", __file__, (rx.pattern, int(rx.flags)),
                               lambda: _parsed_needs(rx.pattern, rx.flags))
    return _KNOWN.setdefault(key, found)


def _parsed_needs(pattern: str, flags: int) -> Optional[tuple[str, ...]]:
    try:
        found = _seq(_P.parse(pattern, flags))
    except Exception:   # a syntax this reader does not know: no prefilter
        found = None
    return tuple(sorted(found)) if found else None


def of_words(rx: re.Pattern, words: list[str], any_case: list[str]) -> re.Pattern:
    """``rx``, a pattern that matches only where one of ``words`` (as written) or of ``any_case`` (in
    any case) occurs: its needed strings are those words lower-cased (read from the words, not
    parsed from the pattern).  A non-ASCII word in any case is left to the parser."""
    if all(w.isascii() for w in any_case) and all(words + any_case):
        _KNOWN[(rx.pattern, rx.flags)] = tuple(sorted({w.lower() for w in words + any_case})) or None
    return rx


def _better(a: Optional[frozenset], b: Optional[frozenset]) -> Optional[frozenset]:
    """The more selective of two requirements (longer shortest string, then fewer strings)."""
    if not b or "" in b:
        return a
    if not a:
        return b
    ka, kb = (min(map(len, a)), -len(a)), (min(map(len, b)), -len(b))
    return b if kb > ka else a


def _seq(items) -> Optional[frozenset]:
    """The requirement of a sequence: its best literal run or its best required part."""
    best: Optional[frozenset] = None
    run: list[str] = []
    for op, av in items:
        if op is _C.LITERAL and chr(av).isascii():
            run.append(chr(av).lower())
            continue
        if run:
            best = _better(best, frozenset(["".join(run)]))
            run = []
        best = _better(best, _item(op, av))
    if run:
        best = _better(best, frozenset(["".join(run)]))
    return best


def _item(op, av) -> Optional[frozenset]:
    if op is _C.SUBPATTERN:
        return _seq(av[-1])
    if op is _C.BRANCH:
        out: set = set()
        for alt in av[1]:
            got = _seq(alt)
            if not got:
                return None
            out |= got
        return frozenset(out)
    if op in _REPEATS:
        return _seq(av[2]) if av[0] >= 1 else None
    if op is getattr(_C, "ATOMIC_GROUP", None):
        return _seq(av)
    return None


class Prefiltered:
    """A compiled pattern whose ``search`` first asks whether a needed string is in the text."""

    __slots__ = ("rx", "need", "pattern", "flags")

    def __init__(self, rx: re.Pattern):
        self.rx, self.need = rx, needs(rx)
        self.pattern, self.flags = rx.pattern, rx.flags

    def search(self, text: str, *args):
        if self.need is not None and not args:
            low = lowered(text)
            if low is not None and not any(n in low for n in self.need):
                return None
        return self.rx.search(text, *args)

    def __getattr__(self, name):
        return getattr(self.rx, name)


def may_match(need: Optional[tuple[str, ...]], low: Optional[str]) -> bool:
    """Can a pattern of requirement ``need`` match a text lower-cased as ``low`` (``lowered``)?"""
    return need is None or low is None or any(n in low for n in need)


class Screen:
    """The needed strings of a list of patterns, looked for once per text: ``which(text)`` gives the
    indexes, in order, of the patterns that can match it (None: every one can, the text is not
    safely lower-cased)."""

    __slots__ = ("needs", "strings", "users", "always", "starts")

    def __init__(self, patterns):
        self.needs = [needs(rx) for rx in patterns]
        users: dict[str, list[int]] = {}
        for i, need in enumerate(self.needs):
            for n in need or ():
                users.setdefault(n, []).append(i)
        self.strings = tuple(users)
        self.users = {n: frozenset(ix) for n, ix in users.items()}
        starts: dict[str, list[str]] = {}
        for n in self.strings:
            starts.setdefault(n[:2], []).append(n)
        self.starts = {k: tuple(v) for k, v in starts.items()}   # first two characters -> strings
        self.always = [i for i, need in enumerate(self.needs) if need is None]

    def which(self, text: str) -> Optional[list[int]]:
        low = lowered(text)
        if low is None:
            return None
        if len(self.strings) > 2 * len(low):
            # many strings, a short text: only those whose first two characters (one, for a one-character
            # string) occur in the text are looked for
            grams = {low[i:i + 2] for i in range(len(low))} | set(low)
            starts = self.starts
            present = [n for g in grams & starts.keys() for n in starts[g] if n in low]
        else:
            present = [n for n in self.strings if n in low]
        if not present:
            return self.always
        return sorted(set(self.always).union(*(self.users[n] for n in present)))
