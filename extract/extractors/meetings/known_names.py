"""The names printed with separators anywhere in a document's text ("Cllr Elizabeth Threlfall,", the parts
of comma lists "..., Denisa Ahmeti and Louise Williams"), found by whole-text scans that share one search
for honorifics (:func:`titled_names`).  The parsing of one list of people is :mod:`.names`."""
from __future__ import annotations

import re

from .names import HON_AT, _norm_name


# a name in a list: after a comma, "and" or a line start, before a comma, "and" or a line end.  The line
# start is a newline (searched in the text after one more): every opener then is one character, and
# ``re`` scans for those three where "^" had a match tried at every place (the same names: a line start
# is a name's start only where the character is a capital, never a comma or "and")
_LISTED_NAME = re.compile(r"(?:,\s*|a(?<!\wa)nd\s+|\n)((?:[A-Z][a-z'’-]+\s+){1,2}[A-Z][a-z'’-]+)(?=\s*(?:,|\band\b|$))", re.M)


# an honorific and a name of two to four words before a separator: "Cllr Elizabeth Threlfall,"
_HON_NAME_LISTED = re.compile(rf"{HON_AT}\s+((?:[A-Z][\w'’-]+\s+){{1,3}}?[A-Z][\w'’-]+)(?=\s*(?:[,.;:()]|\band\b|$|\s[–-]\s))",
                              re.M)


_HON_AT = re.compile(HON_AT)
#: the last text's honorific places (its text and the places): the passes scanning one text for titled names
#: (names._known_names, meetings._finish_attendance) share one scan
_HON_PLACES: list = [None, ()]


def _honorific_places(text: str) -> tuple:
    """Every place in ``text`` where an honorific (HON_AT) matches, overlapping ones too ("County Councillor"
    and its "Councillor"), in order."""
    if _HON_PLACES[0] is not text:
        out, m = [], _HON_AT.search(text)
        while m is not None:
            out.append(m.start())
            m = _HON_AT.search(text, m.start() + 1)
        _HON_PLACES[:] = [text, tuple(out)]
    return _HON_PLACES[1]


def titled_names(rx: re.Pattern, text: str) -> list:
    """``list(rx.finditer(text))`` for a pattern ``rx`` opening with HON_AT: its matches start only where an
    honorific matches, so it is tried only there (the text's places found once for every such pattern),
    each after the end of the match before, as ``finditer`` goes on."""
    out, end = [], 0
    for p in _honorific_places(text):
        if p >= end and (m := rx.match(text, p)) is not None:
            out.append(m)
            end = m.end()
    return out


def _known_names(doc_text: str) -> set:
    """Names printed with separators: "Cllr Elizabeth Threlfall," and the parts
    of comma lists "..., Denisa Ahmeti and Louise Williams"."""
    known = set()
    for m in titled_names(_HON_NAME_LISTED, doc_text):
        known.add(_norm_name(m.group(1)))
    # list parts after a line start, a comma or "and" ("a(?<!\wa)nd" is "\band", scanned faster)
    for m in _LISTED_NAME.finditer("\n" + doc_text):
        known.add(_norm_name(m.group(1)))
    return known
