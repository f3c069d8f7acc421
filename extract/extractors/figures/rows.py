"""Flattened table rows: a column of signed values printed one "label value" line each
("Police Officers -736", "Income -475", ..., "TOTAL - 25").  Where the column's values
carry a glued minus, a value printed with a spaced one ("- 25") is negative too: in such a
column the dash cannot be a separator (a budget monitoring report's variance list).  So too in
rows of numbers alone ("54,721 53,036 - 1,685 - 3.1%") whose siblings print a spaced plus
("3,455,173 3,561,443 + 106,270 + 3.1%"): the signs of a change column, not ranges."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

# one label, then one number: "Police Officers -736", "TOTAL - 25", "New growth 1682"
# (a label of one to four words: a sentence is no row)
_ROW = re.compile(r"^(?P<label>[A-Za-z][A-Za-z&'/().-]*(?:[ \t]+[A-Za-z&(][A-Za-z&'/().-]*){0,3})"
                  r"[ \t]+(?P<sign>[-\u2212\u2013][ \t]+)?"
                  r"(?P<num>[-+\u2212]?£?\d[\d,]*(?:\.\d+)?[kKmM]?)$")
_GLUED_MINUS = ("-", "\u2212")


def _row(sentence: str):
    """``_ROW.match(sentence)``, the pattern tried only where it can match: its text ends (before one
    line break, where "$" also matches) with the number's digit, comma or scale letter, and it is at most six
    blank-separated fields (four label words, a sign, the number; none holds a blank) -- most sentences
    end with a stop, or are longer (tests/test_speed15b.py)."""
    last = sentence[-2:-1] if sentence.endswith("\n") else sentence[-1:]
    if not (last.isdigit() or last in _NUMBER_ENDS) or len(sentence.split()) > 6:
        return None
    return _ROW.match(sentence)


_NUMBER_ENDS = frozenset("kKmM,")   # (and the comma of "£1,150,")


# a row of numbers alone, with spaced signs: "54,721 53,036 - 1,685 - 3.1%"
_NUM_ROW = re.compile(r"^[-+\u2212\u2013]?[ \t]*£?\d[\d,.]*%?(?:[ \t]+(?:[-+\u2212\u2013][ \t]+)?£?\d[\d,.]*%?)+$")
_SPACED_PLUS = re.compile(r"(?:^|[ \t])\+[ \t]+\d")
_SPACED_PLUS_BEFORE = re.compile(r"(?:^|[ \t])\+[ \t]+$")
_SPACED_MINUS_BEFORE = re.compile(r"(?:^|[ \t])[-\u2212\u2013][ \t]+$")
_SPACED_SIGN = re.compile(r"(?:^|[ \t])[-+\u2212\u2013][ \t]+\d")


def is_change_row(sentence: str) -> bool:
    """A row of numbers alone with a spaced sign before a number ("54,721 53,036 - 1,685 - 3.1%"):
    levels and their changes, read by :func:`sign_spaced_rows`."""
    return bool(_NUM_ROW.match(sentence)) and bool(_SPACED_SIGN.search(sentence))


def sign_spaced_rows(records: list) -> None:
    """Give the spaced minus its sign in runs of three or more one-figure row lines of
    which two or more carry a glued minus, and in runs of three or more rows of numbers
    alone of which one prints a spaced plus (records are changed in place)."""
    _sign_number_rows(records)
    run: list = []
    for r in records + [None]:
        row = r is not None and _row(r.sentence) is not None   # (asked once per record)
        if row and (not run or run[-1].sentence != r.sentence):
            run.append(r)
            continue
        if len(run) >= 3:
            _sign_run(run)
        run = [r] if row else []


def _sign_run(run: list) -> None:
    glued = [r for r in run if r.value < 0 and r.value_raw.lstrip().startswith(_GLUED_MINUS)]
    if len(glued) < 2:
        return
    role = Counter(r.role for r in glued).most_common(1)[0][0]
    for r in run:
        m = _ROW.match(r.sentence)
        if m.group("sign") and r.value > 0 and r.char_start == m.start("num"):
            r.value = -r.value
            r.value_raw = r.sentence[m.start("sign"):m.end("num")]
            r.char_start = m.start("sign")
            r.role = role


def _sign_number_rows(records: list) -> None:
    run: list = []
    for r in records + [None]:
        if r is not None and _NUM_ROW.match(r.sentence):
            run.append(r)
            continue
        rows = {x.sentence for x in run}
        if len(rows) >= 3 and any(_SPACED_PLUS.search(t) for t in rows):
            for x in run:
                if _SPACED_PLUS_BEFORE.search(x.sentence, 0, x.char_start):
                    x.role = "change"
                m = _SPACED_MINUS_BEFORE.search(x.sentence, 0, x.char_start)
                if m and x.value > 0:
                    x.value = -x.value
                    x.char_start = m.end() - len(m.group().lstrip())
                    x.value_raw = x.sentence[x.char_start:x.char_end]
                    x.role = "change"
        run = []


def joined_list_label(raw: str, sentence: str, after: str, near: list) -> bool:
    """Is the whole number ending ``sentence`` ("The DMPC is asked to 1.") the label of a
    numbered list item whose line was joined to the one before it?  Its item's text follows
    with a capital ("Note the ..."), and the list's label before or after it ("2. Approve
    ...") stands in this block or the next or previous one."""
    if not raw.isdigit() or len(raw) > 2 or not sentence.endswith(raw + ".") or not _CAPITAL_NEXT.match(after):
        return False
    if sentence[len(sentence) - len(raw) - 2:len(sentence) - len(raw) - 1] not in (" ", ""):
        return False
    n = int(raw)
    labels = [_item_label(k) for k in (n - 1, n + 1) if k > 0]
    return any(rx.search(t) for rx in labels for t in near if t)


_CAPITAL_NEXT = re.compile(r"\s*[A-Z]")


@lru_cache(maxsize=None)
def _item_label(k: int) -> re.Pattern:
    """The label of list item ``k`` ("2. Approve ..."); cached by number (at most 99 of them)."""
    return re.compile(rf"(?:^|\s){k}\.\s+[A-Z]")
