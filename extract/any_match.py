"""``any_match(rx)``: a test equal to ``rx.search(text) is not None``, faster for a
case-insensitive alternation of words (performance only).

Python's ``re`` is slow on a case-insensitive alternation of many words with no common
start: every alternative is tried at every position.  For an ASCII text the same
search is the search, without IGNORECASE, on the text lower-cased (the pattern being
ASCII and lower case), and an alternation finds a match where one of its top-level
alternatives does.  Each alternative is searched alone, and only in a text holding a
string every match of it holds (its "needles": a run of literal characters, or one
of the leading words of a group of words), found by ``in``.  The same holds for a text
whose characters beyond ASCII are all uncased (``c.lower() == c == c.upper()``: dashes,
quotes, "£", bullets): ``lower()`` leaves them as they are, IGNORECASE reads them as they
are (a character that case-folds to an ASCII letter, "ſ", the Kelvin sign, is cased), and
every class and escape reads the same character.  Anything else -- a text with a cased
character beyond ASCII ("é", "İ"), a pattern this cannot read -- is searched with ``rx``
itself.
"""
from __future__ import annotations

import re

try:
    from re import _constants as _C, _parser as _sre_parse   # Python 3.11+
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]


def _top_level(pattern: str) -> list[str]:
    """``pattern`` split at its top-level ``|``."""
    pieces, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += pattern.startswith("^", i + 1)
            i += pattern.startswith("]", i + 1)   # (a "]" first in a class is a literal)
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            pieces.append(pattern[start:i])
            start = i + 1
        i += 1
    return pieces + [pattern[start:]]


def _leading(items) -> tuple | None:
    """The strings one of which starts every match of the parsed sequence ``items``
    (after zero-width anchors); None if not known."""
    items = [item for item in items]
    while items and items[0][0] is _C.AT:
        items.pop(0)
    run = ""
    for op, av in items:
        if op is not _C.LITERAL:
            break
        run += chr(av)
    if run:
        return (run,)
    if not items:
        return None
    op, av = items[0]
    if op is _C.BRANCH:
        out: list = []
        for branch in av[1]:
            lead = _leading(branch.data)
            if lead is None:
                return None
            out += lead
        return tuple(out)
    if op is _C.IN and av and all(kind is _C.LITERAL for kind, _ in av):
        return tuple(chr(v) for _, v in av)
    return None


def _needles(items) -> tuple | None:
    """Strings one of which every match of the parsed sequence ``items`` holds: the
    longest run of literal characters among its items, else the leading strings."""
    best, run = "", ""
    for op, av in list(items) + [(None, None)]:
        if op is _C.LITERAL:
            run += chr(av)
        else:
            best, run = max(best, run, key=len), ""
    return (best,) if best else _leading(items)


#: syntax whose meaning hangs on group numbers or flags: a back-reference ("\1", "(?P=name)"), a
#: conditional ("(?(1)...)"), an inline flag or a named group ("(?i)", "(?P<name>...)")
GROUP_REFERENCE_OR_FLAG = re.compile(r"\\[1-9]|\(\?\(|\(\?[a-zA-Z]")
_BEYOND_ASCII = re.compile(r"[^\x00-\x7f][^\x00-\x7f]*")   # (= [^\x00-\x7f]+: opening with one character, it is scanned for)


def _uncased_beyond_ascii(text: str) -> bool:
    """Every character of ``text`` beyond ASCII is uncased (neither ``lower`` nor ``upper``
    changes it)."""
    beyond = "".join(_BEYOND_ASCII.findall(text))
    return beyond.lower() == beyond and beyond.upper() == beyond


def _kept_needles(piece: str, flags: int):
    """:func:`_needles` of a piece's parse, or the answer kept by an earlier run (extract.regex_cache)."""
    from .regex_cache import kept_by_source

    return kept_by_source("any_match.needles", __file__, (piece, int(flags)),
                          lambda: _needles(_sre_parse.parse(piece, flags).data))


def any_match(rx: re.Pattern):
    """A function of a text equal to ``rx.search(text) is not None``."""
    def plain(text: str) -> bool:
        return rx.search(text) is not None

    pattern = rx.pattern
    if not rx.flags & re.IGNORECASE or rx.flags & re.VERBOSE or not pattern.isascii() or pattern != pattern.lower() \
            or GROUP_REFERENCE_OR_FLAG.search(pattern):   # (back-references, inline flags)
        return plain
    pieces = _top_level(pattern)
    flags = rx.flags & ~re.IGNORECASE
    try:
        parts = [(_kept_needles(piece, flags), re.compile(piece, flags).search) for piece in pieces]
    except re.error:
        return plain
    if "|".join(pieces) != pattern or re.compile(pattern, flags).groups != sum(
            re.compile(piece, flags).groups for piece in pieces):
        return plain

    def test(text: str) -> bool:
        if not text.isascii() and not _uncased_beyond_ascii(text):
            return rx.search(text) is not None
        low = text.lower()
        for needles, search in parts:
            if (needles is None or any(n in low for n in needles)) and search(low) is not None:
                return True
        return False
    return test
