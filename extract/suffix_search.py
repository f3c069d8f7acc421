"""spaCy's suffix search and infix search, the same matches found faster (performance only;
the infix search: :class:`InfixFinditer`; the prefix search, read from the start: :class:`PrefixSearch`).

The English suffix search is one regex of about 80 alternatives, each ending in ``$``;
Python's ``re`` tries every alternative at every position of the string, for every new
word.  A match of an alternative ending in ``$`` ends at the string's end (a string not
ending in a newline), so it ends with the string's last character: only the alternatives
whose last character can be that one can match there.  :class:`SuffixSearch` keeps, per
last character, a regex of just those alternatives, in their order, and searches with
it: the leftmost match is the same, and it ends at the end (the tokenizer reads only a
match's start and end).  Where the alternatives cannot be read this way the whole regex
is used (compiled then).
"""
from __future__ import annotations

import re

from .any_match import GROUP_REFERENCE_OR_FLAG

try:
    from re import _constants as _C, _parser as _sre_parse   # Python 3.11+
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_ZERO_WIDTH = (_C.AT, _C.ASSERT, _C.ASSERT_NOT)
_REPEATS = tuple(getattr(_C, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_C, n))

_ESCAPE = re.compile(r"\\\\|\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}")


def _plain(match: re.Match) -> str:
    text = match.group()   # (an escaped backslash is passed over whole: what follows it is no escape)
    code = int(text[2:], 16) if len(text) > 2 else 0
    return chr(code) if 0x7F < code <= 0x10FFFF else text


def plain_escapes(pattern: str) -> str:
    """``pattern`` with each ``\\uXXXX`` / ``\\UXXXXXXXX`` escape of a non-ASCII character written as
    the character: the same regex (exact: a character above U+007F is a literal everywhere in a
    pattern, so it parses to the same tree, ``tests/test_spacy_patterns.py``), parsed about three
    times faster (spaCy's character classes are thousands of such escapes: most of the time of
    compiling its infix regex, and of the suffix alternatives, at every start-up)."""
    return _ESCAPE.sub(_plain, pattern) if "\\" in pattern else pattern


def edge_chars(items, first: bool = False) -> tuple[list | None, bool]:
    """([(lo, hi)] code point ranges holding the last (``first``: the first) character of any
    match of the parsed sequence ``items``, can the sequence match nothing); the ranges None
    when not known (a negated set, a category, a group with inline flags ...: any character).
    Zero-width items ("^", "$", "\\b", look-arounds) are passed over, and an item that can match
    nothing (an optional group, a branch with an empty alternative) adds its characters to
    those of the item after (``first``: before) it.  The one reader of a parsed regex's edges:
    the suffix and infix searches here, the text loader's furniture pre-test
    (loaders/common.first_chars)."""
    out: list = []
    for op, av in (items if first else reversed(items)):
        got, empty = _item_edge(op, av, first)
        if got is None:
            return None, False
        out += got
        if not empty:
            return out, False
    return out, True


def _item_edge(op, av, first: bool) -> tuple[list | None, bool]:
    if op in _ZERO_WIDTH:
        return [], True
    if op is _C.LITERAL:
        return [(av, av)], False
    if op is _C.IN:
        out = []
        for item, value in av:
            if item is _C.LITERAL:
                out.append((value, value))
            elif item is _C.RANGE:
                out.append(value)
            else:
                return None, False   # a negated set, a category (\d, \w ...)
        return out, False
    if op is _C.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        return (None, False) if add_flags or del_flags else edge_chars(sub.data, first)
    if op is _C.BRANCH:
        out, empty = [], False
        for branch in av[1]:
            got, e = edge_chars(branch.data, first)
            if got is None:
                return None, False
            out += got
            empty = empty or e
        return out, empty
    if op in _REPEATS:
        low, _, sub = av
        got, empty = edge_chars(sub.data, first)
        return got, empty or low == 0
    return None, False


def _last_chars(items, first: bool = False) -> list | None:
    """[(lo, hi)] code point ranges holding the last (``first``: the first) character of any
    match of the parsed sequence ``items`` (None: not known, any, or no character: it may match nothing)."""
    got, empty = edge_chars(list(items), first)
    return None if empty else got


def _alternative_end(alt: str):
    """(the ranges of an alternative's last character,) when it ends in ``$``; else None."""
    data = _sre_parse.parse(alt).data
    if not data or data[-1] != (_C.AT, _C.AT_END):
        return None
    return (_last_chars(data),)


def _alternative_start(alt: str):
    """(the ranges of an alternative's first character,) when it starts with ``^``; else None."""
    data = _sre_parse.parse(alt).data
    if not data or data[0] != (_C.AT, _C.AT_BEGINNING):
        return None
    return (_last_chars(data, first=True),)


def kept_by_source(name: str, file: str, key, make):
    """A parse tree's reading, or the one an earlier run kept (:mod:`extract.regex_cache`)."""
    from .regex_cache import kept_by_source

    return kept_by_source(name, file, key, make)


class SuffixSearch:
    """``regex.search`` for ``regex`` = "|".join(alternatives), each ending in ``$`` (the
    whole regex is compiled only where it is searched with: a pattern this cannot read)."""

    _KEPT = "suffix_search.end"
    _edge = staticmethod(_alternative_end)

    def __init__(self, pattern: str, alternatives: list[str]):
        self.pattern = pattern
        self.alternatives = alternatives
        self._plain = [plain_escapes(alt) for alt in alternatives]   # (parsed and compiled: faster)
        self._regex = None
        self.ends: list = []
        # (no inline flag, named group or back-reference: group numbers and flags stay the pattern's own)
        usable = pattern == "|".join(alternatives) and not any(
            GROUP_REFERENCE_OR_FLAG.search(alt) for alt in alternatives)
        for alt in self._plain if usable else ():
            got = kept_by_source(self._KEPT, __file__, alt, lambda: self._edge(alt))
            if not got:
                usable = False
                break
            self.ends.append(got[0])
        self.usable = usable
        self._by_end: dict = {}
        self._by_subset: dict = {}
        self._index = None   # (see _subset)

    @property
    def regex(self) -> re.Pattern:
        if self._regex is None:
            self._regex = re.compile(self.pattern)
        return self._regex

    @property
    def __self__(self) -> re.Pattern:   # as a bound ``search``: the tokenizer's serialisation reads the pattern
        return self.regex

    def _search_for(self, end: str):
        subset = self._subset({ord(c) for c in end})
        if subset not in self._by_subset:
            self._by_subset[subset] = re.compile("|".join(self._plain[i] for i in subset)).search if subset else None
        self._by_end[end] = self._by_subset[subset]
        return self._by_end[end]

    def _subset(self, codes: set) -> tuple:
        """The indexes, in order, of the alternatives whose edge character can be one of ``codes``
        (or is not known): those of ``self.ends`` with no ranges or a range holding one of them.
        Read from an index of the ranges made once (each new character was tested against every
        range of every alternative: about 60 us of the start-up each, for the 140 characters the
        tokenizer's special cases end or start with)."""
        if self._index is None:
            always, single, wide = [], {}, []
            for i, ranges in enumerate(self.ends):
                if ranges is None:
                    always.append(i)
                    continue
                for lo, hi in ranges:
                    if lo == hi:
                        single.setdefault(lo, []).append(i)
                    else:
                        wide.append((lo, hi, i))
            self._index = always, single, wide
        always, single, wide = self._index
        found = set(always)
        for code in codes:
            found.update(single.get(code, ()))
            found.update([i for lo, hi, i in wide if lo <= code <= hi])
        return tuple(sorted(found))

    def __call__(self, string: str):
        if not self.usable:
            return self.regex.search(string)
        # the character a match ends with: the last, or ("$" also matches before a final
        # newline) the newline or the one before it; none in an empty string (an
        # alternative that can match nothing has no known last character: always kept)
        end = string[-2:] if string.endswith("\n") else string[-1:]
        search = self._by_end[end] if end in self._by_end else self._search_for(end)
        return None if search is None else search(string)


class PrefixSearch(SuffixSearch):
    """``regex.search`` for ``regex`` = "|".join(alternatives), each starting with ``^`` (spaCy's prefix
    search): a match is at the string's start (no MULTILINE), so it starts with the string's first
    character and only the alternatives whose first character can be that one can match (each first
    alternative that matches there is the same): per first character, a regex of just those, in their
    order.  About a hundred alternatives were otherwise tried for every new word."""

    _KEPT = "suffix_search.start"
    _edge = staticmethod(_alternative_start)

    def __call__(self, string: str):
        if not self.usable:
            return self.regex.search(string)
        first = string[:1]
        search = self._by_end[first] if first in self._by_end else self._search_for(first)
        return None if search is None else search(string)


class NeededMatch:
    """``regex.match`` (spaCy's URL match, tried on every new word), the same matches found faster:
    every match holds one of the strings ``vocab.literals.needs`` reads from the pattern (the URL
    pattern: "."), so a string holding none of them is not matched.  Only needs without a cased
    character are tested as they are (``needs`` gives them lower-cased); else the pattern decides."""

    def __init__(self, match):
        from .vocab.literals import needs

        self.regex = match.__self__
        got = needs(self.regex) if isinstance(self.regex.pattern, str) else None
        self.needs = got if got and all(n.lower() == n.upper() for n in got) else None

    @property
    def __self__(self) -> re.Pattern:   # as a bound ``match``: the tokenizer's serialisation reads the pattern
        return self.regex

    def __call__(self, string: str):
        if self.needs is not None:
            for n in self.needs:
                if n in string:
                    return self.regex.match(string)
            return None
        return self.regex.match(string)


class InfixFinditer:
    """``regex.finditer`` (spaCy's infix regex), the same matches found faster: every match
    starts with a character of the alternatives' first characters (each consumes one at least),
    so a string holding none of them has no match and is not scanned (most words: one search of
    a character set in place of every alternative tried at every position).  Where the first
    characters cannot be read, every string is scanned."""

    def __init__(self, regex: re.Pattern | str):
        """``regex``: the compiled regex, or its pattern (then compiled as :func:`plain_escapes`
        writes it; ``__self__``, spaCy's serialisation's question, compiles the pattern itself)."""
        self.pattern = regex if isinstance(regex, str) else regex.pattern
        self._original = None if isinstance(regex, str) else regex
        self.regex = re.compile(plain_escapes(regex)) if isinstance(regex, str) else regex
        regex = self.regex
        chars = None if regex.flags & re.IGNORECASE else kept_by_source(
            "suffix_search.first", __file__, (regex.pattern, int(regex.flags)),
            lambda: _last_chars(_sre_parse.parse(regex.pattern, regex.flags).data, first=True))
        self.gate = self.ascii_gate = None
        if chars:
            self.gate = re.compile("[" + "".join(f"\\U{lo:08x}-\\U{hi:08x}" for lo, hi in chars) + "]").search
            # (the same set cut to ASCII, for an ASCII string: a small set is tested far faster)
            ascii_ = [(lo, min(hi, 127)) for lo, hi in chars if lo <= 127]
            self.ascii_gate = re.compile("[" + "".join(f"\\x{lo:02x}-\\x{hi:02x}" for lo, hi in ascii_) + "]"
                                         if ascii_ else "(?!)").search

    @property
    def __self__(self) -> re.Pattern:   # as a bound ``finditer``: the tokenizer's serialisation reads the pattern
        if self._original is None:
            self._original = re.compile(self.pattern)
        return self._original

    def __call__(self, string: str):
        if self.gate is not None and (self.ascii_gate if string.isascii() else self.gate)(string) is None:
            return ()
        return self.regex.finditer(string)
