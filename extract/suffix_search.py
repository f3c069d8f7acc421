"""spaCy's suffix search, the same matches found faster (performance only).

The English suffix search is one regex of about 80 alternatives, each ending in ``$``;
Python's ``re`` tries every alternative at every position of the string, for every new
word.  A match of an alternative ending in ``$`` ends at the string's end (a string not
ending in a newline), so it ends with the string's last character: only the alternatives
whose last character can be that one can match there.  :class:`SuffixSearch` keeps, per
last character, a regex of just those alternatives, in their order, and searches with
it: the leftmost match is the same, and it ends at the end (the tokenizer reads only a
match's start and end).  Where the alternatives cannot be read this way, or those of a
character are a long pattern to compile again, the original regex is used.
"""
from __future__ import annotations

import re

try:
    from re import _constants as _C, _parser as _sre_parse   # Python 3.11+
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_ZERO_WIDTH = (_C.AT, _C.ASSERT, _C.ASSERT_NOT)
_REPEATS = tuple(getattr(_C, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_C, n))
#: the alternatives of a character longer than this are not compiled again (the original is used)
LONGEST = 2000


def _last_chars(items) -> list | None:
    """[(lo, hi)] code point ranges holding the last character of any match of the parsed
    sequence ``items`` (None: not known, any)."""
    for op, av in reversed(list(items)):
        if op in _ZERO_WIDTH:
            continue
        if op is _C.LITERAL:
            return [(av, av)]
        if op is _C.IN:
            out = []
            for item, value in av:
                if item is _C.LITERAL:
                    out.append((value, value))
                elif item is _C.RANGE:
                    out.append(value)
                else:
                    return None   # a negated set, a category (\d, \w ...)
            return out
        if op is _C.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            return None if add_flags or del_flags or sub.getwidth()[0] == 0 else _last_chars(sub.data)
        if op is _C.BRANCH:
            out = []
            for branch in av[1]:
                last = None if branch.getwidth()[0] == 0 else _last_chars(branch.data)
                if last is None:
                    return None
                out += last
            return out
        if op in _REPEATS:
            low, _, sub = av
            return None if low == 0 or sub.getwidth()[0] == 0 else _last_chars(sub.data)
        return None
    return None


class SuffixSearch:
    """``regex.search`` for ``regex`` = "|".join(alternatives), each ending in ``$``."""

    def __init__(self, regex: re.Pattern, alternatives: list[str]):
        self.__self__ = regex   # as a bound ``search``: the tokenizer's serialisation reads the pattern
        self.regex = regex
        self.alternatives = alternatives
        self.ends: list = []
        usable = regex.pattern == "|".join(alternatives) and not regex.flags & (re.IGNORECASE | re.MULTILINE) \
            and not any(re.search(r"\\[1-9]|\(\?P=|\(\?\(", alt) for alt in alternatives)   # (group numbers would change)
        for alt in alternatives if usable else ():
            data = _sre_parse.parse(alt, regex.flags).data
            if not data or data[-1] != (_C.AT, _C.AT_END):
                usable = False
                break
            self.ends.append(_last_chars(data))
        self.usable = usable
        self._by_char: dict = {}
        self._by_subset: dict = {}

    def _search_for(self, char: str):
        code = ord(char)
        subset = tuple(i for i, ranges in enumerate(self.ends)
                       if ranges is None or any(lo <= code <= hi for lo, hi in ranges))
        if subset not in self._by_subset:
            pattern = "|".join(self.alternatives[i] for i in subset)
            self._by_subset[subset] = None if not subset else self.regex.search if len(pattern) > LONGEST \
                else re.compile(pattern, self.regex.flags).search
        self._by_char[char] = self._by_subset[subset]
        return self._by_char[char]

    def __call__(self, string: str):
        if not self.usable or not string or string[-1] == "\n":
            return self.regex.search(string)   # ("$" also matches before a final newline)
        char = string[-1]
        search = self._by_char[char] if char in self._by_char else self._search_for(char)
        return None if search is None else search(string)
